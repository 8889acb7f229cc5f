"""Temporal expressions outside the common forms (issue 12, class 8), TIMEX3 values.

Seasons, quarters, decades and two-digit years, "ago", "the same period last
year", named days, and bare months or weekdays in clauses about what is to come;
each with what must not be tagged or must not move.
"""

from __future__ import annotations

import pytest

from kg.extract.dates import find_timexes
from kg.extract.timex_lexicon import easter, nth_weekday, two_digit_year

THU = "2013-04-18"  # a Thursday
JAN = "2016-01-12"  # a Tuesday in January


@pytest.fixture(scope="module")
def nlp():
    from kg.extract.nlp import load_model

    return load_model()


def tagged(nlp, text: str, anchor: str | None = THU) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_timexes(nlp(text), anchor)]


@pytest.mark.parametrize("text, anchor, expected", [
    # seasons: after a preposition, placed by tense around the anchor
    ("Grain exports slumped in the summer.", THU, [("the summer", "2012-SU")]),
    ("The new terminal will open in the autumn.", THU, [("the autumn", "2013-FA")]),
    ("Engineers expect repairs to finish by spring.", JAN, [("spring", "2016-SP")]),
    ("Snow closed the pass during the winter.", JAN, [("the winter", "2015-WI")]),
    ("Tourism recovered last fall.", THU, [("last fall", "2012-FA")]),
    ("The dam was finished in the spring of last year.", THU, [("the spring of last year", "2012-SP")]),
    ("They married in the summer of '74.", THU, [("the summer of '74", "1974-SU")]),
    # quarters and halves, spaced, hyphenated, and of a year named relatively
    ("Fourth-quarter revenue at the brewer rose 6 percent.", JAN, [("Fourth-quarter", "2015-Q4")]),
    ("Its second-quarter loss narrowed.", THU, [("second-quarter", "2013-Q2")]),
    ("Output fell in the third quarter of last year.", THU, [("the third quarter of last year", "2012-Q3")]),
    ("Orders should pick up in the first half of next year.", THU,
     [("the first half of next year", "2014-H1")]),
    # decades and two-digit years
    ("The mill closed in the late '80s.", THU, [("the late '80s", "198")]),
    ("Tram lines were ripped up in the fifties.", THU, [("the fifties", "195")]),
    ("She first stood for parliament in '97 and again in '01.", THU, [("'97", "1997"), ("'01", "2001")]),
    ("Rents doubled in October '06.", THU, [("October '06", "2006-10")]),
    # "ago" is a date at the unit's precision
    ("The ferry sank a year ago.", THU, [("a year ago", "2012")]),
    ("A week ago the border was still open.", THU, [("A week ago", "2013-W15")]),
    ("The firm was listed three months ago.", THU, [("three months ago", "2013-01")]),
    # the same period a year earlier: the period just named, or the anchor's unit
    ("Profit in the third quarter of 2012 beat the same period a year earlier.", THU,
     [("the third quarter of 2012", "2012-Q3"), ("the same period a year earlier", "2011-Q3")]),
    ("Imports rose 4 percent from the same period last year.", THU,
     [("the same period last year", "2012")]),
    ("Sales beat the year-earlier quarter.", THU, [("the year-earlier quarter", "2012-Q2")]),
    # named days: historic ones keep their date, movable ones are computed
    ("Brokers still speak of Black Monday.", THU, [("Black Monday", "1987-10-19")]),
    ("Shops opened early on Black Friday.", JAN, [("Black Friday", "2015-11-27")]),
    ("The ferries stopped on Good Friday.", THU, [("Good Friday", "2013-03-29")]),
    ("Parades are planned for St. Patrick's Day 2014.", THU, [("St. Patrick's Day 2014", "2014-03-17")]),
    ("The clinic will reopen after Labor Day.", THU, [("Labor Day", "2013-09-02")]),
])  # fmt: skip
def test_dates_uncommon_forms(nlp, text, anchor, expected):
    assert tagged(nlp, text, anchor) == expected


@pytest.mark.parametrize("text, expected", [
    # a bare month or weekday in a clause about what is to come is resolved forward
    ("The referendum is scheduled for February.", [("February", "2014-02")]),
    ("Negotiators resume talks on Tuesday.", [("Tuesday", "2013-04-23")]),
    ("The tribunal's verdict is due in January.", [("January", "2014-01")]),
    ("The inquiry has been adjourned until Monday.", [("Monday", "2013-04-22")]),
    ("The archbishop is visiting Lagos on Saturday.", [("Saturday", "2013-04-20")]),
    ("The mayor said the bridge would reopen in March.", [("March", "2014-03")]),
    # a shared auxiliary reaches the second verb of a coordination
    ("The envoy will fly to Accra and meet the president on Saturday.", [("Saturday", "2013-04-20")]),
    # and backward when it reports what happened or what holds so far
    ("The referendum was held in February.", [("February", "2013-02")]),
    ("Negotiators walked out on Tuesday.", [("Tuesday", "2013-04-16")]),
    ("The envoy flew to Accra and met the president on Saturday.", [("Saturday", "2013-04-13")]),
    ("As of March, the fund holds 40 percent of the shares.", [("March", "2013-03")]),
])  # fmt: skip
def test_dates_future_clause_resolves_forward(nlp, text, expected):
    assert tagged(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "Villagers draw water from a spring below the church.",
    "The coach may spring a surprise in the final.",
    "The fall in copper prices hurt miners.",
    "Thousands marched after the fall of the regime.",
    "Veterans march through the town to the memorial.",
    "Grain May rise as farmers hold stock.",
    "The winter Olympics drew record crowds.",
    "He was forced to retire in his seventies.",
    "The studio released Photo Suite '12 to reviewers.",
    "Sailors reached Easter Island by canoe.",
])  # fmt: skip
def test_dates_uncommon_forms_not_tagged(nlp, text):
    assert tagged(nlp, text) == []


def test_dates_black_monday_is_no_recent_monday(nlp):
    found = tagged(nlp, "Traders recalled Black Monday as shares slid on Monday.")
    assert found == [("Black Monday", "1987-10-19"), ("Monday", "2013-04-15")]


def test_dates_calendar_helpers():
    assert [easter(y).isoformat() for y in (2013, 2019, 2024)] == ["2013-03-31", "2019-04-21", "2024-03-31"]
    assert nth_weekday(2013, 11, 4, 4).isoformat() == "2013-11-28"  # US Thanksgiving
    assert nth_weekday(2013, 5, 1, -1).isoformat() == "2013-05-27"  # last Monday of May
    from datetime import date

    assert two_digit_year(97, date(2013, 4, 18)) == 1997
    assert two_digit_year(15, date(2013, 4, 18)) == 2015
    assert two_digit_year(45, None) == 1945 and two_digit_year(12, None) == 2012


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        # the latest season of its kind: this year's once it is over, else last year's
        ("She toured Asia last summer.", "2009-11-20", [("last summer", "2009-SU")]),
        ("She toured Asia last summer.", "2009-04-02", [("last summer", "2008-SU")]),
        ("The dam will open next spring.", "2009-01-15", [("next spring", "2009-SP")]),
        ("The dam will open next spring.", "2009-06-15", [("next spring", "2010-SP")]),
        # a winter is named by the year it starts in
        ("Snow closed the pass last winter.", "2009-04-02", [("last winter", "2008-WI")]),
        ("Snow closed the pass last winter.", "2009-01-20", [("last winter", "2007-WI")]),
        ("The pass may close next winter.", "2009-07-01", [("next winter", "2009-WI")]),
    ],
)
def test_dates_last_and_next_season(nlp, text, anchor, expected):
    assert tagged(nlp, text, anchor) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare plural unit before "before"/"after"/"later"/"earlier" is a span of unknown length
        ("The ferry sank days before the storm season began.", [("days", "PXD")]),
        ("Rebels struck weeks after the truce was signed.", [("weeks", "PXW")]),
        ("The envoy left hours after the ultimatum.", [("hours", "PTXH")]),
        ("Talks had stalled for days.", [("days", "PXD")]),
        # numbered spans keep their number; a plural that is no span is not tagged
        ("The ferry sank three days before the storm.", [("three days", "P3D")]),
        ("The days before an election are tense.", []),
        ("Months of talks ended without a deal.", []),
    ],
)
def test_dates_bare_plural_spans(nlp, text, expected):
    assert tagged(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        # half a year from the story either way: the nearer day, whichever year it falls in
        ("The case predates the Dec. 26 earthquake.", "2005-06-16", [("Dec. 26", "2004-12-26")]),
        ("Ministers meet again on Dec. 10.", "2005-06-03", [("Dec. 10", "2005-12-10")]),
        ("The July 2 floods ruined the harvest.", "2011-01-20", [("July 2", "2010-07-02")]),
        ("The July 10 vote decides the matter.", "2011-01-20", [("July 10", "2011-07-10")]),
    ],
)
def test_dates_a_day_half_a_year_away_takes_the_nearer_year(nlp, text, anchor, expected):
    assert tagged(nlp, text, anchor) == expected

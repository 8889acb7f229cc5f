"""Temporal expressions: normalisation at the text's precision, detection, document dates."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

from kg.extract.dates import find_timexes, future_tense, infer_document_date, normalise, url_date
from kg.model import RemovedSpan

SAT = "2022-05-28"  # a Saturday
SHARED = Path(__file__).resolve().parents[2] / "shared"
MEANTIME = SHARED / "corpora" / "meantime-dev"


@pytest.fixture(scope="module")
def nlp():
    from kg.extract.nlp import load_model

    return load_model()


@pytest.mark.parametrize(
    "text, anchor, expected",
    [
        # a bare weekday: the latest such day on or before the anchor, the anchor included
        ("Saturday", SAT, ("DATE", "2022-05-28")),
        ("on Saturday", SAT, ("DATE", "2022-05-28")),
        ("Friday", SAT, ("DATE", "2022-05-27")),
        ("Sunday", SAT, ("DATE", "2022-05-22")),
        ("last Saturday", SAT, ("DATE", "2022-05-21")),
        ("next Monday", SAT, ("DATE", "2022-05-30")),
        ("Friday morning", SAT, ("TIME", "2022-05-27TMO")),
        # explicit dates keep the precision written, nothing filled from the anchor
        ("in December 2018", SAT, ("DATE", "2018-12")),
        ("May 2022", SAT, ("DATE", "2022-05")),
        ("May 24, 2022", SAT, ("DATE", "2022-05-24")),
        ("24 May 2022", SAT, ("DATE", "2022-05-24")),
        ("April 2nd", SAT, ("DATE", "2022-04-02")),
        ("2022-05-24", None, ("DATE", "2022-05-24")),
        ("7/8/07", None, ("DATE", "2007-07-08")),
        ("2019", SAT, ("DATE", "2019")),
        ("the 1990s", None, ("DATE", "199")),
        ("the first quarter of 2022", None, ("DATE", "2022-Q1")),
        ("mid-2011", None, ("DATE", "2011")),
        # a month without a year: the anchor's year, or the closest one the tense allows
        ("June", SAT, ("DATE", "2022-06")),
        ("December", "2022-01-10", ("DATE", "2021-12")),
        # relative expressions resolve against the anchor
        ("yesterday", SAT, ("DATE", "2022-05-27")),
        ("today", SAT, ("DATE", "2022-05-28")),
        ("last week", SAT, ("DATE", "2022-W20")),
        ("this week", SAT, ("DATE", "2022-W21")),
        ("this month", SAT, ("DATE", "2022-05")),
        ("next month", SAT, ("DATE", "2022-06")),
        ("last year", SAT, ("DATE", "2021")),
        ("earlier this year", SAT, ("DATE", "2022")),
        ("two years ago", SAT, ("DATE", "2020")),
        ("the last quarter", SAT, ("DATE", "2022-Q1")),
        ("this morning", SAT, ("TIME", "2022-05-28TMO")),
        ("3 p.m.", SAT, ("TIME", "2022-05-28T15:00")),
        ("18:00 UTC", SAT, ("TIME", "2022-05-28T18:00Z")),
        # durations, sets and references
        ("six-day", SAT, ("DURATION", "P6D")),
        ("two years", SAT, ("DURATION", "P2Y")),
        ("fifty-year", SAT, ("DURATION", "P50Y")),
        ("almost two and a half years", SAT, ("DURATION", "P2.5Y")),
        ("thirty minutes", SAT, ("DURATION", "PT30M")),
        ("several years", SAT, ("DURATION", "PXY")),
        ("the past decade", SAT, ("DURATION", "P10Y")),
        ("the next four years", SAT, ("DURATION", "P4Y")),
        ("more than a week", SAT, ("DURATION", "P1W")),
        ("annual", SAT, ("SET", "P1Y")),
        ("every Monday", SAT, ("SET", "XXXX-WXX-1")),
        ("twice a year", SAT, ("SET", "P1Y")),
        ("now", SAT, ("DATE", "PRESENT_REF")),
        ("recently", SAT, ("DATE", "PAST_REF")),
        # no anchor: underspecified values, never a guess
        ("yesterday", None, ("DATE", "XXXX-XX-XX")),
        ("Monday", None, ("DATE", "XXXX-WXX-1")),
        ("last week", None, ("DATE", "XXXX-WXX")),
        ("last year", None, ("DATE", "XXXX")),
        ("May", None, ("DATE", "XXXX-05")),
        ("May 24", None, ("DATE", "XXXX-05-24")),
        ("two years ago", None, ("DATE", "PAST_REF")),
    ],
)
def test_dates_normalise(text, anchor, expected):
    assert normalise(text, anchor) == expected


@pytest.mark.parametrize(
    "text, expected",
    [("Monday", "2022-05-30"), ("Saturday", "2022-05-28"), ("Friday", "2022-06-03"), ("June", "2022-06")],
)
def test_dates_normalise_future_weekday_looks_ahead(text, expected):
    assert normalise(text, SAT, future=True)[1] == expected


@pytest.mark.parametrize("text", ["hello", "the age of 56", "56", "Boeing 737", ""])
def test_dates_normalise_rejects_non_temporal(text):
    assert normalise(text, SAT) is None


def test_dates_find_timexes_offsets_values_and_sentences(nlp):
    text = (
        "The minister visited Paris on Monday. She will return on Monday for a six-day visit.\n"
        "The treaty was signed in December 2018, two years ago, at 3 p.m."
    )
    found = find_timexes(nlp(text), SAT)
    got = [(t.text, t.type, t.value, t.sentence) for t in found]
    assert got == [
        ("Monday", "DATE", "2022-05-23", 0),
        ("Monday", "DATE", "2022-05-30", 1),
        ("six-day", "DURATION", "P6D", 1),
        ("December 2018", "DATE", "2018-12", 2),
        ("two years ago", "DATE", "2020", 2),
        ("3 p.m.", "TIME", "2022-05-28T15:00", 2),
    ]
    assert all(text[t.start : t.end] == t.text for t in found)


def test_dates_find_timexes_clock_time_takes_the_sentence_date(nlp):
    text = "The jet made its first flight on Tuesday at 18:00 UTC."
    found = find_timexes(nlp(text), "2009-12-16")
    assert [(t.text, t.value) for t in found] == [("Tuesday", "2009-12-15"), ("18:00 UTC", "2009-12-15T18:00Z")]


def test_dates_find_timexes_rate_is_a_set_and_modal_may_is_not_a_month(nlp):
    text = "It may deliver 15 tankers a year. Elections were held in May."
    found = find_timexes(nlp(text), SAT)
    assert [(t.text, t.type, t.value) for t in found] == [("a year", "SET", "P1Y"), ("May", "DATE", "2022-05")]


def test_dates_find_timexes_skips_removed_spans_and_uses_sentence_of(nlp):
    text = "Sign up for our daily newsletter. The talks ended on Friday."
    removed = (RemovedSpan(0, 33, "sign-up"),)
    found = find_timexes(nlp(text), SAT, removed=removed, sentence_of=lambda i: 7)
    assert [(t.text, t.value, t.sentence) for t in found] == [("Friday", "2022-05-27", 7)]


def test_dates_find_timexes_without_anchor_is_underspecified(nlp):
    found = find_timexes(nlp("Officials met on Wednesday and again last week."), None)
    assert [t.value for t in found] == ["XXXX-WXX-3", "XXXX-WXX"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the date of a meeting or visit still being planned lies ahead of the story
        ("Envoys of Chile and Bolivia on Monday began preparations for an October summit.", "2022-10"),
        ("Negotiators agreed on a visit to Lima in February.", "2023-02"),
        # a meeting that was held, in a past clause, keeps the past month
        ("The leaders held an October summit in Lima.", "2021-10"),
        ("The ministers met in February in Lima.", "2022-02"),
    ],
)
def test_dates_find_timexes_planned_encounter_looks_ahead(nlp, text, expected):
    found = find_timexes(nlp(text), SAT)
    assert [t.value for t in found if len(t.value) == 7] == [expected]


@pytest.mark.parametrize(
    "sentence, word, expected",
    [
        ("The minister will visit Paris on Monday.", "Monday", True),
        ("The trial is set to begin on Wednesday.", "Wednesday", True),
        ("Talks are expected to resume on Thursday.", "Thursday", True),
        ("The minister visited Paris on Monday.", "Monday", False),
        ("The report was published on Friday.", "Friday", False),
    ],
)
def test_dates_future_tense(nlp, sentence, word, expected):
    token = next(t for t in nlp(sentence) if t.text == word)
    assert future_tense(token) is expected


@pytest.mark.parametrize(
    "text, removed, expected",
    [
        ("Posted May 28, 2022. The visit began on May 23, 2022 and ended Saturday.", (), "2022-05-28"),
        ("Updated 2021-03-04 09:00. Filed 3 March 2021.", (), "2021-03-04"),
        ("He visited in May 2022 and again on Monday.", (), None),  # no day, month and year together
        ("Related: June 1, 2023 story. Published May 2, 2022.", (RemovedSpan(0, 27, "teasers"),), "2022-05-02"),
    ],
)
def test_dates_infer_document_date(text, removed, expected):
    assert infer_document_date(text, removed) == expected


def test_dates_infer_document_date_accepts_a_doc(nlp):
    assert infer_document_date(nlp("Published on 4 July 2020 in London.")) == "2020-07-04"


def test_dates_meantime_value_f1(tmp_path):
    """End to end on MEANTIME with the TempEval-3 scorer: value F1 must reach 0.78."""
    if not (MEANTIME / "docs.jsonl").exists() or not (SHARED / "gold" / "timex_score.py").exists():
        pytest.skip("../shared (MEANTIME corpus and scorer) is not available")
    path = Path(__file__).resolve().parents[1] / "benchmarks" / "eval_timex.py"
    spec = importlib.util.spec_from_file_location("eval_timex", path)
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    out = tmp_path / "timex_sys.jsonl"
    bench.write_system(out, MEANTIME)
    report = bench.score(out, MEANTIME)
    value_f1 = float(re.search(r"value_f1=([\d.]+)", report).group(1))
    assert value_f1 >= 0.78, report


@pytest.mark.parametrize(("addresses", "expected"), [
    (("https://news.example.org/world/2006/10/12/talks-resume.html",), "2006-10-12"),
    (("http://www.example.co.uk/africa/2004/08/kenya-floods",), "2004-08"),
    ((None, "https://example.com/news/1998/07/31/index.htm"), "1998-07-31"),
    (("https://example.com/2004/08/31/x", "https://example.com/2001/01/x"), "2004-08-31"),
    (("https://example.com/2004/02/30/x",), "2004-02"),  # no such day: the month only
    (("https://example.com/2004/13/x",), None),  # no such month
    (("https://example.com/story/20040812/x",), None),  # not a dated path
    (("2004/08/12/story",), None),  # not an address
    ((None, None), None),
])  # fmt: skip
def test_dates_url_date(addresses, expected):
    assert url_date(*addresses) == expected


@pytest.mark.parametrize(("text", "url", "expected"), [
    # no publication date: the address's month dates the story's news, marked inferred
    ("Kenyan President Mwai Kibaki met Ugandan President Yoweri Museveni in Kampala.",
     "https://example.com/africa/2009/03/kenya-uganda", "2009-03"),
    # a full date in the text is a better guess than the address's month
    ("Kenyan President Mwai Kibaki met Ugandan President Yoweri Museveni in Kampala on March 3, 2009.",
     "https://example.com/africa/2009/04/kenya-uganda", "2009-03-03"),
    # the address's day is the publication day
    ("Kenyan President Mwai Kibaki met Ugandan President Yoweri Museveni in Kampala on Tuesday.",
     "https://example.com/africa/2009/03/06/kenya-uganda", "2009-03-03"),
])  # fmt: skip
def test_dates_an_undated_article_takes_its_date_from_its_address(extractor, text, url, expected):
    from kg.model import Document

    x = extractor.extract_one(Document(id="u", text=text, url=url))
    met = next(e for e in x.events if e.type == "met")
    assert met.time.value == expected
    assert x.published_inferred


def test_dates_a_published_article_ignores_its_address(extractor):
    from kg.model import Document

    text = "Kenyan President Mwai Kibaki met Ugandan President Yoweri Museveni in Kampala."
    x = extractor.extract_one(Document(id="u", text=text, published="2009-05-02",
                                       url="https://example.com/africa/2001/01/old"))
    assert x.published == "2009-05-02" and not x.published_inferred

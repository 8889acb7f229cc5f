"""Dating events in wire stories: the day's news, coordination, weeks, spans and what is not a date."""

from __future__ import annotations

import pytest

from kg.model import Document

PUBLISHED = "2013-06-15"  # a Saturday; ISO week 2013-W24 runs 10-16 June


def dated(extractor, text: str, published: str | None = PUBLISHED) -> dict[tuple[str, str], object]:
    """(type, trigger) -> the event, for every event of a one-document extraction."""
    ex = extractor.extract_one(Document(id="t", text=text, published=published))
    return {(e.type, e.trigger): e for e in ex.events}


def test_timing_weekday_resolves_against_the_publication_date(extractor):
    events = dated(extractor, "Indian Prime Minister Manmohan Singh met Japanese Prime Minister "
                              "Shinzo Abe on Wednesday in Tokyo.")
    met = events[("met", "met")]
    assert met.time.value == "2013-06-12" and not met.time.inferred


def test_timing_date_of_the_first_verb_dates_the_coordinated_second(extractor):
    events = dated(extractor, "Indian Prime Minister Manmohan Singh arrived in Tokyo on Wednesday "
                              "and met Japanese Prime Minister Shinzo Abe.")
    assert events[("visited", "arrived")].time.value == "2013-06-12"
    assert events[("met", "met")].time.value == "2013-06-12"


@pytest.mark.parametrize("text", [
    "Indian Prime Minister Manmohan Singh arrived in Tokyo on Wednesday and will meet "
    "Japanese Prime Minister Shinzo Abe.",
    "Indian Prime Minister Manmohan Singh said on Wednesday that he would meet "
    "Japanese Prime Minister Shinzo Abe.",
])
def test_timing_a_planned_event_takes_no_past_date_from_its_neighbour(extractor, text):
    met = dated(extractor, text)[("met", "meet")]
    assert met.modality != "asserted"
    assert met.time is None or met.time.value >= PUBLISHED


def test_timing_undated_lead_event_is_the_day_news_marked_inferred(extractor):
    text = ("Singh meets Abe\n\nIndian Prime Minister Manmohan Singh met Japanese Prime Minister "
            "Shinzo Abe in Tokyo. The two men discussed a nuclear accord.")
    events = dated(extractor, text)
    met = events[("met", "met")]
    assert met.time.value == PUBLISHED and met.time.inferred
    headline = events[("met", "meets")]
    assert headline.time.value == PUBLISHED and headline.time.inferred


def test_timing_undated_event_later_in_the_story_is_the_news_day(extractor):
    text = ("Kenya and Uganda yesterday agreed to reopen the border.\n\n"
            "Later, Kenyan President Mwai Kibaki met Ugandan President Yoweri Museveni in Kampala.")
    met = dated(extractor, text)[("met", "met")]
    assert (met.time.value, met.time.inferred) == ("2013-06-14", True)


@pytest.mark.parametrize("sentence", [
    "Kibaki's visits to Uganda have been frequent.",  # several occasions
    "During his four-day visit to Uganda, Kibaki opened a school.",  # spans days
])
def test_timing_an_undated_noun_that_is_no_single_day_keeps_only_the_month(extractor, sentence):
    text = "Kenyan President Mwai Kibaki said the accord was fair.\n\n" + sentence
    visit = next(e for (kind, _), e in dated(extractor, text).items() if kind == "visited")
    assert (visit.time.value, visit.time.inferred) == ("2013-06", True)


def test_timing_a_day_after_the_verb_of_saying_dates_the_saying_in_the_past(extractor):
    # the parser hangs "on Friday" on the reported "has"; it is still Friday last, not next
    said = dated(extractor, "Kenyan President Mwai Kibaki said on Friday he has evidence of a plot.")
    assert said[("stated", "said")].time.value == "2013-06-14"


def test_timing_the_news_day_is_the_date_of_the_leads_main_verb(extractor):
    text = ("A telephone call between Kenyan President Mwai Kibaki and Ugandan President Yoweri "
            "Museveni on Wednesday night was cordial, Kenyan Foreign Minister Moses Wetangula said "
            "yesterday.\n\nWetangula said the two leaders agreed to meet.")
    events = [e for e in extractor.extract_one(Document(id="t", text=text, published=PUBLISHED)).events]
    call = next(e for e in events if e.trigger == "call")
    assert call.time.value == "2013-06-12"  # Wednesday night dates the call only
    later = [e for e in events if e.type == "stated"][-1]
    assert (later.time.value, later.time.inferred) == ("2013-06-14", True)


def test_timing_an_undated_lead_takes_the_day_its_subject_is_said_to_act_next(extractor):
    text = ("Chilean President Michelle Reyes has accused Peru of moving troops to the border.\n\n"
            "Reyes told a rally in Arica on Thursday that the troops were a provocation.")
    lead = dated(extractor, text)[("criticized", "accused")]
    assert (lead.time.value, lead.time.inferred) == ("2013-06-13", True)


def test_timing_a_day_said_of_someone_else_after_the_lead_is_background(extractor):
    text = ("Chilean opposition leader Ana Torres has criticized Peruvian President Jorge Salas's "
            "visit to Santiago.\n\nOn Monday, Salas met Chilean President Michelle Reyes in the capital.")
    events = dated(extractor, text)
    assert events[("met", "met")].time.value == "2013-06-10"
    criticized = events[("criticized", "criticized")]
    assert (criticized.time.value, criticized.time.inferred) == (PUBLISHED, True)


@pytest.mark.parametrize("follower", [
    "Speaking to students in Lyon on Friday, the minister said the tariffs broke the treaty.",
    "The Brazilian foreign ministry summoned Argentina's ambassador on Friday.",
    "Officials in Brasilia said yesterday that talks had failed.",
])
def test_timing_an_undated_lead_is_the_news_of_the_eve_its_story_dates(extractor, follower):
    # Saturday's paper: the only day its story gives is Friday, so the undated lead is Friday's
    text = "Brazil has protested against Argentina's new steel tariffs.\n\n" + follower
    lead = next(e for e in dated(extractor, text).values() if e.trigger == "protested")
    assert (lead.time.value, lead.time.inferred) == ("2013-06-14", True)


@pytest.mark.parametrize("follower", [
    # two days: which one is the lead's is not said
    "The ministry summoned Argentina's ambassador on Friday. Its minister met him on Thursday.",
    # past perfect is background, and a plan is no news of the day
    "The ministry had summoned Argentina's ambassador on Friday.",
    "The ministry will summon Argentina's ambassador on Monday.",
])
def test_timing_an_undated_lead_keeps_the_publication_day_unless_one_eve_is_told(extractor, follower):
    text = "Brazil has protested against Argentina's new steel tariffs.\n\n" + follower
    lead = next(e for e in dated(extractor, text).values() if e.trigger == "protested")
    assert (lead.time.value, lead.time.inferred) == (PUBLISHED, True)


def test_timing_a_when_clause_takes_the_date_it_follows(extractor):
    text = ("The border has been calm since last July, when Kenyan President Mwai Kibaki and "
            "Ugandan President Yoweri Museveni held a summit in Arusha.")
    met = dated(extractor, text)[("met", "summit")]
    assert met.time.value == "2012-07"  # not the story's day: "since" bounds, "when" dates


@pytest.mark.parametrize(("text", "trigger"), [
    ("Indian Prime Minister Manmohan Singh had criticized Japanese Prime Minister Shinzo Abe.",
     "criticized"),
    ("Indian Prime Minister Manmohan Singh previously said the accord was fair.", "said"),
])
def test_timing_background_event_gets_no_inferred_date(extractor, text, trigger):
    event = next(e for (kind, trig), e in dated(extractor, text).items() if trig == trigger)
    assert event.time is None


def test_timing_event_timed_by_another_is_not_the_day_news(extractor):
    text = "The accord came a week after Indian Prime Minister Manmohan Singh visited Tokyo."
    visit = dated(extractor, text)[("visited", "visited")]
    assert visit.time is None or visit.time.value != PUBLISHED


@pytest.mark.parametrize(("text", "value", "begin", "end"), [
    # the week is over: Monday to Sunday, inside one month
    ("Indian Prime Minister Manmohan Singh visited Tokyo last week.", "2013-06", "2013-06-03",
     "2013-06-09"),
    # this week, in the past tense: no later than the story itself
    ("Indian Prime Minister Manmohan Singh made his first visit to Tokyo this week.", "2013-06",
     "2013-06-10", "2013-06-15"),
])
def test_timing_week_becomes_a_span_not_a_bare_year(extractor, text, value, begin, end):
    visit = next(e for e in dated(extractor, text).values() if e.type == "visited")
    assert (visit.time.value, visit.time.begin, visit.time.end) == (value, begin, end)


def test_timing_week_across_a_month_boundary_is_the_year_with_its_days(extractor):
    visit = next(e for e in dated(extractor, "Indian Prime Minister Manmohan Singh visited Tokyo "
                                             "last week.", published="2013-06-05").values()
                 if e.type == "visited")
    assert visit.time.value == "2013" and (visit.time.begin, visit.time.end) == ("2013-05-27",
                                                                                  "2013-06-02")


@pytest.mark.parametrize(("verb", "begin", "end"), [
    ("began", "2013-06-10", "2013-06-13"),  # the day opens the span
    ("ended", "2013-06-07", "2013-06-10"),  # the day closes it
])
def test_timing_multi_day_visit_is_month_precise_with_its_days(extractor, verb, begin, end):
    text = f"Indian Prime Minister Manmohan Singh {verb} a four-day visit to Japan on Monday."
    visit = next(e for e in dated(extractor, text).values() if e.type == "visited")
    assert (visit.time.value, visit.time.begin, visit.time.end) == ("2013-06", begin, end)


def test_timing_single_meeting_is_a_day_not_a_month(extractor):
    met = dated(extractor, "Indian Prime Minister Manmohan Singh met Japanese Prime Minister "
                           "Shinzo Abe in Tokyo.")[("met", "met")]
    assert len(met.time.value) == 10


def test_timing_since_bounds_the_event_and_does_not_date_it(extractor):
    events = dated(extractor, "Indian Prime Minister Manmohan Singh has been visiting Japan "
                              "since Monday.")
    for event in events.values():
        assert event.time is None or event.time.value != "2013-06-10"


def test_timing_hedged_future_event_gets_no_date(extractor):
    visit = dated(extractor, "Indian Prime Minister Manmohan Singh may visit Japan.")[
        ("visited", "visit")]
    assert visit.modality != "asserted" and visit.time is None


def test_timing_no_publication_date_leaves_the_lead_undated(extractor):
    met = dated(extractor, "Indian Prime Minister Manmohan Singh met Japanese Prime Minister "
                           "Shinzo Abe on Wednesday.", published=None)[("met", "met")]
    assert met.time is None


def test_timing_date_before_a_reported_clause_dates_the_saying(extractor):
    text = "Prime Minister Jean Chretien said on Monday he had met Vicente Fox in Ottawa last week."
    events = dated(extractor, text, published="2003-02-05")
    said = events[("stated", "said")].time
    assert said.value == "2003-02-03" and not said.inferred
    met = events[("met", "met")].time
    assert met.begin == "2003-01-27" and met.end == "2003-02-02"


def test_timing_a_speakers_next_words_share_the_dated_occasion(extractor):
    text = ('Thabo Mbeki said on Thursday that the talks had failed. "We will try again," he added.\n\n'
            'In a speech to parliament, Mbeki said the economy was growing.')
    events = [e for e in extractor.extract_one(Document(id="t", text=text, published=PUBLISHED)).events
              if e.type == "stated"]
    by_trigger = [(e.trigger, e.time.value) for e in events]
    assert by_trigger[0] == ("said", "2013-06-13")
    assert by_trigger[1] == ("added", "2013-06-13")  # same paragraph: the same occasion
    assert by_trigger[2] == ("said", "2013-06-13")  # another occasion: the story's news day, the lead's
    assert events[2].time.inferred


def test_timing_a_visit_that_ended_on_a_dated_day_spans_its_duration(extractor):
    events = dated(extractor, "Boris Yeltsin returned to Moscow on Wednesday after a three-day visit to Japan.")
    visit = events[("visited", "visit")].time
    assert (visit.begin, visit.end) == ("2013-06-10", "2013-06-12")
    assert visit.value == "2013-06"  # a multi-day span at month precision


def test_timing_the_leads_relative_day_is_the_storys_news_day(extractor):
    text = ("Kenya and Uganda yesterday agreed to reopen the border.\n\n"
            "Kenyan President Mwai Kibaki said the deal would help traders.")
    said = dated(extractor, text)[("stated", "said")].time
    assert (said.value, said.inferred) == ("2013-06-14", True)


@pytest.mark.parametrize(
    "lead",
    [
        # an absolute date in the lead may be background, not the news day
        "The company began selling the drug on June 3, 2013.",
        # a day too long before publication is not the news of the day
        "Kenya and Uganda agreed on May 2 to reopen the border.",
    ],
)
def test_timing_only_a_recent_relative_lead_day_moves_the_news_day(extractor, lead):
    said = dated(extractor, lead + "\n\nKenyan President Mwai Kibaki said the deal would help traders.")
    assert said[("stated", "said")].time.value == PUBLISHED


def test_timing_a_present_tense_event_dated_after_the_story_is_a_plan(extractor):
    events = dated(extractor, "Jose Maria Aznar travels to Washington on Monday to address the Senate.")
    assert events[("visited", "travels")].modality == "planned"  # published on a Saturday


def test_timing_a_present_tense_habit_stays_asserted(extractor):
    events = dated(extractor, "Jose Maria Aznar travels to Washington every year.")
    assert events[("visited", "travels")].modality == "asserted"


def test_timing_a_present_tense_trip_later_on_the_story_day_is_a_plan(extractor):
    # published on a Saturday: "Saturday night" is still ahead
    events = dated(extractor, "Kenyan President Mwai Kibaki travels to Kampala Saturday night for the summit.")
    assert events[("visited", "travels")].modality == "planned"
    done = dated(extractor, "Kenyan President Mwai Kibaki flew to Kampala on Saturday night for the summit.")
    assert done[("visited", "flew")].modality == "asserted"


def test_timing_a_date_between_subject_and_verb_dates_the_verb(extractor):
    # the parser may hang "on Wednesday" on a noun of the subject phrase
    events = dated(extractor, "In the first contact since the takeover in Fiji, Foreign Minister Winston "
                              "Peters on Wednesday met Commodore Frank Bainimarama.")
    assert events[("met", "met")].time.value == "2013-06-12"
    assert not events[("met", "met")].time.inferred


@pytest.mark.parametrize(
    ("text", "key", "value"),
    [
        # "earlier in the day", "a day earlier", "the next day": moved from the story's news day
        ("Chilean President Ricardo Lagos held talks on Friday with Argentine leaders. Earlier in the day, "
         "Lagos held talks with Foreign Minister Rafael Bielsa.", ("met", "talks"), "2013-06-14"),
        ("Ghanaian President John Kufuor met President Gnassingbe Eyadema in Lome on Friday. The Ghanaian leader had held "
         "talks a day earlier with President Mathieu Kerekou of Benin.", ("met", "talks"), "2013-06-13"),
        ("Ghanaian President John Kufuor met President Gnassingbe Eyadema in Lome on Friday. The next day Kufuor met "
         "President Mathieu Kerekou of Benin.", ("met", "met"), "2013-06-15"),
    ],
)
def test_timing_a_day_told_from_the_news_day(extractor, text, key, value):
    events = dated(extractor, text)
    found = [e for (t, trig), e in events.items() if t == key[0] and trig == key[1] and e.time]
    assert any(e.time.value == value for e in found)


def test_timing_a_weekday_beside_a_predicate_noun_is_not_scheduled(extractor):
    # "... Wednesday night is proof of ...": the conversation was on the last Wednesday
    events = dated(extractor, "A phone conversation between President Lula and President Kirchner Wednesday "
                              "night is proof of the strong ties between the two countries, an aide said.")
    met = next(e for (t, _), e in events.items() if t == "met")
    assert met.time.value == "2013-06-12"


def test_timing_a_progressive_dated_after_the_story_is_a_plan(extractor):
    events = dated(extractor, "President Jiang Zemin is flying to Havana on Monday for talks.")
    assert events[("visited", "flying")].modality == "planned"  # published on a Saturday
    events = dated(extractor, "President Jiang Zemin is flying to Havana today for talks.")
    assert events[("visited", "flying")].modality == "asserted"


def test_timing_the_same_day_is_the_day_named_just_before(extractor):
    text = ("Georgian President Mikheil Saakashvili has accused Russia of overreacting.\n\nOn Wednesday, Russian "
            "President Vladimir Putin called the arrests terrorism.\n\nLate the same day, Saakashvili said the "
            "reaction was nervous.")
    events = dated(extractor, text)
    said = [e for (t, trig), e in events.items() if t == "stated" and trig == "said"]
    assert said and said[0].time.value == "2013-06-12"



def test_timing_an_untensed_encounter_dated_after_the_story_is_a_plan(extractor):
    # a visit noun has no tense: dated after the story, it is still to come; dated before, it was made
    text = "The talks paved the way for Indian Prime Minister Manmohan Singh's official visit to Japan in {}."
    assert dated(extractor, text.format("April 2014"))[("visited", "visit")].modality == "planned"
    assert dated(extractor, text.format("April 2012"))[("visited", "visit")].modality == "asserted"

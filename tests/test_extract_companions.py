"""Companions of a traveller, and departures a story undoes (kg.extract.companions)."""

from __future__ import annotations

import pytest

from .test_extract_events import extract, tuples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the companions are told in a sentence of their own
        ("Zambian President Levy Mwanawasa arrived in Lilongwe on Tuesday for a two-day visit to Malawi. "
         "Mwanawasa is accompanied by Foreign Minister Ronnie Shikapwasha and Finance Minister Ng'andu Magande.",
         {("Ronnie Shikapwasha", "visited", "Malawi"), ("Ng'andu Magande", "visited", "Malawi")}),
        # the active voice, in a relative clause whose object is a pronoun
        ("Chilean President Ricardo Lagos arrived in Lima on Monday. His wife, Luisa Duran, who is "
         "accompanying him, opened a school.",
         {("Luisa Duran", "visited", "Lima")}),
        # accompanying someone to a place takes both of them there
        ("Foreign Minister Celso Amorim accompanied President Luiz Inacio Lula da Silva to Luanda on Sunday.",
         {("Celso Amorim", "visited", "Luanda"), ("Luiz Inacio Lula da Silva", "visited", "Luanda")}),
    ],
)
def test_companions_of_a_visit_travelled_too(extractor, text, expected):
    assert expected <= tuples(extract(extractor, text, published="2006-08-15"))


@pytest.mark.parametrize(
    "text",
    [
        # the trip is still to come, so its companions have gone nowhere
        "Malawian President Bingu wa Mutharika will travel to Zambia next week. He will be accompanied "
        "by Foreign Minister Joyce Banda.",
        # a companion at home: no visit of the traveller is told
        "Malawian President Bingu wa Mutharika was accompanied by Foreign Minister Joyce Banda at the rally.",
    ],
)
def test_companions_without_a_visit_go_nowhere(extractor, text):
    found = tuples(extract(extractor, text, published="2006-08-15"))
    assert not {t for t in found if t[1] == "visited" and t[0] == "Joyce Banda"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parser reads "for Angola to" as the subject of the errand
        ("UN envoy Ibrahim Gambari left Geneva on Friday for Angola to meet rebel leaders.",
         ("Ibrahim Gambari", "visited", "Angola")),
        ("German Chancellor Gerhard Schroeder departed for Beijing on Sunday.",
         ("Gerhard Schroeder", "visited", "Beijing")),
    ],
)
def test_companions_a_departure_for_a_place_reached_it(extractor, text, expected):
    assert expected in tuples(extract(extractor, text, published="2002-05-12"))


@pytest.mark.parametrize(
    "text",
    [
        # the story says the trip was called off
        "Zambian President Levy Mwanawasa's trip to Lisbon was cancelled, an official said. On May 3, "
        "Mwanawasa left for Lisbon for an official visit.",
        # a departure still to come
        "German Chancellor Gerhard Schroeder leaves for Beijing on Sunday.",
        # going home is no visit
        "Russian Foreign Minister Igor Ivanov left Tokyo for Moscow on Friday.",
    ],
)
def test_companions_departures_not_arrivals(extractor, text):
    found = tuples(extract(extractor, text, published="2002-05-09"))
    assert not {t for t in found if t[1] == "visited" and t[2] in ("Lisbon", "Portugal", "Beijing", "Moscow")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fronted participle: the main clause's subject is the one accompanied
        ("Turkish Prime Minister Recep Tayyip Erdogan arrived in Athens on Tuesday. Accompanied by Foreign "
         "Minister Ali Babacan, Erdogan met Greek Prime Minister Costas Karamanlis.",
         ("Ali Babacan", "visited", "Athens")),
        # "together with his wife Y", no comma before the name
        ("Chinese President Hu Jintao arrived in Berlin on Monday together with his wife Liu Yongqing.",
         ("Liu Yongqing", "visited", "Berlin")),
    ],
)
def test_companions_fronted_and_travelling_with(extractor, text, expected):
    assert expected in tuples(extract(extractor, text, published="2008-11-10"))


def test_companions_meeting_with_someone_is_no_travelling_with_him(extractor):
    found = tuples(extract(extractor, "Chinese President Hu Jintao arrived in Berlin on Monday and met with "
                                      "Chancellor Angela Merkel.", published="2008-11-10"))
    assert ("Angela Merkel", "visited", "Berlin") not in found

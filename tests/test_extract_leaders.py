"""The leaders table: a named leader's country, for visits the text leaves to the reader's knowledge."""

from __future__ import annotations

import pytest

from kg.extract.leaders import leader_country

from .test_extract_events import extract, tuples


@pytest.mark.parametrize(
    ("label", "titles", "year", "country"),
    [
        ("Thabo Mbeki", (), 2003, "ZA"),
        ("Thabo Mbeki", (), None, "ZA"),  # one country in every year the table lists him
        ("Thabo Mbeki", (), 2015, None),  # out of office: the table says nothing
        ("Mbeki", ("President",), 2003, "ZA"),  # a surname needs a title of the office and a year
        ("Mbeki", (), 2003, None),
        ("Mbeki", ("President",), None, None),
        ("Kofi Annan", (), 2003, None),  # heads of international bodies have no country here
        ("Jane Roe", ("President",), 2003, None),
    ],
)
def test_leaders_country(label, titles, year, country):
    assert leader_country(label, titles, year) == country


def test_leaders_a_meeting_of_two_leaders_abroad_is_a_visit_for_both(extractor):
    text = "President Robert Kocharyan held talks with President Heydar Aliyev in Key West on Tuesday."
    found = tuples(extract(extractor, text, published="2001-04-05"))
    assert ("Robert Kocharyan", "visited", "United States") in found
    assert ("Heydar Aliyev", "visited", "United States") in found


def test_leaders_a_leader_at_home_visits_nothing(extractor):
    text = "President Thabo Mbeki met opposition leader Tony Leon in Pretoria on Monday."
    found = tuples(extract(extractor, text, published="2003-08-12"))
    assert not {t for t in found if t[1] == "visited"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # names the small model tags as a body, a place or a nationality, or leaves untagged
        ("Talks between Vasile Tarlev and Aigars Kalvitis lasted two hours on Monday.",
         ("Vasile Tarlev", "met", "Aigars Kalvitis")),
        ("Vasile Tarlev and Aigars Kalvitis held talks in Riga on Monday.", ("Vasile Tarlev", "visited", "Latvia")),
        ("Talks between Tibor Navracsics and Andry Rajoelina lasted two hours on Monday.",
         ("Tibor Navracsics", "met", "Andry Rajoelina")),
    ],
)
def test_leaders_a_leader_name_the_model_mislabels_is_a_person(extractor, text, expected):
    assert expected in tuples(extract(extractor, text, published="2007-03-14"))


def test_leaders_a_body_named_after_a_leader_stays_a_body(extractor):
    found = tuples(extract(extractor, "The Nelson Mandela Foundation criticized the government of Zimbabwe on "
                                      "Monday.", published="2008-06-23"))
    critics = {s for s, r, o in found if r == "criticized"}
    assert "Nelson Mandela" not in critics
    assert "Nelson Mandela Foundation" in critics

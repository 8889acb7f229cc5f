"""Whose country a person is from (kg.extract.nationality): titles after a name, leaders' governments."""

from __future__ import annotations

import pytest

from .test_extract_events import extract, tuples

BELIZE_STORY = (
    "The Foreign Ministry of Belize said on Monday that Belizean police had raided a radio station that is "
    "critical of the government of Juan Ortiz. Honduras has also condemned the Ortiz regime for jailing "
    "opponents. Belizean officials in Belmopan rejected the charge. The Belizean capital was calm.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pablo Ferrer, Spain's deputy prime minister, met Portuguese President Rui Costa in Lisbon on Tuesday.",
         ("Pablo Ferrer", "visited", "Lisbon")),
        ("Kofi Asare, Ghana's trade minister, met Togolese President Essowe Kpatcha in Lome on Monday.",
         ("Kofi Asare", "visited", "Togo")),
    ],
)
def test_nationality_a_title_after_the_name_gives_the_country(extractor, text, expected):
    found = tuples(extract(extractor, text, published="2012-05-02"))
    assert expected in found, found


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # at home
        ("Pablo Ferrer, Portugal's deputy prime minister, met Spanish President Rui Costa in Lisbon on Tuesday.",
         ("Pablo Ferrer", "visited", "Lisbon")),
        # an ambassador lives where he is posted; an exile's country is not where he lives
        ("Pablo Ferrer, Spain's ambassador, met Portuguese President Rui Costa in Lisbon on Tuesday.",
         ("Pablo Ferrer", "visited", "Lisbon")),
        ("Pablo Ferrer, Spain's exiled opposition leader, met Portuguese President Rui Costa in Lisbon on Tuesday.",
         ("Pablo Ferrer", "visited", "Lisbon")),
    ],
)
def test_nationality_no_visit_from_a_title_after_the_name(extractor, text, wrong):
    found = tuples(extract(extractor, text, published="2012-05-02"))
    assert wrong not in found, found


def test_nationality_a_leaders_government_is_the_storys_country(extractor):
    found = tuples(extract(extractor, BELIZE_STORY, published="2012-05-02"))
    assert ("Honduras", "criticized", "Belize") in found, found
    assert ("Honduras", "criticized", "Juan Ortiz") not in found, found


def test_nationality_a_leaders_own_country_before_the_storys(extractor):
    text = BELIZE_STORY.replace("of Juan Ortiz.", "of Guatemalan President Juan Ortiz.")
    found = tuples(extract(extractor, text, published="2012-05-02"))
    assert ("Honduras", "criticized", "Guatemala") in found, found
    assert ("Honduras", "criticized", "Belize") not in found, found


def test_nationality_no_state_for_a_government_in_exile(extractor):
    text = BELIZE_STORY.replace("the Ortiz regime", "the Ortiz government-in-exile")
    found = tuples(extract(extractor, text, published="2012-05-02"))
    assert ("Honduras", "criticized", "Belize") not in found, found

"""Names set beside a role of people are people's names, whatever the model tagged."""

from __future__ import annotations

import pytest

from kg.model import PERSON, Document


def actors(extractor, text: str) -> dict[str, str]:
    return {a.label: a.type for a in extractor.extract_one(Document(id="t", text=text)).actors}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the model left the name untagged or read its first words as a place
        ("He was received by the Indian ambassador to Japan, Dinesh Chandra.", "Dinesh Chandra"),
        ("He was received by the Indian ambassador to Japan, Yacouba Bakayoko Soro.", "Yacouba Bakayoko Soro"),
        ('"We were not told," said the prisoner\'s wife, Olga Vasilevich-Popova.', "Olga Vasilevich-Popova"),
    ],
)
def test_actor_appositives_a_name_after_a_role_is_a_person(extractor, text, name):
    found = actors(extractor, text)
    assert found.get(name) == PERSON
    assert not [label for label in found if label != name and label in name]  # not in pieces


@pytest.mark.parametrize(
    ("text", "label", "kind"),
    [
        # a place, a body or a titled name in the same position keeps its own reading
        ("The talks were hosted by their old rival, New Zealand, on Monday.", "New Zealand", "Place"),
        ("His lawyer, Human Rights Watch, said the case was weak.", "Human Rights Watch", "Organization"),
        ("The minister's deputy, Foreign Minister Ali Rahimi, arrived late.", "Ali Rahimi", PERSON),
    ],
)
def test_actor_appositives_places_bodies_and_titles_stay_as_they_are(extractor, text, label, kind):
    found = actors(extractor, text)
    assert found.get(label) == kind
    assert len([k for k in found.values() if k == PERSON]) == (kind == PERSON)


@pytest.mark.parametrize(
    "text",
    [
        "Her husband, a teacher, said nothing.",  # a common noun phrase names no one
        "The envoy met the chairman, and Monday Talks resumed.",  # no comma-closed name beside the role
    ],
)
def test_actor_appositives_common_words_are_no_name(extractor, text):
    assert not [k for k in actors(extractor, text).values() if k == PERSON]

"""Title-case headlines read as one name, and bodies of a described country."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from kg.extract.actor_headlines import common_word, only_verb
from kg.extract.actor_spans import entity_candidates
from kg.extract.actors import resolve_actors
from kg.model import ORGANIZATION, PLACE, Document


def labels(pipe, text: str) -> dict[str, str]:
    doc = pipe(text)
    table = resolve_actors(doc, Document(id="doc", text=text))
    return {a.label: a.type for a in table.actors.values()}


def test_only_verb_knows_a_verb_that_is_never_a_noun():
    assert only_verb("Expels") and only_verb("expels")
    assert not only_verb("Airways") and not only_verb("Ports")  # nouns (a port is also a verb)
    assert not only_verb("Holdings")


def test_common_word_tells_english_words_from_rare_surnames():
    assert common_word("Holdings") and common_word("Airlines")
    assert not common_word("Tammsaar")


@pytest.mark.parametrize("text", [
    "Norway Expels Iranian Diplomat Over Spy Case",
    "Argentina Expels Russian Attache After Trade Dispute",
])
def test_a_country_before_a_headline_verb_is_the_country_alone(pipe, text):
    found = labels(pipe, text)
    assert not [label for label in found if "Expels" in label]
    country = text.split()[0]
    assert found.get(country) == PLACE


@pytest.mark.parametrize("text, name", [
    ("Malaysia Airlines said the flight landed safely.", "Malaysia Airlines"),
    ("Kenya Ports Authority said the harbour was closed.", "Kenya Ports Authority"),
])
def test_a_company_named_after_its_country_keeps_its_name(pipe, text, name):
    assert labels(pipe, text).get(name) == ORGANIZATION


def spans(pipe, text: str, start: int, end: int, label: str) -> list[tuple[int, int, str]]:
    """Candidates when the model tags exactly one span (so the rule is tested, not the model)."""
    doc = pipe(text)
    doc.ents = [Span(doc, start, end, label)]
    return [(c.start, c.end, c.label) for c in entity_candidates(doc, Document(id="doc", text=text))]


def test_a_persons_name_run_on_into_a_headline_ends_at_a_capitalised_preposition(pipe):
    assert spans(pipe, "Oslo Greets Novak With Fanfare, Parade", 2, 5, "PERSON") == [(2, 3, "PERSON")]


@pytest.mark.parametrize("text, start, end, label", [
    ("Doctors Without Borders said the camps were unsafe.", 0, 3, "ORG"),  # an organisation's preposition
    ("Jose de la Cruz said the camps were unsafe.", 0, 4, "PERSON"),  # particles are lower-case
])
def test_a_name_with_a_particle_or_an_organisations_preposition_is_kept(pipe, text, start, end, label):
    assert spans(pipe, text, start, end, label) == [(start, end, label)]


@pytest.mark.parametrize(
    "text",
    [
        "Olaf-Scholz-speaks-with-Justin-Trudeau-after-the-summit\n\nThe two leaders did not say more.",
        "Uruguay-president-arrives-in-Paraguay-on-first-foreign-trip\n\nThe president landed on Sunday.",
    ],
)
def test_a_web_address_slug_on_its_own_line_names_no_one(extractor, text):
    ex = extractor.extract_one(Document(id="t", text=text))
    assert not ex.actors and not ex.events


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # hyphenated names in prose are names; so is a long compound in a sentence
        ("Jean-Marie Le Pen said on Monday the vote was rigged.", "Jean-Marie Le Pen"),
        ("Harakat-ul-Ansar said its fighters were in the hills.", "Harakat-ul-Ansar"),
        ("Jan Novak called it a take-it-or-leave-it-or-go-home offer.", "Jan Novak"),
    ],
)
def test_hyphenated_words_in_prose_are_no_slug(pipe, text, label):
    assert label in labels(pipe, text)

"""Descriptions that stand for a named actor (kg.extract.coref_titles)."""

from __future__ import annotations

import pytest

from kg.extract.actors import resolve_actors
from kg.model import Document


def label_at(pipe, text: str, word: str, nth: int = 0, title: str | None = None) -> str | None:
    """Label of the actor the ``nth`` token spelled ``word`` refers to."""
    doc = pipe(text)
    table = resolve_actors(doc, Document(id="doc", text=text, title=title))
    key = table.actor_for_token([t for t in doc if t.text == word][nth])
    return table.actors[key].label if key else None


# -- a country's office holder, named only after the description -------------------------
@pytest.mark.parametrize(
    ("text", "word", "label"),
    [
        ("Chile's president sharply attacked the new tariffs on Monday. \"This hurts our farmers,\" "
         "President Ricardo Lagos told reporters in Valparaiso.", "president", "Ricardo Lagos"),
        ("Norway's prime minister defended the fishing quota. \"We keep our word to Norway,\" "
         "Prime Minister Kjell Bondevik said later.", "minister", "Kjell Bondevik"),
    ],
)
def test_coref_titles_country_description_names_the_holder_introduced_after_it(pipe, text, word, label):
    assert label_at(pipe, text, word) == label


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # the only president named after it is in its own clause: someone else
        ("Chile's president criticized President Jorge Batlle's decision in Valparaiso.", "president"),
        # two presidents of unknown country fit: no one
        ("Chile's president protested. President Ricardo Lagos and President Jorge Batlle met "
         "in Valparaiso.", "president"),
        # named before the description with no country: may be anybody's president
        ("President Jorge Batlle spoke in Santiago. Chile's president later protested.", "president"),
        # the country is only in another man's title
        ("Chile's president protested. Chilean Minister Jose Insulza met President Jorge Batlle.",
         "president"),
    ],
)
def test_coref_titles_country_description_with_no_clear_holder_is_no_one(pipe, text, word):
    assert label_at(pipe, text, word) is None


def test_coref_titles_a_person_only_the_headline_made_is_no_candidate(pipe):
    title = "Peruvian President Slams Trade Deal"
    text = (title + "\n\nThe Peruvian president attacked the deal on Friday. President Alan Garcia told "
            "reporters in Lima that it was unfair.")
    assert label_at(pipe, text, "president", title=title) == "Alan Garcia"


# -- "the minister" is no prime minister ----------------------------------------------------
def test_coref_titles_the_minister_is_the_minister_not_the_prime_minister(pipe):
    text = ("Kenyan Prime Minister Raila Odinga received Trade Minister Aisha Jumwa in Nairobi. "
            "Odinga and the minister discussed the tariffs.")
    assert label_at(pipe, text, "minister", nth=-1) == "Aisha Jumwa"


def test_coref_titles_the_prime_minister_still_finds_the_prime_minister(pipe):
    text = ("Kenyan Prime Minister Raila Odinga received Trade Minister Aisha Jumwa in Nairobi. "
            "Later the prime minister flew to Mombasa.")
    assert label_at(pipe, text, "minister", nth=-1) == "Raila Odinga"


# -- the title a name stands in apposition to; a past holder; a qualified office ---------------
@pytest.mark.parametrize(
    ("text", "word", "label"),
    [
        # "President of Moldova, X": the name hangs on "Moldova", the title is his
        ("President of Moldova, Ion Vartan, arrived in Lisbon on Tuesday for a state visit.\n\n"
         "Economy Minister Rui Costa and other officials received the Moldovan president at the airport.",
         "president", "Ion Vartan"),
        # "the then President" held the office once: "the Moldovan president" is today's
        ("President Ion Vartan of Moldova arrived in Lisbon on Tuesday. Petru Lucinschi, the then "
         "President of Moldova, visited Portugal in 2001.\n\nRui Costa received the Moldovan president.",
         "president", "Ion Vartan"),
        # an opposition leader is not "the Moldovan leader"
        ("President Ion Vartan of Moldova arrived in Lisbon on Tuesday. The main Moldovan opposition "
         "leader, Petru Lucinschi, stayed home.\n\nRui Costa received the Moldovan leader.",
         "leader", "Ion Vartan"),
    ],
)
def test_coref_titles_description_fits_the_present_holder_of_the_office(pipe, text, word, label):
    assert label_at(pipe, text, word, nth=-1) == label


@pytest.mark.parametrize(
    ("text", "word", "nth"),
    [
        # two presidents named before, both fit
        ("President Ion Vartan of Moldova met President Anibal Sousa of Portugal in Lisbon.\n\n"
         "Rui Costa later received the president at the airport.", "president", 0),
        # the one prime minister named is another argument of the description's own clause
        ("The prime minister used a meeting with the Danish prime minister, Ole Madsen, to remind "
         "Paris of its debts.", "minister", 0),
        # no Moldovan president is named at all
        ("Ion Vartan arrived in Lisbon on Tuesday.\n\nRui Costa received the Moldovan president.",
         "president", 0),
    ],
)
def test_coref_titles_description_without_one_fitting_holder_is_no_one(pipe, text, word, nth):
    assert label_at(pipe, text, word, nth) is None



# -- a country named as the possessor inside a title ---------------------------------------
def test_coref_titles_possessive_country_in_a_title_places_the_person(pipe):
    text = ("Kenya's President Daniel Moi flew to Rome on Monday. At a banquet hosted by Italian President "
            "Carlo Ciampi, the Kenyan President said trade must grow.")
    assert label_at(pipe, text, "President", nth=2) == "Daniel Moi"


def test_coref_titles_possessive_country_does_not_fit_another_nation(pipe):
    text = ("Kenya's President Daniel Moi flew to Rome on Monday. At a banquet hosted by Italian President "
            "Carlo Ciampi, the Chilean President said trade must grow.")
    assert label_at(pipe, text, "President", nth=2) is None


@pytest.mark.parametrize(
    ("text", "word", "label"),
    [
        ("Kenyan Prime Minister Raila Odinga arrived in Kampala on Monday. The Kenyan PM is accompanied by "
         "Foreign Minister Moses Wetangula.", "PM", "Raila Odinga"),
        ("Pakistani Foreign Minister Shah Mehmood Qureshi met his Afghan counterpart. The Pakistani FM said the "
         "talks were useful.", "FM", "Shah Mehmood Qureshi"),
    ],
)
def test_coref_titles_an_abbreviated_title_names_its_holder(pipe, text, word, label):
    assert label_at(pipe, text, word) == label


def test_coref_titles_an_abbreviated_title_fits_only_its_office(pipe):
    text = "Kenyan President Mwai Kibaki arrived in Kampala on Monday. The Kenyan PM stayed in Nairobi."
    assert label_at(pipe, text, "PM") != "Mwai Kibaki"


@pytest.mark.parametrize(
    ("text", "word", "label"),
    [
        ("IAEA Director-General Mohamed ElBaradei arrived in Tehran on Monday. The Director-General met "
         "officials.", "General", "Mohamed ElBaradei"),
        ("United Nations Secretary-General Kofi Annan left New York on Monday for Liberia. The Secretary-General "
         "and his wife were greeted at Monrovia's airport by officials.", "General", "Kofi Annan"),
    ],
)
def test_coref_titles_a_hyphenated_title_names_its_holder(pipe, text, word, label):
    assert label_at(pipe, text, word, nth=1) == label


def test_coref_titles_a_premier_is_a_prime_minister(pipe):
    text = ("Slovak Prime Minister Robert Fico has faced criticism. In early May the Slovak premier held talks "
            "in Minsk.")
    assert label_at(pipe, text, "premier") == "Robert Fico"


def test_coref_titles_a_minister_is_no_prime_minister(pipe):
    text = "Slovak Prime Minister Robert Fico has faced criticism. The Slovak minister held talks in Minsk."
    assert label_at(pipe, text, "minister") != "Robert Fico"


def test_coref_titles_the_pontiff_is_the_pope(pipe):
    text = "Pope Benedict XVI arrived in Amman on Friday. The pontiff has visited Turkey and Brazil."
    assert label_at(pipe, text, "pontiff") in ("Benedict XVI", "Pope Benedict XVI")


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Indian External Affairs Minister Pranab Mukherjee arrived in Kabul on Monday. India's top diplomat "
         "met Afghan President Hamid Karzai.", "Pranab Mukherjee"),
        ("US Secretary of State Colin Powell arrived in Lima on Monday. The top US diplomat met Peruvian "
         "President Alejandro Toledo.", "Colin Powell"),
    ],
)
def test_coref_titles_the_top_diplomat_is_the_foreign_minister(pipe, text, label):
    assert label_at(pipe, text, "diplomat") == label


def test_coref_titles_a_deputy_is_no_top_diplomat(pipe):
    text = ("Indian Deputy Foreign Minister E. Ahamed arrived in Kabul on Monday. India's top diplomat stayed "
            "in Delhi.")
    assert label_at(pipe, text, "diplomat") != "E. Ahamed"

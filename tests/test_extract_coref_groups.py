"""References to several named actors at once: "the two prime ministers", "both men", "they".

What such a reference says holds for each member; when the members are not clear, nothing is
said, and a bare role ("prime ministers") never becomes an actor of its own.
"""

from __future__ import annotations

import pytest

from .test_extract_events import extract, tuples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a counted role: the two people of the document whose titles it fits
        ("Finnish Prime Minister Matti Vanhanen arrived in Tallinn on Monday. Estonian Prime Minister "
         "Andrus Ansip welcomed him at the airport. The two prime ministers announced a new ferry link "
         "on Tuesday.",
         {("Matti Vanhanen", "stated", None), ("Andrus Ansip", "stated", None)}),
        # people named without a title fill a counted role
        ("Oscar Arias flew to Panama City to see Martin Torrijos. Both presidents said the canal would be "
         "widened in 2009.",
         {("Oscar Arias", "stated", None), ("Martin Torrijos", "stated", None)}),
        # "both states" counts the presidents
        ("Costa Rican President Oscar Arias arrived in Panama City on Monday. Panamanian President Martin "
         "Torrijos received him at the palace. The presidents of both states said the border would open "
         "in May.",
         {("Oscar Arias", "stated", None), ("Martin Torrijos", "stated", None)}),
        # one per nationality
        ("Swedish Prime Minister Fredrik Reinfeldt flew to Oslo on Friday to see Norwegian Prime Minister "
         "Jens Stoltenberg. The Swedish and Norwegian leaders said the rail link would be finished in 2012.",
         {("Fredrik Reinfeldt", "stated", None), ("Jens Stoltenberg", "stated", None)}),
        # "both men" criticise together
        ("President Bharrat Jagdeo met President Ronald Venetiaan in Paramaribo. Both men criticized the "
         "United States over its farm subsidies.",
         {("Bharrat Jagdeo", "criticized", "United States"), ("Ronald Venetiaan", "criticized", "United States")}),
        # the companies of the story
        ("Renault has agreed to buy the truck business of Volvo, the two companies said on Tuesday.",
         {("Renault", "stated", None), ("Volvo", "stated", None)}),
        # bare definite plurals: the two of the story that fit
        ("Renault agreed on Monday to buy the truck business of Volvo. The companies said the deal would "
         "close in 2008.", {("Renault", "stated", None), ("Volvo", "stated", None)}),
        ("Polish Prime Minister Donald Tusk met Czech Prime Minister Mirek Topolanek in Prague on Monday. "
         "The leaders said Europe needed a new treaty.",
         {("Donald Tusk", "stated", None), ("Mirek Topolanek", "stated", None)}),
    ],
)
def test_coref_groups_a_counted_plural_stands_for_each_member(extractor, text, expected):
    assert expected <= tuples(extract(extractor, text))


def test_coref_groups_a_leader_holds_a_leading_office(extractor):
    # a Chief Secretary is no leader: the two leaders are the president and the prime minister
    text = ("President Nicolas Sarkozy met Prime Minister Taro Aso and Chief Secretary Takeo Kawamura in "
            "Tokyo. The two leaders said ties would improve.")
    found = {t[0] for t in tuples(extract(extractor, text)) if t[1] == "stated"}
    assert found == {"Nicolas Sarkozy", "Taro Aso"}


def test_coref_groups_a_group_coordinated_with_a_member_is_a_misparse(extractor):
    # "talks with Sanader and the two prime ministers opened": the parser joins the subject of
    # "opened" to the partner; Jansa still met Sanader
    text = "Prime Minister Janez Jansa held talks with Sanader and the two prime ministers opened a border crossing."
    assert ("Janez Jansa", "met", "Sanader") in tuples(extract(extractor, text))


@pytest.mark.parametrize(
    "text",
    [
        # one prime minister named: the pair is not clear
        "Finnish Prime Minister Matti Vanhanen arrived in Tallinn on Monday. The two prime ministers "
        "announced a new ferry link on Tuesday.",
        # three presidents fit two
        "President Bharrat Jagdeo met President Ronald Venetiaan and President Oscar Arias in Paramaribo. "
        "The two presidents said the talks went well.",
        # presidents are not foreign ministers
        "Costa Rican President Oscar Arias met Panamanian President Martin Torrijos in Colon on Monday. "
        "The two foreign ministers said the talks went well.",
        # an indefinite plural brings in people of its own
        "Two ministers resigned on Friday. The ministers said they had been threatened.",
    ],
)
def test_coref_groups_unclear_members_say_nothing(extractor, text):
    ex = extract(extractor, text)
    last = text.rsplit(". ", 1)[1]
    stated = [e for e in ex.events if e.type == "stated" and e.provenance.evidence.startswith(last[:20])]
    assert stated == []
    labels = {a.key: a.label.lower() for a in ex.actors}
    acting = {labels[p.actor] for e in ex.events for p in e.participants}
    assert not acting & {"prime ministers", "presidents", "foreign ministers", "ministers"}


def test_coref_groups_firms_brought_in_later_are_not_the_first_pair(extractor):
    text = ("Renault agreed on Monday to buy the truck business of Volvo. Two firms from Lyon sued Renault "
            "in June. The firms said the deal was unfair.")
    assert ("Volvo", "stated", None) not in tuples(extract(extractor, text))


# -- plural pronouns -----------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the coordinated actors of the governing clause
        ("Senator Smith described Viktor Orban and Robert Fico as troublemakers after they accused Austria "
         "of breaking the treaty.",
         {("Viktor Orban", "criticized", "Austria"), ("Robert Fico", "criticized", "Austria")}),
        # the coordinated subject of the sentence before, past the agency that reported it
        ("Prime Minister Janez Jansa and Prime Minister Ivo Sanader landed in Budapest on Monday, the news "
         "agency said. It said they were greeted by Prime Minister Ferenc Gyurcsany at the airport.",
         {("Ferenc Gyurcsany", "met", "Janez Jansa"), ("Ferenc Gyurcsany", "met", "Ivo Sanader")}),
        # a meeting where they went
        ("Jose Socrates and Nicolas Sarkozy drove to the Elysee Palace, where they discussed the budget.",
         {("Jose Socrates", "met", "Nicolas Sarkozy")}),
        # a travelling party is welcomed in its head
        ("President Bharrat Jagdeo flew into Caracas on Sunday with his foreign minister and a group of "
         "businessmen. They were welcomed at the airport by Vice President Elias Jaua.",
         {("Elias Jaua", "met", "Bharrat Jagdeo")}),
    ],
)
def test_coref_groups_they_are_the_coordinated_actors(extractor, text, expected):
    assert expected <= tuples(extract(extractor, text))


@pytest.mark.parametrize(
    ("text", "relation", "not_expected"),
    [
        # a coordination inside the pronoun's own clause is not what it stands for
        ("Besides the Golf and the Passat, they showed a new van on Tuesday.", "stated", {"Golf", "Passat"}),
        # the people of the pronoun's own sentence come first
        ("Kenya and Uganda signed a trade deal on Monday. Protesters in Nairobi said they would march "
         "on Friday.", "stated", {"Kenya", "Uganda"}),
        # nobody known was met: those who met "them" did not meet each other
        ("They were met at the airport by Foreign Minister Carl Bildt, Defence Minister Sten Tolgfors and "
         "Mayor Lars Larsson.", "met", {"Carl Bildt", "Sten Tolgfors", "Lars Larsson"}),
    ],
)
def test_coref_groups_they_not_taken_from_elsewhere(extractor, text, relation, not_expected):
    found = {t[0] for t in tuples(extract(extractor, text)) if t[1] == relation}
    assert not found & not_expected


# -- coordinated nationalities ---------------------------------------------------------
def test_coref_groups_coordinated_nationalities_make_one_group(extractor):
    # the parser makes "Nepali" the subject and coordinates it with "officials"
    ex = extract(extractor, "But Nepali and Laotian officials say the mines were laid without warning.")
    speakers = {t[0] for t in tuples(ex) if t[1] == "stated"}
    assert speakers == {"Nepali and Laotian officials"}  # never an actor "Nepali"
    group = next(a for a in ex.actors if a.label == "Nepali and Laotian officials")
    assert set(group.affiliations) == {"Nepal", "Laos"}

"""Negative evaluation by meaning inside statements: faults, wrongful means, deceit, state wrongs."""

from __future__ import annotations

import pytest

from .test_extract_events import extract, tuples
from .test_extract_disapproval import criticisms


def _criticisms(extractor, text: str) -> set[tuple]:
    return {t for t in tuples(extract(extractor, text)) if t[1] == "criticized"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fault of character owned by its "of" phrase or its possessor
        ('Opposition leader Maria Lindqvist said the decision "shows once again the arrogance of Norway."',
         ("Maria Lindqvist", "criticized", "Norway")),
        # words that show a fault judge their owner too
        ("Opposition leader Maria Lindqvist said Prime Minister Olav Haugen's remarks reveal the hypocrisy "
         "of the Danish government.", ("Maria Lindqvist", "criticized", "Denmark")),
        ("Opposition leader Maria Lindqvist said Prime Minister Olav Haugen's remarks display a certain arrogance.",
         ("Maria Lindqvist", "criticized", "Olav Haugen")),
        # wrongful means: the subject used them, a state's troops act for the state
        ('"Russian troops have used excessive force against peaceful marchers," said Amnesty International.',
         ("Amnesty International", "criticized", "Russia")),
        ('"The Kenyan police have been dispersing the crowds with force, including disproportionate force," '
         "said Amnesty International.", ("Amnesty International", "criticized", "Kenyan Police")),
        # told to stop using wrongful means, one is using them
        ('"The Peruvian authorities must stop using disproportionate force against strikers," said Amnesty '
         "International.", ("Amnesty International", "criticized", "Peru")),
        # domination, with the subject the parser hung on the source of "according to"
        ("According to Minister Omar Nasser, Egypt and Jordan were able to dictate their views to the smaller "
         "delegations.", ("Omar Nasser", "criticized", "Egypt")),
        # deceit: the subject, or the owner of the report that is the subject
        ("The findings published in the report of the Interior Ministry distort the truth, Greenpeace said.",
         ("Greenpeace", "criticized", "Interior Ministry")),
        ("Greenpeace said the Interior Ministry fabricated the charges against its leaders.",
         ("Greenpeace", "criticized", "Interior Ministry")),
        # a state's wrong "in" a country is that country's
        ('President Anna Berg has said there is "a flagrant violation of human rights" in Belarus.',
         ("Anna Berg", "criticized", "Belarus")),
        # displeasure at someone's words
        ("Senator Paul Grant said he was deeply offended by the remarks of Prime Minister Ivan Petrov.",
         ("Paul Grant", "criticized", "Ivan Petrov")),
        # a judging noun: "X's dismissal of Y as ..."
        ('Prime Minister Ivan Petrov\'s dismissal of Sweden as "irrelevant" angered Stockholm.',
         ("Ivan Petrov", "criticized", "Sweden")),
    ],
)
def test_evaluation_negative_judgements_find_who_is_judged(extractor, text, expected):
    assert expected in _criticisms(extractor, text)


@pytest.mark.parametrize("subject", ["Egypt and Jordan", "South Africa and Nigeria"])
def test_evaluation_according_to_names_only_the_source_as_speaker(extractor, subject):
    found = tuples(extract(extractor, f"According to Minister Omar Nasser, {subject} were able to "
                                      "dictate their views to the smaller delegations."))
    assert {t[0] for t in found if t[1] == "stated"} == {"Omar Nasser"}


@pytest.mark.parametrize(
    "text",
    [
        # praise: a good quality shown
        'Opposition leader Maria Lindqvist said the decision "shows once again the wisdom of Norway."',
        # denials and negation
        "Defence Minister Olav Haugen said Norwegian troops did not use excessive force.",
        "Greenpeace denied that the report of the Interior Ministry distorts the truth.",
        'President Anna Berg said there was "no violation of human rights" in Belarus.',
        # the speaker's own side, in the first person
        '"We have used excessive force and we regret it," said Defence Minister Olav Haugen.',
        # hedged or conditional
        'Amnesty International said that if Russian troops used excessive force, it would document it.',
        # a third party's words inside the statement: the speaker reports a denial, judges nobody
        "Greenpeace said the Interior Ministry had rejected claims that the police used excessive force.",
        '"The Peruvian authorities must not stop using force against armed gangs," said Minister Ana Ruiz.',
        # force without a judgement, a violation with no state, a report that merely says
        '"Russian troops have used force to free the hostages," said Defence Minister Olav Haugen.',
        "President Anna Berg said the report of the Interior Ministry describes the floods.",
        "Prime Minister Ivan Petrov's description of Sweden as a close partner pleased Stockholm.",
        # the saying verb is not the author of the report its speaker is hurt by
        'Chile\'s Foreign Ministry said Santiago was offended by the report which it called "biased".',
    ],
)
def test_evaluation_no_judgement_where_none_is_made(extractor, text):
    assert not _criticisms(extractor, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # doing a wrong, or meaning to, said of a third party, criticises the doer
        ("Havana said on Tuesday the United States wanted to perpetrate economic terrorism against Cuba.",
         ("Cuba", "criticized", "United States")),
        ("Venezuelan Foreign Minister Nicolas Maduro said Washington sponsors terrorism in the region.",
         ("Nicolas Maduro", "criticized", "United States")),
    ],
)
def test_evaluation_wrongs_done_or_meant(extractor, text, expected):
    assert expected in criticisms(text, extractor)


@pytest.mark.parametrize(
    "text",
    [
        "Venezuelan Foreign Minister Nicolas Maduro said Washington never sponsored terrorism in the region.",
        "Venezuelan Foreign Minister Nicolas Maduro said Washington sponsors the games in the region.",
        "Havana said on Tuesday the United States did not want to perpetrate economic terrorism against Cuba.",
        "Havana said on Tuesday the United States wanted to end economic terrorism against Cuba.",
    ],
)
def test_evaluation_no_wrong_done_or_meant(extractor, text):
    assert not {t for t in criticisms(text, extractor) if t[2] == "United States"}

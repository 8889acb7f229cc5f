"""Blame inside statements: judgements said of someone or of their deed or words."""

from __future__ import annotations

import pytest

from .test_extract_events import extract, tuples


def _criticisms(extractor, text: str) -> set[tuple]:
    return {t for t in tuples(extract(extractor, text)) if t[1] == "criticized"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Government spokesman Ali Karimi said the claims by Amnesty International were merely a tactic to "
         "win attention.", ("Ali Karimi", "criticized", "Amnesty International")),
        ("Foreign Minister Lena Dahl said the Danish proposal was a cynical ploy.",
         ("Lena Dahl", "criticized", "Denmark")),
        ("Foreign Minister Lena Dahl said the Danish offer was just a cheap attempt to split the alliance.",
         ("Lena Dahl", "criticized", "Denmark")),
        ("Prime Minister Karl Berg said the report by Amnesty International was sour grapes.",
         ("Karl Berg", "criticized", "Amnesty International")),
        ("Senator Rosa Vidal claimed Governor Pedro Ruiz was an elitist who despised farmers.",
         ("Rosa Vidal", "criticized", "Pedro Ruiz")),
    ],
)
def test_blame_a_dismissive_label_judges_the_owner(extractor, text, expected):
    assert expected in _criticisms(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Lena Dahl said the Danish move was not merely a tactic.",  # denied
        "Foreign Minister Lena Dahl said the Danish proposal was only a first step.",  # no scheme belittled
        "Foreign Minister Lena Dahl said the Danish offer was a serious attempt to end the dispute.",
        "Foreign Minister Lena Dahl said the whole affair was merely a tactic.",  # no owner
        "Foreign Minister Lena Dahl said the Danish visit was just a gesture of goodwill.",  # no scheme
        "Foreign Minister Lena Dahl said her own proposal was merely a tactic.",  # her own
        "Foreign Minister Lena Dahl said the Danish proposal was not an elitist one.",  # denied
        "Foreign Minister Lena Dahl said the Danish proposal might be merely a tactic.",  # hedged
        "Foreign Minister Lena Dahl said the Danish proposal could be a mistake.",
        "Foreign Minister Lena Dahl said that if the Danish proposal was a ploy, talks would end.",  # conditional
    ],
)
def test_blame_no_dismissive_label(extractor, text):
    assert not _criticisms(extractor, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what someone should have done and did not is a reproach
        ("Bangladeshi Water Minister Abdur Razzak said India should have consulted Dhaka before building "
         "the barrage in 1996.", ("Abdur Razzak", "criticized", "India")),
        ("Opposition leader Sam Rainsy said Prime Minister Hun Sen ought to have resigned after the 1997 "
         "clashes.", ("Sam Rainsy", "criticized", "Hun Sen")),
        # harming what a good stands on harms the good
        ("Greek Foreign Minister George Papandreou said Turkey had damaged the basis of bilateral relations "
         "in 1999.", ("George Papandreou", "criticized", "Turkey")),
    ],
)
def test_blame_reproaches_and_harm_to_grounds(extractor, text, expected):
    assert expected in tuples(extract(extractor, text))


@pytest.mark.parametrize(
    "text",
    [
        # what someone should have got is a wrong done to them
        "Opposition leader Sam Rainsy said Prime Minister Hun Sen should have won the 1998 vote outright.",
        "Opposition leader Sam Rainsy said Prime Minister Hun Sen should have been invited to the 1998 summit.",
        # what will have happened is no reproach
        "Opposition leader Sam Rainsy said Prime Minister Hun Sen will have resigned by 1999.",
    ],
)
def test_blame_no_reproach_for_a_due_or_a_forecast(extractor, text):
    assert ("Sam Rainsy", "criticized", "Hun Sen") not in tuples(extract(extractor, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # posing a threat to a good
        ("Australian Foreign Minister Alexander Downer said North Korea's missile tests posed a threat to "
         "regional stability in 2006.", ("Alexander Downer", "criticized", "North Korea")),
        # a judgement in coordinated adjectives, the parser's second subject aside
        ("Sri Lanka said on Monday that Norwegian envoy Erik Solheim's claim that Colombo was arming militias "
         "was incorrect and baseless.", ("Sri Lanka", "criticized", "Erik Solheim")),
        # "heavy handed" without its hyphen
        ("Fijian Prime Minister Laisenia Qarase said New Zealand had been heavy handed in its dealings with "
         "the region in 2006.", ("Laisenia Qarase", "criticized", "New Zealand")),
    ],
)
def test_blame_threats_and_split_judgements(extractor, text, expected):
    assert expected in tuples(extract(extractor, text))


def test_blame_those_killed_did_not_threaten_the_peace(extractor):
    text = ("Nordic truce monitors said the killings of six Maoist rebels in the west posed a serious threat to "
            "the ceasefire in 2005.")
    assert not {t for t in tuples(extract(extractor, text)) if t[1] == "criticized" and "Maoist" in t[2]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Myanmar should release the jailed journalists, Reporters Without Borders said in 2008.",
         ("Reporters Without Borders", "criticized", "Myanmar")),
        ("Turkey must stop the shelling of border villages, Syrian Foreign Minister Walid Muallem said in 2012.",
         ("Walid Muallem", "criticized", "Turkey")),
    ],
)
def test_blame_told_it_must_undo_its_deed(extractor, text, expected):
    assert expected in tuples(extract(extractor, text))


@pytest.mark.parametrize(
    "text",
    [
        "Syrian Foreign Minister Walid Muallem said in 2012 that Turkey must not stop the talks.",
        "Syrian Foreign Minister Walid Muallem said in 2012 that Syria must end its dependence on imported wheat.",
        "Syrian Foreign Minister Walid Muallem said in 2012 that Turkey should have the right to stop the talks.",
    ],
)
def test_blame_no_undoing_told_where_none_is_due(extractor, text):
    assert not {t for t in tuples(extract(extractor, text)) if t[1] == "criticized"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the spokesman who says his state condemns someone voices the criticism too
        ("Egypt strongly condemns the bombing of the market by Israel, Egyptian Foreign Ministry spokesman "
         "Ahmed Abu Zeid said on Sunday.", {("Ahmed Abu Zeid", "criticized", "Israel"), ("Egypt", "criticized", "Israel")}),
    ],
)
def test_blame_voiced_by_a_spokesman(extractor, text, expected):
    assert expected <= _criticisms(extractor, text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a spokesman of another state relays the criticism, he does not voice it
        ("Egypt strongly condemns the bombing of the market by Israel, Jordanian Foreign Ministry spokesman "
         "Sufian Qudah said on Sunday.", ("Sufian Qudah", "criticized", "Israel")),
        ('"We will attend the summit. President Lukashenko is a pragmatist," Lithuanian Foreign Minister '
         "Gabrielius Landsbergis told reporters.", ("Gabrielius Landsbergis", "criticized", "Lukashenko")),
    ],
)
def test_blame_not_voiced_by_another(extractor, text, absent):
    assert absent not in _criticisms(extractor, text)


def test_blame_trampling_on_rights(extractor):
    text = '"The Cambodian government is {} the rights of opposition parties," opposition leader Sam Rainsy said.'
    assert ("Sam Rainsy", "criticized", "Cambodia") in _criticisms(extractor, text.format("trampling on"))
    assert not _criticisms(extractor, text.format("building on"))


def test_blame_spokesman_voices_the_criticism_his_quote_gives_his_state(extractor):
    # the quote runs over two sentences: the speaker is named only after the second
    found = tuples(extract(extractor, 'South Korea summoned a Japanese diplomat on Monday. "Seoul strongly condemns '
                                      'the Japanese claim to the islets. We will respond firmly," Foreign Ministry '
                                      'spokesman Cho Tai-young said.', published="2013-02-25"))
    assert ("Cho Tai-young", "criticized", "Japan") in found


def test_blame_a_foreigner_quoting_a_state_does_not_voice_it(extractor):
    found = tuples(extract(extractor, '"Seoul strongly condemns the Japanese claim," said American professor '
                                      'Bruce Cumings on Monday.', published="2013-02-25"))
    assert not {t for t in found if t[1] == "criticized" and t[0] == "Bruce Cumings"}


@pytest.mark.parametrize(
    ("text", "not_blamed"),
    [
        # the one blamed is the doer of what is judged, not the one talked with or met
        ('Belarusian President Alexander Lukashenko said that he had an "open conversation" with Slovak '
         'Foreign Minister Ivan Korcok on what he said is the tense situation on the border and "the '
         'consequences of the irresponsible behavior" of the Warsaw authorities.', "Ivan Korcok"),
        ('Senator Bob Menendez said meeting with Lukashenko shows "that the Belarusian government\'s '
         'treatment of the protesters is unacceptable."', "Lukashenko"),
    ],
)
def test_blame_falls_on_the_doer_not_on_the_one_met(extractor, text, not_blamed):
    found = {o for a, r, o in tuples(extract(extractor, text)) if r == "criticized"}
    assert not_blamed not in found


STORY_OF_A_REBUKE = (
    "Norway rebukes Iceland over whaling quota\n\n"
    "Norway on Tuesday criticised Iceland for raising its whaling quota. {later}"
)


@pytest.mark.parametrize(
    "later",
    [
        '"The decision taken in Reykjavik about the quota of Iceland puts the whole agreement at stake,"'
        " Norwegian foreign ministry spokesman Lars Holm said.",
        "Norwegian foreign ministry spokesman Lars Holm said the talks with Iceland had been going nowhere for months.",
    ],
)
def test_blame_a_spokesman_of_the_critical_state_speaking_of_the_target_later_voices_it(extractor, later):
    found = tuples(extract(extractor, STORY_OF_A_REBUKE.format(later=later), published="2017-06-13"))
    assert ("Norway", "criticized", "Iceland") in found
    assert ("Lars Holm", "criticized", "Iceland") in found


@pytest.mark.parametrize(
    "later",
    [
        # speaks of someone else
        "Norwegian foreign ministry spokesman Lars Holm said talks with Denmark went well.",
        # a spokeswoman of an international body, not of the state
        "IWC spokeswoman Maria Lund said Iceland had sent its figures to the commission.",
        # a spokesman of the criticised state
        "Icelandic foreign ministry spokesman Jon Olafsson said Iceland would keep its quota.",
        # hedged: he may speak later
        "Norwegian foreign ministry spokesman Lars Holm may say more about Iceland on Friday.",
    ],
)
def test_blame_a_spokesman_is_not_made_a_critic_without_naming_the_target_for_his_state(extractor, later):
    found = tuples(extract(extractor, STORY_OF_A_REBUKE.format(later=later), published="2017-06-13"))
    assert ("Norway", "criticized", "Iceland") in found
    critics_of_iceland = {s for s, r, o in found if r == "criticized" and o == "Iceland"}
    assert critics_of_iceland == {"Norway"}

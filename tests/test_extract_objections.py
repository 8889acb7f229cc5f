"""Objections: opposing or objecting to someone's deed, norms broken, envoys recalled over words."""

from __future__ import annotations

import pytest

from .test_extract_disapproval import criticisms


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan firmly opposes the Russian deployment of missiles on the islands.", ("Japan", "criticized", "Russia")),
        ('"We are against the Indian decision to build the dam," said Bangladeshi Prime Minister Khaleda Zia.',
         ("Khaleda Zia", "criticized", "India")),
        ("Oxfam objected to the decision by Nestle to sue Ethiopia.", ("Oxfam", "criticized", "Nestle")),
    ],
)
def test_objections_opposing_someones_deed(extractor, text, expected):
    assert expected in criticisms(text, extractor)


@pytest.mark.parametrize(
    "text",
    [
        "Japan opposes the war in Afghanistan.",  # nobody's deed
        "Japan does not oppose the Russian deployment of missiles on the islands.",  # negated
        '"We are against the war," said Bangladeshi Prime Minister Khaleda Zia.',
        "Japan opposes Russian membership of the club.",  # membership is no deed judged
    ],
)
def test_objections_no_opposition_to_a_deed_of_someone(extractor, text):
    assert not criticisms(text, extractor)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"The decision by the Thai government goes against international law," Cambodian Foreign Minister '
         "Hor Namhong said.", ("Hor Namhong", "criticized", "Thailand")),
        ("Georgia said the Russian overflight violated its airspace and international law.",
         ("Georgia", "criticized", "Russia")),
        ("Slovenian Foreign Minister Dimitrij Rupel spoke in Zagreb. \"Such statements by Croatia do not comply "
         'with the principles of good neighbourly relations," the Slovenian Foreign Ministry said.',
         ("Slovenian Foreign Ministry", "criticized", "Croatia")),
    ],
)
def test_objections_a_deed_or_word_that_breaks_a_norm(extractor, text, expected):
    assert expected in criticisms(text, extractor)


def test_objections_keeping_a_norm_is_no_criticism(extractor):
    text = '"The decision by the Thai government complies with international law," Foreign Minister Hor Namhong said.'
    assert not criticisms(text, extractor)


def test_objections_own_envoy_summoned_home_over_a_ministers_words(extractor):
    text = ("Qatar has summoned its ambassador to Egypt for consultations following statements made by "
            "Egyptian Foreign Minister Sameh Shoukry.")
    found = criticisms(text, extractor)
    assert ("Qatar", "criticized", "Egypt") in found


def test_objections_own_envoy_summoned_home_for_consultations_only(extractor):
    assert not criticisms("Qatar has summoned its ambassador to Egypt for consultations.", extractor)


def test_objections_described_as_breaking_a_norm(extractor):
    text = ("Vice Foreign Minister Liu Jianchao described the Japanese survey announced on Monday as going "
            "against international law.")
    assert ("Liu Jianchao", "criticized", "Japan") in criticisms(text, extractor)


def test_objections_described_as_keeping_a_norm_is_no_criticism(extractor):
    text = "Vice Foreign Minister Liu Jianchao described the Japanese survey as being in line with international law."
    assert not criticisms(text, extractor)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Armenian President Serzh Sargsyan held Azerbaijan responsible for the shelling.",
         ("Serzh Sargsyan", "criticized", "Azerbaijan")),
        ("Armenian President Serzh Sargsyan charged that Azerbaijan had shelled the villages.",
         ("Serzh Sargsyan", "criticized", "Azerbaijan")),
        ("Armenian President Serzh Sargsyan alleged that Azerbaijani troops had crossed the border.",
         ("Serzh Sargsyan", "criticized", "Azerbaijan")),
        ("Armenian President Serzh Sargsyan came down hard on Azerbaijan.", ("Serzh Sargsyan", "criticized", "Azerbaijan")),
    ],
)
def test_objections_blame_laid_and_charges_made(extractor, text, expected):
    assert expected in criticisms(text, extractor)


@pytest.mark.parametrize(
    "text",
    [
        "Armenian President Serzh Sargsyan held talks with Azerbaijan.",
        "Armenian President Serzh Sargsyan did not hold Azerbaijan responsible for the shelling.",
        "Armenian President Serzh Sargsyan alleged that Azerbaijani troops had not crossed the border.",
        "Armenian President Serzh Sargsyan came down on the side of Azerbaijan.",
    ],
)
def test_objections_no_blame_laid(extractor, text):
    assert not criticisms(text, extractor)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Moldovan Foreign Ministry has sent a protest note to Moscow after Russian Defence Minister "
         "Sergei Shoigu visited Transnistria.", ("Moldovan Foreign Ministry", "criticized", "Sergei Shoigu")),
        ("Slovenia sent a protest note to Croatia regarding the arrest of its fishermen.", ("Slovenia", "criticized", "Croatia")),
        ("Archbishop Desmond Tutu urged the expulsion of Zimbabwe from the Commonwealth.",
         ("Desmond Tutu", "criticized", "Zimbabwe")),
        ("The Rwandan government has demanded that Amnesty International withdraw its report.",
         ("Rwanda", "criticized", "Amnesty International")),
        ('"Amnesty International has abandoned its impartiality," Rwandan Justice Minister Johnston Busingye said.',
         ("Johnston Busingye", "criticized", "Amnesty International")),
        ("Barrick Gold has rejected the outcome of an audit by the Zambian government.",
         ("Barrick Gold", "criticized", "Zambia")),
        ("Opposition leader Kem Sokha has committed treason by plotting with foreigners, Prime Minister Hun Manet said.",
         ("Hun Manet", "criticized", "Kem Sokha")),
        ("Indonesia complained to Canberra after Australian Prime Minister Tony Abbott made similar remarks.",
         ("Indonesia", "criticized", "Tony Abbott")),
        ("The Norwegian Fishermen's Association called on Sea Shepherd to keep clear of the fleet.",
         ("Norwegian Fishermen's Association", "criticized", "Sea Shepherd")),
        ('"Captain Paul Watson has been at sea for weeks and is a danger to sailors," association chief Olav '
         "Rasmussen said.", ("Olav Rasmussen", "criticized", "Paul Watson")),
    ],
)
def test_objections_notes_demands_lost_standing_and_grievances(extractor, text, expected):
    found = criticisms(text, extractor)
    assert any(t[0].endswith(expected[0]) and t[2] == expected[2] for t in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The Rwandan government has demanded that Uganda withdraw its troops.",  # troops, not words
        '"Amnesty International has kept its impartiality," Rwandan Justice Minister Johnston Busingye said.',
        "Indonesia complained to Canberra after the storm damaged the embassy.",  # nobody's deed
        "The Moldovan Foreign Ministry sent a note to Moscow after the talks.",  # no protest
    ],
)
def test_objections_no_note_demand_or_grievance_against_anyone(extractor, text):
    assert not criticisms(text, extractor)


def test_objections_a_wrong_done_by_the_subject_of_a_joined_predicate(extractor):
    text = ('"Monsanto is one of the richest firms in the world and is using its money to stifle open debate," '
            "said campaigner Vandana Shiva.")
    assert ("Vandana Shiva", "criticized", "Monsanto") in criticisms(text, extractor)


@pytest.mark.parametrize(
    "text",
    [
        "In a statement on Sunday, the Labour Party disassociated itself from Senator Tom Grady's comments.",
        "On Sunday Prime Minister Enda Kenny distanced himself from the remarks by Senator Tom Grady.",
    ],
)
def test_objections_disowning_someones_words(extractor, text):
    assert any(t[2] == "Tom Grady" for t in criticisms(text, extractor))


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Enda Kenny distanced himself from the talks on Sunday.",
        "Prime Minister Enda Kenny did not distance himself from the remarks by Senator Tom Grady.",
    ],
)
def test_objections_no_disowning(extractor, text):
    assert not criticisms(text, extractor)


def test_objections_an_act_in_retaliation_for_someones_deed(extractor):
    text = "Latvia expelled two Belarusian diplomats in retaliation for Belarus's expulsion of its envoys."
    assert ("Latvia", "criticized", "Belarus") in criticisms(text, extractor)


def test_objections_retaliation_with_no_deed_named(extractor):
    assert not criticisms("Latvia expelled two Belarusian diplomats in retaliation.", extractor)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Latvia accused Estonia of smuggling weapons, a charge that Estonia has repeatedly denied.",
         ("Estonia", "criticized", "Latvia")),
        ("Greenpeace accuses Shell of dumping waste at sea, a charge Shell dismisses.",
         ("Shell", "criticized", "Greenpeace")),
        ("Chad offered to host the talks in N'Djamena, a proposal that Niger and Mali have rejected.",
         ("Niger", "criticized", "Chad")),
    ],
)
def test_objections_a_clause_summed_up_and_rejected(extractor, text, expected):
    assert expected in criticisms(text, extractor)


@pytest.mark.parametrize(
    "text",
    [
        "Latvia accused Estonia of smuggling weapons, a charge Estonia may deny.",  # not yet rejected
        "Latvia accused Estonia of smuggling weapons, a charge that Estonia has not denied.",  # negated
        "Chad offered to host the talks, a proposal that Niger welcomed.",  # accepted
        "Latvia accused Estonia of smuggling weapons, a claim Estonia denied in a letter to Finland.",  # own object
    ],
)
def test_objections_a_summed_up_clause_not_rejected(extractor, text):
    assert ("Estonia", "criticized", "Latvia") not in criticisms(text, extractor)
    assert ("Niger", "criticized", "Chad") not in criticisms(text, extractor)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an objection taken, reiterated or conveyed, to someone's deed
        ("Afghan President Ashraf Ghani reiterated his government's objection to Iranian plans to close the border.",
         ("Ashraf Ghani", "criticized", "Iran")),
        ("Greece took strong objection to the Turkish plan to drill off Cyprus.", ("Greece", "criticized", "Turkey")),
        ("Foreign Minister Retno Marsudi conveyed her strong protest over Prime Minister Scott Morrison's remarks.",
         ("Retno Marsudi", "criticized", "Scott Morrison")),
    ],
)
def test_objections_taken_reiterated_or_conveyed(extractor, text, expected):
    assert expected in criticisms(text, extractor)


@pytest.mark.parametrize(
    "text",
    [
        "Afghan President Ashraf Ghani took Iranian plans to the cabinet.",  # no objection
        "Greece took note of the Turkish plan to drill off Cyprus.",
        "Afghan President Ashraf Ghani reiterated his support for Iranian plans to open the border.",
    ],
)
def test_objections_no_objection_taken(extractor, text):
    assert not criticisms(text, extractor)

"""Disapproval beyond the verbs of criticism: demands to atone, protests, traded blame, owned wrongs."""

from __future__ import annotations

import pytest

from kg.model import Document

from .test_extract_events import extract, tuples


def criticisms(text: str, extractor, *, asserted_only: bool = True) -> set[tuple]:
    return {t for t in tuples(extract(extractor, text), asserted_only=asserted_only) if t[1] == "criticized"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Opposition leader Benazir Bhutto urged Prime Minister Nawaz Sharif to step down.",
         ("Benazir Bhutto", "criticized", "Nawaz Sharif")),
        ("Union leader Dragan Lukic called on Transport Minister Ivo Sanader to resign over the crash.",
         ("Dragan Lukic", "criticized", "Ivo Sanader")),
        ("Senator Lucia Ferrer demanded that Interior Minister Pablo Roca apologize for his remarks.",
         ("Lucia Ferrer", "criticized", "Pablo Roca")),
        ("Pakistan's chief justice, Iftikhar Chaudhry, called on the governor of Punjab, Salman Taseer, "
         "to stand down.", ("Iftikhar Chaudhry", "criticized", "Salman Taseer")),
    ],
)
def test_disapproval_told_to_resign_or_apologise(extractor, text, expected):
    assert expected in criticisms(text, extractor)


@pytest.mark.parametrize(
    "text",
    [
        "Opposition leader Benazir Bhutto urged Prime Minister Nawaz Sharif not to resign.",  # negated
        "Benazir Bhutto called on her supporters to stand down from the barricades at dawn.",  # no office
        "Benazir Bhutto said she would resign if the court ruled against her.",  # one's own, hedged
    ],
)
def test_disapproval_no_demand_to_atone(extractor, text):
    assert not criticisms(text, extractor)


def test_disapproval_a_demand_to_resign_that_is_only_expected_is_not_asserted(extractor):
    text = "Benazir Bhutto is expected to call on Prime Minister Nawaz Sharif to resign."
    assert not criticisms(text, extractor)
    assert ("Benazir Bhutto", "criticized", "Nawaz Sharif") in criticisms(text, extractor, asserted_only=False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Opposition leader Marta Oleas demanded that Prime Minister Ramon Vidal explain the \"lies and "
         "manipulations\" behind the arms deal.", ("Marta Oleas", "criticized", "Ramon Vidal")),
        ("Senator Karl Brandt called on Defence Minister Otto Rehm to account for the missing funds.",
         ("Karl Brandt", "criticized", "Otto Rehm")),
        ("Senator Karl Brandt urged Defence Minister Otto Rehm to explain why the troops fired on the crowd.",
         ("Karl Brandt", "criticized", "Otto Rehm")),
        ("Senator Karl Brandt told Defence Minister Otto Rehm to justify the raid.",
         ("Karl Brandt", "criticized", "Otto Rehm")),
    ],
)
def test_disapproval_told_to_answer_for_a_fault(extractor, text, expected):
    assert expected in criticisms(text, extractor)


@pytest.mark.parametrize(
    "text",
    [
        # explaining what is no fault, answering questions: a request, not a charge
        "Senator Karl Brandt called on Defence Minister Otto Rehm to explain the new pension rules to farmers.",
        "Senator Karl Brandt asked Defence Minister Otto Rehm to answer questions about the budget.",
        # a third party's explaining is no demand
        "Senator Karl Brandt said Defence Minister Otto Rehm would explain the falsities in the report.",
        "Senator Karl Brandt did not urge Defence Minister Otto Rehm to account for the missing funds.",
    ],
)
def test_disapproval_no_demand_to_answer_for_a_fault(extractor, text):
    assert not criticisms(text, extractor)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A formal complaint was filed with Malawi by Tanzania over the seizure of the boats.",
         ("Tanzania", "criticized", "Malawi")),
        ("A strong protest was lodged with Nepal by India about the border incursion.",
         ("India", "criticized", "Nepal")),
    ],
)
def test_disapproval_a_passive_protest_is_made_by_its_agent(extractor, text, expected):
    assert expected in criticisms(text, extractor)


def test_disapproval_a_passive_protest_without_agent_names_no_critic(extractor):
    assert not criticisms("A protest was lodged with Nepal after the match.", extractor)


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("Trinidad and Venezuela traded accusations of piracy in their dispute over fishing rights.",
         {("Trinidad", "Venezuela"), ("Venezuela", "Trinidad")}),
        ("Serbia exchanged insults with Croatia on Monday over the refugees.",
         {("Serbia", "Croatia"), ("Croatia", "Serbia")}),
    ],
)
def test_disapproval_traded_blame_goes_both_ways(extractor, text, pairs):
    assert pairs <= {(a, o) for a, _, o in criticisms(text, extractor)}


@pytest.mark.parametrize(
    "text",
    [
        "Armenia and Azerbaijan exchanged prisoners on Friday.",  # no blame traded
        "Armenia and Azerbaijan may trade accusations at the summit.",  # a hedge
    ],
)
def test_disapproval_no_traded_blame(extractor, text):
    assert not criticisms(text, extractor)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wrong owned by someone, in the speaker's own words
        ('"Ukraine will not give in to Moscow\'s blackmail," President Viktor Yushchenko said.',
         ("Viktor Yushchenko", "criticized", "Russia")),
        ('"We will defend our villages against Ethiopian aggression," Eritrean President Isaias Afwerki said.',
         ("Isaias Afwerki", "criticized", "Ethiopia")),
        # what someone names a wrong: "what it described as X aggression"
        ("Kuwait called for an urgent meeting to discuss what it described as Iraqi aggression.",
         ("Kuwait", "criticized", "Iraq")),
        # a judgement with "become": "X has become an obstacle"
        ('"The Nigerian police have become an obstacle to justice," said Amnesty researcher Femi Adeyemi.',
         ("Femi Adeyemi", "criticized", "Nigerian Police")),
    ],
)
def test_disapproval_owned_wrongs_and_judgements_in_statements(extractor, text, expected):
    assert expected in criticisms(text, extractor)


@pytest.mark.parametrize(
    "text",
    [
        '"There was no Iranian interference in the vote," Foreign Minister Manouchehr Mottaki said.',  # denied
        "Prime Minister Jean Chretien said the fight against terrorism would go on.",  # no owner
        # a relaying agency judges nothing: only the speaker it quotes does
        '"Ukraine will not give in to Moscow\'s blackmail," Yushchenko said, according to the agency UNIAN.',
    ],
)
def test_disapproval_no_owned_wrong(extractor, text):
    found = criticisms(text, extractor)
    assert not {t for t in found if t[0] != "Yushchenko"}


def test_disapproval_a_statement_judging_several_deeds_criticises_each_owner(extractor):
    text = ('"The decision taken by the Senate and the Canadian government is deplorable," '
            "Mexican President Felipe Calderon said.")
    found = criticisms(text, extractor)
    assert {("Felipe Calderon", "criticized", "Senate"), ("Felipe Calderon", "criticized", "Canada")} <= found


def test_disapproval_a_running_quote_names_a_second_wrongdoer(extractor):
    text = ('"The ruling by the Supreme Court is a disgrace," opposition leader Ayman Nour said. '
            '"I am sure that Cairo is committing a grave error."')
    found = criticisms(text, extractor)
    assert ("Ayman Nour", "criticized", "Supreme Court") in found
    assert ("Ayman Nour", "criticized", "Egypt") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the report" judged later is the report of whoever put it out before
        ("Amnesty International on Thursday accused the Peruvian army of covering up killings. "
         'The Peruvian government dismissed the report as "ridiculous".', ("Peru", "criticized", "Amnesty International")),
        ("Tullow Oil said on Monday it had found oil off the islands. "
         'Argentine President Cristina Fernandez called the announcement "provocative".',
         ("Cristina Fernandez", "criticized", "Tullow Oil")),
    ],
)
def test_disapproval_words_judged_later_belong_to_who_put_them_out(extractor, text, expected):
    assert expected in criticisms(text, extractor)


def test_disapproval_words_praised_later_are_no_criticism(extractor):
    text = ("Tullow Oil said on Monday it had found oil off the islands. "
            'Argentine President Cristina Fernandez called the announcement "welcome news".')
    assert not criticisms(text, extractor)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Arab League called for an end to Indian raids in Kashmir.", ("Arab League", "criticized", "India")),
        ("Kenyan President Mwai Kibaki urged a halt to the Ugandan incursions.", ("Mwai Kibaki", "criticized", "Uganda")),
        # a nationality adjective names the doer of a blockade
        ("Algeria called for an end to the Moroccan blockade of the port.", ("Algeria", "criticized", "Morocco")),
    ],
)
def test_disapproval_calling_for_an_end_to_someones_deed(extractor, text, expected):
    assert expected in criticisms(text, extractor)


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan President Mwai Kibaki called for an end to the violence.",  # nobody's deed
        "Kenyan President Mwai Kibaki did not call for an end to Ugandan incursions.",  # negated
        # what someone suffers blames no one of theirs
        "Kenyan President Mwai Kibaki called for an end to Somalia's isolation.",
        "Kenyan President Mwai Kibaki called for an end to Nelson Mandela's imprisonment.",
        "Chile: Lagos Seeking End To Peru's Isolation\n\nLIMA - Chilean President Ricardo Lagos arrived on Monday.",
    ],
)
def test_disapproval_no_end_called_for_to_a_deed_of_someone(extractor, text):
    assert not criticisms(text, extractor)


def test_disapproval_a_reporter_says_it_was_disappointed(extractor):
    text = "The African Union said it was deeply disappointed by Togo's decision to close the border."
    assert ("African Union", "criticized", "Togo") in criticisms(text, extractor)


def test_disapproval_a_reporter_says_someone_else_was_disappointed(extractor):
    text = "The African Union said Ghana was deeply disappointed by Togo's decision to close the border."
    assert ("African Union", "criticized", "Togo") not in criticisms(text, extractor)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # rejecting someone's report or findings
        ("Zimbabwe has rejected a report by Human Rights Watch on the farm seizures.",
         ("Zimbabwe", "criticized", "Human Rights Watch")),
        # words put out in a document attack: "advertisements from X accusing Y"
        ("New advertisements from Ryanair accusing Aer Lingus of overcharging appeared on Monday.",
         ("Ryanair", "criticized", "Aer Lingus")),
        # scathing or cynical about someone
        ("Kenyan opposition leader Raila Odinga was scathing about Tanzanian motives.",
         ("Raila Odinga", "criticized", "Tanzania")),
        # likened to a villain
        ("Bolivian President Evo Morales likened Peruvian President Alan Garcia to Hitler.",
         ("Evo Morales", "criticized", "Alan Garcia")),
        ("Silvio Berlusconi compared Martin Schulz to a Nazi guard.", ("Silvio Berlusconi", "criticized", "Martin Schulz")),
    ],
)
def test_disapproval_rejected_reports_attacking_documents_scorn_and_likening(extractor, text, expected):
    assert expected in criticisms(text, extractor)


@pytest.mark.parametrize(
    "text",
    [
        "Hugo Chavez compared Venezuela's economy to that of Norway.",  # no villain
        "Historian Orlando Figes compared Vladimir Putin to Peter the Great.",
        "Kenyan opposition leader Raila Odinga was not scathing about Tanzanian motives.",
        "Zimbabwe welcomed a report by Human Rights Watch on the farm seizures.",
    ],
)
def test_disapproval_no_likening_scorn_or_rejection(extractor, text):
    assert not criticisms(text, extractor)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('President Robert Mugabe was in Harare. Opposition leader Morgan Tsvangirai led chants of '
         '"Down with Mugabe" at the rally.', ("Morgan Tsvangirai", "criticized", "Robert Mugabe")),
        ('President Pervez Musharraf was in Lahore. Opposition leader Javed Hashmi shouted "Down with Musharraf!" '
         "outside the court.", ("Javed Hashmi", "criticized", "Pervez Musharraf")),
    ],
)
def test_disapproval_chanting_down_with_someone(extractor, text, expected):
    assert expected in criticisms(text, extractor)


@pytest.mark.parametrize(
    "text",
    [
        'Opposition leader Javed Hashmi shouted "Down with inflation!" outside the court.',  # no one
        'President Pervez Musharraf was in Lahore. Javed Hashmi wrote "Down with Musharraf" in his memoir.',  # not chanted
    ],
)
def test_disapproval_no_chant_against_anyone(extractor, text):
    assert not criticisms(text, extractor)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Amnesty International accused Peruvian President Alberto Fujimori's government of torture.",
         ("Amnesty International", "criticized", "Peru")),
        ("Zambian President Levy Mwanawasa spoke on Monday. Human Rights Watch accused the Mwanawasa government "
         "of stifling the press.", ("Human Rights Watch", "criticized", "Zambia")),
        ('Zambian President Levy Mwanawasa spoke on Monday. "The government of President Mwanawasa has become '
         'an obstacle to justice," said Amnesty researcher Femi Adeyemi.', ("Femi Adeyemi", "criticized", "Zambia")),
    ],
)
def test_disapproval_a_leaders_government_is_the_state(extractor, text, expected):
    assert expected in criticisms(text, extractor)


def test_disapproval_a_leader_with_no_known_country_stays_the_leader(extractor):
    text = "Amnesty International accused the government of President Alberto Fujimori of torture."
    assert ("Amnesty International", "criticized", "Alberto Fujimori") in criticisms(text, extractor)


def test_disapproval_a_leader_criticised_in_person_stays_the_leader(extractor):
    text = "Amnesty International accused Peruvian President Alberto Fujimori of torture."
    assert ("Amnesty International", "criticized", "Alberto Fujimori") in criticisms(text, extractor)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Venezuelan President Nicolas Maduro has called Colombian President Ivan Duque a "donkey."',
         ("Nicolas Maduro", "criticized", "Ivan Duque")),
        ('"The police suppressed the rally brutally," opposition leader Nelson Chamisa said.',
         ("Nelson Chamisa", "criticized", "police")),
        ("Iran's Foreign Ministry handed Britain a protest note on Wednesday.",
         ("Iranian Foreign Ministry", "criticized", "United Kingdom")),
    ],
)
def test_disapproval_insults_repression_and_protest_notes(extractor, text, expected):
    found = criticisms(text, extractor)
    assert any(t[0] == expected[0] and t[2].lower().endswith(expected[2].lower()) for t in found), found


@pytest.mark.parametrize(
    "text",
    [
        '"We will never suppress peaceful dissent," President Emmerson Mnangagwa said.',  # a promise, negated
        "Iran's Foreign Ministry handed Britain a note on visas on Wednesday.",  # no protest
    ],
)
def test_disapproval_no_insult_repression_or_protest_note(extractor, text):
    assert not criticisms(text, extractor)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japanese Prime Minister Junichiro Koizumi drew Beijing's fury by visiting the shrine.",
         ("China", "criticized", "Junichiro Koizumi")),
        ('"It is an outrage that Chancellor Gordon Brown proposes to tax air travel," said Ryanair chief '
         "Michael O'Leary.", ("Michael O'Leary", "criticized", "Gordon Brown")),
        ('"The Thai government cannot be trusted to manage the economy," opposition leader Chuan Leekpai said.',
         ("Chuan Leekpai", "criticized", "Thailand")),
        ("The Sudanese Foreign Ministry has issued a scathing attack on the report of a United Nations inquiry.",
         ("Sudanese Foreign Ministry", "criticized", "United Nations")),
    ],
)
def test_disapproval_wrath_drawn_outrage_distrust_and_issued_attacks(extractor, text, expected):
    assert expected in criticisms(text, extractor)


@pytest.mark.parametrize(
    "text",
    [
        '"It is a pity that Chancellor Gordon Brown could not come," said Ryanair chief Michael O\'Leary.',
        '"The Thai government can be trusted to manage the economy," opposition leader Chuan Leekpai said.',
        "The Ecuadorian border villages were outraged by the floods, President Rafael Correa said.",
    ],
)
def test_disapproval_no_wrath_outrage_or_distrust(extractor, text):
    assert not criticisms(text, extractor)


def test_disapproval_reminiscent_of_a_villain(extractor):
    text = "Ukrainian President Viktor Yushchenko described Moscow's gas cut as reminiscent of Stalin's blockades."
    assert ("Viktor Yushchenko", "criticized", "Russia") in criticisms(text, extractor)


def test_disapproval_reminiscent_of_a_hero_is_no_criticism(extractor):
    text = "Ukrainian President Viktor Yushchenko described Poland's reform as reminiscent of a golden age."
    assert not criticisms(text, extractor)


def test_disapproval_the_decision_named_before_outranks_the_headline(extractor):
    title = "Shell accuses Nigeria of an illegal act"
    text = (f"{title}\n\nShell vowed on Tuesday to fight Nigeria's decision to seize its oil blocks. "
            "Shell's shares fell. European Commission president Romano Prodi said he was seriously "
            "disappointed by the decision.")
    ex = extractor.extract_one(Document(id="t", text=text, title=title, published="2012-04-17"))
    found = {t for t in tuples(ex) if t[1] == "criticized"}
    assert ("Romano Prodi", "criticized", "Nigeria") in found
    assert ("Romano Prodi", "criticized", "Shell") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Three fishermen were killed when Indian commandos stormed a Sri Lankan trawler. Sri Lankan President "
        "Mahinda Rajapaksa said the incident was a violation of international law.",
        "Three fishermen were killed when Indian commandos stormed a Sri Lankan trawler. "
        '"This action is state piracy," Sri Lankan President Mahinda Rajapaksa told reporters.',
    ],
)
def test_disapproval_the_incident_is_the_last_deed_told(extractor, text):
    assert ("Mahinda Rajapaksa", "criticized", "India") in criticisms(text, extractor)


def test_disapproval_an_incident_with_no_doer_blames_nobody(extractor):
    text = ("Three fishermen drowned off the coast on Monday. Sri Lankan President Mahinda Rajapaksa said the "
            "incident was a tragedy and a violation of safety rules.")
    assert not criticisms(text, extractor)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya condemned the move, portraying Tanzania as opportunistic.", ("Kenya", "criticized", "Tanzania")),
        ("Kenyan Foreign Minister Amina Mohamed said Kenya deeply resents the remarks by Tanzania.",
         ("Amina Mohamed", "criticized", "Tanzania")),
    ],
)
def test_disapproval_portrayed_as_wrong_and_resented(extractor, text, expected):
    found = criticisms(text, extractor)
    assert any(t[0] in ("Kenya", expected[0]) and t[2] == expected[2] for t in found), found


def test_disapproval_portrayed_as_good_is_no_criticism(extractor):
    assert not criticisms("Kenya welcomed the move, portraying Tanzania as a reliable partner.", extractor)


def test_disapproval_a_fronted_judgement(extractor):
    text = '"Pathetic are the repeated attempts of the Dutch Foreign Ministry to lecture us," the Surinamese government said.'
    found = criticisms(text, extractor)
    assert any(t[2] == "Dutch Foreign Ministry" for t in found), found


def test_disapproval_a_fronted_praise_is_no_criticism(extractor):
    text = '"Welcome are the repeated attempts of the Dutch Foreign Ministry to help us," the Surinamese government said.'
    assert not criticisms(text, extractor)


@pytest.mark.parametrize(
    "text",
    [
        "Chilean President Ricardo Lagos told Bolivian President Carlos Mesa at their meeting that the "
        "border dispute must end.",
        "Chilean President Ricardo Lagos told Bolivian President Carlos Mesa that the talks should stop "
        "for the summer.",
    ],
)
def test_disapproval_a_thing_told_to_end_blames_no_addressee(extractor, text):
    assert not criticisms(text, extractor)


def test_disapproval_an_addressee_told_their_deed_must_end(extractor):
    text = "Chilean President Ricardo Lagos told Bolivian President Carlos Mesa to stop the blockade."
    assert ("Ricardo Lagos", "criticized", "Carlos Mesa") in criticisms(text, extractor)

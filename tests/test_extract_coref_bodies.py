"""Descriptions that stand for an organisation named before (kg.extract.coref_bodies)."""

from __future__ import annotations

import pytest

from .test_extract_coref_titles import label_at


# -- "the ministry", "the company": the body of that kind named before -------------------
@pytest.mark.parametrize(
    ("text", "word", "label"),
    [
        # a UN body named in between is no ministry
        ("The Bolivian Foreign Ministry rejected the report. It came from a United Nations "
         "panel. The ministry said the panel had been misled.", "ministry", "Bolivian Foreign Ministry"),
        # a ministry named in between is no company
        ("Siemens denied the charges. The Ministry of Energy had cancelled its licence. The "
         "company said it would appeal.", "company", "Siemens"),
        # further back than the window, but the only embassy of the story
        ("The note was handed to the Canadian embassy in Lima. Police arrested two men. They were "
         "released on Friday. Officials declined to comment. The embassy confirmed the arrests.",
         "embassy", "Canadian Embassy"),
    ],
)
def test_coref_bodies_org_description_is_the_named_body_of_its_kind(pipe, text, word, label):
    assert label_at(pipe, text, word, nth=-1) == label


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # no ministry named at all: not the nearest organisation
        ("Amnesty International published the report. The ministry said it was false.", "ministry"),
        # a company description never takes a ministry
        ("The Ministry of Energy cancelled the licence. The company said it would appeal.", "company"),
        # two embassies named long before: no guess
        ("The note went to the Canadian embassy. Police acted. They were quick. Officials were "
         "silent. A second note went to the French embassy. Police acted. They were slow. Officials "
         "were silent. The embassy confirmed it.", "embassy"),
    ],
)
def test_coref_bodies_org_description_of_another_kind_or_two_bodies_is_no_one(pipe, text, word):
    assert label_at(pipe, text, word, nth=-1) is None


# -- "a company statement": the kind noun before what a body issues ------------------------
@pytest.mark.parametrize(
    ("text", "word", "label"),
    [
        ("Siemens lost the tender in March. \"We will appeal,\" a company statement said.", "company", "Siemens"),
        ("Greenpeace sailed into the harbour. An organisation spokesman said the ship was safe.",
         "organisation", "Greenpeace"),
    ],
)
def test_coref_bodies_kind_noun_before_a_statement_is_the_body_named_before(pipe, text, word, label):
    assert label_at(pipe, text, word, nth=-1) == label


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # indefinite and issuing nothing: some company
        ("Siemens lost the tender in March. A company in Lyon won it.", "company"),
        # a ministry is no company, even in a company statement
        ("The Ministry of Energy cancelled the licence. A company statement said it would appeal.", "company"),
    ],
)
def test_coref_bodies_kind_noun_of_no_statement_or_wrong_kind_is_no_one(pipe, text, word):
    assert label_at(pipe, text, word, nth=-1) is None


# -- "the oil giant"; and the reporter is not the one it reports on -----------------------
def test_coref_bodies_a_giant_of_a_trade_is_the_company_named_before(pipe):
    text = "Friends of the Earth picketed a Shell depot. Friends of the Earth says the oil giant ignores the law."
    assert label_at(pipe, text, "giant") == "Shell"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a giant with no trade is no company ("the Asian giant" is a country)
        ("Samsung opened a plant in Pune. Delegates from the Asian giant arrived later.", "giant"),
        # the only organisation before is the one speaking about it
        ("Greenpeace says the company is out to ruin campaigners.", "company"),
    ],
)
def test_coref_bodies_a_giant_without_trade_or_the_reporter_is_no_one(pipe, text, word):
    assert label_at(pipe, text, word) is None


# -- "the FSB security service": the organisation named inside the phrase ---------------------
def test_coref_bodies_kind_noun_with_the_organisation_named_in_it_is_that_organisation(pipe):
    text = "Police raided the office. The NSA domestic intelligence service said two men were held."
    assert label_at(pipe, text, "service") in ("NSA", "National Security Agency")


def test_coref_bodies_kind_noun_with_a_place_named_in_it_is_no_organisation_named_before(pipe):
    text = "Siemens won the tender. The Lyon water company said it had lost."
    assert label_at(pipe, text, "company") != "Siemens"


def test_bodies_a_vague_body_of_a_named_organisation_is_its_body_named_before(pipe):
    text = "The World Health Organization warned of an epidemic on Monday. Later the U.N. health body published its report."
    assert label_at(pipe, text, "body") == "World Health Organization"


@pytest.mark.parametrize(
    "text",
    [
        "Police found the body of a man near the UN compound on Monday.",
        "The UN Security Council met on Monday. Egypt criticised the U.N. torture body on Tuesday.",
    ],
)
def test_bodies_no_vague_body_without_a_fitting_body_named_before(pipe, text):
    assert label_at(pipe, text, "body") is None


def test_bodies_the_same_un_agency_is_the_agency_named_before(pipe):
    text = ("Some 5,000 Bolivians sought asylum in Peru, according to the United Nations Refugee Agency. "
            "Earlier this year, the same UN agency praised Peru.")
    assert label_at(pipe, text, "agency") == "United Nations Refugee Agency"


# -- courts come in ranks ------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "label"),
    [
        # the rank word is in the court's name
        ("The Madrid High Court jailed Rui Matos on Monday. A district court had freed him. "
         "The high court said the evidence was clear.", "Madrid High Court"),
        # a description of its kind in between carries the court on
        ("The Madrid High Court jailed Rui Matos on Monday. The high court said the evidence was clear. "
         "The court said he may appeal.", "Madrid High Court"),
    ],
)
def test_coref_bodies_court_description_is_the_court_of_its_rank_named_before(pipe, text, label):
    assert label_at(pipe, text, "court", nth=-1) == label


@pytest.mark.parametrize(
    "text",
    [
        # whose agency it is takes knowledge the story does not give
        "The World Food Programme said on Monday that stocks had run out. The U.N. agency also said prices rose.",
        # two agencies of the UN named before: no one
        "The United Nations Refugee Agency and the United Nations Relief Agency met. The U.N. agency said talks failed.",
    ],
)
def test_bodies_a_un_agency_with_no_one_agency_named_before_is_none_of_them(pipe, text):
    assert label_at(pipe, text, "agency", -1) not in ("World Food Programme", "United Nations Refugee Agency",
                                                      "United Nations Relief Agency")


@pytest.mark.parametrize(
    "text",
    [
        # another rank: not the court named
        "The Madrid High Court jailed Rui Matos on Monday. The lower court said he was innocent.",
        # a court of another rank told in between: "the court" may be either
        "The Madrid High Court jailed Rui Matos on Monday. The lower court had freed him. The court said "
        "the evidence was clear.",
        # a court named long before may be another one
        "The Madrid High Court jailed Rui Matos in May. Police acted. They were quick. Officials were "
        "silent. Lawyers appealed. The court said the appeal failed.",
    ],
)
def test_coref_bodies_court_of_another_rank_or_far_away_is_no_one(pipe, text):
    assert label_at(pipe, text, "court", nth=-1) is None


# -- "the ministry said ...": what follows its verb, or what it reports, is no name of it ------------
@pytest.mark.parametrize(
    ("text", "word", "label"),
    [
        # a country named after the verb is no name the description carries
        ("The Chilean Foreign Ministry summoned the envoy on Monday. The ministry said Peru's "
         "ambassador had a week to leave.", "ministry", "Chilean Foreign Ministry"),
        # a quotation's own subject is no body the ministry names
        ("The Chilean Foreign Ministry issued a note on Monday. \"Chile condemns the bombing in Lima,\" "
         "the ministry said.", "ministry", "Chilean Foreign Ministry"),
        # a description in apposition says what it is; it names no one else
        ("Oxfam International published a report on Monday. In the report, the organization, the "
         "oldest charity in Britain, said the camps were full.", "organization", "Oxfam International"),
    ],
)
def test_coref_bodies_description_before_its_verb_or_a_quote_is_the_body_named_before(pipe, text, word, label):
    assert label_at(pipe, text, word, nth=-1) == label


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # the body it reports on names what "the company" is: a country is none, so no guess
        ("The Nordvik Trading Group opened offices in Oslo. Norvalco is buying a stake in the "
         "Nordvik Trading Group, the company said on Tuesday.", "company"),
        # a name told right after the description, before its verb, is the body itself
        ("Siemens won the tender. The new company, called Alstomvik, starts work in May.", "company"),
    ],
)
def test_coref_bodies_description_reporting_or_named_on_the_spot_is_no_body_named_before(pipe, text, word):
    assert label_at(pipe, text, word, nth=-1) not in ("Siemens", "Nordvik Trading Group")


# -- a kind's common nouns and standing must agree with the body ---------------------------
@pytest.mark.parametrize(
    ("text", "word", "label"),
    [
        ("The Pan-African Energy Agency met in Accra on Monday. Later the energy agency said prices would rise.",
         "agency", "Pan-African Energy Agency"),
        ("The Arab Democratic Party joined the talks. The party said it would boycott the vote.",
         "party", "Arab Democratic Party"),
    ],
)
def test_coref_bodies_description_whose_words_fit_the_body_is_that_body(pipe, text, word, label):
    assert label_at(pipe, text, word, nth=-1) == label


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a news agency is no league of states, though an organisation
        ("The Gulf League met in Muscat on Monday. \"We support the plan,\" the official news agency said.",
         "agency"),
        # the party the story calls ruling is no opposition party
        ("The ruling Forward Party won the vote. The main opposition party said the count was rigged.", "party"),
        # a prosecutor's office is no company
        ("The Lisbon Prosecutor General's Office charged Ferreira. According to the company, the figures were wrong.",
         "company"),
    ],
)
def test_coref_bodies_description_whose_words_do_not_fit_is_no_one(pipe, text, word):
    assert label_at(pipe, text, word, nth=-1) is None

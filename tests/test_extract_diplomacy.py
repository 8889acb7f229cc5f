"""Protest by diplomatic act: a foreign envoy summoned, one's own envoy recalled over a grievance."""

from __future__ import annotations

import pytest

from .test_extract_events import extract, tuples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the summoner criticises the state whose envoy it summons
        ("Hungary summoned the Slovak ambassador on Friday over the language law.",
         {("Hungary", "criticized", "Slovakia")}),
        ("Egypt's ambassador to Algeria was summoned to the Algerian foreign ministry on Sunday.",
         {("Algeria", "criticized", "Egypt")}),
        ("The Austrian envoy was summoned by Italy after the border incident.",
         {("Italy", "criticized", "Austria")}),
        # a foreign ministry acts for its states in a summons
        ("The Foreign Ministries of Lithuania and Latvia summoned Belarusian diplomats on Monday.",
         {("Lithuania", "criticized", "Belarus"), ("Latvia", "criticized", "Belarus")}),
        # a recall over a grievance criticises the grievance's owner, else the state left
        ("Honduras recalled its ambassador from Nicaragua over what it called President Daniel Ortega's "
         "\"open meddling\".", {("Honduras", "criticized", "Daniel Ortega")}),
        ("Senegal withdrew its ambassador from Gambia in protest at the border closure.",
         {("Senegal", "criticized", "Gambia")}),
    ],
)
def test_diplomacy_summons_and_recall_are_protests(extractor, text, expected):
    found = {t for t in tuples(extract(extractor, text)) if t[1] == "criticized"}
    assert expected <= found


@pytest.mark.parametrize(
    "text",
    [
        "Norway recalled its ambassador from Kenya for consultations.",  # no grievance voiced
        "Japan summoned its ambassador home.",  # one's own envoy
        "The tribunal summoned the former minister to testify.",  # not an envoy
        "Sweden expelled two Iranian diplomats on Tuesday.",  # an act, not a summons or protest
        "Finland may summon the Estonian ambassador next week.",  # a hedge
    ],
)
def test_diplomacy_no_protest_without_a_summoned_foreign_envoy_or_a_grievance(extractor, text):
    assert not {t for t in tuples(extract(extractor, text)) if t[1] == "criticized"}


@pytest.mark.parametrize(
    "text",
    [
        "Serbia and Croatia summoned each other's ambassadors on Monday.",
        "The row between Serbia and Croatia over the border has led to both countries summoning the other's "
        "ambassador for a dressing down.",
    ],
)
def test_diplomacy_envoys_summoned_by_each_other(extractor, text):
    found = {t for t in tuples(extract(extractor, text)) if t[1] == "criticized"}
    assert {("Serbia", "criticized", "Croatia"), ("Croatia", "criticized", "Serbia")} <= found


def test_diplomacy_the_other_envoys_are_no_mutual_summons(extractor):
    found = {t for t in tuples(extract(extractor, "Serbia summoned the other ambassadors on Monday.")) if t[1] == "criticized"}
    assert not found


def test_diplomacy_a_recall_announced_as_a_noun_in_protest(extractor):
    text = ("Ghana announced the recall of its High Commissioner in Abuja in protest of the attacks on "
            "its traders in the West African country.")
    found = {t for t in tuples(extract(extractor, text)) if t[1] == "criticized"}
    assert ("Ghana", "criticized", "Nigeria") in found


def test_diplomacy_a_recall_announced_as_a_noun_without_protest(extractor):
    text = "Ghana announced the recall of its High Commissioner in Abuja for consultations."
    assert not {t for t in tuples(extract(extractor, text)) if t[1] == "criticized"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the grievance told as a clause: its doer, a state's arm standing for the state
        ("Greece recalled its ambassador from Ankara on Monday after Turkish coast guards seized a fishing boat.",
         ("Greece", "criticized", "Turkey")),
        # "in protest" alone: against the state the envoy served in
        ("Chile recalled its ambassador to Bolivia on Friday in protest.", ("Chile", "criticized", "Bolivia")),
    ],
)
def test_diplomacy_a_recall_after_a_grievance_or_in_protest(extractor, text, expected):
    assert expected in tuples(extract(extractor, text))


def test_diplomacy_a_recall_for_consultations_protests_nothing(extractor):
    found = tuples(extract(extractor, "Chile recalled its ambassador to Bolivia for consultations on Friday."))
    assert not {t for t in found if t[1] == "criticized"}

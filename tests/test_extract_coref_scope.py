"""Which country a phrase stands for (kg.extract.coref_scope)."""

from __future__ import annotations

import pytest

from .test_extract_coref_titles import label_at


# -- "the country", "the island": the one country of the nearest sentence naming any ------
@pytest.mark.parametrize(
    ("text", "word", "label"),
    [
        ("Human Rights Watch published a report on Uzbekistan on Monday. The report accuses the "
         "country of routine torture.", "country", "Uzbekistan"),
        # the accuser's own country is not the one accused
        ("Argentina recalled the Chilean consul. The Argentine government accused the "
         "neighbouring country of spying.", "country", "Chile"),
        # the visitor's country is not the one visited
        ("He was in Vietnam last week, the first visit by a Thai minister to the country since 1990.",
         "country", "Vietnam"),
    ],
)
def test_coref_scope_country_description_is_the_one_country_nearby(pipe, text, word, label):
    assert label_at(pipe, text, word, nth=-1) == label


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # two candidate countries in the nearest sentence: no guess
        ("Laos and Cambodia signed the pact. The deal binds the country to open its border.", "country"),
        # a frame of its own
        ("Laos signed the pact. The Baltic country objected.", "country"),
        # not definite
        ("Laos signed the pact. A country in Africa objected.", "country"),
    ],
)
def test_coref_scope_country_description_with_two_or_other_frames_is_no_one(pipe, text, word):
    assert label_at(pipe, text, word, nth=-1) is None

"""Denials of earlier accusations: whose accusation a bare denial answers."""

from __future__ import annotations

import pytest

from .test_extract_events import extract, tuples


def criticisms(text: str, extractor) -> set[tuple]:
    return {t for t in tuples(extract(extractor, text)) if t[1] == "criticized"}


def test_denials_a_spokesmans_words_repeat_his_bodys_accusation(extractor):
    text = ("Oil company Chevron said on Monday that Venezuela had stolen oil from its pipeline. "
            "Chevron vice-president Mark Dolan told reporters that Venezuela had stolen oil worth $2 million. "
            "Venezuelan Energy Minister Rafael Ramirez denied the accusation.")
    found = criticisms(text, extractor)
    assert ("Rafael Ramirez", "criticized", "Chevron") in found
    assert ("Rafael Ramirez", "criticized", "Mark Dolan") not in found


@pytest.mark.parametrize(
    ("text", "accuser"),
    [
        # the body the spokesman names never accused the denier: he speaks for himself
        ("Oil company Chevron said on Monday that prices would rise. "
         "Chevron vice-president Mark Dolan told reporters that Venezuela had stolen oil worth $2 million. "
         "Venezuelan Energy Minister Rafael Ramirez denied the accusation.", "Mark Dolan"),
        # an accuser with no body in his title
        ("Oil company Chevron said on Monday that Venezuela had stolen oil from its pipeline. "
         "Senator Mark Dolan told reporters that Venezuela had stolen oil worth $2 million. "
         "Venezuelan Energy Minister Rafael Ramirez denied the accusation.", "Mark Dolan"),
    ],
)
def test_denials_a_spokesman_without_his_bodys_accusation_stays_the_accuser(extractor, text, accuser):
    found = criticisms(text, extractor)
    assert ("Rafael Ramirez", "criticized", accuser) in found
    assert ("Rafael Ramirez", "criticized", "Chevron") not in found

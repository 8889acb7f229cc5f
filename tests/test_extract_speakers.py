"""Speakers the entity recogniser missed, and sayers that are not the speaker."""

from __future__ import annotations

import pytest

from .test_extract_events import extract, tuples


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"The film drags," Okonkwo Adebayo, film critic for the Lagos Herald, said.', "Okonkwo Adebayo"),
        ("A spokesman for the International Monetary Fund said the loan was approved.",
         "International Monetary Fund"),
        ('Ingrid Solberg: "We were never consulted about the pipeline."', "Ingrid Solberg"),
        ("The Red Crescent appealed for calm in the city.", "Red Crescent"),
        ("Rep. Dennis Kucinich voiced concern about the war powers vote.", "Dennis Kucinich"),
        ("Amnesty International pointed out that the law was never applied.", "Amnesty International"),
    ],
)
def test_speakers_found(extractor, text, speaker):
    assert (speaker, "stated", None) in tuples(extract(extractor, text))


@pytest.mark.parametrize(
    "text",
    [
        "The Secretary General: a profile of the new chief.",  # a title before a colon, no quote
        "The minister called a snap election for June.",  # calling an election is no statement
        "The company issued new shares on Monday.",  # issuing shares is no statement
        "She pointed to the map.",  # pointing is no statement
    ],
)
def test_speakers_not_invented(extractor, text):
    assert not {t for t in tuples(extract(extractor, text)) if t[1] == "stated"}

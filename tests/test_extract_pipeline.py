"""Sentence boundaries the rules rely on: lines, datelines and dotted acronyms."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def parse(extractor):
    return extractor.nlp


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        # a paragraph opening with a dotted acronym is no one-word sentence
        ("Headline\n\nU.N. Secretary-General Javier Perez de Cuellar toured the camp on Monday.",
         "U.N. Secretary-General Javier Perez de Cuellar toured the camp on Monday."),
        ("Headline\n\nU.S. Special Envoy Richard Holbrooke met the rebels on Monday.",
         "U.S. Special Envoy Richard Holbrooke met the rebels on Monday."),
    ],
)
def test_pipeline_a_dotted_acronym_opening_a_paragraph_opens_its_sentence(parse, text, sentence):
    assert sentence in [s.text.strip() for s in parse(text).sents]


def test_pipeline_a_dotted_acronym_still_ends_a_sentence_inside_a_paragraph(parse):
    sents = [s.text.strip() for s in parse("Headline\n\nThe envoy flew back to the U.S. He said little.").sents]
    assert "He said little." in sents

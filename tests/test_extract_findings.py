"""Accusations told as findings: an inquiry that finds someone did wrong criticises them."""

from __future__ import annotations

import pytest

from .test_extract_events import extract, tuples


def criticisms(text: str, extractor, *, asserted_only: bool = True) -> set[tuple]:
    return {t for t in tuples(extract(extractor, text), asserted_only=asserted_only) if t[1] == "criticized"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In its report, released on Friday, the Human Rights Council found that Myanmar was committing "
         "grave violations.", ("United Nations Human Rights Council", "criticized", "Myanmar")),
        ("Amnesty International found that Bolivia had committed serious abuses in the mining towns.",
         ("Amnesty International", "criticized", "Bolivia")),
    ],
)
def test_findings_an_inquiry_finds_a_wrong(extractor, text, expected):
    assert expected in criticisms(text, extractor)


@pytest.mark.parametrize(
    "text",
    [
        # the deed found is no wrong
        "In its report, released on Friday, the Human Rights Council found that Myanmar was building schools.",
        # the wrong is denied in the finding
        "In its report, released on Friday, the Human Rights Council found that Myanmar had not committed "
        "any violations.",
    ],
)
def test_findings_no_wrong_found(extractor, text):
    assert not criticisms(text, extractor)


def test_findings_a_finding_not_made_is_not_asserted(extractor):
    text = "The Human Rights Council did not find that Myanmar was committing grave violations."
    assert not criticisms(text, extractor)

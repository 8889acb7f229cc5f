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

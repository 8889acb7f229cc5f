"""Where the words around a place name put it (kg.extract.place_context)."""

from __future__ import annotations

import pytest

from kg.extract.place_context import written_country


def _at(doc, word: str) -> tuple[int, int]:
    tok = next(t for t in doc if t.text == word)
    return tok.i, tok.i + 1


@pytest.mark.parametrize(
    ("text", "word", "iso"),
    [("Officials met in Ontario, California, on Friday.", "Ontario", "US"),
     ("The mill in Cornwall, Ontario, closed.", "Cornwall", "CA"),
     ("Voters in Bangladesh's Bengal region went to the polls.", "Bengal", "BD"),
     ("Troops patrolled Pakistani-controlled Kashmir on Sunday.", "Kashmir", "PK"),
     ("Floods hit the Austrian Tyrol last week.", "Tyrol", "AT")],
)
def test_place_context_the_state_written_with_a_place(pipe, text, word, iso):
    doc = pipe(text)
    assert written_country(doc, *_at(doc, word)) == {iso}


@pytest.mark.parametrize(
    ("text", "word"),
    [("Floods hit Tyrol last week.", "Tyrol"),
     ("Officials in Ontario, Smith said, were told.", "Ontario"),  # a person after the comma
     ("The mayor of Cornwall, a retired teacher, resigned.", "Cornwall"),
     ("Brazil's president visited Silesia.", "Silesia")],
)
def test_place_context_no_state_written(pipe, text, word):
    doc = pipe(text)
    assert written_country(doc, *_at(doc, word)) == set()

"""The plain records: what Document.is_removed answers about boilerplate spans."""

from __future__ import annotations

import random

from kg.model import Document, RemovedSpan


def document(spans: list[tuple[int, int]]) -> Document:
    return Document(id="d", text="x" * 200,
                    removed=tuple(RemovedSpan(a, b, "navigation") for a, b in spans))


def test_is_removed_agrees_with_checking_every_span():
    rng = random.Random(7)
    for _ in range(300):
        spans = []
        for _ in range(rng.randint(0, 6)):
            a = rng.randint(0, 190)
            spans.append((a, a + rng.randint(0, 30)))
        doc = document(spans)
        for _ in range(40):
            start = rng.randint(0, 200)
            end = start + rng.randint(0, 12)
            expected = any(start < b and a < end for a, b in spans)
            assert doc.is_removed(start, end) == expected, (spans, start, end)


def test_is_removed_edges_are_half_open():
    doc = document([(10, 20), (15, 30), (50, 60)])
    assert not doc.is_removed(0, 10) and doc.is_removed(0, 11)
    assert doc.is_removed(29, 31) and not doc.is_removed(30, 50)
    assert doc.is_removed(55, 56) and not doc.is_removed(60, 70)
    assert not document([]).is_removed(0, 200)

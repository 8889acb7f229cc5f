"""Parsing any text in time linear in its length, and texts longer than spaCy takes.

Two things made parsing slow or impossible on real input:

* spaCy's tokenizer peels prefixes and suffixes off a run of non-space
  characters one at a time, copying the rest each time, so a line of 20,000
  ``=`` took minutes (and then made 20,000 tokens to parse).
  :class:`LinearTokenizer` makes each :data:`MAX_RUN` characters of such a
  run one token instead (words are shorter; a longer URL becomes a few tokens).
* spaCy refuses texts over ``nlp.max_length`` (1,000,000 characters), and a
  whole long text in one parse costs gigabytes. :func:`parse` parses a text
  over :data:`PART_CHARS` in parts cut at line (else sentence, else word)
  ends and joins them with ``Doc.from_docs``: one Doc whose offsets point into
  the whole text, in a tenth of the memory (353 MB against 2.4 GB for 900 KB).
  A line break ends a sentence anyway (``kg_paragraphs``),
  so cutting there changes little; texts up to :data:`PART_CHARS` are parsed
  whole, as before.
"""

from __future__ import annotations

import re

import numpy
from spacy.tokens import Doc

MAX_RUN = 100  # a run without spaces longer than this is cut into tokens this long
PART_CHARS = 100_000  # longer texts are parsed in parts of at most this many characters

_LONG_RUN = re.compile(r"\S{%d,}" % (MAX_RUN + 1))
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s")


class LinearTokenizer:
    """spaCy's tokenizer, except that long runs without spaces cost linear time.

    A text with no run over :data:`MAX_RUN` characters goes to the wrapped
    tokenizer unchanged, so its tokens are exactly spaCy's.
    """

    def __init__(self, tokenizer) -> None:
        self.tokenizer = tokenizer
        self.vocab = tokenizer.vocab

    def __call__(self, text: str) -> Doc:
        if _LONG_RUN.search(text) is None:
            return self.tokenizer(text)
        words: list[str] = []
        spaces: list[bool] = []
        at = 0
        for run in _LONG_RUN.finditer(text):
            self._add(text[at:run.start()], words, spaces)
            for piece in range(run.start(), run.end(), MAX_RUN):
                words.append(text[piece:min(piece + MAX_RUN, run.end())])
                spaces.append(False)
            at = run.end()
        self._add(text[at:], words, spaces)
        return Doc(self.vocab, words=words, spaces=spaces)

    def _add(self, segment: str, words: list[str], spaces: list[bool]) -> None:
        if segment.startswith(" ") and words and not spaces[-1]:
            spaces[-1] = True  # the space after a long run is that token's trailing space
            segment = segment[1:]
        if segment:
            for token in self.tokenizer(segment):
                words.append(token.text)
                spaces.append(bool(token.whitespace_))

    def __getattr__(self, name: str):  # rules, prefix_search, ... of the wrapped tokenizer
        return getattr(self.tokenizer, name)


def split_parts(text: str, size: int = PART_CHARS) -> list[tuple[int, int]]:
    """Cut ``text`` into consecutive ``(start, end)`` ranges of at most ``size`` characters.

    A cut goes after the last line break in the second half of the window,
    else after a sentence end, else after a space, else anywhere: parts then
    hold whole paragraphs, as the sentence splitter would cut there anyway.
    """
    parts: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > size:
        end = start + size
        half = start + size // 2
        cut = text.rfind("\n", half, end) + 1
        if not cut:
            ends = [m.end() for m in _SENTENCE_END.finditer(text, half, end)]
            cut = ends[-1] if ends else 0
        if not cut:
            cut = max(text.rfind(" ", half, end), text.rfind("\t", half, end)) + 1
        if not cut:
            cut = end
        parts.append((start, cut))
        start = cut
    parts.append((start, len(text)))
    return parts


def parse(nlp, text: str, *, part_chars: int = PART_CHARS) -> Doc:
    """One Doc for ``text`` however long: parsed whole, or in parts and joined."""
    if len(text) <= part_chars:
        return nlp(text)
    docs = []
    for doc in nlp.pipe((text[s:e] for s, e in split_parts(text, part_chars)), batch_size=1):
        doc.tensor = numpy.zeros((0,), dtype="float32")  # kg never reads it: free it early
        docs.append(doc)
    return Doc.from_docs(docs, ensure_whitespace=False, exclude=["tensor"])

"""Quotations in a document, found on the raw text so that offsets stay true.

Curly quotes pair unambiguously; straight double quotes pair left to right
within a paragraph. A quote left open at a paragraph end closes there, which is
the news convention for a quotation running on into the next paragraph.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

SENTENCE_END = re.compile(r"[.!?][\"\u201d\u2019]?\s+[A-Z]")
NEW_SENTENCE_OPENS = re.compile(r"[.!?][\"\u201d\u2019]?\s+[\"\u201c\u2018]$")  # 'X said. "Next ...'
MAX_SPEAKER_WORDS = 6  # '“We won!” the team’s coach said': a speaker phrase between quote and verb
OPEN_QUOTES = "\u201c\u00ab\u201e"
CLOSE_QUOTES = "\u201d\u00bb"


@dataclass(frozen=True)
class Quote:
    start: int  # offset of the first character inside the quotation marks
    end: int
    text: str


_MARKS = re.compile("[\n\"" + OPEN_QUOTES + CLOSE_QUOTES + "]")  # the only characters find_quotes acts on


def find_quotes(text: str, *, min_words: int = 3) -> list[Quote]:
    """Every quotation of at least ``min_words`` words, in text order."""
    quotes: list[Quote] = []
    opened: int | None = None
    for mark in _MARKS.finditer(text):
        i, ch = mark.start(), mark.group()
        if ch == "\n" and opened is not None and text[i - 1: i] == "\n":
            _add(quotes, text, opened, i - 1, min_words)
            opened = None
        elif ch in OPEN_QUOTES or (ch == '"' and opened is None):
            if opened is not None and ch != '"':
                _add(quotes, text, opened, i, min_words)
            opened = i + 1
        elif ch in CLOSE_QUOTES or (ch == '"' and opened is not None):
            if opened is not None:
                _add(quotes, text, opened, i, min_words)
                opened = None
    if opened is not None:
        _add(quotes, text, opened, len(text), min_words)
    return quotes


def _add(quotes: list[Quote], text: str, start: int, end: int, min_words: int) -> None:
    body = text[start:end].strip()
    if len(body.split()) >= min_words:
        lead = len(text[start:end]) - len(text[start:end].lstrip())
        quotes.append(Quote(start + lead, start + lead + len(body), body))


class QuoteIndex:
    """Look up the quotations near a reporting verb."""

    def __init__(self, quotes: list[Quote], text: str = "") -> None:
        self.quotes = quotes
        self.text = text
        self._starts = [q.start for q in quotes]

    def inside(self, offset: int) -> Quote | None:
        """The quotation containing ``offset``, if any."""
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and self.quotes[i].start <= offset < self.quotes[i].end:
            return self.quotes[i]
        return None

    def running_on(self, quote: Quote) -> list[Quote]:
        """The speaker's further quotations in the same paragraph ('"...," X said. "..."'):
        each starts after the last with no line break between."""
        found, last = [], quote
        i = bisect.bisect_right(self._starts, quote.start)
        following = self.quotes[i:]
        for n, q in enumerate(following):
            if "\n" in self.text[last.end:q.start]:
                break
            stop = following[n + 1].start if n + 1 < len(following) else len(self.text)
            tail = self.text[q.end:stop].split("\n", 1)[0]
            if any(ch.isalpha() for ch in tail):
                break  # '"...," Smith replied': the quote has a sayer of its own
            found.append(q)
            last = q
        return found

    def near(self, verb_offset: int, sent_start: int, sent_end: int) -> Quote | None:
        """The quotation a reporting verb at ``verb_offset`` introduces or closes.

        A quote in the same sentence, not containing the verb, nearest to it; else a
        quote that ends just before the sentence ("..." she said.) or starts just
        after it (She said: "...").
        """
        best: tuple[int, Quote] | None = None
        for q in self.quotes:
            if q.start <= verb_offset < q.end:
                continue
            if q.end + 3 >= sent_start and q.start <= sent_end + 3:
                gap = self.text[q.end:verb_offset] if q.end <= verb_offset else self.text[verb_offset:q.start]
                if "\n" in gap or SENTENCE_END.search(gap) or (
                        q.start > verb_offset and NEW_SENTENCE_OPENS.search(gap)):
                    continue  # a new sentence or paragraph lies between verb and quote
                if q.end <= verb_offset and q.text[-1:] in ".!?" and len(gap.split()) > MAX_SPEAKER_WORDS:
                    continue  # "... manner.” She made no mention of what X say": a new sentence
                distance = verb_offset - q.end if q.end <= verb_offset else q.start - verb_offset
                if best is None or distance < best[0]:
                    best = (distance, q)
        return best[1] if best else None

"""The extraction pipeline: spaCy parse once per document, then the components.

Compute first, annotate second: each component reads the parse and returns
records; nothing here touches a graph or a store.
"""

from __future__ import annotations

import bisect
import re
from contextlib import contextmanager
from typing import Iterable, Iterator

import numpy
from spacy.attrs import IS_PUNCT, IS_SPACE, ORTH, SENT_START
from spacy.language import Language

from kg.extract.actors import add_entity_ruler, doc_strings, resolve_actors
from kg.extract.dates import find_timexes, infer_document_date, url_date
from kg.extract.events import EventExtractor
from kg.extract.longtext import PART_CHARS, LinearTokenizer, parse
from kg.extract.nlp import load_model
from kg.errors import ExtractionError
from kg.model import Document, Extraction


# A wire dateline opening a paragraph: "NAIROBI, March 3 (AP) — ", "WASHINGTON (Reuters) - ".
# One \s* before the optional "(AP)": two in a row made a long run of spaces quadratic (8,000: 91 s).
DATELINE = re.compile(r"(?m)^[A-Z][A-Z.'\- ]{2,40}(?:,[^\n—–]{1,40}?)?\s*(?:\([^)\n]{1,30}\)\s*)?[—–-]{1,2}\s+")


@Language.component("kg_paragraphs")
def paragraph_boundaries(doc):
    """A line break ends a sentence, and a dateline stands apart from the sentence it opens.

    Within a line a sentence starts only after punctuation: the parser otherwise splits
    names it does not know ("Hu" | "Jintao, the President of ...").

    Computed on arrays (one string lookup per distinct word, not three passes over
    Token objects) and written back in one ``Doc.from_array``.
    """
    n = len(doc)
    if n == 0:
        return doc
    rows = doc.to_array([ORTH, IS_PUNCT, IS_SPACE, SENT_START])
    orths, inverse = numpy.unique(rows[:, 0], return_inverse=True)
    strings = doc.vocab.strings
    kinds = numpy.array([_word_kind(strings[orth]) for orth in orths.tolist()], dtype=numpy.int8)[inverse]
    starts = rows[:, 3].view(numpy.int64).copy()
    # After anything but punctuation, a space or a closing mark, no sentence starts.
    may_end = (rows[:, 1] != 0) | (rows[:, 2] != 0) | (kinds & _ENDS != 0)
    starts[1:][~may_end[:-1]] = -1
    starts[1:][kinds[:-1] & _LINE != 0] = 1  # after a line break, one does
    for match in DATELINE.finditer(doc_strings(doc)[0]):  # doc.text builds a Token per word
        span = doc.char_span(match.end(), match.end() + 1, alignment_mode="expand")
        if span is not None and span.start > 0:
            starts[span.start] = 1
    # "U.N. Secretary-General X said": a sentence never is a dotted acronym alone
    lone = numpy.flatnonzero((kinds[:-1] & _ACRONYM != 0) & (starts[:-1] == 1) & (kinds[:-1] & _LINE == 0))
    starts[lone + 1] = -1
    _cap_sentences(starts, kinds & _STOP != 0)
    doc.from_array([SENT_START], starts.view(numpy.uint64))
    return doc


MAX_RUN_TOKENS = 250  # tokens without a line break or . ! ? ; before a sentence break is forced
_STOPS = frozenset(".!?;")
_ENDS, _LINE, _STOP, _ACRONYM = 1, 2, 4, 8  # a word's kinds: may end a sentence, holds a line break,
# is a stop, is a dotted acronym ("U.N.")
DOTTED_ACRONYM = re.compile(r"(?:[A-Z]\.){2,}")


def _word_kind(text: str) -> int:
    return ((text[-1:] in ".!?:;\"'\u201d\u2019)") * _ENDS | ("\n" in text) * _LINE
            | (text in _STOPS) * _STOP | bool(DOTTED_ACRONYM.fullmatch(text)) * _ACRONYM)


def _cap_sentences(starts: numpy.ndarray, stops: numpy.ndarray) -> None:
    """Break a run of MAX_RUN_TOKENS tokens with no line break or stop: a real sentence has
    one well before that, and the rules' per-sentence passes must not grow with the text
    ("X said that " * 555, one 10 KB sentence, took 40 s).

    ``starts`` holds each token's SENT_START (1 starts a sentence); a forced start goes on
    the MAX_RUN_TOKENS + 1st token after the last start or stop (the 251st: after none).
    """
    resets = numpy.flatnonzero((starts > 0) | stops).tolist()
    previous = -1
    for reset in resets + [len(starts)]:
        for forced in range(previous + MAX_RUN_TOKENS + 1, reset, MAX_RUN_TOKENS + 1):
            starts[forced] = 1
        previous = reset


class RuleExtractor:
    """spaCy parse + rule components: dates, actors, events."""

    name = "rules"

    def __init__(self, model: str | None = None, *, batch_size: int = 16) -> None:
        self.nlp = load_model(model)
        if "kg_paragraphs" not in self.nlp.pipe_names and "parser" in self.nlp.pipe_names:
            self.nlp.add_pipe("kg_paragraphs", before="parser")
        if "kg_entity_ruler" not in self.nlp.pipe_names and "entity_ruler" not in self.nlp.pipe_names:
            add_entity_ruler(self.nlp)
        if not isinstance(self.nlp.tokenizer, LinearTokenizer):
            self.nlp.tokenizer = LinearTokenizer(self.nlp.tokenizer)
        self.batch_size = batch_size
        self.model_name = f"{self.nlp.meta.get('lang', 'en')}_{self.nlp.meta.get('name', '?')}"

    def extract(self, documents: Iterable[Document], *,
                n_process: int = 1) -> Iterator[Extraction | ExtractionError]:
        """Extract each document; order and count of outputs follow the inputs.

        A document that fails (a bug, or input nothing foresaw) comes out as an
        :class:`ExtractionError` in its place, so the others still go through.
        """
        batch: list[Document] = []
        limit = min(PART_CHARS, self.nlp.max_length)
        for document in documents:
            if len(document.text) > limit:  # parsed alone, in parts
                yield from self._extract_batch(batch, n_process)
                batch = []
                yield self._guarded(document, lambda d=document: parse(self.nlp, d.text, part_chars=limit))
                continue
            batch.append(document)
            if len(batch) >= self.batch_size:
                yield from self._extract_batch(batch, n_process)
                batch = []
        yield from self._extract_batch(batch, n_process)

    def _extract_batch(self, batch: list[Document], n_process: int) -> Iterator[Extraction | ExtractionError]:
        if not batch:
            return
        try:
            docs = list(self.nlp.pipe([d.text for d in batch], batch_size=self.batch_size,
                                      n_process=n_process))
        except Exception:  # noqa: BLE001 - one text broke spaCy's batch: parse one by one to name it
            for document in batch:
                yield self._guarded(document, lambda d=document: self.nlp(d.text))
            return
        for doc, document in zip(docs, batch):
            yield self._guarded(document, lambda doc=doc: doc)

    @staticmethod
    def _guarded(document: Document, parsed) -> Extraction | ExtractionError:
        """The one guard per document: any failure becomes that document's one-line error."""
        try:
            return extract_parsed(parsed(), document)
        except Exception as exc:  # noqa: BLE001 - reported as this document's error, run goes on
            detail = " ".join(str(exc).split())[:200]
            return ExtractionError(f"extraction failed: {type(exc).__name__}: {detail}",
                                   path=document.origin or document.path or document.id)

    def extract_one(self, document: Document) -> Extraction:
        """Extract one document; raises its :class:`ExtractionError` if it fails."""
        result = next(self.extract([document]))
        if isinstance(result, ExtractionError):
            raise result
        return result


def extract_parsed(doc, document: Document) -> Extraction:
    """Run the components over one parsed document."""
    with sentence_lookup(doc):
        return _extract(doc, document)


@contextmanager
def sentence_lookup(doc):
    """``Token.sent`` and ``Span.sent`` from the sentence starts, found once per document.

    spaCy's own lookup first checks that the document has sentence boundaries, a pass
    over every token, on each call (about 6 µs; the rules call it per token). The hooks
    (spaCy's ``user_token_hooks`` / ``user_span_hooks``) return the same spans: from
    the first token, back to the nearest sentence start and forward to the next one.
    They are removed afterwards, so the Doc is left as it came.
    """
    if "sent" in doc.user_token_hooks or "sent" in doc.user_span_hooks or "sents" in doc.user_hooks \
            or not len(doc) or not doc.has_annotation("SENT_START"):
        yield
        return
    flags = doc.to_array(SENT_START).view(numpy.int64)
    starts = numpy.flatnonzero(flags == 1).tolist()
    if not starts or starts[0] != 0:
        starts.insert(0, 0)  # spaCy's walk back stops at the first token
    n = len(doc)

    def sentence(i: int):
        k = bisect.bisect_right(starts, i)
        return doc[starts[k - 1]:starts[k] if k < len(starts) else n]

    doc.user_token_hooks["sent"] = lambda token: sentence(token.i)
    doc.user_span_hooks["sent"] = lambda span: sentence(span.start)
    try:
        yield
    finally:
        del doc.user_token_hooks["sent"], doc.user_span_hooks["sent"]


def _extract(doc, document: Document) -> Extraction:
    starts = [s.start_char for s in doc.sents]

    def sentence_of(offset: int) -> int:
        return max(0, bisect.bisect_right(starts, offset) - 1)

    strings = doc_strings(doc)  # (doc.text, token texts), read once
    anchor, inferred = document.published, False
    if anchor is None:  # the address's day, else the text's latest full date, else the address's month
        linked = url_date(document.url, document.source)
        anchor = linked if linked and len(linked) == 10 else (
            infer_document_date(strings[0], document.removed) or linked)
        inferred = anchor is not None
    timexes = find_timexes(doc, anchor, removed=document.removed, sentence_of=sentence_of, text=strings[0])
    table = resolve_actors(doc, document, sentence_of=sentence_of, strings=strings)
    events = EventExtractor(doc, document, table, timexes, anchor=anchor,
                            sentence_of=sentence_of).run()
    used = {p.actor for e in events for p in e.participants}
    actors = tuple(a for k, a in sorted(table.actors.items()) if k in used or _named(table, k))
    keys = {a.key for a in actors}
    mentions = tuple(m for m in table.mentions if m.actor in keys)
    return Extraction(document=document, actors=actors, mentions=mentions, events=tuple(events),
                      timexes=tuple(timexes), published=anchor, published_inferred=inferred)


def _named(table, key: str) -> bool:
    """Actors named in the text (not only pronouns or generic groups) are kept."""
    return any(m.actor == key and m.kind not in ("pronoun",) for m in table.mentions)

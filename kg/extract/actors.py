"""Actors: people, organisations, places and groups, resolved within one document.

``resolve_actors`` reads the entities of a spaCy Doc (with
:func:`add_entity_ruler` in its pipeline) and returns an :class:`ActorTable`:
one :class:`~kg.model.Actor` per real-world actor, keyed by a slug that is the
same in every document, and the mentions that refer to it. The table also
answers, on demand, what a pronoun, a group noun phrase, a government
metonymy or a bare title refers to (see :mod:`kg.extract.coref`).
"""

from __future__ import annotations

import bisect
from dataclasses import replace
from typing import Callable

from spacy.attrs import ORTH, SPACY

from kg.extract import coref
from kg.extract.actor_entities import EntityReader
from kg.extract.actor_headlines import in_ranges, slug_lines
from kg.extract.actor_keys import actor_key, place_actor
from kg.extract.actor_ruler import add_entity_ruler
from kg.model import PERSON, Actor, Document, Mention, Provenance

__all__ = ["ActorTable", "add_entity_ruler", "resolve_actors", "actor_key", "place_actor"]

# How far a mention of each kind is trusted.
CONFIDENCE = {
    "actors.ruler": 0.95,
    "actors.ner": 0.85,
    "actors.surname": 0.8,
    "actors.acronym": 0.9,
    "actors.propagated": 0.75,
    "actors.metonymy": 0.75,
    "actors.group": 0.65,
    "actors.title": 0.7,
    "actors.coref": 0.6,
}


class ActorTable:
    """The actors of one document and the mentions that refer to them."""

    def __init__(self, doc, document: Document, sentence_of: Callable[[int], int] | None = None, *,
                 strings: tuple[str, list[str]] | None = None):
        self.doc = doc
        self.document = document
        self.actors: dict[str, Actor] = {}
        self.mentions: list[Mention] = []
        # read once (doc_strings): a span's text is a slice of text
        self.text, self.words = strings if strings is not None else doc_strings(doc)
        self._evidence: dict[int, str] = {}  # sentence start token -> its text, stripped
        self._sent_starts = [s.start_char for s in doc.sents]
        self._sentence_of = sentence_of or self._default_sentence_of
        self._token_actor: dict[int, str] = {}  # token index -> actor key
        self._token_kind: dict[int, str] = {}
        self._spans: list[tuple[int, int, str]] = []  # (start_char, end_char, key), sorted later
        self._lazy: dict[int, str | None] = {}
        self.entity_tokens: set[int] = set()  # tokens inside an entity or a title, kept or dropped
        self._lower_words: frozenset[str] | None = None
        self.refs: list[tuple[int, str]] = []  # (head token index, key) of named mentions in order
        self.slugs = slug_lines(self.text)  # a web address's slug on its own line: no mention

    # -- building ---------------------------------------------------------
    def _default_sentence_of(self, char: int) -> int:
        return max(0, bisect.bisect_right(self._sent_starts, char) - 1)

    def add_actor(self, actor: Actor) -> str:
        """Register an actor, merging titles, affiliations and aliases into a known one."""
        old = self.actors.get(actor.key)
        if old is None:
            self.actors[actor.key] = actor
            return actor.key
        merged = replace(
            old,
            titles=_union(old.titles, actor.titles),
            affiliations=_union(old.affiliations, actor.affiliations),
            aliases=_union(old.aliases, actor.aliases),
        )
        if merged != old:
            self.actors[actor.key] = merged
        return actor.key

    def add_alias(self, key: str, alias: str) -> None:
        """Remember another surface form of an actor."""
        actor = self.actors[key]
        alias = " ".join(alias.split())
        if alias and alias != actor.label and alias not in actor.aliases:
            self.actors[key] = replace(actor, aliases=actor.aliases + (alias,))

    def add_mention(
        self, key: str, start: int, end: int, kind: str, extractor: str, *,
        head: int | None = None, tokens: range | None = None, confidence: float | None = None,
    ) -> Mention:
        """Record that tokens [start, end) refer to ``key`` and map them for lookups."""
        span = self.doc[start:end]
        s_char, e_char = span.start_char, span.end_char
        sent = span.sent
        evidence = self._evidence.get(sent.start)
        if evidence is None:
            evidence = self._evidence[sent.start] = self.text[sent.start_char:sent.end_char].strip()
        prov = Provenance(
            document=self.document.id,
            sentence=self._sentence_of(s_char),
            start=s_char,
            end=e_char,
            evidence=evidence,
            extractor=extractor,
            confidence=CONFIDENCE.get(extractor, 0.5) if confidence is None else confidence,
        )
        mention = Mention(actor=key, text=self.text[s_char:e_char] if end > start else span.text,
                          kind=kind, provenance=prov)
        self.mentions.append(mention)
        self._spans.append((s_char, e_char, key))
        for i in tokens if tokens is not None else range(start, end):
            self._token_actor.setdefault(i, key)
            self._token_kind.setdefault(i, kind)
        if head is not None and kind != "pronoun":
            self.refs.append((head, key))
        return mention

    def map_name(self, key: str, tokens: range | list[int]) -> None:
        """Let a name found late (a sayer the model missed) point to its actor, so that a
        pronoun in a later sentence can take it up ("X said ... He added")."""
        for i in tokens:
            if i not in self._token_actor:
                self._token_actor[i] = key
                self._token_kind[i] = "name"
                self._lazy.pop(i, None)

    def map_tokens(self, key: str, tokens: range | list[int]) -> None:
        """Let extra tokens (a peeled title) point to an actor without a new mention."""
        for i in tokens:
            self._token_actor.setdefault(i, key)
            self._token_kind.setdefault(i, "title")

    def finish(self) -> None:
        """Sort the mentions and the lookup lists once building is over."""
        self.mentions.sort(key=lambda m: (m.provenance.start, m.provenance.end))
        self._spans.sort()
        self.refs.sort()

    # -- lookups ----------------------------------------------------------
    def headline_end(self) -> int:
        """Offset where the text after a leading headline begins; 0 when the text does not open
        with its title. Headlines parse badly: what trusts the parse reads from here."""
        title = (self.document.title or "").strip()
        return len(title) if title and self.text.lstrip().startswith(title) else 0

    def kind_of_token(self, i: int) -> str | None:
        """The mention kind that mapped token ``i``, if any."""
        return self._token_kind.get(i)

    def key_of_token(self, i: int) -> str | None:
        """The actor a token maps to from the named mentions alone (no inference)."""
        return self._token_actor.get(i)

    def lower_case_words(self) -> frozenset[str]:
        """Words the text writes in lower case somewhere: a capitalised one is then a word at a
        sentence's start or in a headline ("Attack"), not a name. Read once per document."""
        if self._lower_words is None:
            self._lower_words = frozenset(w for w in self.words if w.islower())
        return self._lower_words

    def actor_for_token(self, token) -> str | None:
        """Key of the actor ``token`` refers to, or None.

        Inside (or head of) an entity mention; a pronoun resolved to its
        antecedent; the head of a group noun phrase (a Group created on demand);
        a government metonymy ("the Chinese government" -> China); or a bare
        title ("the high commissioner") held by a person of the document.
        """
        i = token.i
        if i in self._token_actor:
            return self._token_actor[i]
        if i in self._lazy:
            return self._lazy[i]
        if self.document.removed and self.document.is_removed(token.idx, token.idx + len(token)) \
                or self.slugs and in_ranges(self.slugs, token.idx):
            self._lazy[i] = None
            return None
        key = coref.infer(self, token)
        self._lazy[i] = key
        return key

    def actor_for_span(self, start_char: int, end_char: int) -> str | None:
        """Key of the actor a character span refers to: best overlapping mention, else its root."""
        best, best_overlap = None, 0
        lo = bisect.bisect_left(self._spans, (start_char - 200,))
        for s, e, key in self._spans[lo:]:
            if s >= end_char:
                break
            overlap = min(e, end_char) - max(s, start_char)
            if overlap > best_overlap:
                best, best_overlap = key, overlap
        if best is not None:
            return best
        span = self.doc.char_span(start_char, end_char, alignment_mode="expand")
        if span is None or len(span) == 0:
            return None
        return self.actor_for_token(span.root)

    def persons(self) -> list[Actor]:
        """The people of the document."""
        return [a for a in self.actors.values() if a.type == PERSON]


def _union(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...]:
    """Ordered union; a value contained in a longer one ("Vice Foreign Minister") is dropped."""
    out = list(a)
    for x in b:
        if any(x in y for y in out):
            continue
        out = [y for y in out if y not in x] + [x]
    return tuple(out)


def doc_strings(doc) -> tuple[str, list[str]]:
    """``doc.text`` and the text of each token, read from arrays rather than Token objects."""
    rows = doc.to_array([ORTH, SPACY]).tolist()
    strings = doc.vocab.strings
    words = [strings[orth] for orth, _space in rows]
    return "".join([w + " " if space else w for w, (_orth, space) in zip(words, rows)]), words


def resolve_actors(doc, document: Document, *, sentence_of: Callable[[int], int] | None = None,
                   strings: tuple[str, list[str]] | None = None) -> ActorTable:
    """Resolve the actors of one document.

    ``doc`` is a spaCy Doc over ``document.text`` from a pipeline with
    :func:`add_entity_ruler` applied; spans inside ``document.removed`` are skipped.
    ``strings`` is ``doc_strings(doc)`` if the caller has it.
    """
    table = ActorTable(doc, document, sentence_of, strings=strings)
    EntityReader(doc, document, table).run()
    propagate_names(table)
    table.finish()
    return table


def propagate_names(table: ActorTable) -> None:
    """Names the model tagged once count everywhere they recur in the document.

    spaCy's small model tags "ChinaFile" in one sentence and misses it in the
    next; a name (or a person's surname) that maps to one actor only is
    marked wherever it appears untagged.
    """
    doc, document, texts = table.doc, table.document, table.words
    forms: dict[tuple[str, ...], set[str]] = {}
    for m in table.mentions:
        if m.kind in ("name", "surname", "acronym") and m.text[:1].isupper():
            span = doc.char_span(m.provenance.start, m.provenance.end, alignment_mode="expand")
            words = tuple(texts[span.start:span.end]) if span is not None else ()
            if words and all(w[:1].isupper() or not w[:1].isalpha() for w in words):
                forms.setdefault(words, set()).add(m.actor)
    for actor in table.actors.values():
        if actor.type == PERSON and " " in actor.label:
            forms.setdefault((actor.label.split()[-1],), set()).add(actor.key)
    unique = {f: next(iter(keys)) for f, keys in forms.items() if len(keys) == 1}
    longest = max((len(f) for f in unique), default=0)
    i, size = 0, len(texts)
    while i < size:
        if i in table._token_actor or not texts[i][:1].isupper() or (
                document.removed and document.is_removed(doc[i].idx, doc[i].idx + len(texts[i]))) or (
                table.slugs and in_ranges(table.slugs, doc[i].idx)):
            i += 1
            continue
        for n in range(min(longest, size - i), 0, -1):
            words = tuple(texts[i:i + n])
            if words in unique and not any(j in table._token_actor for j in range(i, i + n)):
                table.add_mention(unique[words], i, i + n, "name", "actors.propagated",
                                  head=doc[i:i + n].root.i)
                i += n
                break
        else:
            i += 1

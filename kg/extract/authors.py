"""Statements by documents: a report, memo or study states, accuses or finds for its author.

"NASA's risk analysis indicates that ..." is NASA speaking; "the report" later in the
story is the report named with its author a few sentences before ("Amnesty released a
report ... the report accuses").
"""

from __future__ import annotations

from kg.extract import lexicon as lx
from kg.extract.arguments import actors_in, subject_tokens
from kg.model import GROUP, ORGANIZATION, PERSON, PLACE

DOCUMENT_WINDOW = 6  # sentences back that "the report" may find its author in
PUBLISH_VERBS = frozenset({"release", "publish", "issue", "produce", "compile", "prepare", "write",
                           "present", "submit", "send", "circulate", "unveil", "launch", "complete"})


class DocumentRules:
    """Mixin of :class:`kg.extract.events.EventExtractor`: the authors of documents that speak."""

    def _document_authors(self, nouns) -> list:
        """The author of a report, memo or study that is said to state something."""
        docs = [n for n in nouns if n.pos_ == "NOUN" and n.lemma_.lower() in lx.DOCUMENT_NOUNS]
        found = self.of_type(self._owners(docs), PERSON, ORGANIZATION, GROUP, PLACE) if docs else []
        if not found:
            for noun in docs:  # "the report": the report named with its author before
                if any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children):
                    found = self._earlier_document_authors(noun)
                    if found:
                        break
        return found

    def _earlier_document_authors(self, noun) -> list:
        """Authors of the last same-named document in the sentences before ('a report by X ... the report')."""
        sent = noun.sent
        first = sent.start
        for _ in range(DOCUMENT_WINDOW):
            if first == 0:
                break
            first = self.doc[first - 1].sent.start
        lemma = noun.lemma_.lower()
        for i in range(noun.i - 1, first - 1, -1):
            tok = self.doc[i]
            if tok.lemma_.lower() == lemma and tok.pos_ == "NOUN":
                owners = []
                if tok.dep_ == "dobj" and tok.head.lemma_.lower() in PUBLISH_VERBS:
                    owners = actors_in(subject_tokens(tok.head), self.resolve)  # "Amnesty released a report"
                owners = self.of_type(owners or self._owners([tok]), PERSON, ORGANIZATION, GROUP, PLACE)
                if owners:
                    return owners
        return []

    def _document_statement(self, verb) -> list:
        """'NASA's risk analysis indicates that ...': a document states for its author."""
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in lx.DOCUMENT_SAY_VERBS \
                or verb.lemma_ in lx.SAY_VERBS:
            return []
        content = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        sent = verb.sent
        quote = self.quotes.near(verb.idx, sent.start_char, sent.end_char)
        if content is None and quote is None:
            return []
        agents = self._document_authors(subject_tokens(verb))
        if not agents:
            return []
        cand = self.Candidate(lx.STATED, lx.CAMEO[lx.STATED], verb, "events.stated.document", 0.75,
                              agents=agents, quote=quote)
        cand.content = content
        return [cand]

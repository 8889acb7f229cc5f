"""Names set beside a role of people: "Klimov's wife, Tatyana Leonovich-Klimova".

News introduces many people by their role first and the name after a comma ("the
Indian ambassador to the US, Naresh Chandra", "the secretary-general of the rebel
movement, Guillaume Soro,"). The small model often leaves such a name untagged, or
tags its words as places one by one; the apposition itself says it is a person's.
"""

from __future__ import annotations

from spacy.attrs import DEP, TAG

from kg.extract import gazetteer as gz
from kg.extract.actor_lexicon import KINSHIP_NOUNS, ORG_SUFFIXES, TITLE_HEADS, TITLE_MODIFIERS
from kg.extract.actor_spans import Cand
from kg.extract.lexicon import PERSON_ROLE_NOUNS

ROLE_NOUNS = PERSON_ROLE_NOUNS | KINSHIP_NOUNS | TITLE_HEADS
# What may close an apposition: the comma before the verb, the sentence's end, a bracket.
APPOS_CLOSERS = frozenset({",", ".", ";", ")", "(", "\u2014"})
# The model's labels a person's name can wrongly get; an organisation's tag is left alone.
RETAGGABLE = frozenset({"PERSON", "GPE", "LOC", "NORP", "FAC"})


def appositive_names(doc, document, cands: list[Cand]) -> list[Cand]:
    """The candidates with each name in apposition to a role noun made one PERSON span."""
    appos, nnp = doc.vocab.strings["appos"], doc.vocab.strings["NNP"]
    rows = doc.to_array([DEP, TAG]).tolist()  # the arrays first: a Token is built only for a proper-noun apposition
    found = [span for span in (_role_apposition(doc, doc[i]) for i, (dep, tag) in enumerate(rows)
                               if dep == appos and tag == nnp) if span is not None]
    if not found:
        return cands
    out = list(cands)
    for start, end in found:
        inside = [c for c in out if c.start < end and start < c.end]
        kin = doc[start - 1].lemma_.lower() in KINSHIP_NOUNS  # "his wife Lyudmila Putina": no one's company
        if any(c.start < start or c.end > end or c.label not in RETAGGABLE and not kin for c in inside):
            continue  # a longer or an organisation's span: the model's reading stands
        if any(c.label == "PERSON" and (c.start, c.end) == (start, end) for c in inside):
            continue
        if document.removed and document.is_removed(doc[start].idx, doc[end - 1].idx + len(doc[end - 1])):
            continue
        out = [c for c in out if c not in inside] + [Cand(start, end, "PERSON", "actors.ner")]
    return sorted(out, key=lambda c: c.start)


def _role_apposition(doc, tok) -> tuple[int, int] | None:
    """Token range of a 2-4 word name set off by commas after a role noun ("his wife, X Y")."""
    head = tok.head
    if head.i >= tok.i or head.tag_ not in ("NN", "NNS") or not head.is_lower \
            or head.lemma_.lower() not in ROLE_NOUNS and head.lower_ not in ROLE_NOUNS:
        return None
    start, end = tok.left_edge.i, tok.i + 1
    kin = head.lemma_.lower() in KINSHIP_NOUNS and start == head.i + 1  # "his wife Lyudmila Putina"
    if start == 0 or doc[start - 1].text != "," and not kin \
            or (end < len(doc) and doc[end].text not in APPOS_CLOSERS):
        return None
    words = [t for t in doc[start:end] if t.text != "-"]
    if not 2 <= len(words) <= 4 or not all(_name_word(t) for t in words):
        return None
    if any(t.text == "-" and (t.whitespace_ or doc[t.i - 1].whitespace_) for t in doc[start:end]):
        return None  # "X - Y": a dash between phrases, not a hyphenated name
    text = doc[start:end].text
    if words[-1].lower_ in ORG_SUFFIXES or gz.country(text) or gz.lookup_place(text) is not None \
            or gz.canonical_organization(text):
        return None
    return start, end


def _name_word(tok) -> bool:
    """A capitalised proper noun that is no title word ("Naresh", not "Foreign" or "Minister")."""
    return tok.tag_ == "NNP" and tok.is_alpha and tok.text[:1].isupper() and tok.text[1:].islower() \
        and tok.lower_ not in TITLE_HEADS and tok.lower_ not in TITLE_MODIFIERS

"""What a plural "they"/"them" stands for when it is several named actors at once.

Outside quotes, "they" stands for the coordinated actors named before it: in the clause
that governs its own ("A and B went to X, where they discussed ...") or as the subject
of the sentence before ("A and B landed, an agency said. It said they were greeted by
C"); someone who meets a travelling party meets its head ("A arrived with his wife and a
delegation ... They were met by C": A). A plural of people in its own sentence ("farmers ... they
say") leaves it to the usual resolution (:mod:`kg.extract.coref`); a coordination with
an unknown member ("A of Chile and her counterpart B", A unknown) to nothing.
"""

from __future__ import annotations

from kg.extract.actor_lexicon import TITLE_HEADS
from kg.extract.arguments import coordinated
from kg.extract.coref_groups import NAMED_KINDS, NOBODY, is_group_head, members_of, singular
from kg.model import PERSON, PLACE

ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "dative", "appos"})
TRAVEL_LEMMAS = frozenset({"arrive", "come", "land", "fly", "travel", "return", "reach"})
# Where a pronoun is one received or met rather than one acting.
PATIENT_DEPS = frozenset({"nsubjpass", "dobj", "pobj", "dative"})
SPEECH_LEMMAS = frozenset("say report tell announce add state quote".split())


def plural_pronoun(table, token) -> str | None:
    """The coordinated actors (or the travelling party's head) a plural pronoun stands for;
    :data:`NOBODY` when it stands for a coordination whose actors are not all known."""
    sent = token.sent
    clause = token.head
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    # not from the pronoun's own clause ("Besides A and B, they showed")
    if any(_people_noun(t) and t.i not in table.entity_tokens for t in token.doc[sent.start:token.i]):
        return None  # "farmers block the roads, which they say ...": the usual resolution
    found = _coordination(table, sent.start, min(token.i, clause.left_edge.i))
    if found is None and sent.start > 0:
        found = _subject_coordination(table, token.doc[sent.start - 1].sent)
    if not found and token.dep_ in PATIENT_DEPS:
        found = _party_head(table, token) or found
    return found


def _people_noun(token) -> bool:
    """A plural that may name the pronoun's people itself: "students", "the two ministers"."""
    return token.tag_ in ("NNS", "NNPS") and (is_group_head(token) or singular(token) in TITLE_HEADS) \
        and not (token.dep_ == "pobj" and token.head.lower_ == "as")  # "described A and B as rivals"


def _coordination(table, start: int, end: int) -> str | None:
    """Members key of the last coordination in [start, end); :data:`NOBODY` when it is not of
    known actors alike (places, or no places), and so tells nothing."""
    doc = table.doc
    for i in range(end - 1, start - 1, -1):
        t = doc[i]
        if t.dep_ not in ARGUMENT_DEPS or t.dep_ == "pobj" and t.head.head.pos_ not in ("VERB", "AUX"):
            continue  # "the presidents of A and B": the presidents, not A and B
        members = coordinated(t)
        if len(members) < 2:
            continue
        named = [_named_at(table, m) for m in members]
        if not any(named):
            return None  # "rebels and troops": a group of the usual kind, if anything
        places = {k is not None and table.actors[k].type == PLACE for k in named}
        if None in named or len(set(named)) < 2 or len(places) > 1:
            return NOBODY  # "A of Chile and her counterpart" with A unknown: not Chile
        return members_of(table, named)
    return None


def _named_at(table, token) -> str | None:
    """The actor named at a token, or in its apposition ("his deputy, Minister X")."""
    for t in [token] + [c for c in token.children if c.dep_ == "appos"]:
        key = table.key_of_token(t.i)
        if key is not None and table.kind_of_token(t.i) in NAMED_KINDS | {"metonymy"}:
            return key
    return None


def _subject_coordination(table, sent) -> str | None:
    """The coordinated subject of a sentence, or of the clause it reports ("A and B
    landed ..., an agency said")."""
    root = sent.root
    clauses = [root] + [c for c in root.children if c.dep_ == "ccomp"] if root.lemma_ in SPEECH_LEMMAS else [root]
    for clause in clauses:
        for subject in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")):
            found = _coordination(table, subject.i, subject.i + 1)
            if found is not None:
                return found
    return None


def _party_head(table, token) -> str | None:
    """'A arrived with his wife and a delegation. They were met by C': A, the party's head,
    from the pronoun's sentence or the two before it."""
    doc = table.doc
    first = token.sent.start
    for _ in range(2):
        if first > 0:
            first = doc[first - 1].sent.start
    for i in range(token.i - 1, first - 1, -1):
        verb = doc[i]
        if verb.pos_ != "VERB" or verb.lemma_ not in TRAVEL_LEMMAS \
                or not any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        key = table.key_of_token(subjects[0].i) if len(subjects) == 1 else None
        if key is not None and table.actors[key].type == PERSON:
            return key
    return None

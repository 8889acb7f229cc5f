"""Who speaks: the discourse subject of a sentence, the last speaker a "he said" goes on with,
and the subject of reported words, which is spoken of rather than speaking."""

from __future__ import annotations

from kg.extract.actor_lexicon import FEMALE_PRONOUNS, MALE_PRONOUNS

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
REPORTER_TITLES = frozenset("reporter correspondent journalist columnist editor anchor".split())
SPOKESMAN_TITLES = frozenset("spokesman spokeswoman spokesperson".split())
RELAYING_TITLES = SPOKESMAN_TITLES | REPORTER_TITLES
SPEECH_LEMMAS = frozenset("say add tell state note explain insist stress claim report announce reply".split())
# What only a speaker does with words: its "it" is a state or body, never a thing.
VOICING_LEMMAS = SPEECH_LEMMAS | frozenset("call term describe accuse deny reject condemn urge"
                                           " blame criticize criticise denounce protest complain rebuke".split())


def is_subject(t) -> bool:
    """A clause subject, or the source of "according to X": the discourse subject."""
    if t.dep_ in SUBJECT_DEPS:
        return True
    if t.dep_ == "appos" and t.head.dep_ in SUBJECT_DEPS:  # "The minister of India, X, arrived"
        return t.head.lemma_.lower() not in RELAYING_TITLES  # not "A spokesman, X, said"
    return t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.head.lower_ == "according"


def reported(ref, pronoun) -> bool:
    """'The two leaders will meet, they said': the subject of the words a pronoun reports is
    the one spoken of, not the speaker."""
    verb, clause = pronoun.head, ref.head
    return clause.dep_ == "ccomp" and clause.head.i == verb.i \
        or verb.dep_ in ("parataxis", "ccomp") and verb.head.i == clause.i and pronoun.dep_ in SUBJECT_DEPS


def last_speaker(by_sentence: dict, here: int, token) -> str | None:
    """'X said ... Y smiled as ... "...," he said': a pronoun that attributes speech goes on
    with the last speaker in reach, not with whoever was named since without speaking; a new
    main-clause subject, or a speaker we cannot name, ends the search."""
    if token.dep_ not in SUBJECT_DEPS or token.head.lemma_.lower() not in SPEECH_LEMMAS:
        return None
    other = MALE_PRONOUNS if token.lower_ in FEMALE_PRONOUNS else FEMALE_PRONOUNS if token.lower_ in MALE_PRONOUNS else ()
    before = [start for start in sorted(by_sentence, reverse=True) if start != here]
    refs = [ref for start in before for ref in by_sentence[start]]
    for start in before:
        root = token.doc[start].sent.root
        speaking = root.lemma_.lower() in VOICING_LEMMAS
        for t, key in by_sentence[start]:
            if is_subject(t) and (t.head.lemma_.lower() in VOICING_LEMMAS or t.dep_ == "pobj"):  # or "according to"
                # a "he" taken up before tells the speaker's sex where the name does not
                return None if any(k == key and r.lower_ in other for r, k in refs) else key
            if t.dep_ in SUBJECT_DEPS and t.head.dep_ == "ROOT":
                return None  # "X is a dean. He says ...": a new main subject takes the word
        if speaking:
            return None  # "..., the spokesman said": someone unnamed spoke last
    return None

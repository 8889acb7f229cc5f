"""Objections: opposing someone's deed, objecting to it, likening someone to a villain, chanting
against them.

"China firmly opposes the US arms sale", "we are against the French decision" and "we object
to their tactics" disapprove of the deed's owner; "compared X to Hitler" and crowds chanting
"Down with X" reject X. Mixed into :class:`kg.extract.criticism.CriticismRules`, whose owner
and target helpers these rules use.
"""

from __future__ import annotations

from kg.extract import lexicon as lx
from kg.extract.arguments import actors_in, patient_tokens, prep_objects, subject_tokens

# What one opposes or objects to when it is someone's deed: their stand, plan or act.
OPPOSED_DEEDS = lx.STANCE_NOUNS | lx.DEED_NOUNS | lx.MEASURE_NOUNS | frozenset(lx.ATTACK_NOUNS) | frozenset({
    "sale", "test", "testing", "tactic", "tactics", "visit", "deployment", "annexation", "occupation",
    "expulsion", "arrest", "detention", "execution", "construction", "intervention"})


class ObjectionRules:
    """Opposition, objection, likening and chants; needs CriticismRules' helpers."""

    def _opposed(self, tok, lemma: str) -> list:
        """'China opposes the US arms sale', 'we are against the French decision', 'we object to
        their tactics': the owner of the deed is disapproved of (not 'opposes the war': nobody's)."""
        if lemma == "oppose" and tok.pos_ == "VERB":
            deeds = patient_tokens(tok)
        elif lemma == "object" and tok.pos_ == "VERB":
            deeds = prep_objects(tok, {"to"})
        elif lemma == "be":
            deeds = prep_objects(tok, {"against"})
        else:
            return []
        deeds = [d for d in deeds if d.lemma_.lower() in OPPOSED_DEEDS
                 or d.dep_ == "pcomp" and d.tag_ == "VBG"]  # "object to their employing"
        if not deeds or any(c.dep_ == "neg" for c in tok.children):
            return []
        owners = self._owners(deeds) or actors_in([c for d in deeds for c in d.children if c.dep_ == "poss"],
                                                  self.resolve)
        return self._criticism(tok, "events.criticized.opposition", 0.7,
                               actors_in(subject_tokens(tok), self.resolve), owners)

    def _distanced(self, verb, lemma: str) -> list:
        """'distanced itself from X's remarks', 'disassociated himself from the comments by X':
        disowning someone's words or deed disapproves of them (not 'distanced itself from the talks')."""
        if lemma not in ("distance", "disassociate", "dissociate") or any(c.dep_ == "neg" for c in verb.children):
            return []
        if not any(c.dep_ == "dobj" and c.lower_.endswith(("self", "selves")) for c in verb.children):
            return []
        words = [o for o in prep_objects(verb, {"from"}) if o.lemma_.lower() in OPPOSED_DEEDS
                 or o.lemma_.lower() in lx.SAY_NOUNS]
        return self._criticism(verb, "events.criticized.opposition", 0.65,
                               actors_in(subject_tokens(verb), self.resolve), self._owners(words))

    def _held_responsible(self, verb, lemma: str) -> list:
        """'held Uganda responsible for the violence', 'holds the government accountable': blame."""
        if lemma != "hold" or any(c.dep_ == "neg" for c in verb.children):
            return []
        complements = [c for c in verb.children if c.dep_ in ("oprd", "acomp", "advcl", "xcomp", "ccomp")
                       and c.lemma_.lower() in lx.CULPABLE_WORDS]
        if not complements:
            return []
        held = patient_tokens(verb) + [s for c in complements for s in c.children if c.dep_ == "ccomp"
                                        and s.dep_ == "nsubj"]  # "holds | the government accountable"
        return self._criticism(verb, "events.criticized.blame", 0.75,
                               actors_in(subject_tokens(verb), self.resolve), self._targets_of(held), "112")

    def _chanted(self, verb, lemma: str) -> list:
        """'led chants of "Down with X"', 'shouted "Death to X"': the chanters reject X."""
        if lemma not in lx.CHANT_VERBS:
            return []
        slogans = [t for t in verb.subtree if t.lower_ in ("down", "death") and t.i > 0 and t.nbor(-1).is_quote
                   and t.i + 1 < len(t.doc) and t.nbor().lower_ == ("with" if t.lower_ == "down" else "to")
                   and next((a for a in t.ancestors if a.pos_ == "VERB"), None) == verb]
        targets = actors_in([o for t in slogans for o in t.doc[t.i + 1].children if o.dep_ == "pobj"], self.resolve)
        return self._criticism(verb, "events.criticized.chant", 0.65,
                               actors_in(subject_tokens(verb), self.resolve), targets) if targets else []

    def _likened_to_villain(self, verb, lemma: str) -> list:
        """'compared X to Hitler', 'likened X to a Nazi guard', 'equated X with a dictator'."""
        if lemma not in lx.LIKEN_VERBS or any(c.dep_ == "neg" for c in verb.children):
            return []
        likeness = prep_objects(verb, {"to", "with"})
        likeness += [o for p in patient_tokens(verb) for o in prep_objects(p, {"to", "with"})]  # hung on X
        if not any(t.lemma_.lower() in lx.VILLAINS or t.lower_ in lx.VILLAINS or self._is_negative(t)
                   for o in likeness for t in [o, *(c for c in o.children if c.dep_ in ("amod", "compound"))]):
            return []
        return self._criticism(verb, "events.criticized.insult", 0.7,
                               actors_in(subject_tokens(verb), self.resolve),
                               actors_in(patient_tokens(verb), self.resolve))

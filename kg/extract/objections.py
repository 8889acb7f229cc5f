"""Objections: opposing someone's deed, objecting to it, likening someone to a villain, chanting
against them.

"China firmly opposes the US arms sale", "we are against the French decision" and "we object
to their tactics" disapprove of the deed's owner; "compared X to Hitler" and crowds chanting
"Down with X" reject X. A clause summed up after a comma by what it was and who rejects it
("X accused Y of Z, a charge Y denies"; "X called for new polls, a demand the board rejected")
is rejected by that clause's subject's opponent. Mixed into :class:`kg.extract.criticism.CriticismRules`, whose owner
and target helpers these rules use.
"""

from __future__ import annotations

from kg.extract import lexicon as lx
from kg.extract.arguments import actors_in, is_passive, patient_tokens, prep_objects, subject_tokens

# What one opposes or objects to when it is someone's deed: their stand, plan or act.
OPPOSED_DEEDS = lx.STANCE_NOUNS | lx.DEED_NOUNS | lx.MEASURE_NOUNS | frozenset(lx.ATTACK_NOUNS) | frozenset({
    "sale", "test", "testing", "tactic", "tactics", "visit", "deployment", "annexation", "occupation",
    "expulsion", "arrest", "detention", "execution", "construction", "intervention"})
# What a clause can be summed up as when it is rejected: "..., a charge Y denies".
SUMMED_UP_STANCES = lx.STANCE_NOUNS | lx.ACCUSATION_NOUNS | frozenset({"proposal", "offer"})
# The rejecting verb's inflected forms, read from the words: the parser often takes the verb of
# such a short relative clause for a noun ("a charge Khartoum dismisses").
REJECTING_FORMS = frozenset(form for verb in lx.REJECT_VERBS - {"protest", "brush", "shrug", "mock"} for form in (
    verb, verb + "s", verb + "es", verb + "d", verb + "ed", verb[:-1] + "ies", verb[:-1] + "ied"))
SUMMARY_DASHES = frozenset({",", "--", "-", "\u2013", "\u2014"})
# Words between the summing noun and its verb that are not the rejecter: "that", "has", "flatly".
RELATIVE_FILLERS = frozenset({"that", "which", "has", "have", "had", "also", "repeatedly", "flatly", "strongly",
                              "vehemently", "since", "always", "categorically", "long", "firmly"})


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

    def _rejected_in_summary(self, noun) -> list:
        """'X accused Y of arming militias, a charge Y dismisses', 'X called on the board to annul the
        vote -- a demand the board has rejected': the rejecter of the summed-up clause criticises its
        subject. Read from the words, since the parser splits such tails in many ways."""
        doc, sent = noun.doc, noun.sent
        det = noun.i - 1
        if det <= sent.start or doc[det].lower_ not in ("a", "an") or doc[det - 1].text not in SUMMARY_DASHES:
            return []
        verb = next((t for t in doc[noun.i + 1:min(noun.i + 10, sent.end)] if t.lower_ in REJECTING_FORMS), None)
        if verb is None or any(t.dep_ == "neg" or t.lower_ in lx.MODAL_AUX or t.is_punct or t.pos_ == "VERB"
                               for t in doc[noun.i + 1:verb.i]):
            return []  # "a charge X may deny", "a claim X does not dispute", another clause between
        rest = doc[verb.i + 1:sent.end]
        if any(t.pos_ in ("NOUN", "PROPN", "PRON") and not t.ent_type_ in ("DATE", "TIME") for t in rest
               if not t.is_punct):  # "a charge the minister denied in court": the verb's own object
            return []
        rejecters = [t for t in doc[noun.i + 1:verb.i] if t.lower_ not in RELATIVE_FILLERS and t.pos_ != "AUX"]
        clause = _summed_clause(doc[sent.start:det - 1])
        if clause is None or is_passive(clause):
            return []
        return self._criticism(verb, "events.criticized.reject", 0.7, actors_in(
            [t for t in rejecters if t.head not in rejecters or t.head.i == t.i], self.resolve),
            actors_in(subject_tokens(clause), self.resolve))


def _summed_clause(span):
    """The verb heading the words before the summing noun: the one whose head lies outside them."""
    tops = [t for t in span if t.pos_ in ("VERB", "AUX") and (t.head.i == t.i or not span.start <= t.head.i < span.end)]
    return tops[0] if len(tops) == 1 else None

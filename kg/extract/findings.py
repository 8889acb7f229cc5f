"""Accusations told as findings: "an inquiry found that X was committing violations".

A body that finds, concludes or establishes that someone did wrong accuses them,
as a speaker who says so does (:mod:`kg.extract.blame`); but finding is no verb of
saying, so the statement rules never see it. The finder is the verb's subject; the
accused is the doer of the found clause: the subject of a wrong deed ("committed
violations", "violated the truce", "smuggled arms") or of being to blame
("was responsible for the massacre"). A negated finding or a negated deed accuses no one.
"""

from __future__ import annotations

from kg.extract.arguments import actors_in, is_passive, subject_tokens
from kg.extract.blame_clauses import breaks_norm
from kg.extract.denials import wrong_deed
from kg.model import ORGANIZATION, PERSON, PLACE

# Verbs whose clause is what an inquiry or a court established.
FINDING_VERBS = frozenset({"find", "conclude", "establish", "determine", "rule"})


class FindingRules:
    """Mixin of :class:`kg.extract.criticism.CriticismRules`: wrongs found by an inquiry."""

    def _found_wrong(self, verb, lemma: str) -> list:
        """'the commission found that Eritrea was committing violations': the commission criticised Eritrea."""
        if lemma not in FINDING_VERBS or is_passive(verb) or any(c.dep_ == "neg" for c in verb.children):
            return []
        clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")
                   and not any(n.dep_ == "neg" for n in c.children)]
        targets = []
        for clause in clauses:
            if is_passive(clause) or not (wrong_deed(clause) or breaks_norm(clause) or clause.lemma_ == "be" and any(
                    c.dep_ == "acomp" and self._culpable(c) for c in clause.children)):
                continue
            targets += self.of_type(actors_in([c for c in clause.children if c.dep_ == "nsubj"
                                               and c.lower_ not in self.FIRST_PERSON], self.resolve),
                                    PERSON, ORGANIZATION, PLACE)
        if not targets:
            return []
        return self._criticism(verb, "events.criticized.finding", 0.7,
                               actors_in(subject_tokens(verb), self.resolve), targets, "112")

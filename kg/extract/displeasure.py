"""Displeasure: criticism told by the critic's feelings rather than words of criticism.

"X was critical of Y", "is extremely unsatisfied with Y's remarks", "was angered by the
Pakistani decision", "read with dismay the report by Y", "reacted angrily to Y's
announcement", and a spokesman who says his own side was shocked that Y did something.
Mixed into :class:`kg.extract.disapproval.DisapprovalRules`; uses the criticism rules'
owner and target helpers.
"""

from __future__ import annotations

from kg.extract import lexicon as lx
from kg.extract.arguments import actors_in, is_passive, patient_tokens, prep_objects, subject_tokens
from kg.extract.diplomacy import OWN_POSSESSIVES
from kg.model import ORGANIZATION, PERSON, PLACE

# What a spokesman calls his own side: "said the government was troubled", "his country was shocked".
SIDE_NOUNS = frozenset({"government", "country", "nation", "administration", "kingdom", "state"})
# Passive verbs of displeasure that take a "that" clause: "was shocked that X would do Y".
SHOCK_VERBS = frozenset({"shock", "stun", "astonish", "astound", "dismay", "outrage", "anger", "disappoint"})


class DispleasureRules:
    """Criticism by displeasure felt; needs CriticismRules' helpers."""

    def _with_displeasure(self, verb) -> list:
        """'Schroeder read with dismay the report by the Pentagon': the report's owner."""
        felt = displeasure_felt(verb)
        if felt is None:
            return []
        return self._criticism(verb, "events.criticized.displeasure", 0.7, self.agents_of(verb),
                               self._targets_of(felt))

    def _reacted_angrily(self, tok, lemma: str) -> list:
        """'reacted angrily to the announcement by Moscow': the announcer is criticised."""
        if lemma not in ("react", "respond", "reply", "retort") or not any(
                c.dep_ == "advmod" and c.lower_ in lx.ANGRY_MANNERS for c in tok.children):
            return []
        targets = self._targets_of(prep_objects(tok, {"to"}))
        return self._criticism(tok, "events.criticized.reaction", 0.7, self.agents_of(tok), targets)

    def _angry_response(self, noun) -> list:
        """'threatened to end talks in a furious response to Tokyo's claims': whose words
        drew the angry answer is criticised by the one who answered."""
        if not any(c.dep_ == "amod" and c.lower_ in lx.ANGRY_RESPONSES for c in noun.children):
            return []
        verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in ("in", "as") else noun.head
        while verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX"):
            verb = verb.head  # "threatened to end talks in a furious response": the threat was the response
        if verb.pos_ not in ("VERB", "AUX"):
            return []
        targets = self._targets_of(prep_objects(noun, {"to"}))
        return self._criticism(verb, "events.criticized.reaction", 0.7, self.agents_of(verb), targets)

    def _displeased(self, adj, lemma: str) -> list:
        """'X was critical of Y', 'X is extremely unsatisfied with Y's remarks'."""
        if adj.dep_ not in ("acomp", "amod", "xcomp", "oprd") or any(c.dep_ == "neg" for c in adj.head.children):
            return []
        preps = {"of"} if lemma == "critical" else {"with", "at", "over", "about", "by"}
        targets = self._targets_of(prep_objects(adj, preps)) or self._displeasing_doers(adj)
        holder = adj.head
        agents = actors_in(subject_tokens(holder), self.resolve) if adj.dep_ != "amod" else \
            actors_in([holder], self.resolve)
        side = self._speaking_for_side(holder) if adj.dep_ != "amod" else None
        agents = agents if side is None else side
        return self._criticism(adj, "events.criticized.displeasure", 0.7, agents, targets)

    def _displeased_by(self, verb, lemma: str) -> list:
        """'was angered by the Pakistani decision', 'deeply troubled by the verdict'."""
        # "was disappointed by" also read as an adjective under "was" ("it was | deeply disappointed by")
        adjectival = verb.dep_ == "acomp" or verb.dep_ == "conj" and verb.head.dep_ == "acomp"  # "shocked and
        felt = adjectival and any(c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ in ("at", "over")  # disappointed at"
                                  for c in verb.children)
        if lemma not in lx.DISPLEASING_VERBS and verb.dep_ == "acomp" and verb.lower_ in lx.DISPLEASED_ADJECTIVES:
            return self._displeased(verb, verb.lower_)  # "is unsatisfied with", tagged as a verb
        that_clause = lemma in SHOCK_VERBS and is_passive(verb)  # "was shocked that X would resort to"
        if lemma not in lx.DISPLEASING_VERBS and not that_clause or not (is_passive(verb) or felt) \
                or any(c.dep_ == "neg" for c in [*verb.children, *(verb.head.children if felt else ())]):
            return []
        clause = (verb.head.head if verb.dep_ == "conj" else verb.head) if felt else verb
        agents = actors_in([c for c in clause.children if c.dep_ in ("nsubjpass", "nsubj")], self.resolve) \
            or self._reporter_itself(clause)
        side = self._speaking_for_side(clause)
        agents = agents if side is None else side
        deeds = [o for c in verb.children if c.dep_ in ("agent", "prep") and c.lower_ in ("by", "at", "over")
                 for o in c.children if o.dep_ == "pobj"] if lemma in lx.DISPLEASING_VERBS else []
        targets = self._targets_of(deeds) or self._displeasing_doers(verb)
        return self._criticism(verb, "events.criticized.displeasure", 0.7, agents, targets)

    def _displeasing_doers(self, felt) -> list:
        """'was shocked that the Nigerian government would resort to ...', 'is angry that X did Y':
        the state or body that did what the clause tells; never the one it befell ("that X died",
        "that X was taken away")."""
        clauses = [c for c in felt.children if c.dep_ == "ccomp" and any(
            m.dep_ == "mark" and m.lower_ == "that" for m in c.children) and not is_passive(c)]
        doers = [s for c in clauses if not any(n.dep_ == "neg" for n in c.children)
                 for s in c.children if s.dep_ == "nsubj"]
        return self.of_type(actors_in(doers, self.resolve), ORGANIZATION, PLACE)

    def _speaking_for_side(self, clause) -> list | None:
        """'Spokesman X said the government was deeply troubled by Y', 'said his country was
        shocked': the one who voices his own side's displeasure (his government or country,
        unnamed) is the critic; None when the clause is not so."""
        if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in lx.SAY_VERBS:
            return None
        holders = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not holders or not all(h.lower_ in SIDE_NOUNS and any(
                d.dep_ in ("det", "poss") and d.lower_ in ("the", "our", *OWN_POSSESSIVES) for d in h.children)
                and not any(d.dep_ in ("amod", "compound", "prep") for d in h.children) for h in holders):
            return None
        if any(c.dep_ == "neg" for c in clause.head.children):
            return []  # "did not say the government was angered": nobody's displeasure is told
        return self.of_type(actors_in(subject_tokens(clause.head), self.resolve), PERSON)

    def _reporter_itself(self, verb) -> list:
        """'The EU said it was disappointed by X': the pronoun subject of a reported clause is
        the one who reports it."""
        if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in lx.SAY_VERBS or not any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("it", "he", "she", "they", "we", "i")
                for c in verb.children):
            return []
        return actors_in(subject_tokens(verb.head), self.resolve)


def displeasure_felt(verb) -> list | None:
    """What a verb done 'with disgust' or 'with dismay' was done to ('read with dismay the
    report'; the parser may read 'dismay' as a verb taking the object); None without it."""
    manners = [c for p in verb.children if p.dep_ == "prep" and p.lower_ == "with" for c in p.children
               if c.dep_ in ("pobj", "pcomp") and c.lemma_.lower() in lx.DISPLEASURE_MANNERS]
    if not manners:
        return None
    felt = patient_tokens(verb) + [o for m in manners for o in m.children if o.dep_ == "dobj"]
    if not is_passive(verb):  # "read with disgust the memo by X": the parser hangs "by X" on the verb
        felt += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "by" for o in p.children
                 if o.dep_ == "pobj"]
    return felt

"""Whose accusations a denial answers: the nearest accuser of the one who denies.

"Gazprom said Ukraine had stolen gas. Kiev denied the accusations." The bare
definite "the accusations" sums up the last accusation made against the denier,
which may be a statement of blame rather than a verb of accusing, and is often
nearer than the headline's ("Russia accuses Ukraine ..."). So a denial of a
definite accusation noun with no owner of its own answers the nearest earlier
criticism whose target is the denier (or the denier's government or employer).
"""

from __future__ import annotations

import re

from kg.extract import gazetteer as gz
from kg.extract import lexicon as lx
from kg.extract.arguments import actors_in, coordinated, is_passive, patient_tokens, subject_tokens
from kg.model import PERSON

# How far back the accusation may have been made, in tokens (a few paragraphs).
ACCUSER_WINDOW = 250
# Deeds whose denial ("did not violate our airspace") answers an accusation.
DENIED_DEEDS = lx.CRIME_VERBS | frozenset({"attack", "bomb", "shoot", "kill", "invade", "interfere", "meddle",
                                           "spy", "violate", "intrude", "abuse"})
# What is committed and denied: "did not commit any offence".
COMMITTED_WRONGS = frozenset({"violation", "offence", "offense", "crime", "fraud", "wrongdoing", "irregularity"})
# The words a bare denial needs, looked for in the text first: "denied the accusations".
BARE_ACCUSATION = re.compile(r"\b(?:the|these|those|this|that)\s+(?:" + "|".join(
    sorted(lx.ACCUSATION_NOUNS)) + r")s?\b", re.IGNORECASE)


class DenialRules:
    """Mixin of :class:`kg.extract.events.EventExtractor`: denials of earlier accusations."""

    def _denials_of_nearest(self, candidates: list) -> list:
        """Candidates with each bare denial's target set to its nearest accuser."""
        if not BARE_ACCUSATION.search(self.text):
            return candidates  # the common case, found without building a token of the document
        criticisms = sorted((c for c in candidates if c.type == lx.CRITICIZED), key=lambda c: c.trigger.i)
        by_trigger: dict[int, list] = {}
        for c in criticisms:
            by_trigger.setdefault(c.trigger.i, []).append(c)
        replaced: dict[int, object] = {}
        for verb in (t for t in self.doc if t.pos_ == "VERB" and t.lemma_.lower() in lx.REJECT_VERBS):
            if not any(_bare_accusation(n) for p in patient_tokens(verb) for n in coordinated(p)):
                continue
            deniers = actors_in(subject_tokens(verb), self.resolve)
            sides = {s for k, t in deniers for s in self._stands_for(k, t)}
            if not sides:
                continue
            accusation = next((c for c in reversed(criticisms) if verb.i - ACCUSER_WINDOW < c.trigger.i < verb.i
                               and c.extractor != "events.criticized.reject"
                               and sides & {k for k, _ in c.targets}
                               and not sides & {k for k, _ in c.agents}), None)
            if accusation is None:
                continue
            found = self._criticism(verb, "events.criticized.reject", 0.7, deniers,
                                    self._accusing_body(accusation, criticisms, sides))
            if found:
                replaced[verb.i] = found[0]
        if not replaced:
            return candidates
        kept = [c for c in candidates if not (c.type == lx.CRITICIZED and c.trigger.i in replaced
                                              and c.extractor == "events.criticized.reject")]
        return kept + list(replaced.values())

    def _quoted_denials(self, candidates: list) -> list:
        """'X said: "Russian aircraft did not violate Georgia's airspace."': a statement that its
        own side did no wrong answers the nearest accuser of that side."""
        latest_first = sorted((c for c in candidates if c.type == lx.CRITICIZED), key=lambda c: -c.trigger.i)
        if not latest_first:
            return []
        out = []
        for cand in (c for c in candidates if c.type == lx.STATED):
            denying = cand.trigger.lemma_.lower() in ("deny", "refute")  # "denies that it committed ..."
            denied = [v for tokens, _ in self.statement_spans(cand) for v in tokens
                      if v.pos_ == "VERB" and wrong_deed(v) and not is_passive(v)
                      and (any(c.dep_ == "neg" for c in v.children) or denying and cand.content is not None
                           and (v.i == cand.content.i or v in cand.content.conjuncts))]
            if not denied:
                continue
            sides = {s for k, t in cand.agents for s in self._stands_for(k, t)}
            for verb in denied:
                for doer in (c for c in verb.children if c.dep_ == "nsubj"):
                    country = gz.demonym_among(m for m in doer.children if m.dep_ in ("amod", "compound"))
                    if country is not None:
                        sides.add(self.place_key(country))  # "Russian aircraft did not ..."
                    elif doer.lower_ not in self.FIRST_PERSON:
                        sides |= {s for k, t in actors_in([doer], self.resolve) for s in self._stands_for(k, t)}
            accusation = next((c for c in latest_first
                               if cand.trigger.i - ACCUSER_WINDOW < c.trigger.i < cand.trigger.i
                               and sides & {k for k, _ in c.targets} and not sides & {k for k, _ in c.agents}), None)
            if accusation is not None:
                out += self._criticism(cand.trigger, "events.criticized.reject", 0.6, cand.agents,
                                       self._accusing_body(accusation, latest_first, sides))
        return out

    def _accusing_body(self, accusation, criticisms: list, sides: set) -> list:
        """The accusers a denial answers: "Gazprom said Ukraine stole gas ... its deputy chairman
        X added ... Kiev denied the accusations": a spokesman's words repeat the accusation of
        the body his title names, when that body accused the same side before him."""
        out = []
        for key, tok in accusation.agents:
            if self.actors.actors[key].type != PERSON:
                out.append((key, tok))
                continue
            actor = self.actors.actors[key]
            title = " ".join((self.doc[tok.left_edge.i:tok.i].text, *actor.titles, *actor.affiliations))
            body = next(((k, t) for c in criticisms if c.trigger.i < accusation.trigger.i
                         and sides & {k for k, _ in c.targets} for k, t in c.agents
                         if k in actor.affiliations or self._named_in(k, title)), None)
            out.append(body or (key, tok))
        return out

    def _named_in(self, key: str, title: str) -> bool:
        """Whether a (non-person) actor's name is a word of a person's title ("Gazprom deputy chairman")."""
        actor = self.actors.actors[key]
        return actor.type != PERSON and any(re.search(r"\b" + re.escape(n) + r"\b", title)
                                            for n in (actor.label, *actor.aliases) if n)

    def _stands_for(self, key: str, tok) -> set:
        """The actor and who it stands for: a capital's country, a person's affiliations or
        nationality ("Ukrainian Energy Minister X" answers for Ukraine)."""
        actor = self.actors.actors[key]
        out = {key} | {a for a in actor.affiliations if a in self.actors.actors}
        country = gz.capital_country(actor.label)
        if country is None and actor.type == PERSON:
            country = next((c for c in map(gz.demonym_country, (t.text for t in self.doc[tok.left_edge.i:tok.i]))
                            if c is not None), None)
        if country is None:  # "a spokesman for the Russian Air Force" answers for Russia
            country = next((c for a in actor.affiliations for c in map(gz.demonym_country, a.split())
                            if c is not None), None)
        if country is not None:
            out.add(self.place_key(country))
        return out


def wrong_deed(verb) -> bool:
    """A deed one is accused of: 'violate', 'spy', or committing a wrong ('committed violations')."""
    lemma = verb.lemma_.lower()
    return lemma in DENIED_DEEDS or lemma == "commit" and any(
        o.lemma_.lower() in lx.WRONGDOING_NOUNS or o.lemma_.lower() in COMMITTED_WRONGS
        or any(g.lemma_.lower() in lx.WRONGDOING_NOUNS | COMMITTED_WRONGS for g in o.subtree)
        for o in patient_tokens(verb))


def _bare_accusation(noun) -> bool:
    """'the accusations', 'the charge': definite, with no owner or content of its own."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in lx.ACCUSATION_NOUNS \
        and any(c.dep_ == "det" and c.lower_ in ("the", "these", "those", "this", "that") for c in noun.children) \
        and not any(c.dep_ in ("poss", "compound", "amod", "prep", "acl", "relcl") for c in noun.children)

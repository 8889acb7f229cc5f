"""Companions of a traveller: people told as travelling with a visitor went where he went.

"The president is accompanied by Foreign Minister Y", "Y, who is accompanying him", "Y
and Z are accompanying the prime minister": the sentence names no place, so the place is
the one the traveller's visit in the story names. "X, accompanied by Y, arrived in Z" is
read with the visit itself (:meth:`TravelRules._companions`).
"""

from __future__ import annotations

from kg.extract import lexicon as lx
from kg.extract.arguments import actors_in, is_passive, prep_objects
from kg.extract.modality import modality_of
from kg.model import PERSON, PLACE


class CompanionRules:
    """Mixin of :class:`kg.extract.events.EventExtractor`: visits of a traveller's companions."""

    def _companion_visits(self, candidates: list) -> list:
        """A visit for each companion of a traveller whose visit the story tells."""
        visits = [c for c in candidates if c.type == lx.VISITED and c.places
                  and modality_of(c.trigger) == "asserted"]
        out = []
        told = "ccompan" in self.doc.text  # most stories name no companion: skip the walk over every word
        for verb in (t for t in self.doc if told and t.lemma_.lower() == "accompany" and t.pos_ == "VERB"):
            if self.document.removed and self.document.is_removed(verb.idx, verb.idx + len(verb)):
                continue
            sides = self._accompaniment(verb)
            if sides is None:
                continue
            principals, companions = sides
            places = self.of_type(actors_in(prep_objects(verb, {"to"}), self.resolve), PLACE)
            if places and not is_passive(verb):  # "Y accompanied X to Kampala": both went
                out.append(self.Candidate(lx.VISITED, lx.CAMEO[lx.VISITED], verb, "events.visited.companion",
                                          0.7, agents=companions + principals, places=places))
                continue
            principal_keys = {k for k, _ in principals}
            theirs = [c for c in visits if principal_keys & {k for k, _ in c.agents}]
            visit = _nearest(theirs, verb)
            if visit is None:
                continue
            known = {k for k, _ in visit.agents}
            fellows = [(k, t) for k, t in companions if k not in known and k not in principal_keys]
            if fellows:
                out.append(self.Candidate(lx.VISITED, lx.CAMEO[lx.VISITED], verb, "events.visited.companion",
                                          0.7, agents=fellows, places=list(visit.places),
                                          dated_by=visit.dated_by or visit.trigger))
        for visit in visits:  # "arrived in London together with his wife Y": Y came too
            trigger = visit.trigger
            if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in lx.VISIT_VERBS:
                continue
            known = {k for k, _ in visit.agents}
            fellows = [(k, t) for k, t in self.of_type(actors_in(prep_objects(trigger, {"with"}), self.resolve),
                                                       PERSON) if k not in known]
            if fellows:
                out.append(self.Candidate(lx.VISITED, lx.CAMEO[lx.VISITED], trigger, "events.visited.companion",
                                          0.7, agents=fellows, places=list(visit.places),
                                          dated_by=visit.dated_by))
        return out

    def _accompaniment(self, verb) -> tuple[list, list] | None:
        """(the travellers, their companions) of one 'accompany', else None."""
        if is_passive(verb):  # "X is accompanied by Y"
            subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
            if not subjects and verb.dep_ == "advcl":  # "Accompanied by Y, X met Z": the main clause's X
                subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
            if not subjects and verb.dep_ == "acl":  # "X, accompanied by Y": told with X's visit
                return None
            by = [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
            principals, companions = subjects, by
        else:  # "Y is accompanying X", "Y, who is accompanying him"
            subjects = [c for c in verb.children if c.dep_ == "nsubj"]
            if verb.dep_ == "relcl" and any(s.tag_ in ("WP", "WDT") for s in subjects):
                subjects = [verb.head]
            principals = [c for c in verb.children if c.dep_ == "dobj"]
            companions = subjects
        principals = self.of_type(actors_in(principals, self.resolve), PERSON)
        companions = self.of_type(actors_in(companions, self.resolve), PERSON)
        if not principals or not companions:
            return None
        return principals, companions

    def _undone_departures(self, candidates: list) -> list:
        """Drop a departure ('left for Ottawa') whose trip the story tells as not made: 'the trip to
        Ottawa was cancelled', 'did not visit Canada'. A departure alone does not say one arrived."""
        undone = [c for c in candidates if c.type == lx.VISITED and modality_of(c.trigger) != "asserted"]

        def cancelled(cand) -> bool:
            agents, places = {k for k, _ in cand.agents}, {k for k, _ in cand.places}
            return any(agents & {k for k, _ in u.agents} and places & {k for k, _ in u.places} for u in undone)

        return [c for c in candidates if c.extractor != "events.visited.left_for" or not cancelled(c)]


def _nearest(visits: list, verb) -> object | None:
    """The traveller's visit told in the verb's sentence, else the last one before it, else
    the first one after it."""
    sent = verb.sent
    same = [c for c in visits if c.trigger.sent == sent]
    before = [c for c in visits if c.trigger.i < sent.start]
    after = [c for c in visits if c.trigger.i >= sent.end]
    if same:
        return same[0]
    if before:
        return max(before, key=lambda c: c.trigger.i)
    return min(after, key=lambda c: c.trigger.i) if after else None

"""Visits that meetings imply: where a meeting was held, and who of its sides came there.

A side from one country meeting in another visited it ("met Lula in Brasilia"). The
meeting's place is its "in"/"at" phrase, the site's city, the place a "where" clause
names, the dateline's city in the lead when a side is of its country, and, anywhere in
a story datelined in one side's country, that country. A call is no meeting in person,
and an ambassador meets where he lives.
"""

from __future__ import annotations

from kg.extract import gazetteer as gz
from kg.extract import lexicon as lx
from kg.extract.arguments import actors_in, is_passive, prep_objects
from kg.extract.visitors import called_visiting, says_here
from kg.model import PLACE

REMOTE_WORDS = frozenset({"telephone", "phone", "video", "videoconference", "videolink", "letter",
                          "email", "e-mail", "satellite"})
# A journey whose stops are meetings: "during his Asian tour", "on the second leg of his trip".
TOUR_NOUNS = frozenset({"tour", "trip", "leg", "swing", "journey", "visit"})
# Where visitors stay: someone met there is a guest of the story's place.
LODGINGS = frozenset({"hotel", "guesthouse", "suite"})
# The margins of a gathering: "on the sidelines of the summit", "on the fringes of the conference".
SIDELINES = frozenset({"sideline", "sidelines", "margin", "margins", "fringe", "fringes"})


class MeetingVisitRules:
    """Mixin of :class:`kg.extract.events.EventExtractor`: visits implied by meetings abroad."""

    def _visits_of_meetings(self, candidates: list) -> list:
        """A participant from one country meeting in another visited it ('met Lula in Brasilia')."""
        out = []
        for cand in [c for c in candidates if c.type == lx.MET and not self._remote(c)]:
            places = self._meeting_places(cand)
            countries = {self._country_of(k) for k, _ in places} - {None}
            if len(countries) != 1:
                continue
            places = [p for p in places if self._country_of(p[0]) is not None]  # the city, not the palace
            (country,) = countries
            whole = None  # the places with their country, made once for the first visitor
            hosts = [] if cand.extractor == "events.met.visit" else cand.targets  # the one visited is at home
            guests = cand.agents if cand.trigger.lemma_.lower() not in lx.RECEIVING_VERBS or is_passive(cand.trigger) \
                else []  # "X received Y in Damascus": X is the host, at home
            for key, tok in guests + hosts:
                if self._posted_abroad(key) or self.actors.actors[key].type == PLACE:
                    continue  # an ambassador lives where he meets; a place travels nowhere
                home = self._travels_from(key, tok)
                if home is None and self._met_host(cand, key, country):
                    home = ""  # "X held talks with Libyan leader Y in Misratah": the host is the Libyan
                if (home is not None and home != country) or (home is None and called_visiting(tok)):
                    whole = whole or self._with_country(places, country)
                    out.append(self.Candidate(lx.VISITED, lx.CAMEO[lx.VISITED], cand.trigger,
                                              "events.visited.meeting", 0.6, agents=[(key, tok)],
                                              places=list(whole), dated_by=cand.dated_by))
        return out

    def _named_sides(self, candidates: list) -> list:
        """A meeting needs someone named on each side: "relations between the countries", "talks
        between the two states and the opposition" name no one in particular (they may still place a
        visit, which :meth:`_visits_of_meetings` has read before this runs)."""
        out = []
        for cand in candidates:
            if cand.type == lx.MET:
                cand.agents = [a for a in cand.agents if not self._anyone(a[0])]
                cand.targets = [t for t in cand.targets if not self._anyone(t[0])]
                if not cand.agents or not cand.targets:
                    continue
            out.append(cand)
        return out

    def _with_country(self, places: list, country: str) -> list:
        """The places of a visit and their country, which a city alone leaves unsaid ("met X in
        Colombo": in Sri Lanka too)."""
        state = gz.country_by_iso(country)
        key = self.place_key(state) if state is not None else None
        return places + ([(key, places[0][1])] if key and key not in {k for k, _ in places} else [])

    def _meeting_places(self, cand) -> list:
        """Where a meeting was held: its 'in'/'at' phrases, the site's city, the dateline."""
        verb = cand.trigger if cand.trigger.pos_ in ("VERB", "AUX") else cand.trigger.head
        if verb.dep_ == "prep" and verb.lower_ in ("after", "during", "following", "at") \
                and verb.head.pos_ in ("VERB", "AUX"):
            verb = verb.head  # "signed a statement in Washington after their talks": where the talks were
        place_heads = prep_objects(cand.trigger, {"in", "at"}) + prep_objects(verb, {"in", "at"})
        place_heads += [o for c in cand.trigger.children if c.dep_ == "acl"  # "a meeting held in Bangkok"
                        for o in prep_objects(c, {"in", "at"})]
        place_heads += [o for c in prep_objects(verb, {"for"})  # "welcomed X for talks at the retreat"
                        if c.lemma_.lower() in lx.MEET_NOUNS for o in prep_objects(c, {"in", "at"})]
        place_heads += self._gatherings_held_at(verb, cand.trigger)
        if verb.dep_ == "relcl" and any(c.lower_ == "where" for c in verb.children):
            place_heads.append(verb.head)  # "flew home from Canberra, where he held talks with X"
        site_heads, unplaced = self.meeting_site_heads(verb, cand.trigger)
        place_heads += site_heads
        for _, tok in cand.targets:  # "met Cardoso in Brasilia" often hangs the place on the object
            place_heads += prep_objects(tok, {"in", "at"})
        if verb.dep_ in ("xcomp", "advcl") and verb.head.lemma_.lower() in lx.VISIT_VERBS and any(
                c.tag_ == "TO" for c in verb.children):
            went = verb.head  # "flew to Paris to meet X", "went to the hotel to meet X"
            place_heads += prep_objects(went, {"to", "in", "at"}) + [c for c in went.children if c.dep_ == "dobj"]
        places = self._with_described(self.of_type(actors_in(place_heads, self.resolve, deep=True), PLACE),
                                      place_heads) or self._seats_named(place_heads) \
            or self._dateline_host(cand, self.here_places(verb, lead=True)) \
            or (self._gathering_place(verb) if unplaced else []) \
            or self._host_on_tour(cand, verb)  # "on the second leg of his African tour, X met Ghanaian President Y"
        # A meeting told nowhere past the lead is not placed at the dateline: the story is filed there,
        # and its later sentences recount talks held elsewhere.
        sites = [t for k, t in places if self._country_of(k) is None]
        sites += [a for t in sites for w in self._name_tokens(t)  # "X Palace, the residence, in Y"
                  for a in w.children if a.dep_ == "appos"]
        site_heads = [o for t in sites for o in prep_objects(t, {"in"})]
        places += [p for p in self._with_described(  # "at the Elysee Palace in Paris": where the site is
            self.of_type(actors_in(site_heads, self.resolve), PLACE), site_heads) if p not in places]
        if sites and not {self._country_of(k) for k, _ in places} - {None}:
            places += self._seats_named(place_heads) or self.here_places(verb, lead=True)  # else the dateline's
        if not {self._country_of(k) for k, _ in places} - {None} and any(
                t.lemma_.lower() in LODGINGS for t in cand.trigger.sent):  # "at his suite", "at the same hotel"
            places = self.story_setting(verb)  # "called on X at his hotel": X is the story's guest
        return places

    @staticmethod
    def _gatherings_held_at(verb, trigger) -> list:
        """'met X on the sidelines of the G20 summit in Los Cabos', 'during a conference in Y':
        the meeting was where the gathering it was part of was held."""
        heads = []
        for anchor in {verb, trigger}:
            for near in prep_objects(anchor, {"on", "during", "at", "before", "ahead"}):
                if near.lemma_.lower() in SIDELINES:
                    near = next(iter(prep_objects(near, {"of"})), near)
                if near.lemma_.lower() in lx.GATHERING_NOUNS:
                    heads += prep_objects(near, {"in", "at"})
        return heads

    def _seats_named(self, heads: list) -> list:
        """'held talks at the White House', 'at the Kremlin': a seat of government is in its capital,
        which a dateline elsewhere does not move ("ISLAMABAD - ... met Obama at the White House")."""
        for head in heads:
            for tok in [head] + [c for c in head.children if c.dep_ in ("poss", "compound")]:
                words = [w for w in self.doc[tok.left_edge.i: tok.i + 1] if w.dep_ not in ("det", "case")]
                state = gz.seat_country(" ".join(w.text for w in words)) if words else None
                capital = gz.capital_city(state.country) if state is not None else None
                if capital is not None:  # the visit adds the country
                    return [(self.place_key(capital), tok)]
        return []

    def _host_on_tour(self, cand, verb) -> list:
        """'During his Asian tour, X met Indonesian President Y': a meeting told as a stop of one
        side's tour, with a host of another known country, was held in the host's country."""
        tours = [t for t in verb.sent if t.lemma_.lower() in TOUR_NOUNS and t.dep_ == "pobj"
                 and (t.head.lower_ in ("during", "on", "in") or t.head.lower_ == "of"  # "the leg of his tour"
                      and t.head.head.lemma_.lower() in TOUR_NOUNS) and t.i < verb.i]
        owners = {self.resolve(c) for t in tours for c in t.children if c.dep_ == "poss"}
        sides = cand.agents + cand.targets
        travellers = [(k, t) for k, t in sides if k in owners]
        if not travellers:
            return []
        homes = {k: self._home_of(k, t) for k, t in sides}
        away = {homes[k] for k, _ in travellers}
        hosts = [(k, t) for k, t in sides if k not in owners and homes[k] is not None and homes[k] not in away]
        states = {homes[k] for k, _ in hosts}
        if len(states) != 1:
            return []
        state = gz.country_by_iso(states.pop())
        return [(self.place_key(state), hosts[0][1])] if state is not None else []

    def _dateline_host(self, cand, here: list) -> list:
        """The dateline's place for a meeting told without one, unless every side is known to be of
        another country: "SEOUL - Iran's X held talks with Ghanaian President Y" was not in Seoul."""
        if not here:
            return []
        iso = self._country_of(here[0][0])
        homes = {self._home_of(k, t) for k, t in cand.agents + cand.targets}
        return here if iso in homes or None in homes or says_here(cand.trigger) else []

    def _name_tokens(self, tok) -> list:
        """The words of the name a token begins ("Granja do Torto"), which the parser may split."""
        key, out = self.resolve(tok), [tok]
        while out[-1].i + 1 < len(self.doc) and self.resolve(self.doc[out[-1].i + 1]) == key:
            out.append(self.doc[out[-1].i + 1])
        return out

    def _remote(self, cand) -> bool:
        """A call, not a meeting in person: 'by telephone', 'a telephone conversation', 'phoned'."""
        trigger = cand.trigger
        verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
        near = list(trigger.children) + list(verb.children) + [trigger]
        near += [g for c in list(near) if c.dep_ == "prep" for g in c.children]
        in_person = trigger.lemma_.lower() == "call" and (verb.lemma_.lower() == "pay" or any(
            c.lower_ == "courtesy" for c in trigger.children))  # "paid a courtesy call on X"
        return (cand.cameo == "041" and not in_person) or any(t.lemma_.lower() in REMOTE_WORDS for t in near)

"""Travel: visits, where a visitor was, and the visits that meetings abroad imply.

A visit may sit in a verb ("visited", "arrived in"), in a noun ("paid a visit
to", "his visit there"), in presence abroad ("X is in Madrid this week"), in a
return to or a gathering at a foreign place, or in a meeting held abroad. The
agent is the traveller: a spokesman describing a trip never made it, and an
ambassador does not visit where he is posted, and a leader in his own country or
capital is at home. A city and its country named for one traveller in one
sentence are one visit. Where a trip went is read in :mod:`kg.extract.destinations`.
"""

from __future__ import annotations

from kg.extract import gazetteer as gz
from kg.extract import lexicon as lx
from kg.extract.actor_lexicon import TITLE_HEADS
from kg.extract.arguments import actors_in, is_infinitive, is_passive, patient_tokens, prep_objects, subject_tokens
from kg.extract.destinations import PLACE_PREPS, DestinationRules
from kg.extract.encounters import MEETERS
from kg.extract.meeting_visits import MeetingVisitRules
from kg.extract.modality import modality_of
from kg.extract.visitors import called_visiting, ranked_subjects
from kg.model import GROUP, ORGANIZATION, PERSON, PLACE

# "heads afterwards to Berlin", "travels next to Lima": a present tense naming a later stop.
LATER_WORDS = frozenset({"afterwards", "afterward", "next", "later", "subsequently", "then", "thereafter"})
STANDING_MISSIONS = frozenset({"peacekeeping", "monitoring", "observer", "military", "police",
                               "permanent", "diplomatic", "peace", "stabilisation", "stabilization"})


class TravelRules(MeetingVisitRules, DestinationRules):
    """Mixin of :class:`kg.extract.events.EventExtractor`: the visited rules."""

    def _left_abroad(self, verb) -> list:
        """'on leaving Kinshasa', 'left Beijing for Seoul': a foreigner leaving a place was there."""
        heads = [c for c in verb.children if c.dep_ == "dobj"]
        places = self.of_type(actors_in(heads, self.resolve), PLACE)
        agents = self.of_type(self.agents_of(verb), PERSON)
        agents = [(k, t) for k, t in agents if self._abroad(k, places) or self._home_of(k, t) is None and places and all(
            _clearly_abroad(self.actors.actors[p].geonames_id) for p, _ in places)]  # "left Pyongyang after ..."
        if not places or not agents:
            return []
        return [self.Candidate(lx.VISITED, lx.CAMEO[lx.VISITED], verb, "events.visited.left", 0.7,
                               agents=agents, places=places)]

    def _left_for(self, verb) -> list:
        """'left Washington on Monday for Haiti', 'departed for Kabul': a past departure for a
        place reached it (a plan or an itinerary in the present is read as such by modality)."""
        if verb.tag_ not in ("VBD", "VBN"):
            return []
        heads = prep_objects(verb, {"for"}) + [  # "left on Monday for Haiti to visit ...": "for Haiti to"
            s for c in verb.children if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for"
                                                                 for m in c.children)
            for s in c.children if s.dep_ == "nsubj"]
        places = self.of_type(actors_in(heads, self.resolve), PLACE)
        agents = self._travellers(self.of_type(self.agents_of(verb), PERSON))
        where = {self._country_of(k) for k, _ in places}
        agents = [(k, t) for k, t in agents if self._home_of(k, t) not in where and not self._posted_abroad(k)]
        if not places or not agents:
            return []
        return [self.Candidate(lx.VISITED, lx.CAMEO[lx.VISITED], verb, "events.visited.left_for", 0.6,
                               agents=agents, places=places)]

    def _journey_took(self, verb) -> list:
        """'his tour, which has taken him to Cameroon and Liberia': the journey's traveller went."""
        if not any(s.lemma_.lower() in lx.VISIT_NOUNS for s in subject_tokens(verb)):
            return []
        travellers = self._travellers(self.of_type(actors_in(patient_tokens(verb), self.resolve), *MEETERS))
        heads = prep_objects(verb, {"to"})
        places = self.of_type(actors_in(heads, self.resolve, deep=True), PLACE)
        if not travellers or not places:
            return []
        return [self.Candidate(lx.VISITED, lx.CAMEO[lx.VISITED], verb, "events.visited.journey", 0.75,
                               agents=travellers, places=places)]

    def _travellers(self, agents: list) -> list:
        """Who can be said to have travelled: not "leaders", "countries" or "five Indian prime
        ministers" (no one in particular, or a count of office holders over the years)."""
        out = []
        for key, tok in self.led_by(agents):
            actor = self.actors.actors[key]
            head = actor.label.split()[-1].lower() if actor.label else ""
            office_holders = actor.type == GROUP and head.endswith("s") and head[:-1] in TITLE_HEADS
            if not self._anyone(key) and not office_holders:  # "their prime ministers", "five presidents"
                out.append((key, tok))
        return out

    def _standing_mission(self, noun) -> bool:
        """'the UN mission', 'a peacekeeping mission': a mission named by its body or task."""
        for c in noun.children:
            if c.dep_ not in ("compound", "amod", "nmod") or c.i > noun.i:
                continue
            key = self.resolve(c)
            if key is not None and self.actors.actors[key].type == ORGANIZATION:
                return True
            if c.lemma_.lower() in STANDING_MISSIONS:
                return True
        return False

    def _visits(self, tok) -> list:
        return self._back_from_gathering(tok) + self._stay_in(tok) + self._visit_rules(tok) + self._welcomed_at(tok)

    def _welcomed_at(self, verb) -> list:
        """'X was greeted by a crowd at Delhi's airport': someone welcomed at a foreign place is
        visiting it (whoever welcomed them; a named host also makes a meeting, elsewhere)."""
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in WELCOMING_VERBS or not is_passive(verb):
            return []
        sites = prep_objects(verb, {"at", "in"}) + [p for o in _by_phrase(verb) for p in prep_objects(o, {"at", "in"})]
        sites += [w for s in sites for w in (*[c for c in s.children if c.dep_ == "poss"], *prep_objects(s, {"in"}))]
        places = [(k, t) for k, t in self.of_type(actors_in(sites, self.resolve), PLACE)
                  if _clearly_abroad(self.actors.actors[k].geonames_id) or self._is_country(k)]
        agents = self.of_type(actors_in([c for c in verb.children if c.dep_ == "nsubjpass"], self.resolve), PERSON)
        if len(places) != 1 or not agents:  # "at Bangkok's airport": the capital may stand for its state
            return []
        iso = self._country_of(places[0][0])
        arrival = any(t.lemma_.lower() in ARRIVAL_SITES for t in sites)  # "at the airport": just come
        homes = [(k, t, self._home_of(k, t)) for k, t in agents]
        agents = [(k, t) for k, t, home in homes if home != iso and (home is not None or arrival)]
        return [self.Candidate(lx.VISITED, lx.CAMEO[lx.VISITED], verb, "events.visited.welcomed", 0.7,
                               agents=agents, places=places)] if agents else []

    def _visit_rules(self, tok) -> list:
        lemma = tok.lemma_.lower()
        if lemma == "touch" and any(c.dep_ == "prt" and c.lower_ == "down" for c in tok.children):
            lemma = "land"  # "touched down at Halim airport here": landed
        if tok.pos_ == "VERB" and lemma in lx.VISIT_VERBS:
            if self.adjectival_visiting(tok):
                return []  # "the visiting minister": see VisitorRules
            if lemma == "come" and not prep_objects(tok, {"to"}):
                return []  # "I have come to Turkey"; not "coming over here", "came back", "came from"
            if tok.tag_ in ("VBZ", "VBP") and any(c.dep_ == "advmod" and c.lower_ in LATER_WORDS for c in tok.children):
                return []  # "X, who heads afterwards to Berlin": the next stop, still to come
            if lemma == "stop" and (any(c.dep_ in ("dobj", "xcomp") for c in tok.children)
                                    or not prep_objects(tok, {"in", "at", "on"})):
                return []  # "stopped in Hanoi" is a stopover; "stopped the car", "stopped short" are not
            places = self._places_of_verb(tok)
            if places and all(self._country_of(k) is None for k, _ in places):
                places += [p for p in self.here_places(tok) if p not in places]  # "landed at X airport here"
            # "arrived at the resort of X, south of Vilnius"
            located = None if places else self._located(patient_tokens(tok) + prep_objects(tok, PLACE_PREPS))
            if lemma in lx.VISIT_NEEDS_PLACE and not places and located is None:
                return []
            ranked = ranked_subjects(tok)  # "X is the first leader to visit Y": X went
            agents = self._travellers(self.of_type(self.agents_of(tok) if ranked is None else actors_in(
                ranked, self.resolve), *MEETERS) or self.group_heads(subject_tokens(tok)))
            places = places or self._located_country(located, agents)
            if lemma in lx.VISIT_NEEDS_PLACE and not places:
                return []
            targets = self.of_type(actors_in(patient_tokens(tok), self.resolve), PERSON, ORGANIZATION)
            bodies = self.of_type(targets, ORGANIZATION)  # a person visited is met, not a place
            if not agents or not (places or targets):
                return []
            found = [self.Candidate(lx.VISITED, lx.CAMEO[lx.VISITED], tok, "events.visited.verb", 0.9,
                                    agents=agents, targets=bodies, places=places)] if places or bodies else []
            origins = self.of_type(actors_in(prep_objects(tok, {"from"}), self.resolve), PLACE)
            came = [(k, t) for k, t in self.of_type(agents, PERSON) if origins and self._abroad(k, origins)]
            if came and lemma in ("travel", "arrive", "fly", "come", "return"):  # "arrived from Abu Dhabi"
                found.append(self.Candidate(lx.VISITED, lx.CAMEO[lx.VISITED], tok, "events.visited.origin", 0.7,
                                            agents=came, places=origins))
            people = self.of_type(targets, PERSON)
            if lemma == "visit" and people:  # "visited Arafat": a visit to a person is a meeting
                found += self._meeting(tok, "040", "events.met.visit", 0.75, agents, people,
                                       symmetric=False)
            return found
        if tok.pos_ == "NOUN" and lemma in lx.VISIT_NOUNS:
            if lemma == "mission" and self._standing_mission(tok):
                return []  # "an African Union mission there": a body posted, not a trip
            hosts = self._visited_people(tok)
            made = _made_by_clause(tok)  # "the trip X made to Tokyo in March"
            places = self._places_of_noun(tok) or self.of_type(actors_in(hosts, self.resolve, deep=True), PLACE) \
                or (self.of_type(actors_in(made[1], self.resolve), PLACE) if made else [])
            people = self.of_type(actors_in(hosts, self.resolve), PERSON)
            located = self._located(prep_objects(tok, {"to", "in", "at"})) if not places and not people else None
            if not places and not people and located is None:
                return []
            agents, inherited = self._noun_agents(tok, *MEETERS)
            if made:
                agents, inherited = self.of_type(actors_in(made[0], self.resolve), *MEETERS) or agents, False
            agents = self._travellers(agents)  # "the visits ..., two countries"
            if located is not None:
                places = self._located_country(located, agents)
            if not agents or not (places or people):
                return []
            if not places:  # a visit to a foreign leader is one to his country, unless told elsewhere
                places = self._visit_site(tok) or [p for k, t in people for p in self._home_country(k, t)]
            found = [self.Candidate(lx.VISITED, lx.CAMEO[lx.VISITED], tok, "events.visited.noun",
                                    0.7 if inherited else 0.85, agents=agents, places=places,
                                    dated_by=made[2] if made else None)] if places else []
            if people:  # "paid a visit to President Fox of Mexico": a visit to a person meets him
                found += self._meeting(tok, "040", "events.met.visit", 0.75, agents, people, symmetric=False)
            return found
        if tok.pos_ == "VERB" and lemma in ("take", "bring") and prep_objects(tok, {"to"}):
            return self._journey_took(tok)
        if tok.pos_ == "VERB" and lemma in ("leave", "depart"):
            return self._left_abroad(tok) + self._left_for(tok)
        if tok.lemma_ == "be" and tok.pos_ in ("AUX", "VERB"):
            return self._presence_for_business(tok) + self.arrivals_listed(tok)
        if tok.pos_ == "VERB" and lemma == "return":
            return self._returned_abroad(tok)
        if tok.pos_ == "VERB" and tok.i > 4 and self.doc[tok.i - 1].tag_ == "TO":
            found = self._in_place_to(tok)
            if found or lemma != "attend":
                return found  # "X, in Paris to attend the summit": the errand, and the gathering attended
        if tok.pos_ == "VERB" and lemma == "attend":
            return self._attended(tok)
        if tok.pos_ == "VERB" and lemma in lx.SAY_VERBS:
            return self._spoke_abroad(tok)
        return []

    def _spoke_abroad(self, verb) -> list:
        """'X said in Moscow on Friday', 'told reporters in Chisinau': a foreigner speaking in a
        place was there (a leader at home, or of no known country, was not shown to travel)."""
        places = self.of_type(actors_in(prep_objects(verb, {"in"}), self.resolve), PLACE)
        agents = [a for a in self.of_type(self.agents_of(verb), PERSON) if self._abroad(a[0], places)]
        if not places or not agents or modality_of(verb) != "asserted":
            return []
        return [self.Candidate(lx.VISITED, lx.CAMEO[lx.VISITED], verb, "events.visited.spoke", 0.7,
                               agents=agents, places=places)]

    def _visit_site(self, noun) -> list:
        """'paid a visit to X at her hotel in Y': the place the visit was made, told beside its host."""
        verb = noun.head if noun.dep_ == "dobj" else noun
        heads = prep_objects(noun, {"in", "at"}) + (prep_objects(verb, {"in", "at"}) if verb.i != noun.i else [])
        return [p for p in self.of_type(actors_in(heads, self.resolve, deep=True), PLACE)
                if self._country_of(p[0]) is not None]

    def _returned_abroad(self, verb) -> list:
        """'Botswana's Masire returned to Kinshasa': going back to a foreign place is a visit."""
        places = self.of_type(actors_in(prep_objects(verb, {"to"}), self.resolve, deep=True), PLACE)
        if not places and any(c.lower_ == "home" for c in verb.children):  # "returned home from Kampala"
            places = self.of_type(actors_in(prep_objects(verb, {"from"}), self.resolve), PLACE)
        agents = [a for a in self.of_type(self.agents_of(verb), PERSON) if self._abroad(a[0], places)]
        if not places or not agents:
            return []
        return [self.Candidate(lx.VISITED, lx.CAMEO[lx.VISITED], verb, "events.visited.return", 0.75,
                               agents=agents, places=places)]

    def _attended(self, verb) -> list:
        """'attended the summit in Baidoa', 'the Baidoa conference is attended by X': they were there."""
        events = [o for o in patient_tokens(verb) + [c for c in verb.children if c.dep_ == "nsubjpass"]
                  if o.lemma_.lower() in lx.GATHERING_NOUNS]
        if not events:
            return []
        heads = [p for e in events for p in prep_objects(e, {"in", "at"})] + prep_objects(verb, {"in", "at"}) + [
            c for e in events for c in e.children if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"]
        if verb.dep_ == "relcl" and any(c.lower_ == "where" for c in verb.children):
            heads.append(verb.head)  # "Arusha, where X attended a meeting"
        places = self.of_type(actors_in(heads, self.resolve, deep=True), PLACE)
        agents = self.of_type(self.agents_of(verb), PERSON, ORGANIZATION)
        if not places or not agents:
            return []
        return [self.Candidate(lx.VISITED, lx.CAMEO[lx.VISITED], verb, "events.visited.attended", 0.7,
                               agents=agents, places=places)]

    def _presence_for_business(self, verb) -> list:
        """'X was in Cairo for talks': being somewhere for an encounter is a visit there."""
        located = prep_objects(verb, {"in", "at"})
        if not located:
            return []
        purposes = [o for o in prep_objects(verb, {"for", "on"})  # "in Cairo for talks", "on an official trip"
                    if o.lemma_.lower() in lx.MEET_NOUNS or o.lemma_.lower() in lx.VISIT_NOUNS] + [
            c for c in verb.children if c.dep_ in ("advcl", "xcomp") and is_infinitive(c)]  # "in Sudan to discuss X"
        places = self.of_type(actors_in(located, self.resolve), PLACE)
        agents = self.of_type(actors_in(subject_tokens(verb), self.resolve), PERSON, ORGANIZATION)
        if not purposes:  # "Colombian President X is in Washington": a leader abroad is visiting
            agents = [a for a in agents if self._abroad(a[0], places)]
        if not places or not agents:
            return []
        return [self.Candidate(lx.VISITED, lx.CAMEO[lx.VISITED], verb, "events.visited.presence", 0.8,
                               agents=agents, places=places)]

    def _merge_visits(self, candidates: list) -> list:
        """A city and its country in one sentence, for one traveller, are one visit."""
        kept: list = []
        by_sentence: dict[tuple[int, int], list] = {}  # kept visits with places: only these merge
        for cand in candidates:
            if cand.type != lx.VISITED or not cand.places:
                kept.append(cand)
                continue
            sent = cand.trigger.sent
            same = next((k for k in by_sentence.get((sent.start, sent.end), ())
                         if modality_of(k.trigger) == modality_of(cand.trigger)
                         and {a for a, _ in k.agents} == {a for a, _ in cand.agents}
                         and self._nested(k.places, cand.places)), None)
            if same is None:
                kept.append(cand)
                by_sentence.setdefault((sent.start, sent.end), []).append(cand)
            else:
                same.places += [p for p in cand.places if p[0] not in {q[0] for q in same.places}]
        kept = [c for c in kept if c.type != lx.VISITED or self._abroad_places(c)]
        kept = [c for c in kept if c.type != lx.VISITED or not c.places or self._without_regions(c)]
        kept = [c for c in kept if c.type != lx.VISITED or not self._only_wider(c, by_sentence)]
        for cand in kept:
            if cand.type == lx.VISITED and len(cand.places) > 1:
                cand.places = self._drop_wider(cand.places)
            if cand.type == lx.VISITED and cand.places:
                cand.places += self._country_visited(cand)
            if cand.type == lx.VISITED:  # "Moi, accompanied by Foreign Minister Godana, was received in Asmara"
                cand.agents += [c for c in self._companions(cand.agents) if c[0] not in {k for k, _ in cand.agents}]
        return kept

    def _only_wider(self, cand, by_sentence: dict) -> bool:
        """'ends his Asia tour here after trips to China and Japan': a continent is no visit of its
        own when the sentence names countries the same traveller went to."""
        if not cand.places or any(getattr(gz.place_by_id(self.actors.actors[k].geonames_id), "kind", None)
                                  != "continent" for k, _ in cand.places):
            return False
        sent = cand.trigger.sent
        agents = {a for a, _ in cand.agents}
        return any(o is not cand and agents & {a for a, _ in o.agents}
                   and any(self._country_of(k) is not None for k, _ in o.places)
                   for o in by_sentence.get((sent.start, sent.end), ()))

    def _abroad_places(self, cand) -> bool:
        """Drop the travellers' own country and capital: a leader there is at home ("the Liberian
        leader spoke during a visit to a camp outside the capital, Monrovia"). False when nothing
        is left to have been visited."""
        homes = {self._home_of(k, t) for k, t in cand.agents}
        if len(homes) == 1 and None not in homes and cand.places:
            (home,) = homes
            cand.places = [p for p in cand.places if not _home_place(self.actors.actors[p[0]].geonames_id, home)]
            return bool(cand.places or cand.targets)
        return True

    def _companions(self, agents) -> list:
        """People who travel with a traveller: 'X, accompanied by Y', 'X and his wife Y' aside."""
        found = []
        for _, tok in agents:
            for acl in (c for c in tok.children if c.dep_ in ("acl", "advcl") and c.lemma_ == "accompany"
                        and c.tag_ == "VBN"):
                found += self.of_type(actors_in(_by_phrase(acl), self.resolve), PERSON)
        return found

    def _country_visited(self, cand) -> list:
        """A foreigner in a city is in its country too: 'the Egyptian president in Misratah' was in Libya."""
        kinds = [gz.place_by_id(self.actors.actors[k].geonames_id) for k, _ in cand.places]
        if any(p is None or p.kind == "country" for p in kinds):
            return []
        countries = {p.country for p in kinds if p.kind != gz.DISPUTED} - {None}  # Crimea: no state's visit
        if len(countries) != 1:
            return []
        (iso,) = countries
        state_visit = _state_visit(cand.trigger)  # a state visit is made to another state
        written = all(t.pos_ == "PROPN" and t.sent.start == cand.trigger.sent.start  # "arrived in Harare",
                      and not any(start <= t.idx < end for start, end in self.datelines)  # not "arrived here"
                      and _clearly_abroad(self.actors.actors[k].geonames_id) for k, t in cand.places)
        if not all(self._home_of(k, t) not in (None, iso) or (self._home_of(k, t) is None and (
                called_visiting(t) or state_visit or written)) for k, t in cand.agents):
            return []
        country = gz.country_by_iso(iso)
        if country is None:
            return []
        # the country is not written: it stands at the trigger, so its participant is its own
        return [(self.place_key(country), cand.trigger)]

    def _nested(self, a: list, b: list) -> bool:
        ca = {self._country_of(k) for k, _ in a} - {None}
        cb = {self._country_of(k) for k, _ in b} - {None}
        return bool(ca & cb)

    def _drop_wider(self, places: list) -> list:
        """Continents and regions go when a country or city inside them is named."""
        kinds = {k: getattr(gz.place_by_id(self.actors.actors[k].geonames_id), "kind", None)
                 for k, _ in places}
        if any(kind in gz.SETTLED_KINDS for kind in kinds.values()):
            return [p for p in places if kinds[p[0]] != "continent"]
        return places


def _home_place(geonames_id, home: str) -> bool:
    """Whether a place is the country ``home`` or its capital."""
    place = gz.place_by_id(geonames_id)
    if place is None or place.country != home:
        return False
    capital = gz.capital_country(place.name) if place.kind == "city" else None
    return place.kind == "country" or (capital is not None and capital.country == home)


WELCOMING_VERBS = frozenset({"greet", "welcome", "cheer", "mob", "receive"})
ARRIVAL_SITES = frozenset({"airport", "airfield", "airbase", "tarmac", "border", "frontier", "harbour", "harbor",
                           "quay", "pier", "station"})
TRIP_SUPPORT_VERBS = frozenset({"make", "pay", "undertake", "take", "conduct"})


def _made_by_clause(noun) -> tuple[list, list, object] | None:
    """(subjects, destinations, the clause) of a clause on a trip noun that says who made it: "the trip X made
    to Tokyo", "the visit that X paid to Hanoi"."""
    for clause in noun.children:
        if clause.dep_ in ("acl", "relcl") and clause.lemma_.lower() in TRIP_SUPPORT_VERBS and not is_passive(clause):
            subjects = [c for c in clause.children if c.dep_ == "nsubj" and c.lower_ not in ("that", "which")]
            if subjects:
                return subjects, [o for c in clause.children if c.lower_ == "to" and c.dep_ in ("prep", "dative")
                                  for o in c.children if o.dep_ == "pobj"], clause
    return None


def _clearly_abroad(geonames_id) -> bool:
    """A capital or a city of a million: named as a destination, it is in its country even for a
    traveller of no known nationality ("X arrived in Harare" was in Zimbabwe)."""
    place = gz.place_by_id(geonames_id)
    return place is not None and place.kind == "city" and (
        gz.capital_country(place.name) is not None or place.population >= gz.BIG_CITY)


def _by_phrase(verb) -> list:
    return [o for a in verb.children if a.dep_ in ("agent", "prep") and a.lower_ == "by"
            for o in a.children if o.dep_ == "pobj"]


def _state_visit(trigger) -> bool:
    """'arrived here on a state visit': the trip is to a foreign state, whoever makes it."""
    nouns = [trigger] + [o for p in trigger.children if p.dep_ == "prep" and p.lower_ in ("on", "for")
                         for o in p.children if o.dep_ == "pobj"]
    return any(n.lemma_.lower() in lx.VISIT_NOUNS and any(
        c.lower_ == "state" and c.dep_ in ("compound", "amod", "nmod") for c in n.children) for n in nouns)

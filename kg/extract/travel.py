"""Travel: visits, where a visitor was, and the visits that meetings abroad imply.

A visit may sit in a verb ("visited", "arrived in"), in a noun ("paid a visit
to", "his visit there"), in presence abroad ("X is in Madrid this week"), in a
return to or a gathering at a foreign place, or in a meeting held abroad. The
agent is the traveller: a spokesman describing a trip never made it, and an
ambassador does not visit where he is posted. A city and its country named for
one traveller in one sentence are one visit.
"""

from __future__ import annotations

from kg.extract import gazetteer as gz
from kg.extract import lexicon as lx
from kg.extract.actor_lexicon import TITLE_HEADS
from kg.extract.arguments import actors_in, patient_tokens, prep_objects, subject_tokens
from kg.extract.encounters import MEETERS, SUPPORT_VERBS
from kg.extract.modality import modality_of
from kg.extract.nationality import NationalityRules
from kg.extract.visitors import called_visiting
from kg.model import GROUP, ORGANIZATION, PERSON, PLACE

PLACE_PREPS = frozenset({"in", "at", "to", "into"})
REMOTE_WORDS = frozenset({"telephone", "phone", "video", "videoconference", "videolink", "letter",
                          "email", "e-mail", "satellite"})
STANDING_MISSIONS = frozenset({"peacekeeping", "monitoring", "observer", "military", "police",
                               "permanent", "diplomatic", "peace", "stabilisation", "stabilization"})


class TravelRules(NationalityRules):
    """Mixin of :class:`kg.extract.events.EventExtractor`: the visited rules."""

    def _left_abroad(self, verb) -> list:
        """'on leaving Kinshasa', 'left Beijing for Seoul': a foreigner leaving a place was there."""
        heads = [c for c in verb.children if c.dep_ == "dobj"]
        places = self.of_type(actors_in(heads, self.resolve), PLACE)
        agents = self.of_type(self.agents_of(verb), PERSON)
        agents = [(k, t) for k, t in agents if self._abroad(k, places)]
        if not places or not agents:
            return []
        return [self.Candidate(lx.VISITED, lx.CAMEO[lx.VISITED], verb, "events.visited.left", 0.7,
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
        for key, tok in agents:
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
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB" and lemma in lx.VISIT_VERBS:
            if self.adjectival_visiting(tok):
                return []  # "the visiting minister": see VisitorRules
            if lemma == "stop" and (any(c.dep_ in ("dobj", "xcomp") for c in tok.children)
                                    or not prep_objects(tok, {"in", "at"})):
                return []  # "stopped in Hanoi" is a stopover; "stopped the car", "stopped short" are not
            places = self._places_of_verb(tok)
            if lemma in lx.VISIT_NEEDS_PLACE and not places:
                return []
            agents = self._travellers(self.of_type(self.agents_of(tok), *MEETERS))
            targets = self.of_type(actors_in(patient_tokens(tok), self.resolve), PERSON, ORGANIZATION)
            if not agents or not (places or targets):
                return []
            found = [self.Candidate(lx.VISITED, lx.CAMEO[lx.VISITED], tok, "events.visited.verb", 0.9,
                                    agents=agents, targets=targets, places=places)]
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
            places = self._places_of_noun(tok) or self.of_type(actors_in(hosts, self.resolve, deep=True), PLACE)
            people = self.of_type(actors_in(hosts, self.resolve), PERSON)
            if not places and not people:
                return []
            agents, inherited = self._noun_agents(tok, *MEETERS)
            agents = self._travellers(agents)  # "the visits ..., two countries"
            if not agents:
                return []
            if not places:  # a visit to a foreign leader is a visit to his country
                places = [p for k, t in people for p in self._home_country(k, t)]
            found = [self.Candidate(lx.VISITED, lx.CAMEO[lx.VISITED], tok, "events.visited.noun",
                                    0.7 if inherited else 0.85, agents=agents, places=places)] if places else []
            if people:  # "paid a visit to President Fox of Mexico": a visit to a person meets him
                found += self._meeting(tok, "040", "events.met.visit", 0.75, agents, people, symmetric=False)
            return found
        if tok.pos_ == "VERB" and lemma in ("take", "bring") and prep_objects(tok, {"to"}):
            return self._journey_took(tok)
        if tok.pos_ == "VERB" and lemma == "leave":
            return self._left_abroad(tok)
        if tok.lemma_ == "be" and tok.pos_ in ("AUX", "VERB"):
            return self._presence_for_business(tok)
        if tok.pos_ == "VERB" and lemma == "return":
            return self._returned_abroad(tok)
        if tok.pos_ == "VERB" and lemma == "attend":
            return self._attended(tok)
        return []

    def _returned_abroad(self, verb) -> list:
        """'Botswana's Masire returned to Kinshasa': going back to a foreign place is a visit."""
        places = self.of_type(actors_in(prep_objects(verb, {"to"}), self.resolve, deep=True), PLACE)
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
                    if o.lemma_.lower() in lx.MEET_NOUNS or o.lemma_.lower() in lx.VISIT_NOUNS]
        places = self.of_type(actors_in(located, self.resolve), PLACE)
        agents = self.of_type(actors_in(subject_tokens(verb), self.resolve), PERSON, ORGANIZATION)
        if not purposes:  # "Colombian President X is in Washington": a leader abroad is visiting
            agents = [a for a in agents if self._abroad(a[0], places)]
        if not places or not agents:
            return []
        return [self.Candidate(lx.VISITED, lx.CAMEO[lx.VISITED], verb, "events.visited.presence", 0.8,
                               agents=agents, places=places)]

    def _home_country(self, person: str, tok) -> list:
        """The country a person's title names, or the 'of' phrase after the name ('Fox of Mexico')."""
        iso = self._nationality_of(person)
        place = gz.country_by_iso(iso) if iso else next(
            (gz.country(o.text) for o in prep_objects(tok, {"of"}) if gz.country(o.text)), None)
        return [(self.place_key(place), tok)] if place else []

    def _visited_people(self, noun) -> list:
        """The 'to' phrase of a visit, on the noun or on its support verb ('paid a visit yesterday to X')."""
        heads = prep_objects(noun, {"to"})
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() in SUPPORT_VERBS:
            heads += [o for c in noun.head.children if c.dep_ in ("dative", "prep") and c.lower_ == "to"
                      for o in c.children if o.dep_ == "pobj"]
        return heads

    def _places_of_verb(self, verb) -> list:
        heads = patient_tokens(verb) + prep_objects(verb, PLACE_PREPS)
        heads += [p for means in prep_objects(verb, {"by"}) if means.lemma_.lower() in MEANS_OF_TRAVEL
                  for p in prep_objects(means, PLACE_PREPS)]  # "proceeded by road to Kigali"
        found = [(k, t) for k, t in actors_in(heads, self.resolve, deep=True) if not _described_aside(t, heads)]
        return self._with_described(self.of_type(found, PLACE), heads) or self.here_places(verb) \
            or self.there_places(verb)  # "arrived here"

    def _with_described(self, places: list, heads) -> list:
        """The places named, with the country their description names, if it is another."""
        return places + [p for p in self._described_places(heads) if p[0] not in {k for k, _ in places}]

    def _described_places(self, heads) -> list:
        """'in the Libyan port city of Misratah', 'at an Egyptian resort': the country the adjective names."""
        found = []
        for head in heads:
            if head.lemma_.lower() not in lx.PLACE_NOUNS:
                continue
            for mod in (c for c in head.children if c.dep_ in ("amod", "compound")):
                country = gz.demonym_country_at(mod)
                if country is not None:
                    found.append((self.place_key(country), mod))
                    break
        return found

    def _places_of_noun(self, noun) -> list:
        heads = prep_objects(noun, {"to", "in", "at", "into", "of", "across", "through", "around"})
        heads += [c for c in noun.children if c.dep_ in ("compound", "nmod", "amod")
                  and c.pos_ == "PROPN"]
        poss = [c for c in noun.children if c.dep_ == "poss"]
        places = self._with_described(self.of_type(actors_in(heads, self.resolve, deep=True), PLACE), heads) \
            or self.there_places(noun)
        places += [p for p in self.of_type(actors_in(poss, self.resolve), PLACE) if p not in places]
        verb = noun.head
        # "X arrived in Hanoi for a state visit", "the visit took place in Y"
        if noun.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ == "for":
            verb = verb.head
        if (noun.dep_ in ("nsubj", "nsubjpass") or noun.head is not verb) and verb.pos_ in ("VERB", "AUX"):
            verb_places = self.of_type(actors_in(prep_objects(verb, {"in", "at", "to"}),
                                                 self.resolve, deep=True), PLACE)
            places += [p for p in verb_places if p not in places]
        return places or self.trip_clause_places(noun)

    def _visits_of_meetings(self, candidates: list) -> list:
        """A participant from one country meeting in another visited it ('met Lula in Brasilia')."""
        out = []
        for cand in [c for c in candidates if c.type == lx.MET and not self._remote(c)]:
            verb = cand.trigger if cand.trigger.pos_ in ("VERB", "AUX") else cand.trigger.head
            place_heads = prep_objects(cand.trigger, {"in", "at"}) + prep_objects(verb, {"in", "at"})
            place_heads += [o for c in cand.trigger.children if c.dep_ == "acl"  # "a meeting held in Bangkok"
                            for o in prep_objects(c, {"in", "at"})]
            place_heads += [o for c in prep_objects(verb, {"for"})  # "welcomed X for talks at the retreat"
                            if c.lemma_.lower() in lx.MEET_NOUNS for o in prep_objects(c, {"in", "at"})]
            place_heads += self.meeting_site_heads(verb, cand.trigger)
            for _, tok in cand.targets:  # "met Cardoso in Brasilia" often hangs the place on the object
                place_heads += prep_objects(tok, {"in", "at"})
            places = self._with_described(self.of_type(actors_in(place_heads, self.resolve, deep=True), PLACE),
                                          place_heads) or self.here_places(verb, lead=True)
            places += [p for p in self.of_type(actors_in(  # "at the Elysee Palace in Paris": where the site is
                [o for k, t in places if self._country_of(k) is None for o in prep_objects(t, {"in"})],
                self.resolve), PLACE) if p not in places]
            countries = {self._country_of(k) for k, _ in places} - {None}
            if len(countries) != 1:
                continue
            places = [p for p in places if self._country_of(p[0]) is not None]  # the city, not the palace
            (country,) = countries
            for key, tok in cand.agents + cand.targets:
                if self._posted_abroad(key):
                    continue  # an ambassador lives where he meets
                home = self._nationality_of(key) or self._nationality_in_apposition(tok)
                if (home is not None and home != country) or (home is None and called_visiting(tok)):
                    out.append(self.Candidate(lx.VISITED, lx.CAMEO[lx.VISITED], cand.trigger,
                                              "events.visited.meeting", 0.6, agents=[(key, tok)],
                                              places=places))
        return out

    def _remote(self, cand) -> bool:
        """A call, not a meeting in person: 'by telephone', 'a telephone conversation', 'phoned'."""
        trigger = cand.trigger
        verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
        near = list(trigger.children) + list(verb.children) + [trigger]
        near += [g for c in list(near) if c.dep_ == "prep" for g in c.children]
        return cand.cameo == "041" or any(t.lemma_.lower() in REMOTE_WORDS for t in near)

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
        for cand in kept:
            if cand.type == lx.VISITED and len(cand.places) > 1:
                cand.places = self._drop_wider(cand.places)
            if cand.type == lx.VISITED and cand.places:
                cand.places += self._country_visited(cand)
            if cand.type == lx.VISITED:  # "Moi, accompanied by Foreign Minister Godana, was received in Asmara"
                cand.agents += [c for c in self._companions(cand.agents) if c[0] not in {k for k, _ in cand.agents}]
        return kept

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
        countries = {p.country for p in kinds} - {None}
        if len(countries) != 1:
            return []
        (iso,) = countries
        if not all(self._nationality_of(k) not in (None, iso) or (
                self._nationality_of(k) is None and called_visiting(t)) for k, t in cand.agents):
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
        if any(kind in ("country", "city", "state") for kind in kinds.values()):
            return [p for p in places if kinds[p[0]] != "continent"]
        return places


# How one travels: "by road to Kigali" hangs the destination on the means.
MEANS_OF_TRAVEL = frozenset({"road", "air", "car", "motorcade", "plane", "helicopter", "train", "boat", "sea",
                             "land", "convoy", "bus", "rail", "ship"})


def _by_phrase(verb) -> list:
    return [o for a in verb.children if a.dep_ in ("agent", "prep") and a.lower_ == "by"
            for o in a.children if o.dep_ == "pobj"]


def _described_aside(tok, heads) -> bool:
    """A place inside an apposition's own phrase ("Turku, a sister city to St Petersburg"): it
    describes the place visited, it was not visited."""
    seen_prep, t = False, tok
    for _ in range(8):
        if t in heads or t.head is t:
            return False
        if t.dep_ == "prep":
            seen_prep = True
        if t.dep_ == "appos" and seen_prep:
            return True
        t = t.head
    return False

"""Where a trip went: the places of a visit verb or noun.

"Arrived in Hanoi", "paid a visit to President X" (his country), "on his second day
in X" (a stay counted from arrival), "a tour of the
Libyan port city of Misratah" (Libya too), "arrived at the resort of X, south of
Vilnius" (a place too small to know, in the known one's country), "this nation"
(the dateline's). A place that only describes another ("Turku, a sister city to
St Petersburg") was not visited; "went into talks" went nowhere.
"""

from __future__ import annotations

from kg.extract import gazetteer as gz
from kg.extract import lexicon as lx
from kg.extract.arguments import actors_in, patient_tokens, prep_objects
from kg.extract.encounters import SUPPORT_VERBS
from kg.extract.modality import modality_of
from kg.extract.nationality import NationalityRules
from kg.extract.visitors import called_visiting
from kg.model import ASSERTED, ORGANIZATION, PERSON, PLACE

PLACE_PREPS = frozenset({"in", "at", "to", "into"})
# Where a small place lies from a known one: "30 km north of Y", "just outside Y".
DIRECTIONS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                        "outside"})
# Verbs whose "on" phrase is where one went: "stopped on the island", "landed on Jersey".
ON_ISLANDS = frozenset({"stop", "land"})
# How one travels: "by road to Kigali" hangs the destination on the means.
# What a trip as subject does where it went: "the visit took place in X", "the tour ends in Y";
# not what others made of it ("the visit was not well received in Z").
TRIP_COURSE_VERBS = frozenset({"be", "take", "begin", "start", "end", "conclude", "continue", "open", "close",
                               "come", "culminate", "finish", "wrap", "include", "last", "go", "hold", "make",
                               "pay", "move", "bring", "lead", "proceed", "run", "stop", "head"})
# Places precise enough to be where a traveller was (not a continent or world region).
SETTLED_KINDS = gz.SETTLED_KINDS
# World regions larger than a country and without borders of their own (continents come from the
# gazetteer): a trip "to Latin America" or "to the West" names no place a traveller was.
WORLD_REGIONS = frozenset({
    "latin america", "central america", "middle east", "near east", "far east", "west", "east", "arctic",
    "antarctic", "balkans", "caribbean", "caucasus", "central asia", "south asia", "southeast asia", "east asia",
    "west africa", "east africa", "north africa", "southern africa", "central africa", "horn of africa", "sahel",
    "maghreb", "scandinavia", "nordic countries", "baltics", "baltic states", "gulf", "persian gulf", "levant",
    "asia-pacific", "pacific", "indochina", "western europe", "eastern europe", "central europe",
})
# Verbs of coming back or on from somewhere: "returning from the summit in X".
COMING_FROM_VERBS = frozenset({"come", "return", "arrive", "fly", "travel", "head", "proceed"})
# What one comes from that is held somewhere: a gathering, a trip, one's part in either.
HELD_EVENTS = lx.GATHERING_NOUNS | lx.VISIT_NOUNS | frozenset({"participation", "assembly", "attendance"})
# Units of a stay counted from arrival: "on his second day in X", "during her last week in Y".
STAY_UNITS = frozenset({"day", "week"})  # not "night": "his last night in X" reads as a date
STAY_COUNTS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "final"})  # "his last day" reads as a date
MEANS_OF_TRAVEL = frozenset({"road", "air", "car", "motorcade", "plane", "helicopter", "train", "boat", "sea",
                             "land", "convoy", "bus", "rail", "ship"})


class DestinationRules(NationalityRules):
    """Mixin of :class:`kg.extract.events.EventExtractor`: where visits went."""

    def _without_regions(self, cand) -> bool:
        """Drop a visit's continents and world regions ('a tour of South America', 'his first visit to
        the West'): no set's gold counts one as a place visited. False when nothing else is left."""
        cand.places = [p for p in cand.places if not self._is_region(p[0])]
        return bool(cand.places or cand.targets)

    def _is_region(self, key: str) -> bool:
        actor = self.actors.actors[key]
        place = gz.place_by_id(actor.geonames_id)
        if place is not None:
            return place.kind == "continent"
        return actor.label.lower().removeprefix("the ") in WORLD_REGIONS

    def _located(self, heads) -> tuple | None:
        """'the spa resort of X, which is a drive southwest of Vilnius', 'the village of X, 30 km
        north of Y': (country code, name) of a place too small to know, told by a known one."""
        for head in heads:
            names = [head] + (prep_objects(head, {"of"}) if head.lemma_.lower() in lx.PLACE_NOUNS else [])
            for name in names:
                for t in name.subtree:
                    if t.lower_.replace("-", "") not in DIRECTIONS or t.i <= name.i:
                        continue
                    known = self.of_type(actors_in(prep_objects(t, {"of"}), self.resolve), PLACE)
                    iso = self._country_of(known[0][0]) if known else None
                    if iso is not None:
                        return iso, name
        return None

    def _located_country(self, located: tuple | None, agents) -> list:
        """The country of a located place, said only of travellers known to be foreign there."""
        if located is None or not agents:
            return []
        iso, name = located
        country = gz.country_by_iso(iso)
        if country is None or not all(self._home_of(k, a) not in (None, iso) or called_visiting(a)
                                      for k, a in agents):
            return []
        return [(self.place_key(country), name)]

    def _home_country(self, person: str, tok) -> list:
        """The country a person's title names, or the words around this mention ('Fox of Mexico',
        'the President of the Federal Republic of X')."""
        iso = self._home_of(person, tok)
        place = gz.country_by_iso(iso) if iso else next(
            (gz.country(o.text) for o in prep_objects(tok, {"of"}) if gz.country(o.text)), None)
        return [(self.place_key(place), tok)] if place else []

    def _in_place_to(self, purpose) -> list:
        """'Venezuelan President X, in New York to address the UN, said': a foreigner set in a
        place, with an errand there, is visiting it. Read from the words ('X, in Y to do'), which
        the parser hangs in many ways."""
        doc, end = self.doc, purpose.i - 2
        start = end
        while start > 0 and doc[start - 1].pos_ == "PROPN":
            start -= 1
        if doc[end].pos_ != "PROPN" or start < 3 or doc[start - 1].lower_ != "in" or doc[start - 2].text != "," \
                or doc[start - 3].pos_ != "PROPN":
            return []  # the words first: resolving a word records it as a mention
        place = self.resolve(doc[end])
        if place is None or self.actors.actors[place].type != PLACE:
            return []
        person = self.resolve(doc[start - 3])
        places = [(place, doc[end])]
        if person is None or self.actors.actors[person].type != PERSON or not (
                self._abroad(person, places) or self._nationality_of(person) is None):
            return []  # an errand there says they came, unless the place is their own country's
        # the "in" stands for the presence: the errand's verb may read as a plan ("to address")
        return [self.Candidate(lx.VISITED, lx.CAMEO[lx.VISITED], doc[start - 1], "events.visited.presence", 0.7,
                               agents=[(person, doc[start - 3])], places=places)]

    def _back_from_gathering(self, verb) -> list:
        """'arrived, coming in from the summit in Vientiane', 'returning from the General Assembly
        in New York': one who comes from a gathering or a trip held abroad was there."""
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in COMING_FROM_VERBS:
            return []
        events = [o for o in prep_objects(verb, {"from"}) if o.lemma_.lower() in HELD_EVENTS]
        events += [g for e in events for g in prep_objects(e, {"at", "in", "of"})  # "his participation at the summit"
                   if g.lemma_.lower() in HELD_EVENTS or g.pos_ == "PROPN"]
        heads = [p for e in events for p in prep_objects(e, {"in", "at"})]
        places = [p for p in self.of_type(actors_in(heads, self.resolve, deep=True), PLACE)
                  if self._country_of(p[0]) is not None]  # not "the Mercosur summit" read as a place
        if not places or modality_of(verb) != ASSERTED:
            return []
        mover = verb  # "speaking on a plane (bound for Y) returning from X, Z said": the passenger
        carrier = verb.head if verb.dep_ == "acl" else verb
        for _ in range(4):
            if carrier.lemma_.lower() in MEANS_OF_TRAVEL and carrier.dep_ == "pobj":
                mover = carrier.head.head
                break
            if carrier.dep_ not in ("acl", "pobj", "prep") or carrier.head.i == carrier.i:
                break
            carrier = carrier.head
        agents = [(k, t) for k, t in self.of_type(self.agents_of(mover), PERSON) if self._abroad(k, places)]
        if not agents:
            return []
        return [self.Candidate(lx.VISITED, lx.CAMEO[lx.VISITED], verb, "events.visited.origin", 0.7,
                               agents=agents, places=places)]

    def _stay_in(self, noun) -> list:
        """'on his second day in Israel', 'her last night in Hanoi': days counted from one's arrival
        in a place are a stay there; 'his first day back in X' is a return home, not a visit."""
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in STAY_UNITS or not any(
                c.dep_ in ("amod", "nummod") and c.lower_ in STAY_COUNTS for c in noun.children):
            return []
        if any(t.lower_ in ("back", "home") for t in noun.subtree):
            return []
        heads = prep_objects(noun, {"in", "at"})
        after = noun.right_edge.i + 1  # the parser may hang "in X" right after the noun on the verb
        if not heads and after < len(self.doc) and self.doc[after].lower_ in ("in", "at"):
            heads = [c for c in self.doc[after].children if c.dep_ == "pobj"]
        places = [p for p in self.of_type(actors_in(heads, self.resolve), PLACE) if self._country_of(p[0])]
        if not places or not any(c.dep_ == "poss" for c in noun.children):
            return []  # one's own days ("on his second day"), not "the second day in X" of an event
        clause = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), noun.head)
        agents, _ = self._noun_agents(noun, PERSON)  # "On his last night in X, Y dined": Y's night
        if not agents or modality_of(clause) != ASSERTED:
            return []
        return [self.Candidate(lx.VISITED, lx.CAMEO[lx.VISITED], noun, "events.visited.stay", 0.7,
                               agents=agents, places=places)]

    def _visited_people(self, noun) -> list:
        """The 'to' phrase of a visit, on the noun or on its support verb ('paid a visit yesterday to X')."""
        heads = prep_objects(noun, {"to"})
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() in SUPPORT_VERBS:
            heads += [o for c in noun.head.children if c.dep_ in ("dative", "prep") and c.lower_ == "to"
                      for o in c.children if o.dep_ == "pobj"]
        return heads

    def _places_of_verb(self, verb) -> list:
        # "visited Hanoi", "toured Asia"; but "flew the plane", "drove the index to new highs"
        objects = patient_tokens(verb) if verb.lemma_.lower() not in lx.VISIT_NEEDS_PLACE else []
        if verb.lemma_.lower() == "arrive":  # "arrived Abuja on Tuesday": West African and Indian usage
            objects = [c for c in verb.children if c.dep_ == "dobj"]
        if any(o.lemma_.lower() in lx.MEET_NOUNS for o in prep_objects(verb, {"into"})):
            return []  # "went into talks at the hotel": joined a meeting, went nowhere
        heads = objects + prep_objects(verb, PLACE_PREPS | ({"on"} if verb.lemma_.lower() in ON_ISLANDS else set()))
        heads += [p for means in prep_objects(verb, {"by"}) if means.lemma_.lower() in MEANS_OF_TRAVEL
                  for p in prep_objects(means, PLACE_PREPS)]  # "proceeded by road to Kigali"
        heads += [p for o in objects if (key := self.resolve(o)) and self.actors.actors[key].type == ORGANIZATION
                  for p in prep_objects(o, {"in", "at"})]  # "visited the Huawei plant in Shenzhen"
        found = self.this_places(heads)
        if found:
            return found
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
            key = self.resolve(head) if head.pos_ == "PROPN" else None
            seat = gz.seat_country(self.actors.actors[key].label) if key else None
            if seat is not None:  # "met X at the White House": in the United States
                found.append((self.place_key(seat), head))
                continue
            owner = [(k, t) for k, t in actors_in([c for c in head.children if c.dep_ == "poss"], self.resolve)
                     if self.actors.actors[k].type == PLACE]
            if owner and (key is None or self.actors.actors[key].type != PLACE or self._country_of(key) is None):
                # "at Sydney's Kirribilli House": in Sydney
                found.extend(owner)
                continue
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
        this = self.this_places(heads)
        if this:
            return this
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
        subject = noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i == verb.i
        if subject and verb.lemma_ == "be" and noun.lemma_.lower() in ("stop", "destination", "leg"):
            named = [c for c in verb.children if c.dep_ == "attr"]  # "his first stop was Mauritius"
            places += [p for p in self.of_type(actors_in(named, self.resolve), PLACE) if p not in places]
        if (not subject or verb.lemma_.lower() in TRIP_COURSE_VERBS) and verb.pos_ in ("VERB", "AUX"):
            located = [o for o in prep_objects(verb, {"in", "at", "to"})  # "took place in X", not
                       if o.pos_ == "PROPN" or o.lemma_.lower() in lx.PLACE_NOUNS]  # "resulted in a protest from X"
            verb_places = self.of_type(actors_in(located, self.resolve, deep=True), PLACE)
            places += [p for p in verb_places if p not in places]
        if all(getattr(gz.place_by_id(self.actors.actors[k].geonames_id), "kind", None) not in SETTLED_KINDS
               for k, _ in places):  # "Chile, where he was cutting short a visit to Latin America": Chile too
            places += [p for p in self.trip_clause_places(noun) if p not in places]
        return places


def _described_aside(tok, heads) -> bool:
    """A place inside an apposition's own phrase ("Turku, a sister city to St Petersburg"): it
    describes the place visited, it was not visited."""
    seen_prep, t = False, tok
    for _ in range(8):
        if t in heads or t.head.i == t.i:
            return False
        if t.dep_ == "prep":
            seen_prep = True
        if t.dep_ == "appos" and seen_prep:
            return True
        t = t.head
    return False

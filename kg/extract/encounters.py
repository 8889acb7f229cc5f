"""Encounters: visits and meetings.

The event may sit in a verb ("visited", "met") or in a noun carried by a
support verb ("paid a visit to", "held talks with", "had lunch with"), whose
roles are then the support verb's arguments. A meeting is symmetric, so
coordinated participants ("A and B met", "talks between A and B") meet each
other. A visit's agent is the traveller: the climb to a governing clause stops
at a verb of saying, so a spokesman describing a trip never made it.
"""

from __future__ import annotations

from kg.extract import gazetteer as gz
from kg.extract import lexicon as lx
from kg.extract.actor_lexicon import TITLE_HEADS
from kg.extract.modality import modality_of
from kg.extract.actor_keys import place_actor
from kg.extract.arguments import actors_in, coordinated, is_passive, patient_tokens, prep_objects, subject_tokens
from kg.model import GROUP, ORGANIZATION, PERSON, PLACE

MEETERS = (PERSON, ORGANIZATION, GROUP)
PARTNERS = (PERSON, ORGANIZATION)  # "met senior officials and civil society": no one in particular
# Verbs whose noun object carries the event and whose "with" phrase names the partner.
SUPPORT_VERBS = frozenset({
    "have", "hold", "conduct", "open", "begin", "start", "resume", "continue", "wrap", "end",
    "conclude", "finish", "pay", "make", "undertake", "host", "attend", "join", "launch", "kick",
})
# Support verbs whose coordinated subjects hold the meeting together ("A and B held talks"),
# unlike "host", "attend" or "join", which many do apart.
JOINT_SUPPORT_VERBS = SUPPORT_VERBS - {"host", "attend", "join", "pay", "make", "undertake", "launch"}
# Roles that stand before the name of whom they describe: "with his host President X".
ROLE_BEFORE_NAME = frozenset({"host", "counterpart", "guest", "opposite", "partner"})
PLACE_PREPS = frozenset({"in", "at", "to", "into"})
REMOTE_WORDS = frozenset({"telephone", "phone", "video", "videoconference", "videolink", "letter",
                          "email", "e-mail", "satellite"})
WRITTEN_WORDS = frozenset({"letter", "email", "e-mail", "memo", "message", "note", "fax", "cable"})
POSTED_TITLES = frozenset({"ambassador", "consul", "consul-general", "chargé", "charge"})


class EncounterRules:
    """Mixin of :class:`kg.extract.events.EventExtractor`: the visited and met rules."""

    # ---- visited ------------------------------------------------------------------
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
            agents = self.of_type(self.agents_of(tok), *MEETERS)
            targets = self.of_type(actors_in(patient_tokens(tok), self.resolve), PERSON, ORGANIZATION)
            if not agents or not (places or targets):
                return []
            found = [self.Candidate(lx.VISITED, lx.CAMEO[lx.VISITED], tok, "events.visited.verb", 0.9,
                                    agents=agents, targets=targets, places=places)]
            people = self.of_type(targets, PERSON)
            if lemma == "visit" and people:  # "visited Arafat": a visit to a person is a meeting
                found += self._meeting(tok, "040", "events.met.visit", 0.75, agents, people,
                                       symmetric=False)
            return found
        if tok.pos_ == "NOUN" and lemma in lx.VISIT_NOUNS:
            hosts = self._visited_people(tok)
            places = self._places_of_noun(tok) or self.of_type(actors_in(hosts, self.resolve, deep=True), PLACE)
            people = self.of_type(actors_in(hosts, self.resolve), PERSON)
            if not places and not people:
                return []
            agents, inherited = self._noun_agents(tok, *MEETERS)
            if not agents:
                return []
            if not places:  # a visit to a foreign leader is a visit to his country
                places = [p for k, t in people for p in self._home_country(k, t)]
            found = [self.Candidate(lx.VISITED, lx.CAMEO[lx.VISITED], tok, "events.visited.noun",
                                    0.7 if inherited else 0.85, agents=agents, places=places)] if places else []
            if people:  # "paid a visit to President Fox of Mexico": a visit to a person meets him
                found += self._meeting(tok, "040", "events.met.visit", 0.75, agents, people, symmetric=False)
            return found
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
        return [(self.actors.add_actor(place_actor(place, place.name)), tok)] if place else []

    def _visited_people(self, noun) -> list:
        """The 'to' phrase of a visit, on the noun or on its support verb ('paid a visit yesterday to X')."""
        heads = prep_objects(noun, {"to"})
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() in SUPPORT_VERBS:
            heads += [o for c in noun.head.children if c.dep_ in ("dative", "prep") and c.lower_ == "to"
                      for o in c.children if o.dep_ == "pobj"]
        return heads

    def _places_of_verb(self, verb) -> list:
        heads = patient_tokens(verb) + prep_objects(verb, PLACE_PREPS)
        found = actors_in(heads, self.resolve, deep=True)
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
                    found.append((self.actors.add_actor(place_actor(country, country.name)), mod))
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
        return places

    def _noun_agents(self, noun, *types: str) -> tuple[list, bool]:
        """Agents of a noun trigger: possessor, 'of'/'by' phrase, else the governing clause's."""
        direct = [c for c in noun.children if c.dep_ == "poss"] + prep_objects(noun, {"by", "of"})
        direct = [c for c in direct if (c.pos_ in ("PROPN", "PRON") or c.lemma_ in lx.PERSON_ROLE_NOUNS
                                        or self.resolve(c)) and not self._is_place(c)]
        agents = self.of_type(actors_in(direct, self.resolve), *types)
        # "During his visit to X, Y said": a pronoun before its antecedent is the clause's subject
        direct = [c for c in direct if not (c.pos_ == "PRON" and self.resolve(c) is None)]
        if agents or direct:  # an explicit but unknown agent ("by a top official") is not inherited
            return agents, False
        tok = noun
        for _ in range(6):
            head = tok.head
            if head is tok:
                break
            if head.pos_ in ("VERB", "AUX") and head.lemma_ in lx.SAY_VERBS \
                    and tok.dep_ in ("ccomp", "dobj", "parataxis", "nsubj") and not self._own_words(head):
                break  # "the spokesman said the trip ...": the sayer did not travel
            cands = subject_tokens(head) if head.pos_ in ("VERB", "AUX") else \
                [c for c in head.children if c.dep_ == "poss"]
            cands = [c for c in cands if c is not noun and c.i != tok.i]
            agents = self.of_type(actors_in(cands, self.resolve), *types)
            if agents:
                return agents, True
            if head.dep_ in ("ccomp", "relcl", "advcl") and head.pos_ in ("VERB", "AUX") and cands:
                break
            tok = head
        return [], False

    def _own_words(self, say) -> bool:
        """A person speaking in their own name (not a spokesman, ministry or reporter)."""
        for tok in subject_tokens(say):
            key = self.resolve(tok)
            actor = self.actors.actors.get(key) if key else None
            if actor is None or actor.type != PERSON or tok.lemma_.lower() in lx.SPOKES_NOUNS \
                    or any(w in lx.SPOKES_NOUNS for t in actor.titles for w in t.lower().split()):
                return False
        return True

    # ---- met ----------------------------------------------------------------------
    def _meetings(self, tok) -> list:
        lemma = tok.lemma_.lower()
        handshake = lemma == "shake" and any(c.dep_ == "dobj" and c.lower_ == "hands" for c in tok.children)
        sit_down = lemma == "sit" and any(c.dep_ == "prt" and c.lower_ == "down" for c in tok.children)
        if tok.pos_ == "VERB" and lemma == "call":
            return self._courtesy_call(tok)
        if tok.pos_ == "VERB" and lemma in ("speak", "talk", "converse", "confer"):
            found = self._conversation(tok)
            if found:
                return found
        if tok.pos_ == "VERB" and (lemma in lx.MEET_VERBS or lemma in lx.MEET_WITH_VERBS or handshake
                                   or sit_down):
            patients, visiting = [], []
            if lemma in lx.MEET_VERBS:  # "met visiting Brazilian President X": the visitor
                visiting = [c for c in tok.children if c.dep_ in ("xcomp", "dobj", "ccomp", "advcl")
                            and c.i == tok.i + 1 and self.adjectival_visiting(c)]
                patients = patient_tokens(tok) + [v for c in visiting for v in self.visitor_tokens(c)]
            partners = patients + self._with_partners(tok)
            targets = self._partners(partners)
            if lemma in ("receive", "host", "welcome", "greet") and not is_passive(tok):
                targets = self.of_type(targets, PERSON)  # "hosted the summit" is no meeting
            agents = self.of_type(self.agents_of(tok), *MEETERS)
            if not targets:
                targets = self.of_type(self.unknown_names(patients), PERSON, ORGANIZATION)
            if not targets and lemma in ("meet", "talk", "confer"):
                agents = self._reciprocal_pair(subject_tokens(tok)) or agents  # "The two presidents met"
            found = self._meeting(tok, lx.MEET_CAMEO.get(lemma, "040"), "events.met.verb", 0.9,
                                  agents, targets, symmetric=lemma in ("meet", "talk", "confer", "shake"))
            for cand in found if visiting else ():
                cand.dated_by = visiting[0]  # the parser hangs "on April 10" on "visiting"
            return found
        if tok.pos_ == "NOUN" and (lemma in lx.MEET_NOUNS or tok.lower_ in lx.MEET_NOUNS):
            partners = self._with_partners(tok) + (prep_objects(tok, {"on"}) if lemma == "call" else [])
            if tok.dep_ == "dobj" and tok.head.lemma_.lower() in SUPPORT_VERBS:  # "had lunch with X"
                partners += self._with_partners(tok.head) + (
                    prep_objects(tok.head, {"on"}) if lemma == "call" else [])
            between = [c for h in [tok] + [a for a in tok.children if a.dep_ == "acl"]  # "a meeting held ... between"
                       for c in h.children if c.dep_ == "prep" and c.lower_ in ("between", "among")]
            targets = self._partners(partners)
            if between and not targets:
                sides = self._sides(between)
                return self._meeting(tok, lx.MEET_CAMEO.get(lemma, "040"), "events.met.between", 0.8,
                                     sides, [], symmetric=True)
            if not targets:
                return self._joint_meeting(tok, lemma)
            agents, inherited = self._noun_agents(tok, *MEETERS)
            return self._meeting(tok, lx.MEET_CAMEO.get(lemma, "040"), "events.met.noun",
                                 0.7 if inherited else 0.85, agents, targets, symmetric=False)
        return []

    def _reciprocal_pair(self, subjects) -> list:
        """'The two presidents met', 'both leaders talked': the last two people named before."""
        if len(subjects) != 1:
            return []
        subject = subjects[0]
        if subject.tag_ != "NNS" or subject.lemma_.lower() not in lx.PERSON_ROLE_NOUNS or not any(
                c.lower_ == "two" and c.dep_ == "nummod" or c.lower_ == "both" and c.dep_ in ("det", "predet")
                for c in subject.children):
            return []
        found: dict[str, object] = {}
        start = max(0, subject.sent.start - 80)
        for t in reversed(self.doc[start:subject.sent.start]):
            key = self.resolve(t) if t.pos_ == "PROPN" else None
            if key and key not in found and self.actors.actors[key].type == PERSON:
                found[key] = t
                if len(found) == 2:
                    return list(found.items())
        return []

    def _with_partners(self, tok) -> list:
        """The objects of 'with', and the visitor of 'with visiting Thai Premier X'."""
        return prep_objects(tok, {"with"}) + [
            v for p in tok.children if p.dep_ == "prep" and p.lower_ == "with"
            for c in p.children if c.dep_ == "pcomp" and self.adjectival_visiting(c)
            for v in self.visitor_tokens(c)]

    def _courtesy_call(self, verb) -> list:
        """'called on President Yeltsin at the Kremlin' visits him; 'called on X to act' appeals."""
        if any(t.tag_ == "VB" or t.dep_ in ("ccomp", "oprd", "dobj") for t in verb.subtree if t is not verb) \
                or any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children):
            return []  # "called on X to resign", "called on X for an end to ...": appeals
        partners = self.of_type(actors_in(prep_objects(verb, {"on"}), self.resolve), PERSON)
        agents = self.of_type(actors_in(subject_tokens(verb), self.resolve), *MEETERS)
        return self._meeting(verb, "042", "events.met.call", 0.75, agents, partners, symmetric=False)

    def _joint_meeting(self, noun, lemma: str) -> list:
        """'A and B held talks in Bonn': coordinated subjects of a support verb meet each other."""
        verb = noun.head
        if any(c.dep_ == "poss" and c.lower_ == "their" for c in noun.children) and noun.dep_ == "pobj" \
                and verb.dep_ == "prep" and verb.head.pos_ == "VERB":
            clause = verb.head  # "Blair told Clinton during their meeting": they are the clause's people
            sides = self.of_type(actors_in(subject_tokens(clause) + patient_tokens(clause), self.resolve),
                                 PERSON)
            return self._meeting(noun, lx.MEET_CAMEO.get(lemma, "040"), "events.met.joint", 0.75,
                                 sides, [], symmetric=True)
        if noun.dep_ == "pobj" and verb.lower_ in ("after", "during", "following") and verb.head.pos_ == "VERB":
            verb = verb.head  # "A and B agreed, after talks at a resort, to ..."
        elif noun.dep_ != "dobj" or verb.lemma_.lower() not in JOINT_SUPPORT_VERBS:
            return []
        subjects = subject_tokens(verb)
        if is_passive(verb):  # "After the meeting, A and B were asked": those asked met
            subjects = [c for c in verb.children if c.dep_ == "nsubjpass"] or subjects
        sides = self.of_type(actors_in(subjects, self.resolve), *MEETERS)
        return self._meeting(noun, lx.MEET_CAMEO.get(lemma, "040"), "events.met.joint", 0.8,
                             sides, [], symmetric=True)

    def _conversation(self, verb) -> list:
        """'A spoke by telephone with B', 'A and B talked on the phone', 'A spoke with President B'.

        Speaking with a named person is a conversation with them; speaking to reporters,
        a paper or the nation is not.
        """
        phone = any(c.dep_ == "prep" and c.lower_ in ("by", "on", "over")
                    and any(o.lemma_.lower() in ("telephone", "phone") for o in c.children) for c in verb.children)
        phone = phone or verb.dep_ in ("advcl", "xcomp") and any(  # "picked up the telephone to talk to B"
            o.lemma_.lower() in ("telephone", "phone") for o in patient_tokens(verb.head)) \
            or verb.dep_ == "acl" and verb.head.lemma_.lower() in ("telephone", "phone")
        partners = self.of_type(self._partners(prep_objects(verb, {"with", "to"})), PERSON)
        agents = self.of_type(actors_in(subject_tokens(verb), self.resolve), *MEETERS)
        if not phone:
            if not partners or any(t.lemma_.lower() in WRITTEN_WORDS for t in verb.sent):
                return []  # "an email in which he talks to B" is written, not spoken
            return self._meeting(verb, "040", "events.met.conversation", 0.75, agents, partners,
                                 symmetric=True)
        if partners:
            return self._meeting(verb, "041", "events.met.phone", 0.85, agents, partners, symmetric=True)
        return self._meeting(verb, "041", "events.met.phone", 0.8, agents, [], symmetric=True)

    def _sides(self, preps) -> list:
        """Everyone named in 'between A and B': the parser often hangs A inside B's phrase
        ("between Gerry Adams and Northern Ireland Chief Constable Hugh Orde")."""
        found: dict[str, object] = {}
        for prep in preps:
            for t in prep.subtree:
                key = self.resolve(t) if t.pos_ in ("PROPN", "PRON", "NOUN") else None
                if key is not None and key not in found and t.dep_ not in ("poss",):
                    found[key] = t
        return self.of_type(list(found.items()), *MEETERS)

    def _partners(self, heads) -> list:
        """Who was met: the named partners, else a person inside a title phrase
        ("met with the President of Korea, Mr. Roh")."""
        found = self.of_type(actors_in(heads, self.resolve), *PARTNERS)
        inside = [(k, t) for k, t in actors_in(heads, self.resolve, deep=True)
                  if not (t.pos_ == "PRON" and t.dep_ == "poss")]  # "his host" is not himself
        return found or self.of_type(inside, PERSON) or self._named_after_title(heads)

    def _named_after_title(self, heads) -> list:
        """'with the President of Brazil, Luiz Lula da Silva, at ...': the parser loses the
        apposition; the name right after a title phrase and its comma is the partner."""
        doc = self.doc
        for head in heads:
            if head.lower_ not in TITLE_HEADS and head.lemma_.lower() not in ROLE_BEFORE_NAME:
                continue
            nxt = head.right_edge.i + 1
            comma = nxt + 1 < len(doc) and doc[nxt].text == ","
            if comma or nxt < len(doc) and doc[nxt].pos_ == "PROPN" and head.lemma_.lower() in ROLE_BEFORE_NAME:
                name = doc[nxt + 1] if comma else doc[nxt]  # "with his host President X"
                end = name.i
                while end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN":
                    end += 1
                key = self.resolve(doc[end])
                if key and self.actors.actors[key].type == PERSON and doc[end].dep_ not in ("nsubj", "nsubjpass"):
                    return [(key, doc[end])]
        return []

    def _meeting(self, trigger, cameo: str, extractor: str, confidence: float, agents, targets, *,
                 symmetric: bool) -> list:
        """One candidate per agent; with no partner, coordinated agents meet each other."""
        agents = [a for a in agents if a[0] not in {t[0] for t in targets}]
        if not targets and symmetric and len(agents) >= 2:
            return [self.Candidate(lx.MET, cameo, trigger, extractor, confidence,
                                   agents=[agents[i]], targets=agents[i + 1:])
                    for i in range(len(agents) - 1)]
        if not agents or not targets:
            return []
        # one meeting per partner: "met the minister and officials" is two encounters to merge
        return [self.Candidate(lx.MET, cameo, trigger, extractor, confidence,
                               agents=agents, targets=[target]) for target in targets]

    # ---- visits implied by meetings abroad -----------------------------------------
    def _visits_of_meetings(self, candidates: list) -> list:
        """A participant from one country meeting in another visited it ('met Lula in Brasilia')."""
        out = []
        for cand in [c for c in candidates if c.type == lx.MET and not self._remote(c)]:
            verb = cand.trigger if cand.trigger.pos_ in ("VERB", "AUX") else cand.trigger.head
            place_heads = prep_objects(cand.trigger, {"in", "at"}) + prep_objects(verb, {"in", "at"})
            place_heads += [o for c in cand.trigger.children if c.dep_ == "acl"  # "a meeting held in Bangkok"
                            for o in prep_objects(c, {"in", "at"})]
            for _, tok in cand.targets:  # "met Cardoso in Brasilia" often hangs the place on the object
                place_heads += prep_objects(tok, {"in", "at"})
            places = self._with_described(self.of_type(actors_in(place_heads, self.resolve, deep=True), PLACE),
                                          place_heads) or self.here_places(verb, lead=True)
            countries = {self._country_of(k) for k, _ in places} - {None}
            if len(countries) != 1:
                continue
            (country,) = countries
            for key, tok in cand.agents + cand.targets:
                if self._posted_abroad(key):
                    continue  # an ambassador lives where he meets
                home = self._nationality_of(key) or self._nationality_in_apposition(tok)
                if home is not None and home != country:
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

    def _country_of(self, key: str) -> str | None:
        place = gz.place_by_id(self.actors.actors[key].geonames_id)
        return place.country if place is not None and place.kind in ("country", "city", "state") else None

    def _abroad(self, person: str, places: list) -> bool:
        """A person whose title names one country, at places all in another country."""
        home = self._nationality_of(person)
        where = {self._country_of(k) for k, _ in places}
        return home is not None and bool(where) and None not in where and home not in where \
            and not self._posted_abroad(person)

    def _posted_abroad(self, key: str) -> bool:
        actor = self.actors.actors[key]
        return any(w in POSTED_TITLES for t in actor.titles for w in t.lower().split())

    @staticmethod
    def _nationality_in_apposition(tok) -> str | None:
        """'her Indian counterpart Atal Bihari Vajpayee': the nationality of the title before the name."""
        while tok.dep_ == "compound" and tok.head is not tok:
            tok = tok.head
        if tok.dep_ != "appos":
            return None
        place = next((gz.demonym_country_at(c) for c in tok.head.children
                      if c.dep_ == "amod" and gz.demonym_country_at(c)), None)
        return place.country if place is not None else None

    def _nationality_of(self, key: str) -> str | None:
        """The one country a person's titles name ('Chinese President', 'President of Brazil')."""
        actor = self.actors.actors[key]
        if actor.type != PERSON:
            return None
        found = set()
        for title in actor.titles + actor.affiliations:
            words = title.replace(",", " ").split()
            for n in (2, 1):  # "South African" before "African"
                for i in range(len(words) - n + 1):
                    phrase = " ".join(words[i:i + n])
                    place = gz.demonym_country(phrase) or \
                        (gz.country(phrase) if phrase[:1].isupper() else None)
                    if place is not None:
                        found.add(place.country)
                if found:
                    break
            place = gz.country(title.split(" of ", 1)[-1]) if " of " in title else None
            if place is not None:
                found.add(place.country)
        return found.pop() if len(found) == 1 else None

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
        return kept

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

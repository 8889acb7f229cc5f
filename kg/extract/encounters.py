"""Encounters: meetings, and the agents of noun triggers.

The event may sit in a verb ("met", "received") or in a noun carried by a
support verb ("held talks with", "had lunch with"), whose roles are then the
support verb's arguments. A meeting is symmetric, so coordinated participants
("A and B met", "talks between A and B") meet each other. Visits are in
:mod:`kg.extract.travel`.
"""

from __future__ import annotations

from kg.extract import lexicon as lx
from kg.extract.arguments import actors_in, is_passive, patient_tokens, prep_objects, subject_tokens
from kg.extract.modality import modality_of
from kg.extract.partners import MEETERS, PartnerRules, called_in_envoy, prep_objects_of_place
from kg.extract.visitors import called_visiting
from kg.model import ASSERTED, GROUP, ORGANIZATION, PERSON

# Verbs whose noun object carries the event and whose "with" phrase names the partner.
SUPPORT_VERBS = frozenset({
    "have", "hold", "conduct", "open", "begin", "start", "resume", "continue", "wrap", "end",
    "conclude", "finish", "pay", "make", "undertake", "host", "attend", "join", "launch", "kick",
})
# Support verbs whose coordinated subjects hold the meeting together ("A and B held talks"),
# unlike "host", "attend" or "join", which many do apart.
JOINT_SUPPORT_VERBS = SUPPORT_VERBS - {"host", "attend", "join", "pay", "make", "undertake", "launch"}
# A conversation told in writing is no meeting: "in an email, he talks to X".
WRITTEN_WORDS = frozenset({"letter", "email", "e-mail", "memo", "message", "note", "fax", "cable"})
# Spans of time that stand for what fills them: "two hours of talks", "three rounds of talks".
SPANS_OF_TIME = frozenset({"hour", "day", "minute", "week", "round", "session", "year", "month"})
# Time of a day spent with someone: "spent the evening with X" (not "spent years with the rebels").
HOURS_SPENT = frozenset({"hour", "minute", "day", "morning", "afternoon", "evening", "night", "time",
                         "lunchtime"})
TELL_VERBS = lx.SAY_TO_OBJECT | {"thank"}  # "told China's visiting Premier Wen"
# Saying verbs whose addressee is a "to" phrase: "at the meeting she made clear to X".
SAID_TO_VERBS = frozenset({"make", "say", "explain", "stress", "emphasise", "emphasize", "convey", "express",
                           "reiterate", "repeat", "underline", "outline", "put"})
# Words, not people, that one welcomes or receives: "welcomed comments by X", "received a letter from X".
WORDS_WELCOMED = lx.SAY_NOUNS | lx.STANCE_NOUNS | lx.DOCUMENT_NOUNS | {"move", "step", "news", "offer", "gesture"}
MEETING_WORDS = lx.MEET_VERBS | lx.MEET_NOUNS  # where a meeting joined later was told
TIME_MARKS = frozenset({"when", "once", "whenever"})  # "when he meets X" under a future clause
FUTURE_AUX = frozenset({"will", "would", "shall", "'ll"})


class EncounterRules(PartnerRules):
    """Mixin of :class:`kg.extract.events.EventExtractor`: the met rules, and the agents of noun triggers."""

    # ---- agents of noun triggers ------------------------------------------------------
    def _noun_agents(self, noun, *types: str) -> tuple[list, bool]:
        """Agents of a noun trigger: possessor, 'of'/'by' phrase, else the governing clause's."""
        owners = [c for c in noun.children if c.dep_ == "poss"]
        direct = owners + prep_objects(noun, {"of"} if owners and _in_passive_clause(noun) else {"by", "of"})
        direct = [c for c in direct if (c.pos_ in ("PROPN", "PRON") or c.lemma_ in lx.PERSON_ROLE_NOUNS
                                        or self.resolve(c)) and not self._is_place(c)]
        agents = self.of_type(actors_in(direct, self.resolve), *types)
        # "During his visit to X, Y said": a pronoun before its antecedent is the clause's subject
        direct = [c for c in direct if not (c.pos_ == "PRON" and self.resolve(c) is None)]
        if agents or direct:  # an explicit but unknown agent ("by a top official") is not inherited
            return agents, False
        tok, carried = noun, False
        for _ in range(6):
            head = tok.head
            ended = tok.i == noun.i and tok.dep_ == "dobj" and head.lemma_ == "conclude"  # "concluded a visit"
            if head.pos_ in ("VERB", "AUX") and head.lemma_ in lx.SAY_VERBS and not ended \
                    and tok.dep_ in ("ccomp", "dobj", "parataxis", "nsubj") and not self._own_words(head):
                break  # "the spokesman said the trip ...": the sayer did not travel
            cands = subject_tokens(head) if head.pos_ in ("VERB", "AUX") else \
                [c for c in head.children if c.dep_ == "poss"]
            if (tok.dep_ == "prep" and noun.lemma_.lower() in lx.VISIT_NOUNS or carried) and is_passive(head):
                # "X was met on arrival by Y", "X was greeted by Y before being driven to a meeting
                # with Z": the one met, carried or driven went, not the one meeting him
                cands = [c for c in head.children if c.dep_ == "nsubjpass"] or cands
            elif head.dep_ == "conj" and not is_passive(head) and is_passive(head.head) and not any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
                # "X was welcomed to Parliament and then went into talks with Y": the one welcomed went
                cands = [c for c in head.head.children if c.dep_ == "nsubjpass"] or cands
            carried = carried or head.pos_ == "VERB" and is_passive(head) and not cands
            cands = [c for c in cands if c.i != tok.i]
            agents = self.of_type(actors_in(cands, self.resolve), *types) or self.group_heads(cands)
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
        lemma = _meeting_lemma(tok)
        handshake = lemma == "shake" and any(c.dep_ == "dobj" and c.lower_ == "hands" for c in tok.children)
        sit_down = lemma == "sit" and any(c.dep_ == "prt" and c.lower_ == "down" for c in tok.children)
        if tok.pos_ == "VERB" and (lemma == "summon" or lemma == "call" and called_in_envoy(tok)):
            return self._summoned(tok)
        if tok.pos_ == "VERB" and lemma == "call":
            return self._courtesy_call(tok)
        if tok.pos_ == "VERB" and (lemma in TELL_VERBS or lemma in SAID_TO_VERBS):
            return self._told_visitor(tok)
        if tok.pos_ == "VERB" and lemma == "spend":
            return self._time_together(tok)
        if tok.pos_ == "VERB" and lemma in ("speak", "talk", "converse", "confer"):
            found = self._conversation(tok)
            if found:
                return found
        if tok.pos_ == "VERB" and (lemma in lx.MEET_VERBS or lemma in lx.MEET_WITH_VERBS or handshake
                                   or sit_down):
            if future_time_clause(tok):
                return []  # "when he meets X" in a plan is not asserted, and has no date to be planned on
            patients, visiting = [], []
            if lemma in lx.MEET_VERBS:  # "met visiting Brazilian President X": the visitor
                visiting = [c for c in tok.children if c.dep_ in ("xcomp", "dobj", "ccomp", "advcl")
                            and c.i == tok.i + 1 and self.adjectival_visiting(c)]
                patients = patient_tokens(tok) + [v for c in visiting for v in self.visitor_tokens(c)]
            partners = patients + self._with_partners(tok)
            if lemma in lx.MEET_WITH_VERBS:  # "dined (at the palace) alongside X": in X's company
                partners += [o for h in [tok, *prep_objects(tok, {"at", "in"})] for o in prep_objects(h, {"alongside"})]
            targets = self._partners(partners)
            targets += [t for t in self._listed_people(patients) if t[0] not in {k for k, _ in targets}]
            if lemma in ("receive", "host", "welcome", "greet", "embrace", "hug") and not is_passive(tok):
                targets = self.of_type(targets, PERSON)  # "hosted the summit", "embraced the plan": no meeting
                if any(o.dep_ == "dobj" and o.lemma_.lower() in WORDS_WELCOMED for o in tok.children):
                    targets = [(k, t) for k, t in targets if not _inside_object_phrase(t, tok)]  # "welcomed
                    # comments by Bush": the comments were welcomed, not Bush
            agents = self.of_type(self.agents_of(tok), *MEETERS) or self._named_after_portfolio(tok)
            if lemma in lx.RECEIVING_VERBS and not is_passive(tok):  # "The queen, alongside
                agents += [a for a in self.of_type(actors_in(prep_objects(tok, {"alongside"}), self.resolve, deep=True),
                                                   PERSON) if a[0] not in {k for k, _ in agents}]  # X, welcomed Y"
            if is_passive(tok):  # "was received by A and B": the whole list of hosts
                agents += [a for a in self._list_tails(subject_tokens(tok)) if a[0] not in {k for k, _ in agents}]
            if not targets and is_passive(tok) and not patients:
                targets = self.of_type(actors_in(self._greeted_in_passing(tok), self.resolve), PERSON)
            if not targets:
                targets = self.of_type(self.unknown_names(patients), PERSON, ORGANIZATION)
            if not targets and lemma in ("discuss", "negotiate"):  # "A and visiting B discussed ways"
                agents = self.of_type(agents, PERSON)
            found = self._meeting(tok, lx.MEET_CAMEO.get(lemma, "040"), "events.met.verb", 0.9, agents, targets,
                                  symmetric=lemma in ("meet", "talk", "confer", "shake", "discuss", "negotiate")
                                  and not is_passive(tok))  # "were met by A and B": not each other
            for cand in found if visiting else ():
                cand.dated_by = visiting[0]  # the parser hangs "on April 10" on "visiting"
            if tok.dep_ in ("xcomp", "advcl") and tok.head.lemma_.lower() in lx.VISIT_VERBS and any(
                    c.tag_ == "TO" for c in tok.children):
                for cand in found:  # "went to the hotel on Monday to meet X": the journey's day
                    cand.dated_by = tok.head
            return found
        if tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "nsubjpass") and (lemma in ("welcome", "reception") or (
                lemma == "ceremony" and any(c.lower_ in ("welcome", "welcoming") for c in tok.children))):
            return self._welcomed(tok)  # "was accorded an airport welcome ceremony by X"
        if tok.pos_ == "NOUN" and (lemma in lx.MEET_NOUNS or tok.lower_ in lx.MEET_NOUNS):
            if _under_a_future_verb(tok) or tok.dep_ == "dobj" and future_time_clause(tok.head):
                return []  # "would raise it during talks with X", "expected ... when he holds talks with X"
            # "the meeting, which was also attended by X"; "a lunch in honour of X"; "hosted a summit,
            # attended by X"
            joined = self._joined_meeting(tok) or self._meal_in_honour(tok) or self._attended_what_they_hosted(tok)
            if joined:
                return joined
            partners = self._with_partners(tok) + (prep_objects(tok, {"on"}) if lemma == "call" else []) + (
                prep_objects(tok, {"alongside"}) if lemma == "conference" else []) + (
                self._granted_audience(tok) if lemma == "audience" else [])
            if tok.dep_ == "dobj" and tok.head.lemma_.lower() in SUPPORT_VERBS:  # "had lunch with X"
                partners += self._with_partners(tok.head) + (
                    prep_objects(tok.head, {"on"}) if lemma == "call" else [])
            elif tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and tok.head.lemma_ not in lx.SAY_VERBS:
                partners += [p for p in self._with_partners(tok.head)  # "used a meeting at No 10 with X"
                             if self.of_type(actors_in([p], self.resolve), PERSON)]
            held_with, holders = self._held_with(tok)  # "the discussion he held with X"
            partners += held_with
            partners += self._host_of_the_place(tok)  # "dinner at Karamanlis's residence"
            partners += self._meal_hosts(tok)  # "a state banquet hosted by President X"
            between = [c for h in [tok] + [a for a in tok.children if a.dep_ == "acl"]  # "a meeting held ... between"
                       for c in h.children if c.dep_ in ("prep", "agent") and c.lower_ in ("between", "among")] + [
                c.head for c in prep_objects_of_place(tok, {"between", "among"})]  # "a meeting in Oman between"
            targets = self._partners(partners)
            if between and not targets:
                sides = self._sides(between)
                return self._meeting(tok, lx.MEET_CAMEO.get(lemma, "040"), "events.met.between", 0.8,
                                     sides, [], symmetric=True)
            if not targets:
                return self._joint_meeting(tok, lemma)
            agents = self.of_type(actors_in(holders, self.resolve), *MEETERS)
            agents, inherited = (agents, False) if agents else self._noun_agents(tok, *MEETERS)
            return self._meeting(tok, lx.MEET_CAMEO.get(lemma, "040"), "events.met.noun",
                                 0.7 if inherited else 0.85, agents, targets, symmetric=False)
        return []

    def _list_tails(self, heads) -> list:
        """Hosts of a list the parser hangs inside an earlier member's title phrase: 'by Minister of
        State for Home A and Foreign Secretary B' makes B a conjunct of A, inside 'for'."""
        found = [t for head in heads for t in head.subtree
                 if t.pos_ == "PROPN" and t.dep_ == "conj" and t.head.dep_ == "pobj"
                 and t.head.head.head.i == head.i and self._person_at(t.head)]
        return self.of_type(actors_in(found, self.resolve), PERSON)

    def _summoned(self, verb) -> list:
        """'Ambassador X was summoned to the foreign ministry': the envoy called in met the body
        that called him, at its seat; 'the minister, who summoned envoy X': he met the one he called
        in. Summoned home, or an unnamed envoy, is no meeting."""
        if any(c.lower_ in ("home", "back") for c in verb.children):
            return []  # "summoned its ambassador home": recalled, not met
        if not is_passive(verb):
            callers = self.of_type(self.agents_of(verb), PERSON, ORGANIZATION)
            called = self.of_type(actors_in(patient_tokens(verb) + (
                prep_objects(verb, {"in"}) if verb.lemma_.lower() == "call" else []), self.resolve), PERSON)
            return self._meeting(verb, "040", "events.met.summoned", 0.7, callers, called, symmetric=False)
        bodies = self.of_type(actors_in(prep_objects(verb, {"to"}), self.resolve), ORGANIZATION)
        called = [verb.head if c.tag_ == "WP" and verb.dep_ == "relcl" else c  # "Ambassador X, who had been summoned"
                  for c in verb.children if c.dep_ == "nsubjpass"]
        envoys = self.of_type(actors_in(called, self.resolve), PERSON)
        return self._meeting(verb, "040", "events.met.summoned", 0.7, envoys, bodies, symmetric=False)

    def _person_at(self, tok) -> bool:
        key = self.resolve(tok)
        return key is not None and self.actors.actors[key].type == PERSON

    def _welcomed(self, noun) -> list:
        """'was accorded a ceremonial welcome by President X', 'received a warm welcome from X'."""
        verb = noun.head
        if verb.lemma_.lower() not in ("accord", "give", "receive", "get", "extend"):
            return []
        hosts = self.of_type(actors_in(prep_objects(noun, {"by", "from"}) + [
            o for c in verb.children if c.dep_ in ("agent", "prep") and c.lower_ in ("by", "from")
            for o in c.children if o.dep_ == "pobj"], self.resolve), PERSON)
        guests = self.of_type(actors_in([c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")],
                                        self.resolve), PERSON)
        return self._meeting(noun, "040", "events.met.welcome", 0.75, hosts, guests, symmetric=False)

    def _courtesy_call(self, verb) -> list:
        """'called on President Yeltsin at the Kremlin' visits him; 'called on X to act' appeals."""
        if any(t.tag_ == "VB" or t.dep_ in ("ccomp", "oprd", "dobj") for t in verb.subtree if t.i != verb.i) \
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
        if noun.dep_ == "pobj" and verb.lower_ == "of" and verb.head.lemma_.lower() in SPANS_OF_TIME \
                and verb.head.dep_ == "pobj":
            verb = verb.head.head  # "emerging from two hours of talks": the span stands for the talks
        if noun.dep_ == "pobj" and verb.lower_ in ("after", "during", "following", "from", "at") \
                and verb.head.pos_ == "VERB":
            verb = verb.head  # "A and B agreed, after talks at a resort, to ...", "emerging from talks"
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

    def _time_together(self, verb) -> list:
        """'spent Monday evening with President X, first dining and then ...': an evening or a
        day spent with someone is spent in their company."""
        if not any(c.dep_ in ("dobj", "npadvmod") and c.lemma_.lower() in HOURS_SPENT for c in verb.children):
            return []
        partners = self.of_type(self._partners(self._with_partners(verb)), PERSON)
        if not partners:
            return []
        agents = self.of_type(self.agents_of(verb), PERSON, GROUP)
        return self._meeting(verb, "040", "events.met.spent", 0.75, agents, partners, symmetric=False)

    def _told_visitor(self, verb) -> list:
        """'Kim Jong-il told China's visiting Premier Wen': said to the visitor's face; 'at separate
        meetings in Beijing, she told Hu and Wen': said to whoever the meeting was with."""
        at_meeting = any(o.lemma_.lower() in lx.MEET_NOUNS and o.lemma_.lower() not in ("call", "conversation")
                         and not any(c.lower_ in ("telephone", "phone", "video") for c in o.children)
                         for o in prep_objects(verb, {"at", "during"}))  # a call is no meeting
        if verb.lemma_.lower() in SAID_TO_VERBS:  # "at the talks she made clear to X", "stressed to X"
            guests = prep_objects(verb, {"to"}) + [o for c in verb.children if c.dep_ in ("oprd", "acomp")
                                                   for o in prep_objects(c, {"to"})] if at_meeting else []
        else:
            guests = [t for t in patient_tokens(verb) if at_meeting or called_visiting(t)]
        targets = self.of_type(actors_in(guests, self.resolve), PERSON)
        if not targets:
            return []
        agents = self.of_type(self.agents_of(verb), PERSON)
        return self._meeting(verb, "040", "events.met.told", 0.7, agents, targets, symmetric=False)

    def _joined_meeting(self, noun) -> list:
        """'The meeting, which was also attended by A and B, lasted an hour': A and B met those
        of the meeting, told in the sentence or the two before."""
        attended = [o for c in noun.children if c.dep_ in ("relcl", "acl") and c.lemma_ == "attend"
                    and is_passive(c) or c.dep_ == "acl" and c.lemma_ == "attend" and c.tag_ == "VBN"
                    for o in prep_objects(c, {"by"})]
        attendees = self.of_type(actors_in(attended, self.resolve), PERSON)
        if not attendees:
            return []
        first = noun.sent.start
        for _ in range(2):
            if first > 0:
                first = self.doc[first - 1].sent.start
        people: dict[str, object] = {}
        told = None
        for t in reversed(self.doc[first:noun.i]):
            if t.lemma_.lower() in MEETING_WORDS and t.pos_ in ("VERB", "NOUN"):
                for cand in self._meetings(t):
                    for key, tok in cand.agents + cand.targets:
                        people.setdefault(key, tok)
                if people:
                    told = t
                    break
        attendee_keys = {k for k, _ in attendees}
        met = [(k, t) for k, t in people.items() if k not in attendee_keys]
        # with nobody of the meeting told before, those who attended it met each other
        found = self._meeting(noun, "040", "events.met.attended", 0.7, attendees, met, symmetric=not met)
        for cand in found:
            cand.dated_by = told  # the meeting's day is where it was told
        return found

    def _attended_what_they_hosted(self, noun) -> list:
        """'X hosted a summit in Abuja, attended by A and B': A and B met their host."""
        verb = noun.head
        if noun.dep_ != "dobj" or verb.lemma_.lower() not in ("host", "convene", "chair", "open"):
            return []
        attended = [o for c in verb.children if c.dep_ == "advcl" and c.lemma_ == "attend" and c.tag_ == "VBN"
                    for o in prep_objects(c, {"by"})]
        attendees = self.of_type(actors_in(attended, self.resolve), PERSON)
        hosts = self.of_type(actors_in(subject_tokens(verb), self.resolve), PERSON)
        return self._meeting(noun, "040", "events.met.attended", 0.7, attendees, hosts, symmetric=False) \
            if attendees and hosts else []

    def _own_outlet(self, key: str) -> bool:
        """Whether the actor is the paper that printed the story ("told Dawn", "talking to The
        Hindu"): its name is a word of the document's web address."""
        address = (self.document.url or self.document.source or "").lower()
        words = "".join(ch for ch in self.actors.actors[key].label.lower().removeprefix("the ") if ch.isalnum())
        return len(words) > 2 and any(part.replace("-", "") == words for part in
                                      address.replace("/", ".").split("."))

    def _meeting(self, trigger, cameo: str, extractor: str, confidence: float, agents, targets, *,
                 symmetric: bool) -> list:
        """One candidate per agent; with no partner, coordinated agents meet each other."""
        agents, targets = self.led_by(agents), self.led_by(targets)
        targets = [t for t in targets if not (t[1].pos_ == "PRON" and t[1].dep_ == "poss"
                                              and t[0] in {k for k, _ in agents})]  # "with his ally, X": not himself
        targets = [t for t in targets if not self._own_outlet(t[0])]  # "talking to Dawn": an interview
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


def _under_a_future_verb(noun) -> bool:
    """'said he would push the issue during talks with X': a meeting told as the time of a
    future or conditional act is still ahead."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("during", "at", "in") or prep.head.i == prep.i:
        return False
    return any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in prep.head.children)


def future_time_clause(verb) -> bool:
    """'a visit that will include talks when he meets X', 'will sign it once she visits Y': a
    present tense after 'when' or 'once' under a future or planned clause is still to come."""
    if verb.dep_ != "advcl" or verb.tag_ not in ("VBZ", "VBP") or not any(
            c.dep_ in ("mark", "advmod") and c.lower_ in TIME_MARKS for c in verb.children):
        return False
    return modality_of(verb.head) != ASSERTED


def _meeting_lemma(tok) -> str:
    """The lemma, or the meeting verb the model mislemmatised ("dined" -> "din", "lunched")."""
    lemma = tok.lemma_.lower()
    if tok.tag_ in ("VBD", "VBN", "VBG") and lemma not in lx.MEET_WITH_VERBS and lemma not in lx.MEET_VERBS:
        cut = (3, 3) if tok.tag_ == "VBG" else (1, 2)  # "dined" -> "dine", "lunched" -> "lunch"
        for stem in (tok.lower_[:-cut[0]] + "e" * (tok.tag_ == "VBG"), tok.lower_[:-cut[1]]):  # "dining" -> "dine"
            if stem in lx.MEET_WITH_VERBS or stem in lx.MEET_VERBS:
                return stem
    return lemma


def _in_passive_clause(noun) -> bool:
    """A noun in a prepositional phrase of a passive verb ("was greeted on his arrival by X"): a
    "by" phrase the parser hangs on it is the verb's agent when the noun has its own owner."""
    return noun.dep_ == "pobj" and noun.head.dep_ == "prep" and is_passive(noun.head.head)


def _inside_object_phrase(token, verb) -> bool:
    """The token hangs in a prepositional phrase of the verb's object ("comments by X"), not
    on the verb itself ("received X", "welcomed X to the palace")."""
    t = token
    while t.head.i != t.i and t.head.i != verb.i:
        if t.dep_ in ("pobj", "agent") and t.head.head.i != verb.i:
            return True
        t = t.head
    return False

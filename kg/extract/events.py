"""Events and relations from a parsed document: visited, met, criticized, stated.

Triggers are verbs and nouns chosen by lemma (see :mod:`kg.extract.lexicon`);
roles come from the dependency parse (:mod:`kg.extract.arguments`); modality
from :mod:`kg.extract.modality`; dates from :mod:`kg.extract.timing`. The
extractor returns records and never touches a graph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from kg.extract import gazetteer as gz
from kg.extract import lexicon as lx
from kg.extract.actor_lexicon import ETHNONYMS, NEWS_OUTLET_WORDS, NEWS_OUTLETS, PLURAL_PRONOUNS
from kg.extract.actor_keys import member_keys, place_actor
from kg.extract.arguments import joint_body_state
from kg.extract.blame import BlameRules
from kg.extract.evaluation import EvaluationRules
from kg.extract.companions import CompanionRules
from kg.extract.datelines import dateline_matches
from kg.extract.criticism import CriticismRules
from kg.extract.denials import DenialRules
from kg.extract.discourse import DiscourseRules
from kg.extract.encounters import EncounterRules
from kg.extract.authors import DocumentRules
from kg.extract.speakers import SpeakerRules
from kg.extract.statements import NAMED_COLLECTIVES, StatementRules, worded
from kg.extract.travel import TravelRules
from kg.extract.visitors import VisitorRules
from kg.extract.modality import modality_of
from kg.extract.nationality import LEADERS_BODIES
from kg.extract.quotes import QuoteIndex, find_quotes
from kg.extract.timing import EventDater
from kg.model import (
    AGENT, ASSERTED, GROUP, ORGANIZATION, PERSON, PLACE, PLACE_ROLE, TARGET,
    Document, Event, Participant, Provenance,
)

TRIGGER_POS = frozenset({"VERB", "NOUN", "ADJ", "AUX"})
ACTING_TYPES = (PERSON, ORGANIZATION, GROUP, PLACE)  # places act as governments by metonymy
FIRST_PERSON = frozenset({"i", "me", "my", "mine", "myself", "we", "us", "our", "ours"})
RECENT_SENTENCES = 10  # how far back a quoted "he"/"she" may find its referent
SAME_OCCASION_SENTENCES = 3  # how far a speaker's dated words carry their date to the next ones
THIRD_PERSON = frozenset({"he", "him", "his", "she", "her", "hers", "they", "them", "their"})
LATER_IN_THE_DAY = re.compile(r"\b(tonight|night|evening|afternoon|later)\b", re.I)


@dataclass
class Candidate:
    """An event found but not yet dated or frozen."""

    type: str
    cameo: str
    trigger: object  # spaCy token
    extractor: str
    confidence: float
    agents: list = field(default_factory=list)  # (key, token)
    targets: list = field(default_factory=list)
    places: list = field(default_factory=list)
    quote: object = None
    content: object = None  # the clause a statement reports
    dated_by: object = None  # a token whose date is the event's ("met visiting X on April 10")


# Motion verbs whose present tense in a story's body tells an itinerary still to come.
ITINERARY_VERBS = frozenset({"fly", "travel", "go", "head", "arrive", "proceed", "journey", "leave", "depart"})


class EventExtractor(StatementRules, CompanionRules, CriticismRules, BlameRules, EvaluationRules, EncounterRules, TravelRules, SpeakerRules, VisitorRules,
                     DiscourseRules, DenialRules, DocumentRules):
    """Runs every trigger rule over one document."""

    name = "events"
    Candidate = Candidate
    ACTING_TYPES = ACTING_TYPES
    FIRST_PERSON = FIRST_PERSON

    def __init__(self, doc, document: Document, actors, timexes, *, anchor: str | None,
                 sentence_of) -> None:
        self.doc = doc
        self.document = document
        self.actors = actors
        self.anchor = anchor
        self.sentence_of = sentence_of
        self.text = actors.text  # Doc.text is rebuilt from Token objects on every access
        self.quotes = QuoteIndex(find_quotes(self.text), self.text)
        self.dater = EventDater(doc, list(timexes), anchor=anchor)
        self.speakers: dict[int, str] = {}  # quote start -> speaker key
        # "TEHRAN, July 13, IRNA --": a dateline's words place the story; they act in no event
        self.datelines = [(line + m.start(), line + m.end()) for m, line in dateline_matches(self.text)]

    # ---- actor lookup -------------------------------------------------------------
    def resolve(self, token) -> str | None:
        """Actor key for a token; first-person pronouns in a quote are its speaker."""
        if token.lower_ in FIRST_PERSON:
            quote = self.quotes.inside(token.idx)
            if quote is not None and quote.start in self.speakers:
                return self.speakers[quote.start]
        if any(start <= token.idx < end for start, end in self.datelines):
            return None
        if token.lemma_.lower() == "capital" and token.pos_ == "NOUN":
            capital = self._capital_named(token)  # "the Afghan capital": Kabul
            if capital is not None:
                return capital
        key = self.actors.actor_for_token(token)
        if key is None and token.pos_ in ("ADJ", "PROPN") and joint_body_state(token):
            key = self._nationality(token)  # "the Indian and Pakistani governments": each state
        if token.lower_ in THIRD_PERSON:
            key = self._quoted_pronoun(token, key)
            if key is not None and token.lower_ in PLURAL_PRONOUNS and self.quotes.inside(token.idx) \
                    and self.actors.actors[key].type == PERSON:
                return None  # a quoted "they" is never one person
        if token.lower_ in LEADERS_BODIES and token.pos_ in ("NOUN", "PROPN"):
            key = self._leaders_state(token, key) or key
        if key is None:
            return None
        actor = self.actors.actors.get(key)
        if actor is not None and actor.type not in (PERSON, GROUP) and token.pos_ == "NOUN" \
                and token.lemma_.lower() in lx.PERSON_ROLE_NOUNS \
                and self.actors.kind_of_token(token.i) != "metonymy":  # "officials in Moscow" are Russia
            return None  # "the U.N. human rights chief" is a person, not the U.N.
        return key if actor is not None and actor.type in ACTING_TYPES else None

    def _capital_named(self, token) -> str | None:
        """The city 'the <nationality> capital' names: the one named in apposition ("the Togolese
        capital Lome"), else the country's capital."""
        named = [c for c in token.children if c.dep_ in ("appos", "compound") and c.pos_ == "PROPN" and c.i > token.i]
        if named:
            city = next((p for p in gz.cities(named[0].text) if p.kind == "city"), None)
            return self.place_key(city) if city is not None else None
        states = {self._country_word(c) for c in token.children
                  if c.dep_ in ("amod", "compound", "nmod") and c.i < token.i} - {None}
        if len(states) != 1:
            return None
        city = gz.capital_city(states.pop())
        return self.place_key(city) if city is not None else None

    def _quoted_pronoun(self, token, key: str | None) -> str | None:
        """In a quotation, 'he'/'she' is never its speaker: take the last other person named before."""
        quote = self.quotes.inside(token.idx)
        speaker = self.speakers.get(quote.start) if quote is not None else None
        if speaker is None:
            return key
        # The most mentioned person (salience) among those named in the sentences before it.
        sentence = self.sentence_of(quote.start)
        counts: dict[str, int] = {}
        recent: set[str] = set()
        for mention in self.actors.mentions:
            prov = mention.provenance
            actor = self.actors.actors.get(mention.actor)
            if prov.start >= quote.start or actor is None or actor.type != PERSON \
                    or mention.actor == speaker:
                continue
            counts[mention.actor] = counts.get(mention.actor, 0) + 1
            if prov.sentence >= sentence - RECENT_SENTENCES and mention.kind != "pronoun":
                recent.add(mention.actor)
        if not recent:
            return None
        return max(sorted(recent), key=lambda k: counts[k])

    def _is_place(self, token) -> bool:
        """'a tour of Europe': a place in an 'of' phrase is where, not who."""
        key = self.resolve(token)
        return key is not None and self.actors.actors[key].type == PLACE

    def place_key(self, place) -> str:
        """The actor key of a gazetteer place, added to the document's actors."""
        return self.actors.add_actor(place_actor(place, place.name))

    def _scheduled(self, trigger, time) -> bool:
        """A present-tense or progressive event dated after the story ('travels to Washington Monday',
        'is flying to Dhaka tomorrow') is a plan; so is a trip told in the present in a story's body
        (an itinerary: the headline's present tells what happened)."""
        progressive = trigger.tag_ == "VBG" and any(  # "is flying to Dhaka tomorrow"
            c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") and c.lemma_ == "be" for c in trigger.children)
        progressive = progressive or trigger.pos_ == "NOUN" and trigger.lemma_.lower() in lx.VISIT_NOUNS \
            and time is not None and time.text is not None and time.text.lower().startswith("next")  # "X's visit next week"
        if trigger.tag_ in ("VBZ", "VBP") and trigger.lemma_.lower() in ITINERARY_VERBS and trigger.sent.start > 0 \
                and trigger.idx >= self.actors.headline_end() and self.quotes.inside(trigger.idx) is None:
            return True  # "Mr Cook flies to Peking for talks on Monday. From Peking, he flies to Hong Kong."
        untensed = trigger.tag_ == "VB" or trigger.pos_ == "NOUN" and (  # "Wen's visit to Japan in April", told
            trigger.lemma_.lower() in lx.VISIT_NOUNS or trigger.lemma_.lower() in lx.MEET_NOUNS)  # in February
        if (trigger.tag_ not in ("VBZ", "VBP") and not progressive and not untensed) or trigger.lemma_ == "be" \
                or time is None or time.inferred or not self.anchor:
            return False
        if untensed and trigger.pos_ == "NOUN" and not _dated_in_clause(trigger, time):
            return False  # "X's recent visit was positive, Y said Tuesday afternoon": the saying's day
        first = time.begin or time.value
        later_today = first == self.anchor[:len(first)] and bool(LATER_IN_THE_DAY.search(time.text or ""))
        return first > self.anchor[:len(first)] or later_today  # "travels to Washington Monday night"

    def _anyone(self, key: str) -> bool:
        """'officials said', 'police said': a bare plural with no modifier or affiliation names no
        one a reader could quote ("Chinese officials", "industry experts" do)."""
        actor = self.actors.actors[key]
        word = actor.label
        if word.lower() in NAMED_COLLECTIVES:
            return False  # "accused the media of exaggerating": one institution a reader can name
        return actor.type == GROUP and " " not in word and not actor.affiliations and (
            word.islower() or word[1:].islower() and gz.demonym_country(word) is None
            and word.lower().removesuffix("s") not in ETHNONYMS)  # "Officials said" opening a sentence

    def _news_outlet(self, key: str) -> bool:
        """A news outlet ('AFP', 'the Kyodo news agency', 'local media'), by its name."""
        actor = self.actors.actors[key]
        if actor.type not in (ORGANIZATION, GROUP):
            return False
        words = actor.label.lower().replace("the ", "").split()
        return " ".join(words) in NEWS_OUTLETS or any(w in NEWS_OUTLET_WORDS or w in NEWS_OUTLETS for w in words)

    def of_type(self, pairs, *types: str) -> list:
        return [(k, t) for k, t in pairs if self.actors.actors[k].type in types]

    # ---- main ---------------------------------------------------------------------
    def run(self) -> list[Event]:
        candidates: list[Candidate] = []
        tokens = [t for t in self.doc if not self.document.is_removed(t.idx, t.idx + len(t))] \
            if self.document.removed else list(self.doc)
        # Statements first, so quotes know their speakers before other rules read them.
        sayers = [t for t in tokens if t.pos_ in ("VERB", "NOUN") or t.text == ":" or t.lower_ == "according"]
        for tok in sayers:
            candidates.extend(self._statements(tok, nouns=False))
        for tok in sayers:
            candidates.extend(self._statements(tok, nouns=True))
        rules = (self._visits, self._visitors, self._meetings, self._criticisms)
        for tok in tokens:
            if tok.pos_ in TRIGGER_POS:  # every visit, meeting or criticism rule starts at one of these
                for rule in rules:
                    candidates.extend(rule(tok))
        candidates.extend(self._criticism_in_statements(candidates))
        candidates.extend(self._elaborated_criticisms(candidates))
        candidates.extend(self._voiced_by_spokesmen(candidates))
        candidates.extend(self._voiced_in_story(candidates))
        candidates = self._denials_of_nearest(candidates)
        candidates.extend(self._quoted_denials(candidates))
        candidates.extend(self._visits_of_meetings(candidates))
        candidates.extend(self._companion_visits(candidates))
        candidates = self._own_state_spared(self._named_sides(self._undone_departures(candidates)))
        return self._freeze(self._merge_visits(candidates))

    # ---- records ------------------------------------------------------------------
    def _freeze(self, candidates: list[Candidate]) -> list[Event]:
        events: list[Event] = []
        seen: set = set()
        for n, cand in enumerate(sorted(candidates, key=lambda c: (c.trigger.i, c.type))):
            trig = cand.trigger
            sent = trig.sent
            sentence = self.sentence_of(trig.idx)
            participants = _participants(cand)
            signature = (cand.type, trig.i, tuple((p.role, p.actor) for p in participants))
            if signature in seen:
                continue
            seen.add(signature)
            modality = modality_of(trig)
            communicative = cand.type in (lx.STATED, lx.CRITICIZED)
            time = self.dater.date_of(cand.dated_by or trig, sentence, anchor=self.anchor if modality == ASSERTED
                                      else None, communicative=communicative)
            if modality == ASSERTED and self._scheduled(trig, time):
                modality = "planned"  # "Aznar travels to Washington on Monday", told on Saturday
                time = self.dater.date_of(cand.dated_by or trig, sentence, anchor=None, communicative=communicative)
            quote = None
            if cand.quote is not None:
                quote = cand.quote.text
            elif cand.content is not None and cand.type == lx.STATED:  # the reported clause
                quote = self._clause_text(cand.content, trig)
            if cand.type == lx.STATED and not quote and not worded(trig):  # "Iran welcomed the move": an act,
                cand.agents = [(k, t) for k, t in cand.agents  # a state's or a group's, no words reported
                               if self.actors.actors[k].type not in (PLACE, GROUP)]
                if not cand.agents:
                    continue
                participants = _participants(cand)
            events.append(Event(
                key=f"e{len(events) + 1}-{cand.type}-{trig.idx}",
                type=cand.type,
                cameo=cand.cameo,
                trigger=trig.text,
                participants=participants,
                provenance=Provenance(
                    document=self.document.id, sentence=sentence, start=trig.idx,
                    end=trig.idx + len(trig), evidence=sent.text.strip(),
                    extractor=cand.extractor, confidence=round(cand.confidence, 2),
                ),
                time=time,
                modality=modality,
                quote=quote,
            ))
        return self._same_occasion(events)

    def _same_occasion(self, events: list[Event]) -> list[Event]:
        """'X said on Tuesday that ... "...," X added': a speaker's next words, dated only by
        the day's news, were said on the occasion dated just before (same paragraph, a few sentences)."""
        last: dict[str, tuple] = {}  # speaker -> (sentence, dated TimeSpan, offset)
        text = self.text
        out = []
        for event in events:
            agents = [p.actor for p in event.participants if p.role == AGENT]
            time, sentence = event.time, event.provenance.sentence
            if event.type == lx.STATED and len(agents) == 1 and agents[0] in last \
                    and time is not None and time.inferred and self.anchor and time.value == self.anchor:
                before, dated, offset = last[agents[0]]
                same_paragraph = "\n" not in text[offset:event.provenance.start]
                if sentence - before <= SAME_OCCASION_SENTENCES and same_paragraph:
                    event = replace(event, time=replace(dated, inferred=True))
                    time = event.time
            if event.type == lx.STATED and len(agents) == 1 and time is not None and not time.inferred:
                last[agents[0]] = (sentence, time, event.provenance.start)
            elif event.type == lx.STATED and len(agents) == 1 and agents[0] in last:
                last[agents[0]] = (sentence, last[agents[0]][1], event.provenance.start)
            out.append(event)
        return out


def _dated_in_clause(noun, time) -> bool:
    """The date is told in the noun's own clause, not in the saying that reports it."""
    if time.start is None:
        return True
    head = noun.head if noun.head.pos_ in ("VERB", "AUX") and noun.head.lemma_ not in lx.SAY_VERBS else noun
    return head.left_edge.idx <= time.start < head.right_edge.idx + len(head.right_edge)


def _participants(cand: Candidate) -> tuple[Participant, ...]:
    """The candidate's roles; a group reference ("the two ministers") stands for each member."""
    return tuple(dict.fromkeys(
        Participant(role, each, tok.idx, tok.idx + len(tok))
        for role, pairs in ((AGENT, cand.agents), (TARGET, cand.targets), (PLACE_ROLE, cand.places))
        for key, tok in pairs for each in member_keys(key) or (key,)))


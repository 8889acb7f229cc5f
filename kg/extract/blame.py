"""Blame inside statements: a speaker who blames, accuses or judges someone criticises them.

What was said ("said the army was responsible for the massacre", "Gazprom said
Ukraine had stolen gas", "called Israel's policy a failure") names its target
through the reported clause or quote: the subject judged, the doer of a crime,
a deed's owner said to have failed or to threaten the peace (or meant or trying to),
the one said to be behind a wrong or to blame, the "by" agent of a reported crime,
the one who did a hostile act to the speaker.
"""

from __future__ import annotations

from kg.extract import lexicon as lx
from kg.extract.arguments import actors_in, is_passive, prep_objects
from kg.extract.blame_clauses import (
    behind_wrong, belittled, breaks_norm, controller, denied_good_quality, denied_wrong,
    extraposed_subjects, harms, must_undo, own_or_shared_subjects, passive_doers, purposer,
    puts_in_doubt, relayed, should_have, to_blame, victim_of_attack,
)
from kg.extract.displeasure import displeasure_felt
from kg.extract.modality import modality_of
from kg.model import ORGANIZATION, PERSON, PLACE

ERRORS = frozenset({"blunder", "mistake", "error", "crime", "atrocity", "outrage", "folly", "treason",
                    "fraud", "genocide", "massacre", "violation", "abuse"})  # committed by someone
FAILURE_VERBS = frozenset({"fail", "backfire", "flounder", "falter"})  # a deed that failed is judged
# Someone's words, judged by an adjective ("baseless claims by X", "X's inflammatory remarks")
WORDS_JUDGED = lx.STANCE_NOUNS | lx.SAY_NOUNS | {"policy", "behavior", "behaviour", "conduct"}
# Wrongs that belong to their doer, said of someone only to condemn them: "X's blackmail".
OWNED_WRONGS = frozenset({"blackmail", "intimidation", "harassment", "extortion", "interference",
                          "meddling", "piracy", "terrorism", "bullying", "occupation", "lies"})
# Saying that someone did something with these verbs accuses them of it.
ALLEGING_VERBS = frozenset({"allege", "charge"})
# Titles of those who speak in a state's name: "spokesman Kong Quan".
SPOKESMAN_WORDS = ("spokesman", "spokeswoman", "spokesperson", "minister", "ministry")


class BlameRules:
    """Mixin of :class:`kg.extract.events.EventExtractor`: criticism carried by statements."""

    def _criticism_in_statements(self, candidates: list) -> list:
        """A statement that blames someone, accuses them, or judges their deed criticises them."""
        out = []
        for cand in [c for c in candidates if c.type == lx.STATED and not relayed(c.trigger)]:
            speakers = {k for k, _ in cand.agents}
            done: set = set()
            for blamed, how in self._blamed(cand):
                if blamed in speakers | done or how == "blame" and (done or self.actors.actors[blamed].type == PLACE):
                    continue  # the loose reading names one at most, and only when nothing else is found
                done.add(blamed)
                extractor = "judgement" if how == "judge" else how
                out.append(self.Candidate(lx.CRITICIZED, "112" if how == "accuse" else "111",
                                          cand.trigger, f"events.criticized.{extractor}", 0.6,
                                          agents=cand.agents, targets=[(blamed, cand.trigger)]))
                if how == "blame":
                    break
        return out

    def _voiced_by_spokesmen(self, candidates: list) -> list:
        """'China condemns the killing by X, foreign ministry spokesman Y said': the spokesman who says
        his state criticises voices the criticism too (a speaker of that state, in the same sentence)."""
        speakers = [c for c in candidates if c.type == lx.STATED and c.content is not None]
        out = []
        for cand in candidates:
            if cand.type != lx.CRITICIZED or not cand.agents or not all(
                    self.actors.actors[k].type == PLACE for k, _ in cand.agents):
                continue
            states = {self._country_of(k) for k, _ in cand.agents}
            if None in states:
                continue
            for stated in speakers:
                if stated.trigger.sent != cand.trigger.sent or not (
                        stated.content.i == cand.trigger.i or stated.content.is_ancestor(cand.trigger)):
                    continue
                voices = [(k, t) for k, t in stated.agents if self.actors.actors[k].type == PERSON
                          and self._nationality_of(k) in states]
                if voices:
                    out.append(self.Candidate(lx.CRITICIZED, cand.cameo, cand.trigger, "events.criticized.voiced",
                                              0.6, agents=voices, targets=cand.targets))
            quote = self.quotes.inside(cand.trigger.idx)  # '"China is extremely dissatisfied," spokesman X said'
            speaker = self.speakers.get(quote.start) if quote is not None else None
            if speaker is not None and self._speaks_for(speaker, states):
                out.append(self.Candidate(lx.CRITICIZED, cand.cameo, cand.trigger, "events.criticized.voiced",
                                          0.6, agents=[(speaker, cand.trigger)], targets=cand.targets))
        return out

    def _voiced_in_story(self, candidates: list) -> list:
        """'China slammed X' in the lead, then 'spokesman Y said "... X ..."': a spokesman of the
        critical state who speaks of the criticised one, anywhere in the story, voices the criticism.
        Only a statement whose own words name the target; never a hedged or negated one."""
        criticisms = [c for c in candidates if c.type == lx.CRITICIZED and c.agents and c.targets and all(
            self.actors.actors[k].type == PLACE for k, _ in c.agents)]
        said = [c for c in candidates if c.type == lx.STATED and (c.content is not None or c.quote is not None)
                and modality_of(c.trigger) == "asserted" and not relayed(c.trigger)]
        done = {(a, t) for c in candidates if c.type == lx.CRITICIZED for a, _ in c.agents for t, _ in c.targets}
        out = []
        for cand in criticisms:
            states = {self._country_of(k) for k, _ in cand.agents}
            if None in states:
                continue
            targets = {k for k, _ in cand.targets if self._country_of(k) not in states}
            for stated in said:
                voices = [(k, t) for k, t in stated.agents if self._speaks_for(k, states)
                          and not (self._nationality_of(k) is None and self.actors.actors[k].affiliations)]
                if not voices or not targets:  # (a spokesman of no told state may be a body's: "IAEA spokeswoman")
                    continue
                words = [tok for span, own in self.statement_spans(stated) if own for tok in span]
                named = {}
                for tok in words:
                    key = self.resolve(tok) if tok.pos_ in ("PROPN", "NOUN", "ADJ") else None
                    if key in targets and key not in named:
                        named[key] = tok
                for key, tok in named.items():
                    fresh = [(k, t) for k, t in voices if (k, key) not in done]
                    if fresh:
                        done.update((k, key) for k, _ in fresh)
                        out.append(self.Candidate(lx.CRITICIZED, cand.cameo, stated.trigger,
                                                  "events.criticized.voiced", 0.5, agents=fresh, targets=[(key, tok)]))
        return out

    def _speaks_for(self, key: str, states: set) -> bool:
        """A person of that state, or a spokesman whose state the story leaves unsaid."""
        actor = self.actors.actors[key]
        if actor.type != PERSON:
            return False
        home = self._nationality_of(key)
        return home in states or home is None and any(
            w in t.lower() for t in actor.titles for w in SPOKESMAN_WORDS)

    def _blamed(self, cand):
        if cand.content is not None and cand.trigger.lemma_.lower() in lx.COMPLAIN_VERBS:
            for key, _ in self._doers(cand.content):  # "complained that he was pushed by X"
                yield key, "complaint"
        if cand.content is not None and cand.trigger.lemma_.lower() in ALLEGING_VERBS \
                and not any(c.dep_ == "neg" for c in cand.content.children):
            for key, _ in self._doers(cand.content) or self._state_arms(controller(cand.content)):
                yield key, "accuse"  # "charged that Uganda had annexed the island", "alleged that X's troops ..."
        if cand.content is not None:  # "said the decision by Kiev was a mistake"
            for verb in [cand.content] + [c for c in cand.content.conjuncts]:
                if verb.lemma_ == "amount" and any(self._is_negative(o) for o in prep_objects(verb, {"to"})):
                    subjects = own_or_shared_subjects(verb, cand.content)  # "the move amounted to interference"
                    for key, _ in self._targets_of(subjects) or self._deep_owners(subjects):
                        yield key, "judge"
                fronted = [c for c in verb.children if verb.lemma_ == "be" and c.dep_ == "nsubj"
                           and c.lower_ in lx.NEGATIVE_JUDGEMENTS]  # "Pitiful are the attempts of X", misparsed
                if fronted:
                    attrs = [c for c in verb.children if c.dep_ == "attr"]
                    for key, tok in self._targets_of(attrs) or self._deep_owners(attrs):
                        yield key, "judge"
                if verb.lemma_ in ("behave", "act") and modality_of(verb) == "asserted" and any(
                        self._is_negative(o) for o in prep_objects(verb, {"like"})):
                    for key, _ in self._targets_of(own_or_shared_subjects(verb, cand.content)):
                        yield key, "judge"  # "X is behaving like a bully"
                if verb.lemma_ in ("be", "constitute", "remain", "represent", "become") \
                        and not any(c.dep_ == "neg" for c in verb.children) and modality_of(verb) == "asserted" and any(
                        c.dep_ in ("acomp", "attr", "dobj") and (self._is_negative(c) or c.pos_ == "NOUN"
                                                                  and c.lemma_.lower() == "outrage"  # "is an outrage"
                                                                  or belittled(c))
                        for c in verb.children):
                    subjects = own_or_shared_subjects(verb, cand.content)  # "X has been ... and is illegal"
                    if [s.lower_ for s in subjects] == ["it"]:  # "it is an outrage that X proposes ...": X
                        subjects = extraposed_subjects(verb) or subjects
                    for key, tok in self._targets_of(subjects) or self._deep_owners(subjects):
                        yield self._state_of_leader(key, tok)[0], "judge"  # "the government of President X"
                if verb.lemma_ == "be" and not any(c.dep_ == "neg" for c in verb.children) and (
                        any(self._culpable(c) for c in verb.children if c.dep_ == "acomp")
                        or to_blame(verb) or behind_wrong(verb)):
                    # "said the army was responsible for the war", "X would be to blame",
                    # "X was (the force) behind the unrest"
                    for key, _ in self._targets_of([c for c in verb.children if c.dep_ == "nsubj"]):
                        yield key, "accuse"
        yield from self._evaluated(cand)  # "used excessive force", "the arrogance of X"
        for tokens, own in self.statement_spans(cand):
            for key, _ in self._hostile_to_speaker(tokens):
                yield key, "complaint"
            for verb in tokens:  # "American efforts have failed": whose effort failed
                if denied_good_quality(verb):  # "X can no longer be considered a legitimate representative"
                    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                                and c.lower_ not in self.FIRST_PERSON]
                    for key, _ in actors_in(subjects, self.resolve):
                        yield key, "judge"
                if must_undo(verb):  # "the government should release the two activists": it holds them
                    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.lower_ not in self.FIRST_PERSON]
                    for key, _ in self._targets_of(subjects):
                        yield key, "judge"
                if should_have(verb):  # "the government should have warned residents earlier": it did not
                    holder = verb.head if verb.dep_ == "xcomp" and verb.head.lower_ == "ought" else verb
                    subjects = [c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")
                                and c.lower_ not in self.FIRST_PERSON]
                    for key, _ in self._targets_of(subjects):
                        yield key, "judge"
                if verb.pos_ == "VERB" and verb.lemma_.lower() in FAILURE_VERBS:  # "Israel failed in its duty"
                    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.lower_ not in self.FIRST_PERSON]
                    for key, _ in self._targets_of(subjects):
                        yield key, "judge"
                # "Israel's construction of the fence threatens the peace process", "this action
                # does not contribute to peace": whose deed harms it
                if verb.pos_ == "VERB" and not is_passive(verb) and (harms(verb) or breaks_norm(verb)):
                    for key, _ in self._deep_owners(purposer(verb)):
                        yield key, "judge"
                # "every step by X can be described as irresponsible": a judgement without its judge
                if verb.pos_ == "VERB" and verb.lemma_.lower() in lx.JUDGE_VERBS and is_passive(verb) \
                        and not any(c.dep_ in ("agent", "neg") for c in verb.children) and self._judged_negatively(verb):
                    for key, _ in self._deep_owners([c for c in verb.children if c.dep_ == "nsubjpass"]):
                        yield key, "judge"
                # "I read with disgust the article from X": what was met with displeasure is X's
                felt = displeasure_felt(verb) if verb.pos_ == "VERB" else None
                for key, _ in self._targets_of(felt or []):
                    yield key, "complaint"
                # "X's dual role calls into question his decisions", "casts doubt on the count"
                if verb.pos_ == "VERB" and puts_in_doubt(verb) and not is_passive(verb):
                    for key, _ in self._deep_owners([c for c in verb.children if c.dep_ == "nsubj"]):
                        yield key, "judge"
                # "Gazprom said Ukraine had stolen gas": reporting someone's wrongdoing accuses them
                # (or that it was done by them: "claims ballots were stolen by X")
                if verb.pos_ == "VERB" and verb.lemma_.lower() in lx.CRIME_VERBS \
                        and not any(c.dep_ == "neg" for c in verb.children) \
                        and modality_of(verb) in ("asserted", "uncertain"):
                    doers = passive_doers(verb) if is_passive(verb) else controller(verb)
                    for key, _ in actors_in([c for c in doers if c.lower_ not in self.FIRST_PERSON], self.resolve):
                        yield key, "accuse"
                # "the government has committed an unforgivable blunder": who erred
                if verb.pos_ == "VERB" and verb.lemma_.lower() in ("commit", "make") and not is_passive(verb) \
                        and any(c.dep_ == "dobj" and c.lemma_.lower() in ERRORS for c in verb.children):
                    for key, _ in self._targets_of([c for c in verb.children if c.dep_ == "nsubj"]):
                        yield key, "judge"
            for tok in tokens:
                if tok.lemma_.lower() in lx.WRONGDOING_NOUNS or tok.lemma_.lower() in OWNED_WRONGS:
                    # "Gazprom's blackmail", "abuses by the army", and in the speaker's own words
                    # "Israeli aggression", "U.S. interference"; not "no Russian interference"
                    owners = actors_in([c for c in tok.children if c.dep_ == "poss"]
                                       + prep_objects(tok, {"by"}), self.resolve)
                    if not owners and tok.pos_ == "NOUN" and not denied_wrong(tok) \
                            and self._judged_by_speaker(tok, cand.trigger) and any(
                                c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i for c in tok.children):
                        owners = self._owners_of(tok)
                    for key, _ in owners:
                        yield key, "accuse"
                # "said inflammatory statements by X could incite violence": words judged in passing
                elif tok.lemma_.lower() in WORDS_JUDGED and self._judged_by_speaker(tok, cand.trigger) and any(
                        c.dep_ == "amod" and c.lower_ in lx.NEGATIVE_JUDGEMENTS for c in tok.children):
                    for key, _ in self._owners_of(tok):  # "X's remarks", "by X", "Japanese hostile policies"
                        yield key, "judge"
            if own and any(t.lemma_.lower() in lx.BLAME_WORDS or t.lower_ in lx.BLAME_WORDS for t in tokens):
                referred = [self.resolve(t) for t in tokens  # not the sides of "relations between A and B"
                            if t.pos_ in ("PROPN", "PRON") and t.lower_ not in self.FIRST_PERSON
                            and not any(a.lower_ in ("between", "among") and a.dep_ == "prep" for a in t.ancestors)
                            and not victim_of_attack(t) and _doer(t)]
                referred = [k for k in referred if k]
                for wanted in (PERSON, ORGANIZATION):
                    for key in referred:
                        if self.actors.actors[key].type == wanted:
                            yield key, "blame"

    def statement_spans(self, cand) -> list[tuple[list, bool]]:
        """A statement's words: its reported clause, its quote and what the speaker goes on to
        say in the quote's paragraph, each with whether it is the statement's own words (the
        running quotes are not)."""
        spans = [(list(cand.content.subtree), True)] if cand.content is not None else []
        if cand.quote is not None:
            for n, quote in enumerate([cand.quote, *self.quotes.running_on(cand.quote)]):
                span = self.doc.char_span(quote.start, quote.end, alignment_mode="expand")
                if span is not None:
                    spans.append((list(span), n == 0))
        return spans

    def _judged_by_speaker(self, noun, trigger) -> bool:
        """The statement's own judgement ("said baseless claims by X had ...", "no change in X's
        hostile policies"), not that of someone else acting inside it ("reported that Y rejected
        the baseless claims"): no clause on the way up has a subject of its own."""
        for head in noun.ancestors:
            if head.i == trigger.i:
                break
            if head.pos_ in ("VERB", "AUX") and any(
                    c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in self.FIRST_PERSON
                    and c.i != noun.i and not noun.is_ancestor(c) and c not in noun.ancestors
                    and (c.pos_ in ("PROPN", "PRON") or self.resolve(c) is not None) for c in head.children):
                return False
        return True

    @staticmethod
    def _culpable(adj) -> bool:
        """'responsible for crimes', 'guilty of abuses': blame for a wrongdoing, not a duty."""
        if adj.lemma_.lower() not in lx.CULPABLE_WORDS:
            return False
        deeds = prep_objects(adj, {"for", "of"})
        return any(d.lemma_.lower() in lx.WRONGDOING_NOUNS or d.lemma_.lower() in lx.BLAME_WORDS
                   or d.lemma_.lower() in lx.CULPABLE_DEEDS
                   or any(m.lemma_.lower() in lx.WRONGDOING_NOUNS for m in d.subtree) for d in deeds)

    def _doers(self, clause) -> list:
        """Who does the deed of a clause: its 'by' agent if passive, else its subject."""
        if is_passive(clause):
            agents = [c for a in clause.children if a.dep_ == "agent" for c in a.children
                      if c.dep_ == "pobj"]
        else:
            agents = [c for c in clause.children if c.dep_ == "nsubj"]
        return self.of_type(actors_in(agents, self.resolve), PERSON, ORGANIZATION, PLACE)

    def _hostile_to_speaker(self, tokens) -> list:
        """'The government thinks that by threatening me they can silence me': in the speaker's
        own words, whoever does a hostile act to 'me' or 'us' is criticised."""
        found = []
        for verb in tokens:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in lx.HOSTILE_VERBS \
                    or not any(c.dep_ == "dobj" and c.lower_ in ("me", "us") for c in verb.children):
                continue
            clause = verb
            for _ in range(4):  # "by threatening me" -> the doer is the governing clause's subject
                doers = [d for d in self._doers(clause) if d[1].lower_ not in self.FIRST_PERSON]
                if doers or clause.head.i == clause.i:
                    break
                clause = clause.head
            found += doers
        return found

    def _deep_owners(self, nouns) -> list:
        """Owners of a noun or of the deed it is 'of': 'the continuation of the construction by Israel'."""
        for noun in nouns:
            for _ in range(3):
                owners = self.of_type(actors_in([noun], self.resolve), PERSON, ORGANIZATION, PLACE) \
                    or self._owners([noun]) or self.antecedent_owners(noun)  # "this action" named before
                if owners:
                    return owners
                inner = prep_objects(noun, {"of"})
                if not inner or noun.lemma_.lower() in lx.UNDERGONE_DEEDS:
                    break  # "the killings of nine rebels": those killed did not do it
                noun = inner[0]
        return []


def _doer(token) -> bool:
    """A name in the role of one who acts: the subject, the owner of a deed, or its "of"/"by" object
    ("Saied chose the wrong path", "the action of minister X"), not the one talked with, met or hurt
    ("a conversation with X", "oppression of parties, including X")."""
    while token.dep_ in ("compound", "flat") and token.head.i != token.i:
        token = token.head
    if token.dep_ == "appos":
        token = token.head
    return token.dep_ in ("nsubj", "poss") or token.dep_ == "pobj" and token.head.lower_ in ("of", "by") \
        and token.head.head.pos_ == "NOUN" and token.head.head.lemma_.lower() not in ("party", "parties")


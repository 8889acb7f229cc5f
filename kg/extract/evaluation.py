"""Negative evaluation inside statements: judgements carried by evaluative words, not phrases.

A speaker who says that someone "used excessive force", that a report "distorts the
facts", that remarks "show the arrogance of X", or that there are "violations of human
rights in X" judges someone without a verb of criticism. The word lists are by sense
(:data:`kg.extract.lexicon.NEGATIVE_TRAITS` and its neighbours); who is judged comes
from syntax: the subject of the negative predicate, the owner of the judged noun (its
possessor, "of"/"by" phrase or nationality adjective), or the state where a state's
wrong is done. Never the speaker (the caller drops them) nor the first person.
"""

from __future__ import annotations

from collections.abc import Iterator

from kg.extract import gazetteer as gz
from kg.extract import lexicon as lx
from kg.extract.arguments import actors_in, is_passive, prep_objects
from kg.extract.blame_clauses import controller, denied_wrong
from kg.extract.misparses import subject_after_according
from kg.extract.modality import modality_of
from kg.model import ORGANIZATION, PERSON, PLACE

# Nouns whose "as" phrase puts a judgement on their "of" object: "X's dismissal of Y as weak".
JUDGING_NOUNS = frozenset({"dismissal", "description", "characterization", "characterisation", "branding",
                           "labelling", "labeling", "portrayal", "depiction"})
# Of these, the act itself belittles its object, whatever the label.
BELITTLING_NOUNS = frozenset({"dismissal"})
SAY_OR_DENY = frozenset({"deny", "reject", "dismiss", "refute", "dispute"})


class EvaluationRules:
    """Mixin of :class:`kg.extract.events.EventExtractor`: judgements by evaluative meaning."""

    def _evaluated(self, cand) -> Iterator[tuple[str, str]]:
        """(judged actor, how) for each negative evaluation in a statement's words."""
        for tokens, _own in self.statement_spans(cand):
            for tok in tokens:
                lemma = tok.lemma_.lower()
                if tok.pos_ == "NOUN" and (lemma in lx.NEGATIVE_TRAITS or tok.lower_ in lx.NEGATIVE_TRAITS
                                           or _judged_trait_shown(tok)):
                    yield from ((k, "judge") for k in self._fault_owners(tok, cand.trigger))
                elif tok.pos_ == "NOUN" and lemma in lx.STATE_WRONGS:
                    yield from ((k, "accuse") for k in self._state_wronging(tok, cand.trigger))
                elif tok.pos_ == "VERB" and (self._asserted_by_speaker(tok, cand.trigger) or _told_to_stop(tok)
                                             or _meant_wrong(tok, lemma)):
                    yield from ((k, "judge") for k in self._wrongful_doers(tok, lemma))

    # ---- faults: "the arrogance of X", "X's remarks show arrogance" --------------------------
    def _fault_owners(self, noun, trigger) -> list[str]:
        shown = noun.dep_ == "dobj" and noun.head.lemma_.lower() in lx.SHOW_VERBS  # "X shows arrogance": X's
        if denied_wrong(noun) or not self._judged_by_speaker(noun.head if shown else noun, trigger):
            return []
        owners = [k for k, _ in self._owners_of(noun) or actors_in(prep_objects(noun, {"of"}), self.resolve)]
        verb = noun.head
        if noun.dep_ == "dobj" and verb.lemma_.lower() in lx.SHOW_VERBS or noun.dep_ == "pobj" \
                and verb.head.lemma_.lower() in lx.SHOW_VERBS and verb.lower_ == "of":  # "smacks of arrogance"
            verb = verb if noun.dep_ == "dobj" else verb.head
            subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.lower_ not in self.FIRST_PERSON]
            owners += [k for k, _ in self._deep_owners(subjects)]  # "X's remarks show ...": X too
        return owners

    # ---- wrongful deeds: "used excessive force", "distorts the facts", "dictate terms" ------------
    def _wrongful_doers(self, verb, lemma: str) -> list[str]:
        if lemma not in lx.DECEIT_VERBS and lemma not in lx.DOMINATE_VERBS and not _excessive_means(verb, lemma) \
                and not _wrong_done(verb, lemma):
            return []
        if is_passive(verb):
            doers = [c for a in verb.children if a.dep_ == "agent" for c in a.children if c.dep_ == "pobj"]
            return [k for k, _ in self.of_type(actors_in(doers, self.resolve), PERSON, ORGANIZATION, PLACE)]
        doers = [c for c in _doer_tokens(verb) if c.lower_ not in self.FIRST_PERSON]
        found = self.of_type(actors_in(doers, self.resolve), PERSON, ORGANIZATION, PLACE) \
            or self.of_type(self._state_arms(doers), PLACE)  # "Russian troops used ...": Russia
        if not found and lemma in lx.DECEIT_VERBS:  # "the report of X distorts the facts": X's report
            nouns = [d for d in doers if d.pos_ == "NOUN"]
            found = self._deep_owners(nouns) or self._owners([w for d in nouns for w in d.subtree if w.i != d.i and (
                w.lemma_.lower() in lx.REJECTED_FINDINGS or w.lemma_.lower() in lx.WORDS_PUT_OUT)])
        return [k for k, _ in found]

    def _asserted_by_speaker(self, verb, trigger) -> bool:
        """Said as true by the speaker: not negated, hedged or conditional, and not the content of
        someone else's denial inside the statement."""
        if any(c.dep_ == "neg" for c in verb.children) or modality_of(verb) not in ("asserted", "uncertain"):
            return False
        return not any(h.lemma_.lower() in SAY_OR_DENY or h.pos_ == "NOUN" or any(c.dep_ == "neg" for c in h.children)
                       for h in verb.ancestors if h.i != trigger.i and trigger in h.ancestors)

    # ---- state wrongs: "violations of human rights in X" ----------------------------------------
    def _state_wronging(self, noun, trigger) -> list[str]:
        lemma = noun.lemma_.lower()
        if lemma in ("violation", "abuse") and not any(w.lemma_.lower() == "right" for w in noun.subtree):
            return []  # "abuse of office" is someone's; "rights abuses" are a state's
        if denied_wrong(noun) or not self._judged_by_speaker(noun, trigger) \
                or self._owners_of(noun) or prep_objects(noun, {"by"}):
            return []  # the doer named is the one accused, by the rules in blame
        head = noun
        for _ in range(3):  # "there is a violation of rights in X": the "in" may hang on the verb
            places = [k for k, _ in actors_in(prep_objects(head, {"in"}), self.resolve) if self._is_country(k)]
            if places or head.i == trigger.i or head.head.i == head.i:
                return places[:1]
            head = head.head
            if head.i == trigger.i:
                return []
        return []

    def _is_country(self, key: str) -> bool:
        actor = self.actors.actors[key]
        place = gz.place_by_id(actor.geonames_id) if actor.type == PLACE else None
        return place is not None and place.kind == "country"

    # ---- judging nouns: "X's dismissal of Y as Z" -------------------------------------------------
    def _judging_noun(self, noun, lemma: str) -> list:
        """'X's dismissal of Y as "old"', 'X's description of Y as a failure': a judgement by X on Y."""
        labels = prep_objects(noun, {"as"})
        if lemma not in JUDGING_NOUNS or not labels or denied_wrong(noun) or lemma not in BELITTLING_NOUNS \
                and not any(self._is_negative(w) for w in labels):
            return []
        judges = actors_in([c for c in noun.children if c.dep_ == "poss"] + prep_objects(noun, {"by"}), self.resolve)
        judged = actors_in(prep_objects(noun, {"of"}), self.resolve)
        return self._criticism(noun, "events.criticized.judgement", 0.6, judges, judged)


def _told_to_stop(verb) -> bool:
    """'X should stop using undue force', 'X must cease distorting the facts': what one is told to
    stop doing, one is doing."""
    head = verb.head
    return verb.dep_ == "xcomp" and verb.tag_ == "VBG" and head.lemma_.lower() in lx.STOP_VERBS \
        and not any(c.dep_ == "neg" for c in head.children)


def _doer_tokens(verb) -> list:
    """Who does a verb: its controller ("X tried to distort"), also through an adjective of
    ability ("X and Y were able to dictate")."""
    doers = controller(verb)
    if not doers and verb.dep_ == "xcomp" and verb.head.dep_ == "acomp":
        verb = verb.head.head
        doers = controller(verb)
    if not doers:  # "according to X, A and B dictated ...", misparsed
        doers = [s for a in verb.children if a.lower_ == "according" for s in subject_after_according(a)]
    return doers


def _excessive_means(verb, lemma: str) -> bool:
    """'used excessive force', 'resorted to brutal methods', 'dispersed them with disproportionate force'."""
    means = prep_objects(verb, {"with"})
    if lemma in lx.USE_VERBS:
        means += [c for c in verb.children if c.dep_ == "dobj"] + prep_objects(verb, {"to"})
    means += [o for m in means for o in prep_objects(m, {"including"})]  # "with force, including undue force"
    return any(m.lemma_.lower() in lx.MEANS_NOUNS and any(
        a.dep_ == "amod" and a.lower_ in lx.EXCESS_ADJECTIVES for a in m.children) for m in means)


def _judged_trait_shown(noun) -> bool:
    """'X shows an unacceptable tendency to meddle', 'displayed a dangerous attitude': what a deed
    or a party shows, judged by its adjective, is a fault of theirs."""
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in lx.SHOW_VERBS and any(
        c.dep_ == "amod" and (c.lower_ in lx.NEGATIVE_JUDGEMENTS or c.lower_ in lx.BLAME_WORDS) for c in noun.children)


def _wrong_done(verb, lemma: str) -> bool:
    """'X commits crimes', 'X sponsors terrorism', 'X spreads lies': doing a wrong named by the object."""
    return lemma in lx.WRONG_DONE_VERBS and any(
        c.dep_ == "dobj" and (c.lemma_.lower() in lx.WRONGDOING_NOUNS or c.lemma_.lower() in lx.DONE_WRONGS)
        for c in verb.children)


def _meant_wrong(verb, lemma: str) -> bool:
    """'X wanted to perpetrate terrorism', 'X is trying to sabotage the talks': meaning to do wrong
    is judged as doing it (not when negated: 'X did not want to ...')."""
    if verb.dep_ != "xcomp" or verb.head.lemma_.lower() not in DESIRE_VERBS or any(
            c.dep_ == "neg" for c in (*verb.children, *verb.head.children)):
        return False
    return lemma in lx.DECEIT_VERBS or _wrong_done(verb, lemma)


# Wanting or trying to do a wrong: "X wanted to perpetrate", "X is trying to sabotage".
DESIRE_VERBS = frozenset({"want", "try", "seek", "attempt", "plan", "intend", "aim", "scheme", "plot"})

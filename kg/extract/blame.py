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
from kg.extract.arguments import actors_in, is_passive, patient_tokens, prep_objects
from kg.extract.displeasure import displeasure_felt
from kg.extract.modality import modality_of
from kg.model import ORGANIZATION, PERSON, PLACE

ERRORS = frozenset({"blunder", "mistake", "error", "crime", "atrocity", "outrage", "folly", "treason",
                    "fraud", "genocide", "massacre", "violation", "abuse"})  # committed by someone
FAILURE_VERBS = frozenset({"fail", "backfire", "flounder", "falter"})  # a deed that failed is judged
# Passive verbs of purpose and active verbs of attempt whose complement is their subject's aim.
# Someone's words, judged by an adjective ("baseless claims by X", "X's inflammatory remarks")
WORDS_JUDGED = lx.STANCE_NOUNS | lx.SAY_NOUNS | {"policy", "behavior", "behaviour", "conduct"}
# Wrongs that belong to their doer, said of someone only to condemn them: "X's blackmail".
OWNED_WRONGS = frozenset({"blackmail", "intimidation", "harassment", "extortion", "interference",
                          "meddling", "piracy", "terrorism", "bullying", "occupation", "lies"})
# Saying that someone did something with these verbs accuses them of it.
ALLEGING_VERBS = frozenset({"allege", "charge"})
# Norms a deed or a word can break: "goes against international law".
NORMS = frozenset({"law", "principle", "norm", "rule", "charter", "resolution", "agreement", "accord",
                   "convention", "constitution", "spirit", "treaty", "commitment", "obligation", "standard",
                   "sovereignty", "airspace", "ceasefire", "truce"})  # and what a state's word or border guards
NORM_BREAKING = frozenset({"violate", "breach", "contravene", "contradict", "flout", "defy", "infringe"})
NORM_KEEPING = frozenset({"comply", "conform", "accord", "correspond", "respect", "abide", "honour", "honor"})
PURPOSE_VERBS = frozenset({"intend", "design", "aim", "mean", "calculate", "plan"})
ATTEMPT_VERBS = frozenset({"try", "seek", "attempt", "aim", "want", "strive", "plot", "scheme"})


class BlameRules:
    """Mixin of :class:`kg.extract.events.EventExtractor`: criticism carried by statements."""

    def _criticism_in_statements(self, candidates: list) -> list:
        """A statement that blames someone, accuses them, or judges their deed criticises them."""
        out = []
        for cand in [c for c in candidates if c.type == lx.STATED and not _relayed(c.trigger)]:
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
                    subjects = _own_or_shared_subjects(verb, cand.content)  # "the move amounted to interference"
                    for key, _ in self._targets_of(subjects) or self._deep_owners(subjects):
                        yield key, "judge"
                fronted = [c for c in verb.children if verb.lemma_ == "be" and c.dep_ == "nsubj"
                           and c.lower_ in lx.NEGATIVE_JUDGEMENTS]  # "Pitiful are the attempts of X", misparsed
                if fronted:
                    attrs = [c for c in verb.children if c.dep_ == "attr"]
                    for key, tok in self._targets_of(attrs) or self._deep_owners(attrs):
                        yield key, "judge"
                if verb.lemma_ in ("be", "constitute", "remain", "represent", "become") \
                        and not any(c.dep_ == "neg" for c in verb.children) and modality_of(verb) == "asserted" and any(
                        c.dep_ in ("acomp", "attr", "dobj") and (self._is_negative(c) or c.pos_ == "NOUN"
                                                                  and c.lemma_.lower() == "outrage"  # "is an outrage"
                                                                  or belittled(c))
                        for c in verb.children):
                    subjects = _own_or_shared_subjects(verb, cand.content)  # "X has been ... and is illegal"
                    if [s.lower_ for s in subjects] == ["it"]:  # "it is an outrage that X proposes ...": X
                        subjects = _extraposed_subjects(verb) or subjects
                    for key, tok in self._targets_of(subjects) or self._deep_owners(subjects):
                        yield self._state_of_leader(key, tok)[0], "judge"  # "the government of President X"
                if verb.lemma_ == "be" and not any(c.dep_ == "neg" for c in verb.children) and (
                        any(self._culpable(c) for c in verb.children if c.dep_ == "acomp")
                        or _to_blame(verb) or _behind_wrong(verb)):
                    # "said the army was responsible for the war", "X would be to blame",
                    # "X was (the force) behind the unrest"
                    for key, _ in self._targets_of([c for c in verb.children if c.dep_ == "nsubj"]):
                        yield key, "accuse"
        yield from self._evaluated(cand)  # "used excessive force", "the arrogance of X"
        for tokens, own in self.statement_spans(cand):
            for key, _ in self._hostile_to_speaker(tokens):
                yield key, "complaint"
            for verb in tokens:  # "American efforts have failed": whose effort failed
                if _denied_good_quality(verb):  # "X can no longer be considered a legitimate representative"
                    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                                and c.lower_ not in self.FIRST_PERSON]
                    for key, _ in actors_in(subjects, self.resolve):
                        yield key, "judge"
                if _must_undo(verb):  # "the government should release the two activists": it holds them
                    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.lower_ not in self.FIRST_PERSON]
                    for key, _ in self._targets_of(subjects):
                        yield key, "judge"
                if _should_have(verb):  # "the government should have warned residents earlier": it did not
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
                    for key, _ in self._deep_owners(_purposer(verb)):
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
                if verb.pos_ == "VERB" and _puts_in_doubt(verb) and not is_passive(verb):
                    for key, _ in self._deep_owners([c for c in verb.children if c.dep_ == "nsubj"]):
                        yield key, "judge"
                # "Gazprom said Ukraine had stolen gas": reporting someone's wrongdoing accuses them
                # (or that it was done by them: "claims ballots were stolen by X")
                if verb.pos_ == "VERB" and verb.lemma_.lower() in lx.CRIME_VERBS \
                        and not any(c.dep_ == "neg" for c in verb.children) \
                        and modality_of(verb) in ("asserted", "uncertain"):
                    doers = _passive_doers(verb) if is_passive(verb) else controller(verb)
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
                            and not _victim_of_attack(t)]
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


def belittled(noun) -> bool:
    """'merely a tactic', 'just a ploy', 'a cheap attempt to ...', 'sour grapes': a label that
    belittles a deed or words as a scheme, or an idiom of judgement."""
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN":
        return False
    mods = [c for c in noun.children if c.dep_ in ("amod", "advmod")] + [
        c for c in noun.head.children if c.dep_ == "advmod" and noun.dep_ == "attr"]  # "were merely a tactic"
    if any((m.lower_, lemma) in lx.JUDGING_IDIOMS for m in mods):
        return True
    return lemma in lx.SCHEME_NOUNS and any(
        m.lower_ in lx.BELITTLING_ADVERBS if m.dep_ == "advmod" else m.lower_ in lx.BELITTLING_ADJECTIVES for m in mods)


def _own_or_shared_subjects(verb, first) -> list:
    """A clause's subjects, or, for a second coordinated predicate with none, the first's."""
    own = [c for c in verb.children if c.dep_ == "nsubj"][:1]  # a second one is the parser's: "X's
    # statement that Y was training militants was baseless"
    return own or ([c for c in first.children if c.dep_ in ("nsubj", "nsubjpass")] if verb.i != first.i else [])


def _extraposed_subjects(be) -> list:
    """The subject of the that-clause an expletive "it" stands for: "it is a disgrace that X did
    Y" (the parser may hang the clause on the verb or on the noun)."""
    clauses = [c for c in be.children if c.dep_ == "ccomp"] + [
        r for a in be.children if a.dep_ in ("attr", "acomp") for r in a.children if r.dep_ in ("relcl", "acl", "ccomp")]
    return [s for c in clauses if any(t.lower_ == "that" for t in c.children)
            for s in c.children if s.dep_ in ("nsubj", "nsubjpass") and s.lower_ != "that"]


def controller(verb) -> list:
    """The subject of a verb, or of the verbs it is the aim of or joined to: "X is trying to use Y to
    stifle Z", "X is rich and is using its money to stifle Z"."""
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if subjects or verb.dep_ not in ("xcomp", "advcl", "conj") or verb.head.i == verb.i:
            return subjects
        verb = verb.head
    return []


def _relayed(trigger) -> bool:
    """'X said, according to the agency Y': Y only relays X's words, and judges nothing."""
    return trigger.lower_ == "according" and trigger.head.lemma_.lower() in lx.SAY_VERBS


def denied_wrong(noun) -> bool:
    """'no Russian interference', 'denied any Israeli aggression', 'free of U.S. meddling'."""
    if any(c.dep_ == "det" and c.lower_ in ("no", "any") for c in noun.children):
        return True
    head = noun.head
    for _ in range(3):
        if any(c.dep_ == "neg" for c in head.children) or head.lemma_.lower() in ("deny", "refute") \
                or head.lower_ in ("without", "free"):
            return True
        if head.head.i == head.i:
            break
        head = head.head
    return False


def _denied_good_quality(verb) -> bool:
    """'X is not a credible partner', 'X can no longer be considered legitimate': a good
    quality denied of someone judges them; so does one lost ('has abandoned its impartiality')."""
    if verb.lemma_ in ("abandon", "lose", "forfeit", "sacrifice") and not any(c.dep_ == "neg" for c in verb.children):
        return any(o.lemma_.lower() in lx.GOOD_STANDING and any(c.dep_ == "poss" for c in o.children)
                   for o in patient_tokens(verb))
    if verb.lemma_ == "trust" and is_passive(verb):  # "cannot be trusted to manage the economy"
        return any(c.dep_ == "neg" for c in verb.children)
    if verb.lemma_ not in ("be", "consider", "regard", "remain", "deem") or not any(
            c.dep_ == "neg" or c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children)
            for c in verb.children):
        return False
    complements = [c for c in verb.children if c.dep_ in ("acomp", "attr", "oprd", "xcomp")]
    return any(w.lower_ in lx.GOOD_QUALITIES for c in complements
               for w in [c, *(m for m in c.children if m.dep_ == "amod")])


def _puts_in_doubt(verb) -> bool:
    """'calls into question', 'brings into question', 'casts doubt on', 'throws a shadow over'."""
    lemma = verb.lemma_.lower()
    if lemma in ("call", "bring", "put"):
        return any(p.lower_ == "into" and any(o.lower_ == "question" for o in p.children)
                   for p in verb.children if p.dep_ == "prep")
    if lemma in ("cast", "throw"):
        return any(c.dep_ == "dobj" and c.lemma_.lower() in ("doubt", "shadow", "cloud") for c in verb.children)
    return False


# What a good stands on: harming "the political basis of relations" harms the relations.
GROUNDS = frozenset({"basis", "foundation", "foundations", "prospect", "prospects", "future", "atmosphere",
                     "climate", "spirit", "chance", "chances"})


POSE_VERBS = frozenset({"pose", "represent", "constitute"})
THREAT_NOUNS = frozenset({"threat", "danger", "risk", "menace"})


def harms(verb) -> bool:
    """'threatens the peace process', 'does not contribute to peace', 'will not help the talks'."""
    lemma = verb.lemma_.lower()
    goods = patient_tokens(verb) + prep_objects(verb, {"to", "toward", "towards"})
    if lemma in POSE_VERBS:  # "posed a threat to regional stability": the threat's "to"
        threats = [g for g in goods if g.lemma_.lower() in THREAT_NOUNS]
        goods = [o for t in threats for o in prep_objects(t, {"to", "for"})] + prep_objects(verb, {"to"})
        lemma = "threaten" if threats else lemma
    goods += [o for g in goods if g.lemma_.lower() in GROUNDS for o in prep_objects(g, {"of", "for"})]
    if not any(o.lemma_.lower() in lx.HARMED_GOODS for o in goods):  # "the basis of relations" too
        return False
    return lemma in lx.HARM_VERBS or lemma in lx.HELP_VERBS and any(c.dep_ == "neg" for c in verb.children)


def breaks_norm(verb) -> bool:
    """'violates international law', 'goes against the principles of', 'does not comply with the
    agreement': a deed or word that breaks a norm is judged."""
    lemma = verb.lemma_.lower()
    negated = any(c.dep_ == "neg" for c in verb.children)
    if lemma in NORM_BREAKING and not negated:
        norms = patient_tokens(verb)
    elif lemma == "go" and not negated:
        norms = prep_objects(verb, {"against"})
    elif lemma in NORM_KEEPING and negated:
        norms = patient_tokens(verb) + prep_objects(verb, {"with", "to", "by"})
    else:
        return False
    return any(m.lemma_.lower() in NORMS for n in norms for m in (n, *n.conjuncts))


def _purposer(verb) -> list:
    """Whose aim a verb is: its subject, or, for "claims intended to damage ties" and "X is trying
    to undermine the talks", the subject of the verb of purpose or attempt it completes."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    head = verb.head
    if subjects or verb.dep_ != "xcomp" or any(c.dep_ == "neg" for c in head.children):
        return subjects
    lemma = head.lemma_.lower()
    if is_passive(head) and lemma in PURPOSE_VERBS:
        return [c for c in head.children if c.dep_ == "nsubjpass"]
    return [c for c in head.children if c.dep_ == "nsubj"] if lemma in ATTEMPT_VERBS else []


def _passive_doers(verb) -> list:
    """The 'by' agent of a passive verb, also when the parser hangs it on the verb's last
    phrase ("were smuggled into the centres by X")."""
    agents = [c for a in verb.children if a.dep_ == "agent" for c in a.children if c.dep_ == "pobj"]
    if not agents:
        agents = [c for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"
                  for b in o.children if b.dep_ == "prep" and b.lower_ == "by" for c in b.children if c.dep_ == "pobj"]
    return agents


def _to_blame(be) -> bool:
    """'X is to blame', 'would be to blame' (the bare infinitive: blame with no other object)."""
    return any(c.dep_ == "xcomp" and c.lemma_.lower() == "blame" and not any(
        d.dep_ in ("dobj", "nsubj") for d in c.children) for c in be.children)


def _behind_wrong(be) -> bool:
    """'X was behind the bombing', 'X is the main force behind the unrest': the hidden author of a wrong."""
    places = [be] + [c for c in be.children if c.dep_ == "attr"]
    return any(o.lemma_.lower() in lx.CULPABLE_DEEDS or o.lemma_.lower() in lx.WRONGDOING_NOUNS
               or o.lemma_.lower() in lx.ATTACK_NOUNS for p in places for o in prep_objects(p, {"behind"}))


def _victim_of_attack(token) -> bool:
    """'a cowardly attack against UN staff': those attacked are not to blame."""
    return any(a.dep_ == "prep" and a.lower_ in ("against", "on", "upon") and a.head.lemma_.lower() in lx.ATTACK_NOUNS
               for a in token.ancestors)


DEPENDENCE = frozenset({"dependence", "dependency", "reliance", "addiction", "isolation"})
UNDO_VERBS = lx.STOP_VERBS | frozenset({"release", "free", "withdraw", "lift", "reverse", "apologize", "apologise"})


def _must_undo(verb) -> bool:
    """'X should release the prisoners', 'X must stop the raids': told to undo a deed of its own."""
    if verb.pos_ != "VERB" or verb.tag_ != "VB" or verb.lemma_.lower() not in UNDO_VERBS:
        return False
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if any(o.lemma_.lower() in lx.SUFFERED_STATES | DEPENDENCE for o in patient_tokens(verb)):
        return False  # "must end its dependence on imports": no deed to undo
    return bool(auxes & {"should", "must"}) and "have" not in auxes and not any(c.dep_ == "neg" for c in verb.children)


DESERVED_VERBS = frozenset({"win", "get", "receive", "gain", "earn", "keep", "have", "be"})


def _should_have(verb) -> bool:
    """'X should have consulted Y', 'ought to have resigned': what someone should have done and did
    not (a reproach), not "will have" or "may have"."""
    if verb.tag_ != "VBN" or verb.pos_ != "VERB" or is_passive(verb) or verb.lemma_.lower() in DESERVED_VERBS:
        return False  # "Y should have won", "should have been invited": a wrong done to Y, not by Y
    auxes = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if "have" not in auxes:
        return False
    if "should" in auxes or "ought" in auxes:
        return True
    ought = verb.head if verb.dep_ == "xcomp" else None  # "ought to have resigned", parsed with "ought" above
    return ought is not None and ought.lower_ == "ought"

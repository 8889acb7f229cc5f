"""Criticism by meaning: who disapproves of whom.

Three ways English criticises. A verb that means it ("condemned", "slammed");
a verb of rejection whose object is someone's stance, words or pressure
("rejected India's demand", "brushed aside the charges"); and a verb that puts
a negative judgement on its object ("called Washington's remarks baseless").
The target is the object when it is an actor, else the object's owner: its
possessor, its "by"/"from" phrase, or the actor its modifier names ("the
Israeli raid" -> Israel, "the US stand" -> the United States). Beyond verbs:
nouns ("drew criticism from", "lodged a protest with"), idioms, adjectives of
displeasure ("critical of"), demands that someone stop or resign, and protests
"in protest at" a deed (those in :mod:`kg.extract.disapproval`). Blame carried
inside statements is in :mod:`kg.extract.blame`; a definite deed's earlier mention in
:mod:`kg.extract.discourse`.
"""

from __future__ import annotations

from kg.extract import gazetteer as gz
from kg.extract import lexicon as lx
from kg.extract.arguments import actors_in, coordinated, is_passive, named_by_what, patient_tokens, \
    prep_objects, subject_tokens
from kg.extract.blame_clauses import breaks_norm, harms
from kg.extract.criticism_owners import GOVERNMENT_WORDS, OwnerRules
from kg.extract.diplomacy import DiplomaticProtestRules
from kg.extract.evaluation import JUDGING_NOUNS
from kg.extract.disapproval import DisapprovalRules
from kg.extract.findings import FindingRules
from kg.extract.objections import SUMMED_UP_STANCES, ObjectionRules
from kg.model import ORGANIZATION, PERSON, PLACE

# "called the arrests part of Georgia's hostile policy": the judgement falls on what the thing is part of
PART_NOUNS = frozenset({"part", "example", "instance", "sign", "symptom", "proof"})
# What one is hurt by, when it is someone's criticism: "stung by criticism from X".
HURTING_VERBS = lx.DISPLEASING_VERBS | {"offend", "hurt", "wound", "sting"}


class CriticismRules(OwnerRules, DisapprovalRules, DiplomaticProtestRules, ObjectionRules, FindingRules):
    """Mixin of :class:`kg.extract.events.EventExtractor`: the criticized rules."""

    def _criticisms(self, tok) -> list:
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB":
            return self._criticism_verb(tok, lemma) or self._phrasal_criticism(tok, lemma) \
                or self._idiomatic_criticism(tok, lemma) or self._doubted(tok, lemma) \
                or self._demanded_sanction(tok, lemma) or self._complained(tok, lemma) \
                or self._reacted_angrily(tok, lemma) or self._displeased_by(tok, lemma) \
                or self._with_displeasure(tok) or self._diplomatic_protest(tok, lemma) \
                or self._likened_to_villain(tok, lemma) or self._chanted(tok, lemma) or self._opposed(tok, lemma) \
                or self._held_responsible(tok, lemma) or self._distanced(tok, lemma) or self._found_wrong(tok, lemma)
        if tok.pos_ == "AUX" and lemma == "be":  # "we are against the French decision"
            return self._opposed(tok, lemma)
        if tok.pos_ == "ADJ" and lemma in lx.DISPLEASED_ADJECTIVES:
            return self._displeased(tok, lemma)
        if tok.pos_ == "NOUN" and lemma == "war" and any(
                p.lower_ == "of" and any(o.lower_ == "words" for o in p.children) for p in tok.children):
            return self._war_of_words(tok)
        if tok.pos_ == "NOUN" and lemma in lx.TRADED_BLAME_NOUNS and tok.dep_ == "dobj" and tok.tag_ == "NNS" \
                and tok.head.lemma_.lower() in lx.TRADE_VERBS:  # "A and B traded accusations"
            return self._war_of_words(tok)
        if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and (
                lemma in lx.CONCERN_NOUNS and tok.head.lemma_ in lx.EXPRESS_VERBS - (
                    lx.LODGE_VERBS if lemma in lx.PROTEST_NOUNS else set())
                or lemma in lx.TAKEN_STANCES and tok.head.lemma_ == "take"):  # "took strong objection to X"
            preps = {"over", "about", "at", "regarding", "on", "to", "with", "against"}
            objs = prep_objects(tok, preps | ({"of"} if lemma in lx.JUDGING_CONCERNS else set())) \
                or prep_objects(tok.head, preps - {"on"})  # "disapproval of X's policy"
            objs = named_by_what(tok) or named_by_what(tok.head) or objs  # "at what he called X"
            targets = self._targets_of(objs)
            agents = actors_in(subject_tokens(tok.head), self.resolve)
            return self._criticism(tok.head, "events.criticized.concern", 0.75, agents, targets)
        summed = self._rejected_in_summary(tok) if tok.pos_ == "NOUN" and lemma in SUMMED_UP_STANCES else None
        if summed:  # "..., a charge Y denies"
            return summed
        complaint = self._complaint(tok) if tok.pos_ == "NOUN" and lemma == "complaint" else None
        if complaint:
            return complaint
        if tok.pos_ == "NOUN" and lemma in lx.CRITIC_NOUNS:
            return self._critic(tok)
        if tok.pos_ == "NOUN" and lemma in JUDGING_NOUNS:  # "X's dismissal of Y as ..."
            return self._judging_noun(tok, lemma)
        if tok.pos_ == "NOUN" and lemma in ("protest", "retaliation", "reprisal") and tok.dep_ == "pobj":
            return self._in_protest(tok)
        if tok.pos_ == "NOUN" and lemma in lx.ACCUSATION_NOUNS:
            return self._alleged(tok, lemma)
        if tok.pos_ == "NOUN" and (lemma in lx.PROTEST_NOUNS or lemma == "note" and any(  # "a protest note"
                c.dep_ == "compound" and c.lemma_.lower() == "protest" for c in tok.children)) \
                and tok.dep_ in ("dobj", "nsubjpass") \
                and tok.head.lemma_.lower() in lx.LODGE_VERBS \
                and (lemma != "representation" or tok.head.lemma_.lower() == "lodge"):
            return self._lodged_protest(tok)
        if tok.pos_ == "NOUN" and lemma in ("response", "reaction", "reply", "retort"):
            return self._angry_response(tok)
        if tok.pos_ == "NOUN" and lemma == "fire" and tok.dep_ == "pobj" and tok.head.lower_ == "under" \
                and (prep_objects(tok.head.head, {"for", "over"}) + prep_objects(tok, {"for", "over"})
                     or self._critics_unarmed(tok)):
            return self._criticism_received(tok) or []  # "came under fire from Beijing for ...", not gunfire
        if tok.pos_ == "NOUN" and lemma in ("recall", "withdrawal"):  # "announced the recall of its envoy"
            return self._envoy_recalled_by_noun(tok)
        if tok.pos_ == "NOUN" and lemma in lx.WRATH_NOUNS:  # "drew Beijing's fury", "earned the ire of X"
            return self._criticism_received(tok) or []
        if tok.pos_ == "NOUN" and (lemma in lx.CRITICIZE_NOUNS or _verbal_attack(tok, lemma)
                                   or lemma == "attack" and self._person_on_person(tok)):
            received = self._criticism_received(tok)
            if received is not None:
                return received
            aimed = prep_objects(tok, {"of", "against", "at", "toward", "towards"} | (
                {"on", "upon"} if lemma not in lx.CRITICIZE_NOUNS else set()) | (
                {"to"} if lemma in REBUFF_NOUNS else set()))  # "a sharp rebuke to Washington"
            if not aimed and tok.dep_ == "dobj":  # "issued sharp criticism at X", "heaped criticism on X"
                aimed = prep_objects(tok.head, {"against", "at", "toward", "towards", "on", "upon"})
            targets = self._targets_of(aimed) or self._hurt_by(tok)
            agents, inherited = self._noun_agents(tok, *self.ACTING_TYPES)
            if not agents or inherited:  # "Bolivia's criticism of X": a state that owns the criticism voiced it
                owners = [a for a in actors_in([c for c in tok.children if c.dep_ == "poss"], self.resolve)
                          if a[0] not in {t[0] for t in targets}]
                agents, inherited = (owners, False) if owners else (agents, inherited)
            if not agents and tok.dep_ == "dobj" and tok.head.lemma_.lower() in lx.SAY_VERBS:
                agents = actors_in(subject_tokens(tok.head), self.resolve)  # "issued a scathing attack on X"
            if not agents and targets:  # "stung by criticism from X"
                agents, inherited = actors_in(prep_objects(tok, {"from"}), self.resolve), False
            agents = [a for a in agents if a[0] not in {t[0] for t in targets}]  # "criticism of X"
            if not agents and targets:  # "Sri Lanka stepped up (its) criticism of X": the clause's subject
                verb = next((a for a in tok.ancestors if a.pos_ == "VERB"), None)
                agents = [a for a in (actors_in(subject_tokens(verb), self.resolve) if verb is not None
                                      and not is_passive(verb) else []) if a[0] not in {t[0] for t in targets}]
            return self._criticism(tok, "events.criticized.noun", 0.65 if inherited else 0.8,
                                   agents, targets)
        return []

    def _criticism_verb(self, tok, lemma: str) -> list:
        patients = patient_tokens(tok)
        if not patients:  # "slammed as 'absurd' Mugabe's allegations": the object moved last
            patients = [c for p in tok.children if p.dep_ == "prep" and p.lower_ == "as"
                        for c in p.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
        patients = named_by_what(tok) or patients  # "accused what he called 'snobbish officials'"
        if lemma == "refer":  # "referred to X as 'historical losers'": judged only with "as"
            patients = prep_objects(tok, {"to"}) if any(
                c.dep_ == "prep" and c.lower_ == "as" for c in tok.children) else []
        agents = None
        if lemma in lx.CRITICIZE_VERBS:
            if lemma == "attack" and not self._communicative_attack(tok):
                return []
            agents = self.agents_of(tok) or self._document_authors(subject_tokens(tok))  # "the report accuses"
            mutual = any({p.lower_} | {c.lower_ for c in p.children} >= {"each", "other"}
                         or {p.lower_} | {c.lower_ for c in p.children} >= {"one", "another"}
                         or p.lower_ == "other" for p in patients)
            if mutual and len(agents) < 2:  # "with each accusing the other", "both sides accused the other"
                agents = self._mutual_sides(tok) or agents
            if mutual and len(agents) > 1:  # "A and B accused each other"
                return [c for agent in agents for c in self._criticism(
                    tok, "events.criticized.verb", 0.8, [agent], [a for a in agents if a[0] != agent[0]], "112")]
            blamed_on = [o for o in prep_objects(tok, {"on"}) + [o for p in patients for o in prep_objects(p, {"on"})]
                         if o.ent_type_ not in ("DATE", "TIME")] if lemma == "blame" else []
            if blamed_on:  # "blamed the unrest on the opposition": the culprit follows "on"
                patients = blamed_on
            targets = self._targets_of(patients) or self.unknown_names(patients)
            cameo = "112" if lemma in lx.ACCUSE_VERBS else "111"
            found = self._criticism(tok, "events.criticized.verb", 0.8 if is_passive(tok) else 0.85,
                                    agents, targets, cameo)
            if found:
                return found
        if lemma in lx.REJECT_VERBS:
            stances = [p for p in patients for m in coordinated(p) if m.lemma_.lower() in lx.STANCE_NOUNS
                       or m.lemma_.lower() in lx.REJECTED_FINDINGS and lemma != "deny"]  # a news report denied
            if stances:
                agents = agents if agents is not None else self.agents_of(tok)
                targets = self._targets_of(stances)
                targets = targets or self._by_hung_on_verb(tok)  # "denied the charge by X"
                found = self._criticism(tok, "events.criticized.reject", 0.75, agents, targets)
                if found:
                    return found
        if lemma in lx.JUDGE_VERBS and self._judged_negatively(tok):
            agents = agents if agents is not None else self.agents_of(tok)
            complements = [c for c in tok.children if c.dep_ == "oprd"]
            patients = self._labelled_in_one_phrase(tok) or patients
            if not patients and len(complements) > 1:  # "called the strike a crime", both hung as complements
                patients = complements[:1]
            if patients and all(p.lower_ in RESUMED_OBJECTS for p in patients) and tok.dep_ == "advcl":
                patients = patient_tokens(tok.head) or patients  # "criticized X's curbs, calling them unfair"
            if patients and all(p.lower_ == "what" for p in patients):
                patients = complements + prep_objects(tok, {"as"})  # "citing what it calls a hostile U.S.
                # attitude", "what it described as Libyan aggression": the attitude's owner
            parts = [o for p in patients if p.lemma_.lower() in PART_NOUNS for o in prep_objects(p, {"of"})]
            targets = self._owners(parts) or self._targets_of(patients) or self._owners(  # "called the
                [o for c in complements for o in [c, *prep_objects(c, {"of"})]])  # detention part of Georgia's policy"
            return self._criticism(tok, "events.criticized.judgement", 0.75, agents, targets)
        return []

    def _person_on_person(self, noun) -> bool:
        """'X's attack on Y', 'X launched an attack on Y', both of them people: an attack in words."""
        doers = [c for c in noun.children if c.dep_ == "poss"] or (
            subject_tokens(noun.head) if noun.dep_ == "dobj" else [])
        aimed = prep_objects(noun, {"on", "against"})
        if noun.dep_ == "pobj" and noun.head.lower_ == "under":  # "X came under attack from Y"
            doers, aimed = prep_objects(noun, {"from"}), subject_tokens(noun.head.head)
        return bool(doers) and bool(aimed) and all(
            self.of_type(actors_in([t], self.resolve), PERSON) for t in doers + aimed)

    def _mutual_sides(self, verb) -> list:
        """'Relations between Ethiopia and Eritrea broke down, with each accusing the other':
        the two sides named with 'between', else the last two countries named before."""
        if not any(s.lower_ in ("each", "both", "side", "sides") for s in subject_tokens(verb)):
            return []
        between = [o for t in verb.sent for o in prep_objects(t, {"between"})]
        sides = self.of_type(actors_in(between, self.resolve), PERSON, ORGANIZATION, PLACE)
        if len(sides) == 2:
            return sides
        found: dict[str, object] = {}
        for t in reversed(self.doc[max(0, verb.sent.start - 60):verb.i]):
            key = self.resolve(t) if t.pos_ == "PROPN" else None
            place = gz.place_by_id(self.actors.actors[key].geonames_id) if key else None
            if place is not None and place.kind == "country" and key not in found:
                found[key] = t
                if len(found) == 2:
                    return list(found.items())
        return []

    def _criticism_received(self, noun) -> list | None:
        """'X drew criticism from Y', 'came under criticism from Y': Y criticised X.

        None when the noun is not received this way; [] when it is but a side is unknown
        (the subject must then not be read as the critic).
        """
        verb = noun.head
        if noun.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ in ("under", "with"):
            verb = verb.head  # "came under criticism", "met with criticism"
        elif noun.dep_ != "dobj":
            return None
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in lx.RECEIVE_CRITICISM_VERBS:
            return None
        critics = actors_in(prep_objects(noun, {"from"}) + prep_objects(verb, {"from"}) + [  # "drew Beijing's fury"
            c for c in noun.children if c.dep_ == "poss"], self.resolve)
        targets = self._targets_of(subject_tokens(verb))
        return self._criticism(noun, "events.criticized.received", 0.75, critics, targets)

    def _critics_unarmed(self, fire) -> bool:
        """'is under fire from opposition leader X': fire from named people or parties is words;
        from gunmen, troops or positions it is shooting."""
        sources = prep_objects(fire, {"from"}) + prep_objects(fire.head.head, {"from"})
        heads = [w for s in sources for w in s.conjuncts + (s,)]
        return bool(heads) and all(w.lemma_.lower() not in lx.ARMED_NOUNS and w.lower_ not in lx.ARMED_NOUNS
                                   for s in heads for w in s.subtree) and bool(actors_in(heads, self.resolve))

    def _hurt_by(self, noun) -> list:
        """'he had been offended by criticism by X': who was hurt by the criticism was its target."""
        if noun.dep_ != "pobj" or noun.head.dep_ != "agent":
            return []
        verb = noun.head.head
        if verb.lemma_.lower() not in HURTING_VERBS \
                and verb.lower_ != "stung":  # the tagger takes a sentence-initial "Stung" for a name
            return []
        hurt = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if not hurt and verb.dep_ in ("advcl", "nsubj"):  # "Stung by X's criticism, Y defended ...": Y
            hurt = [c for c in verb.head.children if c.dep_ == "nsubj"]  # (or, misparsed, "Stung" itself:
        return [a for a in actors_in(hurt, self.resolve) if a[1].i != verb.i]  # never its own target)

    def _judged_negatively(self, verb) -> bool:
        """'called X baseless', 'described X as a provocation', 'dismissed X as lies'."""
        for child in verb.children:
            if child.dep_ in ("oprd", "xcomp", "acomp", "ccomp") and self._is_negative(child):
                return True
            if child.dep_ == "npadvmod" and child.pos_ == "NOUN" and self._is_negative(child):
                return True  # "branded Blair a liar", the parser hanging "a liar" loose
            if child.dep_ == "advcl" and self._is_negative(child) and any(  # "dismissed X as biased"
                    m.dep_ in ("mark", "advmod") and m.lower_ == "as" for m in child.children):
                return True
            if child.dep_ == "prep" and child.lower_ == "as":
                if any(self._is_negative(c) for c in child.children):
                    return True
            if child.dep_ == "dobj" and verb.lemma_.lower() in NAMING_VERBS and any(
                    a.dep_ == "appos" and self._is_negative(a) for a in child.children):
                return True  # 'called the decision "a grave error"': the quote read as an apposition
        for as_ in (t for t in verb.subtree if t.dep_ == "prep" and t.lower_ == "as" and t.i > verb.i):
            if any(c.dep_ == "pcomp" and (breaks_norm(c) or harms(c)) for c in as_.children):
                return True  # "described the sale (announced on Monday) as going against international law"
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if len(objects) > 1 and self._is_negative(objects[-1]):
            return True  # "branded Gordon Brown a liar" read as two objects
        if self._labelled_in_one_phrase(verb):
            return True
        for obj in patient_tokens(verb):  # the parser often hangs "as X" under the object
            if obj.lemma_.lower() in PART_NOUNS and any(self._is_negative(o) for o in prep_objects(obj, {"of"})):
                return True  # "called the arrests part of a hostile policy", read as one object
            after = obj.right_edge.i + 1
            while after < len(obj.doc) and obj.doc[after].is_quote:
                after += 1
            if after < len(obj.doc) and obj.doc[after - 1].is_quote and self._is_negative(obj.doc[after]):
                return True  # 'called Morales's charges "baseless"', the word hung elsewhere
            if any(c.dep_ == "amod" and c.i > obj.i and self._is_negative(c) for c in obj.children):
                return True  # 'called the remarks "unfortunate"': the quoted word hung on the noun
            for prep in obj.children:
                if prep.dep_ == "prep" and prep.lower_ == "as" \
                        and any(self._is_negative(c) for c in prep.children):
                    return True
        return False

    def _labelled_in_one_phrase(self, verb) -> list:
        """'branded the Uzbek government corrupt "thugs"', read as one object whose head is the
        label: the one labelled is the modifier before it."""
        return [m for o in verb.children if o.dep_ == "dobj" and o.pos_ == "NOUN" and self._is_negative(o)
                for m in o.children if m.dep_ in ("nmod", "compound") and m.i < o.i and m.pos_ in ("NOUN", "PROPN")
                and (self.resolve(m) or m.lower_ in GOVERNMENT_WORDS)]

    @staticmethod
    def _is_negative(token) -> bool:
        if token.lemma_.lower() in ("reminiscent", "worthy"):  # "reminiscent of Stalin's police state"
            return any(w.lemma_.lower() in lx.NEGATIVE_JUDGEMENTS or w.lower_ in lx.VILLAINS
                       for w in token.subtree if w.i != token.i)
        words = [token] + [c for c in token.children if c.dep_ in ("amod", "compound", "acomp")] \
            + [c for c in token.conjuncts if c.pos_ == token.pos_ == "ADJ"]  # "incorrect and baseless"
        if any(w.lower_ == "anti" and w.i + 2 < len(w.doc) and w.nbor().text == "-"  # "anti-Russian policy"
               and gz.demonym_country(w.nbor(2).text) is not None for w in words[1:] + (  # "dubbed anti-Japanese"
                   [token] if token.pos_ == "ADJ" and token.dep_ in ("oprd", "acomp", "xcomp") else [])):
            return True
        if token.pos_ == "NOUN" and token.lemma_.lower() in lx.ATTEMPT_NOUNS and any(
                c.dep_ in ("acl", "relcl", "xcomp") and c.lemma_.lower() in lx.SUPPRESS_VERBS for c in token.children):
            return True  # "an attempt to silence critics", "a ploy to divert attention"
        if token.pos_ == "NOUN":  # "a partner in the killing", "an accomplice to murder"
            words += [o for p in token.children if p.dep_ == "prep" and p.lower_ in ("in", "to", "of")
                      for o in p.children if o.lemma_.lower() in lx.WRONGDOING_NOUNS
                      or o.lemma_.lower() in lx.NEGATIVE_JUDGEMENTS]  # "a source of instability"
        return any(w.lemma_.lower() in lx.NEGATIVE_JUDGEMENTS or w.lower_ in lx.NEGATIVE_JUDGEMENTS
                   or w.lemma_.lower() in lx.WRONGDOING_NOUNS and w.i != token.i for w in words
                   if not (w.dep_ == "amod" and w.lower_ in ("possible", "potential")) or w.i == token.i) \
            or _hyphenated(token) in lx.NEGATIVE_JUDGEMENTS

    def _criticism(self, trigger, extractor: str, confidence: float, agents, targets,
                   cameo: str = "111") -> list:
        agents = [self._state_of_leader(k, t) for k, t in agents or ()]
        targets = [self._state_of_leader(k, t) for k, t in targets or ()]
        agents = [(k, t) for k, t in agents if not (self._anyone(k) and not any(  # "Officials denied"
            c.dep_ in ("prep", "amod", "compound") for c in t.children))]  # ("senators from both parties" are)
        agents = [(k, t) for k, t in agents if not _others(t)]  # "X and other European leaders": X
        agent_keys = {k for k, _ in agents}
        targets = [t for t in targets if t[0] not in agent_keys and not self._anyone(t[0]) and not _others(t[1])]
        if not agents or not targets:
            return []
        return [self.Candidate(lx.CRITICIZED, cameo, trigger, extractor, confidence,
                               agents=list(agents), targets=targets)]

    def _state_of_leader(self, key: str, tok) -> tuple:
        """'the Uribe government', 'President Kirchner's administration', 'the government of
        President X': a leader's government is the state whose leader the titles make them."""
        if self.actors.actors[key].type != PERSON:
            return key, tok
        word = tok.head if tok.dep_ in ("compound", "poss") else tok
        if word.lower_ not in GOVERNMENT_WORDS and word.dep_ == "pobj" and word.head.lower_ == "of":
            word = word.head.head  # "the government of President X"
        if word.lower_ not in GOVERNMENT_WORDS:
            return key, tok
        return self._home_state(key) or key, tok


# Verbs that name their object with a second phrase: "called X a mistake".
NAMING_VERBS = frozenset({"call", "brand", "label", "term", "dub"})
# Criticisms aimed with "to": "a rebuke to X", "a slap in the face to X" (not "a response to X").
REBUFF_NOUNS = frozenset({"rebuke", "snub", "slap", "affront", "reproach", "insult", "reprimand"})
# Pronouns a participle's object resumes the main verb's object with: "..., calling them unfair".
RESUMED_OBJECTS = frozenset({"it", "them", "this", "these", "those"})


def _verbal_attack(noun, lemma: str) -> bool:
    """'a tirade against X', 'a scathing attack on X', 'a speech against X': an attack in words."""
    return lemma in lx.VERBAL_ATTACK_NOUNS or (lemma in lx.ATTACK_NOUNS and any(
        c.dep_ == "amod" and c.lemma_.lower() in lx.VERBAL_ATTACK_ADJECTIVES for c in noun.children)) or (
        lemma in lx.WORDS_AGAINST_NOUNS and any(c.dep_ == "prep" and c.lower_ == "against" for c in noun.children))


def _hyphenated(token) -> str:
    """The hyphenated word a token is part of ("heavy-handed", split by the tokenizer, or written
    "heavy handed"), else ''."""
    doc, i = token.doc, token.i
    if i + 2 < len(doc) and doc[i + 1].text == "-" and not doc[i + 1].whitespace_ and not token.whitespace_:
        return f"{token.lower_}-{doc[i + 2].lower_}"
    if i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:
        return f"{doc[i - 2].lower_}-{token.lower_}"
    if i >= 1 and f"{doc[i - 1].lower_}-{token.lower_}" in lx.NEGATIVE_JUDGEMENTS:
        return f"{doc[i - 1].lower_}-{token.lower_}"  # "heavy handed", written without its hyphen
    if i + 1 < len(doc) and f"{token.lower_}-{doc[i + 1].lower_}" in lx.NEGATIVE_JUDGEMENTS:
        return f"{token.lower_}-{doc[i + 1].lower_}"
    return ""


def _others(token) -> bool:
    """'other European leaders', 'other countries': the rest of some set, never one actor."""
    return token.tag_ in ("NNS", "NNPS") and any(c.dep_ == "amod" and c.lower_ == "other" for c in token.children)

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
"in protest at" a deed. Blame carried inside statements is in
:mod:`kg.extract.blame`; a definite deed's earlier mention in
:mod:`kg.extract.discourse`.
"""

from __future__ import annotations

from kg.extract import gazetteer as gz
from kg.extract import lexicon as lx
from kg.extract.arguments import actors_in, coordinated, is_passive, named_by_what, patient_tokens, \
    prep_objects, subject_tokens
from kg.model import ORGANIZATION, PERSON, PLACE

OWNER_PREPS = frozenset({"by", "from"})
OWNER_MODIFIERS = frozenset({"amod", "compound", "nmod"})


class CriticismRules:
    """Mixin of :class:`kg.extract.events.EventExtractor`: the criticized rules."""

    def _criticisms(self, tok) -> list:
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB":
            return self._criticism_verb(tok, lemma) or self._phrasal_criticism(tok, lemma) \
                or self._idiomatic_criticism(tok, lemma) or self._doubted(tok, lemma) \
                or self._demanded_sanction(tok, lemma) or self._complained(tok, lemma) \
                or self._reacted_angrily(tok, lemma) or self._displeased_by(tok, lemma)
        if tok.pos_ == "ADJ" and lemma in lx.DISPLEASED_ADJECTIVES:
            return self._displeased(tok, lemma)
        if tok.pos_ == "NOUN" and lemma == "war" and any(
                p.lower_ == "of" and any(o.lower_ == "words" for o in p.children) for p in tok.children):
            return self._war_of_words(tok)
        if tok.pos_ == "NOUN" and lemma in lx.CONCERN_NOUNS and tok.dep_ == "dobj" \
                and tok.head.lemma_ in lx.EXPRESS_VERBS - (lx.LODGE_VERBS if lemma in lx.PROTEST_NOUNS else set()):
            preps = {"over", "about", "at", "regarding", "on", "to", "with", "against"}
            objs = prep_objects(tok, preps) or prep_objects(tok.head, preps - {"on"})
            objs = named_by_what(tok) or named_by_what(tok.head) or objs  # "at what he called X"
            targets = self._targets_of(objs)
            agents = actors_in(subject_tokens(tok.head), self.resolve)
            return self._criticism(tok.head, "events.criticized.concern", 0.75, agents, targets)
        if tok.pos_ == "NOUN" and lemma in lx.CRITIC_NOUNS:
            return self._critic(tok)
        if tok.pos_ == "NOUN" and lemma == "protest" and tok.dep_ == "pobj":
            return self._in_protest(tok)
        if tok.pos_ == "NOUN" and lemma in lx.ACCUSATION_NOUNS:
            return self._alleged(tok, lemma)
        if tok.pos_ == "NOUN" and lemma in lx.PROTEST_NOUNS and tok.dep_ == "dobj" \
                and tok.head.lemma_.lower() in lx.LODGE_VERBS \
                and (lemma != "representation" or tok.head.lemma_.lower() == "lodge"):
            return self._lodged_protest(tok)
        if tok.pos_ == "NOUN" and (lemma in lx.CRITICIZE_NOUNS or _verbal_attack(tok, lemma)):
            received = self._criticism_received(tok)
            if received is not None:
                return received
            aimed = prep_objects(tok, {"of", "against", "at", "toward", "towards"} | (
                {"on", "upon"} if lemma not in lx.CRITICIZE_NOUNS else set()))
            if not aimed and tok.dep_ == "dobj":  # "issued sharp criticism at X", "heaped criticism on X"
                aimed = prep_objects(tok.head, {"against", "at", "toward", "towards", "on", "upon"})
            targets = self._targets_of(aimed)
            agents, inherited = self._noun_agents(tok, *self.ACTING_TYPES)
            agents = [a for a in agents if a[0] not in {t[0] for t in targets}]  # "criticism of X"
            return self._criticism(tok, "events.criticized.noun", 0.65 if inherited else 0.8,
                                   agents, targets)
        return []

    def _criticism_verb(self, tok, lemma: str) -> list:
        patients = patient_tokens(tok)
        if not patients:  # "slammed as 'absurd' Mugabe's allegations": the object moved last
            patients = [c for p in tok.children if p.dep_ == "prep" and p.lower_ == "as"
                        for c in p.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
        patients = named_by_what(tok) or patients  # "accused what he called 'snobbish officials'"
        agents = None
        if lemma in lx.CRITICIZE_VERBS:
            if lemma == "attack" and not self._communicative_attack(tok):
                return []
            agents = self.agents_of(tok)
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
            stances = [p for p in patients for m in coordinated(p) if m.lemma_.lower() in lx.STANCE_NOUNS]
            if stances:
                agents = agents if agents is not None else actors_in(subject_tokens(tok), self.resolve)
                targets = self._targets_of(stances)
                if not targets and not is_passive(tok):  # "denied the charge by X": hung on the verb
                    targets = actors_in(prep_objects(tok, {"by"}), self.resolve)
                found = self._criticism(tok, "events.criticized.reject", 0.75, agents, targets)
                if found:
                    return found
        if lemma in lx.JUDGE_VERBS and self._judged_negatively(tok):
            agents = agents if agents is not None else actors_in(subject_tokens(tok), self.resolve)
            complements = [c for c in tok.children if c.dep_ == "oprd"]
            if not patients and len(complements) > 1:  # "called the strike a crime", both hung as complements
                patients = complements[:1]
            return self._criticism(tok, "events.criticized.judgement", 0.75, agents,
                                   self._targets_of(patients))
        return []

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
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in lx.RECEIVE_CRITICISM_VERBS:
            return None
        critics = actors_in(prep_objects(noun, {"from"}) + prep_objects(verb, {"from"}), self.resolve)
        targets = self._targets_of(subject_tokens(verb))
        return self._criticism(noun, "events.criticized.received", 0.75, critics, targets)

    def _judged_negatively(self, verb) -> bool:
        """'called X baseless', 'described X as a provocation', 'dismissed X as lies'."""
        for child in verb.children:
            if child.dep_ in ("oprd", "xcomp", "acomp", "ccomp") and self._is_negative(child):
                return True
            if child.dep_ == "prep" and child.lower_ == "as":
                if any(self._is_negative(c) for c in child.children):
                    return True
        for obj in patient_tokens(verb):  # the parser often hangs "as X" under the object
            if any(c.dep_ == "amod" and c.i > obj.i and self._is_negative(c) for c in obj.children):
                return True  # 'called the remarks "unfortunate"': the quoted word hung on the noun
            for prep in obj.children:
                if prep.dep_ == "prep" and prep.lower_ == "as" \
                        and any(self._is_negative(c) for c in prep.children):
                    return True
        return False

    @staticmethod
    def _is_negative(token) -> bool:
        words = [token] + [c for c in token.children if c.dep_ in ("amod", "compound", "acomp")]
        if token.pos_ == "NOUN":  # "a partner in the killing", "an accomplice to murder"
            words += [o for p in token.children if p.dep_ == "prep" and p.lower_ in ("in", "to", "of")
                      for o in p.children if o.lemma_.lower() in lx.WRONGDOING_NOUNS
                      or o.lemma_.lower() in lx.NEGATIVE_JUDGEMENTS]  # "a source of instability"
        return any(w.lemma_.lower() in lx.NEGATIVE_JUDGEMENTS or w.lower_ in lx.NEGATIVE_JUDGEMENTS
                   or w.lemma_.lower() in lx.WRONGDOING_NOUNS and w is not token for w in words
                   if not (w.dep_ == "amod" and w.lower_ in ("possible", "potential")) or w is token)

    def _criticism(self, trigger, extractor: str, confidence: float, agents, targets,
                   cameo: str = "111") -> list:
        agent_keys = {k for k, _ in agents or ()}
        targets = [t for t in targets if t[0] not in agent_keys and not self._anyone(t[0])]
        if not agents or not targets:
            return []
        return [self.Candidate(lx.CRITICIZED, cameo, trigger, extractor, confidence,
                               agents=list(agents), targets=targets)]

    # ---- targets ------------------------------------------------------------------
    def _targets_of(self, tokens) -> list:
        """The actors named by ``tokens``, else the owners of what they name."""
        direct = actors_in(tokens, self.resolve)
        if direct:
            return direct
        return self._owners(tokens) or [o for t in tokens for o in self.headline_owner(t)] \
            or [o for t in tokens for o in self.antecedent_owners(t)]

    def _owners(self, nouns) -> list:
        """Whose stance, words or deed a noun is: possessor, 'by'/'from', modifier, 'signed by',
        or the doer of the support verb it is the object of ("troops carried out an attack")."""
        found: dict[str, object] = {}
        for noun in nouns:
            for member in coordinated(noun):
                owners = self._owners_of(member)
                if not owners and member.dep_ == "dobj" and member.head.lemma_.lower() in lx.SUPPORT_VERBS_OF_DEEDS:
                    owners = self._state_arms(subject_tokens(member.head))
                for key, tok in owners:
                    found.setdefault(key, tok)
        return list(found.items())

    def _owners_of(self, noun) -> list:
        heads = [c for c in noun.children if c.dep_ == "poss"] + prep_objects(noun, OWNER_PREPS)
        if noun.lemma_.lower() in lx.STANCE_NOUNS | lx.SAY_NOUNS | lx.CONDUCT_NOUNS | lx.VISIT_NOUNS:
            heads += prep_objects(noun, {"of"})  # "the statement of President X" is his
        for acl in (c for c in noun.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBG")):
            # "the report released ... by the Board": the parser may hang "by" lower in the clause;
            # "propaganda coming from Delhi": where it comes from
            heads += [c for a in acl.subtree if a.dep_ in ("agent", "prep") and (
                a.lower_ == "by" and acl.tag_ == "VBN" or a.lower_ == "from" and a.head is acl)
                for c in a.children if c.dep_ == "pobj"][:1]
        owners = actors_in(heads, self.resolve)
        if owners:
            return owners
        for mod in (c for c in noun.children if c.dep_ in OWNER_MODIFIERS and c.i < noun.i):
            key = self.resolve(mod)
            if (key is None or self.actors.actors[key].label == mod.text) and (mod.pos_ == "ADJ" or mod.tag_ in ("NNP", "JJ")):
                key = self._nationality(mod) or key  # "Eritrean aggression" is Eritrea's
            if key is not None and self.actors.actors[key].type in (PLACE, ORGANIZATION, PERSON) \
                    and not self._where_not_who(key, noun):
                government = gz.capital_country(self.actors.actors[key].label)
                if government is not None and government.name != self.actors.actors[key].label:
                    key = self.place_key(government)  # "the Moscow decision"
                return [(key, mod)]
        return []

    def _where_not_who(self, key: str, noun) -> bool:
        """'the Jakarta bombing', 'the Bali attack': a city before a deed is where it happened."""
        actor = self.actors.actors[key]
        if actor.type != PLACE:
            return False
        place = gz.place_by_id(actor.geonames_id)
        if place is not None and place.kind == "country":
            return False
        if place is None or place.kind not in ("city", "state"):
            return True  # "the Mideast crisis": a region is where, never who
        return noun.lemma_.lower() in lx.ATTACK_NOUNS or gz.capital_country(actor.label) is None


    def _nationality(self, token) -> str | None:
        """'Israeli' -> the country Israel, added to the document's actors."""
        place = gz.demonym_country_at(token)
        return self.place_key(place) if place is not None else None

    # ---- phrasal and communicative -------------------------------------------------
    def _critic(self, noun) -> list:
        """'Mandela, a longtime critic of U.S. policy' and 'X has been the deal's critic'."""
        if any(c.dep_ == "compound" for c in noun.children):
            return []  # "film critic of the Times" is a trade, not a stance
        if noun.dep_ == "appos":
            agents = actors_in([noun.head], self.resolve)
        elif noun.dep_ == "attr" and noun.head.lemma_ == "be":
            agents = actors_in(subject_tokens(noun.head), self.resolve)
        else:
            return []
        aimed = prep_objects(noun, {"of"}) + [c for c in noun.children if c.dep_ == "poss"]
        return self._criticism(noun, "events.criticized.critic", 0.6, agents, self._targets_of(aimed))

    def _lodged_protest(self, noun) -> list:
        """'lodged a protest with India over the shelling': the deed's owner, else India.

        The owner comes first: a complaint lodged with the Security Council over Israeli
        raids is against Israel, not the Council.
        """
        verb = noun.head
        addressees = prep_objects(noun, {"with", "to"}) + prep_objects(verb, {"with", "to"})
        deeds = prep_objects(noun, {"over", "against", "about", "at"}) + prep_objects(verb, {"over", "against"})
        targets = self._targets_of(deeds) or actors_in(addressees, self.resolve)
        agents = actors_in(subject_tokens(verb), self.resolve)
        return self._criticism(noun, "events.criticized.protest", 0.75, agents, targets)

    def _reacted_angrily(self, tok, lemma: str) -> list:
        """'reacted angrily to the announcement by Moscow': the announcer is criticised."""
        if lemma not in ("react", "respond", "reply", "retort") or not any(
                c.dep_ == "advmod" and c.lower_ in lx.ANGRY_MANNERS for c in tok.children):
            return []
        targets = self._targets_of(prep_objects(tok, {"to"}))
        return self._criticism(tok, "events.criticized.reaction", 0.7, self.agents_of(tok), targets)

    def _displeased(self, adj, lemma: str) -> list:
        """'X was critical of Y', 'X is extremely unsatisfied with Y's remarks'."""
        if adj.dep_ not in ("acomp", "amod", "xcomp", "oprd") or any(c.dep_ == "neg" for c in adj.head.children):
            return []
        preps = {"of"} if lemma == "critical" else {"with", "at", "over", "about", "by"}
        targets = self._targets_of(prep_objects(adj, preps))
        holder = adj.head
        agents = actors_in(subject_tokens(holder), self.resolve) if adj.dep_ != "amod" else \
            actors_in([holder], self.resolve)
        return self._criticism(adj, "events.criticized.displeasure", 0.7, agents, targets)

    def _displeased_by(self, verb, lemma: str) -> list:
        """'was angered by the Pakistani decision', 'deeply troubled by the verdict'."""
        if lemma not in lx.DISPLEASING_VERBS or not is_passive(verb) or any(c.dep_ == "neg" for c in verb.children):
            return []
        agents = actors_in([c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")], self.resolve)
        deeds = [o for c in verb.children if c.dep_ in ("agent", "prep") and c.lower_ in ("by", "at", "over")
                 for o in c.children if o.dep_ == "pobj"]
        return self._criticism(verb, "events.criticized.displeasure", 0.7, agents, self._targets_of(deeds))

    def _war_of_words(self, noun) -> list:
        """'A and B were locked in a war of words', 'a war of words with B': each criticised the other."""
        verb = noun.head.head if noun.dep_ == "pobj" else noun.head
        if verb.dep_ == "acomp":  # "were involved in a war of words"
            verb = verb.head
        sides = actors_in(subject_tokens(verb) if verb.pos_ in ("VERB", "AUX") else [], self.resolve)
        if is_passive(verb) or not sides:
            sides = actors_in([c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")], self.resolve)
        words = [o for p in noun.children if p.lower_ == "of" for o in p.children]
        others = prep_objects(noun, {"with", "between"}) + [o for w in words for o in prep_objects(w, {"with"})]
        sides += [o for o in actors_in(others, self.resolve) if o not in sides]
        sides = self.of_type(sides, PERSON, ORGANIZATION, PLACE)
        out = []
        for agent in sides:
            out += self._criticism(noun, "events.criticized.dispute", 0.65, [agent],
                                   [s for s in sides if s[0] != agent[0]])
        return out

    def _complained(self, tok, lemma: str) -> list:
        """'protested to Delhi over the shelling', 'complained about Japan's textbooks'.

        The deed's owner is criticised; the addressee only of a protest (one complains to
        a referee or the UN without blaming them).
        """
        if lemma not in lx.COMPLAIN_VERBS:
            return []
        targets = self._targets_of(prep_objects(tok, {"over", "about", "at"}))
        if not targets and lemma == "protest":  # "protesting Koizumi's visit", "protested to Tokyo"
            targets = self._owners(patient_tokens(tok)) or actors_in(prep_objects(tok, {"to", "with"}), self.resolve)
        agents = actors_in(subject_tokens(tok), self.resolve)
        return self._criticism(tok, "events.criticized.protest", 0.75, agents, targets)

    def _idiomatic_criticism(self, tok, lemma: str) -> list:
        """'took aim at X', 'took a swipe at X', 'pointed the finger at X'."""
        nouns = lx.CRITICIZE_IDIOMS.get(lemma)
        idiom = [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in nouns] if nouns else []
        if not idiom:
            return []
        aimed = {"at", "on", "upon"}  # "took aim at X", "poured scorn on X"
        objects = prep_objects(tok, aimed) + prep_objects(idiom[0], aimed)
        if lemma == "open":  # "opened fire on X's record" is figurative; "on protesters" is shooting
            objects = [o for o in objects if o.lemma_.lower() in lx.FIGURATIVE_FIRE_TARGETS]
        targets = self._targets_of(objects)
        agents = actors_in(subject_tokens(tok), self.resolve)
        return self._criticism(tok, "events.criticized.idiom", 0.8, agents, targets)

    def _doubted(self, tok, lemma: str) -> list:
        """'questioned Seoul's sincerity': doubting someone's good faith criticises them."""
        if lemma not in lx.DOUBT_VERBS:
            return []
        qualities = [p for p in patient_tokens(tok) if p.lemma_.lower() in lx.DOUBTED_QUALITIES]
        agents = actors_in(subject_tokens(tok), self.resolve)
        return self._criticism(tok, "events.criticized.doubt", 0.7, agents,
                               self._owners(qualities)) if qualities else []

    def _phrasal_criticism(self, tok, lemma: str) -> list:
        """'lashed out at X', 'railed against X', 'rounded on X'."""
        particles = {c.lower_ for c in tok.children if c.dep_ in ("prt", "advmod")}  # "hit back at"
        for verb, particle, prep in lx.CRITICIZE_PHRASAL:
            if lemma == verb and (particle is None or particle in particles):
                targets = self._targets_of(prep_objects(tok, {prep}))
                agents = actors_in(subject_tokens(tok), self.resolve)
                found = self._criticism(tok, "events.criticized.phrasal", 0.8, agents, targets)
                if found:
                    return found
        return []

    def _communicative_attack(self, tok) -> bool:
        """'attacked X for ...' or 'attacked X's policy' criticises; 'attacked a base' does not."""
        return any(c.dep_ == "prep" and c.lower_ in ("for", "over") for c in tok.children)


    def _demanded_sanction(self, tok, lemma: str) -> list:
        """'demanded the resignation of X', 'called for X's ouster': the demand criticises X."""
        if lemma == "warn":  # "warned X to keep out of Fiji's affairs", "... not to interfere"
            return self._urged_to_stop(tok)
        if lemma not in lx.DEMAND_VERBS:
            return []
        nouns = patient_tokens(tok) + (prep_objects(tok, {"for"}) if lemma == "call" else [])
        sanctions = [n for n in nouns if n.lemma_.lower() in lx.SANCTION_NOUNS]
        if not sanctions:
            return self._urged_to_stop(tok)
        targets = actors_in([c for n in sanctions for c in n.children if c.dep_ == "poss"]
                            + prep_objects(sanctions[0], {"of"}), self.resolve)
        agents = actors_in(subject_tokens(tok), self.resolve)
        return self._criticism(tok, "events.criticized.demand", 0.75, agents, targets)

    def _alleged(self, noun, lemma: str) -> list:
        """'allegations by X that Y tortured detainees', 'claims by X that Y plans to kill him':
        X accuses Y. A bare claim accuses only when its clause reports a wrong."""
        clauses = [c for c in noun.children if c.dep_ in ("acl", "ccomp")
                   and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
        if not clauses:
            return []
        clause = clauses[0]
        if lemma == "claim" and not any(
                t.lemma_.lower() in lx.CRIME_VERBS or t.lemma_.lower() in lx.WRONGDOING_NOUNS
                or t.lemma_.lower() in ("kill", "attack", "violence", "terror", "plot", "murder")
                for t in clause.subtree):
            return []
        if any(c.dep_ == "neg" for c in clause.children):
            return []
        agents = self._owners([noun])
        targets = actors_in([c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")
                             and c.lower_ not in self.FIRST_PERSON], self.resolve)
        return self._criticism(noun, "events.criticized.allegation", 0.65, agents, targets, "112")

    def _urged_to_stop(self, verb) -> list:
        """'called on Mugabe to stop the violence', 'urged Israel to halt the raids': X is doing wrong."""
        warn = verb.lemma_.lower() == "warn"
        stops = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp", "advcl") and (
                 (c.lemma_.lower() in lx.STOP_VERBS and not any(n.dep_ == "neg" for n in c.children))
                 or _keep_out(c) or (warn and any(n.dep_ == "neg" for n in c.children)
                                     and any(n.dep_ == "aux" and n.tag_ == "TO" for n in c.children)))]
        if not stops:
            return []
        addressees = patient_tokens(verb) + prep_objects(verb, {"on", "upon"}) + \
            [c for s in stops for c in s.children if c.dep_ == "nsubj"]
        targets = actors_in(addressees, self.resolve)
        agents = actors_in(subject_tokens(verb), self.resolve)
        return self._criticism(verb, "events.criticized.demand", 0.7, agents, targets)

    def _in_protest(self, tok) -> list:
        """'expelled the ambassador in protest at Colombia's raid': the deed's owner is criticised."""
        prep = tok.head
        if tok.dep_ != "pobj" or prep.lower_ != "in" or prep.head.pos_ not in ("VERB", "AUX"):
            return []
        deeds = prep_objects(tok, {"of", "at", "against", "over"})
        verb = prep.head
        return self._criticism(tok, "events.criticized.protest", 0.7,
                               actors_in(subject_tokens(verb), self.resolve), self._targets_of(deeds))


def _keep_out(verb) -> bool:
    """'to keep out of', 'to stay away from', 'to back off': told to stop meddling."""
    return verb.lemma_.lower() in ("keep", "stay", "back", "butt") and any(
        c.lower_ in ("out", "away", "off") and c.dep_ in ("prt", "prep", "advmod") for c in verb.children)


def _verbal_attack(noun, lemma: str) -> bool:
    """'a tirade against X', 'a scathing attack on X': an attack in words, not arms."""
    return lemma in lx.VERBAL_ATTACK_NOUNS or (lemma in lx.ATTACK_NOUNS and any(
        c.dep_ == "amod" and c.lemma_.lower() in lx.VERBAL_ATTACK_ADJECTIVES for c in noun.children))

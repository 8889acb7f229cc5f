"""Disapproval beyond the verbs of criticism: who complains, protests, demands or alleges.

Critics named as such ("a longtime critic of X"), protests lodged or made, wars of words, idioms
("took X to task"), doubt cast on someone's fitness, demands that someone resign
or stop ("called on X to halt", "warned X to keep out of"), allegations by X
that Y did wrong, and protests made "in protest at" a deed (displeasure felt, "angered by",
is in :mod:`kg.extract.displeasure`). Mixed into
:class:`kg.extract.criticism.CriticismRules`, whose owner and target helpers
these rules use.
"""

from __future__ import annotations

from kg.extract import lexicon as lx
from kg.extract.diplomacy import OWN_POSSESSIVES
from kg.extract.displeasure import DispleasureRules
from kg.extract.arguments import actors_in, is_passive, patient_tokens, prep_objects, subject_tokens
from kg.model import ORGANIZATION, PERSON, PLACE

# Taking back one's words or act: "demanded that X withdraw its report".
RETRACT_VERBS = frozenset({"withdraw", "retract", "rescind", "reverse", "revoke", "drop", "scrap", "recant"})
# What an attack in words is made in, and what only words attack ("attacked the embargo in a speech").
WORDS_OCCASIONS = lx.SAY_NOUNS | lx.SPEECH_OCCASIONS
ATTACKED_IN_WORDS = lx.STANCE_NOUNS | lx.FIGURATIVE_FIRE_TARGETS | lx.MEASURE_NOUNS


class DisapprovalRules(DispleasureRules):
    """Phrasal, nominal and adjectival criticism; needs CriticismRules' helpers."""

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
        """'lodged a protest with India over the shelling': the deed's owner, else India. A
        passive protest ("a protest was lodged with India by Nepal") is made by its "by" agent.

        The owner comes first: a complaint lodged with the Security Council over Israeli
        raids is against Israel, not the Council.
        """
        verb = noun.head
        addressees = prep_objects(noun, {"with", "to"}) + prep_objects(verb, {"with", "to"}) + [
            o for c in verb.children if c.dep_ == "dative"  # "handed Washington a protest note", "sent a note to X"
            for o in ([x for x in c.children if x.dep_ == "pobj"] if c.pos_ == "ADP" else [c])]
        deeds = prep_objects(noun, {"over", "against", "about", "at", "regarding"}) \
            + prep_objects(verb, {"over", "against", "regarding"})
        targets = self._targets_of(deeds) or actors_in(addressees, self.resolve)
        doers = [d for c in verb.children if c.dep_ == "advcl" and any(  # "sent a note to Moscow after Putin visited"
            m.dep_ == "mark" and m.lower_ in ("after", "because") for m in c.children) for d in self._doers(c)]
        if doers:
            targets = doers + [t for t in actors_in(addressees, self.resolve) if self.actors.actors[t[0]].type == PLACE]
        agents = actors_in([o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
                           if noun.dep_ == "nsubjpass" else subject_tokens(verb), self.resolve)
        return self._criticism(noun, "events.criticized.protest", 0.75, agents, targets)

    def _war_of_words(self, noun) -> list:
        """'A and B were locked in a war of words', 'a war of words with B', 'A traded accusations
        with B': each criticised the other."""
        verb = noun.head.head if noun.dep_ == "pobj" else noun.head
        if verb.dep_ == "acomp":  # "were involved in a war of words"
            verb = verb.head
        sides = actors_in(subject_tokens(verb) if verb.pos_ in ("VERB", "AUX") else [], self.resolve)
        if is_passive(verb) or not sides:
            sides = actors_in([c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")], self.resolve)
        words = [o for p in noun.children if p.lower_ == "of" for o in p.children]
        others = prep_objects(noun, {"with", "between"}) + [o for w in words for o in prep_objects(w, {"with"})]
        if noun.dep_ == "dobj":  # "traded insults with B"
            others += prep_objects(verb, {"with"})
        sides += [o for o in actors_in(others, self.resolve) if o not in sides]
        sides = self.of_type(sides, PERSON, ORGANIZATION, PLACE)
        out = []
        trigger = verb if noun.dep_ == "dobj" else noun  # "may trade accusations": the verb's mood
        for agent in sides:
            out += self._criticism(trigger, "events.criticized.dispute", 0.65, [agent],
                                   [s for s in sides if s[0] != agent[0]])
        return out

    def _complained(self, tok, lemma: str) -> list:
        """'protested to Delhi over the shelling', 'complained about Japan's textbooks'.

        The deed's owner is criticised; the addressee only of a protest (one complains to
        a referee or the UN without blaming them).
        """
        if lemma not in lx.COMPLAIN_VERBS:
            return []
        grievance = {"over", "about", "at"} | ({"of"} if lemma == "complain" else set()) \
            | ({"against"} if lemma == "protest" else set())  # "complained of", "protested against"
        objects = prep_objects(tok, grievance)
        targets = (actors_in(objects, self.resolve) or self._owners(objects)  # "complained of hostile
                   or self._by_hung_on_verb(tok) or self._targets_of(objects))  # treatment by X"
        if not targets and lemma == "protest":  # "protesting Koizumi's visit", "protested to Tokyo"
            targets = self._owners(patient_tokens(tok)) or actors_in(prep_objects(tok, {"to", "with"}), self.resolve)
        if not targets:  # "complained after X made similar comments": the doer of what came before
            targets = [d for c in tok.children if c.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in ("after", "because") for m in c.children) for d in self._doers(c)]
        agents = actors_in(subject_tokens(tok), self.resolve)
        return self._criticism(tok, "events.criticized.protest", 0.75, agents, targets)

    def _by_hung_on_verb(self, verb) -> list:
        """'complained of hostile treatment by X', 'denied the charge by X': the deed's "by"
        phrase, which the parser hangs on the active verb rather than on the deed."""
        return [] if is_passive(verb) else actors_in(prep_objects(verb, {"by"}), self.resolve)

    def _complaint(self, noun) -> list:
        """'their complaints about Uzbekistan's decision', 'a complaint against the referee':
        the owner of the grievance is criticised; not whom one complains to."""
        grievances = prep_objects(noun, {"about", "over", "against", "at"})
        if not grievances or (noun.dep_ == "dobj" and noun.head.lemma_.lower() in lx.LODGE_VERBS):
            return []  # a lodged complaint is read by its own rule
        agents, inherited = self._noun_agents(noun, *self.ACTING_TYPES)
        return self._criticism(noun, "events.criticized.protest", 0.65 if inherited else 0.7,
                               agents, self._targets_of(grievances))

    def _idiomatic_criticism(self, tok, lemma: str) -> list:
        """'took aim at X', 'took a swipe at X', 'pointed the finger at X'."""
        nouns = lx.CRITICIZE_IDIOMS.get(lemma)
        idiom = [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in nouns] if nouns else []
        if not idiom:
            return []
        aimed = {"at", "on", "upon"} | ({"with"} if idiom[0].lemma_.lower() == "issue" else set())  # "took issue with"
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
        """'attacked X for ...', 'attacked X's policy', 'attacked X in a speech' criticises;
        'attacked a base' does not."""
        if tok.dep_ == "acl" and tok.head.lemma_.lower() in lx.DOCUMENT_NOUNS:
            return True  # "advertisements from Qantas attacking Virgin Blue": words attack
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("for", "over"):
                return True
            if c.dep_ == "prep" and c.lower_ in ("in", "during") and any(  # "in a five-hour speech"
                    o.lemma_.lower() in WORDS_OCCASIONS for o in c.children if o.dep_ == "pobj"):
                return True
            if c.dep_ == "dobj" and c.lemma_.lower() in ATTACKED_IN_WORDS:
                return True  # "attacked the embargo", "attacked the decision"
            if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG" and c.lemma_.lower() in lx.SAY_VERBS:
                return True  # "attacked the IMF, saying its policies ...": the attack was what was said
        return False

    def _demanded_sanction(self, tok, lemma: str) -> list:
        """'demanded the resignation of X', 'called for X's ouster': the demand criticises X."""
        if lemma in ("warn", "caution"):  # "warned X to keep out of Fiji's affairs", "... not to interfere"
            return self._urged_to_stop(tok) or self._warned_against(tok)
        if lemma not in lx.DEMAND_VERBS:
            return []
        nouns = patient_tokens(tok) + (prep_objects(tok, {"for"}) if lemma == "call" else [])
        sanctions = [n for n in nouns if n.lemma_.lower() in lx.SANCTION_NOUNS]
        if not sanctions:
            return self._urged_to_stop(tok) or self._urged_an_end(tok, nouns)
        owed = prep_objects(sanctions[0], {"from"}) + prep_objects(tok, {"from"}) \
            if sanctions[0].lemma_.lower() == "apology" else []  # "demanded an apology from X"
        targets = actors_in([c for n in sanctions for c in n.children if c.dep_ == "poss"]
                            + prep_objects(sanctions[0], {"of"}) + owed, self.resolve)
        agents = actors_in(subject_tokens(tok), self.resolve)
        return self._criticism(tok, "events.criticized.demand", 0.75, agents, targets)

    def _alleged(self, noun, lemma: str) -> list:
        """'allegations by X that Y tortured detainees', 'claims by X that Y plans to kill him',
        'X's charges against Y': X accuses Y. A bare claim accuses only when its clause reports a
        wrong."""
        clauses = [c for c in noun.children if c.dep_ in ("acl", "ccomp")
                   and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
        against = prep_objects(noun, {"against"})
        if against and lemma != "claim":  # "Indian allegations against the ISI"
            return self._criticism(noun, "events.criticized.allegation", 0.65, self._owners([noun]),
                                   actors_in(against, self.resolve), "112")
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
        """'called on Mugabe to stop the violence', 'urged Israel to halt the raids': X is doing wrong;
        'called on the minister to resign' or 'to step down': X is at fault."""
        warn = verb.lemma_.lower() == "warn"
        stops = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp", "advcl") and (
                 ((c.lemma_.lower() in lx.STOP_VERBS or _atone(c) or _retract(c) or _account(c))
                  and not any(n.dep_ == "neg" for n in c.children))
                 or _keep_out(c) or (warn and any(n.dep_ == "neg" for n in c.children)
                                     and any(n.dep_ == "aux" and n.tag_ == "TO" for n in c.children)))]
        # "told X that the dispute must end": a thing that is to stop, not a deed of the addressee's
        stops = [s for s in stops if not any(c.dep_ == "nsubj" and c.pos_ == "NOUN"
                                             and not actors_in([c], self.resolve) for c in s.children)]
        if not stops:
            return []
        addressees = patient_tokens(verb) + prep_objects(verb, {"on", "upon"}) + \
            [c for s in stops for c in s.children if c.dep_ == "nsubj"]
        targets = actors_in(addressees, self.resolve)
        agents = actors_in(subject_tokens(verb), self.resolve)
        return self._criticism(verb, "events.criticized.demand", 0.7, agents, targets)

    def _urged_an_end(self, verb, nouns) -> list:
        """'called for an end to Israeli raids', 'urged a halt to X's shelling': the deed's owner
        is doing wrong (not 'an end to the violence': nobody's)."""
        ends = [n for n in nouns if n.lemma_.lower() in lx.END_NOUNS]
        deeds = [o for n in ends for o in prep_objects(n, {"to", "of"})] or (
            prep_objects(verb, {"to"}) if ends else [])  # "urged a halt | to the raids", hung on the verb
        deeds = [d for d in deeds if d.pos_ == "NOUN"  # a deed, not a name: "End To Iran('s Isolation)"
                 and d.lemma_.lower() not in lx.SUFFERED_STATES and not (  # "an end to X's isolation"
                     d.lemma_.lower() in lx.SUFFERED_WHEN_POSSESSED and any(c.dep_ == "poss" for c in d.children))]
        if not deeds or any(c.dep_ == "neg" for c in verb.children):
            return []
        return self._criticism(verb, "events.criticized.demand", 0.65,
                               actors_in(subject_tokens(verb), self.resolve), self._targets_of(deeds))

    def _warned_against(self, verb) -> list:
        """'cautioned them against making such declarations', 'warned Japan against interfering':
        warning someone off a deed of theirs disapproves of it (not "against travel": no deed)."""
        deeds = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "against"
                 for o in p.children if o.dep_ == "pcomp" and o.tag_ == "VBG"]
        if not deeds:
            return []
        targets = actors_in([p for p in patient_tokens(verb) if not any(
            c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in p.children)], self.resolve)
        return self._criticism(verb, "events.criticized.demand", 0.65,
                               actors_in(subject_tokens(verb), self.resolve), targets)

    def _in_protest(self, tok) -> list:
        """'expelled the ambassador in protest at Colombia's raid', 'froze trade in retaliation for
        X's remarks': the deed's owner is criticised."""
        prep = tok.head
        if tok.dep_ != "pobj" or prep.lower_ != "in" or prep.head.pos_ not in ("VERB", "AUX"):
            return []
        deeds = prep_objects(tok, {"of", "at", "against", "over", "for"})
        verb = prep.head
        return self._criticism(tok, "events.criticized.protest", 0.7,
                               actors_in(subject_tokens(verb), self.resolve), self._targets_of(deeds))


def _atone(verb) -> bool:
    """'to resign', 'to apologise', 'to step down', 'to stand down': leave office or say sorry."""
    return verb.lemma_.lower() in lx.ATONE_VERBS or verb.lemma_.lower() in ("step", "stand") and any(
        c.lower_ == "down" and c.dep_ in ("prt", "advmod") for c in verb.children)


def _account(verb) -> bool:
    """'to account for the losses', 'to answer for it', 'to justify the raid', 'to explain the
    abuses' or 'explain why ...': told to answer for a fault (not 'to explain the plan')."""
    lemma = verb.lemma_.lower()
    if lemma in ("account", "answer"):
        return any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children)
    if lemma == "justify":
        return any(c.dep_ in ("dobj", "ccomp") for c in verb.children)
    return lemma == "explain" and any(
        c.dep_ == "ccomp" and any(w.lower_ == "why" for w in c.children)
        or c.dep_ == "dobj" and any(w.lemma_.lower() in lx.NEGATIVE_JUDGEMENTS or w.lemma_.lower() in lx.WRONGDOING_NOUNS
                                    for w in c.subtree) for c in verb.children)


def _retract(verb) -> bool:
    """'to withdraw its report', 'to retract the remarks', 'to reverse the decision': told to take
    back one's own words or act (not 'to withdraw troops')."""
    return verb.lemma_.lower() in RETRACT_VERBS and any(
        o.lemma_.lower() in lx.STANCE_NOUNS | lx.SAY_NOUNS | lx.REJECTED_FINDINGS | lx.ACCUSATION_NOUNS
        for o in patient_tokens(verb))


def _keep_out(verb) -> bool:
    """'to keep out of', 'to stay away from', 'to back off', 'to keep clear of': told to stop meddling."""
    return verb.lemma_.lower() in ("keep", "stay", "back", "butt", "steer") and any(
        c.lower_ in ("out", "away", "off", "clear") and c.dep_ in ("prt", "prep", "advmod", "acomp", "oprd")
        for c in verb.children)


"""Whose a judged thing is: the target of a criticism when its object is no actor.

The object's owner: its possessor, its "by"/"from" phrase, the actor its modifier names
("the Israeli raid" -> Israel), the doer of the clause it names, or the state where only a
state acts ("the arrest of activists in Belarus"). A capital stands for its state; a place
named only as where something happened is no one.
"""

from __future__ import annotations

from kg.extract import gazetteer as gz
from kg.extract import lexicon as lx
from kg.extract.actor_lexicon import TITLE_HEADS
from kg.extract.arguments import actors_in, coordinated, is_passive, prep_objects, subject_tokens
from kg.model import GROUP, ORGANIZATION, PERSON, PLACE

OWNER_PREPS = frozenset({"by", "from"})
GOVERNMENT_WORDS = frozenset({"government", "administration", "regime", "cabinet"})  # a leader's, the state's
OWNER_MODIFIERS = frozenset({"amod", "compound", "nmod"})
# Deeds a group claims, and attacks: "claimed responsibility for the blast", "the raid in which X killed".
CLAIMED_DEEDS = frozenset(lx.ATTACK_NOUNS) | {"blast", "explosion", "killing", "kidnapping", "abduction",
                                              "massacre", "bomb", "murder", "shooting", "hijacking"}
# Participles whose modifier names who did the thing: "the US-sponsored resolution", "Saudi-led strikes".
LEADING_PARTICIPLES = frozenset({"sponsor", "lead", "back", "draft", "propose", "impose", "table", "author",
                                 "engineer", "orchestrate", "instigate", "fund", "finance", "broker", "sponsored",
                                 "led", "backed", "drafted", "proposed", "imposed", "brokered"})
# Title words of those who serve a state: they speak for it and do not criticise it.
STATE_OFFICES = frozenset({"minister", "spokesman", "spokeswoman", "spokesperson", "president", "premier",
                           "chancellor", "ambassador", "envoy", "secretary"})
# Deeds two sides do together, so that "between A and B" names their doers (not "relations between").
JOINT_DEEDS = frozenset({"drill", "exercise", "maneuver", "manoeuvre", "game", "operation", "patrol"})


class OwnerRules:
    """Mixin of :class:`kg.extract.events.EventExtractor`: the owners of judged things."""

    # ---- targets ------------------------------------------------------------------
    def _own_state_spared(self, candidates: list) -> list:
        """An official does not criticise the state he serves: in "called the accusation of Iran's
        support for terror ridiculous" or "such infringement of India's sovereignty", the speaker's
        own country is the one wronged, not the target."""
        out = []
        for cand in candidates:
            if cand.type == lx.CRITICIZED:
                served = {self._nationality_of(k) for k, _ in cand.agents if self._serves_state(k)} - {None}
                cand.targets = [(k, t) for k, t in cand.targets
                                if not (self._is_country(k) and self._country_of(k) in served)]
                if not cand.targets:
                    continue
            out.append(cand)
        return out

    def _serves_state(self, key: str) -> bool:
        """A person whose title is an office of a state (minister, spokesman, president, envoy)."""
        actor = self.actors.actors[key]
        return actor.type == PERSON and any(w in STATE_OFFICES for t in actor.titles
                                            for w in t.lower().replace("-", " ").split())

    def _targets_of(self, tokens) -> list:
        """The actors named by ``tokens``, else the owners of what they name."""
        direct = [(k, t) for k, t in actors_in(tokens, self.resolve)
                  if not (t.dep_ in OWNER_MODIFIERS and self._undergoer(k, t, t.head))]
        found = direct or self._owners(tokens) or self._owners_by_the_naming_verb(tokens) \
            or [o for t in tokens for o in self.antecedent_owners(t)] \
            or [o for t in tokens for o in self.headline_owner(t)] \
            or [o for t in tokens for o in self._claimed_by(t)]  # "the decision" named before, else the headline's
        return [p for k, t in found for p in self._states_of_envoys(k, t)]

    def _states_of_envoys(self, key: str, tok) -> list:
        """'the foreign ministers of Britain, France and Germany': office holders named only by
        the states they speak for are those states; anyone else is himself."""
        if tok.tag_ != "NNS" or tok.lemma_.lower() not in TITLE_HEADS:
            return [(key, tok)]
        states = [(k, t) for k, t in actors_in(prep_objects(tok, {"of"}), self.resolve) if self._is_country(k)]
        return states or [(key, tok)]

    def _claimed_by(self, noun) -> list:
        """'condemned the bombing ... X claimed responsibility for the attack': an attack no one is
        named for belongs to whoever the story says claimed it, in its sentence or the next three."""
        if noun.lemma_.lower() not in CLAIMED_DEEDS:
            return []
        found, sent = [], noun.sent
        for _ in range(4):
            for verb in (t for t in sent if t.lemma_.lower() in ("claim", "take", "accept", "admit")):
                if not any(c.dep_ == "dobj" and c.lemma_.lower() in ("responsibility", "credit")
                           for c in verb.children) or any(c.dep_ == "neg" for c in verb.children):
                    continue
                found += [(k, t) for k, t in actors_in(subject_tokens(verb), self.resolve)
                          if self.actors.actors[k].type in (ORGANIZATION, PERSON, GROUP)]
            if found or sent.end >= len(self.doc):
                return found
            sent = self.doc[sent.end].sent
        return []

    def _owners_by_the_naming_verb(self, tokens) -> list:
        """'what he called inaction by Ecuador's government': the "by" hung on the naming verb."""
        return [o for t in tokens if t.head.pos_ == "VERB" and (
                    t.dep_ in ("oprd", "attr", "xcomp") and any(c.lower_ == "what" for c in t.head.children)
                    # "called the detention of X by Y arbitrary": the parser hangs "by Y" on the verb
                    or t.dep_ == "dobj" and not is_passive(t.head) and t.head.lemma_.lower() in lx.JUDGE_VERBS)
                for o in actors_in(prep_objects(t.head, {"by"}), self.resolve)]

    def _owners(self, nouns) -> list:
        """Whose stance, words or deed a noun is: possessor, 'by'/'from', modifier, 'signed by',
        or the doer of the support verb it is the object of ("troops carried out an attack")."""
        found: dict[str, object] = {}
        for noun in nouns:
            for member in coordinated(noun):
                owners = self._owners_of(member)
                if not owners and member.dep_ == "dobj" and member.head.lemma_.lower() in lx.SUPPORT_VERBS_OF_DEEDS:
                    owners = self._state_arms(subject_tokens(member.head))
                elif not owners and _deed_of_clause(member):  # "troops killed X in a raid": the troops'
                    owners = self._state_arms(subject_tokens(member.head.head))
                elif not owners and member.lemma_.lower() in lx.STATE_ACTS and not prep_objects(member, {"by"}):
                    where = prep_objects(member, {"in"}) + [p for o in prep_objects(member, {"of", "on", "against"})
                                                            for p in prep_objects(o, {"in"})]  # "on protesters in X"
                    owners = [(k, t) for k, t in actors_in(where, self.resolve)
                              if self._is_country(k)][:1]  # "the arrest of activists in Belarus": Belarus's
                for key, tok in owners:
                    found.setdefault(key, tok)
        return list(found.items())

    def _owners_of(self, noun) -> list:
        if noun.lemma_.lower() in lx.DOCUMENT_NOUNS or noun.lemma_.lower() in lx.SAY_NOUNS:
            issuers = [(k, t) for k, t in actors_in([c for c in noun.subtree if c.i < noun.i and c.dep_ == "compound"],
                                                  self.resolve) if self.actors.actors[k].type == ORGANIZATION]
            if issuers:  # "a UN press statement from Nairobi": the UN's, issued in Nairobi
                return issuers
        heads = [c for c in noun.children if c.dep_ == "poss"] + prep_objects(noun, OWNER_PREPS)
        if noun.lemma_.lower() in JOINT_DEEDS:  # "a joint drill between A and B": both hold it
            heads += prep_objects(noun, {"between", "with"})
        if noun.lemma_.lower() in lx.STANCE_NOUNS | lx.SAY_NOUNS | lx.CONDUCT_NOUNS | lx.VISIT_NOUNS | lx.REJECTED_FINDINGS:
            heads += [m for o in prep_objects(noun, {"of"}) for m in (o, *o.conjuncts)]  # "the statement of
            # President X" is his; "the behaviour of both A and B" is theirs
        for acl in (c for c in noun.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBG")):
            # "the report released ... by the Board": the parser may hang "by" lower in the clause;
            # "propaganda coming from Delhi": where it comes from
            heads += [m for a in acl.subtree if a.dep_ in ("agent", "prep") and (
                a.lower_ == "by" and acl.tag_ == "VBN" or a.lower_ == "from" and a.head.i == acl.i)
                for c in a.children if c.dep_ == "pobj" for m in (c, *c.conjuncts)][:3]  # "by A and B"
        doers = [s for c in noun.children if c.dep_ == "relcl" and any(  # "the attack in which X killed Y"
            p.lower_ == "in" and any(w.lower_ == "which" for w in p.children) for p in c.children)
            for s in subject_tokens(c)] if noun.lemma_.lower() in CLAIMED_DEEDS else []
        owners = actors_in(heads, self.resolve) or self._led_by_modifier(noun) \
            or actors_in(doers, self.resolve, deep=True)
        if not owners and noun.lemma_.lower() in lx.REJECTED_FINDINGS:  # "the report of a UN inquiry": the UN's
            holders = prep_objects(noun, {"of", "by"}) + [c for c in noun.children if c.dep_ == "poss"]
            owners = [o for h in holders for o in self._owners_of(h)] or [  # "the report's findings", the
                o for h in holders if h.lemma_.lower() in lx.REJECTED_FINDINGS for o in self.antecedent_owners(h)]
            # report named before
        if owners:
            return owners
        if noun.lemma_.lower() in lx.PERSON_ROLE_NOUNS | lx.HUMAN_NOUNS:
            return []  # "the Italian billionaire" is someone of Italy, not Italy's deed
        for mod in (c for c in noun.children if c.dep_ in OWNER_MODIFIERS and c.i < noun.i):
            if mod.i >= 2 and mod.nbor(-1).text == "-" and mod.nbor(-2).lower_ == "anti":
                continue  # "an anti-Erdogan statement" is aimed at Erdogan, not his
            key = self.resolve(mod)
            if key is not None and self._undergoer(key, mod, noun):
                continue
            if (key is None or self.actors.actors[key].label == mod.text) and (mod.pos_ == "ADJ" or mod.tag_ in ("NNP", "JJ")):
                key = self._nationality(mod) or key  # "Eritrean aggression" is Eritrea's
            if key is not None and self.actors.actors[key].type in (PLACE, ORGANIZATION, PERSON) \
                    and not self._where_not_who(key, noun):
                return [(self._capital_as_state(key), mod)]  # "the Moscow decision"
        return []

    def _led_by_modifier(self, noun) -> list:
        """'the US-sponsored resolution', 'the Saudi-led airstrikes': the one named before the
        participle sponsored or led the thing."""
        found = []
        for part in (c for c in noun.children if c.dep_ == "amod" and c.tag_ == "VBN" and c.i < noun.i
                     and c.lemma_.lower() in LEADING_PARTICIPLES):
            for mod in (m for m in part.children if m.dep_ in ("npadvmod", "nsubj", "compound", "nmod", "amod")
                        and m.i < part.i):
                key = self.resolve(mod)
                if key is None and (mod.pos_ == "ADJ" or mod.tag_ in ("NNP", "JJ")):
                    key = self._nationality(mod)  # "Saudi-led": Saudi Arabia
                if key is not None and self.actors.actors[key].type in (PLACE, ORGANIZATION, PERSON):
                    found.append((self._capital_as_state(key), mod))
        return found

    def _undergoer(self, key: str, mod, noun) -> bool:
        """'the Crimea annexation', 'the Navalny arrest': a name compounded on a deed done to
        someone or somewhere is who or where it was done to, unless an 'of' phrase names that
        ("the Soviet invasion of Afghanistan") or the name is a state, which both does and suffers."""
        if mod.dep_ not in OWNER_MODIFIERS or mod.pos_ != "PROPN" or mod.ent_type_ == "NORP":
            return False
        if noun.lemma_.lower() in lx.VISIT_NOUNS:  # "the minister's Al-Aqsa visit": where he went
            return self.actors.actors[key].type != PERSON and any(c.dep_ == "poss" for c in noun.children)
        if noun.lemma_.lower() not in lx.UNDERGONE_DEEDS or prep_objects(noun, {"of"}):
            return False
        return not self._is_country(key)

    def _capital_as_state(self, key: str) -> str:
        """A capital named for its state ("the Moscow decision", "its envoy in Pretoria"); any
        other actor as it is."""
        label = self.actors.actors[key].label
        state = gz.capital_country(label)
        return self.place_key(state) if state is not None and state.name != label else key

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


def _deed_of_clause(noun) -> bool:
    """An armed deed named as the manner of an active clause: "killed six rebels in a raid"."""
    prep = noun.head
    return noun.dep_ == "pobj" and noun.lemma_.lower() in lx.ATTACK_NOUNS and prep.lower_ == "in" \
        and prep.head.pos_ == "VERB" and not is_passive(prep.head)

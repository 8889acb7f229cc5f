"""Protest by diplomatic act: a foreign envoy summoned, one's own envoy recalled.

Summoning another state's ambassador is the standard way a government protests
("Chile summoned the Bolivian ambassador", "the Dutch envoy was summoned to the
Venezuelan foreign ministry"): the summoner criticises the envoy's state. Recalling
one's own ambassador is a protest only when the text gives its grievance ("recalled
its ambassador from Caracas over what it called interference"); the grievance's owner
is the target, else the state the envoy leaves. A summons of one's own envoy home for
consultations, or an expulsion, is an act the text does not voice: no criticism.
"""

from __future__ import annotations

from kg.extract import gazetteer as gz
from kg.extract.arguments import actors_in, is_passive, named_by_what, patient_tokens, prep_objects, \
    subject_tokens

ENVOY_NOUNS = frozenset({"ambassador", "envoy", "diplomat", "emissary", "chargé", "charge", "consul",
                         "commissioner", "representative", "attaché"})
SUMMON_VERBS = frozenset({"summon"})
RECALL_VERBS = frozenset({"recall", "withdraw"})
# "its ambassador", "their citizens": the subject's own people
OWN_POSSESSIVES = frozenset({"its", "their", "his", "her", "our"})
# What a recall is "over": its grievance (never its date or its route)
GRIEVANCE_PREPS = frozenset({"over", "after", "following"})


class DiplomaticProtestRules:
    """Mixin of :class:`kg.extract.events.EventExtractor`: protests made by summons and recall."""

    def _diplomatic_protest(self, verb, lemma: str) -> list:
        if lemma in SUMMON_VERBS:
            return self._summoned_envoy(verb)
        if lemma in RECALL_VERBS:
            return self._recalled_envoy(verb)
        return []

    def _summoned_envoy(self, verb) -> list:
        """'X summoned the Bolivian ambassador', 'Y's envoy was summoned to the Z foreign ministry'."""
        passive = is_passive(verb)
        named = [m for c in verb.children if c.dep_ == "nsubjpass" for m in (c, *c.conjuncts)] if passive \
            else patient_tokens(verb)
        envoys = [t for t in named if _is_envoy(t)]
        if not envoys or any(c.lower_ in OWN_POSSESSIVES for e in envoys for c in e.children if c.dep_ == "poss"):
            # "summoned its ambassador home": one's own envoy, a recall, which protests only with a grievance
            return [] if passive or not envoys else self._recalled_envoy(verb)
        if not passive and any(c.dep_ == "poss" and c.lower_ == "other" for e in envoys for c in e.children):
            return self._mutual_summons(verb)  # "A and B summoned each other's ambassadors"
        states = self._envoy_states(envoys)
        if passive:
            summoners = actors_in(prep_objects(verb, {"by"}), self.resolve) or self._ministry_states(verb)
        else:
            summoners = self._as_states(actors_in(subject_tokens(verb), self.resolve))
        return self._criticism(verb, "events.criticized.summons", 0.75, summoners, states)

    def _mutual_summons(self, verb) -> list:
        """'A and B summoned each other's envoys', 'led to both countries summoning the other's
        ambassador' (the sides named with 'between' before): each protested to the other."""
        subjects = subject_tokens(verb)
        sides = self._as_states(actors_in(subjects, self.resolve))
        if len(sides) != 2 and any(c.lower_ == "both" for s in subjects for c in s.children):
            sides = self._as_states(actors_in([o for t in verb.sent for o in prep_objects(t, {"between"})],
                                              self.resolve))  # "both countries": the two "between" named
        if len(sides) != 2:
            return []
        return [c for a, b in (sides, sides[::-1])
                for c in self._criticism(verb, "events.criticized.summons", 0.7, [a], [b])]

    def _envoy_recalled_by_noun(self, noun) -> list:
        """'announced the recall of its High Commissioner in Pretoria in protest of X': the nominal
        recall, by the announcer, against the grievance's owner, else where the envoy served."""
        envoys = [o for o in prep_objects(noun, {"of"}) if _is_envoy(o)]
        verb = noun.head
        if not envoys or noun.dep_ != "dobj" or verb.pos_ != "VERB":
            return []
        protests = [p for holder in (noun, verb) for p in prep_objects(holder, {"in"}) if p.lemma_.lower() == "protest"]
        if not protests:
            return []  # a recall "for consultations" voices no grievance
        targets = self._targets_of([o for p in protests for o in prep_objects(p, {"of", "at", "against", "over"})])
        if not targets:
            posts = [o for e in envoys for o in prep_objects(e, {"in", "to"})]
            targets = [(self._capital_as_state(k), t) for k, t in actors_in(posts, self.resolve)]  # "in Pretoria"
        agents = self._as_states(actors_in(subject_tokens(verb), self.resolve))
        return self._criticism(noun, "events.criticized.recall", 0.7, agents, targets)

    def _recalled_envoy(self, verb) -> list:
        """'Peru recalled its ambassador from Venezuela over X's interference': X, else Venezuela."""
        envoys = [t for t in patient_tokens(verb) if _is_envoy(t)]
        if not envoys or is_passive(verb):
            return []
        grievances = named_by_what(verb) + prep_objects(verb, GRIEVANCE_PREPS) + [  # "over what it called X"
            o for p in verb.children if p.dep_ == "prep" and p.lower_ == "in"
            for n in p.children if n.dep_ == "pobj" and n.lemma_.lower() == "protest"
            for o in prep_objects(n, {"at", "against", "over", "of"})] + [
            o for t in verb.subtree if t.lower_ == "following" and t.dep_ == "acl"  # "for consultations
            for o in t.children if o.dep_ == "dobj"]  # following statements by X", read as a participle
        purpose = [c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() == "protest"]
        purpose += [p for p in verb.children if p.dep_ == "prep" and p.lower_ == "in"  # "... in protest"
                    and any(n.dep_ == "pobj" and n.lemma_.lower() == "protest" for n in p.children)]
        doers = [s for c in verb.children if c.dep_ == "advcl" and any(  # "after X called Y a thief"
            m.dep_ == "mark" and m.lower_ in GRIEVANCE_PREPS for m in c.children) for s in subject_tokens(c)]
        if not grievances and not doers and not purpose:
            return []  # "recalled its ambassador for consultations": no grievance voiced
        targets = (self._targets_of(grievances) if grievances else []) + self._state_arms(doers)
        targets += [(state, tok) for key, tok in targets  # a state protests to a state:
                    for state in [self._home_state(key)] if state is not None]
        if not targets:
            left = prep_objects(verb, {"from"}) + [o for e in envoys for o in prep_objects(e, {"to", "in", "from"})]
            targets = actors_in(left, self.resolve)
        agents = self._as_states(actors_in(subject_tokens(verb), self.resolve))
        return self._criticism(verb, "events.criticized.recall", 0.7, agents, targets)

    def _envoy_states(self, envoys) -> list:
        """The state an envoy represents: 'the Bolivian ambassador', 'Canada's envoy',
        'the ambassador of Peru', 'US diplomats'; never the state he is posted to ('ambassador to X')."""
        found: dict[str, object] = {}
        for envoy in envoys:
            for child in envoy.children:
                if child.dep_ in ("amod", "compound", "nmod", "poss"):
                    key = self._state_at(child)
                    if key is not None:
                        found.setdefault(key, child)
            for owner in prep_objects(envoy, {"of", "from"}):
                for member in (owner, *owner.conjuncts):
                    key = self._state_at(member)
                    if key is not None:
                        found.setdefault(key, member)
        return list(found.items())

    def _state_at(self, token) -> str | None:
        """The actor key of the country a token names ('Bolivian', 'Canada', 'South Korea's')."""
        iso = self._country_word(token)
        return self.place_key(gz.country_by_iso(iso)) if iso is not None else None

    def _ministry_states(self, verb) -> list:
        """'was summoned to the Danish foreign ministry': the state whose ministry summoned."""
        for office in prep_objects(verb, {"to"}):
            if office.lemma_.lower() not in ("ministry", "office", "department"):
                continue
            for tok in office.subtree:
                key = self._state_at(tok)
                if key is not None:
                    return [(key, tok)]
        return []

    def _as_states(self, agents) -> list:
        """A state's foreign ministry acts for the state in a summons: 'the Foreign Ministries of Iran
        and Iraq' are Iran and Iraq; other agents stay as they are."""
        out = []
        for key, tok in agents:
            head = tok
            while head.dep_ == "compound" or head.dep_ == "pobj" and head.head.lower_ == "of":
                head = head.head if head.dep_ == "compound" else head.head.head
            if head.lemma_.lower() == "ministry" or head.lower_ == "ministries":
                states = [(k, m) for o in prep_objects(head, {"of"}) for m in (o, *o.conjuncts)
                          for k in [self._state_at(m)] if k is not None]
                if states:
                    out.extend(s for s in states if s not in out)
                    continue
            out.append((key, tok))
        return out


def _is_envoy(token) -> bool:
    return token.lemma_.lower() in ENVOY_NOUNS or token.lower_ in ("diplomats", "envoys", "ambassadors")

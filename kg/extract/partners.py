"""Who was met: the partners of a meeting verb or noun.

"Met with X", "talks between A and B", "a banquet hosted by X", "dinner at X's
residence", "granted an audience to X", "with the President of Brazil, Luiz Lula
da Silva": the parser often loses the name after a title phrase or cuts the
second side of a "between", so the rules here read the words as well as the tree.
"""

from __future__ import annotations

from kg.extract import lexicon as lx
from kg.extract.actor_lexicon import KINSHIP_NOUNS, TITLE_HEADS
from kg.extract.arguments import actors_in, prep_objects, subject_tokens
from kg.model import GROUP, ORGANIZATION, PERSON

MEETERS = (PERSON, ORGANIZATION, GROUP)
PARTNERS = (PERSON, ORGANIZATION)  # "met senior officials and civil society": no one in particular
# Roles that stand before the name of whom they describe: "with his host President X".
ROLE_BEFORE_NAME = frozenset({"host", "counterpart", "guest", "opposite", "partner"})
HOST_PLACES = lx.PLACE_NOUNS | {"home", "house", "office", "villa", "farm"}  # "dinner at X's residence"
# Meals one is the guest at, and the verbs that name their host ("a banquet hosted by X").
MEALS = frozenset({"dinner", "lunch", "luncheon", "breakfast", "banquet", "feast"})
HOSTING_VERBS = frozenset({"host", "give", "throw", "offer", "organize", "organise", "arrange", "stage"})
# Nouns for some of a body's people: meeting them is meeting the body.
MEMBER_NOUNS = frozenset({"member", "representative", "delegation", "delegate", "leader", "official",
                          "envoy", "lawmaker", "senator", "legislator"})
# Groups that travel under one named person: "a delegation headed by Minister X" went where X went.
LED_GROUPS = frozenset({"delegation", "team", "mission"})
LED_GROUP_FORMS = LED_GROUPS | {g + "s" for g in LED_GROUPS}
LEADING_VERBS = frozenset({"head", "lead"})
HOLDING_VERBS = frozenset({"hold", "have", "conduct"})  # "the talks he held with X"
PASSING_MARKS = frozenset({"before", "after", "upon", "on"})  # "before being greeted by X"


class PartnerRules:
    """Mixin of :class:`kg.extract.events.EventExtractor`: the partners of meetings."""

    _group_leaders: dict | None = None

    def group_heads(self, tokens) -> list:
        """'A Chilean delegation led by Minister X concluded a visit': a group named no actor
        acts through the one person the phrase says heads it."""
        out = []
        for noun in tokens:
            if noun.pos_ != "NOUN" or noun.lemma_.lower() not in LED_GROUPS:
                continue
            people = [a for a in actors_in(_leaders(noun), self.resolve)
                      if self.actors.actors[a[0]].type == PERSON]
            out += people if len(people) == 1 else []
        return out

    def led_by(self, pairs: list) -> list:
        """A delegation told as headed by someone acts through that person: 'the delegation held
        talks with X' is its head meeting X. Later mentions ('the delegation') are the one
        introduced, when the story introduces one led group of that kind."""
        if self._group_leaders is None:
            found: dict[str, list] = {}
            doc, forms = self.doc, LED_GROUP_FORMS  # the word first: a Token per word is the cost
            for noun in (doc[i] for i, w in enumerate(self.actors.words) if w.lower() in forms):
                if noun.pos_ != "NOUN" or noun.lemma_.lower() not in LED_GROUPS:
                    continue
                people = {a[0] for a in actors_in(_leaders(noun), self.resolve)
                          if self.actors.actors[a[0]].type == PERSON}
                if len(people) == 1:
                    found.setdefault(noun.lemma_.lower(), []).append((noun.i, people.pop()))
            self._group_leaders = {lemma: led[0] for lemma, led in found.items() if len({k for _, k in led}) == 1}
        out = []
        for key, tok in pairs:
            led = self._group_leaders.get(tok.lemma_.lower()) if tok.pos_ == "NOUN" else None
            if led is not None and tok.i >= led[0] and self.actors.actors[key].type in (GROUP, ORGANIZATION):
                key = led[1]
            if key not in {k for k, _ in out}:
                out.append((key, tok))
        return out

    def _with_partners(self, tok) -> list:
        """The objects of 'with', and the visitor of 'with visiting Thai Premier X'."""
        return prep_objects(tok, {"with"}) + prep_objects_of_place(tok, {"with"}) + [
            o for d in prep_objects(tok, {"for"}) if d.lemma_.lower() in DURATION_NOUNS
            for o in prep_objects(d, {"with"})] + [  # "met for 45 minutes with X": hung on the minutes
            v for p in tok.children if p.dep_ == "prep" and p.lower_ == "with"
            for c in p.children if c.dep_ == "pcomp" and self.adjectival_visiting(c)
            for v in self.visitor_tokens(c)]

    @staticmethod
    def _held_with(noun) -> tuple[list, list]:
        """'the discussion he held with X', 'talks held with X', 'another discussion Y held was with X':
        the partner is in the holding clause or in the copula's 'with'; the holder is that clause's subject.
        """
        holding = [c for c in noun.children if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in HOLDING_VERBS]
        partners = [o for c in holding for o in prep_objects(c, {"with"})]
        if holding and noun.dep_ == "nsubj" and noun.head.lemma_ == "be":
            partners += prep_objects(noun.head, {"with"})
        holders = [s for c in holding for s in c.children if c.dep_ == "relcl" and s.dep_ == "nsubj"
                   and s.tag_ not in ("WP", "WDT")]
        return partners, holders

    @staticmethod
    def _granted_audience(noun) -> list:
        """'granted an audience to X', 'gave X an audience': the one admitted is met."""
        verb = noun.head
        given = [o for c in verb.children if c.dep_ == "dative" for o in ([c] if c.pos_ != "ADP" else
                 [g for g in c.children if g.dep_ == "pobj"])] if noun.dep_ == "dobj" else []
        return prep_objects(noun, {"to"}) + given

    def _listed_people(self, objects) -> list:
        """'met A, former Prime Minister B and Congress leader C': the parser hangs a long list of titled
        names as appositions and modifiers of one another; every person of the list was met (not one
        reached through a preposition or a possessive: 'the wife of X', 'X's envoy')."""
        found, todo = [], [c for o in objects for c in o.children if c.dep_ in ("appos", "nmod", "conj")]
        while todo:
            tok = todo.pop()
            key = self.resolve(tok) if tok.pos_ == "PROPN" else None
            if key is not None and self.actors.actors[key].type == PERSON and key not in {k for k, _ in found}:
                found.append((key, tok))
            todo += [c for c in tok.children if c.dep_ in ("appos", "nmod", "conj")]
        return found

    def _sides(self, preps) -> list:
        """Everyone named in 'between A and B': the parser often hangs A inside B's phrase
        ("between Gerry Adams and Northern Ireland Chief Constable Hugh Orde")."""
        found: dict[str, object] = {}
        for prep in preps:
            for t in prep.subtree:
                key = self.resolve(t) if t.pos_ in ("PROPN", "PRON", "NOUN") else None
                if key is not None and key not in found and t.dep_ not in ("poss",):
                    found[key] = t
                if any(c.dep_ == "cc" for c in t.children) and not any(c.dep_ == "conj" for c in t.children):
                    found.update(self._cut_conjunct(t, found))
        return self.of_type(list(found.items()), *MEETERS)

    def _cut_conjunct(self, tok, found) -> dict:
        """'between A and the North's B was held': the parser cut B off the "and" and made it a
        subject; the first name after the "and", in the same clause, is the other side."""
        cc = next(c for c in tok.children if c.dep_ == "cc")
        for t in tok.doc[cc.i + 1:min(cc.i + 8, tok.sent.end)]:
            if t.pos_ in ("VERB", "AUX") or t.text in (",", ";", ":", "(", ")"):
                break
            key = self.resolve(t) if t.pos_ == "PROPN" and t.dep_ not in ("poss", "compound", "case") else None
            if key is not None and key not in found and self.actors.actors[key].type in MEETERS:
                return {key: t}
        return {}

    def _partners(self, heads) -> list:
        """Who was met: the named partners, else a person inside a title phrase
        ("met with the President of Korea, Mr. Roh")."""
        found = self.of_type(actors_in(heads, self.resolve), *PARTNERS)
        inside = [(k, t) for k, t in actors_in(heads, self.resolve, deep=True)
                  if not (t.pos_ == "PRON" and t.dep_ == "poss")]  # "his host" is not himself
        bodies = [(k, t) for k, t in self.of_type(actors_in(
            [o for h in heads if h.lemma_.lower() in MEMBER_NOUNS for o in prep_objects(h, {"of", "from"})],
            self.resolve), ORGANIZATION)]  # "met with members of the U.S. Congress"
        if found:  # "with Premier A and her counterpart, Minister B,": B named after the role too
            unnamed = [h for h in heads if h.lemma_.lower() in ROLE_BEFORE_NAME
                       and not actors_in([h], self.resolve)]
            keys = {k for k, _ in found}
            return found + [p for p in self._named_after_title(unnamed) if p[0] not in keys]
        return self.of_type(inside, PERSON) or self._named_after_title(heads) or bodies

    def _named_after_title(self, heads) -> list:
        """'with the President of Brazil, Luiz Lula da Silva, at ...': the parser loses the
        apposition; the name right after a title phrase and its comma is the partner."""
        doc = self.doc
        for head in heads:
            if head.lower_ not in TITLE_HEADS and head.lemma_.lower() not in ROLE_BEFORE_NAME:
                continue
            nxt = head.right_edge.i + 1
            for _ in range(6):  # "secretary of state for African affairs, X": the parser hangs the tail elsewhere
                if nxt >= len(doc) or doc[nxt].pos_ not in ("ADP", "NOUN", "ADJ", "DET"):
                    break
                nxt += 1
            comma = nxt + 1 < len(doc) and doc[nxt].text == ","
            if comma or nxt < len(doc) and doc[nxt].pos_ == "PROPN" and head.lemma_.lower() in ROLE_BEFORE_NAME:
                name = doc[nxt + 1] if comma else doc[nxt]  # "with his host President X"
                end = name.i
                while end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN":
                    end += 1
                key = self.resolve(doc[end])
                if key and self.actors.actors[key].type == PERSON and doc[end].dep_ not in ("nsubj", "nsubjpass"):
                    return [(key, doc[end])]
        return []

    def _host_of_the_place(self, noun) -> list:
        """'dinner at Prime Minister Karamanlis's private residence', 'talks at Rugova's home':
        the owner of the house is met there."""
        places = prep_objects(noun, {"at", "in"})
        if noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.head.head.pos_ == "VERB":
            places += prep_objects(noun.head.head, {"at"})  # "left for dinner at X's residence"
        return [o for place in places
                if place.lemma_.lower() in HOST_PLACES
                for o in place.children if o.dep_ == "poss" and o.pos_ == "PROPN"
                and self.of_type(actors_in([o], self.resolve), PERSON)]  # not "the White House's Oval Office"

    def _meal_in_honour(self, noun) -> list:
        """'hosted a lunch in honour of X, attended by Y', 'attended the dinner that Z staged in honour
        of X': the host, and those at the table, met the one it honoured."""
        if noun.lemma_.lower() not in MEALS:
            return []
        holders = [noun] + [c for c in noun.children if c.dep_ in ("acl", "relcl")]
        if noun.dep_ == "dobj":
            holders.append(noun.head)
        honour = [p for h in holders for p in prep_objects(h, {"in"}) if p.lemma_.lower() in ("honor", "honour")]
        guests = self.of_type(actors_in([o for p in honour for o in prep_objects(p, {"of"})], self.resolve), PERSON)
        if not guests:
            return []
        verbs = [h for h in holders if h.pos_ == "VERB"]
        hosts = [s for v in verbs if v.lemma_.lower() in HOSTING_VERBS for s in subject_tokens(v)]
        hosts += [o for v in verbs for o in prep_objects(v, {"by"}) if v.lemma_.lower() in HOSTING_VERBS | {"attend"}]
        hosts += [o for v in verbs for c in v.children if c.dep_ == "advcl" and c.lemma_.lower() == "attend"
                  for o in prep_objects(c, {"by"})]  # "..., attended by Y"
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() == "attend":
            hosts += subject_tokens(noun.head)  # "X attended the dinner": at the table
        keys = {k for k, _ in guests}
        meeters = [(k, t) for k, t in self.of_type(actors_in(hosts, self.resolve), PERSON) if k not in keys]
        return [self.Candidate(lx.MET, "040", noun, "events.met.honour", 0.75, agents=[m], targets=guests)
                for m in meeters]

    @staticmethod
    def _meal_hosts(noun) -> list:
        """'attended a banquet hosted by X', 'the guest at a luncheon given by X': the host is met."""
        if noun.lemma_.lower() not in MEALS:
            return []
        return [o for acl in noun.children if acl.dep_ == "acl" and acl.tag_ == "VBN"
                and acl.lemma_.lower() in HOSTING_VERBS for o in prep_objects(acl, {"by"})]

    def _greeted_in_passing(self, verb) -> list:
        """'X waved to the press before being greeted by Y': a passive under a time word
        ('before', 'after', 'upon') has no subject of its own; the clause's subject was greeted."""
        head = verb.head
        if verb.dep_ != "pcomp" or head.lower_ not in PASSING_MARKS or any(
                t.lemma_.lower() in KINSHIP_NOUNS for c in verb.children if c.dep_ == "agent" for t in c.subtree):
            return []  # "greeted on arrival by his son": family, no encounter
        for _ in range(4):  # the parser hangs the time word on a nearby word of the clause
            head = head.head
            subjects = [c for c in head.children if c.dep_ == "nsubj"]
            if subjects:
                return subjects
            if head.dep_ == "acl" and head.pos_ == "VERB":
                return [head.head]  # "X, escorted by aides, smiled after being received": read as X's clause
            if head.dep_ not in ("pcomp", "prep", "xcomp", "advcl", "dobj", "pobj") or head.head.i == head.i:
                return []
        return []

    def _named_after_portfolio(self, verb) -> list:
        """'by the minister for shipping P. Singh': the parser hangs the name on the portfolio's
        'for', so the agent is the role noun; the name after the portfolio is the person."""
        found = []
        for role in subject_tokens(verb):
            if role.pos_ != "NOUN" or role.lemma_.lower() not in lx.PERSON_ROLE_NOUNS:
                continue
            names = [n for n in prep_objects(role, {"for"}) if any(  # "for [trade] K. Agbeko"
                c.dep_ == "compound" and c.pos_ in ("NOUN", "VERB") for c in n.children)]
            names += [n for p in role.children if p.dep_ == "prep" and p.lower_ == "for"  # "for [shipping K. Agbeko]"
                      for g in p.children if g.dep_ == "pcomp" for n in g.children if n.dep_ == "dobj"]
            found += self.of_type(actors_in([n for n in names if n.pos_ == "PROPN"], self.resolve), PERSON)
        return found


def _leaders(group) -> list:
    """Who a phrase says heads a group: "a delegation led by X", "a delegation under X", and "a
    delegation of the party led by X", where the parser hangs the "led by" on the "of" phrase."""
    heads = [group, *prep_objects(group, {"of", "from"})]
    return [o for h in heads for c in h.children if c.dep_ == "acl" and c.tag_ == "VBN"
            and c.lemma_.lower() in LEADING_VERBS for o in prep_objects(c, {"by"})] + prep_objects(group, {"under"})


def prep_objects_of_place(noun, preps: set) -> list:
    """'a meeting in Oman between A and B', 'talks in Lima with X': the parser hangs the partners
    on the place the encounter was in; they are the encounter's."""
    return [o for place in prep_objects(noun, {"in", "at"}) if place.ent_type_ in ("GPE", "LOC", "FAC", "ORG")
            for o in prep_objects(place, preps)]


# Spans of time a meeting lasts, on which the parser may hang its partner ("met for an hour with X").
DURATION_NOUNS = frozenset({"minute", "hour", "day", "week", "while"})


# Who is "called in" to be told off: "called in the Japanese ambassador".
ENVOY_WORDS = frozenset({"ambassador", "envoy", "charge", "chargé", "diplomat", "consul", "attache"})


def called_in_envoy(verb) -> bool:
    """'called in the Japanese ambassador': summoned him (the parser may read "in" as a preposition)."""
    called = [c for c in verb.children if c.dep_ == "dobj"] if any(
        c.dep_ == "prt" and c.lower_ == "in" for c in verb.children) else prep_objects(verb, {"in"})
    return any(w.lower_ in ENVOY_WORDS for c in called for w in c.subtree if w.i <= c.i)

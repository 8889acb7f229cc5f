"""Whose country a person is from, and whether a place is abroad for them.

A visit is only implied where the traveller is known to be foreign: a title that
names one country ("Chinese President", "President of the Republic of Korea"),
or the words around the name ("her Indian counterpart X", "Mozambique President
X", "South Korea's X", "X of Botswana", "the US envoy for Africa, X"). An
ambassador lives where he is posted, so meeting there is no visit.
"""

from __future__ import annotations

from kg.extract import coref_scope as scope
from kg.extract import gazetteer as gz
from kg.extract.actor_lexicon import HONORIFICS, TITLE_HEADS
from kg.extract.leaders import leader_country
from kg.model import PERSON

# A leader's government is the state he leads: "the Uribe government", "the Howard Government".
LEADERS_BODIES = frozenset({"government", "administration", "regime", "cabinet"})
COUNTERPARTS = frozenset({"counterpart", "host", "guest", "opposite", "ally"})  # "his Tanzanian counterpart, X"
POSTED_TITLES = frozenset({"ambassador", "consul", "consul-general", "chargé", "charge"})
ENVOYS = frozenset({"envoy", "representative", "emissary", "delegate"})
EXILE = frozenset({"exiled", "exile", "self-exiled"})


class NationalityRules:
    """Mixin of :class:`kg.extract.events.EventExtractor`: nationalities of the document's people."""

    def _country_of(self, key: str) -> str | None:
        return gz.settled_country(self.actors.actors[key].geonames_id)

    def _abroad(self, person: str, places: list) -> bool:
        """A person whose title names one country, at places all in another country."""
        home = self._travels_from(person)
        where = {self._country_of(k) for k, _ in places}
        return home is not None and bool(where) and None not in where and home not in where \
            and not self._posted_abroad(person)

    def _travels_from(self, key: str, tok=None) -> str | None:
        """Where a traveller sets out from: the country the text gives him (by his titles, his names'
        words, or the words around this mention), else his international body's seat, else the
        country the leaders table gives him."""
        told = self._nationality_of(key, known=False) or (
            self._nationality_in_apposition(tok) if tok is not None else None)
        actor = self.actors.actors[key]
        return told or self._seat_of(key) or (self._listed_leader(actor) if actor.type == PERSON else None)

    def _seat_of(self, key: str) -> str | None:
        """Where an official of an international body works from: "UN chief X" in Tokyo is abroad,
        as his body sits in New York (his own country, untold, is not where he lives)."""
        seats = {gz.organization_seat(a) for a in self.actors.actors[key].affiliations} - {None}
        return seats.pop() if len(seats) == 1 else None

    def _home_of(self, key: str, tok, *, known: bool = True) -> str | None:
        """A person's country by their titles, else by the words around this mention; with ``known``,
        else by the leaders the knowledge base lists."""
        return self._nationality_of(key, known=known) or self._nationality_in_apposition(tok)

    def _met_host(self, cand, key: str, country: str) -> bool:
        """The other side of the meeting is marked as of the country it was held in, and this one is not
        (nor an exile, whose country is not where he lives)."""
        tok = next(t for k, t in cand.agents + cand.targets if k == key)
        if any(w in EXILE for t in self.actors.actors[key].titles for w in t.lower().split()) or any(
                w.lower_ in EXILE for a in tok.rights if a.dep_ == "appos" for w in a.subtree):
            return False
        side = cand.targets if key in {k for k, _ in cand.agents} else cand.agents
        return any(k != key and self._home_of(k, t, known=False) == country for k, t in side)

    def _posted_abroad(self, key: str) -> bool:
        actor = self.actors.actors[key]
        return any(w in POSTED_TITLES for t in actor.titles for w in t.lower().split())

    def _nationality_in_apposition(self, tok) -> str | None:
        """The country the words around a name give it: 'her Indian counterpart X', 'Mozambique
        President X', 'South Korea's X', 'X of Botswana', 'the US envoy for Africa, X'."""
        while tok.dep_ == "compound" and tok.head.i != tok.i:
            tok = tok.head
        if tok.dep_ == "appos":  # "Lesotho's Prime Minister, X", "her Indian counterpart X"
            found = {self._country_word(c) for c in _left_modifiers(tok.head)} - {None}
            first = next(c for c in tok.head.children if c.dep_ == "appos")
            if not found and tok.head.lower_ in TITLE_HEADS and first.i == tok.i:  # "The President of Chile, X"
                found = {self._country_word(o) for p in tok.head.children if p.dep_ == "prep"
                         and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"} - {None}
            if len(found) == 1:
                return found.pop()
        found = {self._country_word(c) for c in _left_modifiers(tok)} - {None}
        found |= {self._country_word(o) for o in tok.children if o.dep_ == "prep" and o.lower_ == "of"
                  for o in o.children if o.dep_ == "pobj"} - {None}
        title = _title_before(tok)
        if not found and title is not None:
            found = {self._country_word(c) for c in _left_modifiers(title)} - {None}
        if not found:  # "Luigi Rossi, Italy's deputy prime minister", "X, a former Finnish president"
            found = {self._country_word(c) for a in tok.rights if _office_in_apposition(a)
                     for c in _left_modifiers(a)} - {None}
        return found.pop() if len(found) == 1 else None

    def _country_word(self, tok) -> str | None:
        """The country a word names as a country or a nationality ("Mozambique", "Thai", "US")."""
        place = gz.demonym_country_at(tok)
        if place is not None:
            return place.country
        if tok.pos_ != "PROPN":
            return None
        words = [c.text for c in tok.children if c.dep_ == "compound" and c.i < tok.i] + [tok.text]
        place = gz.country(" ".join(words)) or gz.country(tok.text)  # "South Korea's", "Mozambique President"
        if place is None:
            key = self.resolve(tok)
            place = gz.place_by_id(self.actors.actors[key].geonames_id) if key else None
        return place.country if place is not None and place.kind == "country" else None

    _named_homes: dict | None = None

    def _nationality_of(self, key: str, *, known: bool = True) -> str | None:
        """The one country a person's titles name ('Chinese President', 'President of Brazil'),
        else the one the words around the person's names give ("Samoa's Prime Minister X")."""
        actor = self.actors.actors[key]
        if actor.type != PERSON:
            return None
        told = self._titled_nationality(actor) or self._named_home(key)
        return told or (self._listed_leader(actor) if known else None)

    def _listed_leader(self, actor) -> str | None:
        """The country the leaders table gives a person in the story's year."""
        return leader_country(actor.label, actor.titles, self._story_year())

    def _story_year(self) -> int | None:
        published = self.document.published or ""
        return int(published[:4]) if published[:4].isdigit() else None

    def _named_home(self, key: str) -> str | None:
        """The country the words around a person's names give, if they give one (read once per document)."""
        if self._named_homes is None:
            found: dict[str, set] = {}
            body = self.actors.headline_end()  # headlines parse badly
            for m in self.actors.mentions:
                if m.kind != "name" or m.provenance.start < body or self.actors.actors[m.actor].type != PERSON:
                    continue
                span = self.doc.char_span(m.provenance.start, m.provenance.end, alignment_mode="expand")
                home = self._nationality_in_apposition(span.root) if span is not None else None
                if home is not None:
                    found.setdefault(m.actor, set()).add(home)
            self._named_homes = {k: v.pop() for k, v in found.items() if len(v) == 1}
        return self._named_homes.get(key)

    def _titled_nationality(self, actor) -> str | None:
        found = set()
        for title in actor.titles + actor.affiliations:
            words = title.replace(",", " ").split()
            for n in (2, 1):  # "South African" before "African"
                for i in range(len(words) - n + 1):
                    phrase = " ".join(words[i:i + n])
                    place = gz.demonym_country(phrase) or \
                        (gz.country(phrase) if phrase[:1].isupper() else None)
                    if place is not None:
                        found.add(place.country)
                if found:
                    break
            bare = " ".join(w for w in title.split() if w.lower() not in HONORIFICS)
            tails = [bare] + [bare.split(" of ", k)[-1] for k in (1, 2) if " of " in bare]
            place = next((p for p in (gz.country(t) for t in tails) if p is not None), None)
            if place is not None:  # "President of the Republic of Korea", "Republic of Korea Mr."
                found.add(place.country)
        return found.pop() if len(found) == 1 else None

    def _leaders_state(self, token, key: str | None) -> str | None:
        """'the Uribe government', "Kirchner's administration", 'the government of X', 'the Howard
        Government' (one name): the state of the leader it is named for, by his titles, else the
        story's country (a leader's government is the story's "government" when nothing says whose)."""
        if key is None:
            named = [c for c in token.lefts if c.dep_ in ("compound", "poss") and c.pos_ == "PROPN"
                     and gz.country(c.text) is None]  # "the U.S. government" is no one's
            named += [o for p in token.rights if p.dep_ == "prep" and p.lower_ == "of"
                      for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN"]
            leaders = list(dict.fromkeys(self.actors.actor_for_token(c) for c in named))
        else:
            words = self.actors.actors[key].label.split()
            if len(words) != 2 or words[1].lower() not in LEADERS_BODIES \
                    or self.actors.actors[key].type == PERSON:
                return None
            leaders = [a.key for a in self.actors.persons() if a.label.split()[-1] == words[0]]
            leaders = leaders if len(leaders) == 1 else []
        leaders = [k for k in leaders if k is not None and self.actors.actors[k].type == PERSON]
        if len(leaders) != 1 or any(t.lower_ in EXILE for t in token.subtree):
            return None  # "the government-in-exile of X" rules nowhere
        state = self._home_state(leaders[0])
        if state is None and self._nationality_of(leaders[0]) is None:
            place = gz.country_by_iso(scope.document_country(self.actors) or "")
            state = self.place_key(place) if place is not None else None
        return state

    def _home_state(self, key: str) -> str | None:
        """The actor key of the one country a person's titles name, added to the document's actors."""
        place = gz.country_by_iso(self._nationality_of(key) or "")
        return self.place_key(place) if place is not None else None


def _office_in_apposition(tok) -> bool:
    """A title set after a name ("X, Italy's deputy prime minister"); the country in an envoy's
    or an exile's title is not where he lives."""
    return tok.dep_ == "appos" and tok.lower_ in TITLE_HEADS and tok.lower_ not in POSTED_TITLES \
        and tok.lower_ not in ENVOYS and not any(t.lower_ in EXILE for t in tok.subtree)


def _left_modifiers(tok) -> list:
    """The words before a name that describe it ("Mozambique President", "South Korea's"),
    through the compounds the parser chains ("Mozambique" -> "President" -> the name)."""
    out, todo = [], [tok]
    while todo:
        t = todo.pop()
        for c in t.children:
            if c.i < t.i and c.dep_ in ("compound", "amod", "nmod", "poss"):
                out.append(c)
                todo.append(c)
    return out


def _title_before(tok):
    """'the US deputy secretary of state for Africa, Donald Yamamoto': the title noun of the
    phrase that ends at the comma before the name (the parser often loses the apposition)."""
    first = tok.left_edge
    doc = tok.doc
    if first.i < 2 or doc[first.i - 1].text != ",":
        return None
    for t in reversed(doc[max(0, first.i - 10):first.i - 1]):
        if t.pos_ not in ("NOUN", "PROPN", "ADJ", "ADP", "DET"):
            return None
        if (t.lower_ in TITLE_HEADS or t.lemma_.lower() in COUNTERPARTS) and t.pos_ in ("NOUN", "PROPN"):
            return t
    return None

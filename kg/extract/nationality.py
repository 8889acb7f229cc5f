"""Whose country a person is from, and whether a place is abroad for them.

A visit is only implied where the traveller is known to be foreign: a title that
names one country ("Chinese President", "President of the Republic of Korea"),
or a nationality word in apposition ("her Indian counterpart X"). An ambassador
lives where he is posted, so meeting there is no visit.
"""

from __future__ import annotations

from kg.extract import gazetteer as gz
from kg.extract.actor_lexicon import HONORIFICS
from kg.model import PERSON

POSTED_TITLES = frozenset({"ambassador", "consul", "consul-general", "chargé", "charge"})


class NationalityRules:
    """Mixin of :class:`kg.extract.events.EventExtractor`: nationalities of the document's people."""

    def _country_of(self, key: str) -> str | None:
        return gz.settled_country(self.actors.actors[key].geonames_id)

    def _abroad(self, person: str, places: list) -> bool:
        """A person whose title names one country, at places all in another country."""
        home = self._nationality_of(person)
        where = {self._country_of(k) for k, _ in places}
        return home is not None and bool(where) and None not in where and home not in where \
            and not self._posted_abroad(person)

    def _posted_abroad(self, key: str) -> bool:
        actor = self.actors.actors[key]
        return any(w in POSTED_TITLES for t in actor.titles for w in t.lower().split())

    @staticmethod
    def _nationality_in_apposition(tok) -> str | None:
        """'her Indian counterpart Atal Bihari Vajpayee': the nationality of the title before the name."""
        while tok.dep_ == "compound" and tok.head is not tok:
            tok = tok.head
        if tok.dep_ != "appos":
            return None
        place = gz.demonym_among(c for c in tok.head.children if c.dep_ == "amod")
        return place.country if place is not None else None

    def _nationality_of(self, key: str) -> str | None:
        """The one country a person's titles name ('Chinese President', 'President of Brazil')."""
        actor = self.actors.actors[key]
        if actor.type != PERSON:
            return None
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

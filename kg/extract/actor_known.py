"""Names the gazetteer or the leaders table know, whatever label the small model gave them,
and the span record (:class:`Cand`) the actor readers share.

The small model leaves an unfamiliar country or leader untagged, or tags "Lionel Jospin"
as a body and "Giorgos Gerapetritis" as a place. A full name the leaders table holds is a
person's, and a lone proper noun that is a country's name is the country's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract import actor_names as names
from kg.extract import gazetteer as gz
from kg.extract.actor_headlines import in_ranges
from kg.extract.actor_lexicon import HONORIFICS, TITLE_HEADS, TITLE_MODIFIERS
from kg.extract.leaders import is_leader_name


@dataclass
class Cand:
    """One cleaned entity span."""

    start: int
    end: int
    label: str
    source: str
    ent_id: str = ""

    @property
    def words(self) -> int:
        return self.end - self.start


def leader_named(doc, ent) -> bool:
    """The entity is a leader's full name from the leaders table, and no place's name."""
    start, end = names.trim(doc, ent.start, ent.end)
    text = doc[start:end].text if end > start else ""
    return is_leader_name(text) and gz.lookup_place(text) is None


def untagged_leader_names(doc, document, cands: list[Cand]) -> list[Cand]:
    """A leader's full name (two or three words) the model left untagged ("talks between Salam
    Fayyad and ..."): a person, by the leaders table."""
    tagged = {i for c in cands for i in range(c.start, c.end)}
    found = []
    def named(t) -> bool:
        return t.pos_ == "PROPN" or t.text[:1].isupper() and t.is_alpha

    def names_on(t) -> bool:  # a name's word beside the span, not a title's or a country's ("Minister
        return named(t) and t.is_title and t.lower_ not in TITLE_HEADS | TITLE_MODIFIERS | HONORIFICS \
            and gz.country(t.text) is None and gz.demonym_country(t.text) is None  # of Iran Hossein X")

    for i in range(len(doc)):
        if i > 0 and names_on(doc[i - 1]):
            continue  # inside a longer name: "Suu Kyi" of "Aung San Suu Kyi"
        for j in (i + 3, i + 2):
            if j > len(doc) or any(k in tagged for k in range(i, j)) or doc[i].text[:1].islower() \
                    or not all(named(t) for t in doc[i:j]) or j < len(doc) and names_on(doc[j]):
                continue
            if document.removed and document.is_removed(doc[i].idx, doc[j - 1].idx + len(doc[j - 1])):
                continue
            if is_leader_name(doc[i:j].text) and gz.lookup_place(doc[i:j].text) is None:
                found.append(Cand(i, j, "PERSON", "actors.ner"))
                tagged.update(range(i, j))
                break
    return found


CAPITALISED_WORD = re.compile(r"\b[A-Z][a-z]+\b")
# Country names that are also common first or family names: left to the model.
NAME_LIKE_COUNTRIES = frozenset({"georgia", "jordan", "chad", "israel", "niger", "guinea", "turkey", "china"})


def untagged_countries(doc, document, cands: list[Cand], text: str, slugs: list[tuple[int, int]]) -> list[Cand]:
    """A lone proper noun that is a country's name, which the model left untagged
    ("complained of hostile treatment by Uruguay"): a country, by its name alone."""
    tagged = {i for c in cands for i in range(c.start, c.end)}
    found = []
    for m in CAPITALISED_WORD.finditer(text):  # the names first: most words are no country
        if gz.country(m.group()) is None or m.group().lower() in NAME_LIKE_COUNTRIES or in_ranges(slugs, m.start()):
            continue
        span = doc.char_span(m.start(), m.end())
        if span is None or len(span) != 1 or span.start in tagged:
            continue
        i = span.start
        tok = doc[i]
        if tok.tag_ != "NNP" or (i > 0 and doc[i - 1].pos_ == "PROPN") or (i + 1 < len(doc) and doc[i + 1].pos_ == "PROPN"):
            continue  # part of a longer name ("Uruguay Round", "Peru Holdings")
        if document.removed and document.is_removed(tok.idx, tok.idx + len(tok)):
            continue
        found.append(Cand(i, i + 1, "GPE", "actors.gazetteer"))
    return found

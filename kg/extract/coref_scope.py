"""Which country a document, a phrase or a person belongs to.

Bare references need a frame: "the government" means the government of the
country the story is about, "the Iraqi president" can only be an Iraqi. The
story's country comes from its dateline ("BAGHDAD, March 3 (Reuters) -") and
from the countries its place names and nationality words point to; it is
given only when one country clearly dominates, so an unclear story yields
nothing rather than a guess.
"""

from __future__ import annotations

import re
import weakref
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache

from kg.extract import gazetteer as gz
from kg.model import PLACE

DASHES = r"(?:\u2014|\u2013|--?|&mdash;|&ndash;|_)"  # old AP copy: "PYONGYANG _ Ministers met"
DATELINE = re.compile(
    r"\s*(?:[A-Z][a-z]+\.? \d{1,2}(?:, \d{4})?,?\s+)?"  # "November 17, "
    r"(?P<place>[A-Z][\w.'\u00c0-\u024f ]{1,40}?)"
    r"(?:,\s*(?P<region>[A-Z][\w.'\u00c0-\u024f ]{1,40}?))?"
    r"(?:,\s*[A-Z][a-z]{2,8}\.? \d{1,2})?"  # ", March 3"
    r"(?:,\s*[A-Z]{2,8})?"  # ", IRNA": an agency named without brackets
    r"\s*(?:\([^)\n]{1,40}\)\s*(?:" + DASHES + r"|:)|" + DASHES + r")\s"  # "Berlin, July 3 (Reuters): "
)
DATELINE_WEIGHT = 2  # a dateline counts as much as two place names
DATELINE_LINES = 4  # a dateline opens one of the first non-empty lines
DOMINANCE = 2  # the story's country has at least twice the votes of the next one
MIN_VOTES = 3

_CACHE: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def country_of_text(text: str) -> str | None:
    """ISO code of a country name, nationality word or capital ("Iraqi", "Baghdad")."""
    place = gz.country(text) or gz.demonym_country(text) or gz.capital_country(text)
    return place.country if place else None


def country_of_actor(actor) -> str | None:
    """ISO code of the country a Place actor lies in."""
    if actor is None or actor.type != PLACE:
        return None
    place = gz.place_by_id(actor.geonames_id) if actor.geonames_id else gz.country(actor.label)
    return place.country if place else None


def countries_in(table, tokens) -> list[str]:
    """Countries named in a run of tokens, by place mention or nationality word.

    Two-word nationalities ("South Korean") are tried before single words.
    """
    tokens = list(tokens)
    out: list[str] = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if i + 1 < len(tokens):
            iso = country_of_text(f"{t.text} {tokens[i + 1].text}")
            if iso:
                out.append(iso)
                i += 2
                continue
        key = table.key_of_token(t.i)
        iso = country_of_actor(table.actors.get(key)) if key else None
        iso = iso or (country_of_text(t.text) if t.text[:1].isupper() else None)
        if iso and (not out or out[-1] != iso or key is None):
            out.append(iso)
        i += 1
    return out


def dateline_matches(text: str) -> Iterator[tuple[re.Match, int]]:
    """(match, offset of its line) for each dateline opening one of the first non-empty lines."""
    return iter(_dateline_matches(text))


@lru_cache(maxsize=16)  # asked by the actor reader, the dater and the event rules of one document
def _dateline_matches(text: str) -> tuple[tuple[re.Match, int], ...]:
    return tuple(_scan_datelines(text))


def _scan_datelines(text: str) -> Iterator[tuple[re.Match, int]]:
    offset, seen = 0, 0
    while seen < DATELINE_LINES and offset <= len(text):
        end = text.find("\n", offset)
        end = len(text) if end < 0 else end
        line = text[offset:end]
        if line.strip():
            seen += 1
            m = DATELINE.match(line)
            if m:
                yield m, offset
        offset = end + 1


def dateline_country(text: str) -> str | None:
    """Country of a dateline at the start of one of the first lines, if any."""
    for m, _ in dateline_matches(text):
        place, region = m.group("place").strip(), (m.group("region") or "").strip()
        if region:
            iso = country_of_text(region) or _city_country(region)
            if iso:
                return iso
        if place.isupper() or region or gz.country(place) or "(" in m.group(0):  # "Harare (dpa) -"
            iso = country_of_text(place) or _city_country(place)
            if iso:
                return iso
    return None


def headline_countries(title: str) -> list[str]:
    """Countries a headline names by country or nationality word ("Kenyan", "South Korea")."""
    words = re.findall(r"[A-Z][\w.'\u00c0-\u024f-]*", title)
    out, i = [], 0
    while i < len(words):
        pair = f"{words[i]} {words[i + 1]}" if i + 1 < len(words) else None
        iso = country_of_text(pair) if pair else None
        if iso:
            out.append(iso)
            i += 2
            continue
        iso = country_of_text(words[i])
        if iso:
            out.append(iso)
        i += 1
    return out


def _city_country(name: str) -> str | None:
    place = gz.lookup_place(name.title() if name.isupper() else name)
    return place.country if place else None


def document_country(table) -> str | None:
    """The one country the document is about, or None when that is unclear."""
    if table in _CACHE:
        return _CACHE[table]
    votes: Counter[str] = Counter()
    for m in table.mentions:
        iso = country_of_actor(table.actors.get(m.actor))
        if iso:
            votes[iso] += 1
    for i, word in enumerate(table.words):
        if word[:1].isupper() and table.key_of_token(i) is None:
            t = table.doc[i]
            place = gz.demonym_country_at(t)
            if place:
                votes[place.country] += 1
    dateline = dateline_country(table.document.text)
    if dateline:
        votes[dateline] += DATELINE_WEIGHT
    for iso in set(headline_countries(table.document.title or "")):
        votes[iso] += DATELINE_WEIGHT  # "British white paper on ...": the headline frames the story
    ranked = votes.most_common(2)
    result = None
    if ranked and ranked[0][1] >= MIN_VOTES:
        second = ranked[1][1] if len(ranked) > 1 else 0
        if ranked[0][1] >= DOMINANCE * second:
            result = ranked[0][0]
    _CACHE[table] = result
    return result


def country_phrase(table, token) -> list | None:
    """The tokens of "in <country>" / "from <country>" right after a group noun, if any."""
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ in ("in", "from"):
            objs = [c for c in child.children if c.dep_ == "pobj"]
            key = table.key_of_token(objs[0].i) if objs else None
            actor = table.actors.get(key) if key else None
            place = gz.place_by_id(actor.geonames_id) if actor is not None and actor.geonames_id else None
            if place is not None and place.kind == "country":
                return [child] + [t for t in objs[0].subtree if not t.is_punct]
    return None

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

from kg.extract import gazetteer as gz
from kg.extract.actor_keys import place_actor
from kg.extract.datelines import dateline_country
from kg.extract.lexicon import ACCUSE_VERBS
from kg.model import PLACE

DATELINE_WEIGHT = 2  # a dateline counts as much as two place names
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


# -- "the country", "the communist island" ---------------------------------------------
COUNTRY_NOUNS = frozenset("country nation island kingdom republic emirate".split())
COUNTRY_WINDOW = 3  # sentences: its own and two before


def _own_parties(token) -> list:
    """Tokens naming who acts in the description's own clause: the verb's subject ("The
    Mexican government accused the communist island": not Mexico), and the doer or owner
    of the nouns on the way up ("a visit by an Indian minister to the country": not India)."""
    out, node = [], token
    while node.head.i != node.i and node.pos_ not in ("VERB", "AUX"):
        node = node.head
        for c in node.children:
            if c.dep_ == "poss" or c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"):
                out.extend(c.subtree)
    while node.pos_ in ("VERB", "AUX"):
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        for c in subjects:
            out.extend(c.subtree)
        if not subjects and node.dep_ == "acl":  # "The government, accusing ...,": the noun it hangs on
            out.extend(t for t in node.head.subtree if t.i < node.left_edge.i)
        if subjects or node.dep_ not in ("advcl", "xcomp", "conj") or node.head.i == node.i:
            break
        node = node.head  # "The government, accusing the island of ..., expelled": its subject
    return out


def country_description(table, token) -> str | None:
    """ "the country", "the communist island": the one country named in the nearest sentence
    that names any, leaving out those of its own clause's actors. Two there give nothing."""
    if token.tag_ != "NN" or token.dep_ == "compound" or [c.lower_ for c in token.children if c.dep_ == "det"] != ["the"]:
        return None
    if any(c.dep_ in ("compound", "poss", "nmod", "amod") and not c.is_lower for c in token.children) \
            or any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children) \
            and token.head.lemma_.lower() not in ACCUSE_VERBS:  # "accused the country of torture": the charge
        return None  # "the Baltic country", "the country of my birth": its own frame
    excluded = set(countries_in(table, _own_parties(token)))
    sent = token.sent
    for _ in range(COUNTRY_WINDOW):
        found = set(countries_in(table, [t for t in sent if not (token.left_edge.i <= t.i <= token.i)])) - excluded
        if found:
            if len(found) != 1:
                return None
            iso = found.pop()
            key = table.add_actor(place_actor(gz.country_by_iso(iso), iso))
            start = min(c.i for c in token.lefts) if any(True for _ in token.lefts) else token.i
            table.add_mention(key, start, token.i + 1, "description", "actors.coref", head=token.i,
                              tokens=range(token.i, token.i + 1))
            return key
        if sent.start == 0:
            return None
        sent = token.doc[sent.start - 1].sent
    return None

"""Where the words around a place name put it: "Ontario, California", "Pakistan's Punjab",
"Indian-administered Kashmir".

A name that several places bear (a province and a town abroad, a region two states share) is
placed by the state the text writes with it, before any other country the story names.
"""

from __future__ import annotations

from kg.extract import gazetteer as gz

__all__ = ["written_country"]

# "Indian-administered Kashmir", "Turkish-held north": the power that holds the place.
HELD_WORDS = frozenset({"administered", "controlled", "held", "occupied", "ruled"})
POSSESSIVES = frozenset({"'s", "\u2019s"})


def written_country(doc, start: int, end: int) -> set[str]:
    """The country the text places the name at ``doc[start:end]`` in, as a set (empty if none)."""
    return _after(doc, end) or _before(doc, start)


def _after(doc, end: int) -> set[str]:
    """'Ontario, California', 'Cornwall, Ontario': the state or country after a comma."""
    if end + 1 >= len(doc) or doc[end].text != "," or doc[end + 1].pos_ != "PROPN":
        return set()
    stop = end + 1
    while stop < min(len(doc), end + 4) and doc[stop].pos_ == "PROPN":
        stop += 1
    where = gz.lookup_place(doc[end + 1:stop].text)
    return {where.country} if where is not None and where.kind != "city" and where.country else set()


def _before(doc, start: int) -> set[str]:
    """"Pakistan's Punjab", "the Indian Punjab", "Indian-administered Kashmir": the state before."""
    if start < 1:
        return set()
    prev = doc[start - 1]
    if prev.text in POSSESSIVES and start >= 2:
        first = start - 2
        while first > max(0, start - 5) and doc[first - 1].pos_ == "PROPN":
            first -= 1
        owner = gz.country(doc[first:start - 1].text)
        return {owner.country} if owner is not None else set()
    if prev.lower_ in HELD_WORDS and start >= 3 and doc[start - 2].text == "-":
        prev = doc[start - 3]
    nation = gz.demonym_country_at(prev) if prev.pos_ in ("ADJ", "PROPN", "NOUN") else None
    return {nation.country} if nation is not None else set()

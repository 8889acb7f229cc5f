"""Bodies owned by a country that is only described: "the kingdom's Foreign Ministry".

A report names the country once and then calls it "the kingdom", "the island
nation" or, for a divided one, "the North". A body it owns is that country's
body, so "the North's foreign ministry" is North Korea's when the text names
North Korea, and "the kingdom's Interior Ministry" is the one country named in
the sentences just before. Several candidates give nothing.
"""

from __future__ import annotations

import re

from kg.extract import gazetteer as gz
from kg.extract.coref_scope import COUNTRY_NOUNS

HALVES = frozenset({"north", "south"})  # "the North" of a divided country
WINDOW = 3  # sentences: the owner's own and two before


def described_country(doc, i: int):  # -> gz.GeoPlace | None
    """The country that "the <noun>" ending at token i describes, or None."""
    tok = doc[i]
    if i == 0 or doc[i - 1].lower_ != "the":
        return None
    if tok.lower_ in HALVES and tok.text[:1].isupper():
        found = {p.country: p for e in doc.ents if e.label_ == "GPE" and e.text.startswith(tok.text + " ")
                 for p in [gz.country(re.sub(r"['\u2019]s?$", "", e.text))] if p is not None}  # "North Korea's"
        return next(iter(found.values())) if len(found) == 1 else None
    if tok.lower_ not in COUNTRY_NOUNS:
        return None
    sents = list(doc.sents)
    at = next(n for n, s in enumerate(sents) if s.start <= i < s.end)
    for n in range(at, max(-1, at - WINDOW), -1):
        names = [e.text for e in sents[n].ents if e.label_ != "NORP" and (n < at or e.end < i)]
        found = {p.country: p for p in map(gz.country, names) if p is not None}
        if found:
            return next(iter(found.values())) if len(found) == 1 else None
    return None

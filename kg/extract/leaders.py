"""Whose country a leader leads: a small knowledge base of heads of state and government.

News names a leader by office and surname ("President Chavez", "Kocharian") and
leaves his country for the reader to know. ``data/leaders.tsv`` lists the heads of
state and government of every state, and the foreign ministers of the most reported
ones, with the years they held office (1990-2024), the way entity linking to a
knowledge base gives NewsReader the same fact.

A full name is linked when it names one country's leader in the story's years; a
lone surname only with a title of that office and a story date, and only when
one country fits.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from kg.extract.folding import fold
from kg.resources import lexicon_rows

__all__ = ["Term", "is_leader_name", "leader_country"]

# Title words that fit each role, to read a surname only with a title of its office.
ROLE_TITLES = {
    "head_of_state": frozenset({"president", "king", "queen", "emir", "amir", "sultan", "sheikh", "monarch",
                                "leader", "ruler", "chairman", "supreme", "crown"}),
    "head_of_government": frozenset({"prime", "premier", "chancellor", "minister", "taoiseach", "pm",
                                     "leader", "chairman"}),
    "foreign_minister": frozenset({"foreign", "minister", "secretary", "fm"}),
}
SUFFIXES = frozenset({"ii", "iii", "iv", "jr.", "jr", "sr."})  # "Abdullah II" is King Abdullah
SLACK = 1  # a year either side: the data has years, stories have days


@dataclass(frozen=True)
class Term:
    """One person in one office for a span of years."""

    name: str
    country: str
    role: str
    first: int
    last: int

    def covers(self, year: int | None) -> bool:
        return year is None or self.first - SLACK <= year <= self.last + SLACK


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, list[Term]], dict[str, list[Term]]]:
    """(full name -> terms, surname -> terms), folded."""
    by_name: dict[str, list[Term]] = {}
    by_surname: dict[str, list[Term]] = {}
    for name, aliases, country, role, first, last in lexicon_rows("leaders.tsv", 6):
        if len(country) != 2 or not country.isupper() or country == "XX" or not first.isdigit() \
                or not last.isdigit():
            continue  # organisations' heads have no country to give
        term = Term(name, country, role, int(first), int(last))
        for spelling in {name} | {a for a in aliases.split("|") if a and not a.startswith("org=")}:
            words = fold(spelling).split()
            while len(words) > 2 and words[-1] in SUFFIXES:
                words = words[:-1]
            if len(words) >= 2:
                by_name.setdefault(" ".join(words), []).append(term)
                by_surname.setdefault(words[-1], []).append(term)
    return by_name, by_surname


def leader_country(label: str, titles: "tuple[str, ...] | list[str]" = (), year: int | None = None) -> str | None:
    """The one country whose leader (or foreign minister) this person is in ``year``, or None."""
    by_name, by_surname = _tables()
    words = fold(label).split()
    if len(words) >= 2:
        terms = by_name.get(" ".join(words), [])
    elif words and year is not None:
        title_words = {w for t in titles for w in fold(t).replace("-", " ").split()}
        terms = [t for t in by_surname.get(words[0], []) if ROLE_TITLES.get(t.role, frozenset()) & title_words]
    else:
        return None
    countries = {t.country for t in terms if t.covers(year)}
    return countries.pop() if len(countries) == 1 else None


def is_leader_name(text: str) -> bool:
    """A full name (two words or more) the table holds, in any year: a person, whatever label
    the small model gave an unfamiliar name ("Hakan Fidan" as a product, "Giorgos Gerapetritis"
    as a place)."""
    words = fold(text).split()
    return len(words) >= 2 and " ".join(words) in _tables()[0]

"""Where a wire story was filed: the dateline opening one of its first lines.

Agencies write it in many ways: "BAGHDAD, March 3 (Reuters) -", "NEW DELHI, 20 July
2004 —", "ISLAMABAD, Dec 19:", "Oct 7, 2005 (ADDIS ABABA) —", "MANAMA (Bahrain),
19 Jan 2009:", or a line of its own ("MANILA, November 15, 2004", "AFP, Paris").
The dateline places the story: "met here" is in its city, and its words act in no
event. A line alone is a dateline only when one of its parts is a known place and
the others are a date or a short name (an agency, a region).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from kg.extract import gazetteer as gz

DASHES = r"(?:\u2014|\u2013|--?|&mdash;|&ndash;|_)"  # old AP copy: "PYONGYANG _ Ministers met"
MONTH = r"[A-Z][A-Za-z]{2,8}\.?"
DATE = rf"(?:\d{{1,2}} {MONTH}(?:,? \d{{4}})?|{MONTH} \d{{1,2}}(?:,? \d{{4}})?)"  # "20 July 2004", "Dec. 19"
NAME = r"[A-Z][A-Za-z.'\u00c0-\u024f ]{1,40}?"
AGENCY = r"[\(\{][^)}\n]{1,40}[\)\}]"  # "(Reuters)", "{AP}"
DATELINE = re.compile(
    rf"\s*(?:{MONTH} \d{{1,2}}(?:, \d{{4}})?,?\s+)?"  # "November 17, "
    rf"(?P<place>{NAME})\.?"  # "LIMA.- The": a full stop before the dash
    rf"(?:,\s*(?P<region>{NAME})|\s*\((?P<bracketed>{NAME})\)(?=,))?"  # "LA PAZ, Bolivia", "MANAMA (Bahrain),"
    rf"(?:,\s*{DATE})?"  # ", March 3", ", 20 July 2004"
    r"(?:,\s*[A-Z]{2,8})?"  # ", IRNA": an agency named without brackets
    rf"\s*(?:{AGENCY}\s*(?:(?:{DASHES}|:)\s|{DASHES}(?=[A-Z]))|(?:{DASHES}|(?<=\d):)\s)"  # "Berlin, July 3 (Reuters): "
    # "SUVA, JULY 14: "; "TBILISI (Reuters–Tass)–Armenian": after an agency the dash may touch the story
)
# The place in brackets after the date: "Oct 7, 2005 (ADDIS ABABA) —", "(Tbilisi. November 30. Civil Georgia) –".
BRACKETED = re.compile(
    rf"\s*(?:{DATE}\s*)?\((?P<place>{NAME})(?:,\s*(?P<region>{NAME}))?(?:[.,][^)\n]{{0,40}})?\)"
    rf"\s*{DASHES}{{1,2}}\s"
)
# Newspaper styles with no date: "COLOMBO, Sri Lanka: ", "ISLAMABAD: " (a city in capitals and a
# colon), "Riyadh, Asharq Al-Awsat—Qatari", "WASHINGTON—The" (an em dash glued to the story).
# Taken only when the place is a known one ("NOTE: " is not).
UNDATED = re.compile(
    rf"\s*(?P<place>[A-Z][A-Z.' ]{{1,30}}[A-Z.])(?:,\s*(?P<region>{NAME}))?\s*:\s"
    rf"|\s*(?P<glued>{NAME})(?:,\s*(?P<agency>[A-Z][A-Za-z.' -]{{1,40}}?))?\u2014(?=[A-Z])"
)
LINES = 4  # a dateline opens one of the first non-empty lines
ALONE_PARTS = 3
SHORT_NAME = re.compile(r"[A-Z][A-Za-z.]{1,12}(?: [A-Z][A-Za-z.]{1,12})?")  # "AFP", "DC", "Bss"
WHOLE_DATE = re.compile(rf"{DATE}|\d{{4}}")


def dateline_matches(text: str) -> Iterator[tuple[re.Match, int]]:
    """(match, offset of its line) for each dateline opening one of the first non-empty lines.

    Each match has the groups ``place`` and ``region`` (None when absent)."""
    return iter(_dateline_matches(text))


@lru_cache(maxsize=16)  # asked by the actor reader, the dater and the event rules of one document
def _dateline_matches(text: str) -> tuple[tuple[re.Match, int], ...]:
    return tuple(_scan(text))


def _scan(text: str) -> Iterator[tuple[re.Match, int]]:
    offset, seen = 0, 0
    while seen < LINES and offset <= len(text):
        end = text.find("\n", offset)
        end = len(text) if end < 0 else end
        line = text[offset:end]
        if line.strip():
            seen += 1
            m = DATELINE.match(line) or BRACKETED.match(line) or _undated(line) or (
                _alone(line) if seen > 1 else None)
            if m:
                yield m, offset
        offset = end + 1


def _undated(line: str) -> re.Match | None:
    """A dateline of the UNDATED styles whose place is known, read with the groups of DATELINE."""
    m = UNDATED.match(line)
    if m is None:
        return None
    name = (m.group("place") or m.group("glued")).strip()
    if gz.lookup_place(name.title() if name.isupper() else name) is None:
        return None
    region = rf",\s*(?P<region>{re.escape(m.group('region'))})" if m.group("region") else ""
    agency = rf",\s*{re.escape(m.group('agency'))}" if m.group("agency") else ""
    # re-match with the usual group names, so readers see 'place' and 'region' as for DATELINE
    return re.match(rf"\s*(?P<place>{re.escape(name)}){region}{agency}\s*(?::\s|\u2014)", line)


def _alone(line: str) -> re.Match | None:
    """'MANILA, November 15, 2004', 'Bss, New York': a line that is only a place, a date and
    short names. Not the first line, which is the headline."""
    parts = [p.strip() for p in line.split(",")]
    if not 2 <= len(parts) <= ALONE_PARTS or any(not p for p in parts):
        return None
    found = []  # (is a city, population, part index)
    for k, part in enumerate(parts):
        place = gz.lookup_place(part.title() if part.isupper() else part) if re.fullmatch(NAME, part) else None
        others = parts[:k] + parts[k + 1:]
        if place is not None and place.kind in ("city", "country") and all(
                WHOLE_DATE.fullmatch(p) or SHORT_NAME.fullmatch(p) for p in others):
            found.append((place.kind == "city", place.population, k))
    if not found:
        return None
    k = max(found)[2]  # "Xinhua, Hanoi": the agency may share its name with a small town
    region = r"(?:,\s*(?P<region>[A-Z][A-Za-z. ]{1,20}?)(?=,|\s*$))?" if k + 1 < len(parts) else ""
    return re.match(rf"\s*(?:[^,\n]*,\s*){{{k}}}(?P<place>{re.escape(parts[k])}){region}[^\n]*", line)


def region_of(match: re.Match) -> str:
    """The region or country written after the dateline's city ("LA PAZ, Bolivia", "MANAMA (Bahrain)")."""
    groups = match.groupdict()
    return (groups.get("region") or groups.get("bracketed") or "").strip()


def dateline_country(text: str) -> str | None:
    """Country of a dateline at the start of one of the first lines, if any."""
    for m, _ in dateline_matches(text):
        place, region = m.group("place").strip(), region_of(m)
        if region:  # an agency in capitals is no region: "Ankara, IRNA -" (not the Italian town of Irna)
            iso = _country_of_text(region) or (None if region.isupper() else _city_country(region))
            if iso:
                return iso
        # a mixed-case word before a dash may be a name ("Smith - who had resigned - spoke"); with
        # an agency, a date or a region, or in capitals, it is a place ("Harare (dpa) -")
        if place.isupper() or gz.country(place) or re.search(r"[\d({,]", m.group(0)) or m.re is not DATELINE:
            iso = _country_of_text(place) or _city_country(place)
            if iso:
                return iso
    return None


def _country_of_text(text: str) -> str | None:
    place = gz.country(text) or gz.demonym_country(text) or gz.capital_country(text)
    return place.country if place else None


def _city_country(name: str) -> str | None:
    place = gz.lookup_place(name.title() if name.isupper() else name)
    return place.country if place else None

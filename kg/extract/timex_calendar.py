"""The context a TIMEX3 handler reads, and the handlers of calendar periods.

Quarters and halves, seasons, "the same period last year", fiscal years, named days and
centuries: periods a calendar names rather than a clock or a date. Their patterns are in
:mod:`kg.extract.timex_rules`, which also holds the other handlers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from kg.extract import timex_lexicon as L

DATE, TIME, DURATION, SET = "DATE", "TIME", "DURATION", "SET"


@dataclass(frozen=True)
class Context:
    """What a handler may know besides the words: anchor, tense, text before."""

    anchor: date | None = None
    tense: str | None = None  # "future", "past" or None
    before: str = ""  # a few characters preceding the expression
    previous: str | None = None  # value of the latest period named just before ("the third quarter")


def group(m: re.Match, name: str) -> str | None:
    return m.groupdict().get(name)


def year_of(m: re.Match, c: Context) -> int | None:
    """The year a match writes: "2008", "'08", or "of last year" against the anchor."""
    if group(m, "y"):
        return int(m["y"])
    if group(m, "yy"):
        return L.two_digit_year(int(m["yy"]), c.anchor)
    rel = re.sub(r"\s+", " ", (group(m, "ofrel") or "").lower())
    return c.anchor.year + L.REL_YEAR[rel] if rel and c.anchor else None


def quarter(m: re.Match, c: Context) -> tuple[str, str] | None:
    ordinal = (group(m, "ord") or "").lower()
    y = group(m, "y") or group(m, "y2")
    half = (group(m, "what") or "quarter").lower() == "half"
    n = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
         "4th": 4, "final": 4 if not half else 2, "last": 4 if not half else 2}.get(ordinal)  # fmt: skip
    if group(m, "q"):
        n = int(m["q"])
    if n is None or (half and n > 2):
        return None
    if y is None and group(m, "ofrel"):
        y = str(year_of(m, c) or "XXXX")
    if y is None and ordinal == "last" and not group(m, "ofyear"):
        return (DATE, L.shift(c.anchor, "quarter", -1)) if c.anchor else (DATE, "XXXX-QX")
    if y is None:
        if c.anchor is None:
            y = "XXXX"
        else:
            y = str(L.year_for(c.anchor, (n - 1) * (6 if half else 3) + 1, None, c.tense))
    return DATE, f"{y}-{'H' if half else 'Q'}{n}"


def season(m: re.Match, c: Context) -> tuple[str, str] | None:
    y = year_of(m, c)
    return DATE, f"{y:04d}-{L.SEASONS[m['s'].lower()]}" if y else f"XXXX-{L.SEASONS[m['s'].lower()]}"


def season_bare(m: re.Match, c: Context) -> tuple[str, str] | None:
    code = L.SEASONS[m["s"].lower()]
    before = L.AMBIGUOUS_BEFORE if m["s"].lower() in ("fall", "spring") else L.SEASON_BEFORE
    if not before.search(c.before):
        return None
    if c.anchor is None:
        return DATE, f"XXXX-{code}"
    return DATE, f"{L.year_for(c.anchor, L.SEASON_START[code], None, c.tense):04d}-{code}"


def same_period(m: re.Match, c: Context) -> tuple[str, str] | None:
    """ "the same period last year": the period just named, a year earlier."""
    unit = (group(m, "p") or group(m, "p2")).lower()
    return DATE, L.year_earlier(c.previous, unit, c.anchor)


def fiscal(m: re.Match, c: Context) -> tuple[str, str] | None:
    y = group(m, "y") or group(m, "y2") or group(m, "y3")
    if y:
        return DATE, "FY" + (y if len(y) == 4 else "20" + y)
    k = {"last": -1, "previous": -1, "next": 1}.get((group(m, "rel") or "").lower(), 0)
    return DATE, f"FY{c.anchor.year + k}" if c.anchor else "FYXXXX"


def holiday(m: re.Match, c: Context) -> tuple[str, str] | None:
    y = int(m["y"]) if group(m, "y") else None
    return DATE, L.named_day(m["h"], y, c.anchor, c.tense)


def century(m: re.Match, c: Context) -> tuple[str, str] | None:
    words = {"nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty first": 21}
    raw = m["c"].lower()
    n = words.get(raw) or int(re.sub(r"\D", "", raw) or 0)
    return (DATE, f"{n - 1:02d}") if 1 <= n <= 30 else None

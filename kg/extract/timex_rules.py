"""TIMEX3 rules: patterns that find temporal expressions and the values they denote.

Recognition (``finditer`` over a document) and normalisation (``fullmatch`` of
one expression) share the same rules, so whatever is found can be valued and
whatever is valued could have been found. Values keep the precision the text
has: "May 2022" is ``2022-05``, never a day taken from the anchor.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from typing import Callable

from kg.extract import timex_lexicon as L
from kg.extract.regex_words import fold_case, needed_words
from kg.extract.timex_calendar import (  # noqa: F401  (DATE, TIME and Context are read from here by dates.py)
    DATE, DURATION, SET, TIME, Context, century, fiscal, group, holiday, quarter, same_period, season,
    season_bare, year_of,
)


@dataclass(frozen=True)
class Rule:
    name: str
    regex: re.Pattern
    handle: Callable[[re.Match, Context], "tuple[str, str] | None"]
    # Words one of which every match contains (see needed_words): (as written, case-folded).
    needs: "tuple[tuple[str, ...], tuple[str, ...]] | None" = None

    def may_match(self, text: str, folded: str) -> bool:
        """False only if no match is possible: none of the needed words is in the text.

        ``folded`` is ``fold_case(text)``; a test of a few substrings instead of a regex
        scan, which costs about as much as the scan of a rule that does match.
        """
        if self.needs is None:
            return True
        written, folded_words = self.needs
        return any(w in text for w in written) or any(w in folded for w in folded_words)

    def scan(self, text: str, folded: str, lines: "list[tuple[int, int]]") -> "Iterator[re.Match]":
        """``regex.finditer(text)``, scanning only the lines that hold a needed word.

        No pattern consumes a newline or looks past one, so a match never spans lines
        and a line scanned alone (``finditer(text, start, end)``, which still sees the
        text around it) gives the matches a scan of the whole text finds there.
        ``lines`` are the (start, end) offsets of the text's lines.
        """
        held = self._lines_holding_words(text, folded, lines)
        if held is None:
            if self.may_match(text, folded):
                yield from self.regex.finditer(text)
            return
        for k in held:  # none: no needed word in the text, as may_match would say
            yield from self.regex.finditer(text, *lines[k])

    def _lines_holding_words(self, text: str, folded: str, lines: "list[tuple[int, int]]") -> "list[int] | None":
        """Indexes of the lines holding a needed word (the same search as may_match, by position),
        or None where there is nothing to search by or a whole scan is as cheap."""
        if self.needs is None or len(lines) < 3 or len(folded) != len(text):
            return None
        starts, held = [start for start, _end in lines], set()
        for words, where in ((self.needs[0], text), (self.needs[1], folded)):
            for word in words:
                at = where.find(word)
                while at >= 0:
                    line = bisect_right(starts, at) - 1
                    held.add(line)
                    at = where.find(word, lines[line][1])  # the rest of this line is scanned anyway
        return None if 2 * len(held) > len(lines) else sorted(held)


def line_bounds(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line of ``text``, the newlines left out."""
    bounds, start = [], 0
    for line in text.split("\n"):
        bounds.append((start, start + len(line)))
        start += len(line) + 1
    return bounds


# --- handlers -------------------------------------------------------------------


def _clock(m: re.Match, c: Context) -> tuple[str, str] | None:
    if group(m, "word"):
        h, mi = (12, 0) if m["word"].lower() == "noon" else (0, 0)
    else:
        h, mi = int(m["h"] or m["h2"]), int(m["mi"] or 0)
        ap = (m["ap"] or m["ap2"] or "").lower().replace(".", "")
        if ap and not 1 <= h <= 12:
            return None
        if ap == "pm" and h < 12:
            h += 12
        elif ap == "am" and h == 12:
            h = 0
    if h > 24 or mi > 59:
        return None
    zone = ""
    off = (group(m, "off") or group(m, "off2") or "").replace(" ", "")
    if off:
        sign, digits = off[0], off[1:].replace(":", "")
        zone = f"{sign}{int(digits[:-2] or digits) if len(digits) > 2 else int(digits):02d}"
        zone += f":{digits[-2:]}" if len(digits) > 2 else ":00"
    elif group(m, "tz"):
        zone = L.ZONES.get(m["tz"], "Z")
    base = L.day(c.anchor) if c.anchor else "XXXX-XX-XX"
    return TIME, f"{base}T{h:02d}:{mi:02d}{zone}"


def _full_date(y: int, mo: int, d: int | None, c: Context) -> tuple[str, str] | None:
    if d is None:
        return DATE, L.month(y, mo)
    return (DATE, f"{y:04d}-{mo:02d}-{d:02d}") if L.valid_day(y, mo, d) else None


def _iso(m: re.Match, c: Context) -> tuple[str, str] | None:
    return _full_date(int(m["y"]), int(m["m"]), int(m["d"]), c)


def _numeric(m: re.Match, c: Context) -> tuple[str, str] | None:
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    if y < 100:
        y += 2000 if y < 50 else 1900
    mo, d = (b, a) if (m["sep"] == "." or a > 12) else (a, b)  # US order unless impossible
    return _full_date(y, mo, d, c) if 1 <= mo <= 12 else None


def _month_day(m: re.Match, c: Context) -> tuple[str, str] | None:
    mo = L.MONTHS[m["mon"].lower().rstrip(".")]
    d = int(m["d"])
    if not 1 <= d <= 31:
        return None
    if m["y"]:
        return _full_date(int(m["y"]), mo, d, c)
    if c.anchor is None:
        return DATE, f"XXXX-{mo:02d}-{d:02d}"
    return _full_date(L.year_for(c.anchor, mo, d, c.tense), mo, d, c)


def _month(m: re.Match, c: Context) -> tuple[str, str] | None:
    mo = L.MONTHS[m["mon"].lower().rstrip(".")]
    y = year_of(m, c)
    if y is not None:
        return DATE, L.month(y, mo)
    if c.anchor is None:
        return DATE, f"XXXX-{mo:02d}"
    rel = (group(m, "rel") or "").lower()
    a = c.anchor
    if rel == "last":
        return DATE, L.month(a.year - (1 if mo >= a.month else 0), mo)
    if rel == "next":
        return DATE, L.month(a.year + (1 if mo <= a.month else 0), mo)
    if rel.startswith("this") or rel.endswith("this"):
        return DATE, L.month(a.year, mo)
    return DATE, L.month(L.year_for(a, mo, None, c.tense), mo)


def _year(m: re.Match, c: Context) -> tuple[str, str] | None:
    if group(m, "dec"):
        return DATE, m["dec"][:3]
    if group(m, "dec2"):  # "the '70s"; "the '00s" only once the decade has begun
        return DATE, str(L.two_digit_year(int(m["dec2"]), c.anchor, slack=0))[:3]
    if group(m, "yy") and re.search(r"[A-Z][\w.-]*[ ]$", c.before):
        return None  # "iLife '11", "Euro '96": a version or an event's name, not a date
    if group(m, "decw"):
        return DATE, f"19{L.DECADE_WORDS[m['decw'].lower()]}"
    return DATE, f"{year_of(m, c):04d}"


def _weekday(m: re.Match, c: Context) -> tuple[str, str] | None:
    wd = L.WEEKDAYS[m["wd"].lower()]
    rel = (group(m, "rel") or "").lower().replace("this past", "last").replace("this coming", "next")
    rel = {"past": "last", "coming": "next"}.get(rel, rel) or None
    pod = L.PARTS_OF_DAY.get((group(m, "pod") or "").lower())
    if c.anchor is None:
        base = f"XXXX-WXX-{wd}"
    else:
        base = L.day(L.weekday_date(c.anchor, wd, c.tense, rel))
    return (TIME, f"{base}T{pod}") if pod else (DATE, base)


def _deictic(m: re.Match, c: Context) -> tuple[str, str] | None:
    w = re.sub(r"\s+", " ", m["w"].lower())
    pod = L.PARTS_OF_DAY.get((group(m, "pod") or "").lower())
    offsets = {"today": 0, "tonight": 0, "this": 0, "yesterday": -1, "last": -1,
               "tomorrow": 1, "the day before yesterday": -2, "the day after tomorrow": 2}  # fmt: skip
    if w == "tonight":
        pod = "NI"
    if w == "last" and pod != "NI":
        return None  # "last morning" is not an expression; "last night" is
    base = L.day(c.anchor + timedelta(days=offsets[w])) if c.anchor else "XXXX-XX-XX"
    return (TIME, f"{base}T{pod}") if pod else (DATE, base)


def _relative(m: re.Match, c: Context) -> tuple[str, str] | None:
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    unit = m["u"].lower()
    if rel == "past" and unit not in L.SEASONS and unit != "weekend":
        return DURATION, L.duration(1, unit)  # "the past decade" is a stretch of time
    k = {"last": -1, "previous": -1, "this past": -1, "next": 1, "coming": 1, "this coming": 1}.get(rel, 0)
    if rel == "the" and c.anchor is not None:  # "over the weekend": the latest one, or the next
        wd = c.anchor.isoweekday()
        k = (1 if wd < 6 else 0) if c.tense == "future" else (0 if wd >= 6 else -1)
    if unit in L.SEASONS:
        if c.anchor is None:
            return DATE, f"XXXX-{L.SEASONS[unit]}"
        return DATE, f"{L.season_year(c.anchor, L.SEASONS[unit], k):04d}-{L.SEASONS[unit]}"
    if c.anchor is None:
        return DATE, L.UNDERSPECIFIED[unit]
    return DATE, L.shift(c.anchor, unit, k)


def _part_of(m: re.Match, c: Context) -> tuple[str, str] | None:
    rel = (m["rel"] or "the").lower()
    k = {"last": -1, "next": 1}.get(rel, 0)
    unit = m["u"].lower()
    if c.anchor is None:
        return DATE, L.UNDERSPECIFIED[unit]
    return DATE, L.shift(c.anchor, unit, k)


def _duration(m: re.Match, c: Context) -> tuple[str, str] | None:
    n = L.parse_number(m["n"])
    unit = L.unit_of(m["u"])
    if n is None or n == 0:
        return None
    words = m["n"].lower()
    if unit in ("second", "quarter") and not re.match(r"\d", words) and n == 1:
        return None  # "a second A380", "a quarter of the shares"
    plural = m["u"].lower().endswith("s") or unit == "century" and m["u"].lower() != "century"
    if plural and (group(m, "hy") or (n == 1 and not words[0].isdigit())):
        return None  # "two-years", "a years-long": the vague rule reads "years-long"
    direction = (group(m, "dir") or "").lower()
    if direction:
        if n == "X" or c.anchor is None:
            return DATE, "PAST_REF" if direction == "ago" else "FUTURE_REF"
        k = -1 if direction == "ago" else 1
        if unit in ("decade", "century", "fortnight", "quarter") or not float(n).is_integer():
            months = {"decade": 120, "century": 1200, "quarter": 3}.get(unit, 12 if unit == "year" else 1)
            if unit == "fortnight":
                return DATE, L.shift(c.anchor, "week", int(k * 2 * n))
            if not float(n * months).is_integer():
                return DATE, "PAST_REF" if k < 0 else "FUTURE_REF"
            y, mo = L.add_months(c.anchor.year, c.anchor.month, int(k * n * months))
            return DATE, f"{y:04d}" if unit in ("decade", "century") else L.month(y, mo)
        return DATE, L.shift(c.anchor, unit, int(k * n))
    return DURATION, L.duration(n, unit)


def _vague(m: re.Match, c: Context) -> tuple[str, str] | None:
    return DURATION, L.duration("X", L.unit_of(m["u"] or m["u2"] or m["u3"] or m["u4"]))


# A quantity just before "a year": "15 a year", "$40 billion a year", "15 tankers a year".
_RATE_BEFORE = re.compile(
    r"(?:\d[\d,.]*%?|\btimes|\bonce|\btwice)(?:[ ]+(?!(?:for|in|over|within|after|than|about|of|and|or)\b)"
    r"[a-zA-Z-]+){0,3}[ ]*$"
)


def _set(m: re.Match, c: Context) -> tuple[str, str] | None:
    if group(m, "adj"):
        unit = {"annual": "year", "annually": "year", "yearly": "year", "daily": "day",
                "weekly": "week", "monthly": "month", "hourly": "hour", "nightly": "day",
                "quarterly": "quarter"}[m["adj"].lower()]  # fmt: skip
        return SET, L.duration(1, unit)
    if group(m, "wd"):
        return SET, f"XXXX-WXX-{L.WEEKDAYS[m['wd'].lower()]}"
    q = m["q"].lower()
    if q in ("a", "an") and not group(m, "freq") and not _RATE_BEFORE.search(c.before):
        return None  # "for a year" is a duration; "15 tankers a year" is a rate
    n = L.parse_number(m["n"]) if group(m, "n") else 1
    if n is None:
        return None
    return SET, L.duration(n, L.unit_of(m["u"]))


def _ref(m: re.Match, c: Context) -> tuple[str, str] | None:
    w = re.sub(r"\s+", " ", (m["r"] or m["r2"]).lower())
    if w in ("recently", "more recently", "lately", "the past"):
        return DATE, "PAST_REF"
    if w in ("soon", "the future"):
        return DATE, "FUTURE_REF"
    return DATE, "PRESENT_REF"


# --- patterns -------------------------------------------------------------------

_M, _W, _N, _U = L.MONTH_ANY, L.WEEKDAY, L.NUMBER, L.UNIT
_Y = r"(?P<y>(?:1[5-9]|20)\d\d)\b"
_POD = r"(?i:morning|afternoon|evening|night)"
_EDGE = r"(?:(?i:early|mid|late)[- ]|(?i:the[ ](?:very[ ])?(?:beginning|start|end|middle)[ ]of)[ ])?"
_TZ = (
    r"(?:[ ]?(?P<tz>UTC|GMT|Z|[ECMP][SD]T|BST|CES?T)\b(?:[ ]?(?P<off>[+-][ ]?\d{1,2}(?::?\d{2})?))?)?"
    r"(?:[ ]?\((?:UTC|GMT)[ ]?(?P<off2>[+-][ ]?\d{1,2}(?::?\d{2})?)\))?"
)
_AP = r"(?i:[ap]\.m\.|[ap]m\b)"
_YY = r"['’](?P<yy>\d\d)(?![\w'’])"  # '82
_OFREL = (r"(?:,?[ ](?i:of)[ ](?P<ofrel>(?i:last|this|next|the[ ](?:previous|past|current|following)))"
          r"[ ](?i:year))")

_RULES = (
    ("clock", r"(?<![\d.:])(?:(?P<h>\d{1,2}):(?P<mi>\d{2})(?::\d{2})?(?:[ ]?(?P<ap>" + _AP + r"))?"
     r"|(?P<h2>\d{1,2})[ ]?(?P<ap2>" + _AP + r")|(?P<word>(?i:noon|midnight)\b))(?![\d:])" + _TZ, _clock),
    ("iso", r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b", _iso),
    ("numeric", r"(?<![\d./])(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})(?![\d/]|\.\d)",
     _numeric),
    ("month_day", r"(?:" + _W + r",?[ ])?(?P<mon>" + _M + r")[ ](?P<d>\d{1,2})(?:st|nd|rd|th)?\b"
     r"(?:,?[ ]" + _Y + r")?", _month_day),
    ("day_month", r"(?:" + _W + r",?[ ])?(?:the[ ])?(?P<d>\d{1,2})(?:st|nd|rd|th)?[ ](?:of[ ])?"
     r"(?P<mon>" + _M + r")(?![a-z])(?:,?[ ]" + _Y + r")?", _month_day),
    ("month", r"(?:(?P<rel>(?i:last|next|this|earlier[ ]this|later[ ]this|early|mid|late))[- ])?"
     r"(?P<mon>" + L.MONTH_FULL + r")\b(?:,?[ ](?:of[ ])?" + _Y + r"|[ ]" + _YY + r"|" + _OFREL + r")?", _month),
    ("month_abbr_year", r"(?P<mon>" + _M + r"),?[ ]" + _Y, _month),
    ("year", r"(?<![\w$£€#.,/])(?<!\D-)(?<!^-)" + _EDGE + r"(?P<y>(?:1[5-9]|20)\d\d)"
     r"(?![\w%]|[.,]\d|-(?!(?:1[5-9]|20)\d\d\b)\d)", _year),
    ("decade", r"(?<![\w$£€#])(?:(?i:the)[ ])?(?:(?i:early|mid|late)[- ])?"
     r"(?:(?P<dec>(?:1[5-9]|20)\d0)['’]?s|['’](?P<dec2>\d0)s)\b", _year),
    ("decade_word", r"\b(?i:the)[ ](?:(?i:early|mid|late)[- ])?(?P<decw>(?i:twenties|thirties|forties|fifties"
     r"|sixties|seventies|eighties|nineties))\b", _year),
    ("year_2digit", r"(?<![\w'’])" + _YY, _year),
    ("weekday", r"(?:(?P<rel>(?i:this[ ]past|this[ ]coming|last|next|this|past|coming))[ ])?"
     r"(?P<wd>" + _W + r")(?:[ ](?P<pod>" + _POD + r"))?\b", _weekday),
    ("deictic", r"\b(?P<w>(?i:the[ ]day[ ]before[ ]yesterday|the[ ]day[ ]after[ ]tomorrow|today|tonight"
     r"|yesterday|tomorrow))\b(?:[ ](?P<pod>" + _POD + r")\b)?", _deictic),
    ("this_pod", r"\b(?P<w>(?i:this|last))[ ](?P<pod>" + _POD + r")\b", _deictic),
    ("relative", r"\b(?:(?i:earlier|later|early|late)[ ])?(?:(?i:the)[ ])?(?P<rel>(?i:this[ ]past|this[ ]coming"
     r"|this|last|next|past|coming|previous|current)|(?i:the)(?=[ ](?i:weekend)))"
     r"[ ](?P<u>(?i:day|week|weekend|month|quarter|year|decade|century|spring|summer|autumn|fall|winter))\b",
     _relative),
    ("part_of", r"\b(?i:the[ ](?:very[ ])?(?:beginning|start|end|middle|rest|remainder)[ ]of[ ])"
     r"(?P<rel>(?i:the|this|last|next))[ ](?P<u>(?i:week|month|quarter|year|decade))\b", _part_of),
    ("set", r"\b(?:(?P<adj>annual|annually|yearly|daily|weekly|monthly|hourly|nightly|quarterly)"
     r"|(?P<freq>(?i:once|twice|thrice)[ ]|" + _N + r"[ ](?i:times)[ ])?"
     r"(?P<q>(?i:every|each|per|a|an))[ ](?:(?P<n>" + _N + r")[ ])?(?P<u>" + _U + r")"
     r"|(?i:every|each)[ ](?P<wd>" + _W + r"))\b", _set),
    ("duration", r"\b(?:(?i:the)[ ](?i:past|last|next|coming|first|final|previous|following)[ ])?"
     r"(?:(?i:almost|nearly|about|around|approximately|roughly)[ ])?(?P<n>" + _N + r")"
     r"(?:[ ]|(?P<hy>-))(?P<u>" + _U + r")\b(?:-(?i:long|old)\b)?(?:[ ](?P<dir>(?i:ago|from[ ]now|hence))\b)?",
     _duration),
    ("vague", r"(?:\b(?i:over[ ]the|in[ ]recent)[ ]|(?<=\b(?i:for)[ ]))(?P<u>(?i:years|decades|months|weeks"
     r"|days|hours|centuries))\b|\b(?P<u2>(?i:years|decades|months|weeks|days|hours))-(?i:long)\b"
     r"|(?<![Tt]he[ ])(?<![Tt]hose[ ])(?<![Tt]hese[ ])"  # "the days before X" is no span
     r"\b(?P<u4>(?i:hours|days|weeks|months|years|decades))(?=[ ](?i:before|after|later|earlier)\b)"
     r"|\b(?i:the)[ ](?i:coming|next|past|last|recent)[ ](?P<u3>(?i:days|weeks|months|years|decades))\b", _vague),
    ("ref", r"(?:\b(?P<r>(?i:now(?!-)|currently|more[ ]recently|recently|nowadays|presently|at[ ]present"
     r"|lately|soon|at[ ]the[ ]moment))\b|(?<=\b(?i:in)[ ])(?P<r2>(?i:the[ ](?:past|future)))\b)", _ref),
    ("quarter", r"\b(?:(?i:the)[ ])?(?P<ord>(?i:first|second|third|fourth|1st|2nd|3rd|4th|final|last))"
     r"[ ](?:(?i:fiscal|financial|calendar)[ ])?(?P<what>(?i:quarter|half))\b"
     r"(?:(?P<ofyear>[ ](?i:of)[ ](?:(?i:the[ ]year)|(?:(?i:fiscal)[ ])?(?P<y>\d{4})))|" + _OFREL
     + r"|,?[ ](?P<y2>\d{4}))?", quarter),
    ("quarter_adj", r"\b(?P<ord>(?i:first|second|third|fourth|1st|2nd|3rd|4th|final|last))-(?i:quarter)\b",
     quarter),  # "third-quarter profit": the modifier alone, TIMEX3 leaves "the" to the noun
    ("quarter_q", r"\bQ(?P<q>[1-4])(?:[ ](?P<y>\d{4}))?\b", quarter),
    ("season", r"\b(?:(?i:the)[ ])?(?P<s>(?i:spring|summer|autumn|fall|winter))(?:(?:[ ]of)?[ ](?:" + _Y
     + r"|" + _YY + r")|" + _OFREL + r")", season),
    ("season_bare", r"\b(?:(?i:the)[ ])?(?:(?i:early|mid|late)[- ])?(?P<s>(?i:spring|summer|autumn|fall|winter))"
     r"\b(?![- ](?i:of|in|from|to)\b|-|[ ][A-Z])", season_bare),  # not "the Winter Olympics"
    ("same_period", r"\b(?i:the)[ ](?:(?i:same)[ ](?P<p>(?i:period|quarter|month|week|season|time|day|half))[ ]"
     r"(?:(?i:of|in)[ ])?(?:(?i:the)[ ])?(?:(?i:last|previous|prior|past)[ ](?i:year)|(?i:a|one)[ ](?i:year)[ ]"
     r"(?i:earlier|before|ago))|(?i:year)[- ](?i:earlier|ago|before)[ ](?P<p2>(?i:period|quarter|month|week|half)))"
     r"\b", same_period),
    ("fiscal", r"(?:\b(?i:the[ ](?:very[ ])?(?:beginning|start|end|middle)[ ]of)[ ])?(?:\b(?i:the)[ ])?"
     r"(?:\b(?P<rel>(?i:this|last|next|current|previous))[ ])?\b(?i:financial|fiscal)[ ](?i:year)"
     r"(?:[ ](?P<y>\d{4}))?\b|\b(?i:fiscal)[ ](?P<y2>\d{4})\b|\bFY[ ]?(?P<y3>\d{4}|\d{2})\b", fiscal),
    ("holiday", r"\b(?P<h>" + L.named_day_pattern() + r")\b(?:[ ]" + _Y + r")?", holiday),
    ("century", r"\b(?:(?i:the)[ ])?(?P<c>\d{1,2}(?:st|nd|rd|th)|(?i:nineteenth|twentieth|twenty[- ]first))"
     r"[ ](?i:century)\b", century),
)  # fmt: skip


RULES: tuple[Rule, ...] = tuple(
    Rule(n, rx, h, needed_words(rx)) for n, p, h in _RULES for rx in (re.compile(p),)
)


def value_of(text: str, ctx: Context) -> tuple[str, str] | None:
    """(type, value) of one whole expression by the first rule that matches all of it."""
    text = re.sub(r"\s+", " ", text.strip())
    for rule in RULES:
        m = rule.regex.fullmatch(text)
        if m is not None:
            found = rule.handle(m, ctx)
            if found is not None:
                return found
    return None

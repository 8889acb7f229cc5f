"""Words and calendar arithmetic behind the TIMEX3 rules.

Kept apart from the rules so that the regular expressions read as grammar and
the values they produce (ISO weeks, quarters, closest years) are computed in
one place that can be tested on its own.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11,
    "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7,
    "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS = {
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5,
    "saturday": 6, "sunday": 7,
}  # fmt: skip
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
ZONES = {"EST": "-05:00", "EDT": "-04:00", "CST": "-06:00", "CDT": "-05:00", "MST": "-07:00",
         "MDT": "-06:00", "PST": "-08:00", "PDT": "-07:00", "BST": "+01:00", "CET": "+01:00", "CEST": "+02:00"}
REL_YEAR = {"last": -1, "the previous": -1, "the past": -1, "this": 0, "the current": 0,
            "next": 1, "the following": 1}  # fmt: skip
# A bare season is a time after a preposition ("in the spring"); "fall" and "spring" only
# after one that cannot take a decline or a water source ("after the fall", "from a spring").
SEASON_BEFORE = re.compile(r"\b(?:in|during|by|until|till|through|throughout|over|for|into"
                           r"|(?<!the )since|before|after|from|to)[ ]$", re.I)
AMBIGUOUS_BEFORE = re.compile(r"\b(?:in|during|by|until|till|through|throughout|over)[ ]$", re.I)
# The month a season starts in, to place a bare "the spring" before or after the anchor.
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
DECADE_WORDS = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
    "seventies": 7, "eighties": 8, "nineties": 9,
}  # fmt: skip
# Fixed-date holidays: (month, day).
HOLIDAYS = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
    "new year's day": (1, 1), "new year's eve": (12, 31), "boxing day": (12, 26),
    "valentine's day": (2, 14), "halloween": (10, 31), "bastille day": (7, 14),
    "guy fawkes night": (11, 5), "bonfire night": (11, 5), "armistice day": (11, 11),
    "remembrance day": (11, 11), "veterans day": (11, 11), "veterans' day": (11, 11),
    "st. patrick's day": (3, 17), "st patrick's day": (3, 17), "saint patrick's day": (3, 17),
    "may day": (5, 1), "hogmanay": (12, 31), "international women's day": (3, 8),
}  # fmt: skip
# Named days that are one day in history, whatever the anchor ("Black Monday" is no recent Monday).
HISTORIC_DAYS = {
    "black monday": "1987-10-19", "black tuesday": "1929-10-29",
    "black thursday": "1929-10-24", "black wednesday": "1992-09-16",
}  # fmt: skip


def easter(y: int) -> date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day_ = divmod(h + l_ - 7 * m + 114, 31)
    return date(y, month, day_ + 1)


def nth_weekday(y: int, m: int, wd: int, n: int) -> date:
    """The n-th ISO weekday wd of a month; n = -1 for the last."""
    if n > 0:
        first = date(y, m, 1)
        return first + timedelta(days=(wd - first.isoweekday()) % 7 + 7 * (n - 1))
    last = date(y + m // 12, m % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.isoweekday() - wd) % 7)


def _thanksgiving(y: int) -> date:
    return nth_weekday(y, 11, 4, 4)


# Holidays whose day moves from year to year: name -> year -> date.
MOVABLE = {
    "easter": easter, "easter sunday": easter, "easter day": easter,
    "good friday": lambda y: easter(y) - timedelta(days=2),
    "maundy thursday": lambda y: easter(y) - timedelta(days=3),
    "palm sunday": lambda y: easter(y) - timedelta(days=7),
    "ash wednesday": lambda y: easter(y) - timedelta(days=46),
    "easter monday": lambda y: easter(y) + timedelta(days=1),
    "pentecost": lambda y: easter(y) + timedelta(days=49),
    "whit monday": lambda y: easter(y) + timedelta(days=50),
    "thanksgiving": _thanksgiving, "thanksgiving day": _thanksgiving,
    "black friday": lambda y: _thanksgiving(y) + timedelta(days=1),
    "cyber monday": lambda y: _thanksgiving(y) + timedelta(days=4),
    "memorial day": lambda y: nth_weekday(y, 5, 1, -1),
    "labor day": lambda y: nth_weekday(y, 9, 1, 1),
    "martin luther king day": lambda y: nth_weekday(y, 1, 1, 3),
    "martin luther king jr. day": lambda y: nth_weekday(y, 1, 1, 3),
    "presidents' day": lambda y: nth_weekday(y, 2, 1, 3),
    "presidents day": lambda y: nth_weekday(y, 2, 1, 3),
}  # fmt: skip


def named_day_pattern() -> str:
    """Every named day, capitalised as written in news ("Good Friday", "St. Patrick's Day")."""
    def word(w: str) -> str:
        w = re.escape(w).replace("'", "['’]").replace(r"\.", r"\.?")
        return w[0].upper() + (f"(?i:{w[1:]})" if len(w) > 1 else "")

    def name(words: list[str]) -> str:  # "Easter Island", "Christmas Island" are places
        return "[ ]".join(word(w) for w in words) + (r"(?![ ][A-Z][a-z])" if len(words) == 1 else "")

    names = sorted({*HOLIDAYS, *HISTORIC_DAYS, *MOVABLE}, key=len, reverse=True)
    return "|".join(name(n.split()) for n in names)


def two_digit_year(yy: int, anchor: date | None, *, slack: int = 5) -> int:
    """'82 -> 1982, '05 -> 2005: the century that puts the year at most ``slack`` years
    after the anchor (without an anchor, 1930-2029)."""
    if anchor is None:
        return 1900 + yy if yy >= 30 else 2000 + yy
    year = anchor.year // 100 * 100 + yy
    return year - 100 if year > anchor.year + slack else year

_ONES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
VAGUE = ("a few", "a couple of", "couple of", "several", "many", "few", "some")

# Regex fragments (used inside patterns compiled without IGNORECASE).
MONTH_FULL = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
MONTH_ANY = r"(?:" + MONTH_FULL[3:-1] + r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)"
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_ONES_RE = "|".join(sorted(_ONES, key=len, reverse=True))
_TENS_RE = "|".join(_TENS)
NUMBER = (
    r"(?i:(?:\d+(?:\.\d+)?|(?:(?:" + _TENS_RE + r")(?:[- ](?:" + _ONES_RE + r"))?|"
    + _ONES_RE + r"|a|an|a dozen|dozen|a hundred|hundred)(?:[ ]and[ ]a[ ]half)?|half[ ]an?"
    r"|a[ ]few|a[ ]couple[ ]of|couple[ ]of|several|many|few|some)\b)"
)
UNIT = r"(?i:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|decades?|century|centuries)"
# Unit -> (duration designator, multiplier, is a time unit).
UNITS = {
    "second": ("S", 1, True), "minute": ("M", 1, True), "hour": ("H", 1, True),
    "day": ("D", 1, False), "week": ("W", 1, False), "fortnight": ("W", 2, False),
    "month": ("M", 1, False), "quarter": ("M", 3, False), "year": ("Y", 1, False),
    "decade": ("Y", 10, False), "century": ("Y", 100, False),
}  # fmt: skip


def unit_of(word: str) -> str:
    """Singular unit name for a (possibly plural) unit word."""
    word = word.lower()
    if word == "centuries":
        return "century"
    return word[:-1] if word.endswith("s") else word


def parse_number(text: str) -> float | str | None:
    """A number written in digits or words; "X" for vague quantities ("several")."""
    t = re.sub(r"\s+", " ", text.lower().strip())
    if t in VAGUE:
        return "X"
    half = 0.0
    if t.endswith(" and a half"):
        t, half = t[: -len(" and a half")], 0.5
    if t in ("half a", "half an"):
        return 0.5
    if t in ("a", "an"):
        return 1 + half
    if t in ("dozen", "a dozen"):
        return 12 + half
    if t in ("hundred", "a hundred"):
        return 100 + half
    if re.fullmatch(r"\d+(?:\.\d+)?", t):
        return float(t) + half
    if t in _ONES:
        return _ONES[t] + half
    parts = re.split(r"[- ]", t)
    if parts[0] in _TENS and (len(parts) == 1 or (len(parts) == 2 and parts[1] in _ONES)):
        return _TENS[parts[0]] + (_ONES[parts[1]] if len(parts) == 2 else 0) + half
    return None


def fmt_number(n: float | str) -> str:
    """2.0 -> "2", 2.5 -> "2.5", "X" -> "X"."""
    if isinstance(n, str):
        return n
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


def duration(n: float | str, unit: str) -> str:
    """TIMEX3 duration value: (2, "year") -> "P2Y", (30, "minute") -> "PT30M"."""
    designator, mult, is_time = UNITS[unit]
    amount = "X" if n == "X" else fmt_number(n * mult)  # type: ignore[operator]
    return ("PT" if is_time else "P") + amount + designator


def parse_anchor(anchor: str | None) -> date | None:
    """The anchor ISO date (a longer timestamp is cut to its day), or None."""
    if not anchor:
        return None
    try:
        return date.fromisoformat(str(anchor)[:10])
    except ValueError:
        return None


def day(d: date) -> str:
    return d.isoformat()


def week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def month(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def quarter(y: int, m: int) -> str:
    return f"{y:04d}-Q{(m - 1) // 3 + 1}"


def add_months(y: int, m: int, k: int) -> tuple[int, int]:
    """(year, month) shifted by k months."""
    i = y * 12 + (m - 1) + k
    return i // 12, i % 12 + 1


def shift(anchor: date, unit: str, k: int) -> str:
    """The calendar unit containing anchor moved by k units, at that unit's precision."""
    if unit in ("day", "hour", "minute", "second"):
        return day(anchor + timedelta(days=k))
    if unit in ("week", "fortnight"):
        return week(anchor + timedelta(weeks=k * (2 if unit == "fortnight" else 1)))
    if unit == "weekend":
        return week(anchor + timedelta(weeks=k)) + "-WE"
    if unit == "month":
        return month(*add_months(anchor.year, anchor.month, k))
    if unit == "quarter":
        return quarter(*add_months(anchor.year, anchor.month, 3 * k))
    if unit == "year":
        return f"{anchor.year + k:04d}"
    if unit == "decade":
        return f"{anchor.year // 10 + k:03d}"
    if unit == "century":
        return f"{anchor.year // 100 + k:02d}"
    raise ValueError(unit)


UNDERSPECIFIED = {
    "day": "XXXX-XX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX",
    "quarter": "XXXX-QX", "year": "XXXX", "decade": "XXX", "century": "XX",
    "hour": "XXXX-XX-XX", "minute": "XXXX-XX-XX", "second": "XXXX-XX-XX", "fortnight": "XXXX-WXX",
}  # fmt: skip


def weekday_date(anchor: date, wd: int, tense: str | None, rel: str | None = None) -> date:
    """News convention: a bare weekday is the latest such day on or before the anchor,
    or the first on or after it when the clause speaks of the future."""
    delta = wd - anchor.isoweekday()
    if rel == "this":
        return anchor + timedelta(days=delta)
    if rel == "last" or (rel is None and tense != "future"):
        back = (-delta) % 7
        if rel == "last" and back == 0:
            back = 7
        return anchor - timedelta(days=back)
    ahead = delta % 7
    if rel == "next" and ahead == 0:
        ahead = 7
    return anchor + timedelta(days=ahead)


def year_for(anchor: date, m: int, d: int | None, tense: str | None) -> int:
    """Year of a month (and day) written without one: the anchor's year, moved to the
    closest sensible year when the tense demands it or the anchor's year is far off."""
    a = (anchor.month, anchor.day if d is not None else 0)
    here = (m, d or 0)
    if tense == "future":
        return anchor.year + (1 if here < a else 0)
    if tense == "past":
        return anchor.year - (1 if here > a else 0)
    gap = (m - anchor.month) % 12  # months ahead of the anchor, wrapping
    if d is not None and abs(m - anchor.month) == 6 and valid_day(anchor.year, m, d):
        # half a year either way: the nearer day ("Dec. 26" in a mid-June story is last December's)
        this = date(anchor.year, m, d)
        y = anchor.year + (1 if this < anchor else -1)
        if valid_day(y, m, d) and abs((date(y, m, d) - anchor).days) < abs((this - anchor).days):
            return y
        return anchor.year
    if abs(m - anchor.month) > 6:  # e.g. "December" in a January article
        return anchor.year - 1 if gap >= 9 else (anchor.year + 1 if gap <= 3 else anchor.year)
    return anchor.year


def valid_day(y: int, m: int, d: int) -> bool:
    try:
        date(y, m, d)
    except ValueError:
        return False
    return True


def named_day(name: str, y: int | None, anchor: date | None, tense: str | None) -> str:
    """Value of a named day ("Good Friday", "Black Monday"), in year y or the one the
    anchor and tense point to."""
    name = re.sub(r"\s+", " ", name.lower()).replace("’", "'")
    if name not in HOLIDAYS and name.replace("st ", "st. ") in HOLIDAYS:
        name = name.replace("st ", "st. ")
    if name in HISTORIC_DAYS:
        return HISTORIC_DAYS[name]
    on = MOVABLE.get(name) or (lambda year: date(year, *HOLIDAYS[name]))
    if y is None and anchor is None:
        return "XXXX-{:02d}-{:02d}".format(*HOLIDAYS[name]) if name in HOLIDAYS else "XXXX-XX-XX"
    if y is None:
        guess = on(anchor.year)
        y = year_for(anchor, guess.month, guess.day, tense)
    return day(on(y))


# Values a "same period" can repeat a year earlier: years, halves, quarters, seasons, months.
PERIOD = re.compile(r"\d{4}(?:-(?:Q[1-4]|H[12]|SP|SU|FA|WI|\d\d))?")


def year_earlier(previous: str | None, unit: str, anchor: date | None) -> str:
    """ "the same period last year": the period named just before, a year earlier; else the
    anchor's quarter, month or week a year earlier, or the anchor's previous year."""
    if previous and PERIOD.fullmatch(previous) and not (unit == "quarter" and "-Q" not in previous):
        return f"{int(previous[:4]) - 1:04d}{previous[4:]}"
    if anchor is None:
        return "XXXX"
    if unit in ("quarter", "month", "week"):
        return shift(anchor, unit, {"quarter": -4, "month": -12, "week": -52}[unit])
    return f"{anchor.year - 1:04d}"


def season_year(anchor: date, code: str, k: int) -> int:
    """The year of the latest (k=-1), current (0) or next (1) season of a kind: "last summer"
    said in December is that year's summer; a winter is named by the year it starts in."""
    if code == "WI":
        current = anchor.year - 1 if anchor.month in (1, 2) else anchor.year  # this or the coming winter
        inside = anchor.month in (12, 1, 2)
        return current + k if inside else current - (1 if k < 0 else 0)
    start = SEASON_START[code]
    if k == 0 or start <= anchor.month <= start + 2:
        return anchor.year + k
    if k < 0:  # the latest one: this year's if it is over, else last year's
        return anchor.year if anchor.month > start + 2 else anchor.year - 1
    return anchor.year if anchor.month < start else anchor.year + 1

"""Article metadata: dates, front matter, sidecars and HTML meta tags.

Every source of metadata (Markdown front matter, ``NAME.meta.json`` sidecars,
JSON records, HTML ``<meta>`` tags) is reduced to the same small mapping with
the keys of :data:`FIELDS`, so the readers can merge them in one way.
"""

from __future__ import annotations

import calendar
import json
import re
import warnings
from collections.abc import Mapping
from datetime import date, datetime, timezone
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser
from pathlib import Path

from kg.errors import MalformedRecordError, MetadataWarning

FIELDS = ("id", "title", "published", "url", "source")

# Other spellings of the same fields found in feeds, CMS exports and front matter.
ALIASES: dict[str, str] = {
    "id": "id",
    "title": "title",
    "headline": "title",
    "published": "published",
    "date": "published",
    "pubdate": "published",
    "published_at": "published",
    "publishedat": "published",
    "published_date": "published",
    "publish_date": "published",
    "datepublished": "published",
    "url": "url",
    "link": "url",
    "canonical_url": "url",
    "source": "source",
    "site": "source",
    "site_name": "source",
    "sitename": "source",
    "publisher": "source",
}

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?"

_ISO = re.compile(r"(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})(?:[T ].*)?$")
_YMD = re.compile(r"(?P<year>\d{4})[/.](?P<month>\d{1,2})[/.](?P<day>\d{1,2})(?:[T ].*)?$")
_COMPACT = re.compile(r"(?P<year>\d{4})(?P<month>\d{2})(?P<day>\d{2})(?:T.*)?$")
_NUMERIC = re.compile(r"(?P<a>\d{1,2})[/.-](?P<b>\d{1,2})[/.-](?P<year>\d{4})(?:[T ,].*)?$")
_MDY = re.compile(_WEEKDAY + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})\b")
_DMY = re.compile(_WEEKDAY + r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>\d{4})\b")


def normalise_date(value: object, *, where: str, field: str = "published") -> str | None:
    """Return ``value`` as an ISO date YYYY-MM-DD, or None if it is empty.

    The date is the calendar date as written (a ``-05:00`` offset is not shifted
    to UTC), because that is the day the publisher meant.  Day-first vs.
    month-first numeric dates are only accepted when unambiguous.
    """
    if value is None:
        return None
    if isinstance(value, bool):
        raise _bad_date(value, where, field)
    if isinstance(value, (int, float)):
        if not value >= 1e8:  # too small to be a plausible Unix time in seconds (or NaN)
            raise _bad_date(value, where, field)
        seconds = value / 1000 if value > 1e11 else value  # milliseconds
        try:
            day = datetime.fromtimestamp(seconds, tz=timezone.utc).date()
        except (OverflowError, OSError, ValueError):  # past the platform's or Python's range
            raise _bad_date(value, where, field) from None
        return _in_range(day, value, where, field).isoformat()
    if not isinstance(value, str):
        raise _bad_date(value, where, field)
    text = " ".join(value.split())
    if not text:
        return None
    parts = _parse_date_parts(text)
    if parts is None:
        raise _bad_date(value, where, field)
    year, month, day = parts
    try:
        return _in_range(date(year, month, day), value, where, field).isoformat()
    except (ValueError, OverflowError):
        raise _bad_date(value, where, field) from None


MIN_YEAR, MAX_YEAR = 1000, 9000  # relative dates ("next year") are computed from it: stay far inside 1-9999


def _in_range(day: date, value: object, where: str, field: str) -> date:
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        raise MalformedRecordError(
            f"field {field!r}: year {day.year} of {value!r} is outside {MIN_YEAR}-{MAX_YEAR}", path=where
        )
    return day


def _parse_date_parts(text: str) -> tuple[int, int, int] | None:
    """Pick year, month and day out of one of the common date spellings."""
    for pattern in (_ISO, _YMD, _COMPACT):
        m = pattern.match(text)
        if m:
            return int(m["year"]), int(m["month"]), int(m["day"])
    m = _NUMERIC.match(text)
    if m:
        a, b = int(m["a"]), int(m["b"])
        if a > 12 >= b:
            return int(m["year"]), b, a
        if b > 12 >= a or a == b:
            return int(m["year"]), a, b
        return None  # 03/04/2022: ambiguous, refuse rather than guess
    lowered = text.lower()
    for pattern in (_MDY, _DMY):
        m = pattern.match(lowered)
        if m:
            return int(m["year"]), _MONTHS[m["month"]], int(m["day"])
    try:
        parsed = parsedate_to_datetime(text)  # RFC 2822, as in RSS feeds
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return parsed.year, parsed.month, parsed.day


def _bad_date(value: object, where: str, field: str) -> MalformedRecordError:
    return MalformedRecordError(
        f"field {field!r}: cannot read {value!r} as a date (use YYYY-MM-DD)", path=where
    )


def lenient_date(value: object, *, where: str, field: str = "published") -> str | None:
    """:func:`normalise_date`, but an unreadable value warns and counts as absent.

    One bad metadata field should not cost the article: its date is then
    inferred from the text, as when no date is given. The warning
    (:class:`~kg.errors.MetadataWarning`) names the file and the field.
    """
    try:
        return normalise_date(value, where=where, field=field)
    except MalformedRecordError as exc:
        warnings.warn(MetadataWarning(f"{exc}; ingested with the date inferred from the text"),
                      stacklevel=2)
        return None


def pick_metadata(record: Mapping[str, object], *, where: str) -> dict[str, str | None]:
    """Map a record's keys (any known alias, any case) onto :data:`FIELDS`.

    The first spelling found wins, so ``published`` beats ``date`` when both are
    given.  ``published`` is normalised to an ISO date.
    """
    found: dict[str, object] = {}
    for key, value in record.items():
        canonical = ALIASES.get(str(key).strip().lower().replace("-", "_"))
        if canonical and canonical not in found and value not in (None, ""):
            found[canonical] = value
    out: dict[str, str | None] = {}
    for name in FIELDS:
        value = found.get(name)
        if name == "published":
            out[name] = lenient_date(value, where=where)
        elif value is None:
            out[name] = None
        elif isinstance(value, (str, int, float)) and not isinstance(value, bool):
            out[name] = str(value).strip() or None
        else:
            raise MalformedRecordError(
                f"field {name!r} must be a string, not {type(value).__name__}", path=where
            )
    return out


def merge(*layers: Mapping[str, str | None]) -> dict[str, str | None]:
    """Combine metadata layers; a later layer's non-empty value wins."""
    out: dict[str, str | None] = dict.fromkeys(FIELDS)
    for layer in layers:
        for name in FIELDS:
            if layer.get(name):
                out[name] = layer[name]
    return out


# --- Markdown front matter -------------------------------------------------

_FENCE = re.compile(r"---[ \t]*(?:\r\n|\n|\r|$)")
_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE)
_KEY_VALUE = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$")


def split_front_matter(text: str, *, where: str) -> tuple[dict[str, str], int]:
    """Return the front matter's ``key: value`` pairs and the body's offset.

    Only flat ``key: value`` lines are read (no PyYAML); lists, comments and
    nested blocks are skipped.  A file without a leading ``---`` has no front
    matter and its body starts at 0.
    """
    m = _FENCE.match(text)
    if not m:
        return {}, 0
    close = _CLOSE.search(text, m.end())
    if close is None:
        raise MalformedRecordError("front matter opened with '---' is never closed", path=where)
    pairs: dict[str, str] = {}
    for line in text[m.end() : close.start()].splitlines():
        kv = _KEY_VALUE.match(line)
        if kv and kv[1].lower() not in pairs:
            pairs[kv[1].lower()] = _unquote(kv[2])
    body = close.end()
    for newline in ("\r\n", "\n", "\r"):
        if text.startswith(newline, body):
            body += len(newline)
            break
    return pairs, body


def _unquote(value: str) -> str:
    """Strip one pair of matching quotes and a trailing `` # comment``."""
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    return re.sub(r"\s+#.*$", "", value)


_ATX_HEADING = re.compile(r"^#[ \t]+(.+?)[ \t#]*$", re.MULTILINE)


def markdown_title(body: str) -> str | None:
    """The first level-one ``# Heading`` of a Markdown body, if any."""
    m = _ATX_HEADING.search(body)
    return m[1].strip() if m else None


# --- sidecars --------------------------------------------------------------


def sidecar_paths(path: Path) -> tuple[Path, Path]:
    """``a.txt`` -> (``a.meta.json``, ``a.txt.meta.json``)."""
    return path.with_name(path.stem + ".meta.json"), path.with_name(path.name + ".meta.json")


def is_sidecar(path: Path) -> bool:
    return path.name.lower().endswith(".meta.json")


def read_sidecar(path: Path) -> dict[str, str | None]:
    """Metadata from the sidecar beside ``path``, or an empty mapping if none."""
    for candidate in sidecar_paths(path):
        if candidate.is_file():
            from kg.ingest.files import MAX_SIDECAR_BYTES, read_capped

            where = str(candidate)
            try:
                record = json.loads(read_capped(candidate, where=where, cap=MAX_SIDECAR_BYTES)
                                    .decode("utf-8-sig"))
            except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                raise MalformedRecordError(f"invalid sidecar JSON: {exc}", path=where) from None
            except RecursionError:
                raise MalformedRecordError("invalid sidecar JSON: nested too deeply", path=where) from None
            except ValueError:  # json.loads' only other error: an integer of more than 4300 digits
                raise MalformedRecordError("invalid sidecar JSON: an integer of more than 4300 digits",
                                           path=where) from None
            if not isinstance(record, dict):
                raise MalformedRecordError("sidecar must hold one JSON object", path=where)
            return pick_metadata(record, where=where)
    return {}


# --- HTML ------------------------------------------------------------------

_META_KEYS = {
    "og:title": "title",
    "twitter:title": "title",
    "og:url": "url",
    "og:site_name": "source",
    "article:published_time": "published",
    "og:article:published_time": "published",
    "datepublished": "published",
    "date": "published",
    "pubdate": "published",
    "dc.date": "published",
    "dc.date.issued": "published",
    "dcterms.date": "published",
    "parsely-pub-date": "published",
    "sailthru.date": "published",
    "application-name": "source",
}


class _MetaParser(HTMLParser):
    """Collect ``<meta>`` properties, ``<link rel=canonical>`` and ``<title>``."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: dict[str, str] = {}
        self._in_title = False
        self._title: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            field = _META_KEYS.get(key)
            if field and a.get("content", "").strip() and field not in self.found:
                self.found[field] = a["content"].strip()
        elif tag == "link" and "canonical" in a.get("rel", "").lower().split():
            self.found.setdefault("canonical", a.get("href", "").strip())
        elif tag == "title":
            self._in_title = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self._title.append(data)

    @property
    def title(self) -> str | None:
        return " ".join("".join(self._title).split()) or None


def html_metadata(html: str, *, where: str) -> dict[str, str | None]:
    """Metadata from Open Graph / article meta tags, then trafilatura's guesses."""
    parser = _MetaParser()
    parser.feed(html)
    parser.close()
    tags = parser.found
    from trafilatura import extract_metadata  # heavy import, only for HTML

    try:
        guessed = extract_metadata(html)
    except (ValueError, OverflowError):  # a meta date it cannot parse (offset +99:99): use the tags
        guessed = None
    fallback = {
        "title": (guessed.title if guessed else None) or parser.title,
        "url": (guessed.url if guessed else None) or tags.get("canonical") or None,
        "source": guessed.sitename if guessed else None,
        "published": guessed.date if guessed else None,
    }
    own = {k: tags.get(k) for k in ("title", "url", "source", "published")}
    merged = merge(fallback, own)
    try:
        merged["published"] = normalise_date(merged["published"], where=where)
    except MalformedRecordError:
        if not own.get("published") or not fallback["published"]:
            merged["published"] = lenient_date(merged["published"], where=where)
            return merged
        # A malformed meta tag should not hide trafilatura's good date.
        merged["published"] = lenient_date(fallback["published"], where=where)
    return merged

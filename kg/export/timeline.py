"""Chronological timelines people read: the terminal and Markdown.

Oldest first, grouped by date at its precision. A month-level date ("2022-05")
is listed before the days of that month, a year before its months; undated
events come last under "Undated". One line per event: who did what to whom,
where, with a shortened quote for statements and the source documents; a
source with a title, outlet, date or URL is cited by them (the terminal on an
indented line under the event, Markdown as a link), else by its document id.
"""

from __future__ import annotations

import os
from itertools import groupby
from typing import TextIO

import click

from kg.export.citation import citation, citation_parts, has_metadata, link_url
from kg.export.events_view import Filters, load_events

VERBS = {"visited": "visited", "met": "met", "criticized": "criticized", "stated": "stated"}
QUOTE_CHARS = 90


def _names(event: dict, role: str) -> list[str]:
    seen: list[str] = []
    for p in event["participants"]:
        if p["role"] == role and p["label"] not in seen:
            seen.append(p["label"])
    return seen


def _join(names: list[str]) -> str:
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def shorten(text: str, width: int = QUOTE_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rsplit(" ", 1)[0] + "…"


def describe(event: dict) -> str:
    """'Antony Blinken criticized China', 'Michelle Bachelet visited Kashgar', ..."""
    agents = _join(_names(event, "agent")) or "someone"
    targets = _join(_names(event, "target"))
    places = _join(_names(event, "place"))
    verb = VERBS.get(event["type"], event["type"])
    if event["type"] == "visited":
        line = f"{agents} visited {places or targets}"
    elif event["type"] == "stated":
        line = f"{agents} stated" + (f" to {targets}" if targets else "")
        if event.get("quote"):
            line += f": “{shorten(event['quote'])}”"
    else:
        line = f"{agents} {verb} {targets}".rstrip()
        if places:
            line += f" in {places}"
    if event["modality"] != "asserted":
        line += f" [{event['modality']}]"
    return line


def _sources(event: dict) -> str:
    return ", ".join(sorted({s["document"] for s in event["sources"]}))


def _cited(event: dict) -> list[dict]:
    """One source per document that has citation metadata (the others show as their id)."""
    seen: dict[str, dict] = {}
    for source in event["sources"]:
        if has_metadata(source):
            seen.setdefault(source["document"], source)
    return [seen[doc] for doc in sorted(seen)]


def _markdown_source(source: dict) -> str:
    """'[“Title”](url), Outlet, 2022-05-28 (`doc`, sentence 3, chars 10–17)', or the id alone."""
    if not has_metadata(source):
        return (f"`{source['document']}` sentence {source['sentence']} "
                f"(chars {source['start']}–{source['end']})")
    head, rest = citation_parts(source)
    head = _md_escape(head)
    if url := link_url(source):
        head = f"[{head}](<{url.replace('>', '%3E').replace(' ', '%20')}>)"
    elif source.get("url"):
        rest = [*rest, source["url"]]  # not http(s): cited as text, not linked
    where = (f"`{source['document']}`, sentence {source['sentence']}, "
             f"chars {source['start']}–{source['end']}")
    return ", ".join([head, *map(_md_escape, rest)]) + f" ({where})"


def _md_escape(text: str) -> str:
    """Markdown punctuation in a title or outlet is shown, not interpreted."""
    return "".join("\\" + ch if ch in "\\`*_[]<>#|" else ch for ch in text)


def _heading(date: str | None) -> str:
    return "Undated" if date is None else date


def _groups(events: list[dict]):
    return groupby(events, key=lambda e: e["date"])


def _inferred(event: dict) -> str:
    """Marks a date taken from the document's date rather than the event's own words."""
    return " (date inferred)" if event.get("date") and event.get("date_inferred") else ""


def auto_color(stream: TextIO) -> bool:
    """Colour a terminal, unless NO_COLOR (https://no-color.org) is set to anything."""
    if os.environ.get("NO_COLOR"):
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


class TextTimelineExporter:
    """`kg timeline`: plain text, coloured when the stream is a terminal."""

    def export(self, store, stream: TextIO, filters: Filters, *, color: bool | None = None) -> None:
        events = load_events(store, filters)
        if color is None:
            color = auto_color(stream)
        if not events:
            stream.write("No events.\n")
            return
        for date, group in _groups(events):
            heading = _heading(date)
            stream.write(click.style(heading, bold=True, fg="cyan") if color else heading)
            stream.write("\n")
            for event in group:
                src = f"[{_sources(event)}]"
                src = click.style(src, dim=True) if color else src
                stream.write(f"  • {describe(event)}{_inferred(event)}  {src}\n")
                for cited in _cited(event):
                    stream.write(f"      {citation(cited)}\n")


class MarkdownTimelineExporter:
    """A Markdown timeline: one heading per date, one bullet per event, sources cited."""

    def export(self, store, stream: TextIO, filters: Filters) -> None:
        events = load_events(store, filters)
        stream.write("# Timeline\n\n")
        if not events:
            stream.write("No events.\n")
            return
        for date, group in _groups(events):
            stream.write(f"## {_heading(date)}\n\n")
            for event in group:
                src = "; ".join(_markdown_source(s) for s in event["sources"])
                stream.write(f"- {describe(event)}{_inferred(event)} — {src}\n")
            stream.write("\n")

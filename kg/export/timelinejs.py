"""TimelineJS3 JSON: `kg export --format timelinejs`, for the TimelineJS viewer.

Each dated event becomes a slide: ``start_date`` holds ``year``, ``month`` and
``day`` only as far as the date's precision goes (a month-level event has no
day), and a span (``kg:beginDate`` before ``kg:endDate``) gets ``end_date``;
``text.headline`` says who did what to whom, ``text.text`` cites the
evidence sentence and each source (a link to the article's URL under its
title, outlet and date when known, else the document id; then sentence and
offsets), and ``group``
is the relation type, so TimelineJS draws one row per type. TimelineJS renders
both texts as HTML, so every value is escaped. It cannot place an undated
event: those are left out and counted on the title slide.
"""

from __future__ import annotations

import json
import re
from html import escape
from typing import TextIO

from kg.export.citation import citation_parts, link_url
from kg.export.events_view import Filters, load_events
from kg.export.timeline import describe


def start_date(date: str) -> dict[str, str]:
    """'2022-05' -> {'year': '2022', 'month': '5'}: the known parts only, as TimelineJS strings."""
    parts = date.split("-")
    return {name: str(int(value)) for name, value in zip(("year", "month", "day"), parts)}


def _cite(source: dict) -> str:
    """'<a href="url">“Title”</a>, Outlet, 2022-05-28' (escaped); the document id for no title."""
    head, rest = citation_parts(source)
    head = escape(head)
    if url := link_url(source):
        head = f'<a href="{escape(url, quote=True)}" target="_blank" rel="noopener">{head}</a>'
    return ", ".join([head, *map(escape, rest)])


def source_html(event: dict) -> str:
    """One line per source: its citation (or document id), then where in the text."""
    lines = []
    for s in event["sources"]:
        where = f"sentence {s['sentence']}, chars {s['start']}–{s['end']}"
        if s.get("title"):
            where = f"{escape(s['document'])}, {where}"
        lines.append(f"Source: {_cite(s)}, {where}")
    return "<br>".join(lines)


def _span(event: dict) -> tuple[str, str] | None:
    """(begin, end) when the event spans more than its date, e.g. 23 to 28 May 2022."""
    begin, end = event.get("begin"), event.get("end")
    return (begin, end) if begin and end and begin < end else None


def slide(event: dict) -> dict:
    paragraphs = [f"<p>{escape(s['evidence'])}</p>" for s in event["sources"] if s["evidence"]]
    if event.get("quote"):
        paragraphs.append(f"<p>“{escape(event['quote'])}”</p>")
    details = f"{escape(event['modality'])}, confidence {event['confidence']:g}"
    paragraphs.append(f"<p><small>{source_html(event)} ({details})</small></p>")
    src = event["sources"][0]
    span = _span(event)
    record = {
        "start_date": start_date(span[0] if span else event["date"]),
        "text": {"headline": escape(describe({**event, "quote": None})), "text": "".join(paragraphs)},
        "group": event["type"],
        "unique_id": re.sub(r"[^A-Za-z0-9_-]+", "-",
                            f"{src['document']}-{event['iri'].rsplit('/', 1)[-1]}"),
    }
    if span:
        record["end_date"] = start_date(span[1])
    if event.get("date_inferred"):
        record["display_date"] = f"{event['date']} (date inferred from the document date)"
    return record


class TimelineJsExporter:
    """`kg export --format timelinejs`: {"title": …, "events": […]} in date order."""

    def export(self, store, stream: TextIO, filters: Filters) -> None:
        events = load_events(store, filters)
        dated = [e for e in events if e["date"]]
        documents = {s["document"] for e in events for s in e["sources"]}
        summary = f"{len(dated)} dated events from {len(documents)} documents"
        if len(dated) < len(events):
            summary += f"; {len(events) - len(dated)} undated events are not shown"
        data = {
            "title": {"text": {"headline": "Timeline", "text": f"<p>{escape(summary)}</p>"}},
            "events": [slide(e) for e in dated],
        }
        json.dump(data, stream, ensure_ascii=False, indent=1)
        stream.write("\n")

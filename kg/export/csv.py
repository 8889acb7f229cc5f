"""One row per event as CSV or TSV: `kg export --format csv|tsv`.

Columns: date, date_inferred, type, agents, targets, places, quote, modality,
confidence, documents, sentence, offsets, evidence, iri, then the sources'
citations (title, outlet, date, URL; the document id when untitled), titles,
outlets, urls and published. Several names or sources in one cell are joined
with "; " (offsets as "start-end"), one entry per source. CSV quotes as RFC
4180 does; TSV has no quoting, so tabs and line breaks inside values become
spaces.
"""

from __future__ import annotations

import csv
from typing import TextIO

from kg.export.citation import citation
from kg.export.events_view import Filters, load_events

COLUMNS = ("date", "date_inferred", "type", "agents", "targets", "places", "quote", "modality",
           "confidence", "documents", "sentence", "offsets", "evidence", "iri",
           "citations", "titles", "outlets", "urls", "published")


def _names(event: dict, role: str) -> str:
    return "; ".join(dict.fromkeys(p["label"] for p in event["participants"] if p["role"] == role))


def row(event: dict) -> list[str]:
    """The cells of one event, in COLUMNS order."""
    sources = event["sources"]
    return [
        event["date"] or "",
        "true" if event["date_inferred"] else "false",
        event["type"],
        _names(event, "agent"),
        _names(event, "target"),
        _names(event, "place"),
        event["quote"] or "",
        event["modality"],
        f"{event['confidence']:g}",
        "; ".join(s["document"] for s in sources),
        "; ".join(str(s["sentence"]) for s in sources),
        "; ".join(f"{s['start']}-{s['end']}" for s in sources),
        " ".join(" ".join(s["evidence"].split()) for s in sources),
        event["iri"],
        "; ".join(citation(s) for s in sources),
        *("; ".join(s.get(field) or "" for s in sources)
          for field in ("title", "outlet", "url", "published")),
    ]


class CsvExporter:
    """Comma-separated, a header row first."""

    def export(self, store, stream: TextIO, filters: Filters) -> None:
        writer = csv.writer(stream, lineterminator="\n")
        writer.writerow(COLUMNS)
        writer.writerows(row(e) for e in load_events(store, filters))


class TsvExporter:
    """Tab-separated, a header row first, no quoting."""

    def export(self, store, stream: TextIO, filters: Filters) -> None:
        stream.write("\t".join(COLUMNS) + "\n")
        for event in load_events(store, filters):
            stream.write("\t".join(" ".join(cell.split()) for cell in row(event)) + "\n")

"""One event per line, in the shape `../shared/gold/score.py` documents.

Each source also carries its document's citation metadata (``title``,
``outlet``, ``url``, ``published``; null when not known) and ``citation``,
a readable line that falls back to the document id. Fields are only ever
added here: ``type``, ``date``, ``participants`` and ``sources[].document``
are read by the scorer.
"""

from __future__ import annotations

import json
from typing import TextIO

from kg.export.citation import CITATION_FIELDS, citation
from kg.export.events_view import Filters, load_events

SOURCE_FIELDS = ("document", "sentence", "start", "end", "evidence", *CITATION_FIELDS)


class JsonlExporter:
    """`kg export --format jsonl`: type, date, participants, sources, confidence, cameo, modality."""

    def export(self, store, stream: TextIO, filters: Filters) -> None:
        for event in load_events(store, filters):
            record = {
                "type": event["type"],
                "date": event["date"],
                "begin": event["begin"],
                "end": event["end"],
                "date_inferred": event["date_inferred"],
                "participants": [
                    {"role": p["role"], "id": p["id"], "label": p["label"], "type": p["type"]}
                    for p in event["participants"]
                ],
                "sources": [
                    {**{k: s.get(k) for k in SOURCE_FIELDS}, "citation": citation(s)}
                    for s in event["sources"]
                ],
                "trigger": event["trigger"],
                "quote": event["quote"],
                "confidence": event["confidence"],
                "corroboration": event.get("corroboration", 1),
                "date_derived_from": event.get("date_derived_from"),
                "cameo": event["cameo"],
                "modality": event["modality"],
                "extractor": event["extractor"],
                "iri": event["iri"],
            }
            stream.write(json.dumps(record, ensure_ascii=False, sort_keys=False) + "\n")

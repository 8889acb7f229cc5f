"""One event per line, in the shape `../shared/gold/score.py` documents."""

from __future__ import annotations

import json
from typing import TextIO

from kg.export.events_view import Filters, load_events


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
                    {k: s[k] for k in ("document", "sentence", "start", "end", "evidence")}
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

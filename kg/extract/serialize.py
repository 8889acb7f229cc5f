"""The `kg extract --format jsonl` record of one document (see README, "Output contracts")."""

from __future__ import annotations

from dataclasses import asdict

from kg.model import Extraction


def extraction_record(ex: Extraction) -> dict:
    """{"id", "published", "dates", "actors", "events"} with offsets into the document text."""
    return {
        "id": ex.document.id,
        "title": ex.document.title,
        "published": ex.published,
        "published_inferred": ex.published_inferred,
        "removed": [asdict(r) for r in ex.document.removed],
        "dates": [
            {"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value,
             "sentence": t.sentence}
            for t in ex.timexes
        ],
        "actors": [asdict(a) for a in ex.actors],
        "mentions": [
            {"actor": m.actor, "text": m.text, "kind": m.kind, **_prov(m.provenance)}
            for m in ex.mentions
        ],
        "events": [
            {
                "key": e.key, "type": e.type, "cameo": e.cameo, "trigger": e.trigger,
                "modality": e.modality,
                "date": e.time.value if e.time else None,
                "time": asdict(e.time) if e.time else None,
                "participants": [asdict(p) for p in e.participants],
                "quote": e.quote,
                **_prov(e.provenance),
            }
            for e in ex.events
        ],
    }


def _prov(p) -> dict:
    return {"document": p.document, "sentence": p.sentence, "start": p.start, "end": p.end,
            "evidence": p.evidence, "extractor": p.extractor, "confidence": p.confidence}

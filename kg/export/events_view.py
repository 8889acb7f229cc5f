"""Events read back from the store as plain dictionaries, for the exporters.

One SPARQL query for events and one for participants; filters are applied in
Python so every exporter sees the same selection.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.model import ASSERTED
from kg.namespaces import KG, RDFS

EVENTS_QUERY = f"""
SELECT ?e ?type ?cameo ?modality ?trigger ?date ?begin ?endDate ?inferred ?quote
       ?docid ?sentence ?start ?end ?evidence ?extractor ?confidence ?title
WHERE {{
  ?e <{KG.eventType}> ?type ; <{KG.modality}> ?modality ; <{KG.source}> ?src .
  ?src <{KG.document}> ?doc ; <{KG.sentence}> ?sentence ; <{KG.start}> ?start ; <{KG.end}> ?end ;
       <{KG.extractor}> ?extractor ; <{KG.confidence}> ?confidence .
  OPTIONAL {{ ?src <{KG.evidenceText}> ?evidence }}
  ?doc <{KG.documentId}> ?docid .
  OPTIONAL {{ ?doc <{KG.title}> ?title }}
  OPTIONAL {{ ?e <{KG.cameoCode}> ?cameo }}
  OPTIONAL {{ ?e <{KG.trigger}> ?trigger }}
  OPTIONAL {{ ?e <{KG.date}> ?date }}
  OPTIONAL {{ ?e <{KG.beginDate}> ?begin }}
  OPTIONAL {{ ?e <{KG.endDate}> ?endDate }}
  OPTIONAL {{ ?e <{KG.dateInferred}> ?inferred }}
  OPTIONAL {{ ?e <{KG.quote}> ?quote }}
}}
"""

PARTICIPANTS_QUERY = f"""
SELECT DISTINCT ?e ?role ?actor ?label ?start ?end WHERE {{
  ?e <{KG.participation}> ?p .
  ?p <{KG.role}> ?role ; <{KG.actor}> ?actor ; <{KG.start}> ?start ; <{KG.end}> ?end .
  ?actor <{RDFS.label}> ?label .
}}
"""

ACTOR_TYPES_QUERY = f"""
SELECT DISTINCT ?actor ?type WHERE {{
  ?actor a ?type .
  VALUES ?type {{ <{KG.Person}> <{KG.Organization}> <{KG.Place}> <{KG.Group}> }}
}}
"""

CORPUS_EVENTS_QUERY = f"""
SELECT DISTINCT ?e ?type ?cameo ?modality ?date ?inferred ?quote ?confidence ?corroboration ?derived
WHERE {{
  ?e a <{KG.CorpusEvent}> ; <{KG.eventType}> ?type ; <{KG.modality}> ?modality ;
     <{KG.corpusConfidence}> ?confidence ; <{KG.corroboration}> ?corroboration .
  OPTIONAL {{ ?e <{KG.cameoCode}> ?cameo }}
  OPTIONAL {{ ?e <{KG.date}> ?date }}
  OPTIONAL {{ ?e <{KG.dateInferred}> ?inferred }}
  OPTIONAL {{ ?e <{KG.quote}> ?quote }}
  OPTIONAL {{ ?e <{KG.dateDerivedFrom}> ?derived }}
}}
"""

CORPUS_PARTICIPANTS_QUERY = f"""
SELECT DISTINCT ?e ?role ?actor ?label WHERE {{
  ?e a <{KG.CorpusEvent}> ; ?p ?actor .
  VALUES (?p ?role) {{ (<{KG.agent}> "agent") (<{KG.target}> "target") (<{KG.place}> "place") }}
  ?actor <{RDFS.label}> ?label .
}}
"""

CORPUS_SOURCES_QUERY = f"""
SELECT DISTINCT ?e ?m ?trigger ?docid ?title ?sentence ?start ?end ?evidence ?extractor WHERE {{
  ?e a <{KG.CorpusEvent}> ; <{KG.eventMention}> ?m .
  ?m <{KG.source}> ?src .
  ?src <{KG.document}> ?doc ; <{KG.sentence}> ?sentence ; <{KG.start}> ?start ; <{KG.end}> ?end ;
       <{KG.extractor}> ?extractor .
  ?doc <{KG.documentId}> ?docid .
  OPTIONAL {{ ?m <{KG.trigger}> ?trigger }}
  OPTIONAL {{ ?doc <{KG.title}> ?title }}
  OPTIONAL {{ ?src <{KG.evidenceText}> ?evidence }}
}}
"""

HAS_CORPUS_QUERY = f"ASK {{ ?e a <{KG.CorpusEvent}> }}"

ROLE_ORDER = {"agent": 0, "target": 1, "place": 2}


@dataclass(frozen=True)
class Filters:
    """What a user asked for: actor label, type, date range, document, hedged too."""

    actor: str | None = None
    type: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    document: str | None = None
    include_hedged: bool = False


def _value(term):
    if term is None:
        return None
    return term.value


def load_events(store, filters: Filters = Filters()) -> list[dict]:
    """Events as dicts in the jsonl export shape, sorted by date then source.

    Corpus events (one per real event, see kg.resolve) when the store has them,
    else every document-level event mention.
    """
    if bool(store.query(HAS_CORPUS_QUERY)):
        events = [e for e in _corpus_events(store) if _keep(e, filters)]
    else:
        events = [e for e in _document_events(store) if _keep(e, filters)]
    events.sort(key=sort_key)
    return events


def _corpus_events(store) -> list[dict]:
    """One dict per kg:CorpusEvent, with every document mention as a source."""
    types = _actor_types(store)
    parts: dict[str, list[dict]] = {}
    for row in store.query(CORPUS_PARTICIPANTS_QUERY):
        parts.setdefault(row["e"].value, []).append({
            "role": row["role"].value, "id": row["actor"].value, "label": row["label"].value,
            "type": types.get(row["actor"].value)})
    sources: dict[str, list[dict]] = {}
    triggers: dict[str, list[tuple]] = {}
    for row in store.query(CORPUS_SOURCES_QUERY):
        src = {"document": row["docid"].value, "title": _value(row["title"]),
               "sentence": int(row["sentence"].value), "start": int(row["start"].value),
               "end": int(row["end"].value), "evidence": _value(row["evidence"]) or "",
               "mention": row["m"].value}
        sources.setdefault(row["e"].value, []).append(src)
        triggers.setdefault(row["e"].value, []).append(
            (src["document"], src["start"], _value(row["trigger"]), row["extractor"].value))
    events = []
    seen: set[str] = set()
    for row in store.query(CORPUS_EVENTS_QUERY):
        iri = row["e"].value
        if iri in seen:
            continue
        seen.add(iri)
        first = min(triggers.get(iri, [("", 0, None, "")]))
        labels: dict[tuple, dict] = {}
        for p in parts.get(iri, []):
            labels.setdefault((p["role"], p["id"]), p)  # one label per actor
        events.append({
            "iri": iri,
            "type": row["type"].value,
            "date": _value(row["date"]),
            "begin": None,
            "end": None,
            "date_inferred": _value(row["inferred"]) == "true",
            "date_derived_from": _value(row["derived"]),
            "participants": sorted(labels.values(),
                                   key=lambda p: (ROLE_ORDER.get(p["role"], 9), p["label"], p["id"])),
            "sources": sorted(sources.get(iri, []), key=lambda s: (s["document"], s["start"])),
            "trigger": first[2],
            "quote": _value(row["quote"]),
            "confidence": float(row["confidence"].value),
            "corroboration": int(row["corroboration"].value),
            "cameo": _value(row["cameo"]),
            "modality": row["modality"].value,
            "extractor": first[3],
        })
    return events


def _actor_types(store) -> dict[str, str]:
    return {row["actor"].value: row["type"].value.rsplit("#", 1)[-1]
            for row in store.query(ACTOR_TYPES_QUERY)}


def _document_events(store) -> list[dict]:
    """One dict per document-level event mention."""
    types = _actor_types(store)
    parts: dict[str, list[dict]] = {}
    for row in store.query(PARTICIPANTS_QUERY):
        parts.setdefault(row["e"].value, []).append({
            "role": row["role"].value, "id": row["actor"].value, "label": row["label"].value,
            "type": types.get(row["actor"].value), "start": int(row["start"].value),
            "end": int(row["end"].value),
        })
    events = []
    for row in store.query(EVENTS_QUERY):
        iri = row["e"].value
        participants = sorted(parts.get(iri, []),
                              key=lambda p: (ROLE_ORDER.get(p["role"], 9), p["start"], p["id"]))
        event = {
            "iri": iri,
            "type": row["type"].value,
            "date": _value(row["date"]),
            "begin": _value(row["begin"]),
            "end": _value(row["endDate"]),
            "date_inferred": _value(row["inferred"]) == "true",
            "participants": participants,
            "sources": [{
                "document": row["docid"].value, "title": _value(row["title"]),
                "sentence": int(row["sentence"].value),
                "start": int(row["start"].value), "end": int(row["end"].value),
                "evidence": _value(row["evidence"]) or "",
            }],
            "trigger": _value(row["trigger"]),
            "quote": _value(row["quote"]),
            "confidence": float(row["confidence"].value),
            "cameo": _value(row["cameo"]),
            "modality": row["modality"].value,
            "extractor": row["extractor"].value,
        }
        events.append(event)
    return events


def sort_key(event: dict) -> tuple:
    """Chronological, undated last; a month sorts before the days of that month."""
    date = event.get("date")
    src = event["sources"][0]
    return (date is None, date or "", src["document"], src["start"], event["type"], event["iri"])


def _keep(event: dict, f: Filters) -> bool:
    if not f.include_hedged and event["modality"] != ASSERTED:
        return False
    if f.type and event["type"] != f.type:
        return False
    if f.document and not any(s["document"] == f.document for s in event["sources"]):
        return False
    if f.actor:
        needle = f.actor.lower()
        if not any(needle in p["label"].lower() or p["id"] == f.actor for p in event["participants"]):
            return False
    date = event.get("date")
    if f.date_from and (date is None or date < f.date_from[: len(date)]):
        return False
    if f.date_to and (date is None or date[: len(f.date_to)] > f.date_to):
        return False
    return True

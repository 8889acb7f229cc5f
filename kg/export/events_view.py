"""Events read back from the store as plain dictionaries, for the exporters.

Each query is a single-pattern scan (one class, or one property) and the
joins happen here in dictionaries, so reading grows linearly with the graph;
multi-pattern SPARQL with OPTIONALs over the union of graphs grew with the
square of the event count. Filters are applied in Python so every exporter
sees the same selection.
"""

from __future__ import annotations

import calendar
import re
from collections import defaultdict
from dataclasses import dataclass

from kg.errors import UsageError
from kg.model import ASSERTED
from kg.namespaces import KG, RDFS

ROLE_ORDER = {"agent": 0, "target": 1, "place": 2}
ROLE_OF = {str(KG.agent): "agent", str(KG.target): "target", str(KG.place): "place"}
ACTOR_CLASSES = {str(KG[c]): c for c in ("Person", "Organization", "Place", "Group")}


_ISO = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def check_date(value: str) -> str:
    """``value`` if it is YYYY, YYYY-MM or YYYY-MM-DD and a real date; else a UsageError.

    Dates compare as strings at their precision, so "28/05/2022" or "yesterday"
    would silently match nothing: refuse them instead.
    """
    match = _ISO.fullmatch(value)
    if match is None:
        raise UsageError(f"{value!r} is not an ISO date: use YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = match.groups()
    if month and not 1 <= int(month) <= 12 or (
            day and not 1 <= int(day) <= calendar.monthrange(int(year), int(month))[1]):
        raise UsageError(f"{value!r} is not a date of the calendar")
    return value


def date_bounds(value: str) -> tuple[str, str]:
    """The first and last day a date at its precision covers: '2022-02' -> 2022-02-01, 2022-02-28."""
    parts = value.split("-")
    year = int(parts[0])
    if len(parts) == 3:
        return value, value
    if len(parts) == 2:
        last = calendar.monthrange(year, int(parts[1]))[1]
        return f"{value}-01", f"{value}-{last:02d}"
    return f"{value}-01-01", f"{value}-12-31"


@dataclass(frozen=True)
class Filters:
    """What a user asked for: actor label, type, date range, document, hedged too.

    The dates are checked here, so the CLI and Python callers both get a
    UsageError for a date that is not ISO or a range that ends before it starts.
    """

    actor: str | None = None
    type: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    document: str | None = None
    include_hedged: bool = False

    def __post_init__(self) -> None:
        for value in (self.date_from, self.date_to):
            if value is not None:
                check_date(value)
        if self.date_from and self.date_to and (
                date_bounds(self.date_from)[0] > date_bounds(self.date_to)[1]):
            raise UsageError(f"the date range is inverted: --from {self.date_from} is after "
                             f"--to {self.date_to}")


def _objects_of(store, cls) -> dict[str, dict[str, list]]:
    """subject -> predicate -> values, for every subject of class ``cls``."""
    out: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for row in store.query(f"SELECT ?s ?p ?o WHERE {{ ?s a <{cls}> ; ?p ?o }}"):
        values = out[row["s"].value][row["p"].value]
        value = row["o"].value
        if value not in values:
            values.append(value)
    return out


def _pairs(store, prop) -> dict[str, str]:
    """subject -> object for one property (first value wins)."""
    out: dict[str, str] = {}
    for row in store.query(f"SELECT ?s ?o WHERE {{ ?s <{prop}> ?o }}"):
        out.setdefault(row["s"].value, row["o"].value)
    return out


def _one(props: dict, prop) -> str | None:
    values = props.get(str(prop))
    return values[0] if values else None


class _Tables:
    """The scans every exporter needs, read once."""

    def __init__(self, store) -> None:
        self.labels = _pairs(store, RDFS.label)
        self.types: dict[str, str] = {}
        for cls, name in ACTOR_CLASSES.items():
            for row in store.query(f"SELECT ?a WHERE {{ ?a a <{cls}> }}"):
                self.types.setdefault(row["a"].value, name)
        self.evidence = _objects_of(store, KG.Evidence)
        self.doc_ids = _pairs(store, KG.documentId)
        self.titles = _pairs(store, KG.title)
        self.outlets = _pairs(store, KG.sourceName)
        self.urls = _pairs(store, KG.url)
        self.published = _pairs(store, KG.published)
        self.sources = _pairs(store, KG.source)
        self.triggers = _pairs(store, KG.trigger)

    def source(self, mention: str) -> dict | None:
        ev = self.evidence.get(self.sources.get(mention, ""))
        if ev is None:
            return None
        doc = _one(ev, KG.document)
        return {
            "document": self.doc_ids.get(doc, doc), "title": self.titles.get(doc),
            "outlet": self.outlets.get(doc), "url": self.urls.get(doc),
            "published": self.published.get(doc),
            "sentence": int(_one(ev, KG.sentence)), "start": int(_one(ev, KG.start)),
            "end": int(_one(ev, KG.end)), "evidence": _one(ev, KG.evidenceText) or "",
            "mention": mention, "extractor": _one(ev, KG.extractor),
            "confidence": float(_one(ev, KG.confidence)),
        }

    def participants(self, props: dict) -> list[dict]:
        seen: dict[tuple, dict] = {}
        for prop, role in ROLE_OF.items():
            for actor in props.get(prop, []):
                seen.setdefault((role, actor), {
                    "role": role, "id": actor, "label": self.labels.get(actor, actor),
                    "type": self.types.get(actor)})
        return sorted(seen.values(), key=lambda p: (ROLE_ORDER[p["role"]], p["label"], p["id"]))


def load_events(store, filters: Filters = Filters()) -> list[dict]:
    """Events as dicts in the jsonl export shape, sorted by date then source.

    Corpus events (one per real event, see kg.resolve) when the store has them,
    else every document-level event mention.
    """
    tables = _Tables(store)
    corpus = _objects_of(store, KG.CorpusEvent)
    if corpus:
        events = [_corpus_event(iri, props, tables) for iri, props in corpus.items()]
    else:
        events = [_mention_event(iri, props, tables)
                  for iri, props in _objects_of(store, KG.Event).items()]
    events = [e for e in events if e is not None and _keep(e, filters)]
    events.sort(key=sort_key)
    return events


def _base(iri: str, props: dict, tables: _Tables) -> dict:
    return {
        "iri": iri,
        "type": _one(props, KG.eventType),
        "date": _one(props, KG.date),
        "begin": _one(props, KG.beginDate),
        "end": _one(props, KG.endDate),
        "date_inferred": _one(props, KG.dateInferred) == "true",
        "participants": tables.participants(props),
        "quote": _one(props, KG.quote),
        "cameo": _one(props, KG.cameoCode),
        "modality": _one(props, KG.modality),
    }


def _corpus_event(iri: str, props: dict, tables: _Tables) -> dict | None:
    """One dict per kg:CorpusEvent, with every document mention as a source."""
    sources = [s for m in props.get(str(KG.eventMention), []) if (s := tables.source(m))]
    if not sources:
        return None
    sources.sort(key=lambda s: (s["document"], s["start"]))
    first = sources[0]
    event = _base(iri, props, tables)
    event.update({
        "date_derived_from": _one(props, KG.dateDerivedFrom),
        "sources": sources,
        "trigger": tables.triggers.get(first["mention"]),
        "confidence": float(_one(props, KG.corpusConfidence) or first["confidence"]),
        "corroboration": int(_one(props, KG.corroboration) or 1),
        "extractor": first["extractor"],
    })
    return event


def _mention_event(iri: str, props: dict, tables: _Tables) -> dict | None:
    """One dict per document-level event mention."""
    source = tables.source(iri)
    if source is None:
        return None
    event = _base(iri, props, tables)
    event.update({
        "sources": [source],
        "trigger": _one(props, KG.trigger),
        "confidence": source["confidence"],
        "extractor": source["extractor"],
    })
    return event


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

"""Extraction -> RDF: the only module that decides what the triples look like.

IRI scheme (all under ``RESOURCE`` = ``https://w3id.org/kg-news/id/``)::

    doc/{doc}                                   document, and the named graph of its facts
    doc/{doc}/removed/{start}-{end}             a removed boilerplate span
    doc/{doc}/mention/{start}-{end}             a mention ("-2", "-3"... if offsets repeat)
    doc/{doc}/mention/{start}-{end}/evidence    its provenance
    doc/{doc}/event/{event}                     an event
    doc/{doc}/event/{event}/evidence            its provenance
    doc/{doc}/event/{event}/time                its date as an OWL-Time instant
    doc/{doc}/event/{event}/participant/{role}-{start}-{end}  (then -2, -3 … for more actors at one span)
    actor/{type}/{slug}                         an actor (Actor.key), shared by all documents
    extractor/{name}                            the software agent behind a fact

Segments are percent-encoded, so any id or key gives a valid IRI. Every node
is an IRI derived from the document id and record keys, never a blank node:
the same Extraction always gives the same quads, and re-ingesting a document
replaces its graph without leaving strays.

Quads are built once as pyoxigraph terms (what the store loads);
:func:`triples_graph` converts them for rdflib users.
"""

from __future__ import annotations

import datetime as _dt
import math
import re
from collections.abc import Iterable, Iterator
from decimal import Decimal
from functools import lru_cache
from urllib.parse import quote

import pyoxigraph as ox
import rdflib

from kg import model
from kg.model import Event, Extraction, Provenance
from kg.namespaces import KG, PREFIXES, PROV, RDF, RDFS, RESOURCE, TIME, XSD

__all__ = [
    "EVENT_CLASSES",
    "actor_iri",
    "date_literal",
    "document_iri",
    "event_iri",
    "extraction_quads",
    "extractor_iri",
    "graph_iri",
    "mention_iri",
    "triples_graph",
]

#: Event type -> the subclass of kg:Event it gets (any other type is just kg:Event).
EVENT_CLASSES: dict[str, str] = {
    "visited": KG.Visit,
    "met": KG.Meeting,
    "criticized": KG.Criticism,
    "stated": KG.Statement,
}

_ACTOR_CLASSES: dict[str, str] = {
    model.PERSON: KG.Person,
    model.ORGANIZATION: KG.Organization,
    model.PLACE: KG.Place,
    model.GROUP: KG.Group,
}

_ROLE_PROPERTIES: dict[str, str] = {
    model.AGENT: KG.agent,
    model.TARGET: KG.target,
    model.PLACE_ROLE: KG.place,
}

# value pattern -> (datatype, OWL-Time property) for each precision kg:date supports.
_DATE_FORMS: tuple[tuple[re.Pattern[str], str, str], ...] = (
    (re.compile(r"\d{4}-\d{2}-\d{2}"), XSD.date, TIME.inXSDDate),
    (re.compile(r"\d{4}-\d{2}"), XSD.gYearMonth, TIME.inXSDgYearMonth),
    (re.compile(r"\d{4}"), XSD.gYear, TIME.inXSDgYear),
)


# --------------------------------------------------------------------------- IRIs


def _segment(text: str) -> str:
    """Percent-encode one path segment; '.' and '..' too, so IRIs never normalise away."""
    if not text:
        raise ValueError("an IRI segment cannot be empty")
    if text in (".", ".."):
        return text.replace(".", "%2E")
    return quote(text, safe="-_.~")


def document_iri(doc_id: str) -> str:
    """The IRI of a document."""
    return f"{RESOURCE}doc/{_segment(doc_id)}"


def graph_iri(doc_id: str) -> str:
    """The named graph holding one document's facts: the document IRI itself."""
    return document_iri(doc_id)


def actor_iri(actor_key: str) -> str:
    """An actor IRI from its key ("person/michelle-bachelet"), '/' kept as separator."""
    return f"{RESOURCE}actor/" + "/".join(_segment(part) for part in actor_key.split("/"))


def event_iri(doc_id: str, event_key: str) -> str:
    """An event IRI, scoped to its document since keys are unique only there."""
    return f"{document_iri(doc_id)}/event/{_segment(event_key)}"


def mention_iri(doc_id: str, start: int, end: int, n: int = 1) -> str:
    """The n-th mention at these offsets (n > 1 only when offsets repeat)."""
    suffix = f"-{n}" if n > 1 else ""
    return f"{document_iri(doc_id)}/mention/{start}-{end}{suffix}"


def extractor_iri(name: str) -> str:
    """The prov:SoftwareAgent standing for an extractor name."""
    return f"{RESOURCE}extractor/{_segment(name)}"


# --------------------------------------------------------------------------- literals


def date_literal(value: str | None) -> tuple[ox.Literal, str] | None:
    """A date at its precision: (literal typed xsd:date/gYearMonth/gYear, OWL-Time property).

    None for anything else (weeks, durations, "PRESENT_REF", impossible dates):
    the text stays in kg:dateText, but no typed value is invented.
    """
    if not value:
        return None
    for pattern, datatype, time_property in _DATE_FORMS:
        if pattern.fullmatch(value):
            try:
                if datatype == XSD.date:
                    _dt.date.fromisoformat(value)
                elif datatype == XSD.gYearMonth and not 1 <= int(value[5:]) <= 12:
                    return None
            except ValueError:
                return None
            return ox.Literal(value, datatype=_node(datatype)), time_property
    return None


def _decimal(value: float) -> ox.Literal:
    """xsd:decimal with a plain lexical form ("0.85", never "8.5E-1")."""
    if not math.isfinite(value):
        raise ValueError(f"not a finite number: {value!r}")
    text = format(Decimal(repr(float(value))), "f")
    return ox.Literal(text, datatype=_node(XSD.decimal))


def _check(what: str, field: str, value: str, allowed: tuple[str, ...]) -> None:
    """Refuse records outside the model's closed lists, naming the valid values."""
    if value not in allowed:
        expected = ", ".join(allowed)
        raise ValueError(f"{what} has unknown {field} {value!r}; expected one of {expected}")


@lru_cache(maxsize=4096)  # bounded: vocabulary terms stay hot, per-document IRIs pass through
def _node(iri: str) -> ox.NamedNode:
    return ox.NamedNode(str(iri))


# --------------------------------------------------------------------------- quads


class _Quads:
    """Collects triples into one named graph, dropping duplicates, keeping order."""

    def __init__(self, graph: str) -> None:
        self.graph = _node(graph)
        self.quads: dict[ox.Quad, None] = {}

    def add(self, s: str, p: str, o: ox.NamedNode | ox.Literal | str) -> None:
        obj = o if isinstance(o, (ox.NamedNode, ox.Literal)) else _node(o)
        self.quads[ox.Quad(_node(s), _node(p), obj, self.graph)] = None

    def text(self, s: str, p: str, value: str | None) -> None:
        """A string literal, skipped when empty."""
        if value:
            self.add(s, p, ox.Literal(value))

    def value(self, s: str, p: str, value: int | bool) -> None:
        """An xsd:integer or xsd:boolean literal."""
        self.add(s, p, ox.Literal(value))


def extraction_quads(ex: Extraction) -> list[ox.Quad]:
    """Every triple of one document, all in ``graph_iri(ex.document.id)``."""
    doc = ex.document
    out = _Quads(graph_iri(doc.id))
    _document(out, ex)
    for actor in ex.actors:
        _actor(out, actor)
    mentions = _mentions(out, doc.id, ex.mentions)
    for event in ex.events:
        _event(out, doc.id, event, mentions)
    return list(out.quads)


def _document(out: _Quads, ex: Extraction) -> None:
    doc = ex.document
    iri = document_iri(doc.id)
    out.add(iri, RDF.type, KG.Document)
    out.text(iri, KG.documentId, doc.id)
    out.text(iri, KG.title, doc.title)
    if published := date_literal(doc.published):
        out.add(iri, KG.published, published[0])
    if doc.url:
        out.add(iri, KG.url, ox.Literal(doc.url, datatype=_node(XSD.anyURI)))
    out.text(iri, KG.sourceName, doc.source)
    out.text(iri, KG.path, doc.path)
    out.text(iri, KG.contentHash, doc.content_hash)
    if anchor := date_literal(ex.published):
        out.add(iri, KG.anchorDate, anchor[0])
        out.value(iri, KG.anchorDateInferred, ex.published_inferred)
    for span in doc.removed:
        node = f"{iri}/removed/{span.start}-{span.end}"
        out.add(iri, KG.removedSpan, node)
        out.add(node, RDF.type, KG.RemovedSpan)
        out.value(node, KG.start, span.start)
        out.value(node, KG.end, span.end)
        out.text(node, KG.reason, span.reason)


def _actor(out: _Quads, actor: model.Actor) -> None:
    _check(f"actor {actor.key!r}", "type", actor.type, model.ACTOR_TYPES)
    iri = actor_iri(actor.key)
    out.add(iri, RDF.type, KG.Actor)
    out.add(iri, RDF.type, _ACTOR_CLASSES[actor.type])
    out.add(iri, RDFS.label, ox.Literal(actor.label))
    for title in actor.titles:
        out.text(iri, KG.jobTitle, title)
    for affiliation in actor.affiliations:
        out.text(iri, KG.affiliation, affiliation)
    for alias in actor.aliases:
        out.text(iri, KG.alias, alias)
    if actor.geonames_id is not None and actor.geonames_id > 0:  # a region's own id is no GeoNames id
        out.value(iri, KG.geonamesId, int(actor.geonames_id))
    if actor.latitude is not None and actor.longitude is not None:
        out.add(iri, KG.lat, _decimal(actor.latitude))
        out.add(iri, KG.long, _decimal(actor.longitude))


def _mentions(
    out: _Quads, doc_id: str, mentions: Iterable[model.Mention]
) -> dict[tuple[int, int, str], str]:
    """Write mentions; return (start, end, actor key) -> mention IRI for participations."""
    by_span: dict[tuple[int, int, str], str] = {}
    seen: dict[tuple[int, int], int] = {}
    for mention in mentions:
        prov = mention.provenance
        key = (prov.start, prov.end, mention.actor)
        if key in by_span:
            continue
        n = seen[prov.start, prov.end] = seen.get((prov.start, prov.end), 0) + 1
        iri = by_span[key] = mention_iri(doc_id, prov.start, prov.end, n)
        out.add(iri, RDF.type, KG.Mention)
        out.add(iri, KG.text, ox.Literal(mention.text))
        out.text(iri, KG.kind, mention.kind)
        out.value(iri, KG.start, prov.start)
        out.value(iri, KG.end, prov.end)
        out.add(iri, KG.refersTo, actor_iri(mention.actor))
        _evidence(out, doc_id, iri, prov)
    return by_span


def _evidence(out: _Quads, doc_id: str, subject: str, prov: Provenance) -> None:
    """The kg:Evidence node of a fact, at ``{subject}/evidence``."""
    node = f"{subject}/evidence"
    agent = extractor_iri(prov.extractor)
    out.add(subject, KG.source, node)
    out.add(node, RDF.type, KG.Evidence)
    out.add(node, KG.document, document_iri(prov.document or doc_id))
    out.value(node, KG.sentence, prov.sentence)
    out.value(node, KG.start, prov.start)
    out.value(node, KG.end, prov.end)
    out.text(node, KG.evidenceText, prov.evidence)
    out.add(node, KG.extractor, ox.Literal(prov.extractor))
    out.add(node, KG.confidence, _decimal(prov.confidence))
    out.add(node, PROV.wasAttributedTo, agent)
    out.add(agent, RDF.type, PROV.SoftwareAgent)
    out.add(agent, RDFS.label, ox.Literal(prov.extractor))


def _event(
    out: _Quads, doc_id: str, event: Event, mentions: dict[tuple[int, int, str], str]
) -> None:
    iri = event_iri(doc_id, event.key)
    _check(f"event {event.key!r}", "modality", event.modality, model.MODALITIES)
    out.add(iri, RDF.type, KG.Event)
    if event.type in EVENT_CLASSES:
        out.add(iri, RDF.type, EVENT_CLASSES[event.type])
    out.add(iri, KG.eventType, ox.Literal(event.type))
    out.text(iri, KG.cameoCode, event.cameo)
    out.text(iri, KG.trigger, event.trigger)
    out.add(iri, KG.modality, ox.Literal(event.modality))
    out.text(iri, KG.quote, event.quote)
    if event.time is not None:
        _time(out, iri, event.time)
    seen: dict[str, int] = {}
    for part in event.participants:
        node = f"{iri}/participant/{part.role}-{part.start}-{part.end}"
        seen[node] = seen.get(node, 0) + 1  # a city and the country it implies share one mention
        _participant(out, iri, part, mentions, node if seen[node] == 1 else f"{node}-{seen[node]}")
    _evidence(out, doc_id, iri, event.provenance)
    if event.modality == model.ASSERTED:
        for s, p, o in _shortcuts(iri, event):
            out.add(s, p, o)


def _time(out: _Quads, iri: str, span: model.TimeSpan) -> None:
    if typed := date_literal(span.value):
        literal, time_property = typed
        instant = f"{iri}/time"
        out.add(iri, KG.date, literal)
        out.add(iri, KG.time, instant)
        out.add(instant, RDF.type, KG.Instant)
        out.add(instant, time_property, literal)
    if begin := date_literal(span.begin):
        out.add(iri, KG.beginDate, begin[0])
    if end := date_literal(span.end):
        out.add(iri, KG.endDate, end[0])
    out.value(iri, KG.dateInferred, span.inferred)
    out.text(iri, KG.dateText, span.text)
    if span.start is not None and span.end_char is not None:
        out.value(iri, KG.dateStart, span.start)
        out.value(iri, KG.dateEnd, span.end_char)


def _participant(
    out: _Quads,
    iri: str,
    part: model.Participant,
    mentions: dict[tuple[int, int, str], str],
    node: str,
) -> None:
    _check(f"participant {part.actor!r}", "role", part.role, model.ROLES)
    actor = actor_iri(part.actor)
    out.add(iri, _ROLE_PROPERTIES[part.role], actor)
    out.add(iri, KG.participation, node)
    out.add(node, RDF.type, KG.Participation)
    out.add(node, KG.role, ox.Literal(part.role))
    out.add(node, KG.actor, actor)
    out.value(node, KG.start, part.start)
    out.value(node, KG.end, part.end)
    if mention := mentions.get((part.start, part.end, part.actor)):
        out.add(node, KG.mention, mention)


def _shortcuts(iri: str, event: Event) -> Iterator[tuple[str, str, str]]:
    """One-hop actor->actor (or actor->statement) triples of an asserted event."""
    roles: dict[str, list[str]] = {role: [] for role in model.ROLES}
    for part in event.participants:
        key = actor_iri(part.actor)
        if key not in roles[part.role]:
            roles[part.role].append(key)
    agents, targets = roles[model.AGENT], roles[model.TARGET]
    if event.type == "visited":
        pairs = [(a, o) for a in agents for o in (roles[model.PLACE_ROLE] or targets)]
        prop = KG.visited
    elif event.type == "met":
        pairs = [(a, t) for a in agents for t in targets] if targets else [
            (a, b) for i, a in enumerate(agents) for b in agents[i + 1 :]
        ]
        prop = KG.met
    elif event.type == "criticized":
        pairs = [(a, t) for a in agents for t in targets]
        prop = KG.criticized
    elif event.type == "stated":
        pairs = [(a, iri) for a in agents]
        prop = KG.stated
    else:
        return
    for subject, obj in pairs:
        if subject != obj:
            yield subject, prop, obj


# --------------------------------------------------------------------------- rdflib


def _to_rdflib(term: ox.NamedNode | ox.Literal | ox.BlankNode) -> rdflib.term.Node:
    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return rdflib.Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        # xsd:string is the plain literal in RDF 1.1; rdflib compares them as different.
        if datatype == str(XSD.string):
            return rdflib.Literal(term.value)
        return rdflib.Literal(term.value, datatype=rdflib.URIRef(datatype))
    return rdflib.BNode(term.value)


def triples_graph(ex: Extraction) -> rdflib.Graph:
    """The same triples as :func:`extraction_quads`, as an rdflib Graph named by the document."""
    graph = rdflib.Graph(identifier=rdflib.URIRef(graph_iri(ex.document.id)))
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True)
    for quad in extraction_quads(ex):
        graph.add((_to_rdflib(quad.subject), _to_rdflib(quad.predicate), _to_rdflib(quad.object)))
    return graph

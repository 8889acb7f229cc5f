"""Closed namespaces for every RDF term `kg` writes or reads.

Mirrors ``ontology/kg.ttl``: a term missing here is a typo, and rdflib's
``DefinedNamespace`` with ``_fail = True`` turns it into an ``AttributeError``
at import or call time instead of a silently wrong triple. A test checks that
``KG`` and ``kg.ttl`` declare exactly the same terms.
"""

from __future__ import annotations

from rdflib.namespace import (
    DCTERMS,
    OWL,
    PROV,
    RDF,
    RDFS,
    SDO,
    SH,
    SKOS,
    TIME,
    VANN,
    XSD,
    DefinedNamespace,
    Namespace,
)
from rdflib.term import URIRef

ONTOLOGY_IRI = URIRef("https://w3id.org/kg-news/ontology")

#: Base of every resource IRI (documents, actors, events, evidence); see kg.rdf.
RESOURCE = Namespace("https://w3id.org/kg-news/id/")

#: schema.org, as rdflib spells it (https).
SCHEMA = SDO


class KG(DefinedNamespace):
    """The kg-news ontology (``ontology/kg.ttl``)."""

    _fail = True
    _NS = Namespace("https://w3id.org/kg-news/ontology#")

    # Classes
    Actor: URIRef  # a person, organisation, place or group; IRIs shared across documents
    Criticism: URIRef  # event class for "criticized" (CAMEO 111, 112)
    Document: URIRef  # one news article; its IRI also names its graph
    Event: URIRef  # every event, whatever its type
    Evidence: URIRef  # document, sentence, offsets, extractor, confidence of a fact
    Group: URIRef  # a collective that is not a formal organisation
    Instant: URIRef  # the event's date in OWL-Time terms
    Meeting: URIRef  # event class for "met" (CAMEO 040, 041, 044)
    Mention: URIRef  # a stretch of text that refers to an actor
    Organization: URIRef  # an organisation actor
    Participation: URIRef  # one actor in one role of one event, with mention offsets
    CorpusEvent: URIRef  # one real event reported by event mentions across documents
    Person: URIRef  # a person actor
    Place: URIRef  # a place actor
    RemovedSpan: URIRef  # boilerplate never extracted from
    Statement: URIRef  # event class for "stated" (CAMEO 010)
    Visit: URIRef  # event class for "visited" (CAMEO 042)

    # Object properties
    actor: URIRef  # participation -> actor
    agent: URIRef  # event -> actor that acts
    criticized: URIRef  # shortcut: actor -> actor, asserted criticisms only
    document: URIRef  # evidence -> document
    mention: URIRef  # participation -> mention at the same offsets
    met: URIRef  # shortcut: actor -> actor, asserted meetings only (symmetric)
    participation: URIRef  # event -> participation
    eventMention: URIRef  # corpus event -> document-level event reporting it
    resolvedAs: URIRef  # document-level event -> its corpus event
    corroboration: URIRef  # number of documents reporting a corpus event
    corpusConfidence: URIRef  # confidence of a corpus event (noisy-or of its mentions)
    dateDerivedFrom: URIRef  # the event mention whose date dates a corpus event
    sameActorAs: URIRef  # document-resolved actor -> canonical corpus actor
    mergeReason: URIRef  # why two actors or event mentions were merged
    corpusFingerprint: URIRef  # what the corpus view was computed from
    place: URIRef  # event -> place actor
    refersTo: URIRef  # mention -> actor
    removedSpan: URIRef  # document -> removed span
    source: URIRef  # event or mention -> evidence
    stated: URIRef  # shortcut: actor -> statement event, asserted only
    target: URIRef  # event -> actor acted upon
    time: URIRef  # event -> instant (OWL-Time)
    visited: URIRef  # shortcut: actor -> place, asserted visits only

    # Datatype properties
    affiliation: URIRef  # an organisation or country tied to an actor, as written
    alias: URIRef  # another name of an actor
    anchorDate: URIRef  # document date used to resolve relative time expressions
    anchorDateInferred: URIRef  # anchor date read from the text, not metadata
    beginDate: URIRef  # earliest date of the event
    cameoCode: URIRef  # CAMEO code of an event
    confidence: URIRef  # extractor confidence in [0, 1]
    contentHash: URIRef  # hash of the document text
    date: URIRef  # event date typed by precision (xsd:date, gYearMonth, gYear)
    dateEnd: URIRef  # end offset of the date's text
    dateInferred: URIRef  # date taken from the document date
    dateStart: URIRef  # start offset of the date's text
    dateText: URIRef  # the temporal expression the date came from
    documentId: URIRef  # the document's id
    end: URIRef  # character offset, exclusive
    endDate: URIRef  # latest date of the event
    eventType: URIRef  # relation verb: visited, met, criticized, stated, ...
    evidenceText: URIRef  # the sentence a fact was read from
    extractor: URIRef  # name of the component that produced a fact
    geonamesId: URIRef  # GeoNames id of a place
    jobTitle: URIRef  # position or honorific of an actor
    kind: URIRef  # mention kind: name, surname, acronym, pronoun, ...
    lat: URIRef  # latitude of a place
    long: URIRef  # longitude of a place
    modality: URIRef  # asserted, planned, expected, uncertain, negated, conditional
    path: URIRef  # file path the document was read from
    published: URIRef  # publication date from metadata
    quote: URIRef  # what was said, for statements
    reason: URIRef  # why a span was removed
    role: URIRef  # participation role: agent, target or place
    sentence: URIRef  # sentence index within the document
    sourceName: URIRef  # outlet or feed the document came from
    start: URIRef  # character offset, inclusive
    text: URIRef  # surface text of a mention
    title: URIRef  # headline of a document
    trigger: URIRef  # words expressing an event
    url: URIRef  # where the document was published

    # Annotation properties (on event classes)
    cameoMapping: URIRef  # a CAMEO code an event class covers
    eventTypeValue: URIRef  # the kg:eventType literal of an event class


class SEM(DefinedNamespace):
    """The Simple Event Model terms kg.ttl aligns to."""

    _fail = True
    _NS = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")

    Actor: URIRef  # entities that take part in an event
    Core: URIRef  # events, actors, places, times
    Event: URIRef  # things that happen
    Place: URIRef  # where an event happens
    hasActor: URIRef  # event -> actor
    hasBeginTimeStamp: URIRef  # event -> begin literal
    hasEndTimeStamp: URIRef  # event -> end literal
    hasPlace: URIRef  # event -> place
    hasTimeStamp: URIRef  # event -> time literal


class WGS84(DefinedNamespace):
    """W3C Basic Geo (rdflib's WGS uses an https IRI that differs from the published one)."""

    _fail = True
    _NS = Namespace("http://www.w3.org/2003/01/geo/wgs84_pos#")

    lat: URIRef  # latitude
    long: URIRef  # longitude


#: Prefixes bound on every graph `kg` serialises.
PREFIXES: dict[str, str] = {
    "kg": str(KG._NS),
    "kgr": str(RESOURCE),
    "sem": str(SEM._NS),
    "schema": str(SCHEMA._NS),
    "prov": str(PROV._NS),
    "time": str(TIME._NS),
    "xsd": str(XSD._NS),
    "rdf": str(RDF._NS),
    "rdfs": str(RDFS._NS),
    "owl": str(OWL._NS),
    "skos": str(SKOS._NS),
    "dcterms": str(DCTERMS._NS),
    "wgs": str(WGS84._NS),
    "sh": str(SH._NS),
}

__all__ = [
    "DCTERMS",
    "KG",
    "ONTOLOGY_IRI",
    "OWL",
    "PREFIXES",
    "PROV",
    "RDF",
    "RDFS",
    "RESOURCE",
    "SCHEMA",
    "SEM",
    "SH",
    "SKOS",
    "TIME",
    "VANN",
    "WGS84",
    "XSD",
]

"""kg.rdf: IRIs, the RDF shape of an Extraction, determinism and SHACL conformance."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import Literal, URIRef
from rdflib.compare import isomorphic

from kg import model
from kg.model import (
    Actor,
    Document,
    Event,
    Extraction,
    Mention,
    Participant,
    Provenance,
    RemovedSpan,
    TimeSpan,
)
from kg import namespaces as ns
from kg.namespaces import KG, PROV, RDF, RDFS, RESOURCE
from kg.rdf import (
    actor_iri,
    date_literal,
    document_iri,
    event_iri,
    extraction_quads,
    graph_iri,
    triples_graph,
)
from kg.validate import validate

TEXT = "Bachelet visited China in May 2022. She will visit Xinjiang next year."
BACHELET = "person/michelle-bachelet"
CHINA = "place/geonames-1814991"


def _prov(start: int, end: int, sentence: int = 0) -> Provenance:
    sentences = TEXT.split(". ")
    return Provenance("doc-1", sentence, start, end, sentences[sentence], "test", 0.9)


@pytest.fixture
def extraction() -> Extraction:
    doc = Document(
        id="doc-1",
        text=TEXT,
        title="Bachelet in China",
        published="2022-05-28",
        url="https://example.org/a",
        source="Example News",
        path="a.txt",
        content_hash="sha256:abc",
        removed=(RemovedSpan(36, 40, "navigation"),),
    )
    actors = (
        Actor(BACHELET, "Michelle Bachelet", model.PERSON, titles=("UN rights chief",),
              aliases=("Bachelet",)),
        Actor(CHINA, "China", model.PLACE, geonames_id=1814991, latitude=35.0, longitude=105.0),
    )
    mentions = (
        Mention(BACHELET, "Bachelet", "surname", _prov(0, 8)),
        Mention(CHINA, "China", "name", _prov(17, 22)),
    )
    visited = Event(
        key="e1",
        type="visited",
        cameo="042",
        trigger="visited",
        participants=(
            Participant(model.AGENT, BACHELET, 0, 8),
            Participant(model.PLACE_ROLE, CHINA, 17, 22),
        ),
        provenance=_prov(0, 34),
        time=TimeSpan("2022-05", text="May 2022", start=26, end_char=34),
    )
    planned = Event(
        key="e2",
        type="visited",
        cameo="042",
        trigger="will visit",
        participants=(
            Participant(model.AGENT, BACHELET, 36, 39),
            Participant(model.PLACE_ROLE, CHINA, 51, 59),
        ),
        provenance=_prov(36, 70, sentence=1),
        time=TimeSpan("2023", inferred=True),
        modality=model.PLANNED,
    )
    return Extraction(doc, actors, mentions, (visited, planned), published="2022-05-28")


# --------------------------------------------------------------------------- IRIs


@pytest.mark.parametrize(
    "key, expected",
    [
        ("person/michelle-bachelet", "actor/person/michelle-bachelet"),
        ("place/geonames-1814991", "actor/place/geonames-1814991"),
        ("person/José Núñez", "actor/person/Jos%C3%A9%20N%C3%BA%C3%B1ez"),
        ("org/a#b?c", "actor/org/a%23b%3Fc"),
        ("group/..", "actor/group/%2E%2E"),
    ],
)
def test_rdf_actor_iri_is_percent_encoded(key, expected):
    assert actor_iri(key) == f"{RESOURCE}{expected}"
    ox.NamedNode(actor_iri(key))  # a valid IRI


def test_rdf_document_event_and_graph_iris():
    assert document_iri("a b/c.txt") == f"{RESOURCE}doc/a%20b%2Fc.txt"
    assert graph_iri("x") == document_iri("x")
    assert event_iri("x", "e/1") == f"{RESOURCE}doc/x/event/e%2F1"


def test_rdf_empty_key_is_rejected():
    with pytest.raises(ValueError):
        actor_iri("person/")


@pytest.mark.parametrize(
    "value, datatype",
    [
        ("2022-05-28", ns.XSD.date),
        ("2022-05", ns.XSD.gYearMonth),
        ("2022", ns.XSD.gYear),
        ("2022-W21", None),
        ("PRESENT_REF", None),
        ("2022-02-30", None),
        ("2022-13", None),
        (None, None),
    ],
)
def test_rdf_date_literal_types_by_precision(value, datatype):
    result = date_literal(value)
    if datatype is None:
        assert result is None
    else:
        assert result[0].datatype == ox.NamedNode(str(datatype))
        assert result[0].value == value


# --------------------------------------------------------------------------- shape


def test_rdf_dates_are_typed_at_their_precision(extraction):
    g = triples_graph(extraction)
    e1 = URIRef(event_iri("doc-1", "e1"))
    e2 = URIRef(event_iri("doc-1", "e2"))
    may_2022 = Literal("2022-05", datatype=ns.XSD.gYearMonth)
    assert g.value(e1, KG.date) == may_2022
    assert g.value(e2, KG.date) == Literal("2023", datatype=ns.XSD.gYear)
    assert g.value(e2, KG.dateInferred) == Literal(True)
    instant = g.value(e1, KG.time)
    assert (instant, RDF.type, KG.Instant) in g
    assert g.value(instant, ns.TIME.inXSDgYearMonth) == may_2022


def test_rdf_shortcut_only_for_asserted_events(extraction):
    g = triples_graph(extraction)
    shortcuts = list(g.triples((None, KG.visited, None)))
    assert shortcuts == [(URIRef(actor_iri(BACHELET)), KG.visited, URIRef(actor_iri(CHINA)))]
    # ...while both events keep their roles and modality.
    for key, modality in (("e1", "asserted"), ("e2", "planned")):
        e = URIRef(event_iri("doc-1", key))
        assert g.value(e, KG.modality) == Literal(modality)
        assert g.value(e, KG.agent) == URIRef(actor_iri(BACHELET))
        assert g.value(e, KG.place) == URIRef(actor_iri(CHINA))


@pytest.mark.parametrize(
    "etype, roles, prop, expected",
    [
        ("met", [("agent", "a"), ("target", "b")], KG.met, [("a", "b")]),
        ("met", [("agent", "a"), ("agent", "b")], KG.met, [("a", "b")]),
        ("criticized", [("agent", "a"), ("target", "b"), ("target", "c")], KG.criticized,
         [("a", "b"), ("a", "c")]),
        ("visited", [("agent", "a"), ("target", "b")], KG.visited, [("a", "b")]),
        ("stated", [("agent", "a")], KG.stated, [("a", "EVENT")]),
    ],
)
def test_rdf_shortcut_per_event_type(etype, roles, prop, expected):
    actors = tuple(Actor(f"person/{k}", k.upper(), model.PERSON) for k in "abc")
    parts = tuple(Participant(r, f"person/{k}", i, i + 1) for i, (r, k) in enumerate(roles))
    event = Event("e", etype, "000", etype, parts, Provenance("d", 0, 0, 5, "t", "x", 1.0))
    g = triples_graph(Extraction(Document("d", "text"), actors, (), (event,)))

    def iri(k):
        return URIRef(event_iri("d", "e") if k == "EVENT" else actor_iri(f"person/{k}"))

    assert sorted(g.subject_objects(prop)) == sorted((iri(s), iri(o)) for s, o in expected)
    assert validate(g)[0]


def test_rdf_all_quads_in_the_document_graph(extraction):
    quads = extraction_quads(extraction)
    assert quads
    assert {q.graph_name for q in quads} == {ox.NamedNode(graph_iri("doc-1"))}
    assert not any(isinstance(t, ox.BlankNode) for q in quads for t in (q.subject, q.object))


def test_rdf_output_is_deterministic(extraction):
    first = extraction_quads(extraction)
    assert first == extraction_quads(extraction)
    assert len(first) == len(set(first))
    assert triples_graph(extraction).serialize(format="nt") == triples_graph(
        extraction
    ).serialize(format="nt")


def test_rdf_rdflib_graph_matches_quads(extraction):
    g = triples_graph(extraction)
    assert len(g) == len(extraction_quads(extraction))
    assert g.identifier == URIRef(graph_iri("doc-1"))
    back = type(g)().parse(data=g.serialize(format="turtle"), format="turtle")
    assert isomorphic(g, back)


def test_rdf_document_actor_and_mention_triples(extraction):
    g = triples_graph(extraction)
    doc = URIRef(document_iri("doc-1"))
    bachelet, china = URIRef(actor_iri(BACHELET)), URIRef(actor_iri(CHINA))
    assert g.value(doc, KG.contentHash) == Literal("sha256:abc")
    assert g.value(doc, KG.published) == Literal("2022-05-28", datatype=ns.XSD.date)
    assert g.value(g.value(doc, KG.removedSpan), KG.reason) == Literal("navigation")
    assert {bachelet, china} <= set(g.subjects(RDF.type, KG.Actor))
    assert (bachelet, RDF.type, KG.Person) in g and (china, RDF.type, KG.Place) in g
    assert g.value(bachelet, RDFS.label) == Literal("Michelle Bachelet")
    assert g.value(china, KG.geonamesId) == Literal(1814991)
    mention = next(g.subjects(KG.refersTo, china))
    evidence = g.value(mention, KG.source)
    assert g.value(evidence, KG.document) == doc
    assert (g.value(evidence, KG.start), g.value(evidence, KG.end)) == (Literal(17), Literal(22))


def test_rdf_event_evidence_and_participation(extraction):
    g = triples_graph(extraction)
    e1 = URIRef(event_iri("doc-1", "e1"))
    assert (e1, RDF.type, KG.Visit) in g and (e1, RDF.type, KG.Event) in g
    assert g.value(e1, KG.cameoCode) == Literal("042")
    ev = g.value(e1, KG.source)
    assert ev == URIRef(f"{e1}/evidence")
    assert g.value(ev, KG.extractor) == Literal("test")
    assert g.value(ev, KG.confidence) == Literal("0.9", datatype=ns.XSD.decimal)
    assert g.value(ev, KG.sentence) == Literal(0)
    assert (ev, PROV.wasAttributedTo, None) in g
    roles = {str(g.value(p, KG.role)) for p in g.objects(e1, KG.participation)}
    assert roles == {"agent", "place"}
    agent = next(p for p in g.objects(e1, KG.participation) if str(g.value(p, KG.role)) == "agent")
    assert g.value(agent, KG.mention) == URIRef(f"{document_iri('doc-1')}/mention/0-8")


def test_rdf_unknown_event_type_is_plain_event_without_shortcut():
    actors = (Actor("person/a", "A", model.PERSON), Actor("person/b", "B", model.PERSON))
    parts = (Participant("agent", "person/a", 0, 1), Participant("target", "person/b", 2, 3))
    event = Event("e", "accused", "112", "accused", parts, Provenance("d", 0, 0, 5, "t", "x", 0.5))
    g = triples_graph(Extraction(Document("d", "text"), actors, (), (event,)))
    e = URIRef(event_iri("d", "e"))
    assert set(g.objects(e, RDF.type)) == {KG.Event}
    assert not any(p in (KG.visited, KG.met, KG.criticized, KG.stated) for p in g.predicates())


@pytest.mark.parametrize(
    "bad",
    [
        {"actors": (Actor("person/a", "A", "Alien"),)},
        {"events": (Event("e", "met", "040", "met", (Participant("boss", "person/a", 0, 1),),
                          Provenance("d", 0, 0, 1, "t", "x", 1.0)),)},
        {"events": (Event("e", "met", "040", "met", (), Provenance("d", 0, 0, 1, "t", "x", 1.0),
                          modality="maybe"),)},
    ],
)
def test_rdf_invalid_records_raise(bad):
    with pytest.raises(ValueError):
        extraction_quads(Extraction(Document("d", "text"), **bad))


# --------------------------------------------------------------------------- SHACL


def test_rdf_output_conforms_to_shapes(extraction):
    conforms, report = validate(triples_graph(extraction))
    assert conforms, report


def test_rdf_event_without_agent_does_not_conform(extraction):
    g = triples_graph(extraction)
    g.remove((URIRef(event_iri("doc-1", "e1")), KG.agent, None))
    conforms, report = validate(g)
    assert not conforms
    assert "agent" in report


@pytest.mark.parametrize(
    "mutate",
    [
        lambda g, e, ev: g.set((ev, KG.confidence, Literal("1.5", datatype=ns.XSD.decimal))),
        lambda g, e, ev: g.remove((ev, KG.extractor, None)),
        lambda g, e, ev: g.set((e, KG.date, Literal("May 2022"))),
        lambda g, e, ev: g.add((e, KG.eventType, Literal("met"))),
        lambda g, e, ev: g.remove((e, KG.source, None)),
        lambda g, e, ev: g.set((e, KG.modality, Literal("rumoured"))),
        lambda g, e, ev: g.add((URIRef(actor_iri(CHINA)), RDF.type, KG.Person)),
        lambda g, e, ev: g.add((URIRef(actor_iri(CHINA)), RDFS.label, Literal("PRC"))),
        lambda g, e, ev: g.add((e, KG.target, URIRef(actor_iri("person/unknown")))),
    ],
    ids=["confidence>1", "no-extractor", "untyped-date", "two-types", "no-source",
         "bad-modality", "two-actor-classes", "two-labels", "undescribed-actor"],
)
def test_rdf_broken_graphs_do_not_conform(extraction, mutate):
    g = triples_graph(extraction)
    e = URIRef(event_iri("doc-1", "e1"))
    mutate(g, e, g.value(e, KG.source))
    assert not validate(g)[0]


def test_rdf_mention_without_offsets_does_not_conform(extraction):
    g = triples_graph(extraction)
    mention = next(g.subjects(RDF.type, KG.Mention))
    g.remove((mention, KG.start, None))
    assert not validate(g)[0]


def test_rdf_a_region_of_our_own_table_claims_no_geonames_id():
    # provinces and islands from regions.tsv carry a negative id of their own, which is no GeoNames id
    region = Actor("place/region-lombok-id", "Lombok", model.PLACE, geonames_id=-42)
    g = triples_graph(Extraction(Document("d", "text"), (region,), (), ()))
    iri = URIRef(actor_iri(region.key))
    assert (iri, RDF.type, KG.Place) in g and g.value(iri, KG.geonamesId) is None


def test_rdf_two_actors_at_one_mention_are_two_participations():
    # "met X in Nairobi": the city and the country it implies share the mention of the city
    actors = (Actor("person/a", "A", model.PERSON), Actor("place/nairobi", "Nairobi", model.PLACE),
              Actor("place/kenya", "Kenya", model.PLACE))
    parts = (Participant("agent", "person/a", 0, 1), Participant("place", "place/nairobi", 5, 12),
             Participant("place", "place/kenya", 5, 12))
    event = Event("e", "visited", "042", "met", parts, Provenance("d", 0, 0, 12, "t", "x", 0.6))
    g = triples_graph(Extraction(Document("d", "A met in Nairobi"), actors, (), (event,)))
    places = [p for p in g.objects(URIRef(event_iri("d", "e")), KG.participation)
              if str(g.value(p, KG.role)) == "place"]
    assert sorted(str(g.value(p, KG.actor)) for p in places) == sorted(
        [actor_iri("place/nairobi"), actor_iri("place/kenya")])
    assert validate(g)[0]

"""ontology/kg.ttl parses, aligns with SEM, schema.org, PROV-O, OWL-Time, and maps to CAMEO."""

from __future__ import annotations

import pytest
from rdflib.collection import Collection

from kg import model
from kg import namespaces as ns
from kg.namespaces import KG, OWL, PROV, RDF, RDFS, SEM
from kg.rdf import EVENT_CLASSES
from kg.validate import load_ontology, load_shapes


@pytest.fixture(scope="module")
def onto():
    return load_ontology()


def test_ontology_parses_and_declares_itself(onto):
    assert len(onto) > 100
    assert (None, RDF.type, OWL.Ontology) in onto


def test_ontology_shapes_parse():
    assert len(load_shapes()) > 50


@pytest.mark.parametrize(
    "sub, relation, sup",
    [
        (KG.Event, RDFS.subClassOf, SEM.Event),
        (KG.Event, RDFS.subClassOf, ns.SCHEMA.Event),
        (KG.Person, RDFS.subClassOf, SEM.Actor),
        (KG.Person, RDFS.subClassOf, ns.SCHEMA.Person),
        (KG.Organization, RDFS.subClassOf, ns.SCHEMA.Organization),
        (KG.Place, RDFS.subClassOf, SEM.Place),
        (KG.Place, RDFS.subClassOf, ns.SCHEMA.Place),
        (KG.Document, RDFS.subClassOf, ns.SCHEMA.NewsArticle),
        (KG.Document, RDFS.subClassOf, PROV.Entity),
        (KG.Evidence, RDFS.subClassOf, PROV.Entity),
        (KG.Instant, RDFS.subClassOf, ns.TIME.Instant),
        (KG.agent, RDFS.subPropertyOf, SEM.hasActor),
        (KG.target, RDFS.subPropertyOf, SEM.hasActor),
        (KG.place, RDFS.subPropertyOf, SEM.hasPlace),
        (KG.date, RDFS.subPropertyOf, SEM.hasTimeStamp),
        (KG.time, RDFS.subPropertyOf, ns.TIME.hasTime),
        (KG.source, RDFS.subPropertyOf, PROV.wasDerivedFrom),
    ],
)
def test_ontology_alignment_present(onto, sub, relation, sup):
    assert (sub, relation, sup) in onto


@pytest.mark.parametrize(
    "cls, codes",
    [
        (KG.Visit, {"042"}),
        (KG.Meeting, {"040", "041", "044"}),
        (KG.Criticism, {"111", "112"}),
        (KG.Statement, {"010"}),
    ],
)
def test_ontology_cameo_annotations(onto, cls, codes):
    assert {str(c) for c in onto.objects(cls, KG.cameoMapping)} == codes
    assert (cls, RDFS.subClassOf, KG.Event) in onto


def test_ontology_event_classes_agree_with_rdf_module(onto):
    declared = {str(t): c for c, t in onto.subject_objects(KG.eventTypeValue)}
    assert declared == {t: c for t, c in EVENT_CLASSES.items()}


def test_ontology_met_is_symmetric(onto):
    assert (KG.met, RDF.type, OWL.SymmetricProperty) in onto


@pytest.mark.parametrize(
    "prop, values", [(KG.modality, model.MODALITIES), (KG.role, model.ROLES)]
)
def test_ontology_closed_value_lists_match_model(onto, prop, values):
    datatype = onto.value(prop, RDFS.range)
    listed = Collection(onto, onto.value(datatype, OWL.oneOf))
    assert tuple(str(v) for v in listed) == values

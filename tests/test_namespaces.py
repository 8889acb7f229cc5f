"""KG (kg/namespaces.py) and ontology/kg.ttl must declare exactly the same terms."""

from __future__ import annotations

import pytest
from rdflib import RDF, URIRef

from kg.namespaces import KG, OWL, PREFIXES, RESOURCE, SEM, WGS84
from kg.validate import load_ontology

DECLARING_TYPES = (
    OWL.Class,
    OWL.ObjectProperty,
    OWL.DatatypeProperty,
    OWL.AnnotationProperty,
    RDF.Property,
)


def _declared_in_ttl() -> set[str]:
    graph = load_ontology()
    ns = str(KG._NS)
    return {
        str(s)[len(ns) :]
        for t in DECLARING_TYPES
        for s in graph.subjects(RDF.type, t)
        if str(s).startswith(ns)
    }


def _declared_in_python() -> set[str]:
    return set(KG.__annotations__)


def test_namespaces_every_kg_term_is_declared_in_ttl():
    missing = _declared_in_python() - _declared_in_ttl()
    assert not missing, f"in KG but not declared in kg.ttl: {sorted(missing)}"


def test_namespaces_every_ttl_term_is_in_kg():
    missing = _declared_in_ttl() - _declared_in_python()
    assert not missing, f"declared in kg.ttl but not in KG: {sorted(missing)}"


def test_namespaces_every_kg_term_used_in_ttl_is_declared():
    graph = load_ontology()
    ns = str(KG._NS)
    used = {
        str(t)[len(ns) :]
        for triple in graph
        for t in triple
        if isinstance(t, URIRef) and str(t).startswith(ns)
    }
    assert used <= _declared_in_ttl()


@pytest.mark.parametrize("namespace", [KG, SEM, WGS84])
def test_namespaces_typo_raises(namespace):
    with pytest.raises(AttributeError):
        namespace.typo  # noqa: B018


def test_namespaces_terms_resolve_to_full_iris():
    assert str(KG.Event) == "https://w3id.org/kg-news/ontology#Event"
    assert str(KG.place) != str(KG.Place)
    assert str(RESOURCE).endswith("/id/")
    assert PREFIXES["kg"] == str(KG._NS)

"""Every RDF format round-trips to a graph isomorphic to the store's content."""

from __future__ import annotations

import io

import pytest
import rdflib
from rdflib.compare import to_isomorphic

from kg.export import Filters, export
from kg.export.rdf import _RdfExporter
from kg.namespaces import PREFIXES
from kg.rdf import _to_rdflib, graph_iri
from kg.registry import exporters

from . import export_data

RDF_FORMATS = sorted(n for n in exporters.names() if issubclass(exporters.get(n), _RdfExporter))
RDFLIB_NAMES = {"turtle": "turtle", "trig": "trig", "nquads": "nquads", "jsonld": "json-ld"}


@pytest.fixture
def store(memory_store):
    export_data.load(memory_store)
    return memory_store


def expected_graphs(store) -> dict[str, rdflib.Graph]:
    """The store's content per named graph, as rdflib terms.

    Taken from the store rather than from kg.rdf.triples_graph: Oxigraph keeps
    literals in canonical form (xsd:decimal "35.0" comes back as "35"), and
    rdflib's isomorphism compares lexical forms.
    """
    graphs: dict[str, rdflib.Graph] = {}
    for quad in store.quads():
        graph = graphs.setdefault(quad.graph_name.value, rdflib.Graph())
        graph.add(tuple(_to_rdflib(t) for t in (quad.subject, quad.predicate, quad.object)))
    return graphs


def exported(store, fmt: str, filters=Filters()) -> str:
    out = io.StringIO()
    export(store, fmt, out, filters)
    return out.getvalue()


def test_rdf_formats_are_all_covered():
    assert RDF_FORMATS == sorted(RDFLIB_NAMES)


@pytest.mark.parametrize("fmt", RDF_FORMATS)
def test_rdf_round_trips_to_an_isomorphic_graph(store, fmt):
    data = exported(store, fmt)
    expected = expected_graphs(store)
    assert sorted(expected) == sorted(graph_iri(d) for d in ("doc-a", "doc-b"))
    union = rdflib.Graph()
    for graph in expected.values():
        union += graph
    dataset = rdflib.Dataset()
    dataset.parse(data=data, format=RDFLIB_NAMES[fmt])
    parsed = rdflib.Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        parsed.add((s, p, o))
    assert to_isomorphic(parsed) == to_isomorphic(union)
    if exporters.get(fmt).datasets:  # named graphs kept: each document's graph on its own
        for name, graph in expected.items():
            assert to_isomorphic(dataset.graph(rdflib.URIRef(name))) == to_isomorphic(graph)


@pytest.mark.parametrize("fmt", ["turtle", "trig"])
def test_rdf_binds_the_ontology_prefixes(store, fmt):
    data = exported(store, fmt)
    for prefix in ("kg", "kgr", "xsd", "rdfs"):
        assert f"@prefix {prefix}: <{PREFIXES[prefix]}>" in data


def test_rdf_document_filter_exports_one_graph(store):
    graph = rdflib.Graph().parse(data=exported(store, "turtle", Filters(document="doc-b")),
                                 format="turtle")
    assert to_isomorphic(graph) == to_isomorphic(expected_graphs(store)[graph_iri("doc-b")])

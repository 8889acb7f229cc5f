"""SHACL validation of `kg` graphs against ``ontology/shapes.ttl``.

The ontology files are package data (``kg/ontology/``, see :mod:`kg.resources`),
so validation works from an installed wheel as from the checkout.
"""

from __future__ import annotations

from functools import lru_cache

import rdflib

from kg.namespaces import PREFIXES
from kg.resources import read_resource

__all__ = ["load_ontology", "load_shapes", "validate"]


def _parse(name: str) -> rdflib.Graph:
    graph = rdflib.Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True)
    return graph.parse(data=read_resource("ontology", name), format="turtle")


def load_ontology() -> rdflib.Graph:
    """The OWL ontology (kg.ttl), freshly parsed so callers may modify it."""
    return _parse("kg.ttl")


@lru_cache(maxsize=1)
def load_shapes() -> rdflib.Graph:
    """The SHACL shapes (shapes.ttl); cached, so do not modify the result."""
    return _parse("shapes.ttl")


def validate(graph: rdflib.Graph) -> tuple[bool, str]:
    """Check a graph against the shapes: (conforms, pyshacl's human-readable report).

    No inference is run: `kg.rdf` writes the superclass types (kg:Event,
    kg:Actor) explicitly, so the shapes' targets match without the ontology.
    """
    from pyshacl import validate as shacl_validate  # slow import; only when validating

    conforms, _report_graph, report_text = shacl_validate(
        graph,
        shacl_graph=load_shapes(),
        inference="none",
        abort_on_first=False,
        allow_warnings=False,
    )
    return bool(conforms), str(report_text)

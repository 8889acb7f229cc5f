"""SHACL validation of `kg` graphs against ``ontology/shapes.ttl``.

The ontology files live once, in ``ontology/`` at the repository root; an
installed wheel may carry them as package data in ``kg/ontology/`` instead.
Both places are tried, so the files are never copied into Python strings.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import rdflib

from kg.errors import KGError
from kg.namespaces import PREFIXES

__all__ = ["load_ontology", "load_shapes", "ontology_dir", "validate"]

_CANDIDATES = (
    Path(__file__).resolve().parents[1] / "ontology",  # source checkout / editable install
    Path(__file__).resolve().parent / "ontology",  # shipped as package data
)


def ontology_dir() -> Path:
    """The directory holding kg.ttl and shapes.ttl."""
    for candidate in _CANDIDATES:
        if (candidate / "kg.ttl").is_file() and (candidate / "shapes.ttl").is_file():
            return candidate
    tried = ", ".join(str(c) for c in _CANDIDATES)
    raise KGError(f"ontology files kg.ttl and shapes.ttl not found (looked in {tried})")


def _parse(name: str) -> rdflib.Graph:
    graph = rdflib.Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True)
    return graph.parse(ontology_dir() / name, format="turtle")


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

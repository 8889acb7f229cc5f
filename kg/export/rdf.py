"""RDF serialisations of the store: Turtle, TriG, N-Quads, JSON-LD, with the ontology's prefixes."""

from __future__ import annotations

from typing import TextIO

import pyoxigraph as ox

from kg.export.events_view import Filters
from kg.namespaces import PREFIXES
from kg.rdf import graph_iri


PREFIXED = (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG)


class _RdfExporter:
    format: ox.RdfFormat
    datasets = False  # whether the format keeps named graphs

    def export(self, store, stream: TextIO, filters: Filters) -> None:
        graph = graph_iri(filters.document) if filters.document else None
        quads = list(store.quads(graph))
        prefixes = {k: str(v) for k, v in PREFIXES.items()}
        kwargs = {"prefixes": prefixes} if self.format in PREFIXED else {}
        if self.datasets:
            data = ox.serialize(sorted(quads, key=str), format=self.format, **kwargs)
        else:
            triples = sorted({ox.Triple(q.subject, q.predicate, q.object) for q in quads}, key=str)
            data = ox.serialize(triples, format=self.format, **kwargs)
        stream.write(data.decode("utf-8"))


class TurtleExporter(_RdfExporter):
    """The union of all documents' graphs as Turtle."""

    format = ox.RdfFormat.TURTLE


class TrigExporter(_RdfExporter):
    """Every document's named graph, as TriG."""

    format = ox.RdfFormat.TRIG
    datasets = True


class NQuadsExporter(_RdfExporter):
    format = ox.RdfFormat.N_QUADS
    datasets = True


class JsonLdExporter(_RdfExporter):
    format = ox.RdfFormat.JSON_LD
    datasets = True

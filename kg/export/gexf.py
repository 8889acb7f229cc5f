"""Dynamic GEXF 1.3 for Gephi's timeline: `kg export --format gexf [--graph actors|events]`.

``mode="dynamic"`` and ``timeformat="date"``: every node and edge carries
``<spells>``, one interval per date of its events at that date's precision
(a month-level date covers the whole month, a year the whole year; overlapping
intervals are merged), so Gephi's timeline slider shows actors and relations
when their events happen. Elements of undated events only have no spells and
are always visible. Colours are ``viz:color`` per type; the edge weight is the
number of events. Written line by line (networkx writes no spells for 1.3).
"""

from __future__ import annotations

from typing import TextIO

from kg.export.events_view import Filters
from kg.export.network import (
    EDGE_ORDER,
    NODE_ORDER,
    build_network,
    columns,
    spells,
    xml_value,
)
from kg.export.xmlwriter import XmlWriter

NS = "http://gexf.net/1.3"
VIZ = "http://gexf.net/1.3/viz"
SCHEMA = "http://gexf.net/1.3/gexf.xsd"
TYPES = {"int": "integer", "double": "double", "string": "string"}
NATIVE = {"label", "weight", "r", "g", "b"}  # written as GEXF's own attributes, not attvalues


class GexfExporter:
    """Actors (default) or actors and events as dynamic GEXF 1.3 with spells and colours."""

    graph_option = True

    def __init__(self, graph: str = "actors") -> None:
        self.graph = graph

    def export(self, store, stream: TextIO, filters: Filters) -> None:
        network = build_network(store, filters, self.graph)
        node_cols = [c for c in columns(network.nodes, NODE_ORDER) if c[0] not in NATIVE]
        edge_cols = [c for c in columns(network.edges, EDGE_ORDER) if c[0] not in NATIVE]
        out = XmlWriter(stream)
        out.declaration()
        with out.element("gexf", {
            "xmlns": NS,
            "xmlns:viz": VIZ,
            "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
            "xsi:schemaLocation": f"{NS} {SCHEMA}",
            "version": "1.3",
        }):
            with out.element("meta"):
                out.leaf("creator", None, "kg")
                out.leaf("description", None, f"kg event graph, {network.projection} projection")
            default = network.edge_default
            with out.element("graph", {"mode": "dynamic", "defaultedgetype": default,
                                       "timeformat": "date"}):
                for kind, cols in (("node", node_cols), ("edge", edge_cols)):
                    with out.element("attributes", {"class": kind, "mode": "static"}):
                        for name, type_ in cols:
                            out.leaf("attribute", {"id": name, "title": name,
                                                   "type": TYPES[type_]})
                with out.element("nodes"):
                    for node in network.nodes:
                        with out.element("node", {"id": node.id,
                                                  "label": xml_value(node.attrs["label"])}):
                            _content(out, node.attrs, node_cols, node.dates)
                            out.leaf("viz:color", {k: str(node.attrs[k]) for k in "rgb"})
                with out.element("edges"):
                    for edge in network.edges:
                        attrs = {"id": edge.id, "source": edge.source, "target": edge.target,
                                 "label": xml_value(edge.attrs["label"])}
                        if not edge.directed and default == "directed":
                            attrs["type"] = "undirected"
                        if "weight" in edge.attrs:
                            attrs["weight"] = xml_value(float(edge.attrs["weight"]))
                        with out.element("edge", attrs):
                            _content(out, edge.attrs, edge_cols, edge.dates)


def _content(out: XmlWriter, attrs: dict, cols: list[tuple[str, str]], dates: set[str]) -> None:
    present = [name for name, _ in cols if name in attrs]
    if present:
        with out.element("attvalues"):
            for name in present:
                out.leaf("attvalue", {"for": name, "value": xml_value(attrs[name])})
    if dates:
        with out.element("spells"):
            for start, end in spells(dates):
                out.leaf("spell", {"start": start, "end": end})

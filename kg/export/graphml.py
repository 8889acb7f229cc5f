"""Gephi-clean GraphML: `kg export --format graphml [--graph actors|events]`.

Gephi's importer reads a key whose ``attr.name`` is ``label`` as the label and
``r``/``g``/``b`` as the colour, and also takes the key *ids* ``d3`` (nodes) and
``d7`` (edges) as labels. networkx numbers its keys ``d0…dN``, so some unrelated
attribute can land on ``d3``. Here every key id is explicit and named
(``node_label``, ``edge_weight``…), so only the attributes meant as label and
colour are read as such. Values are never empty, dates are ISO strings at their
precision, lists are joined with "; ".
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import TextIO

from kg.export.events_view import Filters
from kg.export.network import (
    EDGE_ORDER,
    NODE_ORDER,
    Network,
    build_network,
    columns,
    xml_value,
)

NS = "http://graphml.graphdrawing.org/xmlns"
SCHEMA = "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"


class GraphmlExporter:
    """Actors (default) or actors and events as a directed GraphML graph for Gephi."""

    graph_option = True

    def __init__(self, graph: str = "actors") -> None:
        self.graph = graph

    def export(self, store, stream: TextIO, filters: Filters) -> None:
        write_network(build_network(store, filters, self.graph), stream)


def write_network(network: Network, stream: TextIO) -> None:
    """Write a built projection as GraphML."""
    root = ET.Element("graphml", {
        "xmlns": NS,
        "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
        "xsi:schemaLocation": f"{NS} {SCHEMA}",
    })
    for kind, items, order in (("node", network.nodes, NODE_ORDER),
                               ("edge", network.edges, EDGE_ORDER)):
        for name, type_ in columns(items, order):
            ET.SubElement(root, "key", {"id": f"{kind}_{name}", "for": kind,
                                        "attr.name": name, "attr.type": type_})
    graph = ET.SubElement(root, "graph", {"id": f"kg-{network.projection}",
                                          "edgedefault": "directed"})
    for node in network.nodes:
        element = ET.SubElement(graph, "node", {"id": node.id})
        _data(element, "node", node.attrs, NODE_ORDER)
    for edge in network.edges:
        element = ET.SubElement(graph, "edge", {"id": edge.id, "source": edge.source,
                                                "target": edge.target})
        _data(element, "edge", edge.attrs, EDGE_ORDER)
    ET.indent(root)
    stream.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    stream.write(ET.tostring(root, encoding="unicode"))
    stream.write("\n")


def _data(element: ET.Element, kind: str, attrs: dict, order: tuple[str, ...]) -> None:
    rank = {name: i for i, name in enumerate(order)}
    for name in sorted(attrs, key=lambda n: (rank.get(n, len(rank)), n)):
        ET.SubElement(element, "data", {"key": f"{kind}_{name}"}).text = xml_value(attrs[name])

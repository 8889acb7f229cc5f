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

import functools
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
from kg.export.xmlwriter import XmlWriter

NS = "http://graphml.graphdrawing.org/xmlns"
SCHEMA = "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"


class GraphmlExporter:
    """Actors (default) or actors and events as GraphML for Gephi; symmetric relations undirected."""

    graph_option = True

    def __init__(self, graph: str = "actors") -> None:
        self.graph = graph

    def export(self, store, stream: TextIO, filters: Filters) -> None:
        write_network(build_network(store, filters, self.graph), stream)


def write_network(network: Network, stream: TextIO) -> None:
    """Write a built projection as GraphML, element by element."""
    out = XmlWriter(stream)
    out.declaration()
    with out.element("graphml", {
        "xmlns": NS,
        "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
        "xsi:schemaLocation": f"{NS} {SCHEMA}",
    }):
        for kind, items, order in (("node", network.nodes, NODE_ORDER),
                                   ("edge", network.edges, EDGE_ORDER)):
            for name, type_ in columns(items, order):
                out.leaf("key", {"id": f"{kind}_{name}", "for": kind,
                                 "attr.name": name, "attr.type": type_})
        default = network.edge_default
        with out.element("graph", {"id": f"kg-{network.projection}", "edgedefault": default}):
            for node in network.nodes:
                _item(out, "node", {"id": node.id}, node.attrs, NODE_ORDER)
            for edge in network.edges:
                ids = {"id": edge.id, "source": edge.source, "target": edge.target}
                if not edge.directed and default == "directed":
                    ids["directed"] = "false"
                _item(out, "edge", ids, edge.attrs, EDGE_ORDER)


def _item(out: XmlWriter, kind: str, ids: dict[str, str], attrs: dict,
          order: tuple[str, ...]) -> None:
    rank = _rank(order)
    with out.element(kind, ids):
        for name in sorted(attrs, key=lambda n: (rank.get(n, len(rank)), n)):
            out.leaf("data", {"key": f"{kind}_{name}"}, xml_value(attrs[name]))


@functools.cache
def _rank(order: tuple[str, ...]) -> dict[str, int]:
    return {name: i for i, name in enumerate(order)}

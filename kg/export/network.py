"""Events as a network for Gephi: the two projections GraphML and GEXF both write.

``actors``  actors are nodes; one edge per (relation type, ordered actor pair),
            weighted by the number of events, with first/last date and sources.
``events``  bipartite: actor and event nodes; agents point at their event, the
            event points at its targets and places; the edge carries the role.

Compute first, serialise second: :func:`build_network` returns plain records
(sorted, so every writer is deterministic) and the writers only format them.
Edges of an actors projection follow who did what to whom: agents to targets
(to places for visits; between the agents of a meeting without a target).
Meetings are symmetric, so their pair is sorted, A-met-B and B-met-A are
one edge, and that edge is undirected (GraphML ``directed="false"``, GEXF
``type="undirected"``; a graph of meetings only is undirected as a whole). Places of other events are not joined to anyone here; the events
projection keeps them.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field

from kg.export.events_view import Filters, load_events
from kg.export.timeline import describe
from kg.model import AGENT, PLACE_ROLE, TARGET
from kg.namespaces import KG
from kg.registry import Registry

#: Node colours per type (r, g, b); Gephi reads them from GraphML r/g/b and GEXF viz:color.
COLOURS: dict[str, tuple[int, int, int]] = {
    "Person": (31, 119, 180),
    "Organization": (255, 127, 14),
    "Place": (44, 160, 44),
    "Group": (148, 103, 189),
    "Actor": (127, 127, 127),
    "Event": (214, 39, 40),
}

GEO_QUERY = f"""
SELECT ?actor ?geonames ?lat ?long WHERE {{
  ?actor <{KG.geonamesId}> ?geonames .
  OPTIONAL {{ ?actor <{KG.lat}> ?lat ; <{KG.long}> ?long }}
}}
"""

SYMMETRIC = {"met"}


@dataclass
class Node:
    id: str
    attrs: dict[str, str | int | float]
    dates: set[str] = field(default_factory=set)  # event dates, at their precision


@dataclass
class Edge:
    id: str
    source: str
    target: str
    attrs: dict[str, str | int | float]
    dates: set[str] = field(default_factory=set)
    directed: bool = True  # False for symmetric relations ("met"): Gephi draws no arrow


@dataclass
class Network:
    """A projection ready to write: nodes and edges in a stable order.

    Nodes and edges are sorted by IRI (edges by relation or role, then their
    ends' IRIs) and numbered ``n0…``/``e0…``: GraphML wants ids that are XML
    NMTOKENs, which IRIs are not; a node's IRI is its ``iri`` attribute.
    Attribute values are never empty; lists are joined with "; ".
    """

    projection: str
    nodes: list[Node]
    edges: list[Edge]

    @property
    def edge_default(self) -> str:
        """"undirected" when every edge is, else "directed" (undirected ones say so per edge)."""
        return "undirected" if self.edges and not any(e.directed for e in self.edges) \
            else "directed"


def date_bounds(date: str) -> tuple[str, str]:
    """First and last day a date at its precision covers: '2022-05' -> 2022-05-01, 2022-05-31."""
    if len(date) == 4:
        return f"{date}-01-01", f"{date}-12-31"
    if len(date) == 7:
        year, month = int(date[:4]), int(date[5:7])
        return f"{date}-01", f"{date}-{calendar.monthrange(year, month)[1]:02d}"
    return date, date


def spells(dates: set[str]) -> list[tuple[str, str]]:
    """The days covered by these dates as sorted, merged [start, end] intervals."""
    merged: list[list[str]] = []
    for start, end in sorted(date_bounds(d) for d in dates):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(s, e) for s, e in merged]


def _geo(store) -> dict[str, dict[str, str | int | float]]:
    geo: dict[str, dict[str, str | int | float]] = {}
    rows = sorted(store.query(GEO_QUERY), key=lambda r: (r["actor"].value, str(r["lat"])))
    for row in rows:
        info = geo.setdefault(row["actor"].value, {"geonames_id": int(row["geonames"].value)})
        if row["lat"] is not None and "lat" not in info:
            info["lat"] = float(row["lat"].value)
            info["long"] = float(row["long"].value)
    return geo


def _node(nodes: dict[str, Node], key: str, label: str, kind: str, extra: dict) -> Node:
    if key not in nodes:
        r, g, b = COLOURS.get(kind, COLOURS["Actor"])
        attrs: dict[str, str | int | float] = {"label": label, "type": kind}
        attrs.update(extra)
        attrs.update({"r": r, "g": g, "b": b})
        nodes[key] = Node(key, attrs)
    return nodes[key]


def _actor_node(nodes: dict[str, Node], part: dict, geo: dict) -> Node:
    return _node(nodes, part["id"], part["label"], part["type"] or "Actor", geo.get(part["id"], {}))


def _pairs(event: dict) -> list[tuple[str, str]]:
    """(source, target) actor ids an event joins in the actors projection."""
    roles: dict[str, list[str]] = {AGENT: [], TARGET: [], PLACE_ROLE: []}
    for p in event["participants"]:
        if p["id"] not in roles.setdefault(p["role"], []):
            roles[p["role"]].append(p["id"])
    agents, targets = roles[AGENT], roles[TARGET]
    if event["type"] == "visited":
        objects = roles[PLACE_ROLE] or targets
    elif event["type"] in SYMMETRIC and not targets:
        return [(a, b) for i, a in enumerate(agents) for b in agents[i + 1 :]]
    else:
        objects = targets
    return [(a, o) for a in agents for o in objects if a != o]


def _actors(events: list[dict], geo: dict) -> tuple[dict[str, Node], dict[str, Edge]]:
    nodes: dict[str, Node] = {}
    edges: dict[str, Edge] = {}
    docs: dict[str, set[str]] = {}
    for event in events:
        for part in event["participants"]:
            node = _actor_node(nodes, part, geo)
            if event["date"]:
                node.dates.add(event["date"])
        for source, target in _pairs(event):
            if event["type"] in SYMMETRIC:
                source, target = sorted((source, target))
            key = f"{event['type']} {source} {target}"
            edge = edges.get(key)
            if edge is None:
                attrs = {"label": event["type"], "type": event["type"], "weight": 0}
                edge = edges[key] = Edge(key, source, target, attrs,
                                         directed=event["type"] not in SYMMETRIC)
            edge.attrs["weight"] = int(edge.attrs["weight"]) + 1
            docs.setdefault(key, set()).update(s["document"] for s in event["sources"])
            if event["date"]:
                edge.dates.add(event["date"])
    for key, edge in edges.items():
        if edge.dates:
            edge.attrs["first"] = min(edge.dates)
            edge.attrs["last"] = max(edge.dates)
        edge.attrs["sources"] = "; ".join(sorted(docs[key]))
    return nodes, edges


def _event_extra(event: dict) -> dict[str, str | int | float]:
    extra: dict[str, str | int | float] = {"event_type": event["type"]}
    if event["date"]:
        extra["date"] = event["date"]
    extra["modality"] = event["modality"]
    extra["confidence"] = event["confidence"]
    extra["sources"] = "; ".join(sorted({s["document"] for s in event["sources"]}))
    return extra


def _events(events: list[dict], geo: dict) -> tuple[dict[str, Node], dict[str, Edge]]:
    nodes: dict[str, Node] = {}
    edges: dict[str, Edge] = {}
    for event in events:
        enode = _node(nodes, event["iri"], describe(event), "Event", _event_extra(event))
        if event["date"]:
            enode.dates.add(event["date"])
        for part in event["participants"]:
            anode = _actor_node(nodes, part, geo)
            source, target = (part["id"], event["iri"]) if part["role"] == AGENT else (
                event["iri"], part["id"])
            key = f"{part['role']} {source} {target}"
            if key not in edges:
                attrs: dict[str, str | int | float] = {"label": part["role"], "role": part["role"]}
                if event["date"]:
                    attrs["date"] = event["date"]
                    anode.dates.add(event["date"])
                edges[key] = Edge(key, source, target, attrs, set(enode.dates))
    return nodes, edges


projections: Registry = Registry("graph projection")
projections.register("actors", _actors)
projections.register("events", _events)


def build_network(store, filters: Filters = Filters(), projection: str = "actors") -> Network:
    """The chosen projection of the selected events; an unknown projection lists the valid ones."""
    return network_from_events(load_events(store, filters), _geo(store), projection)


def network_from_events(events: list[dict], geo: dict, projection: str = "actors") -> Network:
    """The projection of events shaped as :func:`load_events` returns them.

    ``geo`` maps actor IRIs to ``geonames_id``, ``lat`` and ``long``.
    """
    build = projections.get(projection)
    nodes, edges = build(events, geo)
    ids: dict[str, str] = {}
    for n, key in enumerate(sorted(nodes)):
        ids[key] = nodes[key].id = f"n{n}"
        nodes[key].attrs["iri"] = key
    for n, key in enumerate(sorted(edges)):
        edge = edges[key]
        edge.id, edge.source, edge.target = f"e{n}", ids[edge.source], ids[edge.target]
    return Network(
        projection,
        [nodes[k] for k in sorted(nodes)],
        [edges[k] for k in sorted(edges)],
    )


_XML_ILLEGAL = dict.fromkeys(c for c in range(0x20) if c not in (0x09, 0x0A, 0x0D))


def xml_value(value: str | int | float) -> str:
    """An attribute value as XML text: ISO strings stay, numbers in plain form, no control chars."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    return str(value).translate(_XML_ILLEGAL)


def attr_type(values: list[str | int | float]) -> str:
    """The narrowest GraphML/GEXF type holding every value: int, double or string."""
    if all(isinstance(v, int) and not isinstance(v, bool) for v in values):
        return "int"
    if all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values):
        return "double"
    return "string"


#: Attribute order in the files (any other attribute follows, sorted).
NODE_ORDER = ("label", "type", "iri", "event_type", "date", "modality", "confidence", "sources",
              "geonames_id", "lat", "long", "r", "g", "b")
EDGE_ORDER = ("label", "type", "role", "weight", "first", "last", "date", "sources")


def columns(items: list[Node] | list[Edge], order: tuple[str, ...]) -> list[tuple[str, str]]:
    """(name, type) of every attribute some item has, in ``order`` then by name."""
    values: dict[str, list] = {}
    for item in items:
        for name, value in item.attrs.items():
            values.setdefault(name, []).append(value)
    rank = {name: i for i, name in enumerate(order)}
    names = sorted(values, key=lambda n: (rank.get(n, len(rank)), n))
    return [(name, attr_type(values[name])) for name in names]

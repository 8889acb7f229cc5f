"""GraphML for Gephi: read back by networkx and python-igraph, named keys, both projections."""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET

import igraph
import networkx as nx
import pytest

from kg.errors import ExportError, RegistryError
from kg.export import Filters, export

from . import export_data

NS = {"g": "http://graphml.graphdrawing.org/xmlns"}
NMTOKEN = re.compile(r"[\w.:-]+")


@pytest.fixture
def store(memory_store):
    export_data.load(memory_store)
    return memory_store


def graphml(store, graph=None, filters=Filters()) -> str:
    out = io.StringIO()
    export(store, "graphml", out, filters, graph=graph)
    return out.getvalue()


def nx_read(text: str) -> nx.DiGraph:
    """networkx reads no mixed graph (directed and undirected edges): for the attribute checks
    the undirected meeting edge is read as directed; direction has its own test below."""
    return nx.read_graphml(io.StringIO(text.replace(' directed="false"', "")))


def by_label(graph: nx.DiGraph) -> dict[str, dict]:
    return {data["label"]: data for _, data in graph.nodes(data=True)}


def test_graphml_actors_reads_back_with_networkx(store):
    g = nx_read(graphml(store))
    nodes = by_label(g)
    assert set(nodes) == {"Michelle Bachelet", "Wang Yi", "Antony Blinken", "China", "Kashgar",
                          'Acme <UN> & "Co"', "protesters"}  # the planned visit is left out
    assert nodes["Wang Yi"]["type"] == "Person"
    assert (nodes["Wang Yi"]["r"], nodes["Wang Yi"]["g"], nodes["Wang Yi"]["b"]) == (31, 119, 180)
    assert nodes["Kashgar"]["geonames_id"] == 1280849
    assert nodes["Kashgar"]["lat"] == pytest.approx(39.47)
    assert nodes["Kashgar"]["long"] == pytest.approx(75.99)
    assert "geonames_id" not in nodes["Wang Yi"]
    met = [d for _, _, d in g.edges(data=True) if d["type"] == "met"]
    assert len(met) == 1  # Bachelet met Wang and Wang met Bachelet: one symmetric edge
    assert met[0]["weight"] == 2
    assert (met[0]["first"], met[0]["last"]) == ("2022-05-24", "2022-05-26")
    assert met[0]["sources"] == "doc-a"
    stated = [d for _, _, d in g.edges(data=True) if d["type"] == "stated"]
    assert stated[0]["first"] == "2019" and stated[0]["sources"] == "doc-b"


def test_graphml_actors_reads_back_with_igraph(store, tmp_path):
    path = tmp_path / "actors.graphml"
    path.write_text(graphml(store), encoding="utf-8")
    g = igraph.Graph.Read_GraphML(str(path))
    reference = nx_read(path.read_text(encoding="utf-8"))
    assert g.is_directed()
    assert (g.vcount(), g.ecount()) == (reference.number_of_nodes(), reference.number_of_edges())
    labels = {v["label"]: v for v in g.vs}
    assert labels["China"]["type"] == "Place" and labels["China"]["geonames_id"] == 1814991
    edges = {(g.vs[e.source]["label"], e["type"], g.vs[e.target]["label"]): e for e in g.es}
    assert ("Antony Blinken", "criticized", "China") in edges
    assert ("Michelle Bachelet", "visited", "Kashgar") in edges
    assert edges["Michelle Bachelet", "visited", "Kashgar"]["weight"] == 1


def test_graphml_events_projection_is_bipartite_with_roles(store, tmp_path):
    path = tmp_path / "events.graphml"
    path.write_text(graphml(store, graph="events"), encoding="utf-8")
    for g in (nx.read_graphml(path), igraph.Graph.Read_GraphML(str(path)).to_networkx()):
        kinds = nx.get_node_attributes(g, "type")
        for u, v, data in g.edges(data=True):
            assert (kinds[u] == "Event") != (kinds[v] == "Event")  # always actor-event
            event, actor = (u, v) if kinds[u] == "Event" else (v, u)
            assert data["role"] in ("agent", "target", "place")
            assert (kinds[actor] == "Event") is False
            assert (u == actor) == (data["role"] == "agent")  # agents point at their event
        events = [n for n, k in kinds.items() if k == "Event"]
        assert len(events) == 6
        dates = sorted(g.nodes[n].get("date", "") for n in events)
        assert dates == ["", "2019", "2022-05", "2022-05-24", "2022-05-26", "2022-05-28"]


def test_graphml_key_ids_are_named_so_gephi_finds_no_stray_labels(store):
    for graph in ("actors", "events"):
        root = ET.fromstring(graphml(store, graph=graph))
        keys = root.findall("g:key", NS)
        ids = [k.get("id") for k in keys]
        assert len(ids) == len(set(ids))
        assert not [i for i in ids if re.fullmatch(r"d\d+", i)]
        for key in keys:
            assert key.get("id") == f"{key.get('for')}_{key.get('attr.name')}"
        labels = [(k.get("for"), k.get("id")) for k in keys if k.get("attr.name") == "label"]
        assert sorted(labels) == [("edge", "edge_label"), ("node", "node_label")]


def test_graphml_structure_follows_the_schema(store):
    """What graphml.xsd checks (no copy of the XSD can be had offline): element order,
    NMTOKEN ids, declared keys used for the right domain, known attr.types, no empty data."""
    for graph in ("actors", "events"):
        root = ET.fromstring(graphml(store, graph=graph))
        children = [c.tag.split("}")[1] for c in root]
        assert children == ["key"] * (len(children) - 1) + ["graph"]
        keys = {k.get("id"): k for k in root.findall("g:key", NS)}
        assert {k.get("attr.type") for k in keys.values()} <= {"string", "int", "double"}
        body = root.find("g:graph", NS)
        nodes = body.findall("g:node", NS)
        node_ids = {n.get("id") for n in nodes}
        assert len(node_ids) == len(nodes)
        edges = body.findall("g:edge", NS)
        for element, kind in [(n, "node") for n in nodes] + [(e, "edge") for e in edges]:
            assert NMTOKEN.fullmatch(element.get("id"))
            for data in element.findall("g:data", NS):
                assert keys[data.get("key")].get("for") == kind
                assert data.text and data.text.strip()
        for edge in edges:
            assert {edge.get("source"), edge.get("target")} <= node_ids


def test_graphml_include_hedged_adds_the_planned_visit(store):
    g = nx_read(graphml(store, filters=Filters(include_hedged=True)))
    edges = {(g.nodes[u]["label"], d["type"], g.nodes[v]["label"]) for u, v, d in g.edges(data=True)}
    assert ("Michelle Bachelet", "visited", "China") in edges


def test_graphml_is_deterministic(store):
    assert graphml(store) == graphml(store)
    assert graphml(store, graph="events") == graphml(store, graph="events")


def test_graphml_unknown_projection_lists_the_valid_ones(store):
    with pytest.raises(RegistryError, match="actors, events"):
        graphml(store, graph="people")


def test_graphml_graph_option_is_refused_by_other_formats(store):
    with pytest.raises(ExportError, match="gexf, graphml"):
        export(store, "turtle", io.StringIO(), graph="events")


def test_graphml_with_no_events_is_an_empty_graph(store):
    text = graphml(store, filters=Filters(actor="Nobody Of That Name"))
    assert '<graph id="kg-actors" edgedefault="directed" />' in text
    assert nx.read_graphml(io.StringIO(text)).number_of_nodes() == 0


def test_graphml_symmetric_relations_are_undirected(store, tmp_path):
    """Meetings are undirected edges (no arrow, no in/out skew in Gephi); the rest stay directed."""
    text = graphml(store)
    body = ET.fromstring(text).find("g:graph", NS)
    assert body.get("edgedefault") == "directed"
    kinds = [(e.find("g:data[@key='edge_type']", NS).text, e.get("directed"))
             for e in body.findall("g:edge", NS)]
    assert ("met", "false") in kinds and ("criticized", None) in kinds
    assert all((directed == "false") == (kind == "met") for kind, directed in kinds)
    with pytest.raises(nx.NetworkXError, match="directed=false edge"):
        nx.read_graphml(io.StringIO(text))  # networkx sees the undirected edge (and refuses mixing)
    # A graph of meetings only is undirected as a whole, for networkx and igraph alike.
    met = graphml(store, filters=Filters(type="met"))
    assert 'edgedefault="undirected"' in met and "directed=" not in met.replace("edgedefault", "")
    path = tmp_path / "met.graphml"
    path.write_text(met, encoding="utf-8")
    for g in (nx.read_graphml(path), igraph.Graph.Read_GraphML(str(path)).to_networkx()):
        assert not g.is_directed()
        assert g.number_of_edges() == 1
        (u, v), = g.edges()
        labels = {g.nodes[u]["label"], g.nodes[v]["label"]}
        assert labels == {"Michelle Bachelet", "Wang Yi"}
        assert dict(g.degree()) == {u: 1, v: 1}

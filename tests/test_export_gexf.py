"""Dynamic GEXF 1.3: networkx reads it back, spells replay the dates, viz colours per type."""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET

import igraph
import networkx as nx
import pytest

from kg.export import Filters, export
from kg.export.network import COLOURS, date_bounds, spells

from . import export_data

NS = {"x": "http://gexf.net/1.3", "viz": "http://gexf.net/1.3/viz"}
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


@pytest.fixture
def store(memory_store):
    export_data.load(memory_store)
    return memory_store


def nx_read(text: str) -> nx.DiGraph:
    """networkx reads no mixed graph: the undirected meeting edge is read as directed for the
    attribute checks; test_gexf_symmetric_relations_are_undirected checks direction."""
    return nx.read_gexf(io.StringIO(text.replace(' type="undirected"', "")))


def gexf(store, graph=None, filters=Filters()) -> str:
    out = io.StringIO()
    export(store, "gexf", out, filters, graph=graph)
    return out.getvalue()


@pytest.mark.parametrize("date, bounds", [
    ("2022-05-28", ("2022-05-28", "2022-05-28")),
    ("2022-05", ("2022-05-01", "2022-05-31")),
    ("2024-02", ("2024-02-01", "2024-02-29")),
    ("2019", ("2019-01-01", "2019-12-31")),
])
def test_gexf_date_bounds_cover_the_precision(date, bounds):
    assert date_bounds(date) == bounds


def test_gexf_spells_merge_overlapping_dates():
    assert spells({"2022-05", "2022-05-24", "2019"}) == [
        ("2019-01-01", "2019-12-31"), ("2022-05-01", "2022-05-31")]
    assert spells({"2022-05-24", "2022-05-26"}) == [
        ("2022-05-24", "2022-05-24"), ("2022-05-26", "2022-05-26")]


def test_gexf_header_is_dynamic_1_3_with_dates(store):
    root = ET.fromstring(gexf(store))
    assert root.tag == "{http://gexf.net/1.3}gexf" and root.get("version") == "1.3"
    graph = root.find("x:graph", NS)
    assert graph.get("mode") == "dynamic" and graph.get("timeformat") == "date"


def test_gexf_reads_back_with_networkx(store):
    g = nx_read(gexf(store))
    nodes = {d["label"]: d for _, d in g.nodes(data=True)}
    assert nodes["Kashgar"]["spells"] == [("2022-05-01", "2022-05-31")]
    assert nodes["Kashgar"]["geonames_id"] == 1280849
    assert nodes["Kashgar"]["viz"]["color"] == {"r": 44, "g": 160, "b": 44, "a": 1.0}
    assert nodes["Michelle Bachelet"]["spells"] == [("2022-05-01", "2022-05-31")]
    assert "spells" not in nodes["protesters"]  # undated only: always visible
    met = [d for _, _, d in g.edges(data=True) if d["label"] == "met"]
    assert len(met) == 1 and met[0]["weight"] == 2
    assert met[0]["spells"] == [("2022-05-24", "2022-05-24"), ("2022-05-26", "2022-05-26")]


def test_gexf_every_spell_is_an_iso_interval_within_its_nodes(store):
    for graph in ("actors", "events"):
        root = ET.fromstring(gexf(store, graph=graph))
        node_spells = {}
        for node in root.iter("{http://gexf.net/1.3}node"):
            node_spells[node.get("id")] = [(s.get("start"), s.get("end"))
                                           for s in node.findall("x:spells/x:spell", NS)]
            colour = node.find("viz:color", NS)
            assert tuple(int(colour.get(c)) for c in "rgb") in COLOURS.values()
        for element in root.iter("{http://gexf.net/1.3}edge"):
            for spell in element.findall("x:spells/x:spell", NS):
                start, end = spell.get("start"), spell.get("end")
                assert ISO_DAY.fullmatch(start) and ISO_DAY.fullmatch(end) and start <= end
                for node in (element.get("source"), element.get("target")):
                    assert any(s <= start and end <= e for s, e in node_spells[node])


def test_gexf_attvalues_use_declared_attributes(store):
    root = ET.fromstring(gexf(store, graph="events"))
    declared = {a.get("class"): {x.get("id") for x in a.findall("x:attribute", NS)}
                for a in root.findall("x:graph/x:attributes", NS)}
    for kind in ("node", "edge"):
        for element in root.iter(f"{{http://gexf.net/1.3}}{kind}"):
            for value in element.findall("x:attvalues/x:attvalue", NS):
                assert value.get("for") in declared[kind]
                assert value.get("value") != ""


def test_gexf_has_the_same_graph_as_graphml_read_by_igraph(store, tmp_path):
    """igraph has no GEXF reader: check GEXF against the GraphML of the same selection."""
    path = tmp_path / "actors.graphml"
    out = io.StringIO()
    export(store, "graphml", out)
    path.write_text(out.getvalue().replace(' directed="false"', ""), encoding="utf-8")
    ig = igraph.Graph.Read_GraphML(str(path))
    from_igraph = {(ig.vs[e.source]["label"], e["type"], ig.vs[e.target]["label"], e["weight"])
                   for e in ig.es}
    g = nx_read(gexf(store))
    from_gexf = {(g.nodes[u]["label"], d["label"], g.nodes[v]["label"], int(d["weight"]))
                 for u, v, d in g.edges(data=True)}
    assert from_gexf == from_igraph


def test_gexf_is_deterministic(store):
    assert gexf(store, graph="events") == gexf(store, graph="events")


def test_gexf_symmetric_relations_are_undirected(store):
    text = gexf(store)
    root = ET.fromstring(text)
    assert root.find("x:graph", NS).get("defaultedgetype") == "directed"
    kinds = [(e.get("label"), e.get("type")) for e in root.iter("{http://gexf.net/1.3}edge")]
    assert ("met", "undirected") in kinds and ("criticized", None) in kinds
    assert all((kind == "undirected") == (label == "met") for label, kind in kinds)
    with pytest.raises(nx.NetworkXError, match="Undirected edge found in directed graph"):
        nx.read_gexf(io.StringIO(text))  # networkx sees the undirected edge (and refuses mixing)
    met = gexf(store, filters=Filters(type="met"))
    assert ET.fromstring(met).find("x:graph", NS).get("defaultedgetype") == "undirected"
    assert all(e.get("type") is None for e in ET.fromstring(met).iter("{http://gexf.net/1.3}edge"))
    g = nx.read_gexf(io.StringIO(met))
    assert not g.is_directed() and g.number_of_edges() == 1
    (u, v), = g.edges()
    assert {g.nodes[u]["label"], g.nodes[v]["label"]} == {"Michelle Bachelet", "Wang Yi"}
    assert g.edges[u, v]["weight"] == 2

"""SPARQL execution and result formats, read back by independent parsers."""

from __future__ import annotations

import csv
import io
import json

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import isomorphic
from rdflib.query import Result

from kg.errors import MissingPathError, QueryError
from kg.query import (
    GRAPH_FORMATS,
    SOLUTION_FORMATS,
    QueryResult,
    format_result,
    read_query,
    run_query,
    stats,
)
from kg.store import Store

EX = "http://example.org/"
XSD = "http://www.w3.org/2001/XMLSchema#"
TRICKY = 'comma, "quote"\nnewline\ttab é'


def n(local: str) -> ox.NamedNode:
    return ox.NamedNode(EX + local)


@pytest.fixture
def store():
    s = Store.open(None)
    s.replace_graph(EX + "doc1", [
        ox.Triple(n("alice"), n("type"), n("Person")),
        ox.Triple(n("alice"), n("name"), ox.Literal("Alice", language="en")),
        ox.Triple(n("alice"), n("age"), ox.Literal("41", datatype=ox.NamedNode(XSD + "integer"))),
        ox.Triple(n("alice"), n("note"), ox.Literal(TRICKY)),
    ])
    s.replace_graph(EX + "doc2", [
        ox.Triple(n("bob"), n("type"), n("Person")),
        ox.Triple(n("bob"), n("knows"), ox.BlankNode("friend")),
    ])
    yield s
    s.close()


SELECT = f"""
SELECT ?s ?name ?note WHERE {{
  ?s <{EX}type> <{EX}Person> .
  OPTIONAL {{ ?s <{EX}name> ?name }}
  OPTIONAL {{ ?s <{EX}note> ?note }}
}} ORDER BY ?s
"""


def test_query_default_union_sees_named_graphs(store):
    assert len(run_query(store, SELECT).rows) == 2
    assert run_query(store, SELECT, default_union=False).rows == []
    graphs = run_query(store, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g")
    assert [r[0].value for r in graphs.rows] == [EX + "doc1", EX + "doc2"]


def test_query_select_result_shape(store):
    result = run_query(store, SELECT)
    assert result.kind == "select"
    assert result.variables == ("s", "name", "note")
    alice, bob = result.rows
    assert alice == (n("alice"), ox.Literal("Alice", language="en"), ox.Literal(TRICKY))
    assert bob == (n("bob"), None, None)


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_query_select_round_trips_through_rdflib(store, fmt):
    text = format_result(run_query(store, SELECT), fmt)
    parsed = Result.parse(io.StringIO(text), format=fmt)
    assert [str(v) for v in parsed.vars] == ["s", "name", "note"]
    rows = [tuple(row) for row in parsed]
    assert rows == [
        (rdflib.URIRef(EX + "alice"), rdflib.Literal("Alice", lang="en"), rdflib.Literal(TRICKY)),
        (rdflib.URIRef(EX + "bob"), None, None),
    ]


def test_query_json_is_sparql_results_json(store):
    data = json.loads(format_result(run_query(store, SELECT), "json"))
    assert data["head"]["vars"] == ["s", "name", "note"]
    first = data["results"]["bindings"][0]
    assert first["name"] == {"type": "literal", "value": "Alice", "xml:lang": "en"}
    assert "name" not in data["results"]["bindings"][1]  # unbound stays unbound


def test_query_csv_read_by_csv_module(store):
    text = format_result(run_query(store, SELECT), "csv")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows == [["s", "name", "note"], [EX + "alice", "Alice", TRICKY], [EX + "bob", "", ""]]


def test_query_tsv_read_by_csv_module(store):
    text = format_result(run_query(store, SELECT), "tsv")
    rows = list(csv.reader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE))
    assert rows[0] == ["?s", "?name", "?note"]
    assert rows[1][:2] == [f"<{EX}alice>", '"Alice"@en']
    assert rows[1][2] == str(ox.Literal(TRICKY))  # escaped: one line per row
    assert rows[2] == [f"<{EX}bob>", "", ""]


def test_query_typed_and_blank_terms_survive_formats(store):
    sparql = f"SELECT ?age ?f WHERE {{ ?a <{EX}age> ?age . ?b <{EX}knows> ?f }}"
    result = run_query(store, sparql)
    for fmt in ("json", "xml"):
        (row,) = list(Result.parse(io.StringIO(format_result(result, fmt)), format=fmt))
        assert row[0] == rdflib.Literal("41", datatype=rdflib.XSD.integer)
        assert isinstance(row[1], rdflib.BNode)


@pytest.mark.parametrize("sparql,expected", [
    (f"ASK {{ ?s <{EX}type> <{EX}Person> }}", True),
    (f"ASK {{ ?s <{EX}type> <{EX}Robot> }}", False),
])
@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_query_ask_round_trips(store, sparql, expected, fmt):
    result = run_query(store, sparql)
    assert result.kind == "ask" and result.boolean is expected
    parsed = Result.parse(io.StringIO(format_result(result, fmt)), format=fmt)
    assert parsed.askAnswer is expected


@pytest.mark.parametrize("expected", [True, False])
def test_query_ask_table(expected):
    text = format_result(QueryResult("ask", boolean=expected), "table")
    assert text == f"{str(expected).lower()}\n"


CONSTRUCT = f"CONSTRUCT {{ ?s <{EX}label> ?name }} WHERE {{ ?s <{EX}name> ?name }}"


@pytest.mark.parametrize("fmt,rdflib_format", [
    ("turtle", "turtle"), ("ntriples", "nt"), ("jsonld", "json-ld"), ("xml", "xml"),
    ("n3", "n3"),
])
def test_query_construct_parsed_by_rdflib(store, fmt, rdflib_format):
    result = run_query(store, CONSTRUCT)
    assert result.kind == "graph" and len(result.triples) == 1
    text = format_result(result, fmt, prefixes={"ex": EX})
    graph = rdflib.Graph().parse(data=text, format=rdflib_format)
    expected = rdflib.Graph()
    expected.add((rdflib.URIRef(EX + "alice"), rdflib.URIRef(EX + "label"),
                  rdflib.Literal("Alice", lang="en")))
    assert isomorphic(graph, expected)


def test_query_construct_turtle_uses_prefixes(store):
    text = format_result(run_query(store, CONSTRUCT), "turtle", prefixes={"ex": EX})
    assert "ex:alice" in text


@pytest.mark.parametrize("fmt", ["table", "csv", "tsv"])
def test_query_construct_tabular_fallback(store, fmt):
    text = format_result(run_query(store, CONSTRUCT), fmt, prefixes={"ex": EX})
    assert "subject" in text and "predicate" in text and "object" in text
    assert "alice" in text


def test_query_describe_is_graph(store):
    result = run_query(store, f"DESCRIBE <{EX}bob>")
    assert result.kind == "graph" and len(result.triples) == 2


def test_query_table_is_aligned_and_shortened(store):
    text = format_result(run_query(store, SELECT), "table", prefixes={"ex": EX})
    lines = text.splitlines()
    assert lines[0].split() == ["s", "name", "note"]
    assert set(lines[1].replace(" ", "")) == {"-"}
    assert lines[2].startswith("ex:alice  ") and "Alice@en" in lines[2]
    assert "\\n" in lines[2]  # newlines escaped: one line per row
    assert lines[3].rstrip() == "ex:bob"
    assert lines[-1] == "(2 rows)"
    starts = [lines[0].index("name"), lines[2].index("Alice")]
    assert starts[0] == starts[1]


@pytest.mark.parametrize("term,prefixes,expected", [
    (n("alice"), {}, f"<{EX}alice>"),
    (n("alice"), {"ex": EX}, "ex:alice"),
    (n("a/b"), {"ex": EX}, f"<{EX}a/b>"),  # not a valid local name: keep the IRI
    (ox.Literal("3", datatype=ox.NamedNode(XSD + "integer")), {}, "3"),
    (ox.Literal("x", datatype=n("T")), {"ex": EX}, '"x"^^ex:T'),
    (ox.BlankNode("b0"), {}, "_:b0"),
    (None, {}, ""),
])
def test_query_table_cells(term, prefixes, expected):
    result = QueryResult("select", ("v",), [(term,)])
    assert format_result(result, "table", prefixes=prefixes).splitlines()[2].rstrip() == expected


def test_query_table_clips_long_values():
    result = QueryResult("select", ("v",), [(ox.Literal("x" * 500),)])
    line = format_result(result, "table").splitlines()[2]
    assert len(line) == 60 and line.endswith("…")


def test_query_empty_select_in_every_format(store):
    result = run_query(store, f"SELECT ?s WHERE {{ ?s <{EX}nothing> ?o }}")
    for fmt in SOLUTION_FORMATS:
        assert format_result(result, fmt) is not None
    assert format_result(result, "table").splitlines()[-1] == "(0 rows)"
    parsed = Result.parse(io.StringIO(format_result(result, "json")), format="json")
    assert list(parsed) == []


@pytest.mark.parametrize("sparql", [
    "SELEC ?s WHERE { ?s ?p ?o }",
    "SELECT ?s WHERE { ?s ?p }",
    "PREFIX : <x> SELECT * WHERE { ?s undeclared:p ?o }",
])
def test_query_malformed_raises_with_parser_message(store, sparql):
    with pytest.raises(SyntaxError) as parser:
        ox.Store().query(sparql)
    with pytest.raises(QueryError) as info:
        run_query(store, sparql)
    assert str(parser.value) in str(info.value)


@pytest.mark.parametrize("kind,fmt,valid", [
    ("select", "turtle", "table, csv, tsv, json, xml"),
    ("graph", "yaml", "turtle, ntriples"),
])
def test_query_unknown_format_lists_valid_ones(kind, fmt, valid):
    with pytest.raises(QueryError, match=valid):
        format_result(QueryResult(kind), fmt)


def test_query_format_names_are_case_insensitive(store):
    assert format_result(run_query(store, SELECT), "JSON").startswith("{")
    assert set(GRAPH_FORMATS) >= {"turtle", "ntriples", "jsonld", "xml", "table", "csv"}


def test_query_prefixes_argument(store):
    result = run_query(store, "SELECT ?s WHERE { ?s ex:type ex:Person }", prefixes={"ex": EX})
    assert len(result.rows) == 2


def test_query_timeout(store):
    with pytest.raises(QueryError, match="timeout"):
        run_query(store, "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }", timeout=0)
    assert run_query(store, SELECT, timeout=60).rows


# -- reading the query text -------------------------------------------------------------


class FakeStdin(io.StringIO):
    def __init__(self, text: str, tty: bool = False) -> None:
        super().__init__(text)
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


@pytest.mark.parametrize("arg,use_file,stdin,expected", [
    ("ASK {}", False, FakeStdin("ignored", tty=True), "ASK {}"),
    (None, True, FakeStdin("", tty=True), "SELECT * WHERE {}"),
    (None, False, FakeStdin("ASK { ?s ?p ?o }"), "ASK { ?s ?p ?o }"),
    ("-", False, FakeStdin("ASK {}", tty=True), "ASK {}"),
])
def test_query_read_query_sources(tmp_path, arg, use_file, stdin, expected):
    path = tmp_path / "q.rq"
    path.write_text("\ufeffSELECT * WHERE {}", encoding="utf-8")  # a BOM is dropped
    assert read_query(arg, str(path) if use_file else None, stdin) == expected


@pytest.mark.parametrize("arg,file,stdin,message", [
    ("ASK {}", "q.rq", None, "not both"),
    (None, None, FakeStdin("", tty=True), "no query given"),
    (None, None, None, "no query given"),
    (None, None, FakeStdin("   \n"), "empty"),
])
def test_query_read_query_errors(arg, file, stdin, message):
    with pytest.raises(QueryError, match=message):
        read_query(arg, file, stdin)


def test_query_read_query_missing_file(tmp_path):
    with pytest.raises(MissingPathError, match="no such query file"):
        read_query(None, str(tmp_path / "nope.rq"), None)


# -- stats --------------------------------------------------------------------------------


def test_query_stats_counts(store):
    store.replace_graph(EX + "doc3", [ox.Triple(n("alice"), n("type"), n("Person"))])
    rdf_type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    store.replace_graph(EX + "doc4", [
        ox.Triple(n("e1"), ox.NamedNode(rdf_type), n("Event")),
        ox.Triple(n("e2"), ox.NamedNode(rdf_type), n("Event")),
        ox.Triple(n("alice"), ox.NamedNode(rdf_type), ox.NamedNode("http://other.org/Agent")),
        ox.Triple(n("alice"), ox.NamedNode(rdf_type), n("Person")),
        ox.Triple(n("bob"), ox.NamedNode(rdf_type), n("Person")),
    ])
    store.replace_graph(EX + "doc5", [ox.Triple(n("alice"), ox.NamedNode(rdf_type), n("Person"))])
    result = stats(store, ns_kg="http://other.org/")
    assert result["graphs"] == 5
    assert result["triples"] == 4 + 2 + 1 + 5 + 1
    # alice is typed Person in two documents but counted once; the ontology's class comes first
    assert result["types"] == {"http://other.org/Agent": 1, EX + "Person": 2, EX + "Event": 2}
    assert list(result["types"])[0] == "http://other.org/Agent"

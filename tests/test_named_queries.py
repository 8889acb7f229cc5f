"""Named queries: headers, safe parameters, and the same rows from `kg query` and HTTP."""

from __future__ import annotations

import json
import urllib.parse
import urllib.request

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.errors import QueryError
from kg.query.named import QUERIES_DIR, load_named, named_query, parse_params, render
from kg.query import run_query
from kg.query.text import has_service, query_form, where_brace

REQUIRED = {"actor-events", "criticisms", "visits-per-place", "statements", "events-in-range",
            "co-actors", "fact-sources"}


def test_named_queries_cover_the_issue_and_document_themselves():
    queries = load_named()
    assert REQUIRED <= set(queries)
    for q in queries.values():
        assert q.title and len(q.description) > 40, q.name
        assert query_form(q.sparql) == "SELECT"
        for p in q.params:
            assert p.doc and f"?{p.name}" in q.sparql, (q.name, p.name)
            if p.required:
                assert p.example, f"{q.name}: a required parameter needs an @example"


@pytest.mark.parametrize("name", sorted(REQUIRED))
def test_named_queries_run_on_the_seeds_with_their_examples(served_store_readonly, name):
    q = named_query(name)
    result = run_query(served_store_readonly, render(q, q.example))
    assert result.kind == "select" and result.rows, name


@pytest.fixture(scope="module")
def served_store_readonly(served_store):
    from kg.store import Store

    with Store.open(served_store, read_only=True) as store:
        yield store


EVIL = [
    'x" } } ; DROP ALL ; SELECT * { "',
    "a\\\" . ?s ?p ?o #",
    "line\nbreak } UNION { ?s ?p ?o }",
    "<http://example.org/> SERVICE <http://127.0.0.1:9/>",
    "Ürümqi ‘quoted’ \U0001F600",
]


@pytest.mark.parametrize("value", EVIL)
def test_named_queries_values_cannot_inject(memory_store, tmp_path, value):
    (tmp_path / "echo.rq").write_text(
        "# Echo a parameter.\n#\n# Returns the value bound to ?v unchanged.\n#\n"
        "# @param v string required -- any text\nSELECT ?v WHERE { }\n"
    )
    q = load_named(tmp_path)["echo"]
    text = render(q, {"v": value})
    assert not has_service(text)
    result = run_query(memory_store, text)
    assert result.rows == [(ox.Literal(value),)]


def test_named_queries_typed_parameters(tmp_path, memory_store):
    (tmp_path / "typed.rq").write_text(
        "# Typed.\n#\n# Binds one of each type.\n#\n"
        "# @param d date required -- a date\n"
        "# @param i iri required -- an IRI\n"
        "# @param n integer optional -- a number\n"
        "SELECT ?d ?i ?n WHERE { }\n"
    )
    q = load_named(tmp_path)["typed"]
    row = run_query(memory_store, render(q, {"d": "2022-05", "i": "kgr:actor/person/x",
                                             "n": "42"})).rows[0]
    assert row[0] == ox.Literal("2022-05", datatype=ox.NamedNode(
        "http://www.w3.org/2001/XMLSchema#gYearMonth"))
    assert row[1] == ox.NamedNode("https://w3id.org/kg-news/id/actor/person/x")
    assert row[2].value == "42"
    optional_unbound = run_query(memory_store, render(q, {"d": "2022", "i": "urn:x"})).rows[0]
    assert optional_unbound[2] is None


@pytest.mark.parametrize("params,message", [
    ({}, "needs --param for actor"),
    ({"actor": "x", "nope": "y"}, "has no parameter 'nope'. Parameters: actor"),
])
def test_named_queries_parameter_errors_are_actionable(params, message):
    with pytest.raises(QueryError, match=message):
        render(named_query("co-actors"), params)


@pytest.mark.parametrize("param,value", [
    ("from", "May 2022"), ("from", "2022-5-1"), ("to", '2022" }'),
])
def test_named_queries_bad_dates_are_refused(param, value):
    params = {"from": "2022-05-01", "to": "2022-05-31", param: value}
    with pytest.raises(QueryError, match="must be a date"):
        render(named_query("events-in-range"), params)


def test_named_queries_bad_iri_is_refused(tmp_path):
    (tmp_path / "i.rq").write_text("# I.\n# @param i iri required -- an IRI\nSELECT ?i WHERE { }\n")
    q = load_named(tmp_path)["i"]
    for bad in ["not an iri", "http://x/> } <y", "relative/path"]:
        with pytest.raises(QueryError, match="IRI"):
            render(q, {"i": bad})


def test_named_queries_unknown_name_lists_the_valid_ones():
    with pytest.raises(QueryError, match="Available: actor-events, co-actors"):
        named_query("nope")


def test_named_queries_parse_params():
    assert parse_params(["actor=Michelle Bachelet", "x=a=b"]) == {
        "actor": "Michelle Bachelet", "x": "a=b"}
    with pytest.raises(QueryError):
        parse_params(["novalue"])


def test_named_queries_where_brace_skips_strings_and_comments():
    text = '# WHERE {\nSELECT ("WHERE {" AS ?x) WHERE { ?s ?p ?o }'
    at = where_brace(text)
    assert text[:at].endswith("WHERE {") and text[at:] == " ?s ?p ?o }"


def test_named_queries_folder_is_ontology_queries():
    assert QUERIES_DIR.name == "queries" and QUERIES_DIR.parent.name == "ontology"


# -- the same rows from `kg query --named` and from the endpoint ---------------------------


def _bindings(payload: str) -> list[dict]:
    return json.loads(payload)["results"]["bindings"]


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(REQUIRED))
def test_named_queries_cli_and_http_give_the_same_rows(live_server, name):
    q = named_query(name)
    args = ["query", "--named", name, "--format", "json", "--store", str(live_server.store)]
    for key, value in q.example.items():
        args += ["--param", f"{key}={value}"]
    result = CliRunner().invoke(cli, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    url = f"{live_server.url}/queries/{name}?" + urllib.parse.urlencode(q.example)
    request = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        over_http = response.read().decode()
    assert _bindings(result.output) == _bindings(over_http)
    assert _bindings(over_http)


@pytest.mark.slow
def test_named_queries_listed_by_cli_and_endpoint(live_server):
    listed = CliRunner().invoke(cli, ["query", "--list-named"]).output
    with urllib.request.urlopen(live_server.url + "/queries", timeout=30) as response:
        over_http = json.loads(response.read())
    assert {q["name"] for q in over_http} == set(load_named())
    for q in over_http:
        assert q["name"] in listed and q["title"] in listed
        assert q["url"].endswith("/queries/" + q["name"])


@pytest.mark.slow
def test_named_queries_http_errors(live_server):
    def status(path: str) -> int:
        try:
            with urllib.request.urlopen(live_server.url + path, timeout=30) as response:
                return response.status
        except urllib.error.HTTPError as exc:
            return exc.code

    assert status("/queries/nope") == 404
    assert status("/queries/co-actors") == 400  # missing actor
    assert status("/queries/events-in-range?from=yesterday&to=2022") == 400
    assert status("/queries/visits-per-place?format=csv") == 200

"""The public Python API: `kg.__all__` complete, `import kg` cheap, the README session runs."""

from __future__ import annotations

import __future__
import ast
import datetime as dt
import doctest
import inspect
import io
import subprocess
import sys
import types
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox
import pytest

import kg
import kg.errors
from kg import _api

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_TRIG = ROOT / "exports" / "graph.trig"
XSD = "http://www.w3.org/2001/XMLSchema#"
EX = "http://example.org/"


@pytest.fixture(scope="module")
def sample():
    """The demo run's graph (the seeds, extracted) in memory."""
    with kg.open_store(":memory:") as store:
        store.bulk_load(path=SAMPLE_TRIG, fmt="trig")
        yield store


def test_api_all_is_complete_and_every_name_resolves():
    for name in kg.__all__:
        getattr(kg, name)  # lazy names load
    public = {name for name, value in vars(kg).items()
              if (not name.startswith("_") or name == "__version__")
              and not isinstance(value, (types.ModuleType, __future__._Feature))
              and name != "TYPE_CHECKING"}
    assert sorted(public) == sorted(kg.__all__)
    assert kg.__all__ == sorted(kg.__all__)


def test_api_exports_every_error_and_every_api_function():
    errors = {name for name, value in vars(kg.errors).items()
              if inspect.isclass(value) and issubclass(value, kg.errors.KGError)}
    functions = {name for name, value in vars(_api).items()
                 if inspect.isfunction(value) and value.__module__ == _api.__name__
                 and not name.startswith("_")}
    assert errors <= set(kg.__all__)
    assert functions <= set(kg.__all__)
    for name in functions:
        func = getattr(kg, name)
        assert func.__doc__, name
        assert "return" in func.__annotations__, name


def test_api_lazy_names_match_the_type_checking_imports():
    tree = ast.parse(Path(kg.__file__).read_text(encoding="utf-8"))
    block = next(n for n in tree.body if isinstance(n, ast.If) and ast.unparse(n.test) == "TYPE_CHECKING")
    imported = {alias.name: node.module for node in block.body for alias in node.names}
    assert imported == kg._LAZY


def test_api_import_kg_loads_no_heavy_library():
    code = ("import sys, kg; heavy = {'spacy', 'rdflib', 'pyoxigraph', 'httpx', 'trafilatura'}; "
            "print(sorted(heavy & {m.split('.')[0] for m in sys.modules}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_api_functions_keep_their_names_when_submodules_load():
    import importlib

    for module in ("kg.ingest.readers", "kg.export.jsonl", "kg.extract.dates", "kg.query",
                   "kg.validate", "kg.query.named", "kg.evaluate"):
        importlib.import_module(module)
    for name in ("ingest", "export", "extract", "query", "validate", "named_queries", "evaluate"):
        assert isinstance(getattr(kg, name), types.FunctionType), name
    from kg.export import export as module_export

    assert module_export is not kg.export


def _readme_session() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## From Python", 1)[1].split("\n## ", 1)[0]
    return section.split("```pycon\n", 1)[1].split("```", 1)[0]


def test_api_readme_session_runs_as_written(extractor, monkeypatch):
    monkeypatch.setitem(_api._extractors, None, extractor)  # the session's spaCy model, loaded once
    session = _readme_session()
    parser = doctest.DocTestParser()
    test = parser.get_doctest(session, {}, "README.md: From Python", str(ROOT / "README.md"), 0)
    assert len(test.examples) >= 5
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    out = io.StringIO()
    runner.run(test, out=out.write)
    assert runner.failures == 0, out.getvalue()


def test_api_query_gives_python_values_with_project_prefixes():
    typed = {"n": ("41", "integer"), "d": ("0.75", "decimal"), "f": ("1.5E0", "double"),
             "b": ("true", "boolean"), "day": ("2022-05-28", "date"), "month": ("2022-05", "gYearMonth"),
             "bad": ("abc", "integer")}
    with kg.open_store(None) as store:
        store.replace_graph(EX + "g", [
            ox.Triple(ox.NamedNode(EX + "s"), ox.NamedNode(EX + key), ox.Literal(v, datatype=ox.NamedNode(XSD + t)))
            for key, (v, t) in typed.items()
        ] + [ox.Triple(ox.NamedNode(EX + "s"), ox.NamedNode(f"{kg_ns()}label"), ox.Literal("Ann", language="en"))])
        row = kg.query(store, "SELECT * WHERE { ?s ?p ?o } ORDER BY ?p")
        values = {r["p"].removeprefix(EX): r["o"] for r in row}
        assert values == {"n": 41, "d": Decimal("0.75"), "f": 1.5, "b": True, "day": dt.date(2022, 5, 28),
                          "month": "2022-05", "bad": "abc", f"{kg_ns()}label": "Ann"}
        assert row[0]["s"] == EX + "s"
        assert kg.query(store, "SELECT ?x WHERE { OPTIONAL { ?s kg:label ?x } ?s <http://example.org/n> ?n }") \
            == [{"x": "Ann"}]
        assert kg.query(store, "ASK { ?s kg:label 'Ann'@en }") is True
        assert kg.query(store, "CONSTRUCT { ?s kg:label ?l } WHERE { ?s kg:label ?l }") \
            == [(EX + "s", f"{kg_ns()}label", "Ann")]
        assert kg.query(store, "SELECT ?x WHERE { OPTIONAL { ?s <urn:none> ?x } } LIMIT 1") == [{"x": None}]


def kg_ns() -> str:
    from kg.namespaces import KG

    return str(KG._NS)


def test_api_query_named_and_its_errors(sample):
    rows = kg.query(sample, named="actor-events", params={"actor": "Michelle Bachelet"})
    assert rows and all(isinstance(r, dict) for r in rows)
    assert "actor-events" in kg.named_queries()
    with pytest.raises(kg.QueryError, match="one of the two"):
        kg.query(sample)
    with pytest.raises(kg.QueryError, match="named=NAME"):
        kg.query(sample, "ASK {}", params={"actor": "x"})
    with pytest.raises(kg.QueryError):
        kg.query(sample, "SELECT WHERE")


def test_api_events_are_typed_records_that_keep_every_field(sample):
    from dataclasses import fields

    from kg.export.events_view import load_events
    from kg.export.records import EventRecord, SourceRecord

    dicts = load_events(sample, kg.Filters(include_hedged=True))
    records = kg.events(sample, include_hedged=True)
    assert len(records) == len(dicts) > 10
    assert {k for d in dicts for k in d} <= {f.name for f in fields(EventRecord)}
    assert {k for d in dicts for s in d["sources"] for k in s} <= {f.name for f in fields(SourceRecord)}
    first = records[0]
    assert isinstance(first, kg.EventRecord) and first.iri == dicts[0]["iri"]
    assert first.labels("agent") == tuple(p["label"] for p in dicts[0]["participants"] if p["role"] == "agent")
    assert all(r.modality == "asserted" for r in kg.events(sample))
    met = kg.events(sample, type="met")
    assert met and all(r.type == "met" for r in met)
    assert kg.events(sample, kg.Filters(type="met")) == met
    with pytest.raises(TypeError, match="known: actor"):
        kg.events(sample, kind="met")


def test_api_export_to_text_stream_and_file(sample, tmp_path):
    text = kg.export(sample, "jsonl", type="met")
    assert text and all('"type": "met"' in line for line in text.splitlines())
    stream = io.StringIO()
    assert kg.export(sample, "jsonl", stream, type="met") is None
    assert stream.getvalue() == text
    target = tmp_path / "actors.graphml"
    kg.export(sample, "graphml", target, graph="events")
    assert target.read_text(encoding="utf-8").startswith("<?xml")
    with pytest.raises(kg.RegistryError, match="Available"):
        kg.export(sample, "nope", tmp_path / "x.out")
    with pytest.raises(kg.KGError, match="cannot write .*x.jsonl"):
        kg.export(sample, "jsonl", tmp_path / "no" / "x.jsonl")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["actors.graphml"]


def test_api_stats_and_validate(sample):
    counts = kg.stats(sample)
    assert counts["documents"] > 0 and counts["triples"] == sample.triple_count()
    assert counts["events"]["met"]["corpus"] > 0
    assert set(counts["actors"]) == {"Person", "Organization", "Place", "Group"}
    conforms, report = kg.validate(sample)
    assert conforms, report


def test_api_ingest_paths_and_documents_then_remove(extractor, monkeypatch, tmp_path):
    monkeypatch.setitem(_api._extractors, None, extractor)
    article = tmp_path / "visit.txt"
    article.write_text("Antony Blinken visited Kyiv on 28 May 2022.", encoding="utf-8")
    doc = kg.document("Olaf Scholz met Emmanuel Macron in Paris on 3 June 2022.", id="meeting")
    assert doc.id == "meeting" and doc.content_hash
    assert kg.document("Same text.").id == kg.document("Same text.").id
    with kg.open_store(None) as store:
        seen = []
        summary = kg.ingest([article, doc, tmp_path / "missing.txt"], store,
                            on_progress=lambda n, doc_id: seen.append((n, doc_id)))
        assert (summary.documents, len(summary.failed)) == (2, 1)
        assert seen == [(1, "visit"), (2, "meeting")]
        assert kg.ingest([doc], store).unchanged == 1
        with pytest.raises(kg.MissingPathError):
            kg.ingest([tmp_path / "missing.txt"], store, strict=True)
        assert kg.remove(store, "meeting") == 1
        assert [d for d in store.graphs() if d.endswith("meeting")] == []
    one = kg.extract("Antony Blinken visited Kyiv on Friday.", published="2022-05-28", id="x")
    assert isinstance(one, kg.Extraction) and one.document.id == "x"
    with pytest.raises(TypeError):
        kg.extract(doc, published="2022-05-28")


def test_api_evaluate_a_store_a_file_or_dicts(sample, shared, tmp_path):
    import json

    from kg.evaluate import evaluate, read_gold, store_events

    gold = shared / "gold" / "seeds.json"
    expected = evaluate(read_gold(gold), store_events(sample))
    events = tmp_path / "events.jsonl"
    kg.export(sample, "jsonl", events)
    assert kg.evaluate(sample, gold) == expected
    assert kg.evaluate(events, gold).summary() == expected.summary()
    assert kg.evaluate(store_events(sample), json.loads(gold.read_text(encoding="utf-8"))) == expected
    assert isinstance(expected, kg.Evaluation) and expected.tp > 0
    with pytest.raises(kg.MalformedRecordError):
        kg.evaluate(sample, {"actors": []})

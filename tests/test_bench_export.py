"""The export benchmark and its generator run end to end on a tiny corpus (no timing asserted)."""

from __future__ import annotations

import itertools
import json
import sys

from kg.validate import validate

from .conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))

import bench_export  # noqa: E402
import generate  # noqa: E402


def test_bench_export_generator_writes_the_ingest_shape():
    import rdflib

    from kg.rdf import triples_graph

    extractions = list(itertools.islice(generate.synthetic_extractions(actors=40), 3))
    assert [len(ex.events) for ex in extractions] == [10, 10, 10]
    graph = rdflib.Graph()
    for ex in extractions:
        graph += triples_graph(ex)
    conforms, report = validate(graph)
    assert conforms, report
    assert len(generate.synthetic_quads(2_000)) >= 2_000


def test_bench_export_smoke_run_writes_results(tmp_path):
    out = tmp_path / "export.json"
    result = bench_export.main(["--triples", "3000", "--nodes", "200", "--end-to-end-nodes", "100", "-o", str(out)])
    assert json.loads(out.read_text()) == result
    assert result["turtle"]["quads"] >= 3000 and result["graphml"]["nodes"] >= 200 and result["graphml"]["kg_export_nodes"] > 0
    assert result["turtle"]["ratio_rdflib_over_kg"] > 0

"""A smoke run of the benchmark suite on tiny sizes: it runs and writes its results."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from .conftest import ROOT

pytestmark = pytest.mark.slow


def test_benchmarks_quick_run_writes_every_measure(tmp_path):
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "run.py"), "--quick", "--out", str(tmp_path)],
                   check=True, capture_output=True, text=True, timeout=600)
    results = json.loads((tmp_path / "quick.json").read_text())
    measures = results["measures"]
    for key in ("extraction_words_per_s", "ingest_seconds", "bulk_load_triples_per_s", "peak_memory_mb"):
        m = measures[key]
        assert m["value"] > 0 and m["baseline"] > 0 and m["ratio"] > 0
    assert len(measures["growth_curve"]["points"]) == 2
    assert "queries" in measures["named_queries"]
    assert "turtle" in measures["exports"]
    assert "| measure |" in (tmp_path / "quick.md").read_text()

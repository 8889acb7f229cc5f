"""The committed sample exports in exports/ are exactly what the demo writes today."""

from __future__ import annotations

import subprocess
import sys

import pytest

from .conftest import ROOT

pytestmark = pytest.mark.slow

EXPORTS = {
    "events.jsonl": ["--format", "jsonl"],
    "events-all.jsonl": ["--format", "jsonl", "--include-hedged"],
    "timeline.md": ["--format", "markdown"],
    "graph.ttl": ["--format", "turtle"],
    "graph.trig": ["--format", "trig"],
    "actors.graphml": ["--format", "graphml"],
    "events.graphml": ["--format", "graphml", "--graph", "events"],
    "graph.gexf": ["--format", "gexf"],
    "timeline.json": ["--format", "timelinejs"],
    "events.csv": ["--format", "csv"],
    "timeline.html": ["--format", "html"],
}


def kg(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "kg.cli", *args], cwd=ROOT, check=True,
                   capture_output=True, text=True, timeout=600)


def test_export_sample_exports_do_not_drift(tmp_path):
    store = str(tmp_path / "store")
    kg("ingest", "seeds/", "--store", store)  # the demo's exact path, so kg:path matches
    for name, args in EXPORTS.items():
        out = tmp_path / name
        kg("export", *args, "-o", str(out), "--store", store)
        committed = (ROOT / "exports" / name).read_text(encoding="utf-8")
        assert out.read_text(encoding="utf-8") == committed, (
            f"exports/{name} is stale: run `make demo` and commit exports/")

"""Quality floors on the gold sets in ../shared (skipped where ../shared is absent)."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from kg.export import Filters, export
from kg.store import Store
from kg.workflow import ingest

from .conftest import SEEDS

pytestmark = pytest.mark.slow


def score(shared, gold, source, extractor, tmp_path) -> dict[str, float]:
    """Ingest ``source``, export asserted events, and parse score.py's summary line."""
    out = tmp_path / "events.jsonl"
    with Store.open(None) as store:
        summary = ingest([str(source)], store, extractor=extractor)
        assert not summary.failed
        with out.open("w", encoding="utf-8") as stream:
            export(store, "jsonl", stream, Filters())
    report = subprocess.run([sys.executable, str(shared / "gold" / "score.py"), str(gold), str(out)],
                            capture_output=True, text=True, check=True).stdout
    last = report.strip().splitlines()[-1]
    values = dict(re.findall(r"(\w+)=([\d./]+)", last))
    right, dated = values.pop("date_acc").split("/")
    result = {k: float(v) for k, v in values.items()}
    result["dates_right"], result["dated"] = int(right), int(dated)
    return result


def test_quality_seeds_meet_the_floor(shared, extractor, tmp_path):
    s = score(shared, shared / "gold" / "seeds.json", SEEDS, extractor, tmp_path)
    assert s["precision"] >= 0.90
    assert s["recall"] >= 0.90
    assert s["dates_right"] == s["dated"]
    assert s["violations"] == 0


def test_quality_meantime_stated_recall(shared, extractor, tmp_path):
    corpus = shared / "corpora" / "meantime-dev"
    s = score(shared, corpus / "gold.json", corpus / "docs.jsonl", extractor, tmp_path)
    assert s["recall"] >= 0.75

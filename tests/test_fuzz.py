"""Fuzz: 300+ seeded bad and odd inputs beside good files, through the real CLI in one ingest.

Nothing may crash (no traceback), hang (a per-input time budget, only as a
guard), lose a good file, or leave a bad one without exactly one error line
naming it (the file, or file:LINE). The generator is
``benchmarks/fuzz_inputs.py``; ``benchmarks/bench_robustness.py`` runs the
same with 10,000 inputs.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import date

import pytest

from .conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))

import corpus  # noqa: E402  (benchmarks/corpus.py)
import fuzz_inputs  # noqa: E402  (benchmarks/fuzz_inputs.py)

SECONDS_PER_INPUT = 3.0  # a hang guard, not a speed test: the whole run takes about 0.1 s per input
N_INPUTS = 300
N_GOOD = 12


@pytest.fixture(scope="module")
def fuzz_run(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("fuzz")
    cases = fuzz_inputs.generate(tmp / "bad", N_INPUTS, seed=13)
    good = tmp / "good"
    good.mkdir()
    rng = random.Random(7)
    good_ids = []
    for i in range(N_GOOD):
        rec = corpus.article(rng, i, date(2022, 1, 1))
        (good / f"good-{i:02d}.txt").write_text(rec["text"], encoding="utf-8")
        good_ids.append(f"good-{i:02d}")
    (good / "more.jsonl").write_text(
        "\n".join(json.dumps(corpus.article(rng, 100 + i, date(2022, 1, 1))) for i in range(3)) + "\n",
        encoding="utf-8")
    good_ids += [f"gen-{100 + i:07d}" for i in range(3)]
    stderr, timed_out, _ = fuzz_inputs.run_ingest(
        [good, tmp / "bad"], tmp / "store", timeout=60 + SECONDS_PER_INPUT * (len(cases) + len(good_ids)))
    from kg.rdf import document_iri
    from kg.store import Store

    with Store.open(str(tmp / "store"), read_only=True) as store:
        graphs = set(store.graphs())
    stored = {d for d in {c.doc_id for c in cases} | set(good_ids) if d and document_iri(d) in graphs}
    return cases, stderr, timed_out, fuzz_inputs.judge(tmp / "bad", cases, stderr, stored, good_ids)


def test_fuzz_covers_every_class_with_300_inputs(fuzz_run) -> None:
    cases, _, _, result = fuzz_run
    assert len(cases) >= N_INPUTS
    assert set(result["classes"]) == set(fuzz_inputs.CLASSES)


def test_fuzz_ingest_never_hangs_or_crashes(fuzz_run) -> None:
    _, stderr, timed_out, result = fuzz_run
    assert not timed_out, stderr[-2000:]
    assert result["tracebacks"] == 0, stderr[-4000:]
    assert "ingested " in stderr.splitlines()[-1]


def test_fuzz_every_good_input_is_ingested(fuzz_run) -> None:
    _, stderr, _, result = fuzz_run
    assert result["lost_good"] == [], stderr[-4000:]


def test_fuzz_every_bad_input_is_reported_in_one_line(fuzz_run) -> None:
    _, stderr, _, result = fuzz_run
    assert result["bad_not_reported_once"] == [], stderr[-4000:]
    assert result["unexpected_errors"] == [], stderr[-4000:]
    summary = stderr.splitlines()[-1]
    assert summary.endswith(f"{result['bad_inputs']} failed"), summary


def test_fuzz_unreadable_dates_warn_once_and_ingest(fuzz_run) -> None:
    _, stderr, _, result = fuzz_run
    assert result["warned_inputs"] > 0
    assert result["odd_not_warned_once"] == [], stderr[-4000:]
    assert result["unexpected_warnings"] == [], stderr[-4000:]

"""Quality floors of issue 12 on the gold sets in ../shared, measured with kg.evaluate.

Skipped where ../shared is absent. Each corpus is ingested once per session.
Floors the extractor does not reach yet are marked xfail (strict=False): whoever
reaches one removes its mark, and from then on it guards against regressions.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from kg.evaluate import Evaluation, evaluate, read_gold
from kg.export import Filters, export
from kg.store import Store
from kg.workflow import ingest

from .conftest import SEEDS

pytestmark = pytest.mark.slow

RELATIONS = ("visited", "criticized", "met", "stated")


def _not_yet(reason: str):
    return pytest.mark.xfail(strict=False, reason=f"issue 12, not reached yet: {reason}")


@pytest.fixture(scope="session")
def corpora(shared):
    return {
        "seeds": (SEEDS, shared / "gold" / "seeds.json"),
        "wikinews": (shared / "corpora" / "wikinews-dev" / "docs.jsonl",
                     shared / "corpora" / "wikinews-dev" / "gold.json"),
        "meantime": (shared / "corpora" / "meantime-dev" / "docs.jsonl",
                     shared / "corpora" / "meantime-dev" / "gold.json"),
    }


@pytest.fixture(scope="session")
def events_file(corpora, extractor, tmp_path_factory):
    """name -> jsonl export of the asserted events of that corpus, ingested on first use."""
    cache: dict = {}

    def get(name: str):
        if name not in cache:
            source, _ = corpora[name]
            out = tmp_path_factory.mktemp(name) / "events.jsonl"
            with Store.open(None) as store:
                summary = ingest([str(source)], store, extractor=extractor)
                assert not summary.failed, summary.failed
                with out.open("w", encoding="utf-8") as stream:
                    export(store, "jsonl", stream, Filters())
            cache[name] = out
        return cache[name]

    return get


@pytest.fixture(scope="session")
def scored(corpora, events_file):
    """name -> kg.evaluate result on that corpus."""
    cache: dict[str, Evaluation] = {}

    def get(name: str) -> Evaluation:
        if name not in cache:
            lines = events_file(name).read_text(encoding="utf-8").splitlines()
            cache[name] = evaluate(read_gold(corpora[name][1]), [json.loads(x) for x in lines if x])
        return cache[name]

    return get


# --- kg.evaluate agrees with the shared scorer on real output --------------------------


@pytest.mark.parametrize("name", ["seeds", "wikinews"])
def test_quality_floors_evaluate_agrees_with_score_py(shared, corpora, events_file, scored, name):
    printed = subprocess.run(
        [sys.executable, str(shared / "gold" / "score.py"), str(corpora[name][1]), str(events_file(name))],
        capture_output=True, text=True, check=True).stdout
    assert scored(name).summary() == printed.strip().splitlines()[-1]


# --- wikinews-dev: precision >= 0.85, recall >= 0.75, 0 violations, relations >= 0.70 ----


def test_quality_floors_wikinews_precision(scored):
    assert scored("wikinews").precision >= 0.85


def test_quality_floors_wikinews_recall(scored):
    assert scored("wikinews").recall >= 0.75


def test_quality_floors_wikinews_no_violations(scored):
    result = scored("wikinews")
    assert result.violations == 0, [f for f in result.findings if f.kind.startswith("forbidden")]


@pytest.mark.parametrize("relation", [
    pytest.param("criticized", marks=_not_yet("criticized recall on wikinews-dev is 10/15, below 0.70")),
    "met",
    "stated",
    "visited",
])
def test_quality_floors_wikinews_relation_recall(scored, relation):
    score = scored("wikinews").relation(relation)
    if score.required < 7:
        pytest.skip(f"{relation}: {score.required} required facts, the floor needs at least 7")
    assert score.recall >= 0.70


# --- seeds: precision >= 0.90, recall >= 0.90, dates right, 0 violations ---------------


def test_quality_floors_seeds(scored):
    result = scored("seeds")
    assert result.precision >= 0.90
    assert result.recall >= 0.90
    assert result.dates_right == result.dated, result.of("bad date")
    assert result.violations == 0


# --- MEANTIME dev: stated recall >= 0.85, timex value F1 >= 0.80 ------------------------


def test_quality_floors_meantime_stated_recall(scored):
    assert scored("meantime").relation("stated").recall >= 0.85


def test_quality_floors_meantime_timex_value_f1(shared, nlp, tmp_path):
    from kg.extract.dates import find_timexes

    corpus = shared / "corpora" / "meantime-dev"
    system = tmp_path / "timex.jsonl"
    with open(corpus / "docs.jsonl", encoding="utf-8") as fh, system.open("w", encoding="utf-8") as out:
        records = [json.loads(line) for line in fh if line.strip()]
        for rec, doc in zip(records, nlp.pipe(r["text"] for r in records)):
            found = find_timexes(doc, rec.get("published"))
            items = [{"start": t.start, "end": t.end, "type": t.type, "value": t.value} for t in found]
            out.write(json.dumps({"id": rec["id"], "timex": items}) + "\n")
    printed = subprocess.run([sys.executable, str(shared / "gold" / "timex_score.py"),
                              str(corpus / "timex_gold.jsonl"), str(system)],
                             capture_output=True, text=True, check=True).stdout
    value_f1 = float(re.search(r"value_f1=([\d.]+)", printed)[1])
    assert value_f1 >= 0.80, printed

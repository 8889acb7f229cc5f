"""kg.evaluate on small invented gold files, and agreement with ../shared/gold/score.py."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.errors import MalformedRecordError
from kg.evaluate import evaluate, read_events, read_gold, render

from .conftest import ROOT

GOLD = {
    "scored_relations": ["visited", "criticized", "met", "stated"],
    "actors": {
        "okafor": {"label": "Ada Okafor", "aliases": ["Ada Okafor", "Okafor", "Governor Ada Okafor"]},
        "lind": {"label": "Per Lind", "aliases": ["Per Lind", "Lind"]},
        "norway": {"label": "Norway", "aliases": ["Norway", "Oslo"]},
        "union": {"label": "the Dockers' Union", "aliases": ["Dockers’ Union"]},
    },
    "required": [
        {"s": "okafor", "r": "visited", "o": "norway", "date": "2031-03", "doc": "d1",
         "evidence": "Okafor arrived in Oslo."},
        {"s": "lind", "r": "met", "o": "okafor", "date": "2031-03-04", "doc": "d1",
         "evidence": "Lind met Okafor on Tuesday."},
        {"s": "union", "r": "criticized", "o": "lind", "doc": "d2", "evidence": "The union slammed Lind."},
        {"s": "lind", "r": "stated", "date": "2031", "doc": "d2", "evidence": "Lind said ..."},
    ],
    "optional": [{"s": "okafor", "r": "stated"}],
    "must_not_assert": [{"s": "okafor", "r": "criticized", "o": "lind", "doc": "d3",
                         "why": "she only might"}],
    "must_not_be_actors": ["Reuters"],
}


def event(type_: str, agent: str, *others: tuple[str, str], date: str | None = None,
          doc: str = "d1", evidence: str = "A sentence.") -> dict:
    parts = [{"role": "agent", "label": agent}] + [{"role": r, "label": label} for r, label in others]
    return {"type": type_, "date": date, "participants": parts,
            "sources": [{"document": doc, "sentence": 0, "start": 0, "end": 1, "evidence": evidence}]}


def test_evaluate_perfect_extraction_scores_one():
    events = [
        event("visited", "Governor Ada Okafor", ("place", "Oslo"), date="2031-03-02"),
        event("met", "Okafor", ("target", "Per Lind"), date="2031-03-04"),  # the other order
        event("criticized", "The Dockers’ Union", ("target", "Lind")),  # curly quote, leading "The"
        event("stated", "LIND", date="2031-05-01"),
        event("stated", "Ada Okafor"),  # optional: neither rewarded nor penalised
    ]
    result = evaluate(GOLD, events)
    assert (result.tp, result.fp, result.fn) == (4, 0, 0)
    assert (result.precision, result.recall, result.f1) == (1.0, 1.0, 1.0)
    assert (result.dates_right, result.dated) == (3, 3)
    assert result.violations == 0


def test_evaluate_counts_misses_spurious_and_unresolved_per_relation():
    events = [
        event("visited", "Okafor", ("place", "Norway"), ("place", "Bergen")),  # Bergen: no gold actor
        event("stated", "Lind"),
        event("stated", "Lind", doc="d2"),  # same tuple again: one true positive
        event("met", "Lind", ("target", "Norway")),
        event("met", "Norway", ("target", "Lind")),  # same unordered pair: one false positive
        event("announced", "Okafor"),  # not a scored relation
    ]
    result = evaluate(GOLD, events)
    assert (result.tp, result.fp, result.fn, result.unresolved) == (2, 2, 2, 1)
    assert result.precision == pytest.approx(0.5)
    assert result.recall == pytest.approx(0.5)
    visited, met = result.relation("visited"), result.relation("met")
    assert (visited.tp, visited.fp, visited.precision, visited.recall) == (1, 1, 0.5, 1.0)
    assert (met.required, met.tp, met.fp, met.f1) == (1, 0, 1, 0.0)
    assert result.relation("criticized").recall == 0.0
    missed = {(f.relation, f.subject, f.evidence) for f in result.of("missed")}
    assert ("criticized", "union", "The union slammed Lind.") in missed
    unresolved = [f for f in result.of("spurious") if not f.resolved]
    assert [(f.subject, f.object) for f in unresolved] == [("Okafor", "Bergen")]


@pytest.mark.parametrize("got, right", [
    ("2031-03-04", True), ("2031-03", False), ("2031-03-05", False), (None, False),
])
def test_evaluate_date_must_reach_the_gold_precision(got, right):
    result = evaluate(GOLD, [event("met", "Lind", ("target", "Okafor"), date=got)])
    assert result.dated == 1 and result.dates_right == int(right)
    assert len(result.of("bad date")) == int(not right)


def test_evaluate_longest_alias_inside_a_longer_label():
    result = evaluate(GOLD, [event("stated", "shipping minister Per Lind")])
    assert result.tp == 1 and result.fp == 0


@pytest.mark.parametrize("events, kinds", [
    ([event("criticized", "Okafor", ("target", "Lind"))], ["forbidden assertion"]),
    ([event("stated", "a Reuters reporter")], ["forbidden actor"]),
    ([event("visited", "Okafor", ("place", "Oslo"))], []),
])
def test_evaluate_violations(events, kinds):
    result = evaluate(GOLD, events)
    assert sorted(f.kind for f in result.findings if f.kind.startswith("forbidden")) == kinds
    assert result.violations == len(kinds)


def test_evaluate_only_scored_relations_count():
    gold = {**GOLD, "scored_relations": ["stated"]}
    result = evaluate(gold, [event("stated", "Lind"), event("met", "Lind", ("target", "Norway"))])
    assert (result.tp, result.fp) == (1, 0)  # the met event is not scored at all
    # required tuples of other relations can only be missed (as score.py counts them)
    assert result.fn == 3
    assert [r.relation for r in result.relations] == ["stated", "criticized", "met", "visited"]


@pytest.mark.parametrize("change, message", [
    ({"required": [{"s": "nobody", "r": "stated"}]}, "unknown actor 'nobody'"),
    ({"required": [{"s": "lind", "r": "met"}]}, "needs \"o\""),
    ({"actors": []}, "actors"),
])
def test_evaluate_rejects_a_malformed_gold_file(tmp_path, change, message):
    path = tmp_path / "gold.json"
    path.write_text(json.dumps({**GOLD, **change}), encoding="utf-8")
    with pytest.raises(MalformedRecordError, match=re.escape(message)):
        read_gold(path)


def test_evaluate_verbose_names_document_and_evidence():
    events = [event("criticized", "Lind", ("target", "Norway"), doc="d9",
                    evidence="Lind  attacked\nNorway's stance.")]
    text = render(evaluate(GOLD, events), verbose=True)
    assert "missed (4):" in text and "gold d2: The union slammed Lind." in text
    assert "spurious (1):" in text and "d9 s0: Lind attacked Norway's stance." in text
    assert text.rstrip().splitlines()[-1] == \
        "precision=0.000 recall=0.000 f1=0.000 date_acc=0/0 violations=0"
    assert "missed" not in render(evaluate(GOLD, events))


def test_evaluate_cli_json_from_an_events_file(tmp_path):
    gold, events = tmp_path / "gold.json", tmp_path / "events.jsonl"
    gold.write_text(json.dumps(GOLD), encoding="utf-8")
    events.write_text("\n".join(json.dumps(e) for e in [
        event("stated", "Lind"), event("met", "Per Lind", ("target", "Okafor"), date="2031-03-04"),
    ]) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["evaluate", str(gold), "--events", str(events),
                                      "--format", "json", "--verbose"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert (data["tp"], data["fp"], data["fn"], data["recall"]) == (2, 0, 2, 0.5)
    assert data["dated"] == 2 and data["dates_right"] == 1  # the statement has no date
    assert {f["relation"] for f in data["findings"] if f["kind"] == "missed"} == {"visited", "criticized"}


@pytest.mark.parametrize("events_file", ["events.jsonl", "events-all.jsonl"])
def test_evaluate_agrees_with_score_py_on_the_seeds(shared, events_file):
    """Same figures as the shared scorer on the sample exports (asserted, and hedged too)."""
    gold, events = shared / "gold" / "seeds.json", ROOT / "exports" / events_file
    printed = subprocess.run([sys.executable, str(shared / "gold" / "score.py"), str(gold), str(events)],
                             capture_output=True, text=True, check=True).stdout
    ours = evaluate(read_gold(gold), read_events(events))
    assert ours.summary() == printed.strip().splitlines()[-1]
    counts = f"tp={ours.tp} fp={ours.fp} fn={ours.fn} unresolved={ours.unresolved}"
    assert counts in printed

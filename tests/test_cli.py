"""The `kg` command line end to end: real ingest of the seeds into a store on disk."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from kg.cli import cli

from .conftest import SEEDS

pytestmark = pytest.mark.slow


def run(*args: str, input: str | None = None):
    """Invoke the CLI in-process (the model stays loaded between calls)."""
    runner = CliRunner()
    return runner.invoke(cli, list(args), input=input, catch_exceptions=False)


def run_main(*args: str, cwd=None, input: str | None = None) -> subprocess.CompletedProcess:
    """Invoke `kg` as a user does, in a subprocess, through kg.cli.main."""
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True,
                          cwd=cwd, input=input, timeout=300)


@pytest.fixture(scope="module")
def seeded_store(tmp_path_factory):
    store = tmp_path_factory.mktemp("store") / "kg"
    result = run("ingest", str(SEEDS), "--store", str(store))
    assert result.exit_code == 0, result.output
    return store


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_cli_every_command_has_help_with_example(command):
    result = run(command, "--help")
    assert result.exit_code == 0
    assert "Example:" in result.output


def test_cli_ingest_twice_changes_nothing(seeded_store):
    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    before = run("query", count, "--format", "csv", "--store", str(seeded_store)).output
    again = run("ingest", str(SEEDS), "--store", str(seeded_store))
    assert again.exit_code == 0
    assert "0 documents (3 unchanged)" in again.output
    after = run("query", count, "--format", "csv", "--store", str(seeded_store)).output
    assert before == after
    assert int(before.split()[-1]) > 500


def test_cli_query_counts_one_row_per_seed_document(seeded_store):
    sparql = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
    result = run("query", sparql, "--format", "csv", "--store", str(seeded_store))
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert len(rows) == len(list(SEEDS.glob("*.txt")))
    assert all(int(r["n"]) > 0 for r in rows)
    names = sorted(r["g"].rsplit("/", 1)[-1] for r in rows)
    assert names == sorted(p.stem for p in SEEDS.glob("*.txt"))


def test_cli_validate_conforms_on_seeds(seeded_store):
    result = run("validate", "--store", str(seeded_store))
    assert result.exit_code == 0, result.output
    assert "conforms" in result.output


def test_cli_stats_counts_documents_and_events(seeded_store):
    result = run("stats", "--store", str(seeded_store))
    assert "documents  3" in result.output
    assert "stated" in result.output and "Person" in result.output


def test_cli_timeline_is_chronological(seeded_store):
    result = run("timeline", "--store", str(seeded_store))
    headings = [line for line in result.output.splitlines() if line and not line.startswith(" ")]
    dated = [h.split()[0] for h in headings if h != "Undated"]
    assert dated == sorted(dated)
    assert "Bachelet" in result.output


def test_cli_export_jsonl_has_provenance(seeded_store):
    result = run("export", "--format", "jsonl", "--store", str(seeded_store))
    events = [json.loads(line) for line in result.output.splitlines()]
    assert events
    for event in events:
        assert event["modality"] == "asserted"
        src = event["sources"][0]
        assert {"document", "sentence", "start", "end"} <= set(src)
        assert 0 <= event["confidence"] <= 1
        text = (SEEDS / f"{src['document']}.txt").read_text(encoding="utf-8")
        assert text[src["start"]:src["end"]] == event["trigger"]


def test_cli_malformed_query_exits_1_with_parser_message(seeded_store):
    proc = run_main("query", "SELEC ?x WHERE { ?x ?y }", "--store", str(seeded_store))
    assert proc.returncode == 1
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kg: error:")
    assert "Traceback" not in proc.stderr


def test_cli_bad_inputs_fail_cleanly_and_good_files_are_ingested(tmp_path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "good.txt").write_text("The minister visited Paris on Monday, officials said.\n")
    (corpus / "empty.txt").write_text("  \n")
    (corpus / "binary.txt").write_bytes(b"\x00\x01\x02PNG\x00\xff" * 50)
    (corpus / "latin.txt").write_bytes("caf\xe9 au lait".encode("latin-1") + b"\xff\xfe\x00")
    (corpus / "records.jsonl").write_text(
        '{"id": "r1", "text": "The president met the king in Rome, aides said."}\n{not json\n'
    )
    (corpus / "page.html").write_text("<html><head><title>x</title></head><body></body></html>")
    store = tmp_path / "store"
    proc = run_main("ingest", str(corpus), str(tmp_path / "missing.txt"), "--store", str(store))
    assert proc.returncode == 1
    errors = [line for line in proc.stderr.splitlines() if line.startswith("kg: error:")]
    for name in ("empty.txt", "binary.txt", "latin.txt", "records.jsonl:2", "page.html", "missing.txt"):
        assert sum(name in line for line in errors) == 1, (name, errors)
    assert "Traceback" not in proc.stderr
    docs = run_main("query", "SELECT ?g WHERE { GRAPH ?g {} }", "--format", "csv", "--store", str(store))
    graphs = docs.stdout.strip().splitlines()[1:]
    assert sorted(g.rsplit("/", 1)[-1] for g in graphs) == ["good", "r1"]


def test_cli_strict_stops_at_first_bad_input(tmp_path):
    (tmp_path / "a_empty.txt").write_text("")
    (tmp_path / "b_good.txt").write_text("The minister visited Paris.")
    proc = run_main("ingest", str(tmp_path), "--strict", "--store", str(tmp_path / "s"))
    assert proc.returncode == 1
    assert "a_empty.txt" in proc.stderr


def test_cli_locked_store_gives_clear_message(seeded_store, tmp_path):
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys,time; from kg.store import Store; s=Store.open(sys.argv[1]); "
         "print('ready', flush=True); time.sleep(30)", str(seeded_store)],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        proc = run_main("ingest", str(SEEDS), "--store", str(seeded_store))
        assert proc.returncode != 0
        assert "Traceback" not in proc.stderr
        assert "lock" in proc.stderr.lower()
    finally:
        holder.kill()
        holder.wait()


def test_cli_stdin_jsonl_ingest(tmp_path):
    lines = json.dumps({"id": "s1", "text": "The mayor visited Lyon on Friday, Governor Anne Roux said.",
                        "published": "2021-03-06"}) + "\n"
    proc = run_main("ingest", "-", "--store", str(tmp_path / "s"), input=lines)
    assert proc.returncode == 0, proc.stderr
    out = run_main("export", "--format", "jsonl", "--store", str(tmp_path / "s"))
    events = [json.loads(line) for line in out.stdout.splitlines()]
    assert any(e["type"] == "stated" for e in events)

"""Command-line habits: exit codes, colour, closed pipes, ISO dates, no stray store, busy port."""

from __future__ import annotations

import io
import json
import os
import pty
import select
import socket
import subprocess
import sys

import pytest

from kg.cli import main
from kg.cli_support import use_color
from kg.errors import UsageError
from kg.export import Filters

KG = [sys.executable, "-m", "kg.cli"]
ESC = "\x1b["


def run_main(monkeypatch, capsys, *args: str, stdin: str = "") -> tuple[int, str, str]:
    """`kg ARGS` in-process through kg.cli.main: (exit code, stdout, stderr)."""
    monkeypatch.setattr(sys, "argv", ["kg", *args])
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    try:
        main()
        code = 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    out, err = capsys.readouterr()
    return code, out, err


# -- exit codes: usage 2, runtime 1, for every command ---------------------------------------

S = "{store}"  # the demo store
MISSING = "{tmp}/no-store"
CASES = [
    # command, arguments, exit code
    ("ingest", [], 2),
    ("ingest", ["{tmp}/typo.txt", "--store", "{tmp}/new"], 1),
    ("ingest", ["a.txt", "--jobs", "many"], 2),
    ("remove", ["no-such-document", "--store", "{tmp}/empty"], 1),
    ("extract", ["a.txt", "--format", "xml"], 2),
    ("query", ["--store", S], 2),  # no query (stdin empty)
    ("query", ["SELEC nothing", "--store", S], 1),  # the engine rejects it
    ("query", ["--named", "no-such-query", "--store", S], 2),
    ("query", ["--named", "actor-events", "--store", S], 2),  # missing --param
    ("query", ["--named", "events-in-range", "--param", "start=yesterday", "--store", S], 2),
    ("query", ["ASK { ?s ?p ?o }", "--param", "a=b", "--store", S], 2),
    ("query", ["ASK { ?s ?p ?o }", "--format", "turtle", "--store", S], 2),
    ("query", ["-f", "{tmp}/missing.rq", "--store", S], 1),
    ("query", ["ASK { ?s ?p ?o }", "--store", MISSING], 1),
    ("stats", ["--store", MISSING], 1),
    ("stats", ["--bogus"], 2),
    ("validate", ["--store", MISSING], 1),
    ("export", ["--store", S], 2),  # --format is required
    ("export", ["--format", "nope", "--store", S], 2),
    ("export", ["--format", "jsonl", "--graph", "actors", "--store", S], 2),
    ("export", ["--format", "jsonl", "--from", "yesterday", "--store", S], 2),
    ("export", ["--format", "jsonl", "--from", "2022-06", "--to", "2022-05", "--store", S], 2),
    ("export", ["--format", "jsonl", "-o", "{tmp}/no/such/dir/x.jsonl", "--store", S], 1),
    ("timeline", ["--from", "28/05/2022", "--store", S], 2),
    ("timeline", ["--to", "2022-02-30", "--store", S], 2),
    ("timeline", ["--color", "sometimes", "--store", S], 2),
    ("timeline", ["--store", MISSING], 1),
    ("serve", ["--port", "http", "--store", S], 2),
    ("serve", ["--store", "http://127.0.0.1:1/"], 2),
    ("serve", ["--store", MISSING, "--port", "0"], 1),
    ("evaluate", ["{tmp}/no-gold.json"], 2),
]


@pytest.mark.parametrize(("command", "args", "code"), CASES,
                         ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_cli_habits_exit_codes(monkeypatch, capsys, tmp_path, served_store, command, args, code):
    args = [a.replace("{store}", str(served_store)).replace("{tmp}", str(tmp_path)) for a in args]
    got, out, err = run_main(monkeypatch, capsys, command, *args)
    assert got == code, err
    assert "Traceback" not in err and err.strip(), err
    if code == 1:
        assert "kg: error: " in err and len(err.strip().splitlines()) <= 2, err


def test_cli_habits_every_command_is_in_the_table():
    from kg.cli import cli

    assert set(cli.commands) <= {c for c, _, _ in CASES}


# -- dates -----------------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["28/05/2022", "yesterday", "2022-5", "22", "2022-05-28T10:00",
                                   "2022-00", "2023-02-29", " 2022"])
def test_cli_habits_filters_refuse_what_is_not_an_iso_date(value):
    with pytest.raises(UsageError, match="date"):
        Filters(date_from=value)


@pytest.mark.parametrize(("start", "end"), [("2022", "2022"), ("2022-05", "2022-05-01"),
                                            ("2022-05-31", "2022-05"), ("2024-02-29", "2024")])
def test_cli_habits_filters_accept_ranges_at_any_precision(start, end):
    assert Filters(date_from=start, date_to=end).date_to == end


@pytest.mark.parametrize(("start", "end"), [("2023", "2022"), ("2022-06", "2022-05-31"),
                                            ("2022-05-02", "2022-05-01")])
def test_cli_habits_filters_refuse_an_inverted_range(start, end):
    with pytest.raises(UsageError, match="inverted"):
        Filters(date_from=start, date_to=end)


# -- colour ----------------------------------------------------------------------------------


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(("choice", "no_color", "tty", "expected"), [
    ("auto", None, True, True), ("auto", "1", True, False), ("auto", None, False, False),
    ("always", "1", False, True), ("never", None, True, False),
])
def test_cli_habits_use_color(monkeypatch, choice, no_color, tty, expected):
    monkeypatch.delenv("NO_COLOR", raising=False)
    if no_color:
        monkeypatch.setenv("NO_COLOR", no_color)
    assert use_color(choice, _Tty() if tty else io.StringIO()) is expected


def _on_terminal(args: list[str], env: dict[str, str]) -> str:
    """Run `kg ARGS` with a pseudo-terminal as stdout; what it printed."""
    master, slave = pty.openpty()
    proc = subprocess.Popen(KG + args, stdout=slave, stderr=subprocess.DEVNULL, env=env)
    os.close(slave)
    chunks = []
    while True:
        ready, _, _ = select.select([master], [], [], 60)
        try:
            chunk = os.read(master, 65536) if ready else b""
        except OSError:  # EIO: the child closed the terminal
            chunk = b""
        if not chunk:
            break
        chunks.append(chunk)
    os.close(master)
    proc.wait(timeout=60)
    return b"".join(chunks).decode("utf-8", "replace")


@pytest.mark.slow
def test_cli_habits_timeline_honours_no_color_on_a_terminal(served_store):
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "KG_STORE")}
    args = ["timeline", "--store", str(served_store)]
    assert ESC in _on_terminal(args, env)
    assert ESC not in _on_terminal(args, {**env, "NO_COLOR": "1"})
    assert ESC not in _on_terminal([*args, "--color", "never"], env)


def test_cli_habits_color_always_colours_a_pipe(monkeypatch, capsys, served_store):
    code, out, _ = run_main(monkeypatch, capsys, "timeline", "--store", str(served_store),
                            "--color", "always")
    assert code == 0 and ESC in out
    code, out, _ = run_main(monkeypatch, capsys, "timeline", "--store", str(served_store))
    assert code == 0 and ESC not in out and "2022-05-28" in out


# -- a closed pipe ---------------------------------------------------------------------------

_ROWS = " ".join(str(i) for i in range(40))
BIG_QUERY = f"SELECT * WHERE {{ VALUES ?a {{ {_ROWS} }} VALUES ?b {{ {_ROWS} }} VALUES ?c {{ {_ROWS} }} }}"


@pytest.mark.slow
@pytest.mark.parametrize(("args", "read"), [
    (["export", "--format", "jsonl"], 0),  # the reader is gone before kg writes: the exit flush
    (["export", "--format", "nquads"], 1),  # the reader goes mid-output
    (["query", BIG_QUERY, "--format", "csv"], 1),  # 64,000 rows: blocked in a write
    (["timeline"], 0),
])
def test_cli_habits_closed_pipe_exits_0_silently(served_store, args, read):
    for _ in range(3):
        proc = subprocess.Popen([*KG, *args, "--store", str(served_store)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        if read:
            assert proc.stdout.readline()
        proc.stdout.close()
        err = proc.stderr.read().decode()
        assert proc.wait(timeout=60) == 0, err
        assert "Error" not in err and "pipe" not in err.lower() and "Exception" not in err, err


# -- ingest creates nothing when nothing can be ingested ----------------------------------


@pytest.mark.parametrize("content", [None, b"", b"\x00\x01\x02binary"])
def test_cli_habits_ingest_leaves_no_store_when_nothing_is_ingested(monkeypatch, capsys, tmp_path,
                                                                    content):
    source = tmp_path / "article.txt"
    if content is not None:
        source.write_bytes(content)
    store = tmp_path / "s1"
    code, _, err = run_main(monkeypatch, capsys, "ingest", str(source), "--store", str(store))
    assert code == 1 and "article.txt" in err
    assert not store.exists()
    code, _, _ = run_main(monkeypatch, capsys, "ingest", str(source), "--store", str(store),
                          "--strict")
    assert code == 1 and not store.exists()


def test_cli_habits_ingest_keeps_an_existing_store(monkeypatch, capsys, tmp_path):
    from kg.store import Store

    store = tmp_path / "s1"
    Store.open(store).close()
    code, _, _ = run_main(monkeypatch, capsys, "ingest", str(tmp_path / "typo.txt"),
                          "--store", str(store))
    assert code == 1 and (store / "CURRENT").is_file()


# -- an unreadable published date ----------------------------------------------------------


@pytest.mark.slow
def test_cli_habits_bad_published_date_warns_and_ingests(tmp_path):
    record = {"id": "wang", "published": "03-02-2009",
              "text": "Foreign Minister Wang Yi visited Kenya on Saturday, May 28, 2022."}
    (tmp_path / "a.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    proc = subprocess.run([*KG, "ingest", "a.jsonl", "--store", "s"], cwd=tmp_path,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    (warning,) = [line for line in proc.stderr.splitlines() if line.startswith("kg: warning:")]
    assert "a.jsonl:1" in warning and "'published'" in warning and "03-02-2009" in warning
    assert "ingested 1 documents" in proc.stderr
    out = subprocess.run([*KG, "export", "--format", "jsonl", "--store", "s"], cwd=tmp_path,
                         capture_output=True, text=True, timeout=120).stdout
    assert any(json.loads(line)["date"] == "2022-05-28" for line in out.splitlines())


# -- kg serve on a busy port ---------------------------------------------------------------


def test_cli_habits_serve_on_a_busy_port_is_one_line(monkeypatch, capsys, served_store):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        code, out, err = run_main(monkeypatch, capsys, "serve", "--store", str(served_store),
                                  "--port", str(port))
    assert code == 1
    assert err == f"kg: error: cannot listen on 127.0.0.1:{port}: the port is in use\n"

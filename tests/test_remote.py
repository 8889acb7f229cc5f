"""The remote store on a real Oxigraph server: same answers as the embedded store, crash safety."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.namespaces import KG
from kg.store.remote import endpoints
from kg.store import Store
from kg.workflow import ingest

from .conftest import ROOT, SEEDS

pytestmark = pytest.mark.slow


def oxigraph_binary() -> str | None:
    beside = Path(sys.executable).parent / "oxigraph"
    return str(beside) if beside.is_file() else shutil.which("oxigraph")


class OxigraphServer:
    """`oxigraph serve` on 127.0.0.1 and a free port, over a folder that outlives restarts."""

    def __init__(self, location: Path, log: Path) -> None:
        self.location, self.log = location, log
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            self.port = sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen | None = None

    def start(self) -> OxigraphServer:
        with self.log.open("ab") as log:
            self.proc = subprocess.Popen(
                [oxigraph_binary(), "serve", "--location", str(self.location),
                 "--bind", f"127.0.0.1:{self.port}"], stdout=log, stderr=log)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                httpx.post(f"{self.url}/query", data={"query": "ASK {}"}, timeout=1)
                return self
            except httpx.TransportError:
                time.sleep(0.1)
        raise RuntimeError(f"oxigraph server did not start: {self.log.read_text()}")

    def kill(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()


def start_server(tmp_path_factory, name: str) -> OxigraphServer:
    if oxigraph_binary() is None:
        pytest.skip("the oxigraph server binary is not installed (pip install oxigraph)")
    folder = tmp_path_factory.mktemp(name)
    return OxigraphServer(folder / "db", folder / "server.log").start()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    server = start_server(tmp_path_factory, "oxigraph")
    yield server
    server.kill()


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.fixture(scope="module")
def stores(server, tmp_path_factory):
    """The seeds ingested through `kg ingest`, into the server and into an embedded store."""
    local = str(tmp_path_factory.mktemp("local") / "kg")
    for target in (server.url, local):
        result = run("ingest", str(SEEDS), "--store", target)
        assert result.exit_code == 0, result.output
    return server.url, local


@pytest.mark.parametrize("command", [
    ["stats"],
    ["timeline"],
    ["timeline", "--actor", "Bachelet", "--include-hedged"],
    ["export", "--format", "jsonl", "--include-hedged"],
    ["export", "--format", "nquads"],
    ["export", "--format", "turtle"],
    ["export", "--format", "trig", "--document", "000_d65b20c59fc33eb3"],
    ["export", "--format", "graphml", "--graph", "events"],
    ["query", "--named", "actor-events", "--param", "actor=Michelle Bachelet"],
    ["query", "--named", "visits-per-place", "--format", "json"],
    ["query", "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g",
     "--format", "csv"],
    ["query", "CONSTRUCT { ?e a kg:CorpusEvent } WHERE { ?e a kg:CorpusEvent }", "--format",
     "ntriples"],
    ["validate"],
])
def test_remote_commands_answer_as_the_embedded_store(stores, command):
    remote, local = stores
    there, here = run(*command, "--store", remote), run(*command, "--store", local)
    assert there.exit_code == here.exit_code == 0, there.output
    if "ntriples" in command:  # a CONSTRUCT's triples come in the server's order
        assert sorted(there.output.splitlines()) == sorted(here.output.splitlines())
    else:
        assert there.output == here.output
    assert there.output.strip()


def test_remote_union_default_graph_includes_the_corpus_view(stores):
    with Store.open(stores[0], read_only=True) as store:
        assert bool(store.query(f"ASK {{ ?e a <{KG.CorpusEvent}> }}"))  # the real default graph
        assert bool(store.query(f"ASK {{ ?e a <{KG.Event}> }}"))  # the documents' graphs
        assert not bool(store.query(f"ASK {{ GRAPH ?g {{ ?e a <{KG.CorpusEvent}> }} }}"))
        assert not bool(store.query(f"ASK {{ ?e a <{KG.Event}> }}", default_union=False))
        assert len(store.graphs()) == 3


def test_remote_reingest_is_idempotent(stores):
    with Store.open(stores[0], read_only=True) as store:
        before = store.triple_count()
    result = run("ingest", str(SEEDS), "--store", stores[0])
    assert "ingested 0 documents (3 unchanged)" in result.output
    with Store.open(stores[0], read_only=True) as store:
        assert store.triple_count() == before


def test_remote_remove_then_reingest_restores_the_graph(stores):
    with Store.open(stores[0], read_only=True) as store:
        before = sorted(map(str, store.quads()))
    assert run("remove", "002_28951934576f5180", "--store", stores[0]).exit_code == 0
    with Store.open(stores[0], read_only=True) as store:
        assert len(store.graphs()) == 2
    assert run("ingest", str(SEEDS), "--store", stores[0]).exit_code == 0
    with Store.open(stores[0], read_only=True) as store:
        assert len(sorted(map(str, store.quads()))) == len(before)


def test_remote_bulk_load_dump_and_remove_a_graph(stores):
    import pyoxigraph as ox

    graph = "https://example.org/bulk"
    quads = [ox.Quad(ox.NamedNode("https://example.org/s"), ox.NamedNode("https://example.org/p"),
                     ox.Literal(f"o{i}\n\"quoted\""), ox.NamedNode(graph)) for i in range(3)]
    with Store.open(stores[0]) as store:
        before = store.triple_count()
        store.bulk_load(quads)
        try:
            assert sorted(map(str, store.quads(graph))) == sorted(map(str, quads))
            assert store.triple_count() == before + 3
            text = store.dump("ntriples", graph).decode()
            assert sorted(text.splitlines()) == sorted(
                ox.serialize([q.triple for q in quads], format=ox.RdfFormat.N_TRIPLES).decode().splitlines())
            store.replace_graph(graph, quads[:1])
            assert len(list(store.quads(graph))) == 1
        finally:
            store.remove_graph(graph)
        assert graph not in store.graphs() and store.triple_count() == before


def test_remote_read_only_store_refuses_writes(stores):
    from kg.errors import StoreError

    with Store.open(stores[0], read_only=True) as store, pytest.raises(StoreError, match="read-only"):
        store.remove_graph("https://example.org/g")


def test_remote_malformed_query_is_a_query_error(stores):
    result = run_main("query", "SELECT ?s WHERE { ?s ?p", "--store", stores[0])
    assert result.returncode == 1
    assert result.stderr.startswith("kg: error: malformed SPARQL query")
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("command", [["stats"], ["ingest", str(SEEDS)], ["serve"]])
def test_remote_unreachable_server_or_serve_gives_one_line(command, stores):
    url = "http://127.0.0.1:9" if command[0] != "serve" else stores[0]
    result = run_main(*command, "--store", url)
    assert result.returncode == (2 if command[0] == "serve" else 1)  # a URL for serve: usage
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert ("did not answer" in result.stderr) != (command[0] == "serve")


@pytest.mark.parametrize("url, expected", [
    ("http://h:7878", ("http://h:7878/query", "http://h:7878/update", "http://h:7878/store")),
    ("http://h:7878/", ("http://h:7878/query", "http://h:7878/update", "http://h:7878/store")),
    ("http://h:3030/ds", ("http://h:3030/ds",) * 3),
    ("http://h:7200/repositories/kg?update=/repositories/kg/statements"
     "&store=/repositories/kg/rdf-graphs/service",
     ("http://h:7200/repositories/kg", "http://h:7200/repositories/kg/statements",
      "http://h:7200/repositories/kg/rdf-graphs/service")),
])
def test_remote_endpoints_from_the_url(url, expected):
    assert endpoints(url) == expected


def run_main(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True,
                          timeout=300, cwd=ROOT)


def graph_sizes(store) -> Counter:
    sizes = Counter(getattr(q.graph_name, "value", "") for q in store.quads())
    sizes.pop("", None)  # the corpus view: recomputed at the end of each run
    return sizes


def test_remote_server_killed_midway_then_rerun_completes(extractor, tmp_path, tmp_path_factory):
    from benchmarks.corpus import write_jsonl

    corpus = write_jsonl(120, tmp_path / "corpus.jsonl", seed=5)
    with Store.open(None) as memory:
        clean = ingest([str(corpus)], memory, extractor=extractor)
        expected = graph_sizes(memory)
    server = start_server(tmp_path_factory, "killed")
    try:
        proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "ingest", str(corpus), "--store",
                                 server.url], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True, cwd=ROOT)
        deadline, written = time.monotonic() + 120, 0
        with Store.open(server.url, read_only=True) as probe:
            while time.monotonic() < deadline and proc.poll() is None and written < 20:
                written = len(probe.graphs())
                time.sleep(0.05)
        assert proc.poll() is None, "the ingest ended before the server could be killed"
        server.kill()
        _, stderr = proc.communicate(timeout=120)
        assert proc.returncode == 1
        assert stderr.strip().startswith("kg: error: ") and "Traceback" not in stderr
        assert "did not answer" in stderr and len(stderr.strip().splitlines()) == 1

        server.start()  # same folder: what was committed is still there, whole
        with Store.open(server.url) as store:
            sizes = graph_sizes(store)
            assert 20 <= len(sizes) < 120
            assert all(size == expected[graph] for graph, size in sizes.items())
            resumed = ingest([str(corpus)], store, extractor=extractor)
            assert resumed.unchanged == len(sizes)
            assert resumed.documents + resumed.unchanged == 120
            assert graph_sizes(store) == expected
            events = sum(1 for _ in store.query(f"SELECT DISTINCT ?e WHERE {{ ?e a <{KG.Event}> }}"))
            assert events == clean.events
    finally:
        server.kill()

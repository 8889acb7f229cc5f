"""`kg remove` is as crash-safe as ingest: documents and the corpus view change together,
a stale view is reported by every reading command and repaired by `kg remove`."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import time

import pyoxigraph as ox
import pytest

from kg.errors import InputError
from kg.rdf import graph_iri
from kg.resolve import compute_view, view_is_current
from kg.store import Store
from kg.workflow import remove_documents

from .live_server import ROOT, seed_store

DOC = "002_28951934576f5180"
DANGLING = """SELECT (COUNT(*) AS ?n) WHERE {
  ?c <https://w3id.org/kg-news/ontology#eventMention> ?m .
  FILTER NOT EXISTS { GRAPH ?g { ?m ?p ?o } }
}"""


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    """The demo graph on disk, its corpus view current."""
    path = seed_store(tmp_path_factory.mktemp("remove") / "kg")
    with Store.open(path) as store:
        from kg.resolve import repair_view

        repair_view(store)
    return path


def copy(seeded, tmp_path, name="kg"):
    target = tmp_path / name
    shutil.copytree(seeded, target)
    return target


def kg(*args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True,
                          timeout=timeout, cwd=ROOT)


def check_consistent(path) -> bool:
    """The view cites only stored mentions and is exactly what the stored documents give.

    Returns whether the document is still there (the removal did not happen).
    """
    with Store.open(path, read_only=True) as store:
        assert int(next(iter(store.query(DANGLING)))["n"].value) == 0
        assert view_is_current(store)
        expected, _ = compute_view(store)
        stored = {q.triple for q in store.quads() if isinstance(q.graph_name, ox.DefaultGraph)}
        assert stored == canonical(expected)
        return graph_iri(DOC) in store.graphs()


def canonical(triples) -> set[ox.Triple]:
    """The triples as a store holds them (Oxigraph normalises literals such as decimals)."""
    scratch = ox.Store()
    scratch.extend(ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in triples)
    return {q.triple for q in scratch}


def test_remove_drops_the_document_and_rewrites_the_view_together(seeded, tmp_path):
    path = copy(seeded, tmp_path)
    with Store.open(path) as store:
        writes = []
        original = store.remove_graphs
        store.remove_graphs = lambda *a: (writes.append(a), original(*a))[1]
        assert remove_documents(store, [DOC, DOC]) == 1
        assert len(writes) == 1  # one update: the graph and the view in one transaction
    assert check_consistent(path) is False


def test_remove_unknown_id_removes_nothing(seeded, tmp_path):
    path = copy(seeded, tmp_path)
    with Store.open(path) as store:
        before = store.graphs()
        with pytest.raises(InputError, match="'nope'.*nothing removed"):
            remove_documents(store, [DOC, "nope"])
        assert store.graphs() == before


def test_remove_stale_view_is_reported_and_repaired(seeded, tmp_path):
    """A view left behind (an old kg's killed remove, a killed ingest) is detected by its
    fingerprint; every reading command says so; `kg remove` brings it back in line."""
    for repair in (["remove", DOC], ["remove", "--repair"]):
        path = copy(seeded, tmp_path, name=repair[-1])
        with Store.open(path) as store:
            store.remove_graph(graph_iri(DOC))  # the document gone, the view not rewritten
        for command in (["export", "--format", "jsonl"], ["timeline"], ["stats"],
                        ["query", "ASK {}"]):
            done = kg(*command, "--store", str(path))
            assert done.returncode == 0, done.stderr
            assert "corpus view is out of date" in done.stderr
        done = kg(*repair, "--store", str(path))
        assert "rebuilt the corpus view" in done.stderr
        assert done.returncode == (1 if repair[-1] == DOC else 0)  # "no document", yet repaired
        assert check_consistent(path) is False
        done = kg("timeline", "--store", str(path))
        assert done.returncode == 0 and "out of date" not in done.stderr


def test_remove_killed_never_leaves_the_view_citing_a_removed_document(seeded, tmp_path):
    """SIGKILL `kg remove` at points spread over its run; the next command always sees either
    the old store or the new one, never a view citing the dropped document."""
    probe = copy(seeded, tmp_path, name="probe")
    started = time.monotonic()
    assert kg("remove", DOC, "--store", str(probe)).returncode == 0
    took = time.monotonic() - started
    outcomes = []
    trials = 12
    for n in range(trials):
        path = copy(seeded, tmp_path, name=f"trial{n}")
        process = subprocess.Popen([sys.executable, "-m", "kg.cli", "remove", DOC, "--store",
                                    str(path)], stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL, cwd=ROOT)
        time.sleep(took * (0.4 + 0.7 * n / trials))
        process.send_signal(signal.SIGKILL)
        process.wait(10)
        outcomes.append(check_consistent(path))
        done = kg("export", "--format", "jsonl", "--store", str(path)) if n % 4 == 0 else None
        if done is not None:
            assert done.returncode == 0 and "out of date" not in done.stderr
            assert (DOC in done.stdout) == outcomes[-1]
    print(f"\nkilled remove: {outcomes.count(True)} before, {outcomes.count(False)} after "
          f"the transaction (run takes {took:.2f} s)")

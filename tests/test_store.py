"""The embedded store: graph replacement, reading, dumping, locking and crash safety."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time

import pyoxigraph as ox
import pytest
import rdflib

from kg.errors import StoreError, StoreLockedError
from kg.store import DEFAULT_STORE_DIR, Store, default_store_path

EX = "http://example.org/"


def q(s: str, p: str, o: ox.NamedNode | ox.Literal | ox.BlankNode, g: str = "g1") -> ox.Quad:
    return ox.Quad(ox.NamedNode(EX + s), ox.NamedNode(EX + p), o, ox.NamedNode(EX + g))


def lit(value: str, **kw) -> ox.Literal:
    return ox.Literal(value, **kw)


def triples_of(store: Store, graph: str) -> set[ox.Triple]:
    return {x.triple for x in store.quads(graph)}


@pytest.fixture
def store():
    with Store.open(None) as s:
        yield s


# -- in memory ------------------------------------------------------------------------


@pytest.mark.parametrize("path", [None, ":memory:"])
def test_store_open_in_memory(path):
    with Store.open(path) as s:
        assert s.path is None
        assert s.graphs() == [] and s.triple_count() == 0


def test_store_replace_graph_is_idempotent(store):
    quads = [q("a", "p", lit("1")), q("b", "p", lit("2"))]
    store.replace_graph(EX + "g1", quads)
    store.replace_graph(EX + "g1", quads)
    assert store.triple_count() == 2
    assert store.graphs() == [EX + "g1"]


def test_store_replace_graph_drops_old_triples_and_keeps_other_graphs(store):
    store.replace_graph(EX + "g1", [q("a", "p", lit("old")), q("b", "p", lit("old"))])
    store.replace_graph(EX + "g2", [q("c", "p", lit("other"), "g2")])
    store.replace_graph(EX + "g1", [q("a", "p", lit("new"))])
    assert triples_of(store, EX + "g1") == {q("a", "p", lit("new")).triple}
    assert triples_of(store, EX + "g2") == {q("c", "p", lit("other"), "g2").triple}


def test_store_replace_graph_ignores_the_quads_graph_names(store):
    store.replace_graph(EX + "target", [q("a", "p", lit("1"), "elsewhere"),
                                        ox.Triple(ox.NamedNode(EX + "b"), ox.NamedNode(EX + "p"),
                                                  lit("2"))])
    assert store.graphs() == [EX + "target"]
    assert store.triple_count() == 2


def test_store_replace_graph_with_no_quads_leaves_graph_empty(store):
    store.replace_graph(EX + "g1", [q("a", "p", lit("1"))])
    store.replace_graph(EX + "g1", [])
    assert triples_of(store, EX + "g1") == set()


@pytest.mark.parametrize("obj", [
    lit('quote " and backslash \\ and\nnewline\ttab'),
    lit("été ✓ 中文 \U0001f600"),
    lit("hello", language="en-GB"),
    lit("2024-03-01", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")),
    lit("42", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")),
    lit("odd", datatype=ox.NamedNode(EX + "custom")),
    ox.NamedNode(EX + "with%20escape?q=1#frag"),
    ox.Triple(ox.NamedNode(EX + "s"), ox.NamedNode(EX + "p"), lit("quoted")),
], ids=["escapes", "unicode", "lang", "date", "integer", "custom-type", "iri", "triple-term"])
def test_store_replace_graph_round_trips_terms(store, obj):
    store.replace_graph(EX + "g1", [q("a", "p", obj)])
    assert triples_of(store, EX + "g1") == {q("a", "p", obj).triple}


def test_store_replace_graph_keeps_blank_node_structure(store):
    b1, b2 = ox.BlankNode("x"), ox.BlankNode("y")
    quads = [q("a", "p", b1), ox.Quad(b1, ox.NamedNode(EX + "q"), b2, ox.NamedNode(EX + "g1")),
             ox.Quad(b2, ox.NamedNode(EX + "r"), lit("end"), ox.NamedNode(EX + "g1"))]
    for _ in range(2):  # blank nodes are always rewritten; the count must not grow
        store.replace_graph(EX + "g1", quads)
    assert store.triple_count() == 3
    rows = list(store.query(f"SELECT ?v WHERE {{ <{EX}a> <{EX}p> ?x . ?x <{EX}q> ?y . "
                            f"?y <{EX}r> ?v }}"))
    assert [r["v"].value for r in rows] == ["end"]


def test_store_remove_graph_and_missing_graph(store):
    store.replace_graph(EX + "g1", [q("a", "p", lit("1"))])
    store.remove_graph(EX + "g1")
    store.remove_graph(EX + "never-there")
    assert store.graphs() == [] and store.triple_count() == 0


def test_store_quads_filter_by_graph(store):
    store.replace_graph(EX + "g1", [q("a", "p", lit("1"))])
    store.replace_graph(EX + "g2", [q("b", "p", lit("2"), "g2"), q("c", "p", lit("3"), "g2")])
    assert len(list(store.quads())) == 3
    assert len(list(store.quads(EX + "g2"))) == 2
    assert list(store.quads(EX + "nope")) == []
    assert store.graphs() == [EX + "g1", EX + "g2"]


@pytest.mark.parametrize("fmt,rdflib_format", [("nquads", "nquads"), ("trig", "trig")])
def test_store_dump_dataset_parses_with_rdflib(store, fmt, rdflib_format):
    store.replace_graph(EX + "g1", [q("a", "p", lit("1"))])
    store.replace_graph(EX + "g2", [q("b", "p", lit("x", language="fr"), "g2")])
    ds = rdflib.Dataset()
    ds.parse(data=store.dump(fmt), format=rdflib_format)
    assert len(list(ds.quads((None, None, None, None)))) == 2


@pytest.mark.parametrize("fmt,rdflib_format", [("turtle", "turtle"), ("ntriples", "nt"),
                                               ("xml", "xml"), ("jsonld", "json-ld")])
def test_store_dump_one_graph(store, fmt, rdflib_format):
    store.replace_graph(EX + "g1", [q("a", "p", lit("1")), q("b", "p", lit("2"))])
    store.replace_graph(EX + "g2", [q("c", "p", lit("3"), "g2")])
    g = rdflib.Graph().parse(data=store.dump(fmt, EX + "g1", prefixes={"ex": EX}),
                             format=rdflib_format)
    assert len(g) == 2


@pytest.mark.parametrize("fmt,graph,message", [
    ("turtle", None, "pass a graph"),
    ("bogus", None, "choose one of: nquads, trig"),
])
def test_store_dump_errors(store, fmt, graph, message):
    with pytest.raises(StoreError, match=message):
        store.dump(fmt, graph)


def test_store_bulk_load_quads_and_file(store, tmp_path):
    store.bulk_load([q(f"s{i}", "p", lit(str(i))) for i in range(100)])
    data = tmp_path / "data.nt"
    data.write_text(f"<{EX}x> <{EX}p> \"1\" .\n<{EX}y> <{EX}p> \"2\" .\n")
    store.bulk_load(path=data, fmt="ntriples", graph=EX + "g9")
    assert store.triple_count() == 102
    assert len(list(store.quads(EX + "g9"))) == 2
    with pytest.raises(StoreError, match="either quads or path"):
        store.bulk_load()


def test_store_closed_store_raises(store):
    store.close()
    store.close()  # closing twice is harmless
    with pytest.raises(StoreError, match="closed"):
        store.graphs()


@pytest.mark.parametrize("env,expected", [(None, DEFAULT_STORE_DIR), ("/data/kg", "/data/kg")])
def test_store_default_store_path(monkeypatch, env, expected):
    if env is None:
        monkeypatch.delenv("KG_STORE", raising=False)
    else:
        monkeypatch.setenv("KG_STORE", env)
    assert default_store_path() == expected


# -- on disk ----------------------------------------------------------------------------


def test_store_persists_across_reopen(tmp_path):
    path = str(tmp_path / "st")
    with Store.open(path) as s:
        s.replace_graph(EX + "g1", [q("a", "p", lit("1"))])
    with Store.open(path) as s:
        assert s.graphs() == [EX + "g1"]
    with Store.open(path, read_only=True) as s:
        assert s.triple_count() == 1


@pytest.mark.parametrize("setup,read_only,message", [
    ("file", False, "not a store"),
    ("file", True, "not a store"),
    ("junk-dir", False, "not empty and is not a kg store"),
    ("junk-dir", True, "not a kg store"),
    ("missing", True, "run `kg ingest` first"),
])
def test_store_open_rejects_non_stores(tmp_path, setup, read_only, message):
    path = tmp_path / "thing"
    if setup == "file":
        path.write_text("not a store")
    elif setup == "junk-dir":
        path.mkdir()
        (path / "notes.txt").write_text("mine")
    with pytest.raises(StoreError, match=message) as info:
        Store.open(str(path), read_only=read_only)
    assert not isinstance(info.value, StoreLockedError)
    assert str(path) in str(info.value)
    if setup == "junk-dir":
        assert os.listdir(path) == ["notes.txt"]  # nothing written into the user's folder


def test_store_creates_store_in_empty_dir(tmp_path):
    with Store.open(str(tmp_path)) as s:
        s.replace_graph(EX + "g1", [q("a", "p", lit("1"))])
    assert (tmp_path / "CURRENT").is_file()


def test_store_reopens_a_store_it_wrote(tmp_path):
    """Every file RocksDB writes must pass the "is this folder a store" check."""
    path = tmp_path / "st"
    for round_ in range(3):  # several opens create LOG.old, new MANIFEST and OPTIONS files
        with Store.open(str(path)) as s:
            s.bulk_load([q(f"s{round_}-{i}", "p", lit(str(i))) for i in range(2000)])
    with Store.open(str(path)) as s:
        assert s.triple_count() == 6000


def test_store_opens_a_store_whose_creation_was_interrupted(tmp_path):
    (tmp_path / "LOCK").write_text("")
    (tmp_path / "LOG").write_text("")
    Store.open(str(tmp_path)).close()


def test_store_read_only_rejects_writes(tmp_path):
    path = str(tmp_path / "st")
    Store.open(path).close()
    with Store.open(path, read_only=True) as s:
        with pytest.raises(StoreError, match="read-only"):
            s.replace_graph(EX + "g1", [q("a", "p", lit("1"))])


def test_store_second_open_in_same_process_is_locked(tmp_path):
    path = str(tmp_path / "st")
    with Store.open(path):
        with pytest.raises(StoreLockedError, match="already open in this process"):
            Store.open(path)
    Store.open(path).close()  # closing released the lock


HOLDER = textwrap.dedent("""
    import sys
    import pyoxigraph as ox
    from kg.store import Store

    def quad(s, o, g):
        ex = "http://example.org/"
        return ox.Quad(ox.NamedNode(ex + s), ox.NamedNode(ex + "p"), ox.Literal(o),
                       ox.NamedNode(ex + g))

    s = Store.open(sys.argv[1])
    s.replace_graph("http://example.org/g1", [quad("a", "held", "g1")])
    print("ready", flush=True)
    sys.stdin.readline()   # hold the lock until the test says so
    s.replace_graph("http://example.org/g2", [quad("b", "later", "g2")])
    print("wrote", flush=True)
    sys.stdin.readline()
""")


def test_store_lock_held_by_another_process(tmp_path):
    path = str(tmp_path / "st")
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, path], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        # pyoxigraph itself raises a bare OSError naming RocksDB's LOCK file
        with pytest.raises(OSError, match="lock file"):
            ox.Store(path)
        with pytest.raises(StoreLockedError) as info:
            Store.open(path)
        message = str(info.value)
        assert path in message and "another kg process" in message and "\n" not in message

        # read-only needs no lock: it sees a snapshot taken when it opened
        with Store.open(path, read_only=True) as snapshot:
            assert snapshot.graphs() == [EX + "g1"]
            holder.stdin.write("go\n")
            holder.stdin.flush()
            assert holder.stdout.readline().strip() == "wrote"
            assert snapshot.graphs() == [EX + "g1"]
        with Store.open(path, read_only=True) as fresh:
            assert fresh.graphs() == [EX + "g1", EX + "g2"]
    finally:
        holder.kill()
        holder.wait()
    Store.open(path).close()  # the dead holder's lock is gone


# -- crash safety -----------------------------------------------------------------------

GRAPHS, SMALL, LARGE = 6, 300, 6000

WRITER = textwrap.dedent("""
    import sys
    sys.path.insert(0, sys.argv[2])
    from kg.store import Store
    from test_store import content
    s = Store.open(sys.argv[1])
    version = "large"
    while True:
        for i in range(%d):
            print("start", i, flush=True)
            s.replace_graph(f"http://example.org/g{i}", content(i, version))
            print("done", i, flush=True)
        version = "small" if version == "large" else "large"
""" % GRAPHS)


def content(i: int, version: str) -> list[ox.Quad]:
    """Graph i's triples in one of two versions of known, different sizes."""
    n = LARGE if version == "large" else SMALL
    g = ox.NamedNode(f"{EX}g{i}")
    return [ox.Quad(ox.NamedNode(f"{EX}{version}/{i}/s{k}"), ox.NamedNode(EX + "p"),
                    ox.Literal(f"{version} value {k} " + "x" * 40), g) for k in range(n)]


def test_store_replace_graph_survives_sigkill(tmp_path):
    path = str(tmp_path / "st")
    with Store.open(path) as s:  # half the graphs start small, half do not exist yet
        for i in range(0, GRAPHS, 2):
            s.replace_graph(f"{EX}g{i}", content(i, "small"))
    expected = {
        i: tuple({x.triple for x in content(i, v)} for v in ("small", "large"))
        for i in range(GRAPHS)
    }
    rng = random.Random(7)
    killed_mid_call = 0
    here = os.path.dirname(os.path.abspath(__file__))
    deadline = time.monotonic() + 15
    rounds = 0
    while rounds < 4 and time.monotonic() < deadline:
        rounds += 1
        writer = subprocess.Popen([sys.executable, "-c", WRITER, path, here],
                                  stdout=subprocess.PIPE, text=True)
        starts, last = 0, ""
        target = rng.randint(1, GRAPHS)
        while starts < target:
            last = writer.stdout.readline().strip()
            assert last, "writer died"
            starts += last.startswith("start")
        time.sleep(rng.uniform(0.0, 0.3))
        writer.send_signal(signal.SIGKILL)
        writer.wait()
        rest = writer.stdout.read().split("\n")
        last = [line for line in [last, *rest] if line][-1]
        killed_mid_call += last.startswith("start")
        with Store.open(path) as s:
            for i in range(GRAPHS):
                got = triples_of(s, f"{EX}g{i}")
                small, large = expected[i]
                assert got in (small, large) or (not got and i % 2), (
                    f"graph {i} holds {len(got)} triples: a mix of old and new"
                )
    assert killed_mid_call >= 1, "no kill landed inside replace_graph"

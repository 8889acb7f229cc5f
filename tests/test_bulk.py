"""Parallel bulk loading: ranges cut at line ends, same data as one call, blank nodes kept whole."""

from __future__ import annotations

import threading

import pyoxigraph as ox
import pytest

from kg.store import bulk
from kg.errors import StoreError
from kg.store import Store

EX = "http://example.org/"


def nquads(n: int, *, graphs: int = 7) -> bytes:
    lines = [f'<{EX}s{i}> <{EX}p{i % 3}> "value {i} é" <{EX}g{i % graphs}> .\n' for i in range(n)]
    return "".join(lines).encode()


def store_quads(store: ox.Store) -> set[str]:
    return {str(q) for q in store}


@pytest.fixture
def small_split(monkeypatch):
    """Split even small files, so the tests run in milliseconds."""
    monkeypatch.setattr(bulk, "MIN_SPLIT_BYTES", 0)


def test_line_ranges_cover_the_file_and_end_at_newlines(tmp_path):
    path = tmp_path / "d.nq"
    data = nquads(1000)
    path.write_bytes(data)
    ranges = bulk.line_ranges(path, parts=3, max_bytes=10_000)
    assert ranges[0][0] == 0 and ranges[-1][1] == len(data)
    assert all(a < b for a, b in ranges)
    assert all(end == start for (_, end), (start, _) in zip(ranges, ranges[1:]))
    assert all(data[end - 1:end] == b"\n" for _, end in ranges)
    assert len(ranges) >= len(data) // 10_000
    assert len(bulk.line_ranges(path, parts=3)) == 3


def test_line_ranges_of_a_one_line_file_is_one_range(tmp_path):
    path = tmp_path / "d.nq"
    path.write_bytes(nquads(1))
    assert bulk.line_ranges(path, parts=4) == [(0, path.stat().st_size)]


def test_parallel_load_gives_the_same_quads_as_one_call(tmp_path, small_split):
    path = tmp_path / "d.nq"
    path.write_bytes(nquads(5000))
    one, many = ox.Store(), ox.Store()
    one.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS)
    assert bulk.load_file(many.bulk_load, path, ox.RdfFormat.N_QUADS, workers=2) >= 2
    assert store_quads(many) == store_quads(one)
    assert len(many) == 5000


def test_ranges_load_at_the_same_time(tmp_path, small_split):
    """Two ranges on two workers meet at a barrier; a serial loader would time out there."""
    path = tmp_path / "d.nt"
    path.write_bytes(b"".join(f"<{EX}s{i}> <{EX}p> <{EX}o> .\n".encode() for i in range(100)))
    barrier = threading.Barrier(2, timeout=10)
    threads = set()

    def loader(**kwargs):
        threads.add(threading.get_ident())
        barrier.wait()

    assert bulk.load_file(loader, path, ox.RdfFormat.N_TRIPLES, workers=2) == 2
    assert len(threads) == 2


def test_blank_nodes_keep_their_identity_across_the_file(tmp_path, small_split):
    path = tmp_path / "d.nt"
    lines = [f"_:b1 <{EX}p> \"{i}\" .\n" for i in range(200)]
    path.write_text("".join(lines))
    store = ox.Store()
    assert bulk.load_file(store.bulk_load, path, ox.RdfFormat.N_TRIPLES, workers=2) == 1
    assert len({q.subject for q in store}) == 1


def test_turtle_loads_in_one_call(tmp_path, small_split):
    path = tmp_path / "d.ttl"
    path.write_text(f"<{EX}s> <{EX}p> 1, 2, 3 .\n<{EX}t> <{EX}p> 4 .\n")
    store = ox.Store()
    assert bulk.load_file(store.bulk_load, path, ox.RdfFormat.TURTLE, workers=2) == 1
    assert len(store) == 4


def test_a_syntax_error_names_its_line_in_the_whole_file(tmp_path, small_split):
    path = tmp_path / "d.nq"
    lines = nquads(1000).decode().splitlines(keepends=True)
    lines[899] = f'<{EX}broken> <{EX}p> "unterminated .\n'
    path.write_text("".join(lines))
    with Store.open(None) as store, pytest.raises(StoreError, match=r"line 900\b"):
        store.bulk_load(path=path, fmt="nquads", workers=4)


def test_store_bulk_load_guesses_the_format_or_says_it_cannot(tmp_path):
    with Store.open(None) as store:
        data = tmp_path / "d.nq"
        data.write_bytes(nquads(10))
        store.bulk_load(path=data)
        assert store.triple_count() == 10
        odd = tmp_path / "d.data"
        odd.write_bytes(nquads(1))
        with pytest.raises(StoreError, match="give a format"):
            store.bulk_load(path=odd)
        with pytest.raises(StoreError, match="no such file"):
            store.bulk_load(path=tmp_path / "missing.nq")


def test_store_on_disk_loads_in_parallel(tmp_path, small_split):
    data = tmp_path / "d.nq"
    data.write_bytes(nquads(3000))
    with Store.open(str(tmp_path / "s")) as store:
        store.bulk_load(path=data, fmt="nquads", workers=2)
        assert store.triple_count() == 3000
        assert len(store.graphs()) == 7


def test_ntriples_ranges_all_land_in_the_given_graph(tmp_path, small_split):
    data = tmp_path / "d.nt"
    data.write_bytes(b"".join(f"<{EX}s{i}> <{EX}p> <{EX}o{i}> .\n".encode() for i in range(500)))
    with Store.open(str(tmp_path / "s")) as store:
        store.bulk_load(path=data, fmt="ntriples", graph=EX + "g", workers=3)
        assert store.graphs() == [EX + "g"]
        assert len(list(store.quads(EX + "g"))) == store.triple_count() == 500

"""Named-query latency: kg's store (pyoxigraph) against rdflib's in-memory Dataset, same data.

usage: python benchmarks/bench_queries.py [--triples 1000000] [--repeat 5] [--rdflib-timeout 30]

A synthetic event graph of ``--triples`` quads (benchmarks/generate.py, the
project's own RDF shape through kg.rdf.extraction_quads) is bulk-loaded into
an on-disk kg Store, re-opened read-only as `kg serve` does, and written as
N-Quads for rdflib. Each named query from ontology/queries/ runs with the
same rendered text (parameters bound by kg.query.named.render) on both:

* kg: kg.query.run_query, one warm-up run, then the median of ``--repeat`` runs;
* rdflib: rdflib.Dataset.query in a child process that loaded the same quads
  (``default_union=True``: plain patterns see every graph, as kg's queries
  do, and ``GRAPH ?g`` sees each document's graph). Each query gets
  ``--rdflib-timeout`` seconds; past that the child is killed, the result is
  reported as ">N s", and a fresh child reloads the graph for the next query.

Loading is not timed. The ratio is rdflib seconds / kg seconds (above 1: kg is
faster; a lower bound where rdflib timed out). The two-hop query (co-actors:
actor -> events -> other actors) has a target of 50 ms. Results go to
benchmarks/results/queries.json and stdout.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate import _actor, synthetic_quads  # noqa: E402

from kg.query.named import load_named, render  # noqa: E402
from kg.query import run_query  # noqa: E402
from kg.resolve import resolve_corpus  # noqa: E402
from kg.store import Store  # noqa: E402

TWO_HOP = "co-actors"
TARGET_MS = 50.0


def parameters() -> dict[str, dict[str, str]]:
    """Parameters for each named query on the synthetic graph: a frequent ("head") actor."""
    person = _actor(0).label  # head actors appear in about 1% of events each
    return {
        "actor-events": {"actor": person},
        "co-actors": {"actor": person},
        "criticisms": {"critic": person},
        "statements": {"speaker": person},
        "events-in-range": {"from": "2020-03-01", "to": "2020-03-07"},
        "fact-sources": {"agent": person, "type": "visited"},
        "visits-per-place": {},
    }


def _rdflib_child(data_path: str, conn) -> None:
    import rdflib

    graph = rdflib.Dataset(default_union=True)
    graph.parse(data_path, format="nquads")
    conn.send(("loaded", len(graph)))
    while True:
        job = conn.recv()
        if job is None:
            return
        text, repeat = job
        times, rows = [], 0
        try:
            for _ in range(repeat):
                started = time.perf_counter()
                rows = len(list(graph.query(text)))
                times.append(time.perf_counter() - started)
                if times[-1] > 2:  # slow: one run is enough
                    break
        except Exception as exc:  # noqa: BLE001 - reported, not fatal
            conn.send((f"error: {type(exc).__name__}: {exc}"[:300], 0))
            continue
        conn.send((times, rows))


class RdflibRunner:
    """rdflib in a killable child process, reloaded after a timeout."""

    def __init__(self, data_path: str) -> None:
        self.data_path = data_path
        self.ctx = mp.get_context("spawn")
        self.proc = None
        self.load_seconds: list[float] = []

    def _ensure(self) -> None:
        if self.proc is not None and self.proc.is_alive():
            return
        parent, child = self.ctx.Pipe()
        started = time.perf_counter()
        self.proc = self.ctx.Process(target=_rdflib_child, args=(self.data_path, child), daemon=True)
        self.proc.start()
        child.close()
        self.conn = parent
        _, self.triples = self.conn.recv()
        self.load_seconds.append(time.perf_counter() - started)

    def run(self, text: str, repeat: int, timeout: float) -> tuple[list[float], int] | None:
        self._ensure()
        self.conn.send((text, repeat))
        if not self.conn.poll(timeout):
            self.proc.kill()
            self.proc.join()
            self.proc = None
            return None
        return self.conn.recv()

    def close(self) -> None:
        if self.proc is not None and self.proc.is_alive():
            self.conn.send(None)
            self.proc.join(5)
            if self.proc.is_alive():
                self.proc.kill()


def bench_kg(store: Store, text: str, repeat: int) -> tuple[list[float], int]:
    run_query(store, text)  # warm-up
    times, rows = [], 0
    for _ in range(repeat):
        started = time.perf_counter()
        rows = len(run_query(store, text).rows)
        times.append(time.perf_counter() - started)
    return times, rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--rdflib-timeout", type=float, default=30.0)
    parser.add_argument("--skip-rdflib", action="store_true")
    parser.add_argument("-o", "--output", default=str(HERE / "results" / "queries.json"))
    args = parser.parse_args(argv)

    started = time.perf_counter()
    quads = synthetic_quads(args.triples)
    generated = time.perf_counter() - started
    queries = load_named()
    params = parameters()
    report: dict = {
        "triples": len(quads),
        "generator": "benchmarks/generate.py synthetic_quads",
        "head_actor": params["co-actors"]["actor"],
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count()},
        "repeat": args.repeat,
        "rdflib_timeout_s": args.rdflib_timeout,
        "queries": {},
    }
    with tempfile.TemporaryDirectory() as tmp:
        import pyoxigraph as ox

        store_path = Path(tmp) / "store"
        with Store.open(store_path) as store:
            store.bulk_load(quads)
            del quads
            # The corpus view (kg:CorpusEvent) the named queries read, as ingest writes it.
            started = time.perf_counter()
            summary = resolve_corpus(store)
            report["resolve_s"] = round(time.perf_counter() - started, 2)
            report["corpus_events"] = summary.corpus_events
            data_path = Path(tmp) / "data.nq"
            data_path.write_bytes(ox.serialize(store.quads(), format=ox.RdfFormat.N_QUADS))
        print(f"generated {report['triples']} quads in {generated:.1f} s", file=sys.stderr)
        rdflib_runner = None if args.skip_rdflib else RdflibRunner(str(data_path))
        try:
            with Store.open(store_path, read_only=True) as store:
                for name, query in queries.items():
                    text = render(query, params.get(name, query.example))
                    kg_times, kg_rows = bench_kg(store, text, args.repeat)
                    kg_ms = statistics.median(kg_times) * 1000
                    entry = {
                        "params": params.get(name, query.example),
                        "kg_ms": {"median": round(kg_ms, 2),
                                  "min": round(min(kg_times) * 1000, 2)},
                        "kg_rows": kg_rows,
                    }
                    if rdflib_runner is not None:
                        got = rdflib_runner.run(text, args.repeat, args.rdflib_timeout)
                        if got is None:
                            entry["rdflib_ms"] = f">{args.rdflib_timeout:g} s"
                            entry["ratio"] = f">{args.rdflib_timeout * 1000 / kg_ms:.0f}"
                        elif isinstance(got[0], str):
                            entry["rdflib_ms"] = got[0]
                        else:
                            times, rows = got
                            rdf_ms = statistics.median(times) * 1000
                            entry["rdflib_ms"] = {"median": round(rdf_ms, 2), "runs": len(times)}
                            entry["rdflib_rows"] = rows
                            entry["ratio"] = round(rdf_ms / kg_ms, 1)
                    report["queries"][name] = entry
                    print(f"{name:18} kg {entry['kg_ms']['median']:9.2f} ms  rows {kg_rows:6}  "
                          f"rdflib {entry.get('rdflib_ms', '-')}  ratio {entry.get('ratio', '-')}",
                          file=sys.stderr, flush=True)
        finally:
            if rdflib_runner is not None:
                report["rdflib_load_s"] = [round(s, 1) for s in rdflib_runner.load_seconds]
                rdflib_runner.close()
    two_hop = report["queries"][TWO_HOP]["kg_ms"]["median"]
    report["two_hop"] = {"query": TWO_HOP, "median_ms": two_hop, "target_ms": TARGET_MS,
                         "met": two_hop <= TARGET_MS}
    text = json.dumps(report, indent=2, ensure_ascii=False)
    print(text)
    Path(args.output).parent.mkdir(parents=True, exist_ok=True)
    Path(args.output).write_text(text + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Beyond one machine, measured: Dask extraction and the remote store, in one run.

    python benchmarks/bench_scale.py              # 400 generated articles (about 3 minutes on 2 cores)
    python benchmarks/bench_scale.py --n 40       # a smoke run

On the same corpus (benchmarks/corpus.py), into in-memory stores:

* documents/s of ``ingest`` with extraction on a Dask LocalCluster of 1 and
  2 worker processes (loopback, one thread each), against the local
  ``--jobs 2`` path and the serial path. The cluster is started before the
  clock (a cluster outlives runs); the workers' model loading is timed, as
  the ``--jobs`` pool's is.
* remote store (an Oxigraph server on loopback, started here) against the
  embedded store: load = writing every document's graph (one transaction
  each) and the corpus view, from extractions made beforehand; query latency
  = median of the named queries and of the per-document content-hash ASK
  that ``kg ingest`` sends.

Writes benchmarks/results/scale.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

from corpus import write_jsonl  # noqa: E402

PARAMS = {  # people and places the generator writes about
    "actor-events": {"actor": "Maria Lopez"},
    "co-actors": {"actor": "Maria Lopez"},
    "criticisms": {},
    "events-in-range": {"from": "2021-06-01", "to": "2021-06-30"},
    "fact-sources": {"agent": "Maria Lopez", "type": "visited"},
    "statements": {"speaker": "Maria Lopez"},
    "visits-per-place": {},
}


def timed_ingest(corpus: Path, **options) -> tuple[float, object]:
    from kg.store import Store
    from kg.workflow import ingest

    with Store.open(None) as store:
        start = time.perf_counter()
        summary = ingest([str(corpus)], store, **options)
        return time.perf_counter() - start, summary


def bench_extraction(corpus: Path, n: int) -> dict:
    from distributed import LocalCluster

    results: dict[str, dict] = {}
    seconds, summary = timed_ingest(corpus)
    results["serial"] = {"seconds": round(seconds, 2), "docs_per_s": round(n / seconds, 1)}
    seconds, jobs = timed_ingest(corpus, jobs=2)
    results["jobs_2"] = {"seconds": round(seconds, 2), "docs_per_s": round(n / seconds, 1)}
    assert jobs.events == summary.events
    for workers in (1, 2):
        with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                          host="127.0.0.1", dashboard_address=None, silence_logs=40) as cluster:
            seconds, dask = timed_ingest(corpus, dask=cluster.scheduler_address)
        assert (dask.documents, dask.events) == (summary.documents, summary.events)
        results[f"dask_{workers}"] = {"seconds": round(seconds, 2),
                                      "docs_per_s": round(n / seconds, 1)}
    base = results["jobs_2"]["docs_per_s"]
    for name in ("dask_1", "dask_2", "serial"):
        results[name]["vs_jobs_2"] = round(results[name]["docs_per_s"] / base, 3)
    return results


class Server:
    def __init__(self, folder: Path) -> None:
        binary = Path(sys.executable).parent / "oxigraph"
        binary = str(binary) if binary.is_file() else shutil.which("oxigraph")
        if binary is None:
            raise SystemExit("the oxigraph server is not installed: pip install oxigraph")
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"
        self.proc = subprocess.Popen([binary, "serve", "--location", str(folder),
                                      "--bind", f"127.0.0.1:{port}"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        import httpx

        for _ in range(200):
            try:
                httpx.post(f"{self.url}/query", data={"query": "ASK {}"}, timeout=1)
                return
            except httpx.TransportError:
                time.sleep(0.1)
        raise SystemExit("the oxigraph server did not start")

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(10)


def median_ms(run, repeat: int) -> float:
    run()  # warm
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return round(statistics.median(times) * 1000, 2)


def bench_store(corpus: Path, n: int, repeat: int) -> dict:
    from kg.extract.pipeline import RuleExtractor
    from kg.ingest import iter_documents
    from kg.query.named import named_query, render
    from kg.rdf import extraction_quads, graph_iri
    from kg.resolve import resolve_corpus
    from kg.store import Store
    from kg.workflow import is_unchanged

    docs = [d for d in iter_documents([str(corpus)]) if not isinstance(d, Exception)]
    graphs = {graph_iri(x.document.id): extraction_quads(x) for x in RuleExtractor().extract(docs)}
    quads = sum(len(q) for q in graphs.values())
    queries = {name: render(named_query(name), params) for name, params in PARAMS.items()}
    out: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as tmp:
        server = Server(Path(tmp) / "oxigraph")
        try:
            for kind, target in (("embedded", f"{tmp}/embedded"), ("remote", server.url)):
                with Store.open(target) as store:
                    start = time.perf_counter()
                    items = list(graphs.items())
                    for i in range(0, len(items), 16):  # ingest's batches
                        store.write_graphs(dict(items[i:i + 16]))
                    written = time.perf_counter() - start
                    resolve_corpus(store)
                    loaded = time.perf_counter() - start
                    row = {"load_seconds": round(loaded, 2), "write_seconds": round(written, 2),
                           "docs_per_s": round(n / loaded, 1),
                           "quads_per_s": round(quads / written),
                           "triples": store.triple_count(),
                           "ask_content_hash_ms": median_ms(lambda: is_unchanged(store, docs[0]),
                                                            repeat * 5)}
                    for name, text in queries.items():
                        rows = list(store.query(text))
                        row[f"query_{name}_ms"] = median_ms(lambda: list(store.query(text)), repeat)
                        row[f"query_{name}_rows"] = len(rows)
                    out[kind] = row
        finally:
            server.stop()
    assert out["embedded"]["triples"] == out["remote"]["triples"]
    out["remote_vs_embedded"] = {
        key: round(out["remote"][key] / out["embedded"][key], 2)
        for key in out["embedded"] if key.endswith(("_ms", "_seconds")) and out["embedded"][key]}
    out["quads"] = quads
    return out


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=400, help="generated articles")
    parser.add_argument("--repeat", type=int, default=5, help="runs per query (median)")
    parser.add_argument("--out", type=Path, default=HERE / "results" / "scale.json")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        corpus = write_jsonl(args.n, Path(tmp) / "corpus.jsonl", seed=42)
        results = {
            "machine": f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores",
            "documents": args.n,
            "command": "python benchmarks/bench_scale.py" + (f" --n {args.n}" if args.n != 400 else ""),
            "extraction": bench_extraction(corpus, args.n),
            "store": bench_store(corpus, args.n, args.repeat),
        }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n")
    print(json.dumps(results, indent=2))
    return results


if __name__ == "__main__":
    main()

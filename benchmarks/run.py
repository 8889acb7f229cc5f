"""The benchmark suite: every measure as a ratio against a baseline run in the same invocation.

    python benchmarks/run.py            # full run (about 15-25 minutes on 2 cores)
    python benchmarks/run.py --quick    # a smoke run on tiny sizes (used by the test suite)

Writes benchmarks/results/latest.json (one key per measure: value, unit,
baseline, baseline_unit, ratio, plus corpus size) and latest.md. Measures:

* extraction words/s against bare ``nlp.pipe`` of the same model on the same texts
  (median of 3 repetitions, each slice by slice in turns: bench_extraction.measure);
* end-to-end ingest of generated articles with ``--jobs 2`` against bare
  ``nlp.pipe`` (one process) of the same texts;
* bulk load into the store (triples/s) against rdflib parsing the same N-Quads;
* peak memory and time to load + query, from 10k to 1M triples (the growth
  curve), against rdflib's in-memory graph on the same data;
* named-query latency and export times, by running bench_queries.py and
  bench_export.py with the same sizes and folding in their results.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
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

from kg.store.bulk import usable_cores  # noqa: E402


def measure(value, unit, baseline, baseline_unit, *, higher_is_better: bool, **extra) -> dict:
    """One result; ``ratio`` > 1 always means kg is better than the baseline."""
    if value and baseline:
        ratio = value / baseline if higher_is_better else baseline / value
    else:
        ratio = None
    return {"value": value, "unit": unit, "baseline": baseline, "baseline_unit": baseline_unit,
            "ratio": None if ratio is None else round(ratio, 3), **extra}


def bench_extraction(corpus: Path, n: int, repeat: int) -> dict:
    from bench_extraction import measure as measure_extraction  # benchmarks/bench_extraction.py

    from kg.ingest import iter_documents

    docs = [d for d in iter_documents([str(corpus)]) if not isinstance(d, Exception)]
    found = measure_extraction(docs, repeat, sources=[f"{n} generated articles"])
    bare, kg = found["bare_nlp_pipe"]["words_per_s"], found["kg_extract"]["words_per_s"]
    result = measure(kg, "words/s", bare, "words/s (bare nlp.pipe)", higher_is_better=True,
                     documents=n, words=found["corpus"]["words"], target_ratio=0.8, repetitions=repeat,
                     ratios=found["ratios"], ratio_best_of=found["ratio_best_of"])
    result["ratio"] = found["ratio"]  # the median of the repetitions' ratios
    return {"extraction_words_per_s": result, "_bare_words_per_s": bare}


def bench_ingest(corpus: Path, n: int, bare_words_per_s: float, jobs: int) -> dict:
    words = sum(len(json.loads(line)["text"].split()) for line in corpus.open(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "kg.cli", "ingest", str(corpus), "--store",
                        f"{tmp}/store", "--jobs", str(jobs)], check=True, capture_output=True)
        seconds = time.perf_counter() - start
    bare_seconds = words / bare_words_per_s
    return {"ingest_seconds": measure(round(seconds, 1), "s", round(bare_seconds, 1),
                                      "s (bare nlp.pipe, 1 process, parse only)",
                                      higher_is_better=False, documents=n, words=words, jobs=jobs,
                                      target="<= 70 s for 1000 articles on 2 cores")}


LOAD_SCRIPT = r"""
import json, resource, sys, time
kind, path, workers = sys.argv[1], sys.argv[2], int(sys.argv[3])
start = time.perf_counter()
if kind == "kg":
    import tempfile
    from kg.store import Store
    store = Store.open(tempfile.mkdtemp() + "/s")
    store.bulk_load(path=path, fmt="nquads", workers=workers or None)
    load = time.perf_counter() - start
    q = time.perf_counter()
    rows = list(store.query("SELECT ?a ?b WHERE { ?e <https://w3id.org/kg-news/ontology#agent> ?a ; "
                            "<https://w3id.org/kg-news/ontology#target> ?b } LIMIT 1000"))
    query = time.perf_counter() - q
    count = store.triple_count()
else:
    import rdflib
    ds = rdflib.Dataset()
    ds.parse(path, format="nquads")
    load = time.perf_counter() - start
    q = time.perf_counter()
    rows = list(ds.query("SELECT ?a ?b WHERE { ?e <https://w3id.org/kg-news/ontology#agent> ?a ; "
                         "<https://w3id.org/kg-news/ontology#target> ?b } LIMIT 1000"))
    query = time.perf_counter() - q
    count = len(ds)
# VmHWM, not ru_maxrss: Linux keeps ru_maxrss across exec, so it would count the parent.
peak = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM")) / 1024
print(json.dumps({"load_s": load, "query_s": query, "peak_mb": peak, "triples": count}))
"""


def _load_run(kind: str, path: Path, workers: int) -> dict:
    """One load in a fresh process (workers 0: kg's default, every core)."""
    out = subprocess.run([sys.executable, "-c", LOAD_SCRIPT, kind, str(path), str(workers)],
                         check=True, capture_output=True, text=True,
                         env={**os.environ, "PYTHONPATH": str(ROOT)})
    return json.loads(out.stdout.strip().splitlines()[-1])


def bench_load_and_growth(sizes: list[int]) -> dict:
    from generate import synthetic_quads  # benchmarks/generate.py

    import pyoxigraph as ox

    curve = []
    for size in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "g.nq"
            with path.open("wb") as fh:
                ox.serialize(synthetic_quads(size), fh, format=ox.RdfFormat.N_QUADS)
            runs = {kind: _load_run(kind, path, 0) for kind in ("kg", "rdflib")}
            if size == sizes[-1]:
                one_thread = _load_run("kg", path, 1)
            curve.append({"triples": size, "kg": runs["kg"], "rdflib": runs["rdflib"]})
    top = curve[-1]
    return {
        "bulk_load_triples_per_s": measure(
            round(top["triples"] / top["kg"]["load_s"]), "triples/s",
            round(top["triples"] / top["rdflib"]["load_s"]), "triples/s (rdflib Dataset.parse)",
            higher_is_better=True, triples=top["triples"], target=">= 300000 triples/s",
            workers=usable_cores(),
            one_thread_triples_per_s=round(top["triples"] / one_thread["load_s"])),
        "peak_memory_mb": measure(round(top["kg"]["peak_mb"]), "MB", round(top["rdflib"]["peak_mb"]),
                                  "MB (rdflib in-memory)", higher_is_better=False,
                                  triples=top["triples"], target="<= 1024 MB at 1M triples"),
        "growth_curve": {"points": curve, "unit": "seconds and MB per size",
                         "note": "load, query and peak memory of each engine in a fresh process"},
    }


def fold(script: str, args: list[str], key: str) -> dict:
    """Run a sibling benchmark script and fold its JSON result in under ``key``."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "r.json"
        proc = subprocess.run([sys.executable, str(HERE / script), *args, "-o", str(out)],
                              capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
        if proc.returncode != 0 or not out.exists():
            return {key: {"error": (proc.stderr or proc.stdout).strip().splitlines()[-1:]}}
        return {key: json.loads(out.read_text())}


def markdown(results: dict) -> str:
    lines = ["# Benchmark results", "", f"Machine: {results['machine']}", "",
             "| measure | value | baseline | ratio (>1: kg better) |", "|---|---|---|---|"]
    for name, m in results["measures"].items():
        if isinstance(m, dict) and "value" in m:
            lines.append(f"| {name} | {m['value']} {m['unit']} | {m['baseline']} {m['baseline_unit']} "
                         f"| {m['ratio']} |")
    queries = results["measures"].get("named_queries", {}).get("queries", {})
    for name, q in queries.items():
        kg_ms, rd = q.get("kg_ms", {}).get("median"), q.get("rdflib_ms", {})
        rd = f"{rd['median']} ms" if isinstance(rd, dict) else rd  # ">30 s" or an error
        lines.append(f"| query {name} | {kg_ms} ms | {rd} (rdflib in-memory) | {q.get('ratio')} |")
    exports = results["measures"].get("exports", {})
    if "turtle" in exports:
        t = exports["turtle"]
        lines.append(f"| export turtle ({t['quads']} quads) | {t['kg_seconds']} s | {t['rdflib_seconds']} s "
                     f"(rdflib serializer) | {t['ratio_rdflib_over_kg']} |")
    if "graphml" in exports:
        g = exports["graphml"]
        lines.append(f"| export graphml ({g['nodes']} nodes) | {g['kg_write_seconds']} s write "
                     f"({g['kg_export_seconds']} s end to end for {g['kg_export_nodes']} nodes) | "
                     f"{g['networkx_write_graphml_seconds']} s "
                     f"(networkx write_graphml) | {g['ratio_networkx_over_kg_write']} |")
    load = results["measures"].get("bulk_load_triples_per_s")
    if load and "one_thread_triples_per_s" in load:
        lines += ["", f"Bulk load ran on {load['workers']} threads; the same file on one thread (one "
                      f"pyoxigraph bulk_load call): {load['one_thread_triples_per_s']} triples/s."]
    lines += ["", "Growth curve (kg vs rdflib: load s / query s / peak MB):", ""]
    for p in results["measures"].get("growth_curve", {}).get("points", []):
        k, r = p["kg"], p["rdflib"]
        lines.append(f"- {p['triples']:>9,} triples: kg {k['load_s']:.2f} / {k['query_s']:.3f} / "
                     f"{k['peak_mb']:.0f}; rdflib {r['load_s']:.2f} / {r['query_s']:.3f} / {r['peak_mb']:.0f}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="tiny sizes: a smoke run")
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--out", type=Path, default=HERE / "results")
    args = parser.parse_args(argv)
    articles = 12 if args.quick else args.articles
    sizes = [2_000, 10_000] if args.quick else [10_000, 100_000, 1_000_000]
    results: dict = {"machine": {"python": platform.python_version(), "cpu": platform.machine(),
                                 "cores": os.cpu_count(), "system": platform.system()},
                     "started": time.strftime("%Y-%m-%dT%H:%M:%S"), "measures": {}}
    measures = results["measures"]
    with tempfile.TemporaryDirectory() as tmp:
        corpus = write_jsonl(articles, Path(tmp) / "corpus.jsonl")
        extraction = bench_extraction(corpus, articles, 1 if args.quick else 3)
        bare = extraction.pop("_bare_words_per_s")
        measures.update(extraction)
        measures.update(bench_ingest(corpus, articles, bare, args.jobs))
    measures.update(bench_load_and_growth(sizes))
    top = str(sizes[-1])
    measures.update(fold("bench_queries.py", ["--triples", top] + (["--repeat", "1"] if args.quick else []),
                         "named_queries"))
    measures.update(fold("bench_export.py", ["--triples", top, "--nodes", "500" if args.quick else "50000"],
                         "exports"))
    results["peak_memory_of_runner_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    args.out.mkdir(parents=True, exist_ok=True)
    name = "quick" if args.quick else "latest"
    (args.out / f"{name}.json").write_text(json.dumps(results, indent=2) + "\n")
    (args.out / f"{name}.md").write_text(markdown(results))
    print(markdown(results))
    return results


if __name__ == "__main__":
    main()

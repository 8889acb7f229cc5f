"""Load test of `kg serve`: N concurrent clients for S seconds on loopback; latency percentiles.

Each client loops over the named queries (with their example parameters) and
a few plain SPARQL queries, one request at a time, until the time is up. Only
127.0.0.1 is ever targeted, and every loop is bounded by time and count.

    .venv/bin/python benchmarks/bench_server.py                 # 50 clients, 10 s, demo store
    .venv/bin/python benchmarks/bench_server.py --url http://127.0.0.1:7878 --clients 50

Without --url it starts `kg serve` on a free port over --store (default
.kg-store) and stops it afterwards. First the same load runs with
--baseline-clients (default 1) against the same server, so the report gives
throughput and latency as ratios to that baseline of the same run: on a shared
machine the ratios move less than the absolute figures. Writes
benchmarks/results/server.json.
"""

from __future__ import annotations

import argparse
import http.client
import json
import statistics
import sys
import threading
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MAX_REQUESTS_PER_CLIENT = 100_000

PLAIN = [
    "SELECT ?type (COUNT(*) AS ?n) WHERE { ?e kg:eventType ?type } GROUP BY ?type",
    "SELECT ?a ?l WHERE { ?a a kg:Person ; rdfs:label ?l } ORDER BY ?l",
    "ASK { ?a rdfs:label \"Michelle Bachelet\" }",
]


def _paths() -> list[tuple[str, str]]:
    """(label, path) pairs the clients cycle through."""
    from kg.query.named import load_named

    paths = []
    for q in load_named().values():
        params = urllib.parse.urlencode(q.example)
        paths.append((f"named:{q.name}", f"/queries/{q.name}" + (f"?{params}" if params else "")))
    for i, query in enumerate(PLAIN):
        paths.append((f"sparql:{i}", "/sparql?" + urllib.parse.urlencode({"query": query})))
    return paths


def _percentile(sorted_ms: list[float], p: float) -> float:
    if not sorted_ms:
        return float("nan")
    k = (len(sorted_ms) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(sorted_ms) - 1)
    return sorted_ms[lo] + (sorted_ms[hi] - sorted_ms[lo]) * (k - lo)


def load(url: str, *, clients: int = 50, seconds: float = 10.0) -> dict:
    """Run the load; a summary with request count, errors and latency percentiles (ms)."""
    parsed = urllib.parse.urlparse(url)
    if parsed.hostname not in ("127.0.0.1", "localhost", "::1"):
        raise SystemExit("refusing to load anything but a loopback address")
    paths = _paths()
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    stop_at = time.monotonic() + seconds

    def client(index: int) -> None:
        conn = http.client.HTTPConnection(parsed.hostname, parsed.port, timeout=30)
        mine, bad = [], []
        for n in range(MAX_REQUESTS_PER_CLIENT):
            if time.monotonic() >= stop_at:
                break
            label, path = paths[(index + n) % len(paths)]
            started = time.perf_counter()
            try:
                conn.request("GET", path, headers={"Accept": "application/sparql-results+json"})
                response = conn.getresponse()
                body = response.read()
                if response.status != 200:
                    bad.append(f"{label}: {response.status} {body[:200]!r}")
                else:
                    json.loads(body)
            except Exception as exc:  # noqa: BLE001 - every failure is counted
                bad.append(f"{label}: {type(exc).__name__}: {exc}")
                conn.close()
                conn = http.client.HTTPConnection(parsed.hostname, parsed.port, timeout=30)
            mine.append((time.perf_counter() - started) * 1000)
        conn.close()
        with lock:
            latencies.extend(mine)
            errors.extend(bad)

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    started = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join(seconds + 60)
    elapsed = time.monotonic() - started
    ms = sorted(latencies)
    return {
        "clients": clients,
        "seconds": round(elapsed, 2),
        "requests": len(ms),
        "errors": len(errors),
        "first_errors": errors[:5],
        "throughput_rps": round(len(ms) / elapsed, 1),
        "latency_ms": {
            "p50": round(_percentile(ms, 50), 1),
            "p90": round(_percentile(ms, 90), 1),
            "p99": round(_percentile(ms, 99), 1),
            "max": round(ms[-1], 1) if ms else None,
            "mean": round(statistics.fmean(ms), 1) if ms else None,
        },
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="a running kg serve (loopback only)")
    parser.add_argument("--store", default=str(ROOT / ".kg-store"))
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--workers", type=int, default=2, help="kg serve --workers")
    parser.add_argument("--baseline-clients", type=int, default=1,
                        help="clients of the baseline load run first (0: none)")
    parser.add_argument("--out", default=str(ROOT / "benchmarks" / "results" / "server.json"))
    args = parser.parse_args(argv)
    server = None
    if args.url is None:
        sys.path.insert(0, str(ROOT))
        from tests.live_server import start_server

        import tempfile

        log = Path(tempfile.mkdtemp(prefix="kg-bench-")) / "serve.log"
        server = start_server(Path(args.store), log, "--workers", str(args.workers))
        args.url = server.url
    try:
        baseline = load(args.url, clients=args.baseline_clients, seconds=args.seconds) \
            if args.baseline_clients > 0 else None
        report = load(args.url, clients=args.clients, seconds=args.seconds)
    finally:
        if server is not None:
            server.stop()
    report["workers"] = args.workers
    if baseline is not None:
        report["baseline"] = baseline
        report["vs_baseline"] = {
            "throughput": round(report["throughput_rps"] / baseline["throughput_rps"], 2),
            "latency_p50": round(report["latency_ms"]["p50"] / baseline["latency_ms"]["p50"], 1),
        }
    print(json.dumps(report, indent=2))
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(report, indent=2) + "\n")
    return 0 if report["errors"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())

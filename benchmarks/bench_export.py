"""Export speed: kg's Turtle and GraphML writers against rdflib's and networkx's, same data.

usage: python benchmarks/bench_export.py [--triples 1000000] [--nodes 50000] [-o FILE]

1. Turtle: a synthetic event graph of ``--triples`` quads (benchmarks/generate.py)
   is bulk-loaded into an in-memory kg Store and exported with
   ``kg export --format turtle``'s exporter; the same triples, already in an
   rdflib Graph with the same prefixes, are serialised by rdflib's Turtle
   serializer. Loading either side is not timed.
2. GraphML: synthetic documents are generated until the bipartite events
   projection (actors and events, hedged included) has ``--nodes`` nodes.
   kg's GraphML exporter is timed end to end (SPARQL over the store, building
   the projection, writing) and for the writing alone; networkx's
   ``write_graphml`` with its defaults writes a DiGraph holding the same nodes,
   edges and attributes.

Ratios are rdflib (or networkx) seconds divided by kg seconds: above 1 means kg
is faster. Results go to benchmarks/results/export.json and stdout.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from pathlib import Path

import networkx as nx
import rdflib

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate import synthetic_extractions, synthetic_quads  # noqa: E402

from kg.export import Filters  # noqa: E402
from kg.export.graphml import GraphmlExporter, write_network  # noqa: E402
from kg.export.network import build_network  # noqa: E402
from kg.export.rdf import TurtleExporter  # noqa: E402
from kg.namespaces import PREFIXES  # noqa: E402
from kg.rdf import _to_rdflib, extraction_quads  # noqa: E402
from kg.store import Store  # noqa: E402


def _timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def _machine() -> dict:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"python": platform.python_version(), "platform": platform.platform(), "cpu": cpu,
            "cores": os.cpu_count(), "rdflib": rdflib.__version__, "networkx": nx.__version__}


def bench_turtle(triples: int, scratch: Path) -> dict:
    quads = synthetic_quads(triples)
    graph = rdflib.Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True)
    for q in quads:
        graph.add((_to_rdflib(q.subject), _to_rdflib(q.predicate), _to_rdflib(q.object)))
    out = scratch / "bench.ttl"
    with Store.open(None) as store:
        store.bulk_load(quads)
        del quads

        def kg_turtle() -> None:
            with open(out, "w", encoding="utf-8") as stream:
                TurtleExporter().export(store, stream, Filters())

        kg_s = _timed(kg_turtle)
        kg_bytes = out.stat().st_size
        count = store.triple_count()
    rdflib_s = _timed(lambda: graph.serialize(destination=str(out), format="turtle"))
    result = {
        "quads": count, "distinct_triples": len(graph),
        "kg_seconds": round(kg_s, 2), "kg_bytes": kg_bytes,
        "rdflib_seconds": round(rdflib_s, 2), "rdflib_bytes": out.stat().st_size,
        "ratio_rdflib_over_kg": round(rdflib_s / kg_s, 2),
    }
    out.unlink()
    return result


def bench_graphml(nodes: int, scratch: Path) -> dict:
    filters = Filters(include_hedged=True)
    quads, events, actors = [], 0, set()
    for ex in synthetic_extractions(actors=nodes // 2):
        quads.extend(extraction_quads(ex))
        events += len(ex.events)
        actors.update(a.key for a in ex.actors)
        if events + len(actors) >= nodes:
            break
    out = scratch / "bench.graphml"
    with Store.open(None) as store:
        store.bulk_load(quads)

        def kg_graphml() -> None:
            with open(out, "w", encoding="utf-8") as stream:
                GraphmlExporter(graph="events").export(store, stream, filters)

        kg_s = _timed(kg_graphml)
        kg_bytes = out.stat().st_size
        network = build_network(store, filters, "events")

    def kg_write() -> None:
        with open(out, "w", encoding="utf-8") as stream:
            write_network(network, stream)

    kg_write_s = _timed(kg_write)
    g = nx.DiGraph()
    for node in network.nodes:
        g.add_node(node.id, **node.attrs)
    for edge in network.edges:
        g.add_edge(edge.source, edge.target, id=edge.id, **edge.attrs)
    nx_s = _timed(lambda: nx.write_graphml(g, str(out)))
    result = {
        "triples": len(quads), "nodes": len(network.nodes), "edges": len(network.edges),
        "kg_export_seconds": round(kg_s, 2), "kg_write_seconds": round(kg_write_s, 2),
        "kg_bytes": kg_bytes,
        "networkx_write_graphml_seconds": round(nx_s, 2), "networkx_bytes": out.stat().st_size,
        "ratio_networkx_over_kg_write": round(nx_s / kg_write_s, 2),
        "ratio_networkx_over_kg_export": round(nx_s / kg_s, 2),
    }
    out.unlink()
    return result


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--nodes", type=int, default=50_000)
    parser.add_argument("-o", "--output", default=str(HERE / "results" / "export.json"))
    parser.add_argument("--scratch", default=None, help="folder for the files written (tmp)")
    args = parser.parse_args(argv)
    import tempfile

    with tempfile.TemporaryDirectory(dir=args.scratch) as tmp:
        result = {
            "command": "python benchmarks/bench_export.py " + " ".join(argv or sys.argv[1:]),
            "machine": _machine(),
            "turtle": bench_turtle(args.triples, Path(tmp)),
            "graphml": bench_graphml(args.nodes, Path(tmp)),
        }
    text = json.dumps(result, indent=2)
    print(text)
    Path(args.output).parent.mkdir(parents=True, exist_ok=True)
    Path(args.output).write_text(text + "\n", encoding="utf-8")
    return result


if __name__ == "__main__":
    main()

"""Export speed: kg's Turtle and GraphML writers against rdflib's and networkx's, same data.

usage: python benchmarks/bench_export.py [--triples 1000000] [--nodes 50000] [-o FILE]

1. Turtle: a synthetic event graph of ``--triples`` quads (benchmarks/generate.py)
   is bulk-loaded into an in-memory kg Store and exported with
   ``kg export --format turtle``'s exporter; the same triples, already in an
   rdflib Graph with the same prefixes, are serialised by rdflib's Turtle
   serializer. Loading either side is not timed.
2. GraphML: synthetic documents are generated until the bipartite events
   projection (actors and events, hedged included) has ``--nodes`` nodes;
   kg's GraphML writer and networkx's ``write_graphml`` with its defaults
   write the same nodes, edges and attributes. kg's whole export (SPARQL over
   the store, projection, writing) is timed on a smaller store
   (``--end-to-end-nodes``): ``load_events``'s query grows superlinearly
   with the number of events (8,000 events take ~40 s), which is for the
   speed issue to fix.

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
from kg.export.network import build_network, network_from_events  # noqa: E402
from kg.export.rdf import TurtleExporter  # noqa: E402
from kg.namespaces import PREFIXES  # noqa: E402
from kg.rdf import _to_rdflib, actor_iri, event_iri, extraction_quads  # noqa: E402
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


def _extractions(nodes: int) -> list:
    """Synthetic documents until the events projection has at least ``nodes`` nodes."""
    out, events, actors = [], 0, set()
    for ex in synthetic_extractions(actors=nodes // 2):
        out.append(ex)
        events += len(ex.events)
        actors.update(a.key for a in ex.actors)
        if events + len(actors) >= nodes:
            return out
    raise AssertionError("unreachable")


def _event_dicts(extractions: list) -> list[dict]:
    """The events as load_events would return them (all modalities), without the store."""
    events = []
    for ex in extractions:
        actors = {a.key: a for a in ex.actors}
        for e in ex.events:
            p = e.provenance
            events.append({
                "iri": event_iri(ex.document.id, e.key), "type": e.type,
                "date": e.time.value if e.time else None,
                "date_inferred": bool(e.time and e.time.inferred),
                "participants": [{"role": x.role, "id": actor_iri(x.actor),
                                  "label": actors[x.actor].label, "type": actors[x.actor].type,
                                  "start": x.start, "end": x.end} for x in e.participants],
                "sources": [{"document": p.document, "sentence": p.sentence, "start": p.start,
                             "end": p.end, "evidence": p.evidence}],
                "quote": e.quote, "confidence": p.confidence, "modality": e.modality,
            })
    return events


def _geo(extractions: list) -> dict:
    return {actor_iri(a.key): {"geonames_id": a.geonames_id, "lat": a.latitude,
                               "long": a.longitude}
            for ex in extractions for a in ex.actors if a.geonames_id is not None}


def bench_graphml(nodes: int, scratch: Path, end_to_end_nodes: int) -> dict:
    """Writers compared on a ``nodes``-node network; kg's whole export timed on a smaller one."""
    out = scratch / "bench.graphml"
    extractions = _extractions(end_to_end_nodes)
    filters = Filters(include_hedged=True)
    with Store.open(None) as store:
        store.bulk_load(q for ex in extractions for q in extraction_quads(ex))

        def kg_graphml() -> None:
            with open(out, "w", encoding="utf-8") as stream:
                GraphmlExporter(graph="events").export(store, stream, filters)

        e2e_s = _timed(kg_graphml)
        e2e = {"kg_export_seconds": round(e2e_s, 2),
               "kg_export_nodes": len(build_network(store, filters, "events").nodes),
               "kg_export_triples": store.triple_count()}
    extractions = _extractions(nodes)
    network = network_from_events(_event_dicts(extractions), _geo(extractions), "events")

    def kg_write() -> None:
        with open(out, "w", encoding="utf-8") as stream:
            write_network(network, stream)

    kg_write_s = _timed(kg_write)
    g = nx.DiGraph()
    for node in network.nodes:
        g.add_node(node.id, **node.attrs)
    for edge in network.edges:
        g.add_edge(edge.source, edge.target, id=edge.id, **edge.attrs)
    kg_bytes = out.stat().st_size
    nx_s = _timed(lambda: nx.write_graphml(g, str(out)))
    result = {
        "nodes": len(network.nodes), "edges": len(network.edges),
        "kg_write_seconds": round(kg_write_s, 2), "kg_bytes": kg_bytes,
        "networkx_write_graphml_seconds": round(nx_s, 2), "networkx_bytes": out.stat().st_size,
        "ratio_networkx_over_kg_write": round(nx_s / kg_write_s, 2),
        **e2e,  # kg's whole export (store read included), on the smaller store
    }
    out.unlink()
    return result


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--nodes", type=int, default=50_000)
    parser.add_argument("--end-to-end-nodes", type=int, default=2_000,
                        help="size of the store kg's whole GraphML export is timed on")
    parser.add_argument("-o", "--output", default=str(HERE / "results" / "export.json"))
    parser.add_argument("--scratch", default=None, help="folder for the files written (tmp)")
    args = parser.parse_args(argv)
    import tempfile

    with tempfile.TemporaryDirectory(dir=args.scratch) as tmp:
        result = {
            "command": " ".join(["python benchmarks/bench_export.py", *(argv or sys.argv[1:])]),
            "machine": _machine(),
            "turtle": bench_turtle(args.triples, Path(tmp)),
            "graphml": bench_graphml(args.nodes, Path(tmp), args.end_to_end_nodes),
        }
    text = json.dumps(result, indent=2)
    print(text)
    Path(args.output).parent.mkdir(parents=True, exist_ok=True)
    Path(args.output).write_text(text + "\n", encoding="utf-8")
    return result


if __name__ == "__main__":
    main()

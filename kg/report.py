"""Store summaries for people: counts (`kg stats`) and SHACL validation (`kg validate`)."""

from __future__ import annotations

from kg.namespaces import KG


def store_counts(store) -> dict:
    """Documents, triples, events per type (mentions in documents, corpus events), actors per type."""
    docs = _count(store, f"SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE {{ ?d a <{KG.Document}> }}")
    events: dict[str, dict[str, int]] = {}
    for column, cls in (("mentions", KG.Event), ("corpus", KG.CorpusEvent)):
        for row in store.query(
            f"SELECT ?t (COUNT(DISTINCT ?e) AS ?n) WHERE {{ ?e a <{cls}> ; <{KG.eventType}> ?t }} GROUP BY ?t"
        ):
            counts = events.setdefault(row["t"].value, {"mentions": 0, "corpus": 0})
            counts[column] = int(row["n"].value)
    actors = {
        cls: _count(store, f"SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE {{ ?a a <{KG[cls]}> }}")
        for cls in ("Person", "Organization", "Place", "Group")
    }
    return {"documents": docs, "triples": store.triple_count(),
            "events": dict(sorted(events.items())), "actors": actors}


def store_stats(store) -> list[str]:
    """Lines: documents, triples, events per type, actors per type."""
    counts = store_counts(store)
    lines = [f"documents  {counts['documents']}", f"triples    {counts['triples']}",
             "events (mentions in documents / corpus events after resolution)"]
    for name, n in counts["events"].items():
        lines.append(f"  {name:<12} {n['mentions']} / {n['corpus']}")
    lines.append("actors")
    for cls, n in counts["actors"].items():
        lines.append(f"  {cls:<12} {n}")
    return lines


def _count(store, sparql: str) -> int:
    for row in store.query(sparql):
        return int(row["n"].value)
    return 0


def validate_store(store) -> tuple[bool, str]:
    """Validate the union of all documents' graphs (and the corpus view) against ontology/shapes.ttl."""
    import pyoxigraph as ox
    import rdflib

    from kg.validate import validate

    triples = store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
    data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    graph = rdflib.Graph()
    graph.parse(data=data.decode("utf-8"), format="nt")
    return validate(graph)

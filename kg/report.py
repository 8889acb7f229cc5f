"""Store summaries for people: counts (`kg stats`) and SHACL validation (`kg validate`)."""

from __future__ import annotations

from kg.namespaces import KG


def store_stats(store) -> list[str]:
    """Lines: documents, triples, events per type, actors per type."""
    docs = _count(store, f"SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE {{ ?d a <{KG.Document}> }}")
    lines = [f"documents  {docs}", f"triples    {store.triple_count()}"]
    lines.append("events")
    lines[-1] = "events (mentions in documents / corpus events after resolution)"
    counts: dict[str, list[int]] = {}
    for column, cls in enumerate((KG.Event, KG.CorpusEvent)):
        for row in store.query(
            f"SELECT ?t (COUNT(DISTINCT ?e) AS ?n) WHERE {{ ?e a <{cls}> ; <{KG.eventType}> ?t }} GROUP BY ?t"
        ):
            counts.setdefault(row["t"].value, [0, 0])[column] = int(row["n"].value)
    for name, (mentions, corpus) in sorted(counts.items()):
        lines.append(f"  {name:<12} {mentions} / {corpus}")
    lines.append("actors")
    for cls in ("Person", "Organization", "Place", "Group"):
        n = _count(store, f"SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE {{ ?a a <{KG[cls]}> }}")
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

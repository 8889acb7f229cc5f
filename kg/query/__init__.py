"""The query layer: running SPARQL, the named queries, and reading SPARQL text.

    run.py    run_query over a store, results in the formats people and tools read
    named.py  the named queries (ontology/queries/*.rq) with typed, escaped parameters
    text.py   what a query's text says (its form, FROM, SERVICE, where its WHERE opens),
              without parsing it: for the endpoint and the named queries

Import from here (``from kg.query import run_query``) or from the modules.
"""

from __future__ import annotations

from kg.query.run import (
    GRAPH_FORMATS,
    QueryResult,
    SOLUTION_FORMATS,
    format_result,
    read_query,
    run_query,
    stats,
)

__all__ = [
    "GRAPH_FORMATS",
    "QueryResult",
    "SOLUTION_FORMATS",
    "format_result",
    "read_query",
    "run_query",
    "stats",
]

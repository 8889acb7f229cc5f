"""The query layer: running SPARQL, the named queries, and reading SPARQL text.

    run.py    run_query over a store, results in the formats people and tools read
    named.py  the named queries (ontology/queries/*.rq) with typed, escaped parameters
    text.py   what a query's text says (its form, FROM, SERVICE, where its WHERE opens),
              without parsing it: for the endpoint and the named queries

Import from here (``from kg.query import run_query``) or from the modules.
"""

from __future__ import annotations

from kg.query import run as _run
from kg.query.run import *  # noqa: F403  (the names in run.__all__, listed there once)

__all__ = list(_run.__all__)

"""The storage layer: one named graph per document, embedded or on a SPARQL server.

    base.py      what both stores share: RDF format names, the default location,
                 the SPARQL update text that replaces or removes graphs
    embedded.py  Store: pyoxigraph (RocksDB) on disk or in memory; Store.open of
                 an http(s) URL gives a RemoteStore instead
    remote.py    RemoteStore: the same methods over SPARQL 1.1 Query, Update and
                 the Graph Store Protocol
    bulk.py      bulk loading of N-Triples / N-Quads files, one range per core

``embedded`` and ``remote`` import ``base``, never each other (only
``Store.open`` loads ``remote``, when given a URL). RemoteStore is not
re-exported here: it loads httpx, which embedded use does not need.
"""

from __future__ import annotations

from kg.store.base import (
    DATASET_FORMATS,
    DEFAULT_STORE_DIR,
    RDF_FORMATS,
    default_store_path,
    rdf_format,
    term_syntax,
)
from kg.store.embedded import Store

__all__ = [
    "DATASET_FORMATS",
    "DEFAULT_STORE_DIR",
    "RDF_FORMATS",
    "Store",
    "default_store_path",
    "rdf_format",
    "term_syntax",
]

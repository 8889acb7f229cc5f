"""What the embedded and the remote store share: format names, the store location, update text.

Both :class:`kg.store.embedded.Store` and :class:`kg.store.remote.RemoteStore`
import from here and not from each other, so neither module needs the other.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import Any, TypeVar

import pyoxigraph as ox

from kg.errors import StoreError

__all__ = [
    "DATASET_FORMATS",
    "StoreLifecycle",
    "dump_options",
    "DEFAULT_STORE_DIR",
    "MEMORY",
    "RDF_FORMATS",
    "default_store_path",
    "has_bnode",
    "rdf_format",
    "remove_update",
    "replace_update",
    "term_syntax",
    "unique_triples",
]

DEFAULT_STORE_DIR = ".kg-store"
MEMORY = ":memory:"

#: Names accepted wherever a user picks an RDF serialisation.
RDF_FORMATS: dict[str, ox.RdfFormat] = {
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "n3": ox.RdfFormat.N3,
    "jsonld": ox.RdfFormat.JSON_LD,
    "xml": ox.RdfFormat.RDF_XML,
    "rdfxml": ox.RdfFormat.RDF_XML,
}

#: The formats that keep named graphs (the others hold one graph).
DATASET_FORMATS = frozenset(f for f in RDF_FORMATS.values() if f.supports_datasets)


def default_store_path() -> str:
    """``$KG_STORE`` if set, else ``.kg-store`` in the current directory."""
    return os.environ.get("KG_STORE") or DEFAULT_STORE_DIR


def rdf_format(fmt: str | ox.RdfFormat) -> ox.RdfFormat:
    """The pyoxigraph format for a user-facing name; unknown names list the valid ones."""
    if isinstance(fmt, ox.RdfFormat):
        return fmt
    try:
        return RDF_FORMATS[fmt.lower()]
    except KeyError:
        raise StoreError(
            f"unknown RDF format {fmt!r}; choose one of: {', '.join(RDF_FORMATS)}"
        ) from None


def unique_triples(quads: Iterable[ox.Quad | ox.Triple]) -> list[ox.Triple]:
    """The triples of ``quads`` (graph names dropped), each once, in order."""
    return list(dict.fromkeys(_triple(q) for q in quads))


def replace_update(graph: str | None, triples: Iterable[ox.Triple]) -> str:
    """One SPARQL update making a named graph (None: the default graph) hold exactly ``triples``.

    The embedded store and a remote SPARQL server both run it as one transaction.
    """
    body = " .\n".join(f"{t.subject} {t.predicate} {term_syntax(t.object)}" for t in triples)
    if graph is None:
        return f"DROP SILENT DEFAULT ;\nINSERT DATA {{\n{body}\n}}"
    target = ox.NamedNode(graph)
    return f"DROP SILENT GRAPH {target} ;\nINSERT DATA {{ GRAPH {target} {{\n{body}\n}} }}"


def remove_update(graphs: Iterable[str], default: Iterable[ox.Triple]) -> str:
    """One SPARQL update dropping named graphs and replacing the default graph (one transaction)."""
    drops = "".join(f"DROP SILENT GRAPH {ox.NamedNode(g)} ;\n" for g in graphs)
    return drops + replace_update(None, default)


def _triple(q: ox.Quad | ox.Triple) -> ox.Triple:
    return q.triple if isinstance(q, ox.Quad) else q


def has_bnode(t: ox.Triple) -> bool:
    return any(
        isinstance(term, ox.BlankNode) or (isinstance(term, ox.Triple) and has_bnode(term))
        for term in (t.subject, t.object)
    )


def term_syntax(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple) -> str:
    """A term in SPARQL syntax; triple terms need SPARQL 1.2's ``<<( s p o )>>``."""
    if isinstance(term, ox.Triple):
        return f"<<( {term.subject} {term.predicate} {term_syntax(term.object)} )>>"
    return str(term)


_S = TypeVar("_S", bound="StoreLifecycle")


class StoreLifecycle:
    """The context-manager protocol and repr both stores share.

    A subclass sets ``path`` and ``read_only`` and defines ``close()`` and ``closed``.
    """

    path: str | None
    read_only: bool

    @property
    def closed(self) -> bool:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self: _S) -> _S:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "closed" if self.closed else ("read-only" if self.read_only else "read-write")
        return f"<{type(self).__name__} {self.path or MEMORY} ({state})>"


def dump_options(fmt: str | ox.RdfFormat, graph: str | None,
                 prefixes: dict[str, str] | None) -> tuple[ox.RdfFormat, dict[str, Any]]:
    """The format and serialiser options of a dump; one graph's formats need a graph."""
    rdf = rdf_format(fmt)
    if graph is None and rdf not in DATASET_FORMATS:
        raise StoreError(f"{rdf.name} holds one graph: pass a graph, or dump as nquads, trig or jsonld")
    kwargs: dict[str, Any] = {"format": rdf}
    if prefixes and rdf in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG, ox.RdfFormat.N3):
        kwargs["prefixes"] = prefixes
    return rdf, kwargs

"""The embedded RDF store: one named graph per document, in pyoxigraph (RocksDB).

The interface is deliberately narrow (replace/remove a graph, list graphs,
query, iterate quads, dump, bulk load) so that a remote SPARQL store
(:mod:`kg.store.remote`, opened by a URL) implements the same methods.

Behaviour of the underlying store, as checked against pyoxigraph 0.5:

* A read-write open takes RocksDB's ``LOCK`` file. A second process then gets
  ``OSError("IO error: While lock file: <path>/LOCK: Resource temporarily
  unavailable")``; a second open in the same process gets ``OSError("IO error:
  lock hold by current process, ...")``. Both become :class:`StoreLockedError`.
* ``read_only=True`` does not take the lock: it opens a point-in-time snapshot
  (including writes the holder has not flushed yet) and never sees later
  writes. pyoxigraph calls reading while another process writes "undefined
  behaviour"; in practice it works, so `kg query` may run during an ingest but
  shows the store as it was when the query opened it.
* One SPARQL update is one transaction, so ``replace_graph`` sends
  ``DROP SILENT GRAPH`` and ``INSERT DATA`` as one update: a process killed
  mid-call leaves the old graph or the new one (tests/test_store.py kills one).
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.errors import QueryError, StoreError, StoreLockedError
from kg.store.base import (
    MEMORY,
    StoreLifecycle,
    dump_options,
    has_bnode,
    rdf_format,
    remove_update,
    replace_update,
    unique_triples,
)
from kg.store.bulk import load_file

__all__ = ["Store"]

_ROCKSDB_FILE = re.compile(
    r"^(CURRENT|IDENTITY|LOCK|LOG(\.old\.\d+)?|(MANIFEST|OPTIONS)-\d+|\d+\.(log|sst|blob)"
    r"|.*\.dbtmp)$"
)


class Store(StoreLifecycle):
    """A quad store where each document lives in its own named graph."""

    def __init__(self, inner: ox.Store, path: str | None, *, read_only: bool = False) -> None:
        self._inner: ox.Store | None = inner
        self.path = path
        self.read_only = read_only

    # -- opening and closing ------------------------------------------------

    @classmethod
    def open(cls, path: str | os.PathLike[str] | None, *, read_only: bool = False) -> Store:
        """Open (creating if needed) the store at ``path``; None or ":memory:" is in memory.

        An ``http://`` or ``https://`` URL opens a SPARQL server instead
        (:class:`kg.store.remote.RemoteStore`, same methods).
        """
        if path is not None and str(path).lower().startswith(("http://", "https://")):
            from kg.store.remote import RemoteStore

            return RemoteStore.open(str(path), read_only=read_only)  # type: ignore[return-value]
        if path is None or str(path) == MEMORY:
            if read_only:
                raise StoreError("an in-memory store cannot be opened read-only")
            return cls(ox.Store(), None)
        path = os.path.expanduser(str(path))
        _check_location(path, read_only=read_only)
        if read_only:
            return cls(_open_read_only(path), path, read_only=True)
        try:
            inner = ox.Store(path)
        except OSError as exc:
            raise _open_error(path, exc) from None
        return cls(inner, path)

    def flush(self) -> None:
        """Push buffered writes to disk (RocksDB also does so in the background)."""
        if self._inner is not None and not self.read_only:
            try:
                self._inner.flush()
            except (OSError, RuntimeError) as exc:
                raise StoreError(f"cannot flush the store: {exc}", path=self.path) from None

    def close(self) -> None:
        """Flush and drop the handle, which releases the lock for other processes."""
        if self._inner is None:
            return
        try:
            self.flush()
        finally:
            # pyoxigraph has no close(): the RocksDB handle goes when the last reference does.
            self._inner = None

    @property
    def closed(self) -> bool:
        return self._inner is None

    @property
    def inner(self) -> ox.Store:
        """The open pyoxigraph store (for the few callers that need its full API)."""
        if self._inner is None:
            raise StoreError("the store is closed", path=self.path)
        return self._inner

    # -- writing --------------------------------------------------------------

    def replace_graph(self, graph: str, quads: Iterable[ox.Quad | ox.Triple]) -> None:
        """Atomically make ``graph`` hold exactly these triples (their graph names are ignored).

        One SPARQL update (DROP SILENT GRAPH + INSERT DATA) is one transaction,
        so readers and crash recovery see the old content or the new, never a
        mix. Blank nodes get fresh labels, as SPARQL INSERT DATA requires; when
        the new triples (without blank nodes) equal the stored ones nothing is
        written, so re-ingesting an unchanged corpus is cheap.
        """
        self._replace(graph, quads, f"cannot replace graph <{graph}>")

    def write_graphs(self, graphs: dict[str, list[ox.Quad]]) -> None:
        """Write several documents' graphs; each is fully in or absent after a crash.

        Graphs new to the store go in together in one transaction (one
        commit for many documents is what makes ingest fast); graphs that
        already exist are replaced one by one with :meth:`replace_graph`.
        """
        fresh: list[ox.Quad] = []
        for graph, quads in graphs.items():
            node = ox.NamedNode(graph)
            if self._read(lambda s: s.contains_named_graph(node)):
                self.replace_graph(graph, quads)
            else:
                fresh.extend(ox.Quad(q.subject, q.predicate, q.object, node) for q in quads)
        if fresh:
            self._write(lambda s: s.extend(fresh), "cannot add documents")

    def replace_default_graph(self, triples: Iterable[ox.Quad | ox.Triple]) -> None:
        """Atomically make the default graph hold exactly these triples.

        The default graph holds what is derived from all documents together
        (cross-document resolution); each document's own facts stay in its
        named graph.
        """
        self._replace(None, triples, "cannot replace the default graph")

    def remove_graph(self, graph: str) -> None:
        """Delete a named graph and its triples; a missing graph is not an error."""
        self._write(
            lambda s: s.update(f"DROP SILENT GRAPH {ox.NamedNode(graph)}"),
            f"cannot remove graph <{graph}>",
        )

    def remove_graphs(self, graphs: Iterable[str], default: Iterable[ox.Quad | ox.Triple]) -> None:
        """Delete named graphs and make the default graph hold ``default``, in one transaction.

        Removing documents changes the corpus view; doing both at once means a
        killed removal never leaves a view that cites a dropped document.
        """
        update = remove_update(graphs, unique_triples(default))
        self._write(lambda s: s.update(update), "cannot remove documents")

    def bulk_load(
        self,
        quads: Iterable[ox.Quad] | None = None,
        *,
        path: str | os.PathLike[str] | None = None,
        fmt: str | ox.RdfFormat | None = None,
        graph: str | None = None,
        workers: int | None = None,
    ) -> None:
        """Fast, non-transactional load of many quads or of one RDF file (benchmarks, restores).

        Adds to what is there (it does not replace graphs) and is not atomic: a
        crash mid-load can leave part of the data. ``graph`` receives the
        triples of a triple-only file. N-Triples and N-Quads files load on
        ``workers`` threads (default: every core on disk, one in memory), see
        :mod:`kg.store.bulk`.
        """
        if (quads is None) == (path is None):
            raise StoreError("bulk_load needs either quads or path, not both")
        if quads is not None:
            self._write(lambda s: s.bulk_extend(quads), "bulk load failed")
            return
        source = Path(path)
        if fmt is not None:
            rdf = rdf_format(fmt)
        else:
            rdf = ox.RdfFormat.from_extension(source.suffix.lstrip("."))
            if rdf is None:
                raise StoreError(f"cannot bulk load {path}: give a format, the file extension "
                                 "names none")
        if not source.is_file():
            raise StoreError(f"cannot bulk load {path}: no such file")
        to_graph = ox.NamedNode(graph) if graph is not None else None
        if workers is None and self.path is None:
            workers = 1  # the in-memory store gains nothing from threads (measured 1M quads)
        self._write(lambda s: load_file(s.bulk_load, source, rdf, to_graph=to_graph, workers=workers),
                    f"cannot bulk load {path}")

    # -- reading ------------------------------------------------------------

    def graphs(self) -> list[str]:
        """The named graphs' IRIs, sorted."""
        return sorted(g.value for g in self._read(lambda s: list(s.named_graphs())))

    def query(
        self,
        sparql: str,
        *,
        default_union: bool = True,
        prefixes: dict[str, str] | None = None,
        default_graph: Iterable[str] | None = None,
        named_graphs: Iterable[str] | None = None,
    ) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
        """Run SPARQL and return pyoxigraph's own result object.

        With ``default_union`` (the default) plain triple patterns see every
        named graph, which is what "query all documents" means here.
        ``default_graph`` / ``named_graphs`` (graph IRIs) set the dataset the
        way the SPARQL protocol's ``default-graph-uri`` / ``named-graph-uri``
        do, overriding the query's FROM / FROM NAMED; ``default_graph`` turns
        ``default_union`` off. pyoxigraph ignores a query's ``FROM`` when
        ``default_union`` is on, so callers pass ``default_union=False`` for
        queries with FROM (see :func:`kg.query.text.has_from`).
        """
        kwargs: dict[str, Any] = {"prefixes": prefixes}
        try:
            if default_graph is not None:
                kwargs["default_graph"] = [ox.NamedNode(g) for g in default_graph]
            else:
                kwargs["use_default_graph_as_union"] = default_union
            if named_graphs is not None:
                kwargs["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
        except ValueError as exc:
            raise QueryError(f"invalid graph IRI: {exc}") from None
        try:
            return self.inner.query(sparql, **kwargs)
        except SyntaxError as exc:
            raise QueryError(f"malformed SPARQL query: {exc}") from None
        except (OSError, RuntimeError, ValueError) as exc:
            raise QueryError(f"query failed: {exc}") from None

    def quads(self, graph: str | None = None) -> Iterator[ox.Quad]:
        """All quads, or only those of one named graph, streamed from a snapshot.

        The iterator keeps the store open (and locked) until it is exhausted or dropped.
        """
        graph_name = ox.NamedNode(graph) if graph is not None else None
        found = self._read(lambda s: s.quads_for_pattern(None, None, None, graph_name))
        try:
            yield from found
        except (OSError, RuntimeError) as exc:
            raise StoreError(f"cannot read the store: {exc}", path=self.path) from None

    def triple_count(self) -> int:
        """Quads across all graphs (a triple stated in two documents counts twice)."""
        return self._read(len)

    def dump(
        self,
        fmt: str | ox.RdfFormat,
        graph: str | None = None,
        *,
        prefixes: dict[str, str] | None = None,
    ) -> bytes:
        """Serialise the whole dataset (nquads, trig, jsonld) or one graph (any format)."""
        _, kwargs = dump_options(fmt, graph, prefixes)
        if graph is not None:
            kwargs["from_graph"] = ox.NamedNode(graph)
        return self._read(lambda s: s.dump(**kwargs))

    # -- helpers ------------------------------------------------------------

    def _replace(self, graph: str | None, quads: Iterable[ox.Quad | ox.Triple], what: str) -> None:
        """One transaction making a named graph (None: the default graph) hold exactly ``quads``."""
        triples = unique_triples(quads)
        name = ox.DefaultGraph() if graph is None else ox.NamedNode(graph)
        if not any(has_bnode(t) for t in triples) and set(triples) == set(self._graph_triples(name)):
            return
        update = replace_update(graph, triples)
        self._write(lambda s: s.update(update), what)

    def _graph_triples(self, graph: ox.NamedNode | ox.DefaultGraph) -> Iterator[ox.Triple]:
        for q in self.inner.quads_for_pattern(None, None, None, graph):
            yield ox.Triple(q.subject, q.predicate, q.object)

    def _read(self, op):
        try:
            return op(self.inner)
        except (OSError, RuntimeError) as exc:
            raise StoreError(f"cannot read the store: {exc}", path=self.path) from None

    def _write(self, op, what: str) -> None:
        if self.read_only:
            raise StoreError("the store is open read-only", path=self.path)
        try:
            op(self.inner)
        except SyntaxError as exc:
            raise StoreError(f"{what}: invalid data: {exc}", path=self.path) from None
        except (OSError, RuntimeError, ValueError) as exc:
            raise StoreError(f"{what}: {exc}", path=self.path) from None


def _check_location(path: str, *, read_only: bool) -> None:
    """Refuse paths that are not (and should not become) a store, before RocksDB touches them."""
    p = Path(path)
    if p.exists() and not p.is_dir():
        raise StoreError("exists but is not a store (a store is a folder)", path=path)
    if read_only and not (p / "CURRENT").is_file():
        hint = "run `kg ingest` first" if not p.exists() else "it is not a kg store"
        raise StoreError(f"no store here ({hint})", path=path)
    # Refuse to write RocksDB files into a folder of the user's own files, but
    # accept a store whose creation was interrupted before CURRENT was written.
    if p.is_dir() and not all(_ROCKSDB_FILE.match(child.name) for child in p.iterdir()):
        raise StoreError(
            "folder is not empty and is not a kg store; choose another --store", path=path
        )


def _open_read_only(path: str, attempts: int = 5) -> ox.Store:
    """A read-only snapshot, retried while a writing process's compaction moves files under it.

    RocksDB's read-only open reads the file list, then the files; a compaction in
    the writer can delete one in between ("Corruption: ... No such file"). The
    next attempt reads the new list.
    """
    for attempt in range(attempts):
        try:
            return ox.Store.read_only(path)
        except OSError as exc:
            raise _open_error(path, exc) from None
        except RuntimeError as exc:
            if "No such file" not in str(exc) or attempt == attempts - 1:
                raise StoreError(f"cannot open the store read-only: {str(exc).splitlines()[0]}",
                                 path=path) from None
            time.sleep(0.05 * (attempt + 1))
    raise AssertionError("unreachable")


def _open_error(path: str, exc: OSError) -> StoreError:
    message = str(exc)
    if "lock hold by current process" in message:
        return StoreLockedError(f"store {path} is already open in this process")
    if "lock file" in message.lower() or "Resource temporarily unavailable" in message:
        return StoreLockedError(
            f"store {path} is locked: another kg process is using it "
            "(wait for it to finish, or use a read-only command)"
        )
    return StoreError(f"cannot open the store: {message}", path=path)

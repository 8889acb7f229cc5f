"""The public Python API: one function per CLI command, re-exported by :mod:`kg`.

Each function is what its command does, without printing: the CLI's parsing
and formatting stay in :mod:`kg.cli`. Heavy modules (spaCy, rdflib's SHACL,
httpx) are imported inside the functions that need them, so ``import kg``
stays cheap.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import IO, TYPE_CHECKING, Any, Union

from kg.errors import KGError, QueryError

if TYPE_CHECKING:
    from kg.evaluate import Evaluation
    from kg.export.events_view import Filters
    from kg.export.records import EventRecord
    from kg.model import Document, Extraction
    from kg.query.named import NamedQuery
    from kg.store import Store
    from kg.workflow import IngestSummary

PathLike = Union[str, "os.PathLike[str]"]

_extractors: dict[str | None, Any] = {}  # model name -> RuleExtractor, spaCy loads once


def open_store(location: PathLike | None = None, *, read_only: bool = False) -> Store:
    """Open a store: a folder (created if needed), ``http(s)://`` URL, or None / ":memory:".

    A URL gives a remote SPARQL store with the same methods. Use it as a
    context manager, or call ``close()``, to release an on-disk store's lock.
    """
    from kg.store import Store

    return Store.open(location, read_only=read_only)


def document(text: str, *, id: str | None = None, title: str | None = None,
             published: str | None = None, url: str | None = None,
             source: str | None = None) -> Document:
    """An article from a string, as a file reader would make it (boilerplate spans, hash).

    ``published`` is an ISO date (``2022-05-28``); without ``id`` the id is
    derived from the text, so the same text is the same document.
    """
    from kg.ingest.decode import content_hash
    from kg.ingest.readers import record_document

    record = {"text": text, "id": id, "title": title, "published": published, "url": url,
              "source": source}
    return record_document({k: v for k, v in record.items() if v is not None}, where="<text>",
                           default_id=f"text-{content_hash(text)[:16]}", path=None)


def _extractor(model: str | None):
    if model not in _extractors:
        from kg.workflow import make_extractor

        _extractors[model] = make_extractor(model=model)
    return _extractors[model]


def extract(text: str | Document, *, published: str | None = None, model: str | None = None,
            **metadata: str) -> Extraction:
    """Actors, dates and events of one text, without a store.

    ``text`` is a string (``published`` and ``metadata`` — id, title, url,
    source — as for :func:`document`) or a :class:`Document`. The spaCy model
    loads on the first call and is reused.
    """
    from kg.model import Document

    if isinstance(text, Document):
        if published is not None or metadata:
            raise TypeError("give metadata when extracting a string, not with a Document")
        doc = text
    else:
        doc = document(text, published=published, **metadata)
    return _extractor(model).extract_one(doc)


def ingest(sources: Iterable[PathLike | Document], store: Store, *, strict: bool = False,
           jobs: int = 1, model: str | None = None, dask: str | None = None,
           on_progress: Callable[[int, str], None] | None = None) -> IngestSummary:
    """Read files, folders and :class:`Document` objects into the store, as ``kg ingest`` does.

    Each document is written atomically into its own graph and unchanged ones
    are skipped. A bad input is listed in ``summary.failed`` (``strict``:
    raised) and the rest still go in. ``jobs`` > 1 or ``dask`` extract in
    parallel (see :func:`kg.workflow.ingest`); ``on_progress(done, doc_id)``
    is called after each document.
    """
    from kg.model import Document
    from kg.workflow import ingest as run_ingest

    items = [s if isinstance(s, Document) else os.fspath(s) for s in sources]
    single = jobs <= 1 and not dask
    return run_ingest(items, store, strict=strict, jobs=jobs, model=model, dask=dask,
                      on_progress=on_progress, extractor=_extractor(model) if single else None)


def remove(store: Store, doc_ids: Sequence[str]) -> int:
    """Drop documents by id; facts only they supported disappear. Returns how many."""
    from kg.workflow import remove_documents

    if isinstance(doc_ids, str):
        doc_ids = [doc_ids]
    return remove_documents(store, list(doc_ids))


def query(store: Store, sparql: str | None = None, *, named: str | None = None,
          params: Mapping[str, str] | None = None, timeout: float | None = None,
          max_rows: int | None = None) -> list[dict[str, Any]] | bool | list[tuple]:
    """Run SPARQL (or the named query ``named`` with ``params``) over every document.

    The project's prefixes (``kg:``, ``rdfs:``, ``xsd:`` … see
    :data:`kg.namespaces.PREFIXES`) are declared. SELECT gives one dict per
    row, variable name -> Python value (:mod:`kg.values`; unbound: None);
    ASK gives a bool; CONSTRUCT and DESCRIBE give (subject, predicate,
    object) tuples.
    """
    from kg.namespaces import PREFIXES
    from kg.query import run_query
    from kg.values import to_python

    if (sparql is None) == (named is None):
        raise QueryError("give a SPARQL query or named=NAME, one of the two")
    if named is not None:
        from kg.query.named import named_query, render

        sparql = render(named_query(named), params)
    elif params:
        raise QueryError("params go with named=NAME")
    result = run_query(store, sparql, prefixes=PREFIXES, timeout=timeout, max_rows=max_rows)
    if result.kind == "ask":
        return bool(result.boolean)
    if result.kind == "graph":
        return [to_python(t) for t in result.triples]
    return [{v: to_python(t) for v, t in zip(result.variables, row)} for row in result.rows]


def named_queries() -> dict[str, NamedQuery]:
    """The named queries shipped with kg, by name, with their parameters' docs."""
    from kg.query.named import load_named

    return load_named()


def _filters(filters: Filters | None, options: dict[str, Any]) -> Filters:
    from dataclasses import replace

    from kg.export.events_view import Filters

    try:
        return replace(filters or Filters(), **options)
    except TypeError:
        from dataclasses import fields

        known = ", ".join(f.name for f in fields(Filters))
        raise TypeError(f"unknown filter(s) {', '.join(sorted(options))}; known: {known}") from None


def events(store: Store, filters: Filters | None = None, **options: Any) -> list[EventRecord]:
    """The events in timeline order as typed records, filtered like ``kg timeline``.

    Filters are a :class:`Filters` or keywords: ``actor``, ``type``,
    ``date_from``, ``date_to``, ``document``, ``include_hedged``.
    """
    from kg.export.events_view import load_events
    from kg.export.records import EventRecord

    return [EventRecord.from_dict(e) for e in load_events(store, _filters(filters, options))]


def export(store: Store, format: str, dest: PathLike | IO[str] | None = None, *,
           filters: Filters | None = None, graph: str | None = None, **options: Any) -> str | None:
    """Write the store in a format (``jsonl``, ``turtle``, ``graphml``, ``timeline`` …).

    ``dest`` is a file path (written whole or not at all; a folder that
    cannot hold it is a :class:`KGError`), an open text stream, or None to
    get the text back. Filters as for :func:`events`;
    ``graph`` picks the projection of ``graphml``/``gexf``.
    """
    from io import StringIO

    from kg.export import export as run_export

    chosen = _filters(filters, options)
    if dest is None:
        buffer = StringIO()
        run_export(store, format, buffer, chosen, graph=graph)
        return buffer.getvalue()
    if hasattr(dest, "write"):
        run_export(store, format, dest, chosen, graph=graph)  # type: ignore[arg-type]
        return None
    _write_atomically(os.fspath(dest), lambda stream: run_export(store, format, stream, chosen,
                                                                  graph=graph))
    return None


def _write_atomically(target: str, write: Callable[[IO[str]], None]) -> None:
    """Write beside ``target`` and rename: a failed export leaves no empty or partial file."""
    try:
        fd, tmp = tempfile.mkstemp(dir=os.path.dirname(os.path.abspath(target)),
                                   prefix=".kg-export-")
    except OSError as exc:
        raise KGError(f"cannot write {target}: {exc.strerror}") from None
    try:
        with open(fd, "w", encoding="utf-8", newline="") as stream:
            write(stream)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # as open() would create it, not mkstemp's 0600
        os.replace(tmp, target)
    except BaseException:
        os.unlink(tmp)
        raise


def stats(store: Store) -> dict[str, Any]:
    """Counts, as ``kg stats`` prints them: documents, triples, events and actors per type."""
    from kg.report import store_counts

    return store_counts(store)


def validate(store: Store) -> tuple[bool, str]:
    """SHACL validation of the graph: (conforms, the report as text)."""
    from kg.report import validate_store

    return validate_store(store)


def evaluate(source: Store | PathLike | Iterable[dict], gold: PathLike | Mapping[str, Any]
             ) -> Evaluation:
    """Score events against a hand-made gold file, as ``kg evaluate`` does: how far to trust them.

    ``source`` is a store (its asserted events), an events file written by
    ``kg export --format jsonl``, or event dicts of that shape; ``gold`` is a
    gold file (format in the README) or its parsed content.
    """
    from kg.evaluate import check_gold, read_events, read_gold, store_events
    from kg.evaluate import evaluate as score

    if isinstance(gold, (str, os.PathLike)):
        gold_data = read_gold(gold)
    else:
        gold_data = dict(gold)
        check_gold(gold_data)
    if hasattr(source, "query") and hasattr(source, "graphs"):
        found = store_events(source)
    elif isinstance(source, (str, os.PathLike)):
        found = read_events(source)
    else:
        found = list(source)  # type: ignore[arg-type]
    return score(gold_data, found)


__all__ = ["document", "evaluate", "events", "export", "extract", "ingest", "named_queries",
           "open_store", "query", "remove", "stats", "validate"]

"""The main job: read articles, extract, and write each document atomically to the store.

One named graph per document, replaced in one transaction: a process killed
mid-ingest leaves every document fully in or absent, and a re-run skips the
documents whose text has not changed.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Iterator, Sequence, TextIO

from kg.errors import InputError, ReplacedDocumentWarning
from kg.ingest import iter_documents
from kg.model import Document, Extraction
from kg.namespaces import KG
from kg.parallel import parallel_extract
from kg.rdf import document_iri, extraction_quads, graph_iri
from kg.registry import extractors
from kg.resolve import remove_and_resolve, resolve_corpus


@dataclass
class IngestSummary:
    """What an ingest run did, for the closing message and the exit code."""

    documents: int = 0  # written (new or changed)
    unchanged: int = 0  # skipped: same text already stored
    events: int = 0
    actors: set = field(default_factory=set)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (path, message)
    resolution: object = None  # kg.resolve.ResolutionSummary of the run

    @property
    def ok(self) -> bool:
        return not self.failed


def make_extractor(name: str = "rules", model: str | None = None):
    """The named extractor from the registry, built once per run."""
    return extractors.get(name)(model)


def is_unchanged(store, document: Document) -> bool:
    """True when the store holds this document with the same content hash."""
    sparql = (
        f"ASK {{ GRAPH <{graph_iri(document.id)}> {{ <{document_iri(document.id)}> "
        f"<{KG.contentHash}> \"{document.content_hash}\" }} }}"
    )
    return bool(store.query(sparql))


def stored_source(store, doc_id: str) -> tuple[str, str | None] | None:
    """(content hash, ``kg:path``) of the stored document ``doc_id``; None when none is stored."""
    doc = document_iri(doc_id)
    sparql = (f"SELECT ?hash ?path WHERE {{ GRAPH <{graph_iri(doc_id)}> {{ <{doc}> "
              f"<{KG.contentHash}> ?hash OPTIONAL {{ <{doc}> <{KG.path}> ?path }} }} }}")
    for row in store.query(sparql):
        return row["hash"].value, (None if row["path"] is None else row["path"].value)
    return None


def warn_if_replacing(document: Document, stored: str | None, *, where: str) -> None:
    """One warning when ``document`` replaces a document stored from another path.

    Ids come from file names, so ``2022/report.txt`` and, in a later run,
    ``2023/report.txt`` are both ``report``: the second replaces the first, as
    a changed file replaces its own document. The same file keeps its path
    and its id, so only a path that differs is said (a file given once below
    its folder and once by itself differs too).
    """
    if stored is None or document.path is None or stored == document.path:
        return
    warnings.warn(ReplacedDocumentWarning(
        f"{where}: id {document.id!r} replaces the document stored from {stored}; to keep both, "
        "give one another id (a NAME.meta.json sidecar, or the record's \"id\")"), stacklevel=2)


def readable_documents(paths: Sequence[str], *, stdin: TextIO | None, strict: bool,
                       on_error: Callable[[InputError], None]) -> Iterator[Document]:
    """The documents of ``paths``; each bad input goes to ``on_error`` (or raises, if ``strict``)."""
    for item in iter_documents(paths, stdin=stdin):
        if isinstance(item, InputError):
            if strict:
                raise item
            on_error(item)
            continue
        yield item


def ingest(
    paths: Sequence[str],
    store,
    *,
    extractor=None,
    strict: bool = False,
    stdin: TextIO | None = None,
    on_progress: Callable[[int, str], None] | None = None,
    jobs: int = 1,
    model: str | None = None,
    batch_size: int = 16,
    dask: str | None = None,
    full_paths: bool = False,
) -> IngestSummary:
    """Ingest files, folders or stdin ("-") into the store; bad inputs are reported, not fatal.

    With ``strict`` the first bad input raises its :class:`InputError`. With
    ``jobs`` > 1 extraction runs on that many worker processes. Documents are
    written ``batch_size`` at a time, each one atomically. With ``dask``
    (``tcp://HOST:PORT`` or ``local``) extraction runs on a Dask cluster
    (:mod:`kg.distributed`); a local cluster gets ``jobs`` workers when
    ``jobs`` > 1, else one per core.
    """
    summary = IngestSummary()
    if jobs <= 1 and not dask:
        extractor = extractor or make_extractor(model=model)

    def failed(error: InputError) -> None:
        summary.failed.append((error.path or "?", str(error)))

    def fresh_documents() -> Iterator[Document]:
        for item in readable_documents(paths, stdin=stdin, strict=strict, on_error=failed):
            stored = stored_source(store, item.id)
            if stored is not None and stored[0] == item.content_hash:
                summary.unchanged += 1
                continue
            doc = replace(item, path=stored_path(item.path, paths, full=full_paths))
            if stored is not None:
                warn_if_replacing(doc, stored[1], where=item.origin or item.path or doc.id)
            yield doc

    if dask:
        from kg.distributed import dask_extract

        stream = dask_extract(fresh_documents(), address=dask, model=model,
                              workers=jobs if jobs > 1 else None)
    elif jobs <= 1:
        stream = extractor.extract(fresh_documents())
    else:
        stream = parallel_extract(fresh_documents(), jobs=jobs, model=model)
    batch: dict[str, list] = {}

    def flush() -> None:
        store.write_graphs(batch)
        batch.clear()

    for extraction in stream:
        if isinstance(extraction, InputError):  # this document failed; the others go on
            if strict:
                raise extraction
            failed(extraction)
            continue
        batch[graph_iri(extraction.document.id)] = extraction_quads(extraction)
        summary.documents += 1
        summary.events += len(extraction.events)
        summary.actors.update(a.key for a in extraction.actors)
        if len(batch) >= batch_size:
            flush()
        if on_progress:
            on_progress(summary.documents, extraction.document.id)
    flush()
    summary.resolution = resolve_corpus(store)  # skipped when no document changed
    return summary


def stored_path(path: str | None, roots: Sequence, *, full: bool = False) -> str | None:
    """What ``kg:path`` records: the path below the folder given, else the file name.

    The endpoint serves every triple to whoever asks, so an absolute path would
    publish the user's home layout; ``full`` (``kg ingest --full-paths``)
    records the absolute path deliberately.
    """
    if path is None or path == "-":
        return path
    file = Path(path)
    if full:
        return str(file.absolute())
    for root in roots:
        if isinstance(root, str) and root != "-" and Path(root).is_dir():
            try:
                return file.relative_to(root).as_posix()
            except ValueError:
                continue
    return file.name


def count_inputs(paths: Sequence[str]) -> int | None:
    """How many documents the paths hold, for a progress bar's ETA (None for stdin).

    Only an estimate: anything odd (an unreadable file, a FIFO) gives None, so
    the progress counter can never fail or block the run.
    """
    try:
        return _count_inputs(paths)
    except Exception:  # noqa: BLE001 - the ETA is optional; reading reports real problems
        return None


def _count_inputs(paths: Sequence[str]) -> int | None:
    from pathlib import Path

    from kg.ingest import SUPPORTED_SUFFIXES
    from kg.ingest.files import open_regular

    total = 0
    for raw in paths:
        if raw == "-":
            return None
        path = Path(raw)
        files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())
        for file in files:
            if file.suffix.lower() in (".jsonl", ".ndjson"):
                with open_regular(file, where=str(file)) as fh:
                    total += sum(1 for line in fh if line.strip())
            elif file.suffix.lower() in SUPPORTED_SUFFIXES and not file.name.endswith(".meta.json"):
                total += 1
    return total


def remove_documents(store, doc_ids: Sequence[str]) -> int:
    """Drop documents' graphs and rewrite the corpus view, in one transaction.

    What only they supported disappears. An unknown id removes nothing and
    raises :class:`InputError`.
    """
    known = set(store.graphs())
    graphs = list(dict.fromkeys(graph_iri(doc_id) for doc_id in doc_ids))
    missing = [doc_id for doc_id in doc_ids if graph_iri(doc_id) not in known]
    if missing:
        raise InputError(f"no document {', '.join(map(repr, missing))} in the store; "
                         "nothing removed")
    remove_and_resolve(store, graphs)
    return len(graphs)


def extract_documents(paths: Sequence[str], *, extractor=None, stdin: TextIO | None = None,
                      strict: bool = False) -> Iterator[Extraction | InputError]:
    """Extraction without a store (``kg extract``): yields results and input errors in order."""
    extractor = extractor or make_extractor()
    errors: list[InputError] = []
    good = readable_documents(paths, stdin=stdin, strict=strict, on_error=errors.append)
    for extraction in extractor.extract(good):
        while errors:
            yield errors.pop(0)
        yield extraction
    yield from errors

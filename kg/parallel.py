"""Parallel, streaming extraction: worker processes that load the model once.

The parent reads documents lazily and keeps at most ``window`` chunks in
flight, so memory stays flat however large the corpus is. Each worker builds
its extractor once (spaCy model, entity ruler, gazetteer) and returns plain
:class:`~kg.model.Extraction` records; the parent alone writes to the store,
so per-document atomicity is unchanged. :mod:`kg.distributed` runs the same
chunks on a Dask cluster.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from itertools import islice
from typing import Any

from kg.model import Document, Extraction

_EXTRACTORS: dict[tuple[str, str | None], object] = {}


def worker_extractor(name: str, model: str | None):
    """This process's extractor, built on its first chunk and kept."""
    key = (name, model)
    if key not in _EXTRACTORS:
        from kg.registry import extractors

        _EXTRACTORS[key] = extractors.get(name)(model)
    return _EXTRACTORS[key]


def extract_chunk(name: str, model: str | None, documents: list[Document]) -> list[Extraction]:
    """The task a worker runs: one chunk of documents through its extractor."""
    return list(worker_extractor(name, model).extract(documents))


def windowed(documents: Iterable[Document], submit: Callable[[list[Document]], Any], *,
             chunk_size: int, window: int) -> Iterator[tuple[Any, list[Document]]]:
    """Submit chunks, at most ``window`` in flight; yield (future, chunk) in input order."""
    docs = iter(documents)
    pending: deque = deque()
    while True:
        while len(pending) < window:
            chunk = list(islice(docs, chunk_size))
            if not chunk:
                break
            pending.append((submit(chunk), chunk))
        if not pending:
            return
        yield pending.popleft()


def parallel_extract(
    documents: Iterable[Document],
    *,
    jobs: int,
    extractor_name: str = "rules",
    model: str | None = None,
    chunk_size: int = 8,
    window: int | None = None,
) -> Iterator[Extraction]:
    """Extract documents on ``jobs`` worker processes; results keep the input order."""
    context = multiprocessing.get_context("spawn")  # no threads or locks inherited from the parent
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        def submit(chunk: list[Document]):
            return pool.submit(extract_chunk, extractor_name, model, chunk)

        for future, _ in windowed(documents, submit, chunk_size=chunk_size, window=window or jobs * 3):
            yield from future.result()

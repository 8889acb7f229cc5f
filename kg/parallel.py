"""Parallel, streaming extraction: worker processes that load the model once.

The parent reads documents lazily and keeps at most ``window`` chunks in
flight, so memory stays flat however large the corpus is. Each worker builds
its extractor once (spaCy model, entity ruler, gazetteer) and returns plain
:class:`~kg.model.Extraction` records; the parent alone writes to the store,
so per-document atomicity is unchanged.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from typing import Iterable, Iterator

from kg.model import Document, Extraction

_WORKER_EXTRACTOR = None


def _init_worker(name: str, model: str | None) -> None:
    global _WORKER_EXTRACTOR
    from kg.registry import extractors

    _WORKER_EXTRACTOR = extractors.get(name)(model)


def _extract_chunk(documents: list[Document]) -> list[Extraction]:
    return list(_WORKER_EXTRACTOR.extract(documents))


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
    window = window or jobs * 3
    context = multiprocessing.get_context("spawn")  # no threads or locks inherited from the parent
    docs = iter(documents)
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_init_worker,
                             initargs=(extractor_name, model)) as pool:
        pending: deque[Future] = deque()
        while True:
            while len(pending) < window:
                chunk = list(islice(docs, chunk_size))
                if not chunk:
                    break
                pending.append(pool.submit(_extract_chunk, chunk))
            if not pending:
                break
            yield from pending.popleft().result()

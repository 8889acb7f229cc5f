"""Distributed, streaming extraction on a Dask cluster (dask.distributed).

The mirror of :mod:`kg.parallel` for many machines: the client reads
documents lazily, cuts them into partitions of ``chunk_size`` and keeps at
most ``window`` partitions in flight on the cluster. Each worker process
builds its extractor once (a cached global per process, kept across tasks)
and returns plain :class:`~kg.model.Extraction` records; the client alone
writes to the store, one transaction per document as before.

Lost workers. The scheduler reruns the tasks of a worker that dies on the
other workers; a partition that still fails (Dask's ``KilledWorker`` after
its allowed failures, or a connection lost mid-transfer) is resubmitted up to
``retries`` times. Results are taken once per partition, in input order, so
no document is lost or yielded twice; and since writes are keyed by the
document's graph, even a rewrite would replace, not duplicate.

The workers need ``kg`` and its model installed (the same environment as the
client); ``--dask local`` starts a ``LocalCluster`` of worker processes on
127.0.0.1 for the duration of the run.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from kg.errors import ClusterError, KGError
from kg.model import Document, Extraction
from kg.parallel import extract_chunk, windowed

__all__ = ["connect", "dask_extract"]

@contextmanager
def connect(address: str, *, workers: int | None = None, timeout: float = 10.0):
    """A ``distributed.Client`` for ``tcp://HOST:PORT``, or for a LocalCluster (``local``).

    ``workers`` sizes the local cluster (default: one per core); a remote
    cluster has the workers it has.
    """
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise ClusterError("--dask needs dask.distributed: pip install 'dask[distributed]'") from None
    cluster = None
    try:
        if address == "local":
            cluster = LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1,
                                   processes=True, host="127.0.0.1", dashboard_address=None,
                                   silence_logs=logging.ERROR)
            client = Client(cluster)
        else:
            client = Client(address, timeout=f"{timeout}s")
    except (OSError, TimeoutError) as exc:
        if cluster is not None:
            cluster.close()
        raise ClusterError(f"cannot reach the Dask scheduler at {address}: {exc}") from None
    try:
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def dask_extract(
    documents: Iterable[Document],
    *,
    address: str,
    workers: int | None = None,
    extractor_name: str = "rules",
    model: str | None = None,
    chunk_size: int = 8,
    window: int | None = None,
    retries: int = 3,
) -> Iterator[Extraction]:
    """Extract documents on a Dask cluster; results keep the input order."""
    with connect(address, workers=workers) as client:
        yield from extract_with(client, documents, extractor_name=extractor_name, model=model,
                                chunk_size=chunk_size, window=window, retries=retries)


def extract_with(
    client,
    documents: Iterable[Document],
    *,
    extractor_name: str = "rules",
    model: str | None = None,
    chunk_size: int = 8,
    window: int | None = None,
    retries: int = 3,
) -> Iterator[Extraction]:
    """:func:`dask_extract` on a connected client (tests and callers that own the cluster)."""
    n_workers = max(len(client.scheduler_info().get("workers", {})), 1)

    def submit(chunk: list[Document]):
        return client.submit(extract_chunk, extractor_name, model, chunk, pure=False)

    for future, chunk in windowed(documents, submit, chunk_size=chunk_size,
                                  window=window or n_workers * 3):
        attempts = 0
        while True:
            try:
                results = future.result()
                break
            except KGError:
                raise
            except Exception as exc:  # a lost worker, a dropped connection, KilledWorker
                future.release()
                if attempts >= retries:
                    first = chunk[0].id if chunk else "?"
                    raise ClusterError(f"a partition (from document {first}) failed "
                                       f"{attempts + 1} times on the cluster: {exc}") from None
                attempts += 1
                future = submit(chunk)
        future.release()
        yield from results

"""Query worker processes: each holds a read-only snapshot of the store and can be killed.

pyoxigraph cannot interrupt a running query, so a thread with a deadline
would leave a runaway query burning a core. Queries therefore run in a small
pool of processes; the server waits for an answer up to the timeout, then
kills that worker (SIGKILL) and starts a fresh one. The other workers carry on.

Freshness: a read-only pyoxigraph store is a point-in-time snapshot. Before a
job, a worker whose last look is over ``refresh`` seconds old compares the
store folder (names, sizes, mtimes of RocksDB's files) with what it saw when it
opened; if an ingest changed it, the worker re-opens the store. New ingests so
show up within about ``refresh`` seconds, with no restart.

Jobs and answers cross the pipe as small tuples; answers carry the
serialised bytes, so rows are never pickled one by one.
"""

from __future__ import annotations

import asyncio
import multiprocessing as mp
import os
import threading
import time
from dataclasses import dataclass, field
from multiprocessing.connection import Connection

__all__ = ["Answer", "QueryJob", "Timeout", "WorkerPool", "Busy", "WorkerCrashed"]


@dataclass(frozen=True)
class QueryJob:
    """One query to run, and how to write its result."""

    sparql: str
    fmt: str = "json"  # kg.query format name for SELECT/ASK results
    graph_fmt: str = "turtle"  # ... and for CONSTRUCT/DESCRIBE results
    union: bool = True
    default_graphs: tuple[str, ...] | None = None
    named_graphs: tuple[str, ...] | None = None
    max_rows: int | None = None
    prefixes: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class ExportJob:
    """One `kg.export.export(store, fmt, ...)` call, for pages such as /timeline."""

    fmt: str


@dataclass(frozen=True)
class Answer:
    """A finished job: ``body`` bytes, or ``error`` (kind, message)."""

    body: bytes = b""
    kind: str = ""  # select, ask or graph
    truncated: bool = False
    error: tuple[str, str] | None = None


class Timeout(Exception):
    """The query ran past the deadline; its worker was killed."""


class Busy(Exception):
    """No worker became free before the deadline."""


class WorkerCrashed(Exception):
    """The worker died while running the job."""


# -- inside a worker process ----------------------------------------------------


def _fingerprint(path: str) -> tuple:
    try:
        with os.scandir(path) as entries:
            return tuple(sorted((e.name, e.stat().st_size, e.stat().st_mtime_ns) for e in entries))
    except OSError:
        return ()


def _worker_main(conn: Connection, store_path: str, refresh: float) -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the server shuts workers down itself
    from kg.errors import KGError
    from kg.store import Store

    store = Store.open(store_path, read_only=True)
    seen, looked = _fingerprint(store_path), time.monotonic()
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        if refresh >= 0 and time.monotonic() - looked >= refresh:
            now = _fingerprint(store_path)
            if now != seen:
                try:
                    store = Store.open(store_path, read_only=True)
                    seen = now
                except KGError:
                    pass  # keep serving the old snapshot
            looked = time.monotonic()
        try:
            answer = _run(store, job)
        except KGError as exc:
            answer = Answer(error=(type(exc).__name__, str(exc)))
        except Exception as exc:  # noqa: BLE001 - a worker must answer, whatever happened
            answer = Answer(error=("InternalError", f"{type(exc).__name__}: {exc}"))
        conn.send(answer)


def _run(store, job: QueryJob | ExportJob) -> Answer:
    if isinstance(job, ExportJob):
        import io

        from kg.export import Filters, export

        out = io.StringIO()
        export(store, job.fmt, out, Filters())
        return Answer(body=out.getvalue().encode("utf-8"), kind="export")
    from kg.query import format_result, run_query

    result = run_query(store, job.sparql, default_union=job.union, prefixes=job.prefixes,
                       max_rows=job.max_rows, default_graph=job.default_graphs,
                       named_graphs=job.named_graphs)
    fmt = job.graph_fmt if result.kind == "graph" else job.fmt
    text = format_result(result, fmt, prefixes=job.prefixes)
    return Answer(body=text.encode("utf-8"), kind=result.kind, truncated=result.truncated)


# -- in the server ----------------------------------------------------------------


class _Worker:
    def __init__(self, ctx, store_path: str, refresh: float) -> None:
        self._ctx, self._store_path, self._refresh = ctx, store_path, refresh
        self._start()

    def _start(self) -> None:
        parent, child = self._ctx.Pipe()
        self.process = self._ctx.Process(
            target=_worker_main, args=(child, self._store_path, self._refresh),
            name="kg-query-worker", daemon=True,
        )
        self.process.start()
        child.close()
        self.conn = parent

    def _replace(self) -> None:
        self.process.kill()
        self.process.join(5)
        self.conn.close()
        self._start()

    def call(self, job, timeout: float) -> Answer:
        """Send a job and wait (blocking; run in a thread) up to ``timeout`` seconds."""
        try:
            self.conn.send(job)
            if not self.conn.poll(timeout):
                self._replace()
                raise Timeout(f"the query ran past {timeout:g} s")
            return self.conn.recv()
        except (EOFError, OSError, BrokenPipeError) as exc:
            self._replace()
            raise WorkerCrashed(f"the query worker died ({exc or type(exc).__name__})") from None

    def stop(self, grace: float) -> None:
        try:
            self.conn.send(None)
        except OSError:
            pass
        self.process.join(grace)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(5)
        self.conn.close()


class WorkerPool:
    """``size`` worker processes behind an asyncio queue of idle ones."""

    def __init__(self, store_path: str, size: int = 2, *, refresh: float = 1.0) -> None:
        self.store_path, self.size, self.refresh = store_path, size, refresh
        self._ctx = mp.get_context("spawn")  # no fork of a threaded event loop
        self._workers: list[_Worker] = []
        self._idle: asyncio.Queue[_Worker] | None = None
        self._lock = threading.Lock()

    def start(self) -> None:
        self._workers = [_Worker(self._ctx, self.store_path, self.refresh) for _ in range(self.size)]
        self._idle = asyncio.Queue()
        for worker in self._workers:
            self._idle.put_nowait(worker)

    def alive(self) -> int:
        return sum(w.process.is_alive() for w in self._workers)

    async def run(self, job, timeout: float) -> Answer:
        """Run a job on the next free worker; :class:`Busy` or :class:`Timeout` past ``timeout``."""
        import anyio

        assert self._idle is not None, "start() the pool first"
        started = time.monotonic()
        try:
            worker = await asyncio.wait_for(self._idle.get(), timeout)
        except asyncio.TimeoutError:
            raise Busy(f"all {self.size} query workers stayed busy for {timeout:g} s") from None
        try:
            left = max(timeout - (time.monotonic() - started), 0.05)
            return await anyio.to_thread.run_sync(worker.call, job, left)
        except Timeout:
            raise Timeout(f"query exceeded the timeout of {timeout:g} s") from None
        finally:
            self._idle.put_nowait(worker)

    def stop(self, grace: float = 2.0) -> None:
        for worker in self._workers:
            worker.stop(grace)
        self._workers = []

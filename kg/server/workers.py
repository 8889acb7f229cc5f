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

Long queries must not starve short ones: the pool holds ``size`` workers plus
``long_slots`` more. Every job starts as short; one still running after
``long_after`` seconds takes a long slot, and one that finds every long slot
taken is stopped there (:class:`TooManyLong`, a 503 with Retry-After). So at
most ``long_slots`` workers are ever held by long queries, and ``size`` always
serve short ones: two clients sending 10-second queries leave the cheap
queries of everyone else answered (tests/test_server.py measures it).

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

__all__ = ["Answer", "Busy", "QueryJob", "Timeout", "TooManyLong", "WorkerCrashed", "WorkerPool"]


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


class TooManyLong(Busy):
    """The query turned long while every long slot was taken; it was stopped."""


# -- inside a worker process ----------------------------------------------------

READY = "ready"  # a worker's first message: its store is open, jobs start at once


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
    conn.send(READY)
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
    """One query process; ``spares`` (shared) holds processes started ahead for replacements."""

    def __init__(self, ctx, store_path: str, refresh: float, spares: list | None = None) -> None:
        self._ctx, self._store_path, self._refresh = ctx, store_path, refresh
        self._spares = spares if spares is not None else []
        self.process, self.conn = self._spawn()
        self.ready = False

    def _spawn(self):
        parent, child = self._ctx.Pipe()
        process = self._ctx.Process(
            target=_worker_main, args=(child, self._store_path, self._refresh),
            name="kg-query-worker", daemon=True,
        )
        process.start()
        child.close()
        return process, parent

    def _replace(self) -> None:
        """Kill the process; take a spare started earlier (its store is likely open already)."""
        self.process.kill()
        self.process.join(5)
        self.conn.close()
        try:
            self.process, self.conn = self._spares.pop(0)
        except IndexError:
            self.process, self.conn = self._spawn()
        self.ready = False
        self._spares.append(self._spawn())

    def wait_ready(self, timeout: float) -> bool:
        """Wait for a (re)started worker to open the store; False if it did not in time."""
        if not self.ready:
            try:
                if self.conn.poll(timeout):
                    self.ready = self.conn.recv() == READY
            except (EOFError, OSError):  # it died starting (store gone?): start another
                self._replace()
        return self.ready

    def send(self, job) -> None:
        try:
            self.conn.send(job)
        except (OSError, BrokenPipeError) as exc:
            self._crashed(exc)

    def wait(self, timeout: float) -> Answer | None:
        """The answer, or None if none came within ``timeout`` seconds (the job runs on)."""
        try:
            if not self.conn.poll(timeout):
                return None
            return self.conn.recv()
        except (EOFError, OSError, BrokenPipeError) as exc:
            self._crashed(exc)

    def kill(self) -> None:
        """Stop the running job: the process is killed and a fresh one started."""
        self._replace()

    def _crashed(self, exc: BaseException):
        self._replace()
        raise WorkerCrashed(f"the query worker died ({exc or type(exc).__name__})") from None

    def stop(self, grace: float) -> None:
        _stop(self.process, self.conn, grace)


def _stop(process, conn, grace: float) -> None:
    try:
        conn.send(None)
    except OSError:
        pass
    process.join(grace)
    if process.is_alive():
        process.kill()
        process.join(5)
    conn.close()


class WorkerPool:
    """``size`` + ``long_slots`` worker processes behind an asyncio queue of idle ones."""

    def __init__(self, store_path: str, size: int = 2, *, refresh: float = 1.0,
                 long_slots: int = 2, long_after: float = 1.0) -> None:
        self.store_path, self.size, self.refresh = store_path, size, refresh
        self.long_slots, self.long_after = long_slots, long_after
        self._ctx = mp.get_context("spawn")  # no fork of a threaded event loop
        self._workers: list[_Worker] = []
        self._idle: asyncio.Queue[_Worker] | None = None
        self._lock = threading.Lock()
        self._long = 0
        self._pending: set[asyncio.Task] = set()
        self._spares: list = []  # (process, conn) started ahead: a killed worker's replacement

    def start(self) -> None:
        self._workers = [_Worker(self._ctx, self.store_path, self.refresh, self._spares)
                         for _ in range(self.size + self.long_slots)]
        self._spares.append(self._workers[0]._spawn())
        self._idle = asyncio.Queue()
        for worker in self._workers:
            self._idle.put_nowait(worker)

    def alive(self) -> int:
        return sum(w.process.is_alive() for w in self._workers)

    @property
    def long_running(self) -> int:
        """Jobs holding a long slot now."""
        return self._long

    async def run(self, job, timeout: float) -> Answer:
        """Run a job on the next free worker; :class:`Busy` or :class:`Timeout` past ``timeout``."""
        import anyio

        assert self._idle is not None, "start() the pool first"
        started = time.monotonic()
        try:
            worker = await asyncio.wait_for(self._idle.get(), timeout)
        except asyncio.TimeoutError:
            raise Busy(f"all {len(self._workers)} query workers stayed busy for {timeout:g} s") \
                from None
        try:
            left = max(timeout - (time.monotonic() - started), 0.05)
            return await anyio.to_thread.run_sync(self._call, worker, job, left, timeout)
        finally:
            if worker.ready:
                self._idle.put_nowait(worker)
            else:  # killed and restarting: back in the queue once it can answer at once
                task = asyncio.get_running_loop().create_task(self._when_ready(worker))
                self._pending.add(task)
                task.add_done_callback(self._pending.discard)

    async def _when_ready(self, worker: _Worker) -> None:
        import anyio

        await anyio.to_thread.run_sync(worker.wait_ready, 60.0)
        if self._idle is not None:
            self._idle.put_nowait(worker)

    def _call(self, worker: _Worker, job, left: float, timeout: float) -> Answer:
        """Run one job (blocking; in a thread): short first, then in a long slot if one is free.

        A worker still starting is waited for first: its start-up is not the query's time.
        """
        begun = time.monotonic()
        if not worker.wait_ready(left):
            raise Busy(f"no query worker could start within {timeout:g} s")
        left = max(left - (time.monotonic() - begun), 0.05)
        worker.send(job)
        first = min(self.long_after, left)
        answer = worker.wait(first)
        if answer is not None:
            return answer
        if left <= first:
            worker.kill()
            raise Timeout(f"query exceeded the timeout of {timeout:g} s")
        with self._lock:
            admitted = self._long < self.long_slots
            self._long += admitted
        if not admitted:
            worker.kill()
            raise TooManyLong(
                f"{self.long_slots} long queries (over {self.long_after:g} s) are running "
                "already; this one was stopped so that short queries stay answered. Retry later")
        try:
            answer = worker.wait(left - first)
            if answer is None:
                worker.kill()
                raise Timeout(f"query exceeded the timeout of {timeout:g} s")
            return answer
        finally:
            with self._lock:
                self._long -= 1

    def stop(self, grace: float = 2.0) -> None:
        for worker in self._workers:
            worker.stop(grace)
        while self._spares:
            _stop(*self._spares.pop(), grace)
        self._workers = []

"""Parallel bulk loading of line-based RDF files (N-Triples, N-Quads).

pyoxigraph's bulk loader parses, encodes and sorts each batch on one thread
(CPU time equals wall time on a 1M-quad file) and releases the GIL meanwhile.
A line-based file cut at line ends gives ranges that load on their own, so one
thread per core, each loading its own range, uses every core: 1M quads load
twice as fast on 2 cores (``benchmarks/run.py``).

Blank nodes are the exception: every ``bulk_load`` call gives the labels it
reads fresh identities, so ``_:b1`` in two ranges would become two nodes. A
file with ``_:`` anywhere (even inside a literal, to stay simple and safe)
loads in one call. kg's own graphs have no blank nodes.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pyoxigraph as ox

__all__ = ["LINE_FORMATS", "RANGE_BYTES", "has_blank_nodes", "line_ranges", "load_file",
           "usable_cores"]

#: Formats where every statement sits on its own line.
LINE_FORMATS = frozenset({ox.RdfFormat.N_TRIPLES, ox.RdfFormat.N_QUADS})
#: Largest range one call loads: about 300k quads, so memory stays flat on big files.
RANGE_BYTES = 64 * 1024 * 1024
#: Below this a file loads in one call: threads would not pay for themselves.
MIN_SPLIT_BYTES = 4 * 1024 * 1024
_SCAN_BLOCK = 16 * 1024 * 1024
_LINE_NUMBER = re.compile(r"\bline (\d+)")

Loader = Callable[..., None]


def usable_cores() -> int:
    """The cores this process may run on (affinity-aware where the OS says)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def has_blank_nodes(path: Path) -> bool:
    """Whether ``_:`` occurs anywhere in the file (blocks overlap by one byte)."""
    with path.open("rb") as fh:
        tail = b""
        while block := fh.read(_SCAN_BLOCK):
            if b"_:" in tail + block:
                return True
            tail = block[-1:]
    return False


def line_ranges(path: Path, parts: int, max_bytes: int = RANGE_BYTES) -> list[tuple[int, int]]:
    """Byte ranges ``[start, end)`` that cover the file and each end after a newline.

    At least ``parts`` ranges (so every core gets work), more when a range
    would exceed ``max_bytes``. Ranges are never empty.
    """
    size = path.stat().st_size
    count = max(parts, -(-size // max_bytes), 1)
    cuts = [0]
    with path.open("rb") as fh:
        for i in range(1, count):
            target = max(size * i // count, cuts[-1])
            fh.seek(target)
            if target > 0:
                fh.readline()  # finish the line the target falls in
            cut = fh.tell()
            if cut > cuts[-1] and cut < size:
                cuts.append(cut)
    cuts.append(size)
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]


def load_file(load: Loader, path: Path, fmt: ox.RdfFormat, *, to_graph: ox.NamedNode | None = None,
              workers: int | None = None) -> int:
    """Load ``path`` through ``load`` (an ``ox.Store.bulk_load``), in parallel where safe.

    Returns the number of ranges loaded (1 when the file loads in one call). A
    syntax error names its line in the whole file, not in its range.
    """
    extra = {"to_graph": to_graph} if to_graph is not None else {}
    workers = workers or usable_cores()
    size = path.stat().st_size
    if (fmt not in LINE_FORMATS or workers < 2 or size < MIN_SPLIT_BYTES
            or has_blank_nodes(path)):
        load(path=str(path), format=fmt, **extra)
        return 1
    ranges = line_ranges(path, workers)

    def load_range(span: tuple[int, int]) -> None:
        start, end = span
        with path.open("rb") as fh:
            fh.seek(start)
            data = fh.read(end - start)
        try:
            load(input=data, format=fmt, **extra)
        except SyntaxError as exc:
            raise _shift_lines(exc, _lines_before(path, start)) from None

    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="kg-bulk") as pool:
        futures = [pool.submit(load_range, span) for span in ranges]
        try:
            for future in futures:
                future.result()
        except BaseException:
            for future in futures:
                future.cancel()
            raise
    return len(ranges)


def _lines_before(path: Path, offset: int) -> int:
    count = 0
    with path.open("rb") as fh:
        while offset > 0:
            block = fh.read(min(_SCAN_BLOCK, offset))
            if not block:
                break
            count += block.count(b"\n")
            offset -= len(block)
    return count


def _shift_lines(exc: SyntaxError, lines: int) -> SyntaxError:
    """The same error with its line numbers counted from the start of the file."""
    message = _LINE_NUMBER.sub(lambda m: f"line {int(m.group(1)) + lines}", str(exc.msg))
    return SyntaxError(message)

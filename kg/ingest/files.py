"""Reading files safely: regular files only, under a size cap, JSON lines one line at a time.

A FIFO named ``x.txt`` blocked ``kg ingest`` forever and ``zero.txt -> /dev/zero``
read until memory ran out; a file is therefore opened without blocking,
checked to be a regular file, and read only up to its cap.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from kg.errors import InputError, TooLargeError

MAX_FILE_BYTES = 64 * 1024 * 1024  # a .txt, .md, .html or .json file
MAX_LINE_BYTES = 32 * 1024 * 1024  # one line of a .jsonl file (the file itself has no cap)
MAX_SIDECAR_BYTES = 1024 * 1024  # a NAME.meta.json sidecar

_KINDS = ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"), (stat.S_ISDIR, "a directory"))


def open_regular(path: Path | str, *, where: str) -> BinaryIO:
    """Open ``path`` for reading if it is a regular file (never blocks on a FIFO)."""
    nonblock = getattr(os, "O_NONBLOCK", 0)  # POSIX; elsewhere there are no FIFOs to block on
    fd = os.open(path, os.O_RDONLY | nonblock | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0))
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            kind = next((name for test, name in _KINDS if test(mode)), "not a regular file")
            raise InputError(f"not a regular file ({kind}); only regular files are read", path=where)
        if nonblock:
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_capped(path: Path | str, *, where: str, cap: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of a regular file, or :class:`TooLargeError` when it holds more than ``cap``."""
    with open_regular(path, where=where) as fh:
        data = fh.read(cap + 1)
    if len(data) > cap:
        raise TooLargeError(f"file is over the {_size(cap)} limit", path=where)
    return data


def capped_lines(fh: BinaryIO, cap: int = MAX_LINE_BYTES) -> Iterator[bytes | None]:
    """The lines of a binary stream, each at most ``cap`` bytes; ``None`` for a longer one.

    A longer line is skipped in chunks, so one 5 GB line never sits in memory.
    """
    while True:
        line = fh.readline(cap + 1)
        if not line:
            return
        if len(line) > cap and not line.endswith(b"\n"):
            while True:  # drop the rest of this line
                rest = fh.readline(cap)
                if not rest or rest.endswith(b"\n"):
                    break
            yield None
            continue
        yield line


def _size(n: int) -> str:
    return f"{n // (1024 * 1024)} MiB" if n >= 1024 * 1024 else f"{n} bytes"

"""Command-line habits shared by the `kg` commands, kept out of cli.py so it stays a list of commands.

- colour: ``--color auto|always|never``; ``auto`` honours ``NO_COLOR`` and
  colours a terminal only;
- a closed pipe (``kg export … | head -1``) ends the program quietly with exit 0;
- ``--from``/``--to`` take ISO dates only, and the range must not be inverted;
- ``kg serve`` checks its port before announcing anything;
- ``kg ingest`` into a new store folder leaves none behind when nothing was ingested.
"""

from __future__ import annotations

import errno
import os
import shutil
import socket
import sys
import warnings
from collections.abc import Callable
from typing import IO, Any

import click

from kg.errors import KGError, KGWarning

__all__ = ["COLOR_CHOICES", "IsoDate", "KgGroup", "check_port", "is_broken_pipe", "new_store_folder",
           "remove_unused_store", "silence_broken_pipe", "use_color"]

COLOR_CHOICES = ("auto", "always", "never")


def use_color(choice: str, stream: IO[str]) -> bool:
    """Whether to write ANSI colours: always, never, or (auto) on a terminal unless NO_COLOR is set."""
    if choice == "always":
        return True
    if choice == "never":
        return False
    from kg.export.timeline import auto_color

    return auto_color(stream)


class IsoDate(click.ParamType):
    """YYYY, YYYY-MM or YYYY-MM-DD (a real calendar date); anything else is a usage error."""

    name = "YYYY[-MM[-DD]]"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        from kg.export.events_view import check_date

        try:
            return check_date(str(value))
        except KGError as exc:
            self.fail(str(exc), param, ctx)


def silence_broken_pipe() -> None:
    """The reader went away: send what is left to /dev/null so the exit flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def is_broken_pipe(exc: BaseException) -> bool:
    """A write to a pipe whose reader has gone (``BrokenPipeError`` or EPIPE)."""
    return isinstance(exc, OSError) and exc.errno == errno.EPIPE


def _show_warning(message, category, filename, lineno, file=None, line=None) -> None:
    """A KGWarning is one ``kg: warning: …`` line on stderr; others as Python shows them."""
    if issubclass(category, KGWarning):
        click.echo(f"kg: warning: {message}", err=True)
    else:
        _python_showwarning(message, category, filename, lineno, file, line)


_python_showwarning = warnings.showwarning


class KgGroup(click.Group):
    """The `kg` group: warnings as one line each, and a closed pipe ends with exit 0.

    The pipe is handled here, inside click's ``main``, because click's own
    handler there would otherwise exit 1.
    """

    def invoke(self, ctx: click.Context) -> Any:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("always", KGWarning)  # every file's warning, not the first
                warnings.showwarning = _show_warning
                result = super().invoke(ctx)
            sys.stdout.flush()
            return result
        except OSError as exc:
            if not is_broken_pipe(exc):
                raise
            silence_broken_pipe()
            raise SystemExit(0) from None


def check_port(host: str, port: int) -> None:
    """Fail with one line if ``host:port`` cannot be listened on (busy, or not an address here)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn binds
        try:
            probe.bind((host, port))
        except OSError as exc:
            reason = "the port is in use" if exc.errno == errno.EADDRINUSE else exc.strerror
            raise KGError(f"cannot listen on {host}:{port}: {reason}") from None


def new_store_folder(path: str) -> str | None:
    """The local store folder ``path`` if it does not exist yet (so this run would create it)."""
    if path.lower().startswith(("http://", "https://")) or path == ":memory:":
        return None
    folder = os.path.abspath(os.path.expanduser(path))
    return None if os.path.lexists(folder) else folder


def remove_unused_store(folder: str | None, written: Callable[[], int]) -> None:
    """Remove a store folder this run created if no document went into it."""
    if folder is not None and written() == 0 and os.path.isdir(folder):
        shutil.rmtree(folder, ignore_errors=True)

"""Read news articles from files, folders or stdin into :class:`~kg.model.Document`.

Formats: ``.txt``, ``.md`` (front matter), ``.html``/``.htm`` (trafilatura),
``.json`` and ``.jsonl`` records; ``NAME.meta.json`` sidecars add metadata to
text files.  Boilerplate (navigation, sign-up prompts, teasers …) is not cut
out of the text but recorded as ``Document.removed`` spans, so every offset
still points into the text as given.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO, TextIO

from kg.errors import DuplicateIdError, InputError, MissingPathError
from kg.ingest.boilerplate import find_boilerplate
from kg.ingest.files import capped_lines, open_regular, read_capped
from kg.ingest.metadata import is_sidecar, normalise_date
from kg.ingest.readers import READERS, iter_records
from kg.model import Document

__all__ = [
    "SUPPORTED_SUFFIXES",
    "find_boilerplate",
    "iter_documents",
    "normalise_date",
    "read_path",
]

SUPPORTED_SUFFIXES: tuple[str, ...] = tuple(READERS)

STDIN = "-"
STDIN_NAME = "<stdin>"


def iter_documents(
    paths: Sequence[str | Document], *, stdin: TextIO | BinaryIO | None = None
) -> Iterator[Document | InputError]:
    """Yield a Document per article found, or an InputError (not raised) for each
    bad file/record so the caller can go on.

    Paths are files or folders (recursive, sorted, skipping hidden files and
    ``*.meta.json`` sidecars); ``"-"`` reads JSON lines from stdin. A file met
    twice is read once; a second input whose id is already taken in this run
    is a :class:`DuplicateIdError`, never a silent overwrite. A Document among
    the paths (made in Python, see :func:`kg.document`) is taken as it is.
    """
    seen_ids: dict[str, str] = {}
    seen_files: set[Path] = set()
    for path in paths:
        if isinstance(path, Document):  # made in Python (kg.document): taken as it is
            items: Iterable[Document | InputError] = [path]
        elif path == STDIN:
            items = iter_records(_stdin_lines(stdin if stdin is not None else sys.stdin),
                                 where=STDIN_NAME, stem="stdin", path=STDIN)
        else:
            items = _iter_path(path, seen_files)
        for item in items:
            if isinstance(item, Document):
                first = seen_ids.setdefault(item.id, item.origin or item.path or "?")
                if first != (item.origin or item.path or "?"):
                    item = DuplicateIdError(
                        f"id {item.id!r} is already taken by {first} in this run; rename one, or "
                        "give it an id (a NAME.meta.json sidecar, or the record's \"id\")",
                        path=item.origin or item.path)
            yield item


def read_path(path: str) -> list[Document]:
    """All Documents in one file or folder; raises the first InputError met."""
    docs = []
    for item in _iter_path(path, set()):
        if isinstance(item, InputError):
            raise item
        docs.append(item)
    return docs


def _stdin_lines(stream: TextIO | BinaryIO) -> Iterator[str | bytes | None]:
    """Stdin as bytes lines when it has them, so a bad byte spoils one line, not the run."""
    binary = getattr(stream, "buffer", None)
    if binary is not None:
        return capped_lines(binary)
    return iter(stream)


def _iter_path(path: str, seen: set[Path]) -> Iterator[Document | InputError]:
    if not path:
        yield InputError("an empty path names no file (for the current folder, give '.')", path="''")
        return
    p = Path(path)
    try:
        is_dir = p.is_dir()
        exists = is_dir or p.exists() or p.is_symlink()
    except OSError as exc:  # a name too long, a path through a file, ...
        yield InputError(f"cannot read: {exc.strerror or exc}", path=path)
        return
    if is_dir:
        files, errors = _walk(p)
        for error in errors:
            yield InputError(f"cannot read folder: {error.strerror or error}",
                             path=error.filename or path)
        for file in files:
            if _first_time(file, seen):
                yield from _read_file(file, str(file), explicit=False)
    elif exists:
        if _first_time(p, seen):
            yield from _read_file(p, path, explicit=True)
    else:
        yield MissingPathError("no such file or directory", path=path)


def _first_time(file: Path, seen: set[Path]) -> bool:
    """False for a path already read in this run (``kg ingest seeds/ seeds/a.txt``).

    The folder is resolved, not the file: two links to one file are two inputs.
    """
    try:
        key = file.parent.resolve() / file.name
    except (OSError, RuntimeError):  # a symlink loop: let the read report it
        return True
    if key in seen:
        return False
    seen.add(key)
    return True


def _walk(top: Path) -> tuple[list[Path], list[OSError]]:
    """Files under ``top``, sorted, without hidden entries or sidecars; and the
    folders that could not be listed (reported, not skipped in silence)."""
    found = []
    errors: list[OSError] = []
    for root, dirs, files in os.walk(top, onerror=errors.append):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            file = Path(root, name)
            if name.startswith(".") or is_sidecar(file):
                continue
            if file.suffix.lower() in READERS:
                found.append(file)
    return sorted(found, key=lambda f: f.relative_to(top).parts), errors


def _read_file(file: Path, where: str, *, explicit: bool) -> Iterator[Document | InputError]:
    """One file's documents; the one guard around reading it: any failure is its error."""
    reader = READERS.get(file.suffix.lower())
    if reader is None:
        if explicit:
            yield InputError(
                f"unsupported file type {file.suffix or '(no suffix)'!r}; "
                f"supported: {', '.join(SUPPORTED_SUFFIXES)}",
                path=where,
            )
        return
    try:
        if getattr(reader, "streams", False):
            with open_regular(file, where=where) as stream:
                yield from reader(file, where, stream)
        else:
            yield from reader(file, where, read_capped(file, where=where))
    except InputError as exc:
        yield exc
    except OSError as exc:
        yield InputError(f"cannot read: {exc.strerror or exc}", path=where)
    except (RecursionError, MemoryError) as exc:
        yield InputError(f"cannot read: {type(exc).__name__}", path=where)
    except Exception as exc:  # noqa: BLE001 - unforeseen: this file's one-line error, the run goes on
        yield InputError(f"cannot read: {type(exc).__name__}: {' '.join(str(exc).split())[:200]}",
                         path=where)

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
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TextIO

from kg.errors import InputError, MissingPathError
from kg.ingest.boilerplate import find_boilerplate
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
    paths: Sequence[str | Document], *, stdin: TextIO | None = None
) -> Iterator[Document | InputError]:
    """Yield a Document per article found, or an InputError (not raised) for each
    bad file/record so the caller can go on.

    Paths are files or folders (recursive, sorted, skipping hidden files and
    ``*.meta.json`` sidecars); ``"-"`` reads JSON lines from stdin. A
    Document among them (made in Python, see :func:`kg.document`) is yielded as is.
    """
    for path in paths:
        if isinstance(path, Document):
            yield path
        elif path == STDIN:
            stream = stdin if stdin is not None else sys.stdin
            yield from iter_records(stream, where=STDIN_NAME, stem="stdin", path=STDIN)
        else:
            yield from _iter_path(path)


def read_path(path: str) -> list[Document]:
    """All Documents in one file or folder; raises the first InputError met."""
    docs = []
    for item in _iter_path(path):
        if isinstance(item, InputError):
            raise item
        docs.append(item)
    return docs


def _iter_path(path: str) -> Iterator[Document | InputError]:
    p = Path(path)
    if p.is_dir():
        for file in _walk(p):
            yield from _read_file(file, str(file), explicit=False)
    elif p.exists():
        yield from _read_file(p, path, explicit=True)
    else:
        yield MissingPathError("no such file or directory", path=path)


def _walk(top: Path) -> list[Path]:
    """Readable files under ``top``, sorted, without hidden entries or sidecars."""
    found = []
    for root, dirs, files in os.walk(top):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            file = Path(root, name)
            if name.startswith(".") or is_sidecar(file):
                continue
            if file.suffix.lower() in READERS:
                found.append(file)
    return sorted(found, key=lambda f: f.relative_to(top).parts)


def _read_file(file: Path, where: str, *, explicit: bool) -> Iterator[Document | InputError]:
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
        data = file.read_bytes()
        yield from reader(file, where, data)
    except InputError as exc:
        yield exc
    except OSError as exc:
        yield InputError(f"cannot read: {exc.strerror or exc}", path=where)

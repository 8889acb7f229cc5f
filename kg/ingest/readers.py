"""One reader per file format, registered by suffix.

A reader turns one file's bytes into Documents.  It raises an
:class:`~kg.errors.InputError` when the whole file is unusable, and returns an
error in place of a record when only that record is bad, so the good records of
a JSON-lines file still come through.  JSON lines are read from the open file
one line at a time (:func:`read_jsonl`), each judged on its own.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from kg.errors import (
    BinaryInputError,
    DecodeError,
    EmptyInputError,
    InputError,
    MalformedRecordError,
    NoArticleError,
    TooLargeError,
)
from kg.ingest.boilerplate import find_boilerplate
from kg.ingest.decode import (
    check_unicode,
    content_hash,
    decode_bytes,
    file_id,
    has_visible_text,
    looks_binary,
)
from kg.ingest.files import MAX_FILE_BYTES, capped_lines
from kg.ingest.metadata import (
    html_metadata,
    markdown_title,
    merge,
    pick_metadata,
    read_sidecar,
    split_front_matter,
)
from kg.model import Document

Result = Document | InputError
Reader = Callable[[Path, str, bytes], list[Result]]

READERS: dict[str, Reader] = {}

TEXT_KEYS = ("text", "body", "content")  # where a JSON record keeps its article
MIN_ARTICLE_WORDS = 5  # an HTML page with fewer words outside boilerplate has no article
MAX_TEXT_CHARS = 2_000_000  # longer texts are refused: about 2 minutes and 1 GB to extract
BINARY_PROBE_LINES = 100  # a .jsonl with no record in this many lines that looks binary is one error


def register(*suffixes: str) -> Callable[[Reader], Reader]:
    """Register ``reader`` for each suffix (lowercase, with the dot)."""

    def decorate(reader: Reader) -> Reader:
        for suffix in suffixes:
            READERS[suffix] = reader
        return reader

    return decorate


def make_document(
    text: str, meta: dict[str, str | None], *, default_id: str, path: str | None,
    where: str | None = None,
) -> Document:
    """Build a Document, recording its boilerplate spans and content hash.

    Refuses (one :class:`InputError`) a text over :data:`MAX_TEXT_CHARS`, with
    nothing visible in it, or with a value that is not valid Unicode (a lone
    surrogate from JSON), which no store or hash could take.
    """
    where = where or path
    if len(text) > MAX_TEXT_CHARS:
        raise TooLargeError(f"text is {len(text):,} characters; the limit is {MAX_TEXT_CHARS:,}",
                            path=where)
    for name, value in (("text", text), *meta.items()):
        check_unicode(value, field=name, where=where)
    if not has_visible_text(text):
        raise EmptyInputError("text holds only whitespace or invisible characters", path=where)
    return Document(
        id=meta.get("id") or default_id,
        text=text,
        title=meta.get("title"),
        published=meta.get("published"),
        url=meta.get("url"),
        source=meta.get("source"),
        path=path,
        content_hash=content_hash(text),
        removed=find_boilerplate(text),
        origin=where,
    )


@register(".txt", ".text")
def read_text(path: Path, where: str, data: bytes) -> list[Result]:
    """Plain text: the whole decoded file; metadata only from a sidecar."""
    text = decode_bytes(data, where=where)
    return [make_document(text, read_sidecar(path), default_id=file_id(path.stem), path=where)]


@register(".md", ".markdown")
def read_markdown(path: Path, where: str, data: bytes) -> list[Result]:
    """Markdown: the body after any front matter, verbatim."""
    raw = decode_bytes(data, where=where)
    front, offset = split_front_matter(raw, where=where)
    body = raw[offset:]
    if not body.strip():
        raise EmptyInputError("no text after the front matter", path=where)
    meta = merge(
        {"title": markdown_title(body)}, pick_metadata(front, where=where), read_sidecar(path)
    )
    return [make_document(body, meta, default_id=file_id(path.stem), path=where)]


_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)


@register(".html", ".htm", ".xhtml")
def read_html(path: Path, where: str, data: bytes) -> list[Result]:
    """HTML: the article text as trafilatura extracts it, plus meta-tag metadata."""
    declared = _CHARSET.search(data[:4096])
    html = decode_bytes(data, where=where, fallback=declared[1].decode("ascii") if declared else None)
    from trafilatura import extract  # heavy import, only for HTML

    text = extract(html, include_comments=False, include_tables=True)
    if not text or not text.strip():
        raise NoArticleError("no article text found in the HTML", path=where)
    meta = merge(html_metadata(html, where=where), read_sidecar(path))
    doc = make_document(text, meta, default_id=file_id(path.stem), path=where)
    if _kept_words(doc) < MIN_ARTICLE_WORDS:
        raise NoArticleError("the HTML holds only navigation or boilerplate", path=where)
    return [doc]


def _kept_words(doc: Document) -> int:
    kept, at = [], 0
    for span in sorted(doc.removed, key=lambda s: s.start):
        kept.append(doc.text[at : span.start])
        at = max(at, span.end)
    kept.append(doc.text[at:])
    return len("".join(kept).split())


@register(".json")
def read_json(path: Path, where: str, data: bytes) -> list[Result]:
    """One JSON record or a list of them (JSON lines are accepted too)."""
    text = decode_bytes(data, where=where)
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data":  # several objects: treat as JSON lines
            return read_records(text.split("\n"), where=where, stem=file_id(path.stem))
        raise MalformedRecordError(
            f"invalid JSON: {exc.msg} (column {exc.colno})", path=f"{where}:{exc.lineno}"
        ) from None
    except (RecursionError, ValueError) as exc:  # nested too deep; an integer of > 4300 digits
        raise MalformedRecordError(_json_problem(exc), path=where) from None
    if isinstance(value, dict):
        return [record_document(value, where=where, default_id=file_id(path.stem), path=where)]
    if not isinstance(value, list):
        raise MalformedRecordError("expected a JSON object or a list of objects", path=where)
    if not value:
        raise EmptyInputError("the JSON list holds no records", path=where)
    out: list[Result] = []
    for n, record in enumerate(value, 1):
        try:
            out.append(
                record_document(
                    record, where=f"{where}#{n}", default_id=f"{file_id(path.stem)}-{n}", path=where
                )
            )
        except InputError as exc:
            out.append(exc)
    return out


@register(".jsonl", ".ndjson")
def read_jsonl(path: Path, where: str, stream: BinaryIO) -> Iterator[Result]:
    """JSON lines, read and judged one line at a time: a bad line (NUL bytes,
    bad UTF-8, bad JSON, over the size cap) is reported and the rest still read.

    Only a file with no record in its first lines that looks binary is one error.
    """
    head = stream.peek(8192)[:8192]
    stem = file_id(path.stem)
    if head.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")):  # UTF-16/32 BOM: decode whole
        data = stream.read(MAX_FILE_BYTES + 1)
        if len(data) > MAX_FILE_BYTES:
            raise TooLargeError("UTF-16/32 JSON lines file is over the size limit", path=where)
        yield from iter_records(decode_bytes(data, where=where).split("\n"), where=where,
                                stem=stem, path=where)
        return
    held: list[Result] | None = []  # errors before the first record, until the file is judged
    for item in iter_records(capped_lines(stream), where=where, stem=stem, path=where):
        if held is None:
            yield item
        elif isinstance(item, Document) or len(held) >= BINARY_PROBE_LINES:
            if not isinstance(item, Document) and looks_binary(head):
                raise BinaryInputError("looks like binary data, not JSON lines", path=where)
            yield from held
            held = None
            yield item
        else:
            held.append(item)
    if held and len(held) > 1 and looks_binary(head):
        raise BinaryInputError("looks like binary data, not JSON lines", path=where)
    yield from held or ()


read_jsonl.streams = True  # type: ignore[attr-defined]  # gets the open file, not its bytes


def read_records(
    lines: Iterable[str], *, where: str, stem: str, path: str | None = None
) -> list[Result]:
    """Documents (or per-line errors) from JSON lines; errors name ``where:LINE``."""
    return list(iter_records(lines, where=where, stem=stem, path=path or where))


def iter_records(lines: Iterable[str | bytes | None], *, where: str, stem: str,
                 path: str) -> Iterator[Result]:
    """Lazily read JSON lines, so a long stdin stream is not held in memory.

    Lines may be bytes (decoded here, one by one) or ``None`` for a line over
    the size cap; every problem is that line's error.
    """
    seen = False
    for lineno, raw in enumerate(lines, 1):
        at = f"{where}:{lineno}"
        if raw is None:
            seen = True
            yield TooLargeError("line is over the size limit", path=at)
            continue
        try:
            line = _decode_line(raw, lineno, at)
        except InputError as exc:
            seen = True
            yield exc
            continue
        line = line.rstrip("\r\n")
        if not line.strip():
            continue
        seen = True
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield MalformedRecordError(f"invalid JSON: {exc.msg} (column {exc.colno})", path=at)
            continue
        except (RecursionError, ValueError) as exc:
            yield MalformedRecordError(_json_problem(exc), path=at)
            continue
        try:
            yield record_document(record, where=at, default_id=f"{stem}-{lineno}", path=path)
        except InputError as exc:
            yield exc
        except Exception as exc:  # noqa: BLE001 - the record's own error; the next lines go on
            yield MalformedRecordError(f"cannot read record: {type(exc).__name__}: {exc}", path=at)
    if not seen:
        yield EmptyInputError("no JSON records", path=where)


def _decode_line(raw: str | bytes, lineno: int, at: str) -> str:
    if isinstance(raw, str):
        return raw
    if b"\x00" in raw:
        raise BinaryInputError("line holds NUL bytes: binary data, not JSON", path=at)
    try:
        return raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
    except UnicodeDecodeError as exc:
        raise DecodeError(f"not valid UTF-8 (byte 0x{raw[exc.start]:02x} at column {exc.start + 1})",
                          path=at) from None


def _json_problem(exc: Exception) -> str:
    """json.loads' RecursionError or ValueError (not JSONDecodeError) as one short line."""
    if isinstance(exc, RecursionError):
        return "invalid JSON: nested too deeply"
    if "digits" in str(exc):
        return "invalid JSON: an integer of more than 4300 digits"
    return f"invalid JSON: {' '.join(str(exc).split())[:120]}"


def record_document(record: object, *, where: str, default_id: str, path: str | None) -> Document:
    """A Document from one ``{"id", "title", "text", "published", "url", "source"}`` record."""
    if not isinstance(record, dict):
        raise MalformedRecordError(
            f"a record must be a JSON object, not {type(record).__name__}", path=where
        )
    key = next((k for k in TEXT_KEYS if k in record), None)
    if key is None:
        raise EmptyInputError("record has no 'text' field", path=where)
    text = record[key]
    if not isinstance(text, str):
        raise MalformedRecordError(f"field {key!r} must be a string", path=where)
    if not text.strip():
        raise EmptyInputError(f"record's {key!r} is empty", path=where)
    meta = pick_metadata(record, where=where)
    return make_document(text, meta, default_id=default_id, path=path, where=where)

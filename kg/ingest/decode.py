"""Bytes to text, and the stable ids and hashes of documents.

Decoding never normalises newlines or strips whitespace: every offset in `kg`
points into the text exactly as decoded here.
"""

from __future__ import annotations

import codecs
import hashlib
import re
import unicodedata

from kg.errors import BinaryInputError, DecodeError, EmptyInputError

_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_UTF32_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)
# Control characters that never occur in text (tab, newlines, form feed are fine).
_CONTROL = {*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F}
_BINARY_SHARE = 0.10  # more control bytes than this and it is not text


def decode_bytes(data: bytes, *, where: str, fallback: str | None = None) -> str:
    """Decode a file's bytes as UTF-8 (BOM allowed) or BOM-marked UTF-16/32.

    ``fallback`` is an encoding the file itself declares (an HTML ``charset``),
    tried only when the bytes are not UTF-8.  Raises :class:`BinaryInputError`,
    :class:`DecodeError` or :class:`EmptyInputError`.
    """
    if data.startswith(_UTF32_BOMS):  # before UTF-16: the LE BOMs share a prefix
        text = _decode(data, "utf-32", where)
    elif data.startswith(_UTF16_BOMS):
        text = _decode(data, "utf-16", where)
    else:
        if b"\x00" in data:
            raise BinaryInputError("looks like binary data (NUL bytes), not text", path=where)
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            if _control_share(data) > _BINARY_SHARE:
                raise BinaryInputError("looks like binary data, not text", path=where) from None
            text = _try_fallback(data, fallback)
            if text is None:
                raise DecodeError(
                    f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})",
                    path=where,
                ) from None
    if _control_share(text) > _BINARY_SHARE:
        raise BinaryInputError("looks like binary data, not text", path=where)
    if not text.strip():
        raise EmptyInputError("file is empty" if not text else "file holds only whitespace", path=where)
    return text


def _decode(data: bytes, encoding: str, where: str) -> str:
    try:
        return data.decode(encoding)  # the BOM picks the byte order and is dropped
    except UnicodeDecodeError as exc:
        raise DecodeError(f"not valid {encoding.upper()}: {exc.reason}", path=where) from None


def _try_fallback(data: bytes, encoding: str | None) -> str | None:
    if not encoding:
        return None
    try:
        codec = codecs.lookup(encoding)
        if codec.name == "utf-8" or not codec._is_text_encoding:  # "hex", "rot13", ...
            return None
        return data.decode(encoding)
    except (LookupError, UnicodeError, ValueError, TypeError):  # charset="undefined" raises UnicodeError
        return None


def looks_binary(data: bytes) -> bool:
    """True when a sample of bytes holds NULs or more control bytes than text does."""
    return b"\x00" in data[:8192] or _control_share(data) > _BINARY_SHARE


def _control_share(data: bytes | str) -> float:
    """Share of control characters, sampled from the first 8 KiB."""
    sample = data[:8192]
    if not sample:
        return 0.0
    codes = sample if isinstance(sample, bytes) else map(ord, sample)
    return sum(1 for c in codes if c in _CONTROL) / len(sample)


# Characters that show nothing: format controls, fillers, variation selectors, tags.
_VISIBLE = re.compile(
    "[^\\s\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f"
    "\u202a-\u202e\u2060-\u206f\u2800\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufffb"
    "\U000e0000-\U000e0fff\x00-\x1f\x7f-\x9f]"
)


def has_visible_text(text: str) -> bool:
    """False for a text of only whitespace, zero-width or other invisible characters."""
    return _VISIBLE.search(text) is not None


def check_unicode(value: str | None, *, field: str, where: str | None) -> None:
    """Refuse a lone surrogate (``"\\ud800"`` in JSON): no UTF-8 store or hash takes it."""
    if not value:
        return
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise DecodeError(f"field {field!r} is not valid Unicode: lone surrogate "
                          f"U+{ord(value[exc.start]):04X} at offset {exc.start}", path=where) from None


def content_hash(text: str) -> str:
    """sha256 hex of the document text: changes whenever the text does."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def slug(name: str) -> str:
    """A file stem as an id: lowercase ASCII letters, digits, ``-`` and ``_``.

    Accents are folded (``Café`` -> ``cafe``); a name with nothing left is
    replaced by a hash of the name so the id stays stable across runs.
    """
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    cleaned = re.sub(r"[^a-z0-9_-]+", "-", folded.lower()).strip("-")
    return cleaned or "doc-" + hashlib.sha256(name.encode("utf-8", "surrogatepass")).hexdigest()[:12]


_PLAIN_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")


def file_id(stem: str) -> str:
    """A file's document id: its stem if that is already a plain id, else the slug
    plus a hash of the exact stem.

    So ids never collide through folding: ``cafe`` and ``Café`` get ``cafe``
    and ``cafe-<hash>``, ``a-b`` and ``a b`` get ``a-b`` and ``a-b-<hash>``;
    the same name always gets the same id.
    """
    if _PLAIN_ID.fullmatch(stem):
        return stem
    digest = hashlib.sha256(stem.encode("utf-8", "surrogateescape")).hexdigest()[:8]
    base = slug(stem)
    return f"{base}-{digest}" if not base.startswith("doc-") else base

"""The lookup form of names, shared by the gazetteer and its tables (:mod:`kg.extract.regions`)."""

from __future__ import annotations

import unicodedata

__all__ = ["fold", "slug"]


def fold(text: str) -> str:
    """Lookup form: ASCII, lower case, straight quotes, no leading "the", single spaces."""
    if text.isascii():
        text = text.lower().strip()
        if text.startswith("the "):
            text = text[4:]
        return " ".join(text.split()) if "  " in text or "\n" in text or "\t" in text else text
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower().strip()
    if text.startswith("the "):
        text = text[4:]
    return " ".join(text.split())


def slug(text: str) -> str:
    """Key-safe form of a label: "Michelle Bachelet" -> "michelle-bachelet"."""
    out, dash = [], False
    for ch in fold(text):
        if ch.isalnum():
            out.append(ch)
            dash = False
        elif not dash and out and ch != "'" and ch != ".":
            out.append("-")
            dash = True
    return "".join(out).strip("-") or "unnamed"

"""Reading SPARQL text without running it: the query form, FROM, SERVICE, the WHERE brace.

The endpoint must refuse updates and ``SERVICE`` *before* pyoxigraph sees a
query, because pyoxigraph really does send ``SERVICE`` requests over HTTP.
:func:`mask` blanks out comments, string literals and IRIs (keeping every
offset), so a keyword found in what is left is a keyword of the query, not
part of ``<http://example.org/service>`` or ``"select"``. The check is
conservative: it also looks at the text with ``\\uXXXX`` escapes decoded, and
any keyword-shaped ``SERVICE`` refuses the query even where the parser would
have rejected it anyway.
"""

from __future__ import annotations

import re

__all__ = [
    "QUERY_FORMS",
    "UPDATE_FORMS",
    "has_from",
    "has_service",
    "mask",
    "query_form",
    "where_brace",
]

QUERY_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
UPDATE_FORMS = ("INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY",
                "WITH")

_MASKED = re.compile(
    r"""
      \#[^\n\r]*                                   # comment to end of line
    | \"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"          # long strings
    | '''(?:[^'\\]|\\.|'(?!''))*'''
    | "(?:[^"\\\n\r]|\\.)*"                        # short strings
    | '(?:[^'\\\n\r]|\\.)*'
    | <[^<>"{}|^`\\\x00-\x20]*>                     # IRI reference
    """,
    re.VERBOSE | re.DOTALL,
)
_UNICODE_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def _keyword(words: str) -> re.Pattern[str]:
    # Not part of a prefixed name (kg:select, select:x), a variable (?service) or a longer
    # word; anything else around it counts, so `.SERVICE` and `}SERVICE` are found too.
    return re.compile(rf"(?<![\w:?$]){words}(?![\w:])", re.IGNORECASE)


_FORM = _keyword("(" + "|".join(QUERY_FORMS + UPDATE_FORMS) + ")")
_SERVICE = _keyword("SERVICE")
_FROM = _keyword("FROM")
_WHERE = _keyword("WHERE")


def mask(text: str) -> str:
    """``text`` with comments, strings and IRIs replaced by spaces (same length)."""
    return _MASKED.sub(lambda m: " " * len(m.group(0)), text)


def _unescape(text: str) -> str:
    def decode(m: re.Match[str]) -> str:
        code = int(m.group(1) or m.group(2), 16)
        return chr(code) if code <= 0x10FFFF else m.group(0)

    return _UNICODE_ESCAPE.sub(decode, text)


def query_form(text: str) -> str | None:
    """The first query or update keyword, upper-cased (``SELECT``, ``INSERT``...), or None."""
    found = _FORM.search(mask(text))
    return found.group(1).upper() if found else None


def has_service(text: str) -> bool:
    """Whether the text holds the ``SERVICE`` keyword outside strings, IRIs and comments."""
    return any(_SERVICE.search(mask(t)) for t in {text, _unescape(text)})


def has_from(text: str) -> bool:
    """Whether the query picks its own dataset with ``FROM`` (or ``FROM NAMED``)."""
    return _FROM.search(mask(text)) is not None


def where_brace(text: str) -> int | None:
    """Offset just after the ``{`` that opens the query's WHERE clause, or None.

    The keyword ``WHERE`` is optional in SPARQL; for ``SELECT``/``ASK``/
    ``DESCRIBE`` queries without it the first ``{`` after the form is used.
    """
    masked = mask(text)
    found = _WHERE.search(masked)
    if found is None:
        found = _FORM.search(masked)
        if found is None or found.group(1).upper() == "CONSTRUCT":
            return None
    brace = masked.find("{", found.end())
    return None if brace < 0 else brace + 1

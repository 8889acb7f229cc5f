"""Words a regular expression needs: a cheap test that it cannot match a text.

The parse tree of a pattern gives, for each part, the strings it can match when they
are few (exact), and a set of words one of which any match contains (needed). A
sequence joins the exact strings of neighbouring parts; an alternation needs a word
from each branch. Words from a case-insensitive part are compared case-folded. The
timex rules use it to skip a pattern on a text that holds none of its words.
"""

from __future__ import annotations

import re

try:  # the parser of the re module (private; Python 3.11 renamed it)
    from re import _constants as _C, _parser as _P
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _C  # type: ignore[no-redef]
    import sre_parse as _P  # type: ignore[no-redef]

# The characters other than A-Z/a-z that an (?i) ASCII letter matches; str.lower() keeps them.
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
_EMPTY = frozenset({("", True)})  # (string, compared as written)
_MAX_STRINGS = 64
_REPEATS = tuple(op for op in (_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", None)) if op)


def fold_case(text: str) -> str:
    """The text as an (?i) pattern sees it, for needed words: lower case, and the four
    non-ASCII characters that match an ASCII letter (İ ı ſ K) replaced by it."""
    if any(c in text for c in "\u0130\u0131\u017f\u212a"):
        text = text.translate(_FOLD)
    return text.lower()


def needed_words(regex: re.Pattern) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """(words as written, case-folded words): every match of ``regex`` contains one; None
    if the pattern has no such words (of three characters or more) that this analysis finds."""
    try:
        tree = _P.parse(regex.pattern, regex.flags)
        _exact, needed = _sequence(list(tree), bool(regex.flags & re.IGNORECASE))
    except Exception:  # noqa: BLE001 - an unforeseen pattern is simply not tested
        return None
    if needed is None:
        return None
    return (tuple(sorted(w for w, written in needed if written)),
            tuple(sorted(fold_case(w) for w, written in needed if not written)))


def _sequence(items: list, icase: bool) -> tuple[frozenset | None, frozenset | None]:
    """(exact strings or None, needed words or None) of a concatenation of parse items."""
    options: list = []
    run, whole = _EMPTY, True  # the exact strings of the latest run of exact parts
    for op, av in items:
        exact, needed = _part(op, av, icase)
        options += [needed, exact]
        if exact is not None and len(run) * len(exact) <= _MAX_STRINGS:
            run = frozenset((a + b, wa and wb) for a, wa in run for b, wb in exact)
            continue
        whole = False
        options.append(run)
        run = exact if exact is not None else _EMPTY
    options.append(run)
    return (run if whole else None), _best(options)


def _part(op, av, icase: bool) -> tuple[frozenset | None, frozenset | None]:
    if op is _C.LITERAL:
        return (None if icase and av > 127 else frozenset({(chr(av), not icase)})), None
    if op is _C.IN:
        if len(av) <= 4 and all(o is _C.LITERAL and not (icase and v > 127) for o, v in av):
            return frozenset((chr(v), not icase) for _o, v in av), None
        return None, None
    if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
        return _EMPTY, None  # consumes nothing: the strings around it stay adjacent
    if op is _C.SUBPATTERN:
        _group, add, remove, sub = av
        return _sequence(list(sub), (icase or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE)
    if op is getattr(_C, "ATOMIC_GROUP", None):
        return _sequence(list(av), icase)
    if op is _C.BRANCH:
        parts = [_sequence(list(branch), icase) for branch in av[1]]
        exact = None
        if all(e is not None for e, _n in parts):
            exact = frozenset().union(*(e for e, _n in parts))
            exact = exact if len(exact) <= _MAX_STRINGS else None
        needed = [_best([n, e]) for e, n in parts]
        return exact, (None if any(n is None for n in needed) else frozenset().union(*needed))
    if op in _REPEATS:
        low, high, sub = av
        exact, needed = _sequence(list(sub), icase)
        if exact is not None and low in (0, 1) and high == 1:
            return (exact | _EMPTY if low == 0 else exact), (needed if low else None)
        return None, (_best([needed, exact]) if low >= 1 else None)
    return None, None  # any character, a category, a back reference: no words


def _score(words: frozenset) -> int:
    """How rare the commonest word is, roughly: its length without spaces (+2 if compared
    as written); a space alone is in every text, so it is no test."""
    return min(len(w.replace(" ", "")) + 2 * written for w, written in words)


def _best(options: list) -> frozenset | None:
    """The fewest words among the rarest sets (words of six letters count as rare enough).
    A set holding the empty string (score 2) is no test and never chosen."""
    usable = [_minimal(o) for o in options if o and _score(o) >= 3]
    return max(usable, key=lambda o: (min(_score(o), 6), -len(o))) if usable else None


def _minimal(words: frozenset) -> frozenset:
    """Without the words that contain another of the set: the test stays the same."""
    kept = set(words)
    for w, written in words:
        for v, v_written in words:
            if (v, v_written) != (w, written) and (v, v_written) in kept and len(v) <= len(w) and (
                    (not v_written and fold_case(v) in fold_case(w)) or (v_written and written and v in w)):
                kept.discard((w, written))
                break
    return frozenset(kept)


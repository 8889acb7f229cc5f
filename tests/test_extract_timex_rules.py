"""The timex rules' scan: the words a pattern needs, and line-by-line scanning.

Both only skip work: a rule scanned over the lines that hold one of its words must
find exactly what a scan of the whole text finds.
"""

from __future__ import annotations

import re

from kg.extract.regex_words import fold_case, needed_words
from kg.extract.timex_rules import RULES, line_bounds

STORY = (
    "MANILA, 3 March 1998 (Wire) - Talks resumed on Tuesday.\n"
    "\n"
    "Yesterday the envoy left; he returns next week, twice a month until spring 1999.\n"
    "Officials met every Friday at 10:30 a.m. for the past three years, since the '80s.\n"
    "The first quarter of last year\n"
    "was weak. Q3 2001, FY2002 and 12/04/1997 were not.\n"
    "noon\n"
    "In 1996-1997 the 20th century ended; Christmas Day came on 25 December, Thursday"
)


def whole_text_matches(text: str) -> list[tuple[str, tuple[int, int]]]:
    return [(rule.name, m.span()) for rule in RULES for m in rule.regex.finditer(text)]


def scanned_matches(text: str) -> list[tuple[str, tuple[int, int]]]:
    folded, lines = fold_case(text), line_bounds(text)
    return [(rule.name, m.span()) for rule in RULES for m in rule.scan(text, folded, lines)]


def test_line_scan_finds_what_a_whole_text_scan_finds():
    expected = whole_text_matches(STORY)
    assert len({name for name, _span in expected}) >= 12  # the story exercises many rules
    assert scanned_matches(STORY) == expected


def test_line_scan_keeps_expressions_at_the_edges_of_lines():
    text = "Friday\nthe day before yesterday\n1997\nlast night"
    names = {name for name, _span in scanned_matches(text)}
    assert {"weekday", "deictic", "year", "this_pod"} <= names
    assert scanned_matches(text) == whole_text_matches(text)


def test_line_bounds_leave_newlines_out():
    assert line_bounds("ab\n\ncd") == [(0, 2), (3, 3), (4, 6)]


def test_a_space_is_no_needed_word():
    """Every text has spaces: a pattern whose only literal is a space has no test."""
    written, folded = needed_words(re.compile(r"\b(?i:a|every)[ ](?:\d+[ ])?(?i:day|week)\b"))
    assert not any(w.strip() == "" for w in written + folded)
    assert set(folded) == {"day", "week"}


def test_a_rule_with_none_of_its_words_is_skipped():
    every = next(rule for rule in RULES if rule.name == "set")
    text = "The minister spoke at length to a crowd."
    assert not every.may_match(text, fold_case(text))
    text = "The minister spoke once a week."
    assert every.may_match(text, fold_case(text))

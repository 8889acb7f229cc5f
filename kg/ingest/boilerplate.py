"""Recognise web-page boilerplate in article text, by general heuristics.

Nothing is cut: :func:`find_boilerplate` returns :class:`~kg.model.RemovedSpan`
offsets into the text as given, so extractors can skip those stretches while
every other offset stays valid.

The rules combine lexicons of phrases used across many news sites (navigation,
sign-up and comment prompts, disclaimers, teaser headings) with the shape and
position of a line: menus and section labels are short lines without sentence
punctuation at the top or bottom; disclaimers and credits close the text;
teaser sections run from a "You may also like"-style heading, or a run of
paragraphs cut off with an ellipsis, to the end.  A line that is neither in a
lexicon nor in those positions is kept, so headlines, bylines and quoted tweet
attributions in the body survive.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.ingest import lexicon as lx
from kg.ingest.lexicon import normalise
from kg.model import RemovedSpan

NAVIGATION = "navigation"
SIGN_UP = "sign-up"
COMMENTS = "comments"
SOCIAL = "social"
ADVERTISEMENT = "advertisement"
SECTION_LABEL = "section-label"
DISCLAIMER = "disclaimer"
CREDITS = "credits"
COPYRIGHT = "copyright"
TEASERS = "teasers"
AUDIO = "audio-prompt"

STRONG_TAIL_FROM = 0.4  # a strong teaser heading this far into the text ends the article
MAX_CLOSING_LINES = 4  # disclaimers and credits are looked for among the last lines


@dataclass
class _Line:
    start: int  # offsets of the line without surrounding whitespace
    end: int
    text: str
    norm: str  # lowercase words only, for lexicon look-ups
    words: int
    reason: str | None = None


_LINE = re.compile(r"[^\r\n]+")
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*$")
_ELLIPSIS_END = re.compile(r"(\.\s?\.\s?\.|…)[\"”’')\]]*$")
_QUOTES = re.compile(r"[\"“”]")
_DIGIT = re.compile(r"\d")


def find_boilerplate(text: str) -> tuple[RemovedSpan, ...]:
    """Spans of ``text`` that are page furniture rather than article content."""
    lines = _split(text)
    if not lines:
        return ()
    for line in lines:
        line.reason = _anywhere(line)
    _mark_tail(lines, len(text))
    _mark_closing(lines)
    _mark_edges(lines)
    spans = [RemovedSpan(x.start, x.end, x.reason) for x in lines if x.reason]
    spans += [span for x in lines if not x.reason for span in _prefix(x)]
    return _merge(sorted(spans, key=lambda s: s.start), text)


def _split(text: str) -> list[_Line]:
    out = []
    for m in _LINE.finditer(text):
        raw = m.group()
        stripped = raw.strip()
        if not stripped:
            continue
        start = m.start() + (len(raw) - len(raw.lstrip()))
        end = start + len(stripped)
        out.append(_Line(start, end, stripped, normalise(stripped), len(stripped.split())))
    return out


# --- rules that hold wherever the line is ---------------------------------


def _anywhere(line: _Line) -> str | None:
    """Lines that are never article content, wherever they appear."""
    norm, words = line.norm, line.words
    if not norm:  # only symbols: "***", "|", "•"
        return NAVIGATION if words <= 3 else None
    for reason, exact in lx.EXACT:
        if norm in exact:
            return reason
    if words <= 30 and lx.COMMENT_PREFIX.match(norm):
        return COMMENTS
    if words <= 12 and (lx.READING_TIME.match(norm) or lx.TAGS_LINE.match(line.text)):
        return NAVIGATION
    if words <= 40 and not _QUOTES.search(line.text) and _is_sign_up(norm):
        return SIGN_UP
    if words <= 40 and lx.COOKIES.search(norm):
        return NAVIGATION
    if words <= 30 and lx.INLINE_TEASER.match(line.text):
        return TEASERS
    return None


def _is_sign_up(norm: str) -> bool:
    if lx.SIGN_UP_ANYWHERE.search(norm):
        return True
    return bool(lx.SIGN_UP_START.match(norm) and lx.SIGN_UP_NOUN.search(norm))


def _prefix(line: _Line) -> list[RemovedSpan]:
    """A prompt glued to the start of a real paragraph ("Listen to this article …")."""
    m = lx.AUDIO_PREFIX.match(line.text)
    if m and m.end() < len(line.text):
        return [RemovedSpan(line.start, line.start + len(m.group().rstrip()), AUDIO)]
    return []


# --- the trailing teaser section ------------------------------------------


def _is_content(line: _Line) -> bool:
    """A paragraph of running prose (not a label, heading or teaser)."""
    if line.reason or _ELLIPSIS_END.search(line.text):
        return False
    return line.words >= 15 or (line.words >= 8 and bool(_SENTENCE_END.search(line.text)))


def _teaserish(line: _Line) -> bool:
    """Shaped like a teaser: already boilerplate, cut off with "...", or a bare headline."""
    if line.reason or _ELLIPSIS_END.search(line.text):
        return True
    return line.words <= 14 and not _SENTENCE_END.search(line.text)


def _article_like(line: _Line) -> bool:
    return line.words >= 20 and not _teaserish(line) and bool(_SENTENCE_END.search(line.text))


def _mark_tail(lines: list[_Line], length: int) -> None:
    """From a teaser heading, or a final run of "..." teasers, to the end is teasers."""
    cut = None
    first = next((i for i, x in enumerate(lines) if _is_content(x)), len(lines))
    for i in range(first + 1, len(lines)):
        line = lines[i]
        strong = _is_heading(line, lx.STRONG_TAIL_HEADING)
        if not strong and not _is_heading(line, lx.WEAK_TAIL_HEADING):
            continue
        rest = lines[i + 1 :]
        if all(_teaserish(x) for x in rest):
            cut = i
        elif strong and line.start >= STRONG_TAIL_FROM * length:
            prose = sum(_article_like(x) for x in rest)
            cut = i if prose * 2 < len(rest) else None
        if cut is not None:
            break
        if strong:  # a teaser heading inside the article: only the heading goes
            line.reason = line.reason or SECTION_LABEL
    run = _ellipsis_run(lines)
    if run is not None and (cut is None or run < cut):
        cut = run
    if cut is not None:
        for line in lines[cut:]:
            line.reason = line.reason or TEASERS


def _is_heading(line: _Line, pattern: re.Pattern[str]) -> bool:
    return line.words <= 8 and not _SENTENCE_END.search(line.text.rstrip(":")) and bool(
        pattern.match(line.norm)
    )


def _ellipsis_run(lines: list[_Line]) -> int | None:
    """Start of a closing run of >= 2 paragraphs cut off with "...", with labels between."""
    start, count = None, 0
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i]
        if _ELLIPSIS_END.search(line.text) and line.words >= 5:
            start, count = i, count + 1
        elif line.reason or (line.words <= 4 and not _SENTENCE_END.search(line.text)):
            continue
        else:
            break
    return start if count >= 2 else None


# --- closing lines and the top/bottom edges -------------------------------


def _mark_closing(lines: list[_Line]) -> None:
    """Disclaimers, credits and copyright among the last lines of the article."""
    seen = 0
    for line in reversed(lines):
        if line.reason:
            continue
        reason = _closing_reason(line)
        if reason is None or seen >= MAX_CLOSING_LINES:
            return
        line.reason = reason
        seen += 1


def _closing_reason(line: _Line) -> str | None:
    if line.words <= 80 and lx.DISCLAIMER.search(line.norm):
        return DISCLAIMER
    if line.words <= 30 and lx.CREDITS.search(line.text):
        return CREDITS
    if line.words <= 6 and lx.WIRE_CREDIT.match(line.text):
        return CREDITS
    if line.words <= 40 and lx.COPYRIGHT.search(line.text.lower()):
        return COPYRIGHT
    return None


def _mark_edges(lines: list[_Line]) -> None:
    """Labels, menus and disclaimers before the first / after the last paragraph."""
    content = [i for i, x in enumerate(lines) if _is_content(x)]
    if content:
        top, bottom = range(content[0]), range(content[-1] + 1, len(lines))
    else:
        top, bottom = range(len(lines)), range(0)
    for i in top:
        line = lines[i]
        # A headline has no full stop, so "Figures do not necessarily reflect ..." stays.
        if line.reason is None and _SENTENCE_END.search(line.text) and _closing_reason(line) == DISCLAIMER:
            line.reason = DISCLAIMER
    for region in (top, bottom):
        for i in region:
            line = lines[i]
            if line.reason is None and line.words <= 4 and line.norm in lx.SECTION_LABELS:
                line.reason = SECTION_LABEL
            elif line.reason is None and _is_menu_line(line):
                line.reason = NAVIGATION
            elif line.reason is None and line.words <= 6 and line.norm in lx.FOOTER:
                line.reason = NAVIGATION
        _mark_menu_runs([lines[i] for i in region])


def _is_menu_line(line: _Line) -> bool:
    """``Home | World | Asia`` or ``News > World > Asia``: >= 3 short items."""
    items = [x.strip() for x in lx.MENU_SEPARATOR.split(line.text)]
    return len(items) >= 3 and all(0 < len(x.split()) <= 3 for x in items)


def _mark_menu_runs(region: list[_Line]) -> None:
    """Three or more short label-like lines in a row are a menu.

    Lines already marked may sit inside the run but do not count towards the
    three, so one short subheading beside a "Share" button is left alone.
    """
    run: list[_Line] = []
    for line in [*region, None]:
        if line is not None and _menu_item(line):
            run.append(line)
            continue
        if sum(item.reason is None for item in run) >= 3:
            for item in run:
                item.reason = item.reason or NAVIGATION
        run = []


def _menu_item(line: _Line) -> bool:
    if line.reason:
        return True
    return (
        line.words <= 3
        and not _SENTENCE_END.search(line.text)
        and not _DIGIT.search(line.text)
        and not line.norm.startswith("by ")
    )


def _merge(spans: list[RemovedSpan], text: str) -> tuple[RemovedSpan, ...]:
    """Join neighbouring spans of the same reason separated only by whitespace."""
    out: list[RemovedSpan] = []
    for span in spans:
        if out and out[-1].reason == span.reason and not text[out[-1].end : span.start].strip():
            out[-1] = RemovedSpan(out[-1].start, max(out[-1].end, span.end), span.reason)
        else:
            out.append(span)
    return tuple(out)

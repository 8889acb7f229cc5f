"""Dating an event: the temporal expression attached to its trigger, else the sentence's.

Only calendar values become event dates (YYYY, YYYY-MM, YYYY-MM-DD, or a
time's day). Expressions under "since", "until", "before" ... bound an event
rather than date it and are skipped. A duration attached to the trigger
("a six-day visit") becomes a span when the event has an end date.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from kg.extract.lexicon import NON_DATE_PREPS
from kg.model import TimeExpression, TimeSpan

CALENDAR = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
DURATION_DAYS = re.compile(r"^P(\d+)D$")


def calendar_value(value: str) -> str | None:
    """The calendar part of a TIMEX3 value at its precision, or None."""
    m = CALENDAR.match(value or "")
    if not m:
        return None
    return "-".join(p for p in m.groups() if p)


class EventDater:
    """Attaches temporal expressions of one parsed document to triggers."""

    def __init__(self, doc, timexes: list[TimeExpression]) -> None:
        self.doc = doc
        self.by_head: dict[int, list[TimeExpression]] = {}
        self.by_sentence: dict[int, list[tuple[int, TimeExpression]]] = {}
        for tx in timexes:
            span = doc.char_span(tx.start, tx.end, alignment_mode="expand")
            if span is None:
                continue
            root = span.root
            if _bounding(root):
                continue
            head = _governor(root)
            self.by_head.setdefault(head.i, []).append(tx)
            self.by_sentence.setdefault(tx.sentence, []).append((head.i, tx))

    def attached(self, trigger) -> list[TimeExpression]:
        """Expressions attached to the trigger, or to the light verb carrying a noun trigger."""
        found = list(self.by_head.get(trigger.i, []))
        if not found and trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("dobj", "nsubj", "nsubjpass"):
            found = list(self.by_head.get(trigger.head.i, []))
        return found

    def date_of(self, trigger, sentence: int, *, anchor: str | None,
                communicative: bool) -> TimeSpan | None:
        """The event's date: attached expression, else sentence's, else inferred from the anchor."""
        attached = self.attached(trigger)
        duration = next((t for t in attached if t.type == "DURATION"), None)
        for tx in attached:
            value = calendar_value(tx.value) if tx.type in ("DATE", "TIME") else None
            if value:
                return _with_duration(TimeSpan(value=value, text=tx.text, start=tx.start,
                                               end_char=tx.end), duration)
        above = {a.i for a in trigger.ancestors}
        for head, tx in self.by_sentence.get(sentence, []):
            if head not in above:
                continue  # dates another clause or noun: "X, who lost the 2022 election, denied"
            value = calendar_value(tx.value) if tx.type in ("DATE", "TIME") else None
            if value and communicative and anchor and value > anchor[:len(value)]:
                continue  # "X will visit next month, Y said": the saying is not next month
            if value:
                return TimeSpan(value=value, text=tx.text, start=tx.start, end_char=tx.end)
        if anchor and communicative:
            return TimeSpan(value=anchor, inferred=True)
        if anchor and _past(trigger):
            return TimeSpan(value=anchor[:7], inferred=True)
        return None


def _with_duration(span: TimeSpan, duration: TimeExpression | None) -> TimeSpan:
    """A day-precise end and a duration in days give the begin day; precision follows both."""
    if duration is None:
        return span
    m = DURATION_DAYS.match(duration.value)
    end_day = span.end or (span.value if span.value and len(span.value) == 10 else None)
    if not m or not end_day:
        return span
    end = date.fromisoformat(end_day)
    begin = end - timedelta(days=int(m.group(1)) - 1)
    common = span.value if span.value and len(span.value) < 10 else (
        end_day[:7] if begin.strftime("%Y-%m") == end_day[:7] else end_day[:4])
    return TimeSpan(value=common, begin=begin.isoformat(), end=end_day, inferred=span.inferred,
                    text=span.text, start=span.start, end_char=span.end_char)


def _bounding(root) -> bool:
    """True when the expression bounds rather than dates: 'since 2005', 'ahead of May'."""
    tok = root
    for _ in range(3):
        if tok.dep_ in ("pobj", "pcomp") and tok.head.lower_ in NON_DATE_PREPS:
            return True
        if tok.dep_ not in ("pobj", "pcomp", "prep"):
            return False
        tok = tok.head
    return False


def _governor(root):
    """The word a temporal expression modifies: its head, climbing over a preposition."""
    if root.dep_ == "pobj" and root.head.dep_ == "prep":
        return root.head.head
    return root.head


def _past(trigger) -> bool:
    """Past or perfect tense of the trigger's clause; noun triggers count as past reports."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else None
    if verb is None:
        return trigger.pos_ in ("NOUN", "PROPN")
    if verb.tag_ == "VBD":
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP")
               and c.lemma_ in ("have", "be") for c in verb.children) and verb.tag_ == "VBN"

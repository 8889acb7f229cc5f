"""Dating an event: the temporal expression attached to its trigger, else the sentence's.

Only calendar values become event dates (YYYY, YYYY-MM, YYYY-MM-DD, or a
time's day); a TIMEX3 week ("2001-W10") becomes a begin/end span whose value is
the month or year holding it, since kg:date has no week precision. Expressions
under "since", "until", "before" ... bound an event rather than date it and are
skipped. A duration attached to the trigger ("a six-day visit") becomes a span.
An undated past event of a dated story is that day's news: it takes the news day
(the lead's own day, else the one day before publication its story dates, else the
publication day), marked inferred. A noun that is
no single occasion ("his recent trip", "the visits") or spans days takes only the
month.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from kg.extract.dates import fronted_to_main
from kg.extract.lexicon import NON_DATE_PREPS
from kg.extract.modality import modality_of
from kg.model import ASSERTED, TimeExpression, TimeSpan

CALENDAR = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
DURATION_DAYS = re.compile(r"^P(\d+)D$")
WEEK = re.compile(r"^(\d{4})-W(\d{2})(-WE)?$")
# Verbs whose date is the first day of the span they govern: "began a four-day visit on Monday".
OPENING_VERBS = frozenset({"begin", "start", "open", "kick", "launch", "arrive", "embark"})
RELATIVE_MARKS = frozenset({"after", "before", "since", "until", "till", "once", "when", "while"})
VAGUE_ADJECTIVES = frozenset({"recent", "previous", "earlier", "past", "last", "former", "frequent",
                              "regular", "repeated", "several", "many"})
JOURNEY_NOUNS = frozenset({"visit", "trip", "tour", "stay", "journey", "mission", "sojourn"})
ONE_OCCASION_PLURALS = frozenset({"talk", "discussion", "negotiation", "consultation", "conversation"})
BACKGROUND = frozenset({"previously", "formerly", "once", "earlier", "already", "long"})
NEWS_DAY_WORDS = re.compile(r"\b(yesterday|last night|overnight|monday|tuesday|wednesday|thursday|friday|"
                            r"saturday|sunday)\b", re.I)
LEAD_FOLLOWERS = 2  # sentences after an undated lead that may give the news its day
STORY_SENTENCES = 4  # sentences after a lead with no date at all whose days may all agree
LEAD_PRONOUNS = frozenset({"he", "she", "it"})
TERMINAL = re.compile(r"[.!?][\"'’”)]*\s*$")


def calendar_value(value: str) -> str | None:
    """The calendar part of a TIMEX3 value at its precision, or None."""
    m = CALENDAR.match(value or "")
    if not m:
        return None
    return "-".join(p for p in m.groups() if p)


class EventDater:
    """Attaches temporal expressions of one parsed document to triggers."""

    def __init__(self, doc, timexes: list[TimeExpression], *, anchor: str | None = None) -> None:
        self.doc = doc
        self.by_head: dict[int, list[TimeExpression]] = {}
        self.by_sentence: dict[int, list[tuple[int, TimeExpression]]] = {}
        self.by_last: dict[int, TimeExpression] = {}  # a span's last token -> the expression
        for tx in timexes:
            span = doc.char_span(tx.start, tx.end, alignment_mode="expand")
            if span is None:
                continue
            root = span.root
            self.by_last[span[-1].i] = tx
            if _bounding(root):
                continue
            head = _governor(root)
            head = fronted_to_main(head, root)
            after = span[-1].i + 1
            if after < len(doc) and doc[after].pos_ == "VERB" and doc[after].tag_ in ("VBD", "VBZ", "VBP") \
                    and head.pos_ in ("NOUN", "PROPN") and head.head.i == after:
                head = doc[after]  # "Minister X on Friday met Y", the date hung on the subject
            self.by_head.setdefault(head.i, []).append(tx)
            self.by_sentence.setdefault(tx.sentence, []).append((head.i, tx))
        # day dates in text order: "the same day" is the last of them before its sentence
        self.days = sorted((tx.start, calendar_value(tx.value)) for tx in timexes if tx.type in ("DATE", "TIME")
                           and len(calendar_value(tx.value) or "") == 10)
        self.lead_start = _lead_start(doc)
        lead = doc[self.lead_start].sent if self.lead_start >= 0 else None
        # the lead's date, of its main verb if it has one ("X, met on Wednesday night, was
        # praised yesterday"): only it can name the story's news day
        in_lead = [tx for tx in timexes if lead is not None and tx.type in ("DATE", "TIME")
                   and lead.start_char <= tx.start < lead.end_char]
        main = [tx for tx in self.by_head.get(lead.root.i, []) if tx in in_lead] if lead is not None else []
        self.lead_date = (main or in_lead or [None])[0]
        if lead is not None and not any(NEWS_DAY_WORDS.search(tx.text) for tx in in_lead):
            self.lead_date = self._day_told_after(lead, timexes) or self.lead_date \
                or self._day_of_the_story(lead, timexes, anchor)

    def _day_told_after(self, lead, timexes: list[TimeExpression]) -> TimeExpression | None:
        """An undated lead ("X has accused Y of ...") is the news the next sentences date: the
        first weekday or "yesterday" said of a past verb in the two sentences after it, whose
        subject is the lead's ("Mr. X told a rally on Thursday", "He said on Friday"); a day
        said of someone else is background ("On Monday, Y met Z")."""
        actors = {c.text.lower() for c in lead.root.children if c.dep_ in ("nsubj", "nsubjpass")}
        if not actors:
            return None
        for tx, verb in self._news_days_after(lead, timexes, LEAD_FOLLOWERS):
            if _past(verb) and modality_of(verb) == ASSERTED and any(
                    c.dep_ in ("nsubj", "nsubjpass") and (c.text.lower() in actors or c.lower_ in LEAD_PRONOUNS)
                    for c in verb.children):
                return tx
        return None

    def _day_of_the_story(self, lead, timexes: list[TimeExpression], anchor: str | None) -> TimeExpression | None:
        """A lead with no date at all in a story that then dates what was done the day before
        publication, and no other day ("Speaking at the university yesterday, the minister
        said", "They met on Friday" in Saturday's paper): the news is of that day, as a
        paper's news is of the day before. An older day is background ("On Monday, X met Y")."""
        if anchor is None or len(anchor) != 10:
            return None
        eve = (date.fromisoformat(anchor) - timedelta(days=1)).isoformat()
        said = []
        for tx, word in self._news_days_after(lead, timexes, STORY_SENTENCES):
            verb = _beyond_fronted_participle(word)
            if _past(verb) and not _background(verb) and modality_of(verb) == ASSERTED:
                said.append(tx)
        return said[0] if {calendar_value(tx.value) for tx in said} == {eve} else None

    def _news_days_after(self, lead, timexes: list[TimeExpression], count: int):
        """(expression, the word it modifies) for each weekday or "yesterday" of the ``count``
        sentences after the lead, in text order."""
        sentences = []
        for sent in self.doc[lead.end:].sents if lead.end < len(self.doc) else ():
            sentences.append(sent)
            if len(sentences) == count:
                break
        for sent in sentences:
            for tx in timexes:
                if tx.type in ("DATE", "TIME") and sent.start_char <= tx.start < sent.end_char \
                        and NEWS_DAY_WORDS.search(tx.text):
                    span = self.doc.char_span(tx.start, tx.end, alignment_mode="expand")
                    if span is not None:
                        yield tx, _governor(span.root)

    def news_day(self, anchor: str) -> str:
        """The day the story reports: the lead's own relative day ("said yesterday", "on
        Saturday") when it is one of the week before publication, else the publication day."""
        tx = self.lead_date
        if tx is None or len(anchor) != 10 or not NEWS_DAY_WORDS.search(tx.text):
            return anchor  # "on November 29" may be background; the news day is said relatively
        value = calendar_value(tx.value)
        published = date.fromisoformat(anchor)
        if value and len(value) == 10 and timedelta(0) < published - date.fromisoformat(value) <= timedelta(days=6):
            return value
        return anchor

    def attached(self, trigger) -> list[TimeExpression]:
        """Expressions attached to the trigger, or to the light verb carrying a noun trigger."""
        found = list(self.by_head.get(trigger.i, []))
        if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("dobj", "nsubj", "nsubjpass"):
            found += self.by_head.get(trigger.head.i, [])  # "four-day" on the noun, "Monday" on the verb
        verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
        when = next((c for c in verb.children if c.dep_ == "advmod" and c.lower_ == "when" and c.i < verb.i), None)
        if when is not None:  # "since last July, when they held a summit": the clause is that date's
            before = when.i - 1 - (when.i > 0 and self.doc[when.i - 1].text == ",")
            if before in self.by_last:
                found.append(self.by_last[before])
        return found

    def relative_day(self, trigger, anchor: str | None) -> TimeSpan | None:
        """'Earlier in the day', 'the next day', 'had held talks a day earlier': the story's news
        day moved by the offset the clause gives."""
        told = day_offset(trigger)
        if told is None or anchor is None or len(anchor) != 10:
            return None
        offset, day_before = told
        if day_before:  # "late the same day": the day the sentences before named
            before = [day for start, day in self.days if start < trigger.sent.start_char]
            return TimeSpan(value=before[-1]) if before else TimeSpan(value=self.news_day(anchor), inferred=True)
        day = date.fromisoformat(self.news_day(anchor)) + timedelta(days=offset)
        return TimeSpan(value=day.isoformat(), inferred=True)

    def date_of(self, trigger, sentence: int, *, anchor: str | None,
                communicative: bool) -> TimeSpan | None:
        """The event's date: attached expression, else sentence's, else inferred from the anchor."""
        relative = self.relative_day(trigger, anchor)
        if relative is not None:
            return relative
        attached = self.attached(trigger)
        duration = next((t for t in attached if t.type == "DURATION"), None)
        past = communicative or _past(trigger)
        for tx in attached:
            span = _span_of(tx, anchor if past else None)
            if span:
                return _with_duration(span, duration, opening=_opening(trigger, tx, self.doc))
        above = {a.i for a in trigger.ancestors}
        for head, tx in self.by_sentence.get(sentence, []):
            if head not in above:
                continue  # dates another clause or noun: "X, who lost the 2022 election, denied"
            if modality_of(self.doc[head]) != modality_of(trigger):
                continue  # "arrived on Monday and will meet Y": the plan is not dated Monday
            span = _span_of(tx, anchor if past else None)
            first = span and (span.begin or span.value)
            if first and communicative and anchor and first > anchor[:len(first)]:
                continue  # "X will visit next month, Y said": the saying is not next month
            if span:  # "returned on Wednesday after a three-day visit": the visit's last day
                return _with_duration(span, duration, opening=_opening(trigger, tx, self.doc))
        news = not _relative(trigger) and (
            (trigger.sent.start < self.lead_start and trigger.tag_ in ("VBZ", "VBP"))  # headline
            or (trigger.sent.start <= self.lead_start and (_past(trigger) or _current(trigger))))
        if anchor and _background(trigger):
            return None  # "had met", "previously said": before the news, by how much unknown
        if not news and duration is None and _past(trigger) and not _relative(trigger) and not _vague(trigger):
            news = True  # "Mesic met Marovic" in a story of the day: that day, still inferred
        if anchor and (communicative or news):
            return TimeSpan(value=self.news_day(anchor), inferred=True)  # the day's news
        if anchor and _past(trigger):
            return TimeSpan(value=anchor[:7], inferred=True)
        return None


def _beyond_fronted_participle(verb):
    """The verb a fronted participle's day is said of: "Speaking ... on Friday, X said"."""
    if verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.i < verb.head.i:
        return verb.head
    return verb


def _span_of(tx: TimeExpression, anchor: str | None) -> TimeSpan | None:
    """A calendar date or week as a span; a past event's current week ends at the anchor."""
    if tx.type not in ("DATE", "TIME"):
        return None
    week = WEEK.match(tx.value or "")
    if week is None:
        value = calendar_value(tx.value)
        return TimeSpan(value=value, text=tx.text, start=tx.start, end_char=tx.end) if value else None
    monday = date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1)
    begin, end = (monday + timedelta(days=5), monday + timedelta(days=6)) if week.group(3) else (
        monday, monday + timedelta(days=6))
    if anchor and len(anchor) == 10 and begin <= date.fromisoformat(anchor) < end:
        end = date.fromisoformat(anchor)  # "visited ... this week": not after the story
    return TimeSpan(value=_common(begin, end), begin=begin.isoformat(), end=end.isoformat(),
                    text=tx.text, start=tx.start, end_char=tx.end)


def _common(begin: date, end: date) -> str:
    """The finest calendar unit holding both days."""
    if begin == end:
        return begin.isoformat()
    return begin.strftime("%Y-%m") if begin.strftime("%Y-%m") == end.strftime("%Y-%m") else str(begin.year)


def _opening(trigger, tx: TimeExpression, doc) -> bool:
    """Whether the date marks the span's first day: it hangs on "began", "arrived for" ..."""
    verb = trigger.head if trigger.pos_ in ("NOUN", "PROPN") else trigger
    span = doc.char_span(tx.start, tx.end, alignment_mode="expand")
    return span is not None and _governor(span.root).i == verb.i and verb.lemma_.lower() in OPENING_VERBS


def _lead_start(doc) -> int:
    """Token index where the lead sentence starts: the first full sentence with a verb.

    Headlines and datelines lack final punctuation and are passed over; an empty
    document gives -1 so nothing counts as lead.
    """
    for sent in doc.sents:
        if TERMINAL.search(sent.text) and any(t.pos_ in ("VERB", "AUX") for t in sent):
            return sent.start
    return -1


def _with_duration(span: TimeSpan, duration: TimeExpression | None, *, opening: bool = False) -> TimeSpan:
    """A day and a duration in days give the other end (the day is the end unless it opens
    the span); the value is the month or year holding both, as a multi-day span is."""
    if duration is None or span.begin:
        return span
    m = DURATION_DAYS.match(duration.value)
    day = span.value if span.value and len(span.value) == 10 else None
    if not m or not day:
        return span
    days = timedelta(days=int(m.group(1)) - 1)
    first = date.fromisoformat(day) if opening else date.fromisoformat(day) - days
    last = first + days
    return TimeSpan(value=_common(first, last), begin=first.isoformat(), end=last.isoformat(),
                    inferred=span.inferred, text=span.text, start=span.start, end_char=span.end_char)


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


def _relative(trigger) -> bool:
    """Whether the trigger's clause is timed by another event: "a week after X visited"."""
    tok = trigger
    for _ in range(4):
        if any(c.dep_ == "mark" and c.lower_ in RELATIVE_MARKS for c in tok.children):
            return True
        if tok.dep_ not in ("conj", "xcomp") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


SAME_DAY = re.compile(r"^(?:(?:earlier|later) in the day|hours (?:earlier|later))$")  # the news day's
THAT_DAY = re.compile(r"^(?:(?:late|early|later|earlier) )?(?:(?:the )?same (?:day|night)|that (?:same )?(?:day|night))$")
OFFSET_DAY = re.compile(r"^(?:(a|one|two|three|\d) days? (earlier|later|before)|the (previous|next|following) day"
                        r"|the day (before|after))$")
NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3}


def day_offset(trigger) -> tuple[int, bool] | None:
    """(days, of the day named before): days between the event and the story's news day when
    its clause says so ("earlier in the day", "a day earlier"), or (0, True) for the day named
    just before ("the same day")."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    doc = trigger.doc
    for tok in verb.children:
        if tok.dep_ not in ("advmod", "npadvmod", "prep", "advcl", "obl", "pobj"):
            continue
        span = doc[tok.left_edge.i: tok.right_edge.i + 1]
        text = " ".join(t.lower_ for t in span if not t.is_punct)
        if SAME_DAY.match(text):
            return 0, False
        if THAT_DAY.match(text):
            return 0, True
        m = OFFSET_DAY.match(text)
        if m:
            if m.group(3) or m.group(4):
                return (-1 if (m.group(3) == "previous" or m.group(4) == "before") else 1), False
            n = NUMBERS.get(m.group(1)) or int(m.group(1))
            return (-n if m.group(2) in ("earlier", "before") else n), False
    return None


def _background(trigger) -> bool:
    """Past perfect or an adverb placing the event before the story: "had said", "previously"."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    return any((c.dep_ == "aux" and c.lower_ == "had") or (c.dep_ == "advmod" and c.lower_ in BACKGROUND)
               for c in verb.children)


def _vague(trigger) -> bool:
    """A noun event that is not one dated occasion: a journey of days ("his trip"), several
    ("the visits"), one placed before the news ("a recent meeting") or only told of in a
    statement."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    verb = next((a for a in trigger.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is not None and verb.dep_ == "ccomp":
        return True  # "said a visit to the prison was open": told of, on some day of the trip
    if trigger.lemma_.lower() in JOURNEY_NOUNS:
        return True  # "concerned about the visit of X to China": a trip of days, not one of them
    plural = trigger.tag_ in ("NNS", "NNPS") and trigger.lemma_.lower() not in ONE_OCCASION_PLURALS
    return (plural or any(
        c.dep_ == "amod" and c.lower_ in VAGUE_ADJECTIVES for c in trigger.children))


def _current(trigger) -> bool:
    """Present progressive or a present "be" of presence: "is visiting", "is in Tokyo"."""
    if trigger.tag_ in ("VBZ", "VBP"):
        return trigger.lemma_ == "be"
    return trigger.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") and c.lemma_ == "be" for c in trigger.children)


def _past(trigger) -> bool:
    """Past or perfect tense of the trigger's clause; noun triggers count as past reports."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else None
    if verb is None:
        return trigger.pos_ in ("NOUN", "PROPN")
    if verb.tag_ == "VBD":
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP")
               and c.lemma_ in ("have", "be") for c in verb.children) and verb.tag_ == "VBN"

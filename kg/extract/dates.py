"""Temporal expressions in a parsed document, normalised to TIMEX3 values.

Rules (``timex_rules``) find and value the expressions; spaCy's DATE/TIME
entities add what the rules miss, and its parse tells future from past so that
"on Monday" and "will ... on Monday" land on different days. dateparser is used
only as a last resort for explicit dates in unusual formats, never to fill in a
day or month the text does not give.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from datetime import date, datetime

from kg.extract import timex_lexicon as L
from kg.extract.modality import ENCOUNTER_NOUNS, modality_of
from kg.extract.timex_rules import DATE, RULES, TIME, Context, fold_case, line_bounds, value_of
from kg.model import RemovedSpan, TimeExpression

__all__ = ["find_timexes", "normalise", "infer_document_date", "url_date", "future_tense", "fronted_to_main"]

_FUTURE_AUX = {"will", "shall", "'ll", "wo", "would"}
# Heads whose to-infinitive points ahead: "is set to", "plans to", "is expected to".
_FUTURE_HEADS = {
    "set", "due", "schedule", "expect", "plan", "intend", "go", "aim", "hope", "prepare",
    "slate", "poise", "promise", "vow", "pledge", "be", "about", "likely", "able", "want",
    "seek", "propose", "agree", "decide",
}  # fmt: skip
# Predicates that put their time ahead unless they are in the past: "is scheduled for
# March", "due in February", "has been postponed until Monday".
_SCHEDULING = {"schedule", "set", "plan", "slate", "due", "expect", "postpone", "delay", "defer",
               "reschedule", "adjourn"}  # fmt: skip
_UP_TO_NOW = re.compile(r"\b(?:as of|since|so far in|through)[ ]$", re.I)  # "as of February, X owns"
_TEMPORAL = {"DATE", "TIME"}
_NUMERIC_LABELS = {"CARDINAL", "MONEY", "QUANTITY", "PERCENT", "ORDINAL", "PRODUCT"}
# Words a spaCy DATE entity may carry that TIMEX3 leaves outside the expression.
_LEADING = re.compile(
    r"^(?:(?:just|only|more than|less than|fewer than|over|under|at least|at most|up to|within|since|"
    r"from|until|till|by|in|on|at|during|for|as of|of|some)\s+)+",
    re.I,
)
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|of|since|until|till|by|during|before|after|from|to|through|early|late|mid|last|next|this)[ -]$",
    re.I,
)


def normalise(text: str, anchor: str | None, *, future: bool = False) -> tuple[str, str] | None:
    """(type, value) for one expression, or None if it is not temporal."""
    ctx = Context(anchor=L.parse_anchor(anchor), tense="future" if future else None)
    text = text.strip()
    lead = _LEADING.match(text)
    core = text[lead.end() :] if lead else text
    return value_of(text, ctx) or value_of(core, ctx) or _dateparser_value(core, ctx.anchor)


def future_tense(token) -> bool:
    """Whether the clause governing token speaks of the future ("will", "is set to", "next")."""
    if any(t.lower_ in ("next", "coming", "upcoming") for t in token.subtree):
        return True
    verb = _governing_verb(token)
    for _ in range(3):  # climb through "is set to begin", "will try to finish"
        if verb is None:
            return False
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in _FUTURE_AUX for c in verb.children):
            return True
        if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") \
                and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            verb = verb.head  # "will visit Moscow and meet Putin on Friday": the auxiliary is shared
            continue
        to = any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
        if not to:
            return False
        if verb.dep_ == "acl":  # "the system, to be released in mid-2011"
            return True
        if verb.dep_ not in ("xcomp", "ccomp", "advcl") or verb.head.i == verb.i:
            return False
        if verb.head.lemma_.lower() in _FUTURE_HEADS and verb.dep_ == "xcomp":
            return True
        verb = verb.head if verb.head.pos_ in ("VERB", "AUX") else _governing_verb(verb.head)
    return False


def _scheduled(token) -> bool:
    """A present-tense clause that reports an arrangement ("talks resume on Monday", "the vote
    is on Tuesday", "is scheduled for March", "is meeting on Friday"): its day lies ahead."""
    verb, t = _governing_verb(token), token
    for _ in range(12):  # "the budget, due in February": a scheduling word on the way up
        if (verb is not None and t.i == verb.i) or t.head.i == t.i:
            break
        t = t.head
        if t.lemma_.lower() in _SCHEDULING and not _simple_past(t):
            return True
    if verb is not None and verb.lemma_.lower() in _SCHEDULING and verb.tag_ in ("VBN", "JJ"):
        # "has been postponed until Monday" looks ahead; "was postponed" may not
        return not _simple_past(verb) and (verb.dep_ in ("acl", "amod") or any(
            c.dep_ in ("aux", "auxpass") for c in verb.children))
    if verb is None or _past_tense(verb) or not _modifies(token, verb):
        return False
    if verb.lemma_ == "be" and any(c.dep_ == "attr" for c in verb.children):
        return False  # "a conversation Wednesday night is proof of ...": the date is not what "is" says
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ in ("VBD", "MD") or c.lemma_ == "have" for c in aux):
        return False
    if verb.tag_ == "VBG":  # present progressive: "is meeting on Friday"
        return any(c.tag_ in ("VBZ", "VBP") for c in aux)
    return verb.tag_ in ("VBZ", "VBP") and verb.lemma_.lower() not in ("say", "tell", "report")


def _modifies(token, verb) -> bool:
    """Whether token hangs on verb directly or through prepositions only (not through a noun,
    as a dateline glued to a present-tense headline does)."""
    t = token.head
    while t.i != verb.i and t.head.i != t.i:
        if t.pos_ != "ADP":
            return False
        t = t.head
    return t.i == verb.i


def _simple_past(verb) -> bool:
    return verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)


def _past_tense(token) -> bool:
    """Whether the clause governing token is in a past or perfect tense."""
    verb = _governing_verb(token)
    if verb is None:
        return False
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.lower_ in _FUTURE_AUX or c.tag_ == "TO" for c in aux):
        return False
    return verb.tag_ == "VBD" or any(c.tag_ == "VBD" for c in aux) or (
        verb.tag_ == "VBN" and any(c.lemma_ == "have" for c in aux)
    )


def fronted_to_main(head, root):
    """'said on Monday he had met X last week': a date before a reported clause's subject,
    after the verb of saying, belongs to the saying, whatever the parser attached it to."""
    if head.dep_ != "ccomp" or head.head.i == head.i or not head.head.i < root.i < head.i:
        return head
    subjects = [c.i for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subjects and root.i < min(subjects):
        return head.head
    return head


def _governing_verb(token):
    t = token
    for _ in range(12):
        if t.pos_ in ("VERB", "AUX"):
            return t
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def _dateparser_value(text: str, anchor: date | None) -> tuple[str, str] | None:
    """An explicit date in a format the rules lack, at the precision written."""
    if not re.search(r"\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2}", text):
        return None
    import dateparser

    base = datetime(anchor.year, anchor.month, anchor.day) if anchor else datetime(2000, 1, 1)
    for parts, fmt in ((["day", "month", "year"], "%Y-%m-%d"), (["month", "year"], "%Y-%m")):
        settings = {"REQUIRE_PARTS": parts, "RELATIVE_BASE": base, "DATE_ORDER": "MDY"}
        try:
            found = dateparser.parse(text, languages=["en"], settings=settings)
        except Exception:  # dateparser raises assorted errors on odd input
            return None
        if found is not None:
            return DATE, found.strftime(fmt)
    return None


def _outside(start: int, end: int, removed: Sequence[RemovedSpan]) -> bool:
    return not any(start < r.end and r.start < end for r in removed)


def _candidates(doc, text: str, anchor: date | None, removed: Sequence[RemovedSpan]) -> tuple[list, list]:
    """Rule matches that yield a value, and the spans the parse vetoed as not temporal."""
    folded, ents = fold_case(text), doc.ents
    spans = {
        "numeric": [(e.start_char, e.end_char) for e in ents if e.label_ in _NUMERIC_LABELS],
        "named": [(e.start_char, e.end_char) for e in ents if e.label_ not in _NUMERIC_LABELS | _TEMPORAL],
        "dated": [(e.start_char, e.end_char) for e in ents if e.label_ in _TEMPORAL],
    }
    found: list[tuple] = []
    vetoed: list[tuple[int, int]] = []
    lines = line_bounds(text)
    for order, rule in enumerate(RULES):
        for m in rule.scan(text, folded, lines):
            s, e = m.span()
            if e <= s or not _outside(s, e, removed):
                continue
            before = text[max(0, s - 40) : s]
            if rule.handle(m, Context(anchor=anchor, before=before)) is None:
                continue
            if rule.name == "season_bare" and _noun_modifier(doc, e):
                continue  # "summer camps", "spring water": a kind of thing, not a time
            if _vetoed(rule.name, m, text, before, spans):
                vetoed.append((s, e))
            else:
                found.append((s, e, order, rule, m))
    return found, vetoed


def _noun_modifier(doc, end: int) -> bool:
    span = doc.char_span(end - 1, end, alignment_mode="expand")
    return span is not None and (span.root.dep_ in ("compound", "amod") or span.root.pos_ == "VERB")


def _vetoed(name: str, m: re.Match, text: str, before: str, spans: dict) -> bool:
    """Whether the parse or the context says a match is a number or a name, not a time."""
    s, e = m.span()
    if name == "year":
        return any(a <= s and e <= b for a, b in spans["numeric"])  # "2000 employees"
    if name != "month" or m["rel"] or m["y"]:
        return False
    if any(a <= s and e <= b for a, b in spans["named"]):
        return True  # "April Ryan", "March Madness"
    after_prep = bool(_PREPOSITION_BEFORE.search(before))
    if re.match(r" [A-Z][a-z]", text[e : e + 3]) and not after_prep:
        return True  # a name the parser missed
    if m.group(0) == "May":  # the modal verb unless a preposition or the parser says otherwise
        return not (after_prep or any(a <= s < b for a, b in spans["dated"]))
    return False


def _select(found: list[tuple]) -> list[tuple]:
    """Longest first, then earliest, then rule order; no overlaps."""
    chosen: list[tuple] = []
    for item in sorted(found, key=lambda x: (x[0] - x[1], x[0], x[2])):
        if all(item[1] <= c[0] or c[1] <= item[0] for c in chosen):
            chosen.append(item)
    return sorted(chosen, key=lambda x: x[0])


def _spacy_extras(doc, text: str, chosen: list[tuple], blocked: Sequence[RemovedSpan]) -> list[tuple[int, int]]:
    """DATE/TIME entities of the parser that no rule covers, trimmed to TIMEX3 extent."""
    extras = []
    for ent in doc.ents:
        if ent.label_ not in _TEMPORAL:
            continue
        offset = ent.start_char
        for piece in re.split(r"(\n+)", ent.text):
            s, e = offset, offset + len(piece)
            offset = e
            if not piece.strip() or piece.startswith("\n"):
                continue
            lead = _LEADING.match(piece)
            s += lead.end() if lead else 0
            trimmed = text[s:e].rstrip(" ,.;:")
            trimmed = re.sub(r"['’]s$", "", trimmed)
            e = s + len(trimmed)
            if e <= s or not _outside(s, e, blocked):
                continue
            if any(s < c[1] and c[0] < e for c in chosen):
                continue
            extras.append((s, e))
    return extras


def _tense(doc, text: str, start: int, end: int) -> str | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    root = span.root
    verb = _governing_verb(root)
    if verb is not None and fronted_to_main(verb, root) is not verb:
        main = verb.head  # "said on Friday he has proof": the day is the saying's, in its tense
        return "future" if future_tense(main) else "past" if _past_tense(main) else None
    if future_tense(root) or (_scheduled(root) and not _UP_TO_NOW.search(text[max(0, start - 12) : start])):
        return "future"
    if _planned_encounter(root):
        return "future"
    return "past" if _past_tense(root) else None


def _planned_encounter(token) -> bool:
    """'opened talks on a May summit', 'agreed on a visit in March': the date of a meeting or visit
    still to come lies ahead, whatever the tense of the clause that plans it."""
    head = token.head
    if token.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head  # "a meeting in May"
    elif token.dep_ not in ("compound", "nmod", "npadvmod", "amod"):
        return False  # "a May meeting"
    return head is not token and head.pos_ == "NOUN" and head.lemma_.lower() in ENCOUNTER_NOUNS \
        and modality_of(head) == "planned"


def find_timexes(
    doc,
    anchor: str | None,
    *,
    removed: Sequence[RemovedSpan] = (),
    sentence_of: Callable[[int], int] | None = None,
    text: str | None = None,
) -> list[TimeExpression]:
    """All temporal expressions in doc outside removed spans, in text order.

    Offsets are character offsets into doc.text (``text``, if the caller has it);
    sentence is sentence_of(start) if given, else the index of the spaCy sentence
    holding the start.
    """
    text = doc.text if text is None else text
    anchor_d = L.parse_anchor(anchor)
    found, vetoed = _candidates(doc, text, anchor_d, removed)
    chosen = _select(found)
    blocked = [*removed, *(RemovedSpan(s, e, "vetoed") for s, e in vetoed)]
    items = [(s, e, rule, m) for s, e, _, rule, m in chosen]
    items += [(s, e, None, None) for s, e in _spacy_extras(doc, text, chosen, blocked)]
    items.sort(key=lambda x: x[0])

    if sentence_of is None:
        starts = [sent.start_char for sent in doc.sents]

        def sentence_of(i: int) -> int:
            return max(0, bisect.bisect_right(starts, i) - 1)

    out: list[TimeExpression] = []
    last_day: dict[int, date] = {}  # sentence -> latest day-precision date seen in it
    period: tuple[int, str] | None = None  # (sentence, value) of the latest period named
    for s, e, rule, m in items:
        sent = sentence_of(s)
        tense = _tense(doc, text, s, e)
        if rule is not None:
            ref = last_day.get(sent, anchor_d) if rule.name == "clock" else anchor_d
            previous = period[1] if period and sent - period[0] <= 1 else None
            ctx = Context(anchor=ref, tense=tense, before=text[max(0, s - 40) : s], previous=previous)
            found = rule.handle(m, ctx)
        else:
            ctx = Context(anchor=anchor_d, tense=tense)
            found = value_of(text[s:e], ctx) or _dateparser_value(text[s:e], anchor_d)
        if found is None:
            continue
        kind, value = found
        if kind in (DATE, TIME) and re.match(r"\d{4}-\d{2}-\d{2}", value):
            last_day[sent] = date.fromisoformat(value[:10])
        elif kind == DATE and L.PERIOD.fullmatch(value):
            period = (sent, value)
        out.append(TimeExpression(s, e, text[s:e], kind, value, sent))
    return out


_FULL_DATE_RULES = ("iso", "numeric", "month_day", "day_month")


def infer_document_date(doc_or_text, removed: Sequence[RemovedSpan] = ()) -> str | None:
    """The latest explicit full date (day, month and year all written) outside removed
    spans, or None: the best guess at when an undated article was written."""
    text = doc_or_text if isinstance(doc_or_text, str) else doc_or_text.text
    folded, lines = fold_case(text), line_bounds(text)
    best: str | None = None
    for rule in RULES:
        if rule.name not in _FULL_DATE_RULES:
            continue
        for m in rule.scan(text, folded, lines):
            if rule.name in ("month_day", "day_month") and not m["y"]:
                continue
            if rule.name == "numeric" and len(m["y"]) != 4:
                continue  # "7/8/07" is too ambiguous to date a document by
            if not _outside(m.start(), m.end(), removed):
                continue
            found = rule.handle(m, Context())
            if found and re.fullmatch(r"\d{4}-\d{2}-\d{2}", found[1]) and (best is None or found[1] > best):
                best = found[1]
    return best


# A news site's article path: ".../2006/10/12/story.html" or ".../2006/10/story".
URL_DATE = re.compile(r"/((?:19|20)\d\d)/(0[1-9]|1[0-2])/(?:(0[1-9]|[12]\d|3[01])/)?")


def url_date(*addresses: str | None) -> str | None:
    """The publication day (or month) a news site writes into an article's address, or None."""
    for address in addresses:
        m = URL_DATE.search(address) if address and "://" in address else None
        if m is not None:
            y, mo, d = m.groups()
            return f"{y}-{mo}-{d}" if d and L.valid_day(int(y), int(mo), int(d)) else f"{y}-{mo}"
    return None

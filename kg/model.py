"""Plain frozen records passed between the stages of `kg`.

Data flows one way: ``Document -> Extraction -> RDF -> store -> query/export``.
Every offset is a character offset into ``Document.text`` as given (the decoded
file, the JSON ``text`` field, or the text extracted from HTML), never into a
cleaned copy.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property

# Actor types (mirrors kg:Person, kg:Organization, kg:Place, kg:Group).
PERSON = "Person"
ORGANIZATION = "Organization"
PLACE = "Place"
GROUP = "Group"
ACTOR_TYPES = (PERSON, ORGANIZATION, PLACE, GROUP)

# Event roles.
AGENT = "agent"
TARGET = "target"
PLACE_ROLE = "place"
ROLES = (AGENT, TARGET, PLACE_ROLE)

# Modalities: only ASSERTED facts appear in default exports and timelines.
ASSERTED = "asserted"
PLANNED = "planned"
EXPECTED = "expected"
UNCERTAIN = "uncertain"
NEGATED = "negated"
CONDITIONAL = "conditional"
MODALITIES = (ASSERTED, PLANNED, EXPECTED, UNCERTAIN, NEGATED, CONDITIONAL)


@dataclass(frozen=True)
class RemovedSpan:
    """A stretch of the document text recognised as boilerplate, never extracted from."""

    start: int
    end: int
    reason: str  # e.g. "navigation", "sign-up", "comments", "disclaimer", "teasers"


@dataclass(frozen=True)
class Document:
    """One article as read from disk or stdin."""

    id: str
    text: str
    title: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD) from metadata, if any
    url: str | None = None
    source: str | None = None
    path: str | None = None
    content_hash: str = ""
    removed: tuple[RemovedSpan, ...] = ()
    origin: str | None = field(default=None, compare=False)  # "file" or "file:LINE", for messages

    def is_removed(self, start: int, end: int) -> bool:
        """True if [start, end) overlaps a removed boilerplate span.

        Extractors ask this for every token, so the spans are merged once and
        searched by bisection.
        """
        if not self.removed:
            return False
        starts, ends = self._removed_bounds
        i = bisect_right(ends, start)  # the first span ending after ``start``
        return i < len(starts) and starts[i] < end

    @cached_property
    def _removed_bounds(self) -> tuple[list[int], list[int]]:
        starts: list[int] = []
        ends: list[int] = []
        for span in sorted(self.removed, key=lambda r: r.start):
            if ends and span.start < ends[-1]:  # overlaps the previous span: merge
                ends[-1] = max(ends[-1], span.end)
            else:
                starts.append(span.start)
                ends.append(span.end)
        return starts, ends


@dataclass(frozen=True)
class Provenance:
    """Where a fact comes from: document, sentence, offsets, extractor, confidence."""

    document: str
    sentence: int  # sentence index within the document
    start: int  # character offsets into Document.text
    end: int
    evidence: str  # the sentence text
    extractor: str
    confidence: float


@dataclass(frozen=True)
class TimeExpression:
    """A temporal expression normalised to a TIMEX3-style value."""

    start: int
    end: int
    text: str
    type: str  # DATE, TIME, DURATION, SET
    value: str  # "2022-05-28", "2022-05", "2022", "2022-W21", "P6D", "PRESENT_REF", ...
    sentence: int = -1


@dataclass(frozen=True)
class TimeSpan:
    """When an event happened, at the precision the text supports."""

    value: str | None  # "2022-05-28" | "2022-05" | "2022" | None
    begin: str | None = None
    end: str | None = None
    inferred: bool = False  # taken from the document date, not the event's own words
    text: str | None = None  # the temporal expression it came from
    start: int | None = None
    end_char: int | None = None


@dataclass(frozen=True)
class Actor:
    """A person, organisation, place or group, resolved within one document."""

    key: str  # stable slug, e.g. "person/michelle-bachelet" or "place/geonames-1814991"
    label: str
    type: str  # one of ACTOR_TYPES
    titles: tuple[str, ...] = ()
    affiliations: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    geonames_id: int | None = None
    latitude: float | None = None
    longitude: float | None = None


@dataclass(frozen=True)
class Mention:
    """One stretch of text that refers to an actor."""

    actor: str  # Actor.key
    text: str
    kind: str  # "name", "surname", "acronym", "metonymy", "pronoun", "title", "group"
    provenance: Provenance


@dataclass(frozen=True)
class Participant:
    """An actor playing a role in an event."""

    role: str  # one of ROLES
    actor: str  # Actor.key
    start: int  # the mention's offsets
    end: int


@dataclass(frozen=True)
class Event:
    """A dated event with typed participants, its trigger and its evidence."""

    key: str  # unique within the document
    type: str  # "visited", "met", "criticized", "stated", ...
    cameo: str
    trigger: str
    participants: tuple[Participant, ...]
    provenance: Provenance
    time: TimeSpan | None = None
    modality: str = ASSERTED
    quote: str | None = None


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one document."""

    document: Document
    actors: tuple[Actor, ...] = ()
    mentions: tuple[Mention, ...] = ()
    events: tuple[Event, ...] = ()
    timexes: tuple[TimeExpression, ...] = ()
    published: str | None = None  # the document date used as anchor
    published_inferred: bool = False
    extra: dict = field(default_factory=dict, compare=False, hash=False)

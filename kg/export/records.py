"""Events read back from the store as typed, frozen records, for :func:`kg.events`.

The exporters share :func:`kg.export.events_view.load_events`, which gives
plain dictionaries; a script gets the same events with attribute access and
type hints instead. A test checks that every key of those dictionaries is a
field here, so nothing the store holds is dropped on the way.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

__all__ = ["EventRecord", "ParticipantRecord", "SourceRecord"]


@dataclass(frozen=True)
class ParticipantRecord:
    """An actor in a role: ``agent``, ``target`` or ``place``."""

    role: str
    id: str  # the actor's IRI
    label: str
    type: str | None  # Person, Organization, Place, Group


@dataclass(frozen=True)
class SourceRecord:
    """Where an event is reported: document, sentence and the trigger's offsets in its text."""

    document: str
    sentence: int
    start: int
    end: int
    evidence: str
    title: str | None = None
    outlet: str | None = None  # citation fields of the document (kg:sourceName, kg:url, ...)
    url: str | None = None
    published: str | None = None
    mention: str | None = None  # IRI of the document-level event mention
    extractor: str | None = None
    confidence: float | None = None


@dataclass(frozen=True)
class EventRecord:
    """One event (a corpus event after resolution, else a document's event mention).

    ``date`` is at the precision the text supports (``2022-05-28``,
    ``2022-05``, ``2022``) or None; ``date_inferred`` marks dates taken from
    the document date. Only asserted events come back unless hedged ones
    were asked for, which carry their ``modality``.
    """

    iri: str
    type: str
    date: str | None
    participants: tuple[ParticipantRecord, ...]
    sources: tuple[SourceRecord, ...]
    modality: str
    confidence: float
    trigger: str | None = None
    quote: str | None = None
    cameo: str | None = None
    begin: str | None = None
    end: str | None = None
    date_inferred: bool = False
    date_derived_from: str | None = None
    corroboration: int = 1
    extractor: str | None = None

    def labels(self, role: str) -> tuple[str, ...]:
        """The labels of the participants in ``role`` (``agent``, ``target``, ``place``)."""
        return tuple(p.label for p in self.participants if p.role == role)

    @classmethod
    def from_dict(cls, event: dict[str, Any]) -> EventRecord:
        """The record of one :func:`~kg.export.events_view.load_events` dictionary."""
        data = _known(cls, event)
        data["participants"] = tuple(ParticipantRecord(**_known(ParticipantRecord, p))
                                     for p in event.get("participants", ()))
        data["sources"] = tuple(SourceRecord(**_known(SourceRecord, s))
                                for s in event.get("sources", ()))
        return cls(**data)


def _known(cls: type, values: dict[str, Any]) -> dict[str, Any]:
    names = {f.name for f in fields(cls)}
    return {k: v for k, v in values.items() if k in names}

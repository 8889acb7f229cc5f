"""Exporters: one module per format, registered by name in :mod:`kg.registry`.

Every exporter has one method, ``export(store, stream, filters)``, writing text.
"""

from __future__ import annotations

from typing import Protocol, TextIO

from kg.export.events_view import Filters, load_events
from kg.registry import exporters

__all__ = ["Exporter", "Filters", "export", "load_events"]


class Exporter(Protocol):
    def export(self, store, stream: TextIO, filters: Filters) -> None: ...


def export(store, fmt: str, stream: TextIO, filters: Filters = Filters()) -> None:
    """Write the store in the named format; an unknown name lists the valid ones."""
    exporters.get(fmt)().export(store, stream, filters)

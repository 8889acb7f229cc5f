"""Exporters: one module per format, registered by name in :mod:`kg.registry`.

Every exporter has one method, ``export(store, stream, filters)``, writing text.
The graph formats (``graph_option = True``: graphml, gexf) also take the
projection, ``actors`` or ``events``, when constructed.
"""

from __future__ import annotations

from typing import Protocol, TextIO

from kg.errors import ExportError
from kg.export.events_view import Filters, load_events
from kg.registry import exporters

__all__ = ["Exporter", "Filters", "export", "graph_formats", "load_events"]


class Exporter(Protocol):
    def export(self, store, stream: TextIO, filters: Filters) -> None: ...


def graph_formats() -> list[str]:
    """The registered formats that take a graph projection (``--graph``)."""
    return [name for name in exporters.names() if getattr(exporters.get(name), "graph_option", False)]


def export(
    store, fmt: str, stream: TextIO, filters: Filters = Filters(), *, graph: str | None = None
) -> None:
    """Write the store in the named format; an unknown name lists the valid ones.

    ``graph`` picks the projection of a graph format (default ``actors``); any
    other format refuses it rather than silently ignoring it.
    """
    factory = exporters.get(fmt)
    if graph is None:
        exporter = factory()
    elif getattr(factory, "graph_option", False):
        from kg.export.network import projections

        projections.get(graph)  # an unknown projection lists the valid ones
        exporter = factory(graph=graph)
    else:
        raise ExportError(
            f"--graph applies to the graph formats ({', '.join(graph_formats())}), not {fmt!r}")
    exporter.export(store, stream, filters)

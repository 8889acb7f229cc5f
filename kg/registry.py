"""Name-keyed registries for extension points (extractors, exporters).

Built-ins register through the same call as third-party plugins would, the way
rdflib's plugin registry works; an unknown name lists the valid ones.
"""

from __future__ import annotations

from importlib import import_module
from typing import Generic, TypeVar

from kg.errors import RegistryError

T = TypeVar("T")


class Registry(Generic[T]):
    """Maps a name to an object, or to "module:attribute" loaded on first use."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self._entries: dict[str, T | str] = {}

    def register(self, name: str, target: T | str) -> None:
        self._entries[name] = target

    def names(self) -> list[str]:
        return sorted(self._entries)

    def get(self, name: str) -> T:
        if name not in self._entries:
            raise RegistryError(
                f"unknown {self.kind} {name!r}. Available: {', '.join(self.names())}"
            )
        target = self._entries[name]
        if isinstance(target, str):
            module, _, attr = target.partition(":")
            target = getattr(import_module(module), attr)
            self._entries[name] = target
        return target  # type: ignore[return-value]

    def __contains__(self, name: object) -> bool:
        return name in self._entries


extractors: Registry = Registry("extractor")
extractors.register("rules", "kg.extract.pipeline:RuleExtractor")

exporters: Registry = Registry("export format")
for _name, _target in {
    "jsonl": "kg.export.jsonl:JsonlExporter",
    "turtle": "kg.export.rdf:TurtleExporter",
    "trig": "kg.export.rdf:TrigExporter",
    "nquads": "kg.export.rdf:NQuadsExporter",
    "jsonld": "kg.export.rdf:JsonLdExporter",
    "timeline": "kg.export.timeline:TextTimelineExporter",
    "markdown": "kg.export.timeline:MarkdownTimelineExporter",
    "graphml": "kg.export.graphml:GraphmlExporter",
    "gexf": "kg.export.gexf:GexfExporter",
    "timelinejs": "kg.export.timelinejs:TimelineJsExporter",
    "csv": "kg.export.csv:CsvExporter",
    "tsv": "kg.export.csv:TsvExporter",
    "html": "kg.export.html:HtmlTimelineExporter",
}.items():
    exporters.register(_name, _target)

"""kg: a timeline and event knowledge graph from news articles.

The Python API, equal to the command line (README, "From Python")::

    import kg

    with kg.open_store("my-store") as store:       # a folder, a URL, or ":memory:"
        kg.ingest(["articles/"], store)
        for event in kg.events(store, actor="Bachelet"):
            print(event.date, event.type, event.labels("target"))
        rows = kg.query(store, "SELECT ?l WHERE { ?a a kg:Person ; rdfs:label ?l }")
        kg.export(store, "graphml", "actors.graphml")

Everything public is named in ``__all__`` (a test checks it is complete);
the submodules are the implementation. Importing kg loads neither spaCy nor
rdflib: the functions import what they need when called.
"""

from __future__ import annotations

import sys
import types
from typing import TYPE_CHECKING

from kg._api import (
    document,
    evaluate,
    events,
    export,
    extract,
    ingest,
    named_queries,
    open_store,
    query,
    remove,
    stats,
    validate,
)
from kg.errors import (
    BinaryInputError,
    ClusterError,
    DecodeError,
    DuplicateIdError,
    EmptyInputError,
    ExportError,
    ExtractionError,
    InputError,
    KGError,
    KGWarning,
    MalformedRecordError,
    MetadataWarning,
    MissingPathError,
    ModelError,
    NoArticleError,
    QueryError,
    QueryUsageError,
    RegistryError,
    ReplacedDocumentWarning,
    StoreError,
    StoreLockedError,
    TooLargeError,
    UsageError,
    ValidationError,
)
from kg.model import Document, Extraction

if TYPE_CHECKING:  # loaded lazily below; listed here for type checkers and IDEs
    from kg.evaluate import Evaluation
    from kg.export.events_view import Filters
    from kg.export.records import EventRecord
    from kg.store import Store
    from kg.workflow import IngestSummary

__version__ = "0.1.0"

__all__ = [
    "BinaryInputError",
    "ClusterError",
    "DecodeError",
    "Document",
    "DuplicateIdError",
    "EmptyInputError",
    "Evaluation",
    "EventRecord",
    "ExportError",
    "Extraction",
    "ExtractionError",
    "Filters",
    "IngestSummary",
    "InputError",
    "KGError",
    "KGWarning",
    "MalformedRecordError",
    "MetadataWarning",
    "MissingPathError",
    "ModelError",
    "NoArticleError",
    "QueryError",
    "QueryUsageError",
    "RegistryError",
    "ReplacedDocumentWarning",
    "Store",
    "StoreError",
    "StoreLockedError",
    "TooLargeError",
    "UsageError",
    "ValidationError",
    "__version__",
    "document",
    "evaluate",
    "events",
    "export",
    "extract",
    "ingest",
    "named_queries",
    "open_store",
    "query",
    "remove",
    "stats",
    "validate",
]

# Classes whose modules import pyoxigraph or rdflib load on first use (PEP 562).
_LAZY = {
    "Evaluation": "kg.evaluate",
    "EventRecord": "kg.export.records",
    "Filters": "kg.export.events_view",
    "IngestSummary": "kg.workflow",
    "Store": "kg.store",
}


def __getattr__(name: str) -> object:
    if name in _LAZY:
        from importlib import import_module

        value = getattr(import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'kg' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


class _Package(types.ModuleType):
    """Keeps ``kg.ingest``, ``kg.export``, ``kg.extract``… the functions of the API.

    Importing a submodule binds it on its package under its own name, which
    would replace the function of that name. Code reaches those submodules by
    ``from kg.export import X`` (unaffected) or ``importlib.import_module``.
    """

    def __setattr__(self, name: str, value: object) -> None:
        current = self.__dict__.get(name)
        if isinstance(value, types.ModuleType) and isinstance(current, types.FunctionType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package

"""The one exception family of `kg`.

Every error a user can cause is a :class:`KGError`; the CLI prints it as one
line (``kg: error: <message>``) and exits with its ``exit_code``.

    KGError
    ├── InputError            a file or record cannot be read as an article
    │   ├── EmptyInputError
    │   ├── BinaryInputError
    │   ├── DecodeError
    │   ├── MalformedRecordError
    │   ├── NoArticleError
    │   ├── MissingPathError
    │   ├── TooLargeError     over a documented size cap
    │   ├── DuplicateIdError  a second input with an id already used in the run
    │   └── ExtractionError   extraction failed on this document (reported, run goes on)
    ├── StoreError            the store cannot be opened or written
    │   └── StoreLockedError
    ├── QueryError            a SPARQL query is malformed or cannot run
    │   └── QueryUsageError   no query, an unknown named query, a missing --param, a format
    │                         that does not fit the query form (exit 2)
    ├── ValidationError       the graph does not conform to the SHACL shapes
    ├── ModelError            no spaCy model can be loaded
    ├── ClusterError          a Dask cluster cannot be reached or lost the work
    └── UsageError            the command was called wrongly (exit 2), e.g. a date that is
        │                     not ISO, an inverted date range
        ├── RegistryError     an unknown exporter / extractor name
        └── ExportError       an export option that the format does not take

Usage errors exit 2 (as click's own do), everything else 1.

Warnings are :class:`KGWarning` (``warnings.warn``); the CLI prints each as
one ``kg: warning: …`` line on stderr:

    KGWarning
    ├── MetadataWarning       a metadata field was unreadable and is ignored
    └── ReplacedDocumentWarning  an input took the id of a document stored from another path
"""

from __future__ import annotations


class KGError(Exception):
    """Base of every error `kg` raises on purpose."""

    exit_code = 1

    def __init__(self, message: str, *, path: str | None = None) -> None:
        self.path = path
        self.message = message
        super().__init__(f"{path}: {message}" if path else message)

    def __reduce__(self):
        """Pickle with ``path`` kept (errors travel back from extraction workers)."""
        return (_rebuild, (type(self), self.message, self.path))


def _rebuild(cls: type, message: str, path: str | None) -> KGError:
    return cls(message, path=path)


class InputError(KGError):
    """A file or record cannot be read as an article."""


class EmptyInputError(InputError):
    """The file or record has no text."""


class BinaryInputError(InputError):
    """The file looks like binary data, not text."""


class DecodeError(InputError):
    """The bytes are not valid in any accepted text encoding."""


class MalformedRecordError(InputError):
    """A JSON record or front matter block cannot be parsed."""


class NoArticleError(InputError):
    """An HTML page holds no extractable article text."""


class MissingPathError(InputError):
    """A path given on the command line does not exist."""


class TooLargeError(InputError):
    """A file, line or text is over its documented size cap."""


class DuplicateIdError(InputError):
    """A second input derives an id that an earlier input of the same run already has."""


class ExtractionError(InputError):
    """Extraction failed on one document; the others still go through."""


class StoreError(KGError):
    """The store cannot be opened, read or written."""


class StoreLockedError(StoreError):
    """Another process holds the on-disk store."""


class QueryError(KGError):
    """A SPARQL query is malformed or fails."""


class UsageError(KGError):
    """The command or function was called wrongly: an option value, a name, a combination."""

    exit_code = 2


class QueryUsageError(QueryError, UsageError):
    """No query, an unknown named query or parameter, or a result format the query cannot take."""

    exit_code = 2


class ValidationError(KGError):
    """The graph does not conform to the SHACL shapes."""


class ModelError(KGError):
    """No spaCy model could be loaded."""

    exit_code = 2


class ClusterError(KGError):
    """A Dask cluster cannot be reached, or a document failed on it after retries."""


class RegistryError(UsageError):
    """An unknown plugin name was asked for."""

    exit_code = 2


class ExportError(UsageError):
    """An export option was given to a format that does not take it."""

    exit_code = 2


class KGWarning(UserWarning):
    """Base of the warnings `kg` gives on purpose; the work goes on."""


class MetadataWarning(KGWarning):
    """A metadata field (e.g. ``published``) could not be read; the document is ingested without it."""


class ReplacedDocumentWarning(KGWarning):
    """An input has the id of a document an earlier run stored from another path, and replaces it."""

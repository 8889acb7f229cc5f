"""The files kg ships beside its code, read through :mod:`importlib.resources`.

Lexicons (``kg/extract/data/*.tsv``), the ontology and SHACL shapes
(``kg/ontology/*.ttl``) and the named queries (``kg/ontology/queries/*.rq``)
are package data, so an installed wheel finds them wherever it lives (a
zip, a site-packages folder), not only in a source checkout. In the
repository ``kg/ontology`` is a link to the top-level ``ontology/`` folder:
that folder is the one source, and building the wheel copies it in.
"""

from __future__ import annotations

from importlib.resources import files
from typing import TYPE_CHECKING

from kg.errors import KGError

if TYPE_CHECKING:  # importlib.resources.abc is 3.11+; only annotations need it
    from importlib.resources.abc import Traversable

__all__ = ["ONTOLOGY", "QUERIES", "resource", "read_resource", "lexicon_rows"]

#: The ontology folder inside the package (kg.ttl, shapes.ttl, queries/).
ONTOLOGY: Traversable = files("kg") / "ontology"
#: The named queries (``NAME.rq``).
QUERIES: Traversable = ONTOLOGY / "queries"


def resource(*parts: str) -> Traversable:
    """A shipped file by its path inside the package, e.g. ``("extract", "data", "x.tsv")``."""
    return files("kg").joinpath(*parts)


def read_resource(*parts: str) -> str:
    """A shipped text file's contents; a missing one is a KGError naming it, not a traceback."""
    try:
        return resource(*parts).read_text(encoding="utf-8")
    except (FileNotFoundError, NotADirectoryError) as exc:
        raise KGError(f"kg's package data file kg/{'/'.join(parts)} is missing: "
                      "reinstall kg (pip install --force-reinstall kg)") from exc


def lexicon_rows(name: str, width: int) -> list[list[str]]:
    """The tab-separated rows of a shipped lexicon, ``kg/extract/data/NAME``: blank lines and
    ``#`` comments skipped, each row padded with empty fields (or cut) to ``width`` fields."""
    return [(line.split("\t") + [""] * width)[:width]
            for line in read_resource("extract", "data", name).splitlines()
            if line.strip() and not line.startswith("#")]

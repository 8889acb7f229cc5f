"""Named queries: the SPARQL files in ``ontology/queries/``, run with typed parameters.

Each ``NAME.rq`` starts with a comment header::

    # Events of an actor in date order.          <- title (first line)
    #
    # Every event in which the actor is ...      <- what it answers
    #
    # @param actor string required -- label or alias of the actor
    # @example actor=Michelle Bachelet

A parameter is a variable of the query (``?actor``) that is left free in the
file. Running the query puts the values in a ``VALUES`` block right after the
``{`` of the WHERE clause, so the file stays valid SPARQL that any engine runs
(unbound, an optional parameter matches everything). Values are never pasted
into the text as typed: each becomes an RDF term first (a string literal, an
``xsd:date``, an IRI, an integer) and is written in N-Triples syntax, which
escapes quotes, backslashes and newlines, so a value cannot end its literal
and inject SPARQL. Parameter types: ``string``, ``date`` (``2022-05-28``,
``2022-05`` or ``2022``), ``iri`` (full, or prefixed with a prefix of
:data:`kg.namespaces.PREFIXES`) and ``integer``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.errors import QueryError, QueryUsageError
from kg.resources import QUERIES
from kg.query.text import where_brace

__all__ = [
    "QUERIES_DIR",
    "NamedQuery",
    "Param",
    "load_named",
    "named_query",
    "parse_params",
    "render",
    "run_named",
]

#: Where the named queries live: package data (``kg/ontology/queries``, see kg.resources).
QUERIES_DIR = QUERIES

PARAM_TYPES = ("string", "date", "iri", "integer")
_XSD = "http://www.w3.org/2001/XMLSchema#"
_PARAM = re.compile(
    r"^@param\s+(?P<name>[A-Za-z_]\w*)\s+(?P<type>\w+)\s+(?P<mode>required|optional)"
    r"\s+--\s+(?P<doc>.+)$"
)
_EXAMPLE = re.compile(r"^@example\s+(?P<name>[A-Za-z_]\w*)=(?P<value>.*)$")
_DATES = (
    (re.compile(r"^\d{4}-\d{2}-\d{2}$"), "date"),
    (re.compile(r"^\d{4}-\d{2}$"), "gYearMonth"),
    (re.compile(r"^\d{4}$"), "gYear"),
)


@dataclass(frozen=True)
class Param:
    """One parameter of a named query: a free variable of its SPARQL."""

    name: str
    type: str
    required: bool
    doc: str
    example: str | None = None


@dataclass(frozen=True)
class NamedQuery:
    """A SPARQL file with its header parsed."""

    name: str
    title: str
    description: str
    params: tuple[Param, ...]
    sparql: str

    def param(self, name: str) -> Param:
        for p in self.params:
            if p.name == name:
                return p
        known = ", ".join(p.name for p in self.params) or "none"
        raise QueryUsageError(f"named query {self.name!r} has no parameter {name!r}. Parameters: {known}")

    @property
    def example(self) -> dict[str, str]:
        """Example values from the header (``@example name=value``)."""
        return {p.name: p.example for p in self.params if p.example is not None}

    def as_dict(self) -> dict:
        """A JSON-ready summary (what ``/queries`` lists)."""
        return {
            "name": self.name,
            "title": self.title,
            "description": self.description,
            "params": [
                {"name": p.name, "type": p.type, "required": p.required, "doc": p.doc,
                 "example": p.example}
                for p in self.params
            ],
            "example": self.example,
            "sparql": self.sparql,
        }


def _parse(name: str, text: str) -> NamedQuery:
    header: list[str] = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        header.append(line[1:].strip())
    if not header or not header[0]:
        raise QueryError(f"named query {name!r} has no comment header (a title on line 1)")
    title = header[0].rstrip(".")
    prose: list[str] = []
    params: list[Param] = []
    examples: dict[str, str] = {}
    for line in header[1:]:
        if line.startswith("@param"):
            m = _PARAM.match(line)
            if m is None or m["type"] not in PARAM_TYPES:
                raise QueryError(
                    f"named query {name!r}: bad header line {line!r}; expected "
                    f"'@param NAME TYPE required|optional -- what it is' with TYPE one of "
                    f"{', '.join(PARAM_TYPES)}"
                )
            params.append(Param(m["name"], m["type"], m["mode"] == "required", m["doc"]))
        elif line.startswith("@example"):
            m = _EXAMPLE.match(line)
            if m is None:
                raise QueryError(f"named query {name!r}: bad header line {line!r}")
            examples[m["name"]] = m["value"]
        else:
            prose.append(line)
    unknown = set(examples) - {p.name for p in params}
    if unknown:
        raise QueryError(f"named query {name!r}: @example for unknown parameter(s) {sorted(unknown)}")
    params = [Param(p.name, p.type, p.required, p.doc, examples.get(p.name)) for p in params]
    if params and where_brace(text) is None:
        raise QueryError(f"named query {name!r} has parameters but no WHERE {{ to bind them in")
    description = " ".join(" ".join(prose).split())
    return NamedQuery(name, title, description, tuple(params), text)


def load_named(folder: str | Path | None = None) -> dict[str, NamedQuery]:
    """Every ``*.rq`` in ``folder`` (default :data:`QUERIES_DIR`), by name."""
    root = Path(folder) if folder is not None else QUERIES_DIR
    try:
        files = sorted((f for f in root.iterdir() if f.name.endswith(".rq")), key=lambda f: f.name)
    except (FileNotFoundError, NotADirectoryError):
        files = []
    if not files:
        raise QueryError(f"no named queries (*.rq) in {root}")
    return {f.name[:-3]: _parse(f.name[:-3], f.read_text(encoding="utf-8")) for f in files}


def named_query(name: str, folder: str | Path | None = None) -> NamedQuery:
    """One named query; an unknown name lists the valid ones."""
    queries = load_named(folder)
    if name not in queries:
        raise QueryUsageError(f"no named query {name!r}. Available: {', '.join(queries) or 'none'}")
    return queries[name]


def parse_params(pairs: tuple[str, ...] | list[str]) -> dict[str, str]:
    """``["actor=Michelle Bachelet", ...]`` (the CLI's ``--param``) as a dict."""
    params: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise QueryUsageError(f"--param wants NAME=VALUE, got {pair!r}")
        params[name.strip()] = value
    return params


def _term(query: NamedQuery, param: Param, value: str) -> ox.NamedNode | ox.Literal:
    where = f"parameter {param.name!r} of {query.name!r}"
    if param.type == "string":
        return ox.Literal(value)
    if param.type == "integer":
        if not re.fullmatch(r"[+-]?\d+", value.strip()):
            raise QueryUsageError(f"{where} must be an integer, got {value!r}")
        return ox.Literal(str(int(value)), datatype=ox.NamedNode(_XSD + "integer"))
    if param.type == "date":
        for pattern, local in _DATES:
            if pattern.match(value.strip()):
                return ox.Literal(value.strip(), datatype=ox.NamedNode(_XSD + local))
        raise QueryUsageError(f"{where} must be a date like 2022-05-28, 2022-05 or 2022, got {value!r}")
    return ox.NamedNode(_iri(value.strip(), where))


def _iri(value: str, where: str) -> str:
    from kg.namespaces import PREFIXES

    if value.startswith("<") and value.endswith(">"):
        value = value[1:-1]
    prefix, sep, local = value.partition(":")
    if sep and prefix in PREFIXES and not local.startswith("//"):
        value = str(PREFIXES[prefix]) + local
    try:
        ox.NamedNode(value)
    except ValueError as exc:
        raise QueryUsageError(f"{where} must be an IRI: {exc}") from None
    if not re.match(r"^[A-Za-z][A-Za-z0-9+.\-]*:", value):
        raise QueryUsageError(f"{where} must be an absolute IRI, got {value!r}")
    return value


def render(query: NamedQuery, params: Mapping[str, str] | None = None) -> str:
    """The query's SPARQL with ``params`` bound in a VALUES block (checked and escaped)."""
    params = dict(params or {})
    for name in params:
        query.param(name)  # unknown names list the valid ones
    missing = [p.name for p in query.params if p.required and p.name not in params]
    if missing:
        docs = "; ".join(f"{p.name}: {p.doc}" for p in query.params if p.name in missing)
        raise QueryUsageError(f"named query {query.name!r} needs --param for {', '.join(missing)} ({docs})")
    bound = [(p, _term(query, p, params[p.name])) for p in query.params if p.name in params]
    if not bound:
        return query.sparql
    names = " ".join(f"?{p.name}" for p, _ in bound)
    values = " ".join(str(term) for _, term in bound)
    at = where_brace(query.sparql)
    assert at is not None  # checked when the file was parsed
    return f"{query.sparql[:at]}\n  VALUES ({names}) {{ ({values}) }}{query.sparql[at:]}"


def run_named(store, name: str, params: Mapping[str, str] | None = None, **options):
    """Run a named query on a store; ``options`` go to :func:`kg.query.run_query`."""
    from kg.query import run_query

    return run_query(store, render(named_query(name), params), **options)

"""SPARQL over the store, and its results in the formats people and tools expect.

Results are materialised into a :class:`QueryResult` so that the CLI (and
later the HTTP endpoint) can pick a format after the query ran. The standard
formats (SPARQL results JSON/XML/CSV/TSV, Turtle, N-Triples, RDF/XML, JSON-LD)
are written by pyoxigraph's own serialisers, so they conform; only the
terminal ``table`` is ours.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import IO, Literal, Union

import pyoxigraph as ox

from kg.errors import MissingPathError, QueryError, QueryUsageError
from kg.store import Store, term_syntax

__all__ = [
    "GRAPH_FORMATS",
    "QueryResult",
    "SOLUTION_FORMATS",
    "format_result",
    "read_query",
    "run_query",
    "stats",
]

Term = Union[ox.NamedNode, ox.BlankNode, ox.Literal, ox.Triple]

#: Formats for SELECT and ASK results.
SOLUTION_FORMATS: dict[str, ox.QueryResultsFormat | None] = {
    "table": None,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
}
#: Formats for CONSTRUCT and DESCRIBE results ("table", "csv", "tsv" list the triples).
GRAPH_FORMATS: dict[str, ox.RdfFormat | None] = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "n3": ox.RdfFormat.N3,
    "jsonld": ox.RdfFormat.JSON_LD,
    "json": ox.RdfFormat.JSON_LD,
    "xml": ox.RdfFormat.RDF_XML,
    "rdfxml": ox.RdfFormat.RDF_XML,
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "table": None,
    "csv": None,
    "tsv": None,
}
_PREFIXED = (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG, ox.RdfFormat.N3, ox.RdfFormat.RDF_XML)
_XSD = "http://www.w3.org/2001/XMLSchema#"
_RDF_LANG = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
_RDF_DIR_LANG = "http://www.w3.org/1999/02/22-rdf-syntax-ns#dirLangString"
_BARE_TYPES = {
    _XSD + t
    for t in ("string", "integer", "decimal", "double", "float", "boolean", "date", "dateTime",
              "gYear", "gYearMonth", "long", "int", "nonNegativeInteger")
}
_LOCAL_NAME = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.\-]*$")


@dataclass(frozen=True)
class QueryResult:
    """A finished query: solutions (``select``), a truth value (``ask``) or triples (``graph``)."""

    kind: Literal["select", "ask", "graph"]
    variables: tuple[str, ...] = ()
    rows: list[tuple[Term | None, ...]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[ox.Triple] = field(default_factory=list)
    #: True when ``max_rows`` cut the rows (or triples) short.
    truncated: bool = False


def run_query(
    store: Store,
    sparql: str,
    *,
    default_union: bool = True,
    timeout: float | None = None,
    prefixes: Mapping[str, str] | None = None,
    max_rows: int | None = None,
    default_graph: Iterable[str] | None = None,
    named_graphs: Iterable[str] | None = None,
) -> QueryResult:
    """Run SPARQL and collect the whole result.

    ``default_union`` lets plain triple patterns see every document's graph.
    ``timeout`` is checked between results: pyoxigraph cannot interrupt a
    query, so a query that computes everything before its first row (ORDER BY,
    GROUP BY) is only stopped once that row arrives (the HTTP endpoint runs
    queries in processes it can kill instead; see kg.server.workers).
    ``max_rows`` keeps the first rows (or triples) and sets ``truncated``.
    ``default_graph`` / ``named_graphs`` set the dataset (see Store.query).
    """
    deadline = None if timeout is None else time.monotonic() + timeout
    raw = store.query(
        sparql,
        default_union=default_union,
        prefixes={k: str(v) for k, v in prefixes.items()} if prefixes else None,
        default_graph=default_graph,
        named_graphs=named_graphs,
    )
    try:
        if isinstance(raw, ox.QueryBoolean):
            return QueryResult("ask", boolean=bool(raw))
        if isinstance(raw, ox.QuerySolutions):
            variables = tuple(v.value for v in raw.variables)
            rows = [tuple(sol) for sol in _until(raw, deadline, timeout, max_rows)]
            cut = _cut(rows, max_rows)
            return QueryResult("select", variables=variables, rows=rows, truncated=cut)
        triples = list(_until(raw, deadline, timeout, max_rows))
        return QueryResult("graph", triples=triples, truncated=_cut(triples, max_rows))
    except (OSError, RuntimeError, ValueError) as exc:
        raise QueryError(f"query failed: {exc}") from None


def _cut(items: list, max_rows: int | None) -> bool:
    """Drop the one item read past ``max_rows``; whether there was one."""
    if max_rows is not None and len(items) > max_rows:
        del items[max_rows:]
        return True
    return False


def _until(
    items: Iterable, deadline: float | None, timeout: float | None, max_rows: int | None = None
) -> Iterable:
    """The items, stopping one past ``max_rows`` and failing past the deadline."""
    for n, item in enumerate(items):
        if deadline is not None and time.monotonic() > deadline:
            raise QueryError(f"query exceeded the timeout of {timeout:g} s")
        yield item
        if max_rows is not None and n >= max_rows:
            return


def format_result(
    result: QueryResult, fmt: str, *, prefixes: Mapping[str, str] | None = None
) -> str:
    """Serialise a result; ``prefixes`` shorten IRIs in tables and Turtle."""
    fmt = fmt.lower()
    names = GRAPH_FORMATS if result.kind == "graph" else SOLUTION_FORMATS
    if fmt not in names:
        kind = "CONSTRUCT/DESCRIBE" if result.kind == "graph" else "SELECT/ASK"
        raise QueryUsageError(
            f"unknown format {fmt!r} for {kind} results; choose one of: {', '.join(names)}"
        )
    prefixes = {k: str(v) for k, v in (prefixes or {}).items()}
    if result.kind == "graph":
        return _format_graph(result, fmt, prefixes)
    if fmt == "table":
        return _table(result, prefixes)
    return _standard(result).serialize(format=SOLUTION_FORMATS[fmt]).decode("utf-8")


def _format_graph(result: QueryResult, fmt: str, prefixes: dict[str, str]) -> str:
    rdf = GRAPH_FORMATS[fmt]
    if rdf is None:
        rows = [(t.subject, t.predicate, t.object) for t in result.triples]
        as_select = QueryResult("select", ("subject", "predicate", "object"), rows)
        return format_result(as_select, fmt, prefixes=prefixes)
    kwargs = {"prefixes": prefixes} if prefixes and rdf in _PREFIXED else {}
    return ox.serialize(result.triples, format=rdf, **kwargs).decode("utf-8")


def _standard(result: QueryResult) -> ox.QuerySolutions | ox.QueryBoolean:
    """The result as a pyoxigraph object again, via TSV (whose cells are N-Triples terms)."""
    if result.kind == "ask":
        data = '{"head":{},"boolean":%s}' % ("true" if result.boolean else "false")
        return ox.parse_query_results(data, ox.QueryResultsFormat.JSON)
    lines = ["\t".join(f"?{v}" for v in result.variables)]
    lines += ["\t".join("" if t is None else term_syntax(t) for t in row) for row in result.rows]
    return ox.parse_query_results("\n".join(lines) + "\n", ox.QueryResultsFormat.TSV)


# -- the terminal table --------------------------------------------------------


def _table(result: QueryResult, prefixes: dict[str, str], max_width: int = 60) -> str:
    if result.kind == "ask":
        return ("true" if result.boolean else "false") + "\n"
    header = list(result.variables)
    body = [[_clip(_cell(t, prefixes), max_width) for t in row] for row in result.rows]
    widths = [max([len(h)] + [len(r[i]) for r in body]) for i, h in enumerate(header)]

    def line(cells: list[str]) -> str:
        return "  ".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip()

    out = [line(header), line(["-" * w for w in widths])]
    out += [line(r) for r in body]
    n = len(result.rows)
    out.append(f"({n} row{'s' if n != 1 else ''})")
    return "\n".join(out) + "\n"


def _cell(term: Term | None, prefixes: dict[str, str]) -> str:
    """A short, readable form: prefixed IRIs, bare strings and numbers."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        return _iri(term.value, prefixes)
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Triple):
        parts = (_cell(term.subject, prefixes), _cell(term.predicate, prefixes),
                 _cell(term.object, prefixes))
        return "<< " + " ".join(parts) + " >>"
    text = term.value.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")
    text = text.replace("\r", "\\r")
    datatype = term.datatype.value
    if term.language:
        return f"{text}@{term.language}"
    if datatype in _BARE_TYPES or datatype in (_RDF_LANG, _RDF_DIR_LANG):
        return text
    return f'"{text}"^^{_iri(datatype, prefixes)}'


def _iri(iri: str, prefixes: dict[str, str]) -> str:
    best = None
    for name, ns in prefixes.items():
        if ns and iri.startswith(ns) and (best is None or len(ns) > len(best[1])):
            local = iri[len(ns):]
            if local == "" or (_LOCAL_NAME.match(local) and not local.endswith(".")):
                best = (name, ns)
    if best is None:
        return f"<{iri}>"
    return f"{best[0]}:{iri[len(best[1]):]}"


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


# -- reading queries and summarising the store ----------------------------------


def read_query(arg: str | None, file: str | None, stdin: IO[str] | None) -> str:
    """The query text from the argument, ``-f FILE`` or stdin ("-" for either means stdin)."""
    if arg is not None and file is not None:
        raise QueryUsageError("give the query as an argument or with -f FILE, not both")
    if arg is not None and arg != "-":
        text = arg
    elif file is not None and file != "-":
        try:
            with open(file, encoding="utf-8-sig") as handle:
                text = handle.read()
        except FileNotFoundError:
            raise MissingPathError("no such query file", path=file) from None
        except (OSError, UnicodeDecodeError) as exc:
            raise QueryError(f"cannot read the query file: {exc}", path=file) from None
    elif stdin is not None and (arg == "-" or file == "-" or not _is_tty(stdin)):
        text = stdin.read()
    else:
        raise QueryUsageError("no query given: pass it as an argument, with -f FILE, or on stdin")
    if not text.strip():
        raise QueryUsageError("the query is empty")
    return text


def _is_tty(stream: IO[str]) -> bool:
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def stats(store: Store, *, ns_kg: str | None = None) -> dict:
    """Counts for `kg stats`: named graphs, quads, and instances per rdf:type.

    Instances are counted once per class even when several documents type
    them. With ``ns_kg``, the ontology's own classes come first; then by count.
    """
    sparql = "SELECT ?t (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?t } GROUP BY ?t"
    counts = {
        row[0].value: int(row[1].value)
        for row in run_query(store, sparql).rows
        if isinstance(row[0], ox.NamedNode)
    }

    def order(item: tuple[str, int]) -> tuple[bool, int, str]:
        own = bool(ns_kg) and item[0].startswith(ns_kg)
        return (not own, -item[1], item[0])

    return {
        "graphs": len(store.graphs()),
        "triples": store.triple_count(),
        "types": dict(sorted(counts.items(), key=order)),
    }

"""The SPARQL 1.1 Protocol, as far as a read-only endpoint needs it.

Reading a request (GET ``?query=``, POST form-encoded, POST
``application/sparql-query``, with ``default-graph-uri`` / ``named-graph-uri``),
refusing what a read-only endpoint must not do (updates, ``LOAD``,
``SERVICE``) before anything runs, content negotiation, and the service
description. Errors are :class:`ProtocolError` with the HTTP status to send.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qsl

from kg.query.text import UPDATE_FORMS, has_from, has_service, query_form

__all__ = [
    "GRAPH_MEDIA",
    "MAX_BODY",
    "SOLUTION_MEDIA",
    "ProtocolError",
    "SparqlRequest",
    "check_format",
    "check_read_only",
    "negotiate",
    "read_request",
    "service_description",
    "service_description_as",
]

#: Largest request body accepted (bytes).
MAX_BODY = 1 << 20

#: Media type -> kg.query format name, in order of preference (the first is the default).
SOLUTION_MEDIA: dict[str, str] = {
    "application/sparql-results+json": "json",
    "application/sparql-results+xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
GRAPH_MEDIA: dict[str, str] = {
    "text/turtle": "turtle",
    "application/n-triples": "ntriples",
    "application/ld+json": "jsonld",
    "application/rdf+xml": "xml",
    "application/n-quads": "nquads",
    "application/trig": "trig",
}
# Other names clients use for the same things.
_ALIASES = {
    "solutions": {"application/json": "json", "application/xml": "xml", "text/xml": "xml"},
    "graph": {"application/x-turtle": "turtle", "text/plain": "ntriples",
              "application/json": "jsonld", "application/xml": "xml", "text/xml": "xml",
              "text/x-nquads": "nquads", "application/x-trig": "trig"},
}
# Short names for the `format` parameter (download links).
_SHORT = {
    "solutions": {"json": "json", "xml": "xml", "csv": "csv", "tsv": "tsv"},
    "graph": {"turtle": "turtle", "ttl": "turtle", "n3": "turtle", "ntriples": "ntriples",
              "nt": "ntriples", "jsonld": "jsonld", "json-ld": "jsonld", "json": "jsonld",
              "rdfxml": "xml", "rdf+xml": "xml", "rdf": "xml", "xml": "xml",
              "nquads": "nquads", "nq": "nquads", "trig": "trig"},
}


class ProtocolError(Exception):
    """A request the endpoint answers with an HTTP error status."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass(frozen=True)
class SparqlRequest:
    """A query and the dataset the protocol parameters ask for."""

    query: str | None
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()
    format: str | None = None  # the non-standard `format` parameter, for download links
    formats: tuple[str, ...] = ()  # every format/output value given, checked by check_format

    @property
    def form(self) -> str | None:
        return query_form(self.query) if self.query else None

    def dataset(self) -> dict:
        """Keyword arguments for QueryJob: the protocol's dataset, else the union of all graphs."""
        if self.default_graphs or self.named_graphs:
            return {"union": False, "default_graphs": self.default_graphs,
                    "named_graphs": self.named_graphs or None}
        return {"union": not has_from(self.query or "")}


def _from_pairs(pairs: list[tuple[str, str]], query: str | None = None) -> SparqlRequest:
    queries = [v for k, v in pairs if k == "query"]
    if any(k == "update" for k, _ in pairs):
        raise ProtocolError(403, "updates are refused: this endpoint is read-only")
    if len(queries) > 1 or (queries and query is not None):
        raise ProtocolError(400, "give exactly one query")
    formats = [v for k, v in pairs if k in ("format", "output")]
    return SparqlRequest(
        query=query if query is not None else (queries[0] if queries else None),
        default_graphs=tuple(v for k, v in pairs if k == "default-graph-uri"),
        named_graphs=tuple(v for k, v in pairs if k == "named-graph-uri"),
        format=formats[-1] if formats else None,
        formats=tuple(formats),
    )


async def read_request(request) -> SparqlRequest:
    """Parse a Starlette request as a SPARQL protocol query operation."""
    url_pairs = parse_qsl(request.url.query, keep_blank_values=True)
    if request.method in ("GET", "HEAD"):
        return _from_pairs(url_pairs)
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type == "application/sparql-update":
        raise ProtocolError(403, "updates are refused: this endpoint is read-only")
    body = await _body(request)
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise ProtocolError(400, "the request body is not UTF-8") from None
    if content_type == "application/x-www-form-urlencoded":
        return _from_pairs(url_pairs + parse_qsl(text, keep_blank_values=True))
    if content_type == "application/sparql-query":
        return _from_pairs(url_pairs, query=text)
    raise ProtocolError(
        415, "POST a query as application/x-www-form-urlencoded or application/sparql-query"
    )


async def _body(request) -> bytes:
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > MAX_BODY:
        raise ProtocolError(413, f"request body over {MAX_BODY} bytes")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY:
            raise ProtocolError(413, f"request body over {MAX_BODY} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def check_read_only(query: str) -> None:
    """Refuse updates and federation before the query reaches pyoxigraph.

    pyoxigraph would send a ``SERVICE`` clause's query over HTTP, so the
    endpoint would fetch any URL a query names; it must not.
    """
    if not query.strip():
        raise ProtocolError(400, "the query is empty")
    form = query_form(query)
    if form in UPDATE_FORMS:
        raise ProtocolError(403, f"{form} is an update; this endpoint is read-only")
    if has_service(query):
        raise ProtocolError(
            403, "SERVICE (federated query) is refused: this endpoint never fetches other URLs"
        )


def check_format(values: tuple[str, ...]) -> None:
    """400 for a ``format``/``output`` value naming no format at all (rather than ignoring it).

    A name known for the other kind of result is fine: SPARQLWrapper sends its
    own name (and a media type) whatever the query form, and Accept decides.
    """
    known = {name.lower() for kind in ("solutions", "graph")
             for table in (_SHORT[kind], _ALIASES[kind]) for name in table}
    known |= set(SOLUTION_MEDIA) | set(GRAPH_MEDIA)
    for value in values:
        if value.strip() and value.strip().lower() not in known:
            names = sorted(set(_SHORT["solutions"]) | set(_SHORT["graph"]))
            raise ProtocolError(400, f"unknown format {value!r}; choose one of: {', '.join(names)} "
                                     "(or a media type, or an Accept header)")


def negotiate(accept: str | None, fmt: str | None, kind: str) -> tuple[str, str]:
    """(kg format name, media type) for ``kind`` "solutions" or "graph"; 406 if none fits."""
    table = SOLUTION_MEDIA if kind == "solutions" else GRAPH_MEDIA
    by_format = {v: k for k, v in reversed(table.items())}
    offered = ", ".join(table)
    if fmt:  # a name for this kind of result wins; others (SPARQLWrapper sends its own) don't
        name = _SHORT[kind].get(fmt.lower()) or table.get(fmt.lower()) or _ALIASES[kind].get(
            fmt.lower())
        if name is not None:
            return name, by_format[name]
    if not accept or not accept.strip():
        name = next(iter(table.values()))
        return name, by_format[name]
    for media in _ranked(accept):
        if media in table:
            return table[media], media
        if media in _ALIASES[kind]:
            name = _ALIASES[kind][media]
            return name, by_format[name]
        if media == "*/*":
            name = next(iter(table.values()))
            return name, by_format[name]
        if media.endswith("/*"):
            for candidate, name in table.items():
                if candidate.startswith(media[:-1]):
                    return name, candidate
    raise ProtocolError(406, f"cannot answer in {accept!r}; this query's results come as: {offered}")


def _ranked(accept: str) -> list[str]:
    """Media ranges with q > 0, best first (then more specific, then as listed)."""
    ranked = []
    for order, part in enumerate(accept.split(",")):
        media, *params = (x.strip() for x in part.split(";"))
        q = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if media and q > 0:
            specificity = 0 if media == "*/*" else 1 if media.endswith("/*") else 2
            ranked.append((-q, -specificity, order, media.lower()))
    return [media for *_, media in sorted(ranked)]


_FORMATS_W3C = {
    "json": "SPARQL_Results_JSON", "xml": "SPARQL_Results_XML", "csv": "SPARQL_Results_CSV",
    "tsv": "SPARQL_Results_TSV", "turtle": "Turtle", "ntriples": "N-Triples",
    "jsonld": "JSON-LD", "rdfxml": "RDF_XML", "nquads": "N-Quads", "trig": "TriG",
}


def service_description_as(accept: str | None, fmt: str | None, endpoint: str,
                           **kwargs) -> tuple[bytes, str]:
    """The service description in the RDF format the request negotiates: (body, media type)."""
    import pyoxigraph as ox

    from kg.store import rdf_format

    name, media = negotiate(accept, fmt, "graph")
    text = service_description(endpoint, **kwargs)
    if name == "turtle":
        return text.encode("utf-8"), media
    quads = ox.parse(text, format=ox.RdfFormat.TURTLE)
    return ox.serialize(quads, format=rdf_format(name)), media


def service_description(endpoint: str, *, timeout: float, max_rows: int | None) -> str:
    """A SPARQL 1.1 Service Description of this endpoint, in Turtle."""
    formats = ", ".join(f"<http://www.w3.org/ns/formats/{v}>" for v in _FORMATS_W3C.values())
    cap = f'\n    kg:maxRows "{max_rows}" ;' if max_rows is not None else ""
    return f"""\
@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix kg: <https://w3id.org/kg-news/server#> .

<{endpoint}> a sd:Service ;
    sd:endpoint <{endpoint}> ;
    sd:supportedLanguage sd:SPARQL11Query ;
    sd:feature sd:UnionDefaultGraph ;
    sd:resultFormat {formats} ;
    sd:defaultEntailmentRegime <http://www.w3.org/ns/entailment/Simple> ;
    sd:defaultDataset [
        a sd:Dataset ;
        rdfs:comment "The default graph is the union of every document's named graph." ;
        sd:defaultGraph [ a sd:Graph ]
    ] ;
    rdfs:comment "Read-only kg endpoint: updates, LOAD and SERVICE are refused." ;
    kg:timeoutSeconds "{timeout:g}"^^xsd:decimal ;{cap}
    rdfs:label "kg SPARQL endpoint" .
"""

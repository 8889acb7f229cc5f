"""A store on a SPARQL 1.1 server: the same methods as :class:`kg.store.Store`, over HTTP.

``Store.open("http://HOST:PORT/...")`` returns a :class:`RemoteStore`, so every
command (ingest, query, export, timeline, stats, validate, remove) runs
unchanged against Oxigraph server, Apache Jena Fuseki, GraphDB or Virtuoso.
It speaks three standard protocols and nothing else:

* SPARQL 1.1 Query (``POST`` form-encoded, ``Accept:
  application/sparql-results+json, application/n-triples``); the answers are
  parsed by pyoxigraph into its own terms, so ``row["x"].value`` works as on
  the embedded store.
* SPARQL 1.1 Update: one request per document (``DROP SILENT GRAPH`` +
  ``INSERT DATA``), which Oxigraph server and Fuseki run as one transaction,
  so each document is fully in or absent whatever happens to the server.
* The Graph Store Protocol, to read one graph (``?graph=IRI``), the real
  default graph (``?default``) or the whole dataset (N-Quads; Oxigraph and
  Fuseki answer a ``GET`` on the dataset, other servers get per-graph reads).

Endpoints. A URL without a path is an Oxigraph server (``/query``,
``/update``, ``/store``); a URL with a path is a dataset that answers all
three itself (Fuseki's ``http://HOST:3030/DATASET``). Query parameters name
other layouts, relative to the URL: ``?update=…&store=…&query=…`` (GraphDB:
``http://HOST:7200/repositories/kg?update=/repositories/kg/statements&store=/repositories/kg/rdf-graphs/service``).
User and password in the URL become HTTP basic authentication.

Default graph. kg's queries read the default graph as the union of every
graph, the real default graph (the corpus view of :mod:`kg.resolve`) included.
Oxigraph server does so per query when asked with its ``union-default-graph``
parameter, which this module sends (the server needs no flag, and one started
with ``--union-default-graph`` works too). Other servers ignore the parameter
and must be set up so: GraphDB and Virtuoso query the union by default.

A server that cannot be reached or stops answering raises a one-line
:class:`~kg.errors.StoreError`; what was committed before stays, and a re-run
of ``kg ingest`` skips the documents already stored.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from urllib.parse import parse_qsl, urljoin, urlsplit, urlunsplit

import httpx
import pyoxigraph as ox

from kg.errors import QueryError, StoreError
from kg.store.base import (
    StoreLifecycle,
    dump_options,
    has_bnode,
    rdf_format,
    remove_update,
    replace_update,
    unique_triples,
)

__all__ = ["RemoteStore", "is_remote", "endpoints"]

_ACCEPT_QUERY = "application/sparql-results+json, application/n-triples;q=0.9"
_TIMEOUT = httpx.Timeout(600.0, connect=10.0)  # long queries are the server's to cut


def is_remote(path: str | os.PathLike[str] | None) -> bool:
    """Whether a --store value names a SPARQL server rather than a folder."""
    return path is not None and str(path).lower().startswith(("http://", "https://"))


def endpoints(url: str) -> tuple[str, str, str]:
    """(query, update, graph store) URLs for a --store URL (see the module docstring)."""
    parts = urlsplit(url)
    base = urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))
    overrides = dict(parse_qsl(parts.query))
    unknown = set(overrides) - {"query", "update", "store"}
    if unknown:
        raise StoreError(f"unknown store URL parameter(s) {', '.join(sorted(unknown))}; "
                         "known: query, update, store", path=url)
    if parts.path in ("", "/"):
        root = base.rstrip("/")
        found = {"query": root + "/query", "update": root + "/update", "store": root + "/store"}
    else:
        found = dict.fromkeys(("query", "update", "store"), base)
    for key, value in overrides.items():
        found[key] = urljoin(base, value)
    return found["query"], found["update"], found["store"]


class RemoteStore(StoreLifecycle):
    """A quad store on a SPARQL server; each document lives in its own named graph."""

    def __init__(self, url: str, *, read_only: bool = False,
                 transport: httpx.BaseTransport | None = None) -> None:
        self.path = url
        self.read_only = read_only
        self.query_url, self.update_url, self.store_url = endpoints(url)
        parts = urlsplit(url)
        auth = (parts.username or "", parts.password or "") if parts.username else None
        self._client: httpx.Client | None = httpx.Client(
            timeout=_TIMEOUT, auth=auth, transport=transport, follow_redirects=True,
            headers={"User-Agent": "kg (https://w3id.org/kg-news)"})

    # -- opening and closing ------------------------------------------------

    @classmethod
    def open(cls, url: str, *, read_only: bool = False) -> RemoteStore:
        """Connect and check that the query endpoint answers (``ASK {}``)."""
        store = cls(url, read_only=read_only)
        try:
            store.query("ASK {}", default_union=False)
        except QueryError as exc:
            store.close()
            raise StoreError(f"no SPARQL query endpoint at {store.query_url} ({exc}); for Fuseki "
                             "give the dataset URL, http://HOST:3030/DATASET") from None
        except StoreError:
            store.close()
            raise
        return store

    def flush(self) -> None:
        """Nothing to do: every write is committed when its request returns."""

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    @property
    def closed(self) -> bool:
        return self._client is None

    @property
    def inner(self) -> ox.Store:
        raise StoreError("a remote store has no embedded pyoxigraph store", path=self.path)

    # -- writing --------------------------------------------------------------

    def replace_graph(self, graph: str, quads: Iterable[ox.Quad | ox.Triple]) -> None:
        """Make ``graph`` hold exactly these triples, in one update request (one transaction)."""
        self._update(replace_update(graph, unique_triples(quads)), f"cannot write graph <{graph}>")

    def write_graphs(self, graphs: dict[str, list[ox.Quad]]) -> None:
        """Write several documents' graphs, one request (one transaction) each, in order."""
        for graph, quads in graphs.items():
            self.replace_graph(graph, quads)

    def replace_default_graph(self, triples: Iterable[ox.Quad | ox.Triple]) -> None:
        """Make the real default graph (the corpus view) hold exactly these triples."""
        triples = unique_triples(triples)
        if not any(has_bnode(t) for t in triples):
            current = {q.triple for q in self._get_graph({"default": ""}, ox.DefaultGraph())}
            if set(triples) == current:
                return
        self._update(replace_update(None, triples), "cannot replace the default graph")

    def remove_graph(self, graph: str) -> None:
        """Delete a named graph; a missing graph is not an error."""
        self._update(f"DROP SILENT GRAPH {ox.NamedNode(graph)}", f"cannot remove graph <{graph}>")

    def remove_graphs(self, graphs: Iterable[str], default: Iterable[ox.Quad | ox.Triple]) -> None:
        """Delete named graphs and replace the default graph in one update request (one transaction)."""
        self._update(remove_update(list(graphs), unique_triples(default)), "cannot remove documents")

    def bulk_load(
        self,
        quads: Iterable[ox.Quad] | None = None,
        *,
        path: str | os.PathLike[str] | None = None,
        fmt: str | ox.RdfFormat | None = None,
        graph: str | None = None,
        workers: int | None = None,
    ) -> None:
        """Add quads or an RDF file with one Graph Store Protocol ``POST`` (not replacing).

        ``workers`` is accepted for the local store's signature; the server loads on its own.
        """
        if (quads is None) == (path is None):
            raise StoreError("bulk_load needs either quads or path, not both")
        if quads is not None:
            data, rdf = ox.serialize(quads, format=ox.RdfFormat.N_QUADS), ox.RdfFormat.N_QUADS
        else:
            rdf = rdf_format(fmt) if fmt is not None else ox.RdfFormat.from_extension(
                os.path.splitext(str(path))[1].lstrip("."))
            if rdf is None:
                raise StoreError("cannot tell the RDF format; pass fmt", path=str(path))
            with open(path, "rb") as fh:
                data = fh.read()
        params = {"graph": graph} if graph is not None and not rdf.supports_datasets else {}
        self._request("POST", self.store_url, "bulk load failed", params=params, content=data,
                      headers={"Content-Type": rdf.media_type})

    # -- reading ------------------------------------------------------------

    def graphs(self) -> list[str]:
        """The named graphs' IRIs, sorted."""
        rows = self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }", default_union=False)
        return sorted(row["g"].value for row in rows)

    def query(
        self,
        sparql: str,
        *,
        default_union: bool = True,
        prefixes: dict[str, str] | None = None,
        default_graph: Iterable[str] | None = None,
        named_graphs: Iterable[str] | None = None,
    ) -> ox.QuerySolutions | ox.QueryBoolean | list[ox.Triple]:
        """Run SPARQL on the server; results as pyoxigraph objects (CONSTRUCT: a list of triples).

        The arguments mean what they mean for :meth:`kg.store.Store.query`;
        ``default_union`` becomes Oxigraph's ``union-default-graph`` parameter.
        """
        # On the query's first line, so the server's error positions keep their line numbers.
        text = "".join(f"PREFIX {k}: <{v}> " for k, v in (prefixes or {}).items()) + sparql
        form: list[tuple[str, str]] = [("query", text)]
        try:
            if default_graph is not None:
                form += [("default-graph-uri", ox.NamedNode(g).value) for g in default_graph]
            elif default_union:
                form.append(("union-default-graph", "true"))
            form += [("named-graph-uri", ox.NamedNode(g).value) for g in named_graphs or ()]
        except ValueError as exc:
            raise QueryError(f"invalid graph IRI: {exc}") from None
        response = self._request("POST", self.query_url, "query failed", form=form,
                                 headers={"Accept": _ACCEPT_QUERY}, query=True)
        media = response.headers.get("content-type", "").split(";")[0].strip()
        try:
            results = ox.QueryResultsFormat.from_media_type(media)
            if results is not None:
                return ox.parse_query_results(response.content, format=results)
            rdf = ox.RdfFormat.from_media_type(media)
            if rdf is not None:
                return [q.triple for q in ox.parse(response.content, format=rdf)]
        except (SyntaxError, ValueError) as exc:
            raise QueryError(f"unreadable answer from {self.query_url}: {exc}") from None
        raise QueryError(f"{self.query_url} answered with unexpected type {media!r}")

    def quads(self, graph: str | None = None) -> Iterator[ox.Quad]:
        """All quads (the whole dataset), or those of one named graph."""
        if graph is not None:
            yield from self._get_graph({"graph": graph}, ox.NamedNode(graph))
            return
        response = self._request("GET", self.store_url, "cannot read the store",
                                 headers={"Accept": "application/n-quads"}, allow=(400, 404, 405, 406))
        if response.status_code < 300:
            yield from _parse(response.content, ox.RdfFormat.N_QUADS, self.store_url)
            return
        # No whole-dataset GET on this server: the default graph, then each named graph.
        yield from self._get_graph({"default": ""}, ox.DefaultGraph())
        for name in self.graphs():
            yield from self._get_graph({"graph": name}, ox.NamedNode(name))

    def triple_count(self) -> int:
        """Quads across all graphs (a triple stated in two documents counts twice)."""
        rows = self.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
                          default_union=False)
        named = next((int(row["n"].value) for row in rows), 0)
        return named + sum(1 for _ in self._get_graph({"default": ""}, ox.DefaultGraph()))

    def dump(
        self,
        fmt: str | ox.RdfFormat,
        graph: str | None = None,
        *,
        prefixes: dict[str, str] | None = None,
    ) -> bytes:
        """Serialise the whole dataset (nquads, trig, jsonld) or one graph (any format)."""
        _, kwargs = dump_options(fmt, graph, prefixes)
        if graph is not None:
            return ox.serialize([q.triple for q in self.quads(graph)], **kwargs)
        return ox.serialize(list(self.quads()), **kwargs)

    # -- HTTP ---------------------------------------------------------------

    def _get_graph(self, params: dict[str, str], name: ox.NamedNode | ox.DefaultGraph
                   ) -> Iterator[ox.Quad]:
        response = self._request("GET", self.store_url, "cannot read the store", params=params,
                                 headers={"Accept": "application/n-triples"}, allow=(404,))
        if response.status_code == 404:  # the graph does not exist: it is empty
            return
        for q in _parse(response.content, ox.RdfFormat.N_TRIPLES, self.store_url):
            yield ox.Quad(q.subject, q.predicate, q.object, name)

    def _update(self, update: str, what: str) -> None:
        if self.read_only:
            raise StoreError("the store is open read-only", path=self.path)
        self._request("POST", self.update_url, what, content=update.encode("utf-8"),
                      headers={"Content-Type": "application/sparql-update"}, write=True)

    def _request(self, method: str, url: str, what: str, *, params: dict | None = None,
                 content: bytes | None = None, form: list | None = None,
                 headers: dict | None = None, allow: tuple[int, ...] = (), query: bool = False,
                 write: bool = False) -> httpx.Response:
        if self._client is None:
            raise StoreError("the store is closed", path=self.path)
        if form is not None:
            content = str(httpx.QueryParams(form)).encode("ascii")
            headers = {**(headers or {}), "Content-Type": "application/x-www-form-urlencoded"}
        try:
            response = self._client.request(method, url, params=params, content=content,
                                            headers=headers)
        except httpx.TransportError as exc:
            reason = str(exc) or type(exc).__name__
            hint = ("; what was written before is kept, and a re-run of `kg ingest` resumes"
                    if write else "")
            raise StoreError(
                f"{what}: the SPARQL server at {url} did not answer ({reason}){hint}") from None
        if response.status_code < 300 or response.status_code in allow:
            return response
        message = " ".join(response.text.split())[:300] or response.reason_phrase
        if query and response.status_code == 400:
            raise QueryError(f"malformed SPARQL query or parameters: {message}")
        if query and 400 < response.status_code < 500 and response.status_code not in (401, 403, 404):
            raise QueryError(f"{what}: {message}")
        if query and response.status_code == 404:
            raise QueryError(f"HTTP 404 {message}")
        raise StoreError(f"{what}: HTTP {response.status_code} from {url}: {message}")


def _parse(data: bytes, fmt: ox.RdfFormat, url: str) -> Iterator[ox.Quad]:
    try:
        yield from ox.parse(data, format=fmt)
    except SyntaxError as exc:
        raise StoreError(f"unreadable answer from {url}: {exc}") from None

"""The HTTP endpoint: a Starlette app over the query worker pool, served by uvicorn.

Routes::

    GET  /                   the query page (inline JS/CSS, works offline)
    GET  /sparql, /query     ?query=... (SPARQL 1.1 Protocol); without a query: service description
    POST /sparql, /query     form-encoded or application/sparql-query
    HEAD /sparql, /query     as GET, without the body
    GET  /queries            the named queries (JSON)
    GET  /queries/{name}     run one: /queries/actor-events?actor=Michelle%20Bachelet
    GET  /timeline           the HTML timeline exporter's page, if that exporter is registered
    GET  /health             {"status": "ok", ...}

Requests whose Host header names another server get 400 (:mod:`kg.server.guard`);
CORS headers are sent only for the origins given with ``--cors``.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from kg.errors import KGError
from kg.server.protocol import (
    ProtocolError,
    SparqlRequest,
    check_read_only,
    negotiate,
    read_request,
    check_format,
    service_description_as,
)
from kg.server.guard import HostCheckMiddleware, HostGuard
from kg.server.workers import (
    Busy,
    ExportJob,
    QueryJob,
    Timeout,
    WorkerCrashed,
    WorkerPool,
)

__all__ = ["ServerConfig", "create_app"]

PAGE = Path(__file__).with_name("page.html")
TRUNCATED_HEADER = "KG-Truncated"


@dataclass(frozen=True)
class ServerConfig:
    """What `kg serve` was asked for."""

    store_path: str
    timeout: float = 10.0
    max_rows: int | None = 10_000
    workers: int = 2
    refresh: float = 1.0
    host: str = "127.0.0.1"  # the bound address: Host headers must name it
    allow_hosts: tuple[str, ...] = ()  # more Host names to answer ("*": any)
    cors: tuple[str, ...] = ()  # origins allowed to read answers cross-origin ("*": any)
    long_queries: int = 2  # queries allowed to run past long_after at once
    long_after: float = 1.0


def _error(status: int, message: str) -> PlainTextResponse:
    headers = {"Retry-After": "2"} if status == 503 else None
    return PlainTextResponse(message.rstrip() + "\n", status_code=status, headers=headers)


def _status_for(kind: str) -> int:
    """A malformed query (or bad graph IRI) is the client's fault; anything else is ours."""
    return 400 if kind == "QueryError" else 500


def create_app(config: ServerConfig) -> Starlette:
    """The ASGI app; its lifespan starts and stops the worker pool."""
    from kg.namespaces import PREFIXES

    prefixes = {name: str(ns) for name, ns in PREFIXES.items()}
    pool = WorkerPool(config.store_path, config.workers, refresh=config.refresh,
                      long_slots=config.long_queries, long_after=config.long_after)

    @contextlib.asynccontextmanager
    async def lifespan(app):
        pool.start()
        try:
            yield
        finally:
            pool.stop()

    async def execute(request: Request, sparql: SparqlRequest) -> Response:
        assert sparql.query is not None
        check_format(sparql.formats)
        check_read_only(sparql.query)
        accept = request.headers.get("accept")
        chosen = {kind: _negotiated(accept, sparql.format, kind) for kind in ("solutions", "graph")}
        form = sparql.form
        expected = "graph" if form in ("CONSTRUCT", "DESCRIBE") else "solutions" if form else None
        if expected and chosen[expected] is None:
            negotiate(accept, sparql.format, expected)  # raises the 406 with its message
        job = QueryJob(
            sparql.query,
            fmt=(chosen["solutions"] or ("json", ""))[0],
            graph_fmt=(chosen["graph"] or ("turtle", ""))[0],
            max_rows=config.max_rows,
            prefixes=prefixes,
            **sparql.dataset(),
        )
        try:
            answer = await pool.run(job, config.timeout)
        except (Timeout, Busy) as exc:
            return _error(503, str(exc))
        except WorkerCrashed as exc:
            return _error(500, str(exc))
        if answer.error is not None:
            kind, message = answer.error
            return _error(_status_for(kind), message)
        picked = chosen["graph" if answer.kind == "graph" else "solutions"]
        if picked is None:
            negotiate(accept, sparql.format, "graph" if answer.kind == "graph" else "solutions")
        media = picked[1]
        headers = {TRUNCATED_HEADER: "true"} if answer.truncated else {}
        return Response(answer.body, media_type=media, headers=headers)

    async def sparql_endpoint(request: Request) -> Response:
        try:
            sparql = await read_request(request)
            if sparql.query is None:
                if request.method == "POST":
                    raise ProtocolError(400, "no query in the request")
                check_format(sparql.formats)
                endpoint = str(request.url.replace(query="", fragment=""))
                body, media = service_description_as(
                    request.headers.get("accept"), sparql.format, endpoint,
                    timeout=config.timeout, max_rows=config.max_rows)
                return Response(body, media_type=media)
            return await execute(request, sparql)
        except ProtocolError as exc:
            return _error(exc.status, exc.message)

    async def list_queries(request: Request) -> Response:
        from kg.query.named import load_named

        base = str(request.base_url).rstrip("/")
        try:
            queries = load_named()
        except KGError as exc:
            return _error(500, str(exc))
        listing = []
        for q in queries.values():
            item = q.as_dict()
            item["url"] = f"{base}/queries/{q.name}"
            item["example_sparql"] = _rendered(q)
            listing.append(item)
        return JSONResponse(listing)

    async def run_named_query(request: Request) -> Response:
        from kg.query.named import load_named, render

        name = request.path_params["name"]
        queries = load_named()
        if name not in queries:
            return _error(404, f"no named query {name!r}. Available: {', '.join(queries)}")
        reserved = {"format", "output", "default-graph-uri", "named-graph-uri"}
        pairs = list(request.query_params.multi_items())
        if request.method == "POST":
            form = await request.body()
            from urllib.parse import parse_qsl

            pairs += parse_qsl(form.decode("utf-8", "replace"), keep_blank_values=True)
        params = {k: v for k, v in pairs if k not in reserved}
        try:
            text = render(queries[name], params)
        except KGError as exc:
            return _error(400, str(exc))
        fmt = next((v for k, v in pairs if k in ("format", "output")), None)
        try:
            return await execute(request, SparqlRequest(text, format=fmt,
                                                        formats=(fmt,) if fmt else ()))
        except ProtocolError as exc:
            return _error(exc.status, exc.message)

    async def timeline(request: Request) -> Response:
        from kg.registry import exporters

        if "html" not in exporters:
            return HTMLResponse(
                "<!doctype html><title>No timeline</title><p>The HTML timeline exporter "
                "(<code>kg export --format html</code>) is not installed in this version, so "
                "there is no timeline to show. <a href='/'>Back to the query page</a>.</p>",
                status_code=404,
            )
        try:
            answer = await pool.run(ExportJob("html"), config.timeout)
        except (Timeout, Busy, WorkerCrashed) as exc:
            return _error(503, str(exc))
        if answer.error is not None:
            return _error(500, answer.error[1])
        return HTMLResponse(answer.body)

    async def health(request: Request) -> Response:
        alive = pool.alive()
        body = {"status": "ok" if alive else "down", "store": config.store_path,
                "workers": alive, "long_queries": pool.long_running,
                "timeout": config.timeout, "max_rows": config.max_rows}
        return JSONResponse(body, status_code=200 if alive else 503)

    async def page(request: Request) -> Response:
        return HTMLResponse(PAGE.read_text(encoding="utf-8"))

    routes = [
        Route("/", page),
        Route("/sparql", sparql_endpoint, methods=["GET", "HEAD", "POST"]),
        Route("/query", sparql_endpoint, methods=["GET", "HEAD", "POST"]),
        Route("/queries", list_queries),
        Route("/queries/{name}", run_named_query, methods=["GET", "POST"]),
        Route("/timeline", timeline),
        Route("/health", health),
    ]
    middleware = [Middleware(HostCheckMiddleware, guard=HostGuard(config.host, config.allow_hosts))]
    if config.cors:
        middleware.append(Middleware(
            CORSMiddleware, allow_origins=list(config.cors), allow_methods=["GET", "HEAD", "POST"],
            allow_headers=["Accept", "Content-Type"], expose_headers=[TRUNCATED_HEADER],
            max_age=600))
    return Starlette(routes=routes, middleware=middleware, lifespan=lifespan)


def _rendered(query) -> str:
    """The query with its example values bound, or as written if it has none (or too few)."""
    from kg.query.named import render

    try:
        return render(query, query.example)
    except KGError:
        return query.sparql


def _negotiated(accept: str | None, fmt: str | None, kind: str) -> tuple[str, str] | None:
    try:
        return negotiate(accept, fmt, kind)
    except ProtocolError:
        return None

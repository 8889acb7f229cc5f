"""`kg serve`: a read-only SPARQL 1.1 Protocol endpoint, named queries and a query page.

Layout: :mod:`kg.server.protocol` (requests, refusals, negotiation, service
description), :mod:`kg.server.workers` (killable query processes with
deadlines), :mod:`kg.server.app` (Starlette routes), ``page.html`` (the page).
This module stays light: worker processes import :mod:`kg.server.workers`
without loading Starlette.
"""

from __future__ import annotations

import signal
import sys

__all__ = ["serve"]


def serve(
    store_path: str,
    *,
    host: str = "127.0.0.1",
    port: int = 7878,
    timeout: float = 10.0,
    max_rows: int | None = 10_000,
    workers: int = 2,
    refresh: float = 1.0,
    log_level: str = "info",
    allow_hosts: tuple[str, ...] = (),
    cors: tuple[str, ...] = (),
    long_queries: int = 2,
) -> None:
    """Serve the store until SIGINT or SIGTERM; in-flight requests finish first.

    The store is opened read-only (it may be ingested into meanwhile); a
    missing store fails here, before the port is bound. A stale corpus view
    is reported here too (see :func:`kg.resolve.view_is_current`).
    """
    import uvicorn

    from kg.resolve import STALE_VIEW, view_is_current
    from kg.server.app import ServerConfig, create_app
    from kg.store import Store

    with Store.open(store_path, read_only=True) as store:
        if not view_is_current(store):
            print(f"kg: warning: {STALE_VIEW}", file=sys.stderr, flush=True)
    config = ServerConfig(store_path, timeout=timeout, max_rows=max_rows, workers=workers,
                          refresh=refresh, host=host, allow_hosts=tuple(allow_hosts),
                          cors=tuple(cors), long_queries=long_queries)
    app = create_app(config)
    print(f"kg: serving {store_path} on http://{host}:{port}/ (SPARQL endpoint: /sparql); "
          "Ctrl-C stops", file=sys.stderr, flush=True)
    server = uvicorn.Server(uvicorn.Config(
        app, host=host, port=port, log_level=log_level, lifespan="on",
        timeout_graceful_shutdown=5, server_header=False,
    ))
    # uvicorn stops gracefully on SIGINT/SIGTERM, then re-raises the signal with the
    # handler it found; no-op ones let `kg serve` exit 0 after a clean stop.
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda signum, frame: None)
    server.run()

"""Who may talk to a local endpoint: the Host-header check against DNS rebinding.

A web page the user visits can make the browser send requests to
``127.0.0.1``; with CORS off it cannot read the answers, unless it rebinds
its own domain name to 127.0.0.1, which makes the request same-origin. Such
a request still says ``Host: attacker.example``, so the server answers only
Host values that name the address it is bound to (``--allow-host`` adds
names; ``*`` allows any). An IP literal can never be a rebound name, so on a
wildcard bind (0.0.0.0, ::) any IP literal is accepted besides the machine's
own names.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterable

__all__ = ["HostGuard", "HostCheckMiddleware"]

LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1"})


def _ip(text: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(text)
    except ValueError:
        return None


def host_name(header: str) -> str:
    """The name in a Host header, lowercase, without port, brackets or trailing dot."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[1:].partition("]")[0]
    name, colon, port = header.rpartition(":")
    if colon and port.isdigit() and ":" not in name:
        header = name
    return header.rstrip(".")


class HostGuard:
    """The Host names a server bound to ``bind`` answers, plus ``extra`` ones."""

    def __init__(self, bind: str, extra: Iterable[str] = ()) -> None:
        extra = [host_name(h) for h in extra]
        self.any = "*" in extra
        bound = host_name(bind)
        ip = _ip(bound)
        self.names = {bound, *extra}
        self.any_ip = bool(ip is not None and ip.is_unspecified)
        if bound == "localhost" or (ip is not None and (ip.is_loopback or ip.is_unspecified)):
            self.names |= LOOPBACK_NAMES
        if self.any_ip:
            self.names |= {socket.gethostname().lower(), socket.getfqdn().lower()}

    def allows(self, header: str | None) -> bool:
        if self.any:
            return True
        if not header:
            return False
        name = host_name(header)
        return name in self.names or (self.any_ip and _ip(name) is not None)

    def describe(self) -> str:
        shown = sorted(self.names) + (["any IP address"] if self.any_ip else [])
        return ", ".join(shown)


class HostCheckMiddleware:
    """ASGI middleware: 400 for a request whose Host header names another server."""

    def __init__(self, app, guard: HostGuard) -> None:
        self.app, self.guard = app, guard

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] not in ("http", "websocket") or self.guard.any:
            await self.app(scope, receive, send)
            return
        header = next((v.decode("latin-1") for k, v in scope["headers"] if k == b"host"), None)
        if self.guard.allows(header):
            await self.app(scope, receive, send)
            return
        from starlette.responses import PlainTextResponse

        name = host_name(header) if header else ""
        message = (f"Host {header!r} does not name this server ({self.guard.describe()}); "
                   f"start kg serve with --allow-host {name} to answer it\n" if header
                   else "the request has no Host header\n")
        await PlainTextResponse(message, status_code=400)(scope, receive, send)

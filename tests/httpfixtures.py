"""A real HTTP server on 127.0.0.1 for tests: routes, canned or computed answers, and misbehaving servers.

    with serve({"/gs_data.json": Reply(200, {"ETag": '"v1"'}, '{"citedby": 1}')}) as server:
        url = server.url("/gs_data.json")
        ...
        assert server.count("/gs_data.json") == 1

A route is one of:

- `Reply(status, headers, body)`: the same answer every time;
- a list of `Reply`: answered in order, the last one repeating;
- a function `(Request) -> Reply`: computed from the request (conditional GETs, paging);
- a `Raw` function `(handler, stop_event) -> None`: writes to the socket itself
  (see `hang()` and `trickle()`); it should return once `stop_event` is set.

Unknown paths answer 404. `server.requests` records every request.
Also `json_reply()` for JSON bodies and `unused_port()` for a refused connection.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit


@dataclass(frozen=True)
class Reply:
    status: int = 200
    headers: Mapping[str, str] = field(default_factory=dict)
    body: bytes | str = b""


@dataclass(frozen=True)
class Request:
    method: str
    path: str  # without the query
    query: dict[str, list[str]]
    headers: dict[str, str]  # names in lower case

    def param(self, name: str) -> str | None:
        values = self.query.get(name)
        return values[0] if values else None


@dataclass(frozen=True)
class Raw:
    """A route that writes the response itself: `handle(handler, stop_event)`."""

    handle: Callable[[BaseHTTPRequestHandler, threading.Event], None]


Route = Reply | list[Reply] | Callable[[Request], Reply] | Raw


def json_reply(value: Any, status: int = 200, headers: Mapping[str, str] | None = None) -> Reply:
    return Reply(status, {"Content-Type": "application/json", **(headers or {})}, json.dumps(value))


def hang() -> Raw:
    """Accept the connection, read the request, never answer (until the server stops)."""
    return Raw(lambda handler, stop: stop.wait())


def trickle(body: bytes | str, *, delay: float = 0.2, status: int = 200) -> Raw:
    """Answer with headers at once, then one byte of the body every `delay` seconds."""
    data = body.encode() if isinstance(body, str) else body

    def handle(handler: BaseHTTPRequestHandler, stop: threading.Event) -> None:
        handler.send_response(status)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(data)))
        handler.end_headers()
        for index in range(len(data)):
            if stop.wait(delay):
                return
            try:
                handler.wfile.write(data[index:index + 1])
                handler.wfile.flush()
            except OSError:
                return  # the client gave up

    return Raw(handle)


def unused_port() -> int:
    """A local port nothing listens on (connections to it are refused)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class LocalServer:
    """A ThreadingHTTPServer on 127.0.0.1, port chosen by the system, serving `routes`."""

    def __init__(self, routes: Mapping[str, Route] | None = None) -> None:
        self.routes: dict[str, Route] = dict(routes or {})
        self.requests: list[Request] = []
        self.stop = threading.Event()
        self._served: dict[str, int] = {}
        self._lock = threading.Lock()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler_class(self))
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                        name="test-http-server", daemon=True)

    @property
    def port(self) -> int:
        return self._httpd.server_address[1]

    def url(self, path: str = "/") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def count(self, path: str) -> int:
        """How many requests arrived for `path` (query ignored)."""
        with self._lock:
            return sum(1 for r in self.requests if r.path == path)

    def start(self) -> LocalServer:
        self._thread.start()
        return self

    def close(self) -> None:
        self.stop.set()  # releases hanging and trickling handlers
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def _record(self, request: Request) -> Route | None:
        with self._lock:
            self.requests.append(request)
            route = self.routes.get(request.path)
            if isinstance(route, list):
                index = self._served.get(request.path, 0)
                self._served[request.path] = index + 1
                return route[min(index, len(route) - 1)]
            return route


def _handler_class(server: LocalServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
            parts = urlsplit(self.path)
            request = Request(
                "GET", parts.path, parse_qs(parts.query, keep_blank_values=True),
                {k.lower(): v for k, v in self.headers.items()},
            )
            route = server._record(request)
            if isinstance(route, Raw):
                self.close_connection = True
                route.handle(self, server.stop)
                return
            if route is None:
                reply = Reply(404, {"Content-Type": "text/plain"}, "not found")
            elif isinstance(route, Reply):
                reply = route
            else:
                reply = route(request)
            self._send(reply)

        def _send(self, reply: Reply) -> None:
            body = reply.body.encode() if isinstance(reply.body, str) else reply.body
            self.send_response(reply.status)
            for name, value in reply.headers.items():
                self.send_header(name, value)
            if reply.status != 304:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if reply.status != 304:
                self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - quiet test output
            pass

    return Handler


@contextmanager
def serve(routes: Mapping[str, Route] | None = None) -> Iterator[LocalServer]:
    """Run a LocalServer for the duration of a `with` block."""
    server = LocalServer(routes).start()
    try:
        yield server
    finally:
        server.close()


def elapsed(start: float) -> float:
    return time.monotonic() - start

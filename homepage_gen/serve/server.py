"""The preview's HTTP server: the output folder at `baseurl`, plus the reload channel, on one port.

Files are served only from inside the output folder (see `files.py`), with
the reload script injected into HTML responses when live reload is on. Every
connection is tracked so `close()` can end them all, keep-alive and WebSocket
alike, and join their threads.
"""

from __future__ import annotations

import contextlib
import errno
import http.client
import os
import select
import shutil
import socket
import sys
import threading
import time
from collections.abc import Callable
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, BinaryIO
from urllib.parse import quote, urlsplit

from ..errors import HomepageError
from . import websocket as ws
from .channel import ReloadChannel, Subscriber
from .client import ENDPOINT_PREFIX, LIVE_PATH, client_script, inject_script
from .files import BadPath, content_type, inside, is_html_type, request_segments, resolve
from .gate import OutputGate


class ServeError(HomepageError):
    """The preview server cannot start (e.g. the port is taken)."""


PING_SECONDS = 20.0
# Bounds on what one client can hold: a browser needs a handful of connections and a
# request head of a few KB; a slow or half-open client is dropped, not waited for.
MAX_CONNECTIONS = 128  # open at once; more are answered 503 and closed
HEAD_SECONDS = 15.0  # to send a complete request line and headers (idle keep-alive included)
HEAD_BYTES = 64 * 1024  # request line and headers together
_NOT_FOUND_HTML = (
    b"<!doctype html><html><head><meta charset='utf-8'><title>404 not found</title></head>"
    b"<body><h1>404 not found</h1><p>No file of the site has this address (yet).</p></body></html>"
)


class PreviewServer(ThreadingHTTPServer):
    daemon_threads = False
    block_on_close = True  # server_close() joins every request thread

    def __init__(
        self,
        host: str,
        port: int,
        *,
        root: Path,
        baseurl: str = "",
        channel: ReloadChannel | None = None,
        gate: OutputGate | None = None,
        log: Callable[[str], None] | None = None,
    ) -> None:
        self.root = root.resolve()
        self.baseurl = baseurl.rstrip("/")
        self.channel = channel
        self.gate = gate or OutputGate()
        self.log = log or (lambda _message: None)
        self._connections: set[socket.socket] = set()
        self._connections_lock = threading.Lock()
        self._closing = False
        self.max_connections = MAX_CONNECTIONS
        self.head_seconds = HEAD_SECONDS
        self._head_deadlines: dict[socket.socket, float] = {}  # connections still sending a request head
        try:
            super().__init__((host, port), PreviewHandler)
        except OSError as err:
            if err.errno == errno.EADDRINUSE:
                raise ServeError(
                    f"port {port} on {host} is already in use; stop the other server or pass --port "
                    f"(e.g. --port {port + 1}, or --port 0 for any free port)"
                ) from None
            raise ServeError(f"cannot listen on {host}:{port}: {err.strerror or err}") from None

    # -- addresses -----------------------------------------------------------

    @property
    def port(self) -> int:
        return int(self.server_address[1])

    @property
    def url(self) -> str:
        host = str(self.server_address[0])
        shown = f"[{host}]" if ":" in host else host
        return f"http://{shown}:{self.port}{self.baseurl}/"

    # -- connection bookkeeping ----------------------------------------------

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._connections_lock:
            closing = self._closing
            full = len(self._connections) >= self.max_connections
            if not (closing or full):
                self._connections.add(request)
        if closing or full:
            if full:
                with contextlib.suppress(OSError):
                    request.sendall(b"HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\n"
                                    b"Content-Length: 0\r\n\r\n")
            super().shutdown_request(request)
            return
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self._connections_lock:
            self._connections.discard(request)
            self._head_deadlines.pop(request, None)
        super().shutdown_request(request)

    # -- slow clients: a request head has HEAD_SECONDS to arrive ---------------

    def expect_head(self, connection: socket.socket) -> None:
        with self._connections_lock:
            self._head_deadlines[connection] = time.monotonic() + self.head_seconds

    def head_done(self, connection: socket.socket) -> None:
        with self._connections_lock:
            self._head_deadlines.pop(connection, None)

    def service_actions(self) -> None:
        """Called by serve_forever between polls: end connections whose request head is overdue."""
        super().service_actions()
        now = time.monotonic()
        with self._connections_lock:
            overdue = [c for c, deadline in self._head_deadlines.items() if deadline < now]
            for connection in overdue:
                del self._head_deadlines[connection]
        for connection in overdue:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)  # its thread reads EOF and ends

    def handle_error(self, request: Any, client_address: Any) -> None:
        err = sys.exc_info()[1]
        if isinstance(err, (ConnectionError, TimeoutError, ws.ProtocolError)):
            return  # a tab that went away is not news
        self.log(f"internal error while answering {client_address[0]}: {type(err).__name__}: {err}")

    def serve_in_thread(self) -> threading.Thread:
        thread = threading.Thread(
            target=self.serve_forever, name="homepage-http", kwargs={"poll_interval": 0.2}
        )
        thread.start()
        return thread

    def close(self, thread: threading.Thread | None = None) -> None:
        """Stop accepting, end every open connection, join all threads."""
        if thread is not None:
            self.shutdown()
            thread.join()
        if self.channel is not None:
            self.channel.close()
        with self._connections_lock:
            self._closing = True
            open_now = list(self._connections)
        for connection in open_now:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)
        self.server_close()

    # -- what a request may see ----------------------------------------------

    def page_script(self) -> str | None:
        if self.channel is None:
            return None
        return client_script(self.channel.epoch, self.baseurl + LIVE_PATH)


class PreviewHandler(BaseHTTPRequestHandler):
    server: PreviewServer
    protocol_version = "HTTP/1.1"
    server_version = "homepage-serve"
    sys_version = ""
    timeout = 120  # an idle keep-alive connection is closed after this (close() ends it sooner)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the stdlib's name
        pass  # requests are not news; rebuilds and errors are

    # -- bounded request heads -------------------------------------------------

    def setup(self) -> None:
        super().setup()
        self.rfile = _HeadBudget(self.rfile)  # type: ignore[assignment]

    def handle_one_request(self) -> None:
        self.rfile.reset(HEAD_BYTES)  # type: ignore[attr-defined]
        self.server.expect_head(self.connection)
        try:
            super().handle_one_request()
        except http.client.LineTooLong:  # the request line alone is over the budget
            self.close_connection = True
            self.requestline, self.request_version, self.command = "", "HTTP/1.1", None
            self.send_error(HTTPStatus.REQUEST_URI_TOO_LONG)
        finally:
            self.server.head_done(self.connection)

    def parse_request(self) -> bool:
        try:
            ok = super().parse_request()
        finally:
            self.server.head_done(self.connection)  # the head is in: the deadline no longer applies
            self.rfile.reset(None)  # type: ignore[attr-defined]
        if ok and (self.headers.get("Content-Length", "0").strip() not in ("", "0")
                   or "Transfer-Encoding" in self.headers):
            self.close_connection = True  # a body is never read: the connection cannot be reused
        return ok

    # -- verbs ---------------------------------------------------------------

    def do_GET(self) -> None:  # noqa: N802 - the stdlib's naming
        self._serve(head=False)

    def do_HEAD(self) -> None:  # noqa: N802
        self._serve(head=True)

    def _refuse(self) -> None:
        self.close_connection = True  # any body stays unread
        self.send_response(HTTPStatus.METHOD_NOT_ALLOWED)
        self.send_header("Allow", "GET, HEAD")
        self._finish_plain("405 method not allowed: the preview server only reads\n", head=False)

    do_POST = do_PUT = do_DELETE = do_PATCH = do_OPTIONS = do_TRACE = do_CONNECT = _refuse

    # -- responses -----------------------------------------------------------

    def _finish_plain(self, text: str, *, head: bool) -> None:
        body = text.encode("utf-8")
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        if not head:
            self.wfile.write(body)

    def _plain(self, status: HTTPStatus, text: str, *, head: bool) -> None:
        self.send_response(status)
        self._finish_plain(text, head=head)

    def _redirect(self, location: str, *, head: bool) -> None:
        self.send_response(HTTPStatus.MOVED_PERMANENTLY)
        self.send_header("Location", location)
        self._finish_plain(f"moved to {location}\n", head=head)

    def _send_file(
        self, status: HTTPStatus, path: Path, handle: BinaryIO, script: str | None, *, head: bool
    ) -> None:
        """Send an open file; `script` (taken with the file, so of the same build) goes into HTML."""
        kind = content_type(path)
        script = script if is_html_type(kind) else None
        if script is not None:
            body = inject_script(handle.read(), script)
            length = len(body)
        else:
            length = os.fstat(handle.fileno()).st_size
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(length))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()
        if head:
            return
        if script is not None:
            self.wfile.write(body)
        else:
            shutil.copyfileobj(handle, self.wfile, 256 * 1024)

    def _not_found(self, *, head: bool) -> None:
        with self.server.gate.reading():
            page = inside(self.server.root, self.server.root / "404.html")
            handle = _open(page) if page is not None else None
            script = self.server.page_script()
        if page is None or handle is None:
            if script is None:
                self._plain(HTTPStatus.NOT_FOUND, "404 not found\n", head=head)
                return
            body = inject_script(_NOT_FOUND_HTML, script)
            self.send_response(HTTPStatus.NOT_FOUND)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            if not head:
                self.wfile.write(body)
            return
        with handle:
            self._send_file(HTTPStatus.NOT_FOUND, page, handle, script, head=head)

    # -- the request ----------------------------------------------------------

    def _serve(self, *, head: bool) -> None:
        raw = self.path
        if raw.startswith(("http://", "https://")):  # absolute-form request target
            raw = urlsplit(raw).path or "/"
        path, _, query = raw.partition("?")
        path = path.partition("#")[0]
        if path == self.server.baseurl + LIVE_PATH and self.server.channel is not None and not head:
            self._live(self.server.channel)
            return
        if not path.startswith("/"):
            self._plain(HTTPStatus.BAD_REQUEST, "400 bad request: the path must start with /\n", head=head)
            return
        base = self.server.baseurl
        if base:
            if path in ("/", base):
                self._redirect(base + "/", head=head)
                return
            if not path.startswith(base + "/"):
                self._not_found(head=head)
                return
            path = path[len(base):]
        if path.startswith(ENDPOINT_PREFIX):
            self._not_found(head=head)
            return
        try:
            segments = request_segments(path)
        except BadPath as err:
            self._plain(HTTPStatus.BAD_REQUEST, f"400 bad request: {err}\n", head=head)
            return
        with self.server.gate.reading():
            found = resolve(self.server.root, segments, path.endswith("/"))
            handle = _open(found.file) if found.file is not None else None
            script = self.server.page_script()
        if found.redirect_to_slash:
            location = base + quote("/" + "/".join(segments)) + "/" + (f"?{query}" if query else "")
            self._redirect(location, head=head)
            return
        if found.file is None or handle is None:
            self._not_found(head=head)
            return
        with handle:
            self._send_file(HTTPStatus.OK, found.file, handle, script, head=head)

    # -- the reload channel --------------------------------------------------

    def _live(self, channel: ReloadChannel) -> None:
        problem = ws.handshake_error(self.headers)
        if problem is not None:
            self.close_connection = True
            self._plain(HTTPStatus.BAD_REQUEST, f"400 bad request: {problem}\n", head=False)
            return
        subscriber = channel.subscribe()
        if subscriber is None:
            self.close_connection = True
            self._plain(HTTPStatus.SERVICE_UNAVAILABLE, "503 too many open tabs\n", head=False)
            return
        self.close_connection = True
        try:
            self.send_response(HTTPStatus.SWITCHING_PROTOCOLS)
            self.send_header("Upgrade", "websocket")
            self.send_header("Connection", "Upgrade")
            self.send_header("Sec-WebSocket-Accept", ws.accept_key(self.headers["Sec-WebSocket-Key"]))
            self.end_headers()
            self.wfile.flush()
            self._pump(subscriber)
        finally:
            channel.unsubscribe(subscriber)
            subscriber.release()

    def _pump(self, subscriber: Subscriber) -> None:
        """Send the subscriber's events until the tab or the server goes away."""
        sock: socket.socket = self.connection
        sock.settimeout(10.0)  # a send to a stuck tab gives up after this
        while True:
            readable, _, _ = select.select([sock, subscriber], [], [], PING_SECONDS)
            if not readable:
                sock.sendall(ws.encode_frame(ws.OP_PING, b""))
                continue
            if subscriber in readable:
                for event in subscriber.take():
                    sock.sendall(ws.encode_frame(ws.OP_TEXT, event.to_json().encode("utf-8")))
                if subscriber.closed:
                    _close_quietly(sock)
                    return
            if sock in readable:
                opcode, payload = ws.read_frame(sock)
                if opcode == ws.OP_CLOSE:
                    _close_quietly(sock, payload[:2])
                    return
                if opcode == ws.OP_PING:
                    sock.sendall(ws.encode_frame(ws.OP_PONG, payload))


class _HeadBudget:
    """The request's input stream, with a byte budget for the head (`readline` only).

    http.server limits each header line (64 KB) and their number (100), not their sum;
    past the budget a line is too long, which the stdlib answers with 431.
    """

    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream
        self._left: int | None = None

    def reset(self, budget: int | None) -> None:
        self._left = budget

    def readline(self, size: int = -1) -> bytes:
        if self._left is None:
            return self._stream.readline(size)
        limit = self._left + 1 if size < 0 else min(size, self._left + 1)
        line = self._stream.readline(limit)
        self._left -= len(line)
        if self._left < 0:
            raise http.client.LineTooLong(f"request head longer than {HEAD_BYTES} bytes")
        return line

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def _close_quietly(sock: socket.socket, code: bytes = b"\x03\xe8") -> None:
    with contextlib.suppress(OSError):
        sock.sendall(ws.encode_frame(ws.OP_CLOSE, code))


def _open(path: Path) -> BinaryIO | None:
    try:
        return path.open("rb")
    except OSError:
        return None

"""The preview server under hostile clients: real sockets against a real server on 127.0.0.1.

Only files under the output folder, no listings, bounded request heads and bodies,
and slow or half-open clients are dropped instead of holding the server.
"""

from __future__ import annotations

import io
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from homepage_gen.build import BuildOptions
from homepage_gen.serve import PreviewSession, ServeSettings
from homepage_gen.serve.console import Reporter
from tests.conftest import write_tree

SITE = {
    "_config.yml": "title: Lab\ninclude: [_pages]\n",
    "_layouts/default.html": "<html><body>{{ content }}</body></html>\n",
    "_pages/about.md": "---\nlayout: default\npermalink: /\n---\n# Hello\n",
    "files/paper.pdf": b"%PDF-1.4 fake\n",
    "files/sub/readme.txt": "inner\n",
}
HEAD_SECONDS = 1.0  # the server's deadline for a request head, shortened for the tests


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[str, int, PreviewSession]]:
    site = write_tree(tmp_path / "site", SITE)
    (tmp_path / "secret.txt").write_text("TOP-SECRET")
    session = PreviewSession(BuildOptions(source=site, offline=True), ServeSettings(port=0, livereload=True),
                             Reporter(io.StringIO(), io.StringIO()))
    session.start()
    assert session.server is not None
    session.server.head_seconds = HEAD_SECONDS
    (session.output / "escape").symlink_to(tmp_path / "secret.txt")
    try:
        yield "127.0.0.1", session.server.port, session
    finally:
        session.stop()


def _connect(address: tuple[str, int]) -> socket.socket:
    return socket.create_connection(address, timeout=10)


def _exchange(address: tuple[str, int], raw: bytes) -> bytes:
    """Send `raw`, read until the server closes or stops sending for a moment."""
    with _connect(address) as sock:
        sock.sendall(raw)
        return _read_all(sock)


def _read_all(sock: socket.socket, timeout: float = 5.0) -> bytes:
    sock.settimeout(timeout)
    data = b""
    try:
        while chunk := sock.recv(65536):
            data += chunk
    except (TimeoutError, ConnectionResetError):
        pass
    return data


def _status(response: bytes) -> int:
    return int(response.split(b" ", 2)[1]) if response.startswith(b"HTTP/") else 0


def _get(address: tuple[str, int], path: str) -> tuple[int, bytes]:
    response = _exchange(address, f"GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode())
    return _status(response), response.partition(b"\r\n\r\n")[2]


def _server_threads() -> int:
    return sum(1 for t in threading.enumerate() if t.name.startswith("Thread-") or "process_request" in t.name)


# -- what may be served -----------------------------------------------------------------------------


@pytest.mark.parametrize("path", [
    "/../secret.txt", "/../../../../etc/passwd", "/%2e%2e/secret.txt", "/%2e%2e%2fsecret.txt",
    "/files/..%2f..%2fsecret.txt", "/files/%2e%2e/%2e%2e/secret.txt", "/..\\secret.txt", "/%5c..%5csecret.txt",
    "/files/%00.pdf", "//etc/passwd", "/escape", "http://127.0.0.1/../secret.txt", "/C:/Windows/win.ini",
])
def test_only_files_under_the_output_folder(server: tuple[str, int, PreviewSession], path: str) -> None:
    host, port, _ = server
    status, body = _get((host, port), path)
    assert status in (400, 404), (path, status)
    assert b"TOP-SECRET" not in body and b"root:" not in body


def test_no_directory_listings(server: tuple[str, int, PreviewSession]) -> None:
    host, port, _ = server
    for path in ("/files/", "/files/sub/", "/files"):
        status, body = _get((host, port), path)
        assert status in (301, 404), (path, status)
        assert b"paper.pdf" not in body and b"readme.txt" not in body
    assert _get((host, port), "/files/paper.pdf") == (200, b"%PDF-1.4 fake\n")


# -- bounded heads and bodies -----------------------------------------------------------------------


def test_huge_request_line_is_refused(server: tuple[str, int, PreviewSession]) -> None:
    host, port, _ = server
    response = _exchange((host, port), b"GET /" + b"a" * 70_000 + b" HTTP/1.1\r\nHost: x\r\n\r\n")
    assert _status(response) == 414
    assert _get((host, port), "/")[0] == 200


def test_huge_header_line_is_refused(server: tuple[str, int, PreviewSession]) -> None:
    host, port, _ = server
    response = _exchange((host, port), b"GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + b"b" * 70_000 + b"\r\n\r\n")
    assert _status(response) == 431


def test_many_headers_adding_up_past_the_budget_are_refused(server: tuple[str, int, PreviewSession]) -> None:
    host, port, _ = server
    headers = b"".join(b"X-H%d: %s\r\n" % (i, b"v" * 1000) for i in range(90))  # 90 KB in 90 lines
    response = _exchange((host, port), b"GET / HTTP/1.1\r\nHost: x\r\n" + headers + b"\r\n")
    assert _status(response) == 431


def test_too_many_headers_are_refused(server: tuple[str, int, PreviewSession]) -> None:
    host, port, _ = server
    headers = b"".join(b"X-H%d: v\r\n" % i for i in range(150))
    assert _status(_exchange((host, port), b"GET / HTTP/1.1\r\nHost: x\r\n" + headers + b"\r\n")) == 431


def test_announced_body_is_not_waited_for(server: tuple[str, int, PreviewSession]) -> None:
    """A GET announcing 10 GB: answered at once, the body never read, the connection closed."""
    host, port, _ = server
    with _connect((host, port)) as sock:
        sock.sendall(b"GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 10000000000\r\n\r\nsome body bytes")
        started = time.monotonic()
        response = _read_all(sock)
        assert time.monotonic() - started < 3
    assert _status(response) == 200 and b"Hello" in response


def test_post_with_a_large_body_is_refused_and_closed(server: tuple[str, int, PreviewSession]) -> None:
    host, port, _ = server
    with _connect((host, port)) as sock:
        sock.sendall(b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 50000000\r\n\r\n")
        with pytest.raises(OSError):  # noqa: PT012 - the server closes while we are still sending
            for _ in range(2000):
                sock.sendall(b"x" * 65536)
        # whatever was sent, the reply was a 405
    status, _ = _get((host, port), "/")
    assert status == 200


def test_chunked_body_is_not_read(server: tuple[str, int, PreviewSession]) -> None:
    host, port, _ = server
    response = _exchange((host, port), b"GET / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nffffff\r\n")
    assert _status(response) == 200


# -- slow and half-open clients -----------------------------------------------------------------------


def test_slowloris_client_is_dropped_at_the_head_deadline(server: tuple[str, int, PreviewSession]) -> None:
    """Sending one header byte every 0.2 s never finishes a head: dropped after HEAD_SECONDS anyway."""
    host, port, _ = server
    with _connect((host, port)) as sock:
        sock.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n")
        started = time.monotonic()
        closed = False
        while time.monotonic() - started < HEAD_SECONDS + 3:
            try:
                sock.sendall(b"X")
                sock.settimeout(0.2)
                if sock.recv(1024) == b"":
                    closed = True
                    break
            except TimeoutError:
                continue
            except OSError:
                closed = True
                break
        assert closed, "the server kept a slow client past its deadline"
        assert time.monotonic() - started < HEAD_SECONDS + 2


def test_half_open_connections_cannot_exhaust_the_server(server: tuple[str, int, PreviewSession]) -> None:
    """300 clients that connect and send nothing: threads stay bounded, real requests get through."""
    host, port, session = server
    assert session.server is not None
    threads_before = threading.active_count()
    idle = []
    for _ in range(300):
        idle.append(_connect((host, port)))
        time.sleep(0.002)  # let the server thread (same process, same GIL) accept; a browser is elsewhere
    try:
        time.sleep(0.3)
        assert threading.active_count() - threads_before <= session.server.max_connections + 5
        # once the half-open ones hit the deadline, a browser is served again
        deadline = time.monotonic() + HEAD_SECONDS + 5
        status = 0
        while time.monotonic() < deadline and status != 200:
            status, _ = _get((host, port), "/")
            time.sleep(0.1)
        assert status == 200
    finally:
        for sock in idle:
            sock.close()


def test_idle_keep_alive_connection_is_closed(server: tuple[str, int, PreviewSession]) -> None:
    host, port, _ = server
    with _connect((host, port)) as sock:
        sock.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        sock.settimeout(5)
        first = sock.recv(65536)
        assert _status(first) == 200
        started = time.monotonic()
        rest = _read_all(sock, timeout=HEAD_SECONDS + 4)
        assert rest == b"" or b"Hello" in rest  # (the body, if it came in a second packet)
        assert time.monotonic() - started < HEAD_SECONDS + 3


def test_server_stops_promptly_with_clients_still_connected(tmp_path: Path) -> None:
    site = write_tree(tmp_path / "site", SITE)
    session = PreviewSession(BuildOptions(source=site, offline=True), ServeSettings(port=0),
                             Reporter(io.StringIO(), io.StringIO()))
    session.start()
    assert session.server is not None
    address = ("127.0.0.1", session.server.port)
    clients = [_connect(address) for _ in range(20)]
    clients[0].sendall(b"GET / HTTP/1.1\r\nHost: x\r\n")  # half a head
    started = time.monotonic()
    session.stop()
    assert time.monotonic() - started < 5
    for sock in clients:
        sock.close()

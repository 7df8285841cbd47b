"""`homepage serve` over real HTTP on 127.0.0.1: files, safety, reload channel, rebuilds, errors, shutdown."""

from __future__ import annotations

import base64
import dataclasses
import http.client
import io
import json
import os
import re
import socket
import struct
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from homepage_gen.build import BuildOptions, build_site
from homepage_gen.serve import PreviewSession, ServeSettings
from homepage_gen.serve.console import Reporter
from homepage_gen.serve.server import ServeError
from tests.conftest import tree_snapshot, write_tree

SITE = {
    "_config.yml": "title: Lab\ninclude: [_pages]\n",
    "_layouts/default.html": (
        "<!doctype html><html><head><title>{{ site.title }}</title>"
        "<link rel=\"stylesheet\" href=\"{{ '/assets/css/main.css' | relative_url }}\"></head>"
        "<body><h1 class=\"site\">{{ site.title }}</h1>{{ content }}"
        "<p class=\"nav\">{{ site.data.nav.label }}</p></body></html>\n"
    ),
    "_data/nav.yml": "label: Home\n",
    "_pages/about.md": "---\nlayout: default\npermalink: /\n---\n# Hello\n\nFirst text.\n",
    "_pages/notes.md": "---\nlayout: default\npermalink: /notes/\n---\nNotes here.\n",
    "_sass/_vars.scss": "$accent: red;\n",
    "assets/css/main.scss": "---\n---\n@import \"vars\";\nh1 { color: $accent; }\n",
    "files/paper.pdf": b"%PDF-1.4 fake\n",
    "images/pic.png": b"\x89PNG\r\n\x1a\nfake",
    "data.json": "{\"a\": 1}\n",
    "404.html": "---\nlayout: default\n---\nNothing here.\n",
}


class Served:
    """A running session plus helpers to talk to it."""

    def __init__(self, session: PreviewSession, out: io.StringIO, err: io.StringIO) -> None:
        self.session = session
        self.out = out
        self.err = err
        split = urlsplit(session.url)
        self.host = split.hostname or "127.0.0.1"
        self.port = split.port or 80

    def request(self, path: str, method: str = "GET") -> tuple[int, dict[str, str], bytes]:
        connection = http.client.HTTPConnection(self.host, self.port, timeout=10)
        try:
            connection.putrequest(method, path, skip_host=False, skip_accept_encoding=True)
            connection.endheaders()
            response = connection.getresponse()
            return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
        finally:
            connection.close()

    def wait_builds(self, count: int) -> None:
        assert self.session.wait_for_build(count, timeout=10), self.err.getvalue()


@pytest.fixture
def serve(tmp_path: Path) -> Iterator[Callable[..., Served]]:
    sessions: list[PreviewSession] = []

    def start(site: Path, *, livereload: bool = True, port: int = 0, **options: object) -> Served:
        out, err = io.StringIO(), io.StringIO()
        session = PreviewSession(
            BuildOptions(source=site, offline=True, **options),  # type: ignore[arg-type]
            ServeSettings(port=port, livereload=livereload),
            Reporter(out, err),
        )
        sessions.append(session)
        session.start()
        return Served(session, out, err)

    yield start
    for session in sessions:
        session.stop()


@pytest.fixture
def site(tmp_path: Path) -> Path:
    return write_tree(tmp_path / "site", SITE)


# -- a small WebSocket client, enough to test the reload channel --------------------------------


class LiveClient:
    def __init__(self, served: Served, path: str = "/__homepage__/live") -> None:
        self.sock = socket.create_connection((served.host, served.port), timeout=10)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall(
            f"GET {path} HTTP/1.1\r\nHost: {served.host}:{served.port}\r\nUpgrade: websocket\r\n"
            f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n".encode()
        )
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = self.sock.recv(1)
            assert chunk, "connection closed during the handshake"
            head += chunk
        self.status = int(head.split(b" ", 2)[1])

    def _exact(self, size: int) -> bytes:
        data = b""
        while len(data) < size:
            chunk = self.sock.recv(size - len(data))
            if not chunk:
                raise ConnectionError("closed")
            data += chunk
        return data

    def message(self) -> dict[str, object]:
        while True:
            first, second = self._exact(2)
            size = second & 0x7F
            if size == 126:
                (size,) = struct.unpack("!H", self._exact(2))
            elif size == 127:
                (size,) = struct.unpack("!Q", self._exact(8))
            payload = self._exact(size)
            if first & 0x0F == 0x1:
                return json.loads(payload)
            if first & 0x0F == 0x8:
                raise ConnectionError("server closed the channel")

    def send(self, opcode: int, payload: bytes) -> None:
        mask = os.urandom(4)
        masked = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
        self.sock.sendall(bytes([0x80 | opcode, 0x80 | len(payload)]) + mask + masked)

    def close(self) -> None:
        self.sock.close()


def edit(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")


# -- serving files --------------------------------------------------------------------------------


def test_serves_pages_assets_and_files_with_their_types(serve: Callable[..., Served], site: Path) -> None:
    served = serve(site)
    status, headers, body = served.request("/")
    assert status == 200 and headers["content-type"] == "text/html; charset=utf-8"
    assert b"First text." in body and b"__homepage__/live" in body
    assert int(headers["content-length"]) == len(body)
    expectations = {
        "/assets/css/main.css": "text/css; charset=utf-8",
        "/files/paper.pdf": "application/pdf",
        "/images/pic.png": "image/png",
        "/data.json": "application/json",
    }
    for path, kind in expectations.items():
        status, headers, body = served.request(path)
        assert (status, headers["content-type"]) == (200, kind), path
        assert b"__homepage__" not in body
    assert b"color: red" in served.request("/assets/css/main.css")[2]
    status, headers, body = served.request("/", method="HEAD")
    assert status == 200 and body == b"" and int(headers["content-length"]) > 0


def test_folders_get_index_html_and_a_slash(serve: Callable[..., Served], site: Path) -> None:
    served = serve(site)
    status, headers, _ = served.request("/notes?x=1")
    assert status == 301 and headers["location"] == "/notes/?x=1"
    status, _, body = served.request("/notes/")
    assert status == 200 and b"Notes here." in body


def test_missing_paths_get_the_sites_404_page(serve: Callable[..., Served], site: Path) -> None:
    served = serve(site)
    status, headers, body = served.request("/no/such/page.html")
    assert status == 404 and headers["content-type"].startswith("text/html")
    assert b"Nothing here." in body and b"__homepage__/live" in body


def test_only_get_and_head_are_answered(serve: Callable[..., Served], site: Path) -> None:
    served = serve(site)
    for method in ("POST", "PUT", "DELETE"):
        status, headers, _ = served.request("/", method=method)
        assert status == 405 and headers["allow"] == "GET, HEAD"


TRAVERSALS = [
    "/../secret.txt",
    "/../../secret.txt",
    "/%2e%2e/secret.txt",
    "/%2E%2E/%2e%2e/secret.txt",
    "/..%2fsecret.txt",
    "/%2e%2e%2fsecret.txt",
    "/assets/../../secret.txt",
    "/..\\secret.txt",
    "/%5c..%5csecret.txt",
    "/..%5c..%5csecret.txt",
    "//secret.txt",
    "http://example.com/../secret.txt",
    "/C:/secret.txt",
    "/%00secret.txt",
    "/%252e%252e/secret.txt",
    "/%ff%fe",
    "/linked/secret.txt",
    "/escape.txt",
]


def test_no_path_reaches_a_file_outside_the_output(
    serve: Callable[..., Served], site: Path, tmp_path: Path
) -> None:
    secret = "TOP-SECRET-CONTENT"
    (tmp_path / "secret.txt").write_text(secret)
    output = tmp_path / "out"
    served = serve(site, destination=output)
    # Links planted in the output itself must not lead out either.
    (output / "linked").symlink_to(tmp_path, target_is_directory=True)
    (output / "escape.txt").symlink_to(tmp_path / "secret.txt")
    absolute = str(tmp_path / "secret.txt")
    for path in [*TRAVERSALS, absolute, "/" + absolute.lstrip("/")]:
        status, _, body = served.request(path)
        assert status in (400, 404), (path, status)
        assert secret.encode() not in body, path
    assert served.request("/")[0] == 200  # and the server is fine


def test_build_output_never_contains_the_reload_script(
    serve: Callable[..., Served], site: Path, tmp_path: Path
) -> None:
    built = tmp_path / "built"
    build_site(BuildOptions(source=site, destination=built, offline=True))
    served_output = tmp_path / "served"
    served = serve(site, destination=served_output)
    assert b"__homepage__" in served.request("/")[2]
    for folder in (built, served_output):
        for path in folder.rglob("*"):
            if path.is_file():
                assert b"__homepage__" not in path.read_bytes(), path
    assert sorted(p.relative_to(built).as_posix() for p in built.rglob("*") if p.is_file()) == sorted(
        p.relative_to(served_output).as_posix() for p in served_output.rglob("*") if p.is_file()
    )


def test_baseurl_is_where_the_site_lives(serve: Callable[..., Served], site: Path) -> None:
    served = serve(site, baseurl="/lab")
    assert served.session.url.endswith("/lab/")
    status, headers, _ = served.request("/")
    assert status == 301 and headers["location"] == "/lab/"
    status, _, body = served.request("/lab/")
    assert status == 200 and b'"/lab/__homepage__/live"' in body
    assert b'href="/lab/assets/css/main.css"' in body
    assert served.request("/notes/")[0] == 404
    client = LiveClient(served, "/lab/__homepage__/live")
    assert client.status == 101 and client.message()["type"] == "hello"
    client.close()


def test_without_livereload_nothing_is_injected(serve: Callable[..., Served], site: Path) -> None:
    served = serve(site, livereload=False)
    assert b"__homepage__" not in served.request("/")[2]
    assert served.request("/__homepage__/live")[0] == 404


def test_a_busy_port_is_named_in_the_error(serve: Callable[..., Served], site: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(ServeError, match=f"port {port} .*already in use"):
            serve(site, port=port)


# -- the reload channel -----------------------------------------------------------------------------


def test_fifty_clients_are_all_notified(serve: Callable[..., Served], site: Path) -> None:
    served = serve(site)
    clients = [LiveClient(served) for _ in range(50)]
    try:
        assert all(c.status == 101 for c in clients)
        hellos = [c.message() for c in clients]
        assert {h["type"] for h in hellos} == {"hello"} and {h["epoch"] for h in hellos} == {1}
        deadline = time.time() + 5
        while served.session.channel.subscriber_count < 50 and time.time() < deadline:
            time.sleep(0.01)
        edit(site / "_pages/about.md", SITE["_pages/about.md"].replace("First", "Second"))
        served.wait_builds(2)
        news = [c.message() for c in clients]
        assert all(n["type"] == "build" and n["epoch"] == 2 and "/" in n["pages"] for n in news)
    finally:
        for client in clients:
            client.close()


def test_vanishing_clients_leave_the_server_healthy(serve: Callable[..., Served], site: Path) -> None:
    served = serve(site)
    gone = [LiveClient(served) for _ in range(5)]
    for client in gone:
        client.message()
    for client in gone:  # no close frame: the tab just disappears
        client.sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        client.close()
    half = socket.create_connection((served.host, served.port))  # a handshake that never finishes
    half.sendall(b"GET /__homepage__/live HTTP/1.1\r\nUpgrade: websocket\r\n")
    half.close()
    rude = LiveClient(served)  # a client that sends too much
    rude.message()
    rude.sock.sendall(bytes([0x81, 0xFF]) + struct.pack("!Q", 1 << 40))
    edit(site / "_pages/about.md", SITE["_pages/about.md"].replace("First", "Third"))
    served.wait_builds(2)
    deadline = time.time() + 5
    while served.session.channel.subscriber_count and time.time() < deadline:
        time.sleep(0.02)
    assert served.session.channel.subscriber_count == 0
    status, _, body = served.request("/")
    assert status == 200 and b"Third text." in body
    fresh = LiveClient(served)
    assert fresh.message() == {"type": "hello", "epoch": 2, "error": None}
    fresh.send(0x8, b"\x03\xe8")  # a polite close is answered and ends the connection
    with pytest.raises(ConnectionError):
        fresh.message()
    fresh.close()
    rude.close()
    assert "internal error" not in served.err.getvalue()


# -- rebuilds and errors ------------------------------------------------------------------------------


def test_a_build_error_keeps_serving_and_reaches_terminal_and_tabs(
    serve: Callable[..., Served], site: Path
) -> None:
    served = serve(site)
    client = LiveClient(served)
    assert client.message()["type"] == "hello"
    about = site / "_pages/about.md"
    edit(about, "---\nlayout: default\npermalink: [/\n---\nBroken\n")
    failure = client.message()
    assert failure["type"] == "failure"
    assert re.match(r"_pages/about\.md:[34]:\d+: invalid YAML", str(failure["error"]))
    assert str(failure["error"]).splitlines()[0] in served.err.getvalue()
    status, _, body = served.request("/")
    assert status == 200 and b"First text." in body  # the last good site
    late = LiveClient(served)  # a tab opened now learns about the error at once
    assert late.message()["error"] == failure["error"]
    edit(about, SITE["_pages/about.md"].replace("First", "Fixed"))
    recovered = client.message()
    assert recovered["type"] == "build" and late.message()["type"] == "build"
    assert b"Fixed text." in served.request("/")[2]
    assert "fixed" in served.out.getvalue()
    client.close()
    late.close()


@pytest.mark.parametrize(
    ("broken", "where"),
    [
        ("_layouts/default.html", "{% if %}"),
        ("_pages/notes.md", "---\nlayout: default\n---\n{% include missing.html %}\n"),
        ("_data/nav.yml", "label: [unclosed\n"),
        ("_config.yml", "title: [unclosed\n"),
    ],
)
def test_errors_in_any_kind_of_file_are_reported_with_their_path(
    serve: Callable[..., Served], site: Path, broken: str, where: str
) -> None:
    served = serve(site)
    original = (site / broken).read_text()
    edit(site / broken, where)
    deadline = time.time() + 10
    while served.session.last_error is None and time.time() < deadline:
        time.sleep(0.02)
    error = served.session.last_error
    assert error is not None and re.match(re.escape(broken) + r":\d+", error.format()), error
    assert error.format().splitlines()[0] in served.err.getvalue()
    assert served.request("/")[0] == 200
    edit(site / broken, original)
    served.wait_builds(2)
    assert served.session.last_error is None


def test_rebuilds_touch_only_what_depends_on_the_change(serve: Callable[..., Served], site: Path) -> None:
    served = serve(site)
    out = served.session.output
    css_before = (out / "assets/css/main.css").stat().st_mtime_ns
    notes_before = (out / "notes/index.html").stat().st_mtime_ns
    edit(site / "_pages/about.md", SITE["_pages/about.md"].replace("First", "Edited"))
    served.wait_builds(2)
    log = served.out.getvalue().splitlines()[-1]
    assert "_pages/about.md → 1 page re-rendered, 1 output changed" in log
    assert (out / "notes/index.html").stat().st_mtime_ns == notes_before
    assert (out / "assets/css/main.css").stat().st_mtime_ns == css_before

    edit(site / "_sass/_vars.scss", "$accent: blue;\n")
    served.wait_builds(3)
    assert "1 page re-rendered" in served.out.getvalue().splitlines()[-1]
    assert b"color: blue" in (out / "assets/css/main.css").read_bytes()
    assert (out / "notes/index.html").stat().st_mtime_ns == notes_before

    edit(site / "_data/nav.yml", "label: Start\n")
    served.wait_builds(4)
    assert b"Start" in (out / "notes/index.html").read_bytes()

    (site / "images/pic.png").write_bytes(b"\x89PNG\r\n\x1a\nnew")
    served.wait_builds(5)
    assert (out / "images/pic.png").read_bytes().endswith(b"new")

    edit(site / "_config.yml", "title: Renamed Lab\ninclude: [_pages]\n")
    served.wait_builds(6)
    assert b"Renamed Lab" in served.request("/notes/")[2]

    write_tree(site, {"_pages/new.md": "---\nlayout: default\npermalink: /new/\n---\nBrand new.\n"})
    served.wait_builds(7)
    assert b"Brand new." in served.request("/new/")[2]
    (site / "_pages/new.md").unlink()
    served.wait_builds(8)
    assert served.request("/new/")[0] == 404


def test_pages_that_list_pages_follow_changes_to_others(
    serve: Callable[..., Served], site: Path, tmp_path: Path
) -> None:
    write_tree(site, {"_pages/list.html": (
        "---\nlayout: default\npermalink: /list/\n---\n"
        "{% for p in site.html_pages %}<li>{{ p.url }} {{ p.title }}</li>{% endfor %}\n"
    )})
    served = serve(site)
    edit(site / "_pages/notes.md", "---\nlayout: default\npermalink: /notes/\ntitle: Field notes\n---\nN.\n")
    served.wait_builds(2)
    assert b"<li>/notes/ Field notes</li>" in served.request("/list/")[2]
    edit(site / "_pages/about.md", SITE["_pages/about.md"].replace("First", "Changed"))
    served.wait_builds(3)
    write_tree(site, {"_pages/new.md": "---\nlayout: default\npermalink: /new/\n---\nBrand new.\n"})
    served.wait_builds(4)
    assert b"<li>/new/ </li>" in served.request("/list/")[2]
    live = served.session.site
    assert live is not None
    reference = tmp_path / "reference"
    build_site(dataclasses.replace(live.build_options(), destination=reference))
    assert tree_snapshot(reference) == tree_snapshot(served.session.output)


def test_a_site_broken_from_the_start_is_served_once_fixed(
    serve: Callable[..., Served], site: Path
) -> None:
    good = (site / "_config.yml").read_text()
    edit(site / "_config.yml", "title: [broken\n")
    served = serve(site)
    assert served.session.last_error is not None and "error: _config.yml:" in served.err.getvalue()
    status, _, body = served.request("/")
    assert status == 404 and b"__homepage__/live" in body  # the tab can show the overlay
    client = LiveClient(served)
    assert str(client.message()["error"]).startswith("_config.yml:")
    edit(site / "_config.yml", good)
    served.wait_builds(1)
    assert client.message()["type"] == "build"
    assert b"First text." in served.request("/")[2]
    client.close()


def test_quick_rebuilds_write_what_a_full_build_writes(
    serve: Callable[..., Served], site: Path, tmp_path: Path
) -> None:
    served = serve(site)
    edit(site / "_pages/about.md", SITE["_pages/about.md"].replace("First", "Quickly edited"))
    served.wait_builds(2)
    edit(site / "_sass/_vars.scss", "$accent: green;\n")
    served.wait_builds(3)
    assert "full rebuild" not in served.out.getvalue()  # both took the quick path
    live = served.session.site
    assert live is not None
    reference = tmp_path / "reference"
    build_site(dataclasses.replace(live.build_options(), destination=reference))
    assert tree_snapshot(reference) == tree_snapshot(served.session.output)


def test_editor_temp_files_do_not_rebuild(serve: Callable[..., Served], site: Path) -> None:
    served = serve(site)
    for name in (".about.md.swp", "about.md~", "#about.md#", ".#about.md"):
        (site / "_pages" / name).write_text("junk")
    (site / "_site").mkdir()
    (site / "_site" / "x.html").write_text("junk")
    time.sleep(0.3)
    assert served.session.builds == 1


def test_a_burst_of_changes_is_one_rebuild(serve: Callable[..., Served], site: Path) -> None:
    served = serve(site)
    page = "---\nlayout: default\npermalink: /p{0}/\n---\nPage {0}.\n"
    files = {f"_pages/p{i}.md": page.format(i) for i in range(40)}
    write_tree(site, files)  # like a `git checkout`: many files in a few milliseconds
    served.wait_builds(2)
    time.sleep(0.4)
    assert served.session.builds <= 3
    assert all(served.request(f"/p{i}/")[0] == 200 for i in range(40))


def test_requests_wait_while_a_rebuild_holds_the_output(serve: Callable[..., Served], site: Path) -> None:
    served = serve(site)
    answered = threading.Event()

    def fetch() -> None:
        served.request("/")
        answered.set()

    with served.session.gate.hold():
        thread = threading.Thread(target=fetch)
        thread.start()
        assert not answered.wait(0.3)
    assert answered.wait(5)
    thread.join()


def test_stop_ends_connections_and_threads(tmp_path: Path, site: Path) -> None:
    before = {t.ident for t in threading.enumerate()}
    session = PreviewSession(BuildOptions(source=site, offline=True), ServeSettings(port=0),
                             Reporter(io.StringIO(), io.StringIO()))
    session.start()
    served = Served(session, io.StringIO(), io.StringIO())
    client = LiveClient(served)
    client.message()
    keep_alive = http.client.HTTPConnection(served.host, served.port, timeout=10)
    keep_alive.request("GET", "/")
    keep_alive.getresponse().read()
    output = session.output
    started = time.time()
    session.stop()
    assert time.time() - started < 5
    assert not output.exists()
    leftover = [t for t in threading.enumerate() if t.ident not in before and t.is_alive()]
    assert leftover == []
    with pytest.raises((ConnectionError, OSError)):
        client.message()
    client.close()
    keep_alive.close()


def test_the_command_prints_the_address_and_stops_cleanly_on_ctrl_c(site: Path) -> None:
    import signal
    import subprocess
    import sys

    process = subprocess.Popen(
        [sys.executable, "-m", "homepage_gen.cli", "serve", "-s", str(site), "--port", "0", "--offline"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        assert process.stdout is not None
        lines = []
        for line in process.stdout:
            lines.append(line)
            if "Serving at" in line:
                break
        url = re.search(r"http://127\.0\.0\.1:\d+/", "".join(lines))
        assert url, lines
        split = urlsplit(url.group(0))
        connection = http.client.HTTPConnection(split.hostname or "", split.port or 0, timeout=10)
        connection.request("GET", "/")
        assert connection.getresponse().status == 200
        connection.close()
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=20)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 0, err
    assert "Stopped." in out and "Traceback" not in err


def test_the_command_names_a_busy_port(site: Path) -> None:
    import subprocess
    import sys

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = subprocess.run(
            [sys.executable, "-m", "homepage_gen.cli", "serve", "-s", str(site),
             "--port", str(port), "--offline"],
            capture_output=True, text=True, timeout=60,
        )
    assert done.returncode == 1
    assert f"port {port} on 127.0.0.1 is already in use" in done.stderr

"""One preview session: the warm site, the HTTP server, the watcher and the reload channel, wired up.

`PreviewSession` is usable from tests: `start()` builds and serves on a port
(0 = any free port) and returns; `stop()` ends everything and joins every
thread. `homepage serve` wraps it with Ctrl-C handling.
"""

from __future__ import annotations

import shutil
import tempfile
import threading
import traceback
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..build import BuildOptions
from ..errors import BuildError
from .channel import ReloadChannel
from .console import Reporter
from .gate import OutputGate
from .incremental import LiveSite, Update
from .server import PreviewServer
from .watcher import SourceWatcher

_NEVER_WATCHED = {".git", ".hg", ".svn", ".homepage-cache", ".jekyll-cache", ".sass-cache", "__pycache__",
                  "node_modules", ".pytest_cache", ".ruff_cache"}


@dataclass
class ServeSettings:
    host: str = "127.0.0.1"
    port: int = 4000
    livereload: bool = True
    drafts: bool = False
    quiet_period: float = 0.008  # seconds without events that end a change set


class PreviewSession:
    def __init__(self, options: BuildOptions, settings: ServeSettings, reporter: Reporter) -> None:
        self.options = options
        self.settings = settings
        self.reporter = reporter
        self.gate = OutputGate()
        self.channel = ReloadChannel() if settings.livereload else None
        # A private folder for the session (removed on exit): the output, unless -d names one.
        self._work = Path(tempfile.mkdtemp(prefix="homepage-serve-"))
        self.temporary_output = options.destination is None
        self.output = (options.destination or self._work / "_site").resolve()
        self.output.mkdir(parents=True, exist_ok=True)
        self.server: PreviewServer | None = None
        self.watcher: SourceWatcher | None = None
        self.site: LiveSite | None = None
        self._http_thread: threading.Thread | None = None
        self.last_error: BuildError | None = None
        self.builds = 0  # successful builds, for tests and benchmarks
        self._built = threading.Condition()

    @property
    def url(self) -> str:
        if self.server is None:
            raise RuntimeError("the session is not serving")
        return self.server.url

    # -- lifecycle -----------------------------------------------------------

    def start(self) -> None:
        """Bind the port (a busy one raises ServeError), build, serve, watch."""
        self.server = PreviewServer(
            self.settings.host, self.settings.port, root=self.output, channel=self.channel,
            gate=self.gate, log=self.reporter.internal_error,
        )
        overrides: dict[str, object] = {"url": f"http://{self._url_host()}:{self.server.port}"}
        if self.settings.drafts:
            overrides["show_drafts"] = True
        self.site = LiveSite(self.options, self.output, self._work, overrides=overrides)
        self._http_thread = self.server.serve_in_thread()
        self._rebuild(None)
        source = self.options.source.resolve()
        folders = [source] + [p.parent for p in self.site.config_files() if not p.is_relative_to(source)]
        self.watcher = SourceWatcher(
            folders, self._rebuild, ignored=self._ignored, quiet=self.settings.quiet_period,
        )
        self.watcher.start()

    def stop(self) -> None:
        """End watching and serving, join every thread, remove a temporary output (idempotent)."""
        watcher, self.watcher = self.watcher, None
        if watcher is not None:
            watcher.stop()
        server, self.server = self.server, None
        if server is not None:
            server.close(self._http_thread)
            self._http_thread = None
        shutil.rmtree(self._work, ignore_errors=True)

    def _url_host(self) -> str:
        host = self.settings.host
        if host in ("", "0.0.0.0", "::"):
            return "localhost"
        return f"[{host}]" if ":" in host else host

    def _ignored(self, path: Path) -> bool:
        """Cheap pre-filter of watcher events: our own output, VCS folders, caches."""
        if path.is_relative_to(self.output) or path.is_relative_to(self._work):
            return True
        source = self.options.source.resolve()
        parts = path.relative_to(source).parts if path.is_relative_to(source) else path.parts[-1:]
        return any(part in _NEVER_WATCHED for part in parts)

    # -- rebuilding ------------------------------------------------------------

    def _rebuild(self, paths: Iterable[Path] | None) -> None:
        """Build (paths=None: everything) with requests held; publish the outcome."""
        assert self.site is not None and self.server is not None
        with self.gate.hold():
            self.gate.drain()
            try:
                update = self.site.build() if paths is None else self.site.update(paths)
            except BuildError as err:
                self._failed(err)
                return
            except Exception as err:  # a bug of ours must not end the preview
                self.reporter.internal_error(f"{type(err).__name__}: {err}\n{traceback.format_exc()}")
                self._failed(BuildError(f"internal error: {type(err).__name__}: {err}"))
                return
            if update is None:
                return
            config = self.site.config
            if config is not None:
                self.server.baseurl = config.baseurl
            if self.channel is not None:
                self.channel.publish_build(update.page_urls, update.style_urls)
            self.last_error = None
            self._announce(update)
        if update.scope == "full":
            self.site.prime()  # after the tabs were told, outside the hold

    def _failed(self, err: BuildError) -> None:
        self.last_error = err
        self.reporter.failed(err)
        if self.channel is not None:
            self.channel.publish_failure(err.format())
        with self._built:
            self._built.notify_all()

    def _announce(self, update: Update) -> None:
        self.reporter.built(update)
        with self._built:
            self.builds += 1
            self._built.notify_all()

    def wait_for_build(self, count: int, timeout: float) -> bool:
        """Wait until `count` builds succeeded (for tests and benchmarks)."""
        with self._built:
            return self._built.wait_for(lambda: self.builds >= count, timeout=timeout)

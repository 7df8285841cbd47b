"""Watch the source with watchdog and hand over debounced change sets.

Events are collected into a set of paths. A change set is handed over once no
new event arrived for `quiet` seconds (a burst such as `git checkout` or an
editor's temp-file dance becomes one set), or at the latest `max_wait` seconds
after its first event. One worker thread calls `on_changes`; events that arrive
meanwhile form the next set, so rebuilds never overlap.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer


class ChangeBatcher:
    """Coalesces paths into change sets and delivers them on its own thread."""

    def __init__(
        self, on_changes: Callable[[set[Path]], None], *, quiet: float = 0.008, max_wait: float = 0.3
    ) -> None:
        self.on_changes = on_changes
        self.quiet = quiet
        self.max_wait = max_wait
        self._cond = threading.Condition()
        self._pending: set[Path] = set()
        self._first = 0.0
        self._last = 0.0
        self._stopping = False
        self._thread = threading.Thread(target=self._run, name="homepage-rebuild")

    def start(self) -> None:
        self._thread.start()

    def add(self, paths: Iterable[Path]) -> None:
        with self._cond:
            now = time.monotonic()
            if not self._pending:
                self._first = now
            self._pending.update(paths)
            self._last = now
            self._cond.notify()

    def _next_batch(self) -> set[Path] | None:
        with self._cond:
            while not self._stopping:
                if not self._pending:
                    self._cond.wait()
                    continue
                now = time.monotonic()
                due = min(self._last + self.quiet, self._first + self.max_wait)
                if now >= due:
                    batch, self._pending = self._pending, set()
                    return batch
                self._cond.wait(due - now)
            return None

    def _run(self) -> None:
        while True:
            batch = self._next_batch()
            if batch is None:
                return
            self.on_changes(batch)

    def stop(self) -> None:
        with self._cond:
            self._stopping = True
            self._cond.notify_all()
        if self._thread.is_alive():
            self._thread.join()


class _Forward(FileSystemEventHandler):
    def __init__(self, batcher: ChangeBatcher, ignored: Callable[[Path], bool]) -> None:
        self.batcher = batcher
        self.ignored = ignored

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.event_type in ("opened", "closed_no_write"):
            return
        if event.is_directory and event.event_type == "modified":
            return  # a file inside changed; that file's own event says which
        paths = [Path(str(event.src_path))]
        dest = getattr(event, "dest_path", "")
        if dest:
            paths.append(Path(str(dest)))
        kept = [p for p in paths if not self.ignored(p)]
        if kept:
            self.batcher.add(kept)


class SourceWatcher:
    """Watches folders (recursively) and files' folders; feeds a `ChangeBatcher`."""

    def __init__(
        self,
        folders: Iterable[Path],
        on_changes: Callable[[set[Path]], None],
        *,
        ignored: Callable[[Path], bool] = lambda _path: False,
        quiet: float = 0.008,
        max_wait: float = 0.3,
    ) -> None:
        self.batcher = ChangeBatcher(on_changes, quiet=quiet, max_wait=max_wait)
        self.observer = Observer()
        handler = _Forward(self.batcher, ignored)
        seen: set[Path] = set()
        for folder in folders:
            folder = folder.resolve()
            if folder in seen or not folder.is_dir():
                continue
            seen.add(folder)
            self.observer.schedule(handler, str(folder), recursive=True)

    def start(self) -> None:
        self.batcher.start()
        self.observer.start()

    def stop(self) -> None:
        self.observer.stop()
        if self.observer.is_alive():
            self.observer.join()
        self.batcher.stop()

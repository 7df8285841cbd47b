"""What the preview prints: where to look, what was rebuilt and how long it took, errors, warnings once."""

from __future__ import annotations

import threading
import time
from typing import TextIO

from ..errors import BuildError, BuildWarning
from .incremental import Update


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def _duration(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds < 1 else f"{seconds:.2f} s"


class Reporter:
    def __init__(self, out: TextIO, err: TextIO, *, quiet: bool = False, verbose: bool = False) -> None:
        self.out = out
        self.err = err
        self.quiet = quiet
        self.verbose = verbose
        self._lock = threading.Lock()
        self._shown_warnings: set[BuildWarning] = set()
        self._failing = False
        self._built_once = False

    def _print(self, stream: TextIO, text: str) -> None:
        with self._lock:
            print(text, file=stream, flush=True)

    @staticmethod
    def _stamp() -> str:
        return time.strftime("%H:%M:%S")

    def info(self, text: str) -> None:
        if not self.quiet:
            self._print(self.out, text)

    def serving(self, url: str, output: str, livereload: bool, temporary: bool) -> None:
        reload_note = "live reload on" if livereload else "live reload off"
        self.info(f"  Serving at {url}  ({reload_note}; Ctrl-C to stop)")
        self.info(f"  Output in {output}" + (" (a temporary folder, removed on exit)" if temporary else ""))

    def built(self, update: Update) -> None:
        recovered = self._failing
        self._failing = False
        self._built_once = True
        self._warnings(update.warnings)
        if self.quiet and not recovered:
            return
        written = len(update.changed)
        if update.reason == "initial build":
            text = f"  Built {_plural(len(update.rendered), 'page')} in {_duration(update.seconds)}"
        else:
            what = f"{_plural(len(update.rendered), 'page')} re-rendered" if update.rendered else "copied"
            if update.scope == "full":
                what = f"full rebuild, {what}"
            changed = _plural(written, "output") + " changed" if written else "no output changed"
            text = (f"[{self._stamp()}] {update.reason} → {what}, {changed} "
                    f"in {_duration(update.seconds)}")
        if recovered:
            text += "  (fixed; the browser reloads)"
        self._print(self.out, text)
        if self.verbose and update.changed:
            self._print(self.out, "           " + " ".join(update.changed[:12])
                        + (" …" if len(update.changed) > 12 else ""))

    def failed(self, error: BuildError) -> None:
        self._failing = True
        self._print(self.err, f"[{self._stamp()}] error: {error.format()}")
        if self._built_once:
            self._print(self.err, "           the last good site is still served; save a fix to rebuild")
        else:
            self._print(self.err, "           nothing to serve yet; save a fix and the site builds")

    def internal_error(self, message: str) -> None:
        self._failing = True
        self._print(self.err, f"[{self._stamp()}] internal error: {message}\n"
                              "           this is a bug in homepage; the server keeps running")

    def _warnings(self, warnings: list[BuildWarning]) -> None:
        for warning in warnings:
            if warning in self._shown_warnings:
                continue
            self._shown_warnings.add(warning)
            self._print(self.err, f"warning: {warning.format()}")

"""Holds requests while a rebuild runs, so a half-written site is never served.

Requests `enter()` before they resolve and open a file and `leave()` right
after; a rebuild calls `hold()` for its whole duration. While held, new
requests wait (up to a timeout); `drain()` additionally waits until requests
that were already inside have opened their files, then lets the rebuild write.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager


class OutputGate:
    def __init__(self, request_timeout: float = 30.0) -> None:
        self.request_timeout = request_timeout
        self._cond = threading.Condition()
        self._held = 0
        self._inside = 0

    @contextmanager
    def reading(self) -> Iterator[None]:
        """For a request: waits while a rebuild holds the gate (at most `request_timeout`)."""
        with self._cond:
            self._cond.wait_for(lambda: self._held == 0, timeout=self.request_timeout)
            self._inside += 1
        try:
            yield
        finally:
            with self._cond:
                self._inside -= 1
                self._cond.notify_all()

    @contextmanager
    def hold(self) -> Iterator[None]:
        """For a rebuild: new requests wait until it is over."""
        with self._cond:
            self._held += 1
        try:
            yield
        finally:
            with self._cond:
                self._held -= 1
                self._cond.notify_all()

    def drain(self, timeout: float = 5.0) -> bool:
        """Inside `hold()`: wait until no request is between `reading()`'s enter and exit."""
        with self._cond:
            return self._cond.wait_for(lambda: self._inside == 0, timeout=timeout)

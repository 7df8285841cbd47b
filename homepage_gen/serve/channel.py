"""The reload channel: build news fanned out to every open tab.

Each connected tab is a `Subscriber` with its own small queue and a wake-up
socket its connection thread can `select()` on together with the tab's own
socket, so news goes out at once and a vanished tab is noticed. `publish_*`
never blocks on a slow or vanished tab. The channel remembers the latest epoch
and error, so a tab that connects late learns the current state at once.
"""

from __future__ import annotations

import contextlib
import json
import socket
import threading
from collections import deque
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Event:
    type: str
    data: dict[str, Any]

    def to_json(self) -> str:
        return json.dumps({"type": self.type, **self.data}, separators=(",", ":"))


class Subscriber:
    """One connected tab's pending events."""

    MAX_PENDING = 64  # a tab this far behind only needs the latest news

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._events: deque[Event] = deque(maxlen=self.MAX_PENDING)
        self._wake_read, self._wake_write = socket.socketpair()
        self._wake_read.setblocking(False)
        self._wake_write.setblocking(False)
        self.closed = False

    def fileno(self) -> int:
        """Readable whenever events are pending or the subscriber was closed (for select)."""
        return self._wake_read.fileno()

    def _wake(self) -> None:
        with contextlib.suppress(OSError):  # buffer full (already awake) or closed
            self._wake_write.send(b"\0")

    def push(self, event: Event) -> None:
        with self._lock:
            if self.closed:
                return
            self._events.append(event)
        self._wake()

    def take(self) -> list[Event]:
        """Every pending event, oldest first; clears the wake-up signal."""
        try:
            while self._wake_read.recv(4096):
                pass
        except OSError:
            pass
        with self._lock:
            events = list(self._events)
            self._events.clear()
        return events

    def close(self) -> None:
        with self._lock:
            self.closed = True
        self._wake()

    def release(self) -> None:
        """Free the wake-up sockets (by the connection thread, once it is done)."""
        self._wake_read.close()
        self._wake_write.close()


class ReloadChannel:
    """Publishes `build` and `failure` events; tracks the site's current epoch and error."""

    def __init__(self, max_subscribers: int = 256) -> None:
        self.max_subscribers = max_subscribers
        self._lock = threading.Lock()
        self._subscribers: set[Subscriber] = set()
        self._epoch = 0
        self._error: str | None = None
        self._closed = False

    @property
    def epoch(self) -> int:
        with self._lock:
            return self._epoch

    @property
    def error(self) -> str | None:
        with self._lock:
            return self._error

    @property
    def subscriber_count(self) -> int:
        with self._lock:
            return len(self._subscribers)

    def subscribe(self) -> Subscriber | None:
        """A new subscriber whose first event is `hello` (the current state); None when full or closed."""
        with self._lock:
            if self._closed or len(self._subscribers) >= self.max_subscribers:
                return None
            subscriber = Subscriber()
            self._subscribers.add(subscriber)
            subscriber.push(Event("hello", {"epoch": self._epoch, "error": self._error}))
        return subscriber

    def unsubscribe(self, subscriber: Subscriber) -> None:
        with self._lock:
            self._subscribers.discard(subscriber)
        subscriber.close()

    def _broadcast(self, event: Event) -> None:
        with self._lock:
            targets = list(self._subscribers)
        for subscriber in targets:
            subscriber.push(event)

    def publish_build(self, pages: list[str], styles: list[str]) -> int:
        """Announce a successful build: changed page URLs ("*" = all) and stylesheet URLs.

        Returns the new epoch.
        """
        with self._lock:
            self._epoch += 1
            self._error = None
            epoch = self._epoch
        self._broadcast(Event("build", {"epoch": epoch, "pages": pages, "styles": styles}))
        return epoch

    def publish_failure(self, message: str) -> None:
        with self._lock:
            self._error = message
        self._broadcast(Event("failure", {"error": message}))

    def close(self) -> None:
        """Release every subscriber (their connection threads then finish)."""
        with self._lock:
            self._closed = True
            targets = list(self._subscribers)
            self._subscribers.clear()
        for subscriber in targets:
            subscriber.close()

"""HTTP GET with a hard limit on the total time, for everything the Scholar code downloads.

`requests` timeouts bound each socket operation, not the whole request: a server
that trickles one byte at a time, a slow DNS resolver or a chain of redirects can
each take far longer. So the attempts run in a worker thread that the caller
waits for at most `timeout` (plus a small margin); the worker also checks the
deadline between reads and before each retry, so it ends soon after on its own.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import __version__

USER_AGENT = f"homepage-gen/{__version__} (scholar stats)"
MAX_BODY_BYTES = 20 * 1024 * 1024
JOIN_MARGIN = 0.25  # seconds the caller waits past the deadline for the worker's own answer
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


@dataclass(frozen=True)
class HttpResult:
    """What one bounded GET produced: a response (any status) or an error saying why there is none."""

    url: str
    status: int | None = None
    headers: Mapping[str, str] = field(default_factory=dict)
    body: bytes = b""
    error: str | None = None
    retryable: bool = False

    @property
    def ok(self) -> bool:
        return self.error is None and self.status is not None and 200 <= self.status < 300

    def describe(self) -> str:
        """A short reason for a log line: `HTTP 404` or the error."""
        if self.error is not None:
            return self.error
        return f"HTTP {self.status}"


@dataclass(frozen=True)
class RetryPolicy:
    retries: int = 2
    backoff: float = 0.2  # seconds before the first retry; doubles each time
    min_attempt: float = 0.1  # don't start an attempt with less time than this left


def bounded_get(
    url: str,
    *,
    timeout: float,
    params: Mapping[str, str] | None = None,
    headers: Mapping[str, str] | None = None,
    policy: RetryPolicy | None = None,
) -> HttpResult:
    """GET `url`, retrying 5xx/429 and connection errors, all within `timeout` seconds."""
    import requests  # lazily: builds that never fetch don't pay for importing it

    deadline = time.monotonic() + timeout
    cancel = threading.Event()
    answer: list[HttpResult] = []
    request = _Request(requests, url, dict(params or {}), _headers(headers), timeout, deadline, cancel)

    def work() -> None:
        try:
            answer.append(_attempts(request, policy or RetryPolicy()))
        except Exception as err:  # never let a surprise in a library leave the caller waiting
            answer.append(HttpResult(url, error=f"unexpected error ({type(err).__name__}: {err})"))

    worker = threading.Thread(target=work, name="homepage-scholar-http", daemon=True)
    worker.start()
    worker.join(max(0.0, deadline - time.monotonic()) + JOIN_MARGIN)
    if answer:
        return answer[0]
    cancel.set()  # the worker stops at its next check; nobody waits for it
    return HttpResult(url, error=f"no complete answer within {timeout:g} s")


def _headers(extra: Mapping[str, str] | None) -> dict[str, str]:
    headers = {"User-Agent": USER_AGENT, "Accept": "application/json"}
    headers.update(extra or {})
    return headers


@dataclass(frozen=True)
class _Request:
    requests: Any  # the module, imported by the caller
    url: str
    params: dict[str, str]
    headers: dict[str, str]
    budget: float  # seconds, for messages
    deadline: float
    cancel: threading.Event

    def remaining(self) -> float:
        return self.deadline - time.monotonic()

    def timed_out(self, what: str = "") -> str:
        return f"timed out after {self.budget:g} s{what}"


def _attempts(request: _Request, policy: RetryPolicy) -> HttpResult:
    with request.requests.Session() as session:
        attempt = 0
        while True:
            result = _attempt(session, request)
            if not result.retryable or attempt >= policy.retries:
                return result
            pause = policy.backoff * 2**attempt
            if request.remaining() < pause + policy.min_attempt:
                return result
            if request.cancel.wait(pause):
                return result
            attempt += 1


def _attempt(session: Any, request: _Request) -> HttpResult:
    requests = request.requests
    remaining = request.remaining()
    if remaining <= 0:
        return HttpResult(request.url, error=request.timed_out())
    try:
        response = session.get(
            request.url, params=request.params or None, headers=request.headers,
            timeout=(remaining, remaining), stream=True,
        )
    except requests.Timeout:
        return HttpResult(request.url, error=request.timed_out())
    except requests.ConnectionError as err:
        return HttpResult(request.url, error=f"connection failed ({_reason(err)})", retryable=True)
    except requests.RequestException as err:
        return HttpResult(request.url, error=f"request failed ({_reason(err)})")
    with response:
        status = response.status_code
        headers = {k.lower(): v for k, v in response.headers.items()}
        if status >= 300:
            # error and 304 bodies are not needed; don't wait for them
            return HttpResult(response.url, status, headers, retryable=status in RETRY_STATUSES)
        body, error = _read_body(response, request)
    if error is not None:
        retryable = error.startswith("connection")
        return HttpResult(response.url, status, headers, error=error, retryable=retryable)
    return HttpResult(response.url, status, headers, body)


def _read_body(response: Any, request: _Request) -> tuple[bytes, str | None]:
    chunks: list[bytes] = []
    size = 0
    try:
        while True:
            if request.cancel.is_set() or request.remaining() <= 0:
                return b"", request.timed_out(" while reading the response")
            # read1 does at most one socket read, so a trickling server can't hold us past the deadline
            chunk = response.raw.read1(65536, decode_content=True)
            if not chunk:
                return b"".join(chunks), None
            size += len(chunk)
            if size > MAX_BODY_BYTES:
                return b"", f"response larger than {MAX_BODY_BYTES // (1024 * 1024)} MiB"
            chunks.append(chunk)
    except TimeoutError:
        return b"", request.timed_out(" while reading the response")
    except Exception as err:  # urllib3 and socket errors while streaming: a broken download
        if "timed out" in str(err).lower():
            return b"", request.timed_out(" while reading the response")
        return b"", f"connection broken while reading ({_reason(err)})"


_ERRNO_TEXT = re.compile(r"\[Errno -?\d+\] ([^'\")]+)")


def _reason(err: BaseException) -> str:
    """The human part of a requests/urllib3 error chain, e.g. `Connection refused`."""
    text = str(err)
    found = _ERRNO_TEXT.findall(text)
    if found:
        return found[-1].strip()
    return text if len(text) <= 200 else type(err).__name__

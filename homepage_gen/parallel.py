"""Render independent pages on two cores: a forked child takes the second half.

Used only by `homepage build` for larger sites whose templates never list other
pages (then every page's output depends on its own input alone, and the result is
identical to a serial build). The child inherits the warm renderer through fork —
nothing but the finished HTML crosses the pipe — and exits without running the
parent's clean-up. Any trouble with the child (no fork, a crash) falls back to
rendering its share in the parent.
"""

from __future__ import annotations

import contextlib
import gc
import os
import pickle
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from .errors import BuildError, BuildWarning, Diagnostics

# (index, output, rendered content) per page
Rendered = tuple[int, str, str | None]
RenderOne = Callable[[int], tuple[str, str | None]]
MIN_PAGES = 100  # below this, forking costs more than it saves


def can_fork() -> bool:
    return hasattr(os, "fork") and (os.cpu_count() or 1) > 1


def _error_fields(err: BuildError) -> tuple[Any, ...]:
    return (err.message, err.path, err.line, err.col, err.hint, err.context)


def _render_share(indices: Sequence[int], render_one: RenderOne) -> tuple[list[Rendered], tuple[Any, ...] | None]:
    done: list[Rendered] = []
    for index in indices:
        try:
            output, content = render_one(index)
        except BuildError as err:
            return done, (index, *_error_fields(err))
        done.append((index, output, content))
    return done, None


def _child(
    indices: Sequence[int], render_one: RenderOne, diagnostics: Diagnostics, write_fd: int,
    learned: Callable[[], Any] | None,
) -> None:
    known = len(diagnostics.warnings)
    code = 0
    try:
        done, error = _render_share(indices, render_one)
        extra = learned() if learned is not None else None
        message = pickle.dumps((done, error, diagnostics.warnings[known:], extra), protocol=pickle.HIGHEST_PROTOCOL)
        with os.fdopen(write_fd, "wb") as pipe:
            pipe.write(message)
    except BaseException:  # noqa: BLE001 - the parent re-renders this share; never unwind into its code
        code = 1
    finally:
        os._exit(code)


def _read_all(read_fd: int) -> bytes:
    with os.fdopen(read_fd, "rb") as pipe:
        return pipe.read()


def render_pages(
    indices: Sequence[int], render_one: RenderOne, diagnostics: Diagnostics,
    *, learned: Callable[[], Any] | None = None, learn: Callable[[Any], None] | None = None,
) -> list[Rendered]:
    """Render `indices` (parent: first half, child: second half); raise the first error by index.

    `learned()` runs in the child after its share (e.g. the cache entries it made) and its
    result is handed to `learn` in the parent.
    """
    if len(indices) < MIN_PAGES or not can_fork():
        done, error = _render_share(indices, render_one)
        _raise(error)
        return done
    with _long_lived_heap_frozen():
        return _render_on_two_cores(indices, render_one, diagnostics, learned, learn)


@contextlib.contextmanager
def _long_lived_heap_frozen() -> Iterator[None]:
    """While pages render, the site model and compiled templates are left out of garbage
    collection (gc.freeze) and young objects are collected less often: full collections would
    otherwise walk the whole model again and again, and in the child touch (copy) every page
    of memory it shares with the parent. Restored afterwards, for the dev server's next build."""
    threshold = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(10_000, 10, 10)
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        gc.unfreeze()


def _render_on_two_cores(
    indices: Sequence[int], render_one: RenderOne, diagnostics: Diagnostics,
    learned: Callable[[], Any] | None, learn: Callable[[Any], None] | None,
) -> list[Rendered]:
    half = len(indices) // 2
    mine, theirs = indices[:half], indices[half:]
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child
        os.close(read_fd)
        _child(theirs, render_one, diagnostics, write_fd, learned)
    os.close(write_fd)
    # The child writes its whole answer at the end and blocks until we read it, after our share.
    try:
        done, error = _render_share(mine, render_one)
        payload = _read_all(read_fd)
    except BaseException:
        os.kill(pid, 9)
        os.waitpid(pid, 0)
        raise
    _, status = os.waitpid(pid, 0)
    child_done: list[Rendered] = []
    child_error: tuple[Any, ...] | None = None
    child_warnings: list[BuildWarning] = []
    if status == 0 and payload:
        child_done, child_error, child_warnings, extra = pickle.loads(payload)  # noqa: S301 - our own child
        if learn is not None and extra is not None:
            learn(extra)
    else:
        child_done, child_error = _render_share(theirs, render_one)
    for warning in child_warnings:
        diagnostics.warn(warning.message, warning.path, warning.line)
    _raise(error if error is not None else child_error)
    return [*done, *child_done]


def _raise(error: tuple[Any, ...] | None) -> None:
    if error is None:
        return
    _index, message, path, line, col, hint, context = error
    raise BuildError(message, path, line, col, hint=hint, context=context)

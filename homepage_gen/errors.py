"""Errors and warnings that carry a source location.

Every user-facing failure is a `BuildError` (or subclass) naming the file and,
where known, the line and column. The CLI prints `format()` and exits 1; the
dev server shows the same text in the browser overlay.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


def _location(path: str | Path | None, line: int | None, col: int | None) -> str:
    if path is None:
        return ""
    text = str(path)
    if line is not None:
        text += f":{line}"
        if col is not None:
            text += f":{col}"
    return text


class HomepageError(Exception):
    """Base class of every error this package raises on purpose."""


class UsageError(HomepageError):
    """The command line itself is wrong (exit code 2)."""


class BuildError(HomepageError):
    """A build failed because of something in the site's files.

    `context` lists outer locations, innermost first, e.g. the page that
    included the template where the error happened.
    """

    def __init__(
        self,
        message: str,
        path: str | Path | None = None,
        line: int | None = None,
        col: int | None = None,
        *,
        hint: str | None = None,
        context: list[str] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line
        self.col = col
        self.hint = hint
        self.context = list(context or [])

    @property
    def location(self) -> str:
        return _location(self.path, self.line, self.col)

    def format(self) -> str:
        """`path:line:col: message`, then the include chain and a hint."""
        head = f"{self.location}: {self.message}" if self.location else self.message
        lines = [head]
        lines.extend(f"  {entry}" for entry in self.context)
        if self.hint:
            lines.append(f"  hint: {self.hint}")
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.format()


class ConfigError(BuildError):
    """`_config.yml` (or a `--config` file) is invalid."""


@dataclass(frozen=True)
class BuildWarning:
    """Something a user should look at that did not stop the build."""

    message: str
    path: str | None = None
    line: int | None = None

    def format(self) -> str:
        where = _location(self.path, self.line, None)
        return f"{where}: {self.message}" if where else self.message


@dataclass
class Diagnostics:
    """Collects warnings for one build; each distinct warning is kept once."""

    warnings: list[BuildWarning] = field(default_factory=list)

    def warn(self, message: str, path: str | Path | None = None, line: int | None = None) -> None:
        warning = BuildWarning(message, str(path) if path is not None else None, line)
        if warning not in self.warnings:
            self.warnings.append(warning)

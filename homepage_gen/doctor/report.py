"""Findings of `homepage doctor` and how they are printed: `path:line: severity: message`, then a hint."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Finding:
    severity: Severity
    message: str
    path: str | None = None  # relative to the site source, POSIX separators
    line: int | None = None
    hint: str | None = None
    check: str = ""  # which check found it: config, links, navigation, mojibake, images, urls, scholar, build

    @property
    def location(self) -> str:
        if self.path is None:
            return ""
        return f"{self.path}:{self.line}" if self.line is not None else self.path

    def format(self) -> str:
        head = f"{self.severity.value}: {self.message}"
        text = f"{self.location}: {head}" if self.location else head
        if self.hint:
            text += "\n" + "\n".join(f"  {line}" for line in ("hint: " + self.hint).splitlines())
        return text


@dataclass
class Report:
    """Every finding of one run, each kept once."""

    findings: list[Finding] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what was checked, and how

    def add(self, finding: Finding) -> None:
        if finding not in self.findings:
            self.findings.append(finding)

    def error(
        self,
        check: str,
        message: str,
        path: str | None = None,
        line: int | None = None,
        hint: str | None = None,
    ) -> None:
        self.add(Finding(Severity.ERROR, message, path, line, hint, check))

    def warning(
        self,
        check: str,
        message: str,
        path: str | None = None,
        line: int | None = None,
        hint: str | None = None,
    ) -> None:
        self.add(Finding(Severity.WARNING, message, path, line, hint, check))

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity is Severity.WARNING]

    def sorted(self) -> list[Finding]:
        return sorted(self.findings, key=lambda f: (f.path is None, f.path or "", f.line or 0, f.message))

    def summary(self) -> str:
        errors, warnings = len(self.errors), len(self.warnings)
        if not errors and not warnings:
            return "doctor: no problems found"
        return f"doctor: {_count(errors, 'error')}, {_count(warnings, 'warning')}"

    def format(self) -> str:
        lines = [finding.format() for finding in self.sorted()]
        lines.append(self.summary())
        return "\n".join(lines)


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"

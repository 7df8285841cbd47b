"""Damaged text in the site's files: mojibake (with the repaired line) and invalid UTF-8."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from .files import TEXT_SUFFIXES
from .mojibake import LineRepair, find_mojibake, repair_text
from .report import Report

SHOWN_FRAGMENTS = 3


def check_text(source: Path, files: Iterable[Path], report: Report) -> None:
    for path in files:
        if path.suffix.lower() not in TEXT_SUFFIXES:
            continue
        relative = path.relative_to(source).as_posix()
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as err:
            line = raw.count(b"\n", 0, err.start) + 1
            report.error(
                "text",
                f"not valid UTF-8 (byte {raw[err.start]:#04x})",
                relative,
                line,
                hint="open the file in your editor and save it with the UTF-8 encoding",
            )
            continue
        for found in find_mojibake(text.replace("\r\n", "\n")):
            report.error("mojibake", _message(found), relative, found.line, hint=_hint(found))


def _message(found: LineRepair) -> str:
    shown = found.fragments[:SHOWN_FRAGMENTS]
    pairs = ", ".join(f'"{f.damaged}" should be "{f.repaired}"' for f in shown)
    extra = len(found.fragments) - len(shown)
    more = f" and {extra} more" if extra else ""
    return f"garbled text (UTF-8 that was read as {found.encoding}): {pairs}{more}"


def _hint(found: LineRepair) -> str:
    line = found.repaired_text.strip()
    if len(line) > 160:
        line = line[:157] + "..."
    return (
        f"the line should read: {line}\nreplace it (or run `homepage doctor --fix` to repair every such line)"
    )


def fix_text(source: Path, files: Iterable[Path]) -> list[str]:
    """Repair mojibake in place; returns the files changed (relative to `source`)."""
    changed: list[str] = []
    for path in files:
        if path.suffix.lower() not in TEXT_SUFFIXES:
            continue
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            continue
        newline = "\r\n" if "\r\n" in text else "\n"
        repaired = repair_text(text.replace("\r\n", "\n"))
        if repaired != text.replace("\r\n", "\n"):
            path.write_bytes(repaired.replace("\n", newline).encode("utf-8"))
            changed.append(path.relative_to(source).as_posix())
    return changed

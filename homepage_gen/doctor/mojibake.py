"""Mojibake: UTF-8 text that was once decoded as Mac OS Roman, Windows-1252 or Latin-1.

`👨‍🎓` saved as UTF-8, opened as Mac OS Roman and saved again becomes `üë®‚Äçüéì`.
Each damaged character is a run of non-ASCII characters whose bytes in that
legacy encoding form a valid UTF-8 sequence; re-encoding the run and decoding it
as UTF-8 gives the original back. Text in other scripts (CJK, Cyrillic, …) is
not encodable in these code pages and is never touched.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

# Tried in this order; the one that repairs the most sequences on a line wins.
ENCODINGS: tuple[tuple[str, str], ...] = (
    ("mac_roman", "Mac OS Roman"),
    ("cp1252", "Windows-1252"),
    ("latin-1", "Latin-1"),
)

_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")


@dataclass(frozen=True)
class Repair:
    """One damaged fragment of a line and what it was."""

    damaged: str
    repaired: str


@dataclass(frozen=True)
class LineRepair:
    line: int
    text: str
    repaired_text: str
    encoding: str  # the human name, e.g. "Mac OS Roman"
    fragments: tuple[Repair, ...]


def _byte(char: str, codec: str) -> int | None:
    try:
        encoded = char.encode(codec)
    except UnicodeEncodeError:
        # Windows-1252 leaves five bytes undefined; decoders pass them through as U+0081 etc.
        if codec == "cp1252" and 0x80 <= ord(char) <= 0x9F:
            return ord(char)
        return None
    return encoded[0] if len(encoded) == 1 else None


def _sequence_length(lead: int) -> int:
    if 0xC2 <= lead <= 0xDF:
        return 2
    if 0xE0 <= lead <= 0xEF:
        return 3
    if 0xF0 <= lead <= 0xF4:
        return 4
    return 0


def _plausible(char: str) -> bool:
    """A repaired character must be a real, visible-or-joining character, not a control."""
    category = unicodedata.category(char)
    if category in ("Cc", "Cn", "Co", "Cs"):
        return False
    if category in ("Mn", "Me") and not 0xFE00 <= ord(char) <= 0xFE0F:
        # a lone combining mark is what symbols like "÷§" happen to decode to; variation
        # selectors (emoji presentation) are the exception that real mojibake carries
        return False
    return not 0x80 <= ord(char) <= 0x9F


def repair_run(run: str, codec: str) -> tuple[str, int]:
    """Repair the UTF-8 sequences hidden in `run` (other characters stay); return it and their count."""
    out: list[str] = []
    repaired = 0
    i = 0
    while i < len(run):
        lead = _byte(run[i], codec)
        size = _sequence_length(lead) if lead is not None else 0
        if size and i + size <= len(run):
            raw = [_byte(c, codec) for c in run[i : i + size]]
            char = _decode(raw)
            if char is not None:
                out.append(char)
                repaired += 1
                i += size
                continue
        out.append(run[i])
        i += 1
    return "".join(out), repaired


def _decode(raw: list[int | None]) -> str | None:
    if any(b is None for b in raw):
        return None
    try:
        char = bytes(b for b in raw if b is not None).decode("utf-8")
    except UnicodeDecodeError:
        return None
    return char if _plausible(char) else None


def repair_line(text: str) -> tuple[str, str, list[Repair]] | None:
    """(repaired line, encoding name, fragments) when the line holds mojibake, else None."""
    best: tuple[str, str, list[Repair]] | None = None
    for codec, label in ENCODINGS:
        pieces: list[str] = []
        fragments: list[Repair] = []
        last = 0
        for match in _NON_ASCII_RUN.finditer(text):
            repaired, count = repair_run(match.group(0), codec)
            pieces.append(text[last : match.start()])
            pieces.append(repaired)
            last = match.end()
            if count:
                fragments.append(Repair(match.group(0), repaired))
        pieces.append(text[last:])
        if fragments and (best is None or _count(fragments) > _count(best[2])):
            best = ("".join(pieces), label, fragments)
    return best


def _count(fragments: list[Repair]) -> int:
    return sum(len(f.damaged) - len(f.repaired) for f in fragments)


def find_mojibake(text: str) -> Iterator[LineRepair]:
    """Every line of `text` that holds mojibake, with its repair."""
    for number, line in enumerate(text.split("\n"), start=1):
        if line.isascii():
            continue
        found = repair_line(line)
        if found is not None:
            repaired, label, fragments = found
            yield LineRepair(number, line, repaired, label, tuple(fragments))


def repair_text(text: str) -> str:
    """`text` with every line that holds mojibake repaired."""
    lines = text.split("\n")
    for found in find_mojibake(text):
        lines[found.line - 1] = found.repaired_text
    return "\n".join(lines)

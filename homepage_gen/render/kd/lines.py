"""Column arithmetic for leading whitespace (tabs stop every four columns)."""

from __future__ import annotations

import re

from .lazy import lazy_re

_LEADING = lazy_re(r"[ \t]*")


def indent_width(line: str) -> int:
    """Columns of leading blanks in ``line``."""
    lead = _LEADING.match(line).group()  # type: ignore[union-attr]
    if "\t" not in lead:
        return len(lead)
    col = 0
    for ch in line:
        if ch == " ":
            col += 1
        elif ch == "\t":
            col += 4 - col % 4
        else:
            break
    return col


def strip_columns(line: str, width: int) -> str:
    """``line`` without its first ``width`` columns of leading blanks; the rest of the
    leading blanks come back as spaces (tabs expanded), as kramdown re-indents."""
    lead = _LEADING.match(line).group()  # type: ignore[union-attr]
    if "\t" not in lead:
        return line[min(width, len(lead)) :]
    col = 0
    i = 0
    n = len(line)
    while i < n:
        ch = line[i]
        if ch == " ":
            col += 1
        elif ch == "\t":
            col += 4 - col % 4
        else:
            break
        i += 1
    if col <= width:
        return line[i:]
    return " " * (col - width) + line[i:]


def expand_leading_tabs(line: str) -> str:
    """``line`` with the tabs it starts with (if any) written as four spaces each."""
    if not line.startswith("\t"):
        return line
    rest = line.lstrip("\t")
    return "    " * (len(line) - len(rest)) + rest


_ITEM_INDENT: dict[int, re.Pattern[str]] = {}


def item_line(line: str, width: int) -> str | None:
    """A list item's continuation line without the item's ``width`` columns of indentation,
    or None if the line is not indented enough to belong to the item.

    kramdown takes a tab for four spaces only as a whole: a line belongs to the item when it
    starts with ``width // 4`` units of four spaces or a tab, then ``width % 4`` spaces or a
    tab (so `` <tab>`` is not two columns of indentation, and ``    <tab>`` passes a
    five-column item). The tabs the line starts with are then written as four spaces each,
    and ``width`` spaces go if the line starts with them (``    <tab>x`` keeps its blanks).
    """
    indent = _ITEM_INDENT.get(width)
    if indent is None:
        units, rest = divmod(width, 4)
        tail = f"(?: {{{rest}}}|\t)" if rest else ""
        indent = _ITEM_INDENT[width] = re.compile(f"(?: {{4}}|\t){{{units}}}{tail}")
    if not indent.match(line):
        return None
    line = expand_leading_tabs(line)
    return line[width:] if line.startswith(" " * width) else line

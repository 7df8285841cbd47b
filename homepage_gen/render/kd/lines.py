"""Column arithmetic for leading whitespace (tabs stop every four columns)."""

from __future__ import annotations

import re

_LEADING = re.compile(r"[ \t]*")


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


def strip_item_indent(line: str, width: int) -> str:
    """A list item's continuation line without the item's ``width`` columns of indentation.

    kramdown removes exactly ``width`` spaces when the line starts with them, keeping any tab
    after them; a line that starts with tabs has those tabs expanded (4 columns each) before the
    columns go; any other line (fewer spaces, then a tab) stays as it is.
    """
    if line.startswith(" " * width):
        return line[width:]
    tabs = len(line) - len(line.lstrip("\t"))
    if tabs:
        return " " * max(4 * tabs - width, 0) + line[tabs:]
    return line

"""GFM/kramdown pipe tables."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .lazy import lazy_re
from .nodes import Node

if TYPE_CHECKING:
    from .blocks import BlockParser

_TABLE_LINE = r"(?:[ \t]*\||[^\n]*?[^\\\n]\|)[^\n]*(?:\n|\Z)"
# the table's lines: every line from the first on that has a pipe (each repetition takes one whole line)
_TABLE_LINES = re.compile(rf"(?:{_TABLE_LINE})+")
_WS = " \t\n\v\f\r\0"  # Ruby's strip: U+00A0 in a cell is text and stays
_DASH_SEPARATOR = " \t|:+-"
_EQUALS_SEPARATOR = " \t|:+="
_FOLLOW_OK = re.compile(r"[ \t]*(?:\n|\Z)| {0,3}\{:[^\n]*\}[ \t]*(?:\n|\Z)")
# a cell boundary: a pipe outside code spans and not escaped
_CELL_TOKEN = lazy_re(r"\\.|(`+)|\|")
_FIRST_LINE_TOKEN = re.compile(r"(`+)|\\\||\|")


def _split_cells(line: str, strip_lead: bool = True) -> list[str]:
    line = line.strip(_WS)
    if strip_lead and line.startswith("|"):
        line = line[1:]
    if not line.strip(_WS):
        return []
    cells: list[str]
    if "`" not in line and "\\" not in line:  # no code spans or escapes: every pipe splits
        cells = line.split("|")
        if line.endswith("|"):  # then the last piece is empty: no cell
            cells.pop()
        return [c.strip(_WS) for c in cells]
    cells = []
    start = 0
    pos = 0
    n = len(line)
    while pos < n:
        m = _CELL_TOKEN.search(line, pos)
        if not m:
            break
        if m.group(1):  # code span: skip to its closing run if there is one
            close = line.find(m.group(1), m.end())  # the first equal run closes, as inline
            pos = close + len(m.group(1)) if close >= 0 else m.end()
            continue
        if m.group() == "|":
            cells.append(line[start : m.start()])
            start = m.end()
        pos = m.end()
    last = line[start:]
    if last.strip(_WS) or not cells or not line.endswith("|"):
        cells.append(last)
    return [c.strip(_WS) for c in cells]


def _is_separator(line: str) -> bool:
    """A separator line (``|---|:-:|``, ``|===|``): blanks, pipes, colons and pluses with dashes or
    with equals signs (a line mixing both, ``| -=- |``, is a row)."""
    if "-" in line:
        return not line.strip(_DASH_SEPARATOR) and "=" not in line
    return "=" in line and not line.strip(_EQUALS_SEPARATOR)


def _starts_table(line: str) -> bool:
    """Whether a table's first line has a cell pipe: one outside code spans and not escaped
    (`` `a|b` text `` is a paragraph). Here a backslash escapes only a pipe, not a backtick."""
    pos = 0
    while True:
        m = _FIRST_LINE_TOKEN.search(line, pos)
        if m is None:
            return False
        if m.group(1):
            close = line.find(m.group(1), m.end())
            pos = close + len(m.group(1)) if close >= 0 else m.end()
            continue
        if m.group() == "|":
            return True
        pos = m.end()


def _alignments(line: str) -> list[str | None]:
    out: list[str | None] = []
    for cell in _split_cells(line):
        left, right = cell.startswith(":"), cell.endswith(":")
        out.append("center" if left and right else "left" if left else "right" if right else None)
    return out


def parse_table(src: str, pos: int, parent: Node, parser: BlockParser) -> int | None:
    found = _TABLE_LINES.match(src, pos)
    if not found:
        return None
    scan = found.end()
    lines = found.group().split("\n")
    if lines[-1] == "":  # (the last line's newline)
        lines.pop()
    if not _starts_table(lines[0]):
        return None
    n = len(src)
    if scan < n and not _FOLLOW_OK.match(src, scan):
        return None
    lead = lines[0].lstrip(_WS).startswith("|")  # the first line decides about leading pipes
    table = Node("table")
    sections: list[tuple[str, list[list[str]]]] = [("tbody", [])]
    align: list[str | None] | None = None
    header_done = False
    any_rows = False
    for line in lines:
        if ("-" in line or "=" in line) and _is_separator(line):
            footer = "=" in line
            if not any_rows:  # `---` lines before the first row change nothing; a `===` line: no table
                if footer:
                    return None
                continue
            kind, rows = sections[-1]
            if footer:
                # the rows after the last `===` line are the footer; an earlier footer was a body
                if kind == "tfoot":
                    sections[-1] = ("tbody", rows)
                sections.append(("tfoot", []))
            elif kind == "tfoot":
                pass  # a `---` line inside the footer does not split it
            elif not header_done and len(sections) == 1:
                sections[-1] = ("thead", rows)
                sections.append(("tbody", []))
                align = _alignments(line)  # only the header's separator aligns the columns
            else:
                sections.append(("tbody", []))
            header_done = True
            continue
        any_rows = True
        sections[-1][1].append(_split_cells(line, lead))
    if not any(rows for kind, rows in sections if kind != "thead"):  # a header alone is no table
        return None
    width = max([len(r) for _, rows in sections for r in rows], default=0)
    table.opts["align"] = align or []
    # The writer takes the column alignments from the table, and each section's rows from its value:
    # a list of rows, each the raw text of its cells (span-parsed as the writer writes them).
    table.opts["aligns"] = [align[i] if align and i < len(align) else None for i in range(width)]
    for kind, rows in sections:
        if not rows:
            continue
        for cells in rows:
            if len(cells) < width:  # short rows get empty cells
                cells.extend([""] * (width - len(cells)))
        table.children.append(Node(kind, rows))
    parent.children.append(table)
    return scan

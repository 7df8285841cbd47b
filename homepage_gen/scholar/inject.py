"""Write the numbers into rendered HTML where AcadHomepage's page script would put them.

`id="total_cit"` gets the total; each `class="show_paper_citations"` element
with `data="ID"` gets `| Citations: N`. Filled elements get a
`data-scholar-filled` attribute so the browser fallback script leaves them be.
Only real elements count: the parser skips comments, `<script>`/`<style>`
content and attribute values. Everything written is escaped text.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from ..errors import Diagnostics

TOTAL_ID = "total_cit"
PAPER_CLASS = "show_paper_citations"
FILLED_ATTRIBUTE = "data-scholar-filled"
VOID_ELEMENTS = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
})


@dataclass
class _Target:
    tag: str
    start: int  # offset of `<`
    start_end: int  # offset just after the start tag's `>`
    paper_id: str | None  # None: the total
    depth: int = 0  # same-name elements opened inside, still open
    end: int | None = None  # offset of the matching end tag


class _Finder(HTMLParser):
    """Collects the placeholder elements with the offsets of their start and end tags."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=True)
        self.targets: list[_Target] = []
        self.pending: list[_Target] = []
        # getpos() gives (line, column); these turn it into an offset
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", source)]

    def position(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for target in self.pending:
            if target.tag == tag:
                target.depth += 1
        if tag in VOID_ELEMENTS:
            return
        values = dict(attrs)
        is_total = values.get("id") == TOTAL_ID
        is_paper = PAPER_CLASS in (values.get("class") or "").split()
        if not (is_total or is_paper):
            return
        start = self.position()
        text = self.get_starttag_text() or ""
        target = _Target(tag, start, start + len(text), None if is_total else (values.get("data") or ""))
        self.targets.append(target)
        self.pending.append(target)

    def handle_endtag(self, tag: str) -> None:
        for target in reversed(self.pending):
            if target.tag != tag:
                continue
            if target.depth:
                target.depth -= 1
                continue
            target.end = self.position()
            self.pending.remove(target)
            return


def needs_injection(page: str) -> bool:
    """Cheap check before any parsing: most pages have no placeholders."""
    return TOTAL_ID in page or PAPER_CLASS in page


def inject_stats(
    page: str, stats: Mapping[str, Any], *, page_path: str | Path | None, diagnostics: Diagnostics
) -> str:
    """`page` with the placeholders filled from validated `stats`; warns about unknown paper ids."""
    if not needs_injection(page):
        return page
    finder = _Finder(page)
    finder.feed(page)
    finder.close()
    publications = stats.get("publications") or {}
    edits: list[tuple[int, int, str]] = []
    for target in _outermost(finder.targets):
        text = _text_for(target, stats, publications, page_path, diagnostics)
        if text is None:
            continue
        start_tag = page[target.start:target.start_end]
        edits.append((target.start, target.start_end, _mark_filled(start_tag)))
        edits.append((target.start_end, target.end, html.escape(text, quote=False)))
    for start, end, replacement in sorted(edits, reverse=True):
        page = page[:start] + replacement + page[end:]
    return page


def _outermost(targets: list[_Target]) -> list[_Target]:
    """Closed targets that are not inside another one (whose content is replaced as a whole)."""
    kept: list[_Target] = []
    for target in sorted(targets, key=lambda t: t.start):
        if target.end is None:
            continue  # never closed: leave it rather than guess where it ends
        if kept and target.start < (kept[-1].end or 0):
            continue
        kept.append(target)
    return kept


def _text_for(
    target: _Target,
    stats: Mapping[str, Any],
    publications: Mapping[str, Any],
    page_path: str | Path | None,
    diagnostics: Diagnostics,
) -> str | None:
    if target.paper_id is None:
        total = stats.get("citedby")
        return None if total is None else str(total)
    if not target.paper_id:
        diagnostics.warn(f'a class="{PAPER_CLASS}" element has no data="PAPER_ID"; left as it is', page_path)
        return None
    entry = publications.get(target.paper_id)
    count = entry.get("num_citations") if isinstance(entry, Mapping) else None
    if count is None:
        diagnostics.warn(
            f"Scholar stats have no publication {target.paper_id!r} "
            f'(class="{PAPER_CLASS}" data="{target.paper_id}"); left as it is',
            page_path,
        )
        return None
    return f"| Citations: {count}"


def _mark_filled(start_tag: str) -> str:
    if FILLED_ATTRIBUTE in start_tag.lower():
        return start_tag
    cut = len(start_tag) - (2 if start_tag.endswith("/>") else 1)
    return f"{start_tag[:cut].rstrip()} {FILLED_ATTRIBUTE}{start_tag[cut:]}"

"""HTML at block level: elements kept (and re-serialised) as kramdown keeps them.

An HTML block is read as a small element tree. Text inside stays raw unless a
``markdown`` attribute (or the ``parse_block_html`` option) asks for its content to be
parsed as blocks or spans; nested elements are found either way, so an inner
``<div markdown="1">`` inside a raw ``<div>`` is still parsed.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import htmltags as tags
from .lazy import lazy_re
from .nodes import Node

if TYPE_CHECKING:
    from .blocks import BlockParser

_MAX_ELEMENT_NESTING = 40
_REST_OF_LINE = lazy_re(r"[ \t]*(?:\n|\Z)")
_LEAD = lazy_re(r" {0,3}")


def content_model(name: str, markdown: str | None, parse_block_html: bool) -> str:
    """'block', 'span' or 'raw' for an element's content."""
    if name in tags.VERBATIM_TAGS:
        return "raw"
    if markdown is None:
        if not parse_block_html:
            return "raw"
        markdown = "1"
    if markdown == "0":
        return "raw"
    if name in tags.BLOCK_CONTENT_TAGS:
        natural = "block"
    elif name in tags.SPAN_CONTENT_TAGS or (name in tags.SPAN_TAGS and name not in tags.SPAN_RAW_TAGS):
        natural = "span"
    else:
        natural = "raw"
    if markdown == "span" and natural != "raw":
        return "span"
    if markdown == "block" and natural != "raw":
        return "block"
    return natural


def find_end(src: str, pos: int, name: str) -> tuple[int, int]:
    """(content end, position after the end tag) of element ``name`` whose content starts
    at ``pos``; nested elements of the same name are counted. (len, len) if unclosed."""
    depth = 0
    flags = re.IGNORECASE if name in tags.KNOWN_TAGS else 0  # an unknown name closes only as written
    pattern = re.compile(rf"<(/?)({re.escape(name)})(?=[\s/>])[^>]*>", flags)
    for m in pattern.finditer(src, pos):
        if m.group(1):
            if depth == 0:
                return m.start(), m.end()
            depth -= 1
        elif not m.group().endswith("/>"):
            depth += 1
    return len(src), len(src)


class HtmlReader:
    """Reads HTML elements for one document."""

    def __init__(self, parse_block_html: bool) -> None:
        self.parse_block_html = parse_block_html
        self.depth = 0  # nesting of elements being read

    def block(self, src: str, pos: int, parent: Node, parser: BlockParser) -> int | None:
        """An HTML block at ``pos`` (a line start), or None if there is none."""
        if src.startswith("<!--", pos):
            m = tags.COMMENT.match(src, pos)
            if not m:
                return None
            parent.add(Node("comment", m.group(), opts={"block": True}))
            rest = _REST_OF_LINE.match(src, m.end())
            return rest.end() if rest else m.end()
        start = _LEAD.match(src, pos).end()  # type: ignore[union-attr]
        m = tags.START_TAG.match(src, start)
        if not m:
            return None
        name = tags.tag_name(m.group(1))
        if name in tags.SPAN_TAGS:
            return None
        el = self._element(m, src, parser, in_raw=False)
        parent.add(el)
        end = el.opts.pop("end")
        if el.opts.get("void") or name in tags.VERBATIM_TAGS:
            return end
        rest = _REST_OF_LINE.match(src, end)
        return rest.end() if rest else end

    def _element(self, m: re.Match[str], src: str, parser: BlockParser, in_raw: bool, span: bool = False) -> Node:
        """One element; `span` when it is read inside a span-level element (its self-closed
        descendants are then written `<x></x>`, and `<style/>` is empty rather than open)."""
        name = tags.tag_name(m.group(1))
        attrs = tags.parse_tag_attributes(m.group(2), lower=name in tags.KNOWN_TAGS)
        markdown = attrs.pop("markdown", None)
        el = Node("html", name, attrs)
        if span:
            el.opts["span"] = True
        pos = m.end()
        # At block level `<style/>` and `<script/>` still open an element, read to its end tag.
        if (m.group(3) and (span or name not in tags.VERBATIM_TAGS)) or name in tags.VOID_TAGS:
            el.opts.update(void=True, end=pos, model="raw")
            return el
        model = content_model(name, markdown, self.parse_block_html)
        el.opts["model"] = model
        if name in tags.VERBATIM_TAGS:
            content_end, after = find_end(src, pos, name)
            el.add(Node("verbatim", src[pos:content_end]))
            el.opts["end"] = after
        elif model == "block":
            rest = _REST_OF_LINE.match(src, pos)
            if rest:
                pos = rest.end()
            parser.in_html += 1
            try:
                el.opts["end"] = parser.parse(src, el, pos, end_tag=name)
            finally:
                parser.in_html -= 1
        elif model == "span":
            content_end, after = find_end(src, pos, name)
            el.add(Node("spantext", src[pos:content_end]))
            el.opts["end"] = after
        else:
            el.opts["end"] = self.raw(src, pos, el, parser)
        return el

    def raw(self, src: str, pos: int, el: Node, parser: BlockParser) -> int:
        """Read raw content of ``el`` up to its end tag; returns the position after it."""
        n = len(src)
        text_start = pos
        while pos < n:
            lt = src.find("<", pos)
            if lt < 0:
                break
            pos = lt
            m = tags.COMMENT.match(src, lt)
            if m:
                self._text(el, src, text_start, lt)
                el.add(Node("comment", m.group()))
                pos = text_start = m.end()
                continue
            m = tags.END_TAG.match(src, lt)
            if m:
                if tags.end_tag_closes(m.group(1), el.value):
                    self._text(el, src, text_start, lt)
                    return m.end()
                pos = m.end()
                continue
            m = tags.START_TAG.match(src, lt)
            if m and self.depth < _MAX_ELEMENT_NESTING:
                self._text(el, src, text_start, lt)
                self.depth += 1
                try:
                    child = self._element(m, src, parser, in_raw=True, span=bool(el.opts.get("span")))
                finally:
                    self.depth -= 1
                el.add(child)
                pos = text_start = child.opts.pop("end")
                continue
            pos = lt + 1
        self._text(el, src, text_start, n)
        return n

    @staticmethod
    def _text(el: Node, src: str, start: int, end: int) -> None:
        if end > start:
            el.add(Node("rawtext", src[start:end]))

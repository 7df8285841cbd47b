"""The table of contents kramdown writes for a list marked ``{:toc}``.

The first ``ul``/``ol`` whose block IAL names ``toc`` is replaced by links to every header
of the document (before and after it, in the order they are written), nested by level:

    <ul id="markdown-toc">
      <li><a href="#id" id="markdown-toc-id">text</a>    <ul>
          <li>…</li>
        </ul>
      </li>
    </ul>

The list keeps its own attributes (its id, default ``markdown-toc``, prefixes the entry
ids) and is written at indentation 0 wherever it stands; nested lists have the same
tag. Headers with class ``no_toc``, headers of levels outside ``toc_levels`` and, without
``auto_ids``, headers lacking an id are left out. The entry text is the header's
content with links unwrapped, and footnote markers dropped.
A toc without entries writes nothing.

Header ids are only known once the whole document is written, so the writer leaves a
placeholder (`TocBuilder.slot`) and fills it in at the end (`TocBuilder.fill`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .attributes import TOC_MARK

if TYPE_CHECKING:
    from .nodes import Node
    from .writer import HtmlWriter


class _Entry:
    __slots__ = ("children", "ident", "level", "node")

    def __init__(self, level: int, ident: str, node: Node | None) -> None:
        self.level = level
        self.ident = ident
        self.node = node
        self.children: list[_Entry] = []


class TocBuilder:
    """Collects a document's headers and writes its table of contents (once)."""

    def __init__(self, writer: HtmlWriter) -> None:
        self.writer = writer
        self.levels = writer.options.toc_levels
        self.auto_ids = writer.options.auto_ids
        self.headers: list[tuple[int, str, Node]] = []
        self.list_node: Node | None = None
        self.placeholder = f"\x00toc-{id(self):x}\x00"

    def header(self, node: Node) -> None:
        """Note a header as the writer writes it (its id already assigned)."""
        ident = node.attr.get("id")
        if ident is None:
            if not self.auto_ids:
                return
            ident = ""  # auto ids on, but nothing left of the text: kramdown links "#"
        level = node.opts["level"]
        if level not in self.levels or "no_toc" in node.attr.get("class", "").split():
            return
        self.headers.append((level, ident, node))

    def slot(self, node: Node) -> str | None:
        """The placeholder for a list marked ``{:toc}``; None when the list is written
        as an ordinary list (not marked, or a toc was already placed)."""
        if TOC_MARK not in node.attr:
            return None
        del node.attr[TOC_MARK]
        if self.list_node is not None:
            return None
        self.list_node = node
        return self.placeholder

    def fill(self, html: str) -> str:
        if self.list_node is None:
            return html
        return html.replace(self.placeholder, self._write(self.list_node), 1)

    # ---- writing --------------------------------------------------------------------

    def _tree(self) -> list[_Entry]:
        root = _Entry(0, "", None)
        stack = [root]
        for level, ident, node in self.headers:
            while len(stack) > 1 and stack[-1].level >= level:
                stack.pop()
            entry = _Entry(level, ident, node)
            stack[-1].children.append(entry)
            stack.append(entry)
        return root.children

    def _write(self, node: Node) -> str:
        entries = self._tree()
        if not entries:
            return ""
        from .writer import attrs_html

        attr = dict(node.attr)
        attr.setdefault("id", "markdown-toc")
        prefix = attr["id"]
        tag = node.kind
        items = self._items(entries, 2, tag, prefix)
        return f"<{tag}{attrs_html(attr)}>\n{items}</{tag}>\n"

    def _items(self, entries: list[_Entry], indent: int, tag: str, prefix: str) -> str:
        from .writer import escape_attr

        pad = " " * indent
        out: list[str] = []
        for entry in entries:
            assert entry.node is not None
            text = "".join(self._span(c) for c in entry.node.children)
            ident = escape_attr(entry.ident)
            out.append(f'{pad}<li><a href="#{ident}" id="{escape_attr(prefix)}-{ident}">{text}</a>')
            if entry.children:
                inner = self._items(entry.children, indent + 4, tag, prefix)
                out.append(f"{pad}  <{tag}>\n{inner}{pad}  </{tag}>\n{pad}</li>\n")
            else:
                out.append("</li>\n")
        return "".join(out)

    def _span(self, node: Node) -> str:
        """A header span as the toc shows it."""
        from .writer import attrs_html

        kind = node.kind
        if kind == "a":
            return "".join(self._span(c) for c in node.children)
        if kind == "footnote":
            return ""
        if kind in ("em", "strong", "del"):
            inner = "".join(self._span(c) for c in node.children)
            return f"<{kind}{attrs_html(node.attr)}>{inner}</{kind}>"
        if kind == "html" and not node.opts.get("void"):
            writer = self.writer
            inner = "".join(
                self._span(c) if c.kind not in ("rawtext", "verbatim", "html") else writer._raw_child(c, 0)
                for c in node.children
            )
            return f"<{node.value}{attrs_html(node.attr)}>{inner}</{node.value}>"
        return self.writer._inline(node)

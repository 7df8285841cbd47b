"""HTML output in kramdown's layout: two-space indentation per block nesting level,
blank source lines kept as empty output lines, spans written inline."""

from __future__ import annotations

import re
from html.entities import codepoint2name
from typing import TYPE_CHECKING

from homepage_gen.render.highlight import escape_code, highlight_block

from .attributes import TOC_MARK
from .htmltags import VOID_TAGS
from .ids import HeaderIds, plain_text
from .inline import InlineParser
from .nodes import Node
from .toc import TocBuilder
from .typography import SYMBOL_ENTITIES, SYMBOLS

if TYPE_CHECKING:
    from .state import DocState

_ENTITY_OR_AMP = re.compile(r"&(?!(?:[A-Za-z][A-Za-z0-9]*|#\d+|#[xX][0-9A-Fa-f]+);)")
_QUOTE_CODES = {"lsquo": 8216, "rsquo": 8217, "ldquo": 8220, "rdquo": 8221}
_SYMBOL_CODES = {"mdash": 8212, "ndash": 8211, "hellip": 8230, "laquo": 171, "raquo": 187, "nbsp": 160}


def escape_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def escape_raw(text: str) -> str:
    """Raw HTML text: entities kept, stray ``&``, ``<``, ``>`` escaped."""
    if "&" in text:
        text = _ENTITY_OR_AMP.sub("&amp;", text)
    return text.replace("<", "&lt;").replace(">", "&gt;")


def escape_attr(value: str) -> str:
    return escape_raw(value).replace('"', "&quot;")


_RUBY_SPACE = " \t\n\v\f\r\0"


def attrs_html(attr: dict[str, str]) -> str:
    if not attr:
        return ""
    # kramdown writes no `id` that is empty or blank (`<dl id="">` loses it), whatever the element
    return "".join(f' {k}="{escape_attr(v)}"' for k, v in attr.items()
                   if k != TOC_MARK and (k != "id" or v.strip(_RUBY_SPACE)))


_CHECKBOX = '<input type="checkbox" class="task-list-item-checkbox" disabled="disabled" />'
_CHECKED_BOX = '<input type="checkbox" class="task-list-item-checkbox" disabled="disabled" checked="checked" />'
_TEXT_BLOCKS = frozenset(("p", "header", "dt", "td", "th"))


class HtmlWriter:
    """Writes one parsed document."""

    def __init__(self, state: DocState, inline: InlineParser) -> None:
        self.state = state
        self.inline = inline
        self.options = state.options
        self.ids = HeaderIds(state)
        self.toc = TocBuilder(self)
        self.footnote_order: list[str] = []
        self.footnote_numbers: dict[str, int] = {}
        self.footnote_counts: dict[str, int] = {}
        abbrevs = state.abbrevs
        self.abbrev_re = (
            re.compile(
                r"(?<!\w)("
                + "|".join(re.escape(k) for k in sorted(abbrevs, key=len, reverse=True))
                + r")(?!\w)"
            )
            if abbrevs
            else None
        )

    # ---- entry ----------------------------------------------------------------------

    def document(self, root: Node) -> str:
        out = self._children(root, 0)
        if self.footnote_order:
            out += self._footnotes()
        return self.toc.fill(out)

    def _spans(self, node: Node) -> None:
        """Parse a text block's raw value into span children (once)."""
        if node.value is not None and not node.opts.get("parsed"):
            node.opts["parsed"] = True
            self.inline.parse(node.value, node)

    # ---- blocks ---------------------------------------------------------------------

    def _children(self, node: Node, indent: int) -> str:
        parts: list[str] = []
        kids = node.children
        last = len(kids) - 1
        prev = None
        for i, child in enumerate(kids):
            kind = child.kind
            if kind == "def":
                continue
            if kind == "blank" and prev == "blank":  # blanks split only by definitions
                continue
            prev = kind
            if kind == "p" and i < last and child.opts.get("transparent") and "bare_task" not in child.opts:
                # kramdown keeps the newline ending a bare paragraph that another block follows as part
                # of its text: an unclosed `<a>` takes it in, a lone `\` before it goes (inline.py).
                if not child.opts.get("parsed") and child.value is not None:
                    child.value += "\n"
                    s = self._block(child, indent)
                else:
                    s = self._block(child, indent) + "\n"
            else:
                s = self._block(child, indent)
            parts.append(s)
        return "".join(parts)

    def _block(self, node: Node, indent: int) -> str:
        kind = node.kind
        pad = " " * indent
        if kind == "p":
            self._spans(node)
            inner = self._inline_children(node)
            if "task" in node.opts:
                inner = (_CHECKED_BOX if node.opts["task"] else _CHECKBOX) + inner
            if node.opts.get("transparent"):
                return inner
            return f"{pad}<p{attrs_html(node.attr)}>{inner}</p>\n"
        if kind == "blank":
            return "\n"
        if kind == "bare":  # a line kramdown reads as no block: its spans, unindented, unwrapped
            self._spans(node)
            return self._inline_children(node)
        if kind == "header":
            self._spans(node)
            level = node.opts["level"]
            if self.options.auto_ids and "id" not in node.attr:
                text = plain_text(node)
                ident = self.ids.standard(text) if node.opts.get("std_id") else self.ids.generate(text)
                if ident:
                    node.attr["id"] = ident
            self.toc.header(node)
            return f"{pad}<h{level}{attrs_html(node.attr)}>{self._inline_children(node)}</h{level}>\n"
        if kind in ("ul", "ol") and TOC_MARK in node.attr:
            slot = self.toc.slot(node)
            if slot is not None:
                return slot
        if kind in ("ul", "ol", "blockquote", "dl"):
            return f"{pad}<{kind}{attrs_html(node.attr)}>\n{self._children(node, indent + 2)}{pad}</{kind}>\n"
        if kind in ("li", "dd"):
            inner = self._children(node, indent + 2)
            kids = node.children
            if kids and kids[0].kind == "p" and kids[0].opts.get("transparent"):
                if inner.endswith("\n"):
                    return f"{pad}<{kind}{attrs_html(node.attr)}>{inner}{pad}</{kind}>\n"
                return f"{pad}<{kind}{attrs_html(node.attr)}>{inner}</{kind}>\n"
            if not kids:
                return f"{pad}<{kind}{attrs_html(node.attr)}></{kind}>\n"
            return f"{pad}<{kind}{attrs_html(node.attr)}>\n{inner}{pad}</{kind}>\n"
        if kind == "dt":
            self._spans(node)
            return f"{pad}<dt{attrs_html(node.attr)}>{self._inline_children(node)}</dt>\n"
        if kind == "hr":
            return f"{pad}<hr{attrs_html(node.attr)} />\n"
        if kind == "codeblock":
            return self._codeblock(node, pad)
        if kind == "table":
            return self._table(node, indent)
        if kind == "html":
            return self._html_block(node, indent, in_raw=False)
        if kind == "comment":
            return f"{pad}{node.value}\n"
        if kind == "math":
            if node.attr:  # a math block with attributes is wrapped in a div that carries them
                return f"{pad}<div{attrs_html(node.attr)}>\\[{escape_text(node.value)}\\]\n</div>\n"
            return f"\\[{escape_text(node.value)}\\]\n"
        if kind == "raw":
            return str(node.value)
        if kind in ("eob", "def"):
            return ""
        return self._inline(node)

    def _codeblock(self, node: Node, pad: str) -> str:
        code = node.value
        lang = node.opts.get("lang")
        cls = node.attr.get("class", "")
        for c in cls.split():
            if c.startswith("language-") and not lang:
                lang = c[9:]
        lang = lang or "plaintext"
        body = highlight_block(code, lang)
        if body is None:
            attrs = attrs_html({**node.attr, "class": f"language-{lang}"})
            return f"{pad}<pre><code{attrs}>{escape_code(code)}</code></pre>\n"
        classes = f"language-{lang} highlighter-rouge"
        if cls:
            rest = " ".join(c for c in cls.split() if c != f"language-{lang}")
            classes = f"language-{lang} {rest} highlighter-rouge" if rest else classes
        attrs = attrs_html({**node.attr, "class": classes})
        return f"{pad}<div{attrs}>{body}{pad}</div>\n"

    def _table(self, node: Node, indent: int) -> str:
        pad = " " * indent
        out = [f"{pad}<table{attrs_html(node.attr)}>\n"]
        for section in node.children:
            spad = " " * (indent + 2)
            out.append(f"{spad}<{section.kind}>\n")
            for row in section.children:
                rpad = " " * (indent + 4)
                out.append(f"{rpad}<tr>\n")
                cpad = " " * (indent + 6)
                for cell in row.children:
                    self._spans(cell)
                    inner = self._inline_children(cell) or self._entity_char(160, "nbsp", "&nbsp;")
                    align = cell.opts.get("align")
                    style = f' style="text-align: {align}"' if align else ""
                    out.append(f"{cpad}<{cell.kind}{style}>{inner}</{cell.kind}>\n")
                out.append(f"{rpad}</tr>\n")
            out.append(f"{spad}</{section.kind}>\n")
        out.append(f"{pad}</table>\n")
        return "".join(out)

    def _html_block(self, node: Node, indent: int, in_raw: bool) -> str:
        """An HTML element at block level (or nested in raw HTML)."""
        pad = "" if in_raw else " " * indent
        name = node.value
        open_tag = f"<{name}{attrs_html(node.attr)}"
        if node.opts.get("void"):
            if node.opts.get("span") and name not in VOID_TAGS:  # `<span/>` read at span level
                return f"{pad}{open_tag}></{name}>"
            return f"{pad}{open_tag} />" + ("" if in_raw else "\n")
        model = node.opts.get("model")
        tail = "" if in_raw else "\n"
        if model == "block":
            inner = self._children(node, indent + 2)
            if not node.children:
                return f"{pad}{open_tag}></{name}>{tail}"
            return f"{pad}{open_tag}>\n{inner}{' ' * indent}</{name}>{tail}"
        if model == "span":
            inner = "".join(self._span_text(c) for c in node.children)
            return f"{pad}{open_tag}>{inner}</{name}>{tail}"
        inner = "".join(self._raw_child(c, indent + 2) for c in node.children)
        return f"{pad}{open_tag}>{inner}</{name}>{tail}"

    def _raw_child(self, node: Node, indent: int) -> str:
        if node.kind == "rawtext":
            return escape_raw(node.value)
        if node.kind == "verbatim":
            return str(node.value)
        if node.kind == "comment":
            return str(node.value)
        if node.kind == "html":
            return self._html_block(node, indent, in_raw=True)
        return self._block(node, indent)

    def _span_text(self, node: Node) -> str:
        if node.kind == "spantext":
            holder = Node("span_holder", node.value)
            self._spans(holder)
            return self._inline_children(holder)
        return self._raw_child(node, 0)

    # ---- spans ----------------------------------------------------------------------

    def _inline_children(self, node: Node) -> str:
        kids = node.children
        if len(kids) == 1 and kids[0].kind == "text" and self.abbrev_re is None:  # the common plain block
            return escape_text(kids[0].value)
        return "".join([self._inline(c) for c in kids])

    def _entity_char(self, code: int, name: str | None, source: str) -> str:
        mode = self.options.entity_output
        if mode == "numeric":
            return f"&#{code};"
        if mode == "symbolic":
            sym = name or codepoint2name.get(code)
            return f"&{sym};" if sym else f"&#{code};"
        if mode == "as_input":
            return source
        if code in (38, 60, 62):  # &, <, > stay written as they were
            return source
        return chr(code)

    def _inline(self, node: Node) -> str:
        kind = node.kind
        if kind == "text":
            if self.abbrev_re is not None:
                return self._abbreviate(node.value)
            return escape_text(node.value)
        if kind in ("em", "strong", "del"):
            return f"<{kind}{attrs_html(node.attr)}>{self._inline_children(node)}</{kind}>"
        if kind == "codespan":
            classes = _join_class(node.attr, "language-plaintext highlighter-rouge")
            attrs = attrs_html({**node.attr, "class": classes})
            return f"<code{attrs}>{escape_code(node.value)}</code>"
        if kind == "a":
            return f"<a{attrs_html(node.attr)}>{self._inline_children(node)}</a>"
        if kind == "img":
            return f"<img{attrs_html(node.attr)} />"
        if kind == "br":
            return "<br />"
        if kind == "entity":
            return self._entity_char(node.value, node.opts.get("name"), node.opts["src"])
        if kind == "smart_quote":
            return self._quote(node.value)
        if kind == "typo":
            return self._symbol(node.value)
        if kind == "footnote":
            return self._footnote_ref(node.value)
        if kind == "html":
            open_tag = f"<{node.value}{attrs_html(node.attr)}"
            if node.opts.get("void"):
                return f"{open_tag} />" if node.value in VOID_TAGS else f"{open_tag}></{node.value}>"
            inner = "".join(
                self._inline(c) if c.kind not in ("rawtext", "verbatim", "html") else self._raw_child(c, 0)
                for c in node.children
            )
            return f"{open_tag}>{inner}</{node.value}>"
        if kind == "comment":
            return str(node.value)
        if kind == "math":
            if node.attr:  # with attributes: a span around the TeX between single dollars, unescaped
                return f"<span{attrs_html(node.attr)}>${node.value.strip()}$</span>"
            return f"\\({escape_text(node.value.strip())}\\)"
        if kind == "rawtext":
            return escape_raw(node.value)
        if kind == "raw_inline":
            return str(node.value)
        if kind == "abbr":
            return f'<abbr title="{escape_attr(node.attr.get("title", ""))}">{escape_text(node.value)}</abbr>'
        return self._block(node, 0)

    def _abbreviate(self, text: str) -> str:
        assert self.abbrev_re is not None
        out: list[str] = []
        last = 0
        for m in self.abbrev_re.finditer(text):
            out.append(escape_text(text[last : m.start()]))
            title = self.state.abbrevs[m.group()]
            attr = f' title="{escape_attr(title)}"' if title else ""
            out.append(f"<abbr{attr}>{escape_text(m.group())}</abbr>")
            last = m.end()
        out.append(escape_text(text[last:]))
        return "".join(out)

    def _quote(self, name: str) -> str:
        index = ("lsquo", "rsquo", "ldquo", "rdquo").index(name)
        char = self.options.quotes[index]
        mode = self.options.entity_output
        if mode in ("numeric", "symbolic") and len(char) == 1 and ord(char) > 127:
            return self._entity_char(ord(char), self.options.quote_names[index], "")
        if char == '"':
            return "&quot;" if mode in ("numeric", "symbolic") else '"'
        return char

    def _symbol(self, name: str) -> str:
        if self.options.entity_output in ("numeric", "symbolic"):
            return "".join(self._entity_char(_SYMBOL_CODES[n], n, "") for n in SYMBOL_ENTITIES[name])
        return SYMBOLS[name]

    # ---- footnotes ------------------------------------------------------------------

    def _footnote_ref(self, name: str) -> str:
        if name not in self.footnote_numbers:
            self.footnote_numbers[name] = self.options.footnote_nr + len(self.footnote_order)
            self.footnote_order.append(name)
            self.footnote_counts[name] = 0
        count = self.footnote_counts[name]
        self.footnote_counts[name] = count + 1
        ref_id = f"fnref:{name}" if count == 0 else f"fnref:{name}:{count}"
        number = self.footnote_numbers[name]
        return (
            f'<sup id="{ref_id}" role="doc-noteref"><a href="#fn:{name}" class="footnote" '
            f'rel="footnote">{number}</a></sup>'
        )

    def _footnotes(self) -> str:
        items: list[str] = []
        done = 0
        while done < len(self.footnote_order):  # notes may reference further notes
            name = self.footnote_order[done]
            done += 1
            items.append(self._footnote_item(name))
        start = f' start="{self.options.footnote_nr}"' if self.options.footnote_nr != 1 else ""
        return (
            f'<div class="footnotes" role="doc-endnotes">\n  <ol{start}>\n{"".join(items)}  </ol>\n</div>\n'
        )

    def _footnote_item(self, name: str) -> str:
        body = self.state.footnotes[name]
        count = self.footnote_counts[name]
        links = [f'<a href="#fnref:{name}" class="reversefootnote" role="doc-backlink">&#8617;</a>'] + [
            f'<a href="#fnref:{name}:{i}" class="reversefootnote" role="doc-backlink">'
            f"&#8617;<sup>{i + 1}</sup></a>"
            for i in range(1, count)
        ]
        nbsp = self._entity_char(160, "nbsp", "&nbsp;")
        backlinks = nbsp.join(links)
        kids = body.children
        if kids and kids[-1].kind == "p":
            para = kids[-1]
            self._spans(para)
            para.children.append(Node("raw_inline", nbsp + backlinks))
        else:
            para = Node("p")
            para.opts["parsed"] = True
            para.children.append(Node("raw_inline", backlinks))
            kids.append(para)
        inner = self._children(body, 6)
        return f'    <li id="fn:{name}" role="doc-endnote">\n{inner}    </li>\n'


def _join_class(attr: dict[str, str], cls: str) -> str:
    old = attr.get("class")
    return f"{old} {cls}" if old else cls

"""HTML output in kramdown's layout: two-space indentation per block nesting level,
blank source lines kept as empty output lines, spans written inline."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from homepage_gen.render.highlight import escape_code, highlight_block

from .attributes import TOC_MARK
from .htmltags import VOID_TAGS
from .ids import HeaderIds, plain_text
from .inline import InlineParser
from .lazy import lazy_re
from .nodes import Node, Text
from .toc import TocBuilder
from .typography import SYMBOL_ENTITIES, SYMBOLS

if TYPE_CHECKING:
    from .state import DocState

_ENTITY_OR_AMP = lazy_re(r"&(?!(?:[A-Za-z][A-Za-z0-9]*|#\d+|#[xX][0-9A-Fa-f]+);)")
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
    out = ""
    for k, v in attr.items():
        # kramdown writes no `id` that is empty or blank (`<dl id="">` loses it), whatever the element
        if k == TOC_MARK or (k == "id" and not v.strip(_RUBY_SPACE)):
            continue
        if "&" in v:  # escape_attr, inlined
            v = _ENTITY_OR_AMP.sub("&amp;", v)
        v = v.replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
        out += f' {k}="{v}"'
    return out


_SPAN_ELEMENTS = frozenset(("em", "strong", "del", "a"))  # written by `_span_element`
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
        self._plain = inline.plain_search  # None for text that needs no span parsing
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

    def _text_html(self, node: Node) -> str:
        """The HTML of a text block's spans: `_spans` then `_inline_children`, except that
        text with no span syntax in it is escaped directly, without building (or keeping)
        a text node. The node is then left unparsed, so a later `_spans` gives the same."""
        value = node.value
        if value is not None and "parsed" not in node.opts:
            found = None
            if not node.children:
                found = self._plain(value)
                if found is None:
                    if self.abbrev_re is None:  # escape_text: plain text has no `&` or `<`
                        return value.replace(">", "&gt;")
                    return self._abbreviate(value)
            node.opts["parsed"] = True
            self.inline.parse(value, node, found)
        return self._inline_children(node)

    # ---- blocks ---------------------------------------------------------------------

    def _children(self, node: Node, indent: int) -> str:
        parts: list[str] = []
        kids = node.children
        last = len(kids) - 1
        prev = None
        writers = _BLOCK_WRITERS
        for i, child in enumerate(kids):
            kind = child.kind
            if kind == "def":
                continue
            if kind == "blank":  # blanks split only by definitions
                if prev != "blank":
                    parts.append("\n")
                    prev = kind
                continue
            prev = kind
            if kind == "p" and i < last and child.opts.get("transparent") and "bare_task" not in child.opts:
                # kramdown keeps the newline ending a bare paragraph that another block follows as part
                # of its text: an unclosed `<a>` takes it in, a lone `\` before it goes (inline.py).
                if not child.opts.get("parsed") and child.value is not None:
                    child.value += "\n"
                    s = self._p(child, indent)
                else:
                    s = self._p(child, indent) + "\n"
            else:
                write = writers.get(kind)
                s = write(self, child, indent) if write is not None else self._inline(child)
            parts.append(s)
        return "".join(parts)

    def _block(self, node: Node, indent: int) -> str:
        write = _BLOCK_WRITERS.get(node.kind)
        return write(self, node, indent) if write is not None else self._inline(node)

    # One method per block kind (see `_BLOCK_WRITERS`); any other kind is written as a span.

    def _p(self, node: Node, indent: int) -> str:
        inner = self._text_html(node)
        opts = node.opts
        if "task" in opts:
            inner = (_CHECKED_BOX if opts["task"] else _CHECKBOX) + inner
        if opts.get("transparent"):
            return inner
        return f"{' ' * indent}<p{attrs_html(node.attr) if node.attr else ''}>{inner}</p>\n"

    def _blank(self, node: Node, indent: int) -> str:
        return "\n"

    def _nothing(self, node: Node, indent: int) -> str:
        return ""

    def _bare(self, node: Node, indent: int) -> str:
        """A line kramdown reads as no block: its spans, unindented, unwrapped."""
        return self._text_html(node)

    def _header(self, node: Node, indent: int) -> str:
        value = node.value
        inner = None
        if (
            value
            and not node.children
            and "parsed" not in node.opts
            and self.abbrev_re is None
            and self._plain(value) is None
        ):
            # Plain header text (the common case): the one text node `_spans` would make, its plain text
            # the value itself, written as `_inline_children` would (plain text has no `&` or `<`).
            node.opts["parsed"] = True
            node.children.append(Text(value))
            text = value
            inner = value.replace(">", "&gt;")
        else:
            self._spans(node)
            text = None
        level = node.opts["level"]
        if self.options.auto_ids and "id" not in node.attr:
            if text is None:
                text = plain_text(node)
            ident = self.ids.standard(text) if node.opts.get("std_id") else self.ids.generate(text)
            if ident:
                node.attr["id"] = ident
        self.toc.header(node)
        if inner is None:
            inner = self._inline_children(node)
        return f"{' ' * indent}<h{level}{attrs_html(node.attr)}>{inner}</h{level}>\n"

    def _list(self, node: Node, indent: int) -> str:
        if TOC_MARK in node.attr:
            slot = self.toc.slot(node)
            if slot is not None:
                return slot
        return self._container(node, indent)

    def _container(self, node: Node, indent: int) -> str:
        pad = " " * indent
        kind = node.kind
        return f"{pad}<{kind}{attrs_html(node.attr)}>\n{self._children(node, indent + 2)}{pad}</{kind}>\n"

    def _item(self, node: Node, indent: int) -> str:
        pad = " " * indent
        kind = node.kind
        kids = node.children
        attrs = attrs_html(node.attr) if node.attr else ""
        if len(kids) == 1 and kids[0].kind == "p" and "transparent" in kids[0].opts and "task" not in kids[0].opts:
            # the commonest item, one bare paragraph: what `_p` and the code below make of it
            inner = self._text_html(kids[0])
            if inner.endswith("\n"):
                return f"{pad}<{kind}{attrs}>{inner}{pad}</{kind}>\n"
            return f"{pad}<{kind}{attrs}>{inner}</{kind}>\n"
        if len(kids) == 1 and kids[0].kind == "p":  # the common item: one paragraph, nothing to join
            inner = self._p(kids[0], indent + 2)
        else:
            inner = self._children(node, indent + 2)
        if kids and kids[0].kind == "p" and kids[0].opts.get("transparent"):
            if inner.endswith("\n"):
                return f"{pad}<{kind}{attrs}>{inner}{pad}</{kind}>\n"
            return f"{pad}<{kind}{attrs}>{inner}</{kind}>\n"
        if not kids:
            return f"{pad}<{kind}{attrs}></{kind}>\n"
        return f"{pad}<{kind}{attrs}>\n{inner}{pad}</{kind}>\n"

    def _dt(self, node: Node, indent: int) -> str:
        return f"{' ' * indent}<dt{attrs_html(node.attr)}>{self._text_html(node)}</dt>\n"

    def _hr(self, node: Node, indent: int) -> str:
        return f"{' ' * indent}<hr{attrs_html(node.attr)} />\n"

    def _code(self, node: Node, indent: int) -> str:
        return self._codeblock(node, " " * indent)

    def _html(self, node: Node, indent: int) -> str:
        return self._html_block(node, indent, in_raw=False)

    def _comment(self, node: Node, indent: int) -> str:
        return f"{' ' * indent}{node.value}\n"

    def _math_block(self, node: Node, indent: int) -> str:
        if node.attr:  # a math block with attributes is wrapped in a div that carries them
            return f"{' ' * indent}<div{attrs_html(node.attr)}>\\[{escape_text(node.value)}\\]\n</div>\n"
        return f"\\[{escape_text(node.value)}\\]\n"

    def _raw(self, node: Node, indent: int) -> str:
        return str(node.value)

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
        spad = pad + "  "
        row_open = f"{spad}  <tr>\n"
        row_close = f"{spad}  </tr>\n"
        cpad = spad + "    "
        empty = None  # what an empty cell holds, made on first need
        text_html = self._text_html
        plain = self._plain
        abbreviate = self._abbreviate if self.abbrev_re is not None else None
        out = [f"{pad}<table{attrs_html(node.attr)}>\n"]
        append = out.append
        aligns = node.opts["aligns"]
        for section in node.children:  # each holds its rows as lists of cell texts (see tables.py)
            append(f"{spad}<{section.kind}>\n")
            ck = "th" if section.kind == "thead" else "td"
            # per column: its cells' start tag, with the column's alignment
            starts = [f'{cpad}<{ck} style="text-align: {a}">' if a else f"{cpad}<{ck}>" for a in aligns]
            end = f"</{ck}>\n"
            # A row of plain, non-empty cells is written in one go: joined by what stands between two
            # cells when every column starts alike, else by one `str.format` (tags hold no braces).
            fast = abbreviate is None and bool(starts)  # (rows without cells, the rare width 0, are not)
            same = fast and all(start == starts[0] for start in starts)
            between = end + starts[0] if same else ""
            row_format = row_open + "".join([start + "{}" + end for start in starts]) + row_close
            row_start = row_open + starts[0] if same else ""
            row_end = end + row_close
            for row in section.value:
                # (a NUL between cells joins no span syntax across them: `plain` finds what it finds
                # in some cell, and nothing else)
                joined = "\x00".join(row)
                if fast and plain(joined) is None and "" not in row:
                    if ">" in joined:  # escape_text: plain text has no `&` or `<`
                        row = [cell.replace(">", "&gt;") for cell in row]
                    append(row_start + between.join(row) + row_end if same else row_format.format(*row))
                    continue
                append(row_open)
                for cell, start in zip(row, starts, strict=True):
                    # as `_text_html` of a cell node, which only cells with span syntax need
                    if plain(cell) is None:
                        # escape_text: plain text has no `&` or `<`
                        inner = cell.replace(">", "&gt;") if abbreviate is None else abbreviate(cell)
                    else:
                        inner = text_html(Node(ck, cell))
                    if not inner:
                        if empty is None:
                            empty = self._entity_char(160, "nbsp", "&nbsp;")
                        inner = empty
                    append(start + inner + end)
                append(row_close)
            append(f"{spad}</{section.kind}>\n")
        append(f"{pad}</table>\n")
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
            return self._text_html(Node("span_holder", node.value))
        return self._raw_child(node, 0)

    # ---- spans ----------------------------------------------------------------------

    def _inline_children(self, node: Node) -> str:
        kids = node.children
        if self.abbrev_re is not None:
            return "".join([self._inline(c) for c in kids])
        if len(kids) == 1 and kids[0].kind == "text":  # the common plain block
            return escape_text(kids[0].value)
        writers = _INLINE_WRITERS
        parts: list[str] = []
        append = parts.append
        for c in kids:
            kind = c.kind
            if kind == "text":  # escape_text, inlined: most children are text
                append(c.value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
            elif kind in _SPAN_ELEMENTS:  # `_span_element`, inlined, as is this common case of its content:
                inner = c.children
                if len(inner) == 1 and inner[0].kind == "text":
                    html = inner[0].value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                else:
                    html = self._inline_children(c)
                append(f"<{kind}{attrs_html(c.attr) if c.attr else ''}>{html}</{kind}>")
            else:
                write = writers.get(kind)
                append(write(self, c) if write is not None else self._block(c, 0))
        return "".join(parts)

    def _entity_char(self, code: int, name: str | None, source: str) -> str:
        mode = self.options.entity_output
        if mode == "numeric":
            return f"&#{code};"
        if mode == "symbolic":
            from html.entities import codepoint2name  # loaded only for this (rare) output mode

            sym = name or codepoint2name.get(code)
            return f"&{sym};" if sym else f"&#{code};"
        if mode == "as_input":
            return source
        if code in (38, 60, 62):  # &, <, > stay written as they were
            return source
        return chr(code)

    def _inline(self, node: Node) -> str:
        write = _INLINE_WRITERS.get(node.kind)
        return write(self, node) if write is not None else self._block(node, 0)

    # One method per span kind (see `_INLINE_WRITERS`); any other kind is written as a block.

    def _text(self, node: Node) -> str:
        if self.abbrev_re is not None:
            return self._abbreviate(node.value)
        return escape_text(node.value)

    def _span_element(self, node: Node) -> str:
        kind = node.kind
        return f"<{kind}{attrs_html(node.attr) if node.attr else ''}>{self._inline_children(node)}</{kind}>"

    def _codespan(self, node: Node) -> str:
        if not node.attr:  # the common span: its attributes are always these
            return f'<code class="language-plaintext highlighter-rouge">{escape_code(node.value)}</code>'
        classes = _join_class(node.attr, "language-plaintext highlighter-rouge")
        attrs = attrs_html({**node.attr, "class": classes})
        return f"<code{attrs}>{escape_code(node.value)}</code>"

    def _img(self, node: Node) -> str:
        return f"<img{attrs_html(node.attr)} />"

    def _br(self, node: Node) -> str:
        return "<br />"

    def _entity(self, node: Node) -> str:
        return self._entity_char(node.value, node.opts.get("name"), node.opts["src"])

    def _smart_quote(self, node: Node) -> str:
        return self._quote(node.value)

    def _typo(self, node: Node) -> str:
        return self._symbol(node.value)

    def _footnote(self, node: Node) -> str:
        return self._footnote_ref(node.value)

    def _html_span(self, node: Node) -> str:
        open_tag = f"<{node.value}{attrs_html(node.attr)}"
        if node.opts.get("void"):
            return f"{open_tag} />" if node.value in VOID_TAGS else f"{open_tag}></{node.value}>"
        inner = "".join(
            self._inline(c) if c.kind not in ("rawtext", "verbatim", "html") else self._raw_child(c, 0)
            for c in node.children
        )
        return f"{open_tag}>{inner}</{node.value}>"

    def _verbatim_span(self, node: Node) -> str:  # comments and raw_inline: written as they are
        return str(node.value)

    def _math(self, node: Node) -> str:
        if node.attr:  # with attributes: a span around the TeX between single dollars, unescaped
            return f"<span{attrs_html(node.attr)}>${node.value.strip()}$</span>"
        return f"\\({escape_text(node.value.strip())}\\)"

    def _rawtext(self, node: Node) -> str:
        return escape_raw(node.value)

    def _abbr(self, node: Node) -> str:
        return f'<abbr title="{escape_attr(node.attr.get("title", ""))}">{escape_text(node.value)}</abbr>'

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


_BLOCK_WRITERS: dict[str, Callable[[HtmlWriter, Node, int], str]] = {
    "p": HtmlWriter._p,
    "blank": HtmlWriter._blank,
    "bare": HtmlWriter._bare,
    "header": HtmlWriter._header,
    "ul": HtmlWriter._list,
    "ol": HtmlWriter._list,
    "blockquote": HtmlWriter._container,
    "dl": HtmlWriter._container,
    "li": HtmlWriter._item,
    "dd": HtmlWriter._item,
    "dt": HtmlWriter._dt,
    "hr": HtmlWriter._hr,
    "codeblock": HtmlWriter._code,
    "table": HtmlWriter._table,
    "html": HtmlWriter._html,
    "comment": HtmlWriter._comment,
    "math": HtmlWriter._math_block,
    "raw": HtmlWriter._raw,
    "eob": HtmlWriter._nothing,
    "def": HtmlWriter._nothing,
}
_INLINE_WRITERS: dict[str, Callable[[HtmlWriter, Node], str]] = {
    "text": HtmlWriter._text,
    "em": HtmlWriter._span_element,
    "strong": HtmlWriter._span_element,
    "del": HtmlWriter._span_element,
    "a": HtmlWriter._span_element,
    "codespan": HtmlWriter._codespan,
    "img": HtmlWriter._img,
    "br": HtmlWriter._br,
    "entity": HtmlWriter._entity,
    "smart_quote": HtmlWriter._smart_quote,
    "typo": HtmlWriter._typo,
    "footnote": HtmlWriter._footnote,
    "html": HtmlWriter._html_span,
    "comment": HtmlWriter._verbatim_span,
    "raw_inline": HtmlWriter._verbatim_span,
    "math": HtmlWriter._math,
    "rawtext": HtmlWriter._rawtext,
    "abbr": HtmlWriter._abbr,
}

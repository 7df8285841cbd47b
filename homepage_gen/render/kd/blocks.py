"""Block structure: turns source text into a tree of block nodes with raw text leaves.

The scanner works on one string and a position. Each rule is tried in a fixed order at
the current position; the first that matches appends nodes and returns the position
after what it consumed. Positions may be mid-line (after an HTML end tag, say), and
rules then see the rest of that line as a line of its own, as kramdown does.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from . import htmltags as tags
from .attributes import ALD_LINE, BLOCK_IAL, merge_attributes, parse_attributes
from .lazy import lazy_re
from .lines import expand_leading_tabs, indent_width, item_line, strip_columns
from .nodes import Node
from .tables import parse_table

if TYPE_CHECKING:
    from .html_blocks import HtmlReader
    from .state import DocState

# What a typical page needs is compiled at import (`re.compile`); the patterns of rarer
# constructs on first use (`lazy_re`, see lazy.py).
BLANK = re.compile(r"(?:[ \t]*\n)+|[ \t]+\Z")
_BLANK_LINE = lazy_re(r"[ \t]*(?:\n|\Z)")
_INDENTED = lazy_re(r"(?: {4}|\t)")  # an indented code line; also a footnote's continuation
# At a block start, one to three spaces and then a tab start no block at all (not even a
# paragraph): kramdown keeps that one line as bare text, leading blanks and all.
_BARE_LINE = lazy_re(r" {1,3}\t[^\n]*\n?")
_LAZY_CODE_LINE = lazy_re(r"\n\x00(?= {0,3}\S)")
_FENCE_OPEN = re.compile(r" {0,3}(`{3,}|~{3,})[ \t]*(\S*?)[ \t]*\n")
_FENCE_CLOSE: dict[str, re.Pattern[str]] = {}  # the line that closes a fence, per opening fence
_BLOCKQUOTE = lazy_re(r" {0,3}>")
_BQ_PREFIX = lazy_re(r" {0,3}> ?")
_ATX = re.compile(r"(#{1,6})[ \t]+(\S[^\n]*)\n")
_HEADER_ID = lazy_re(r"[ \t]+\{#([A-Za-z][\w:-]*)\}[ \t]*$")
_ATX_CLOSE = lazy_re(r"(?:^|[ \t]+)#+[ \t]*$")
_HR = re.compile(r" {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})\n")
_SETEXT = lazy_re(r" {0,3}([^ \t\n][^\n]*?)[ \t]*\n(=+|-+)[ \t]*\n")
_LIST_ITEM = re.compile(r"( {0,3})([*+-]|\d+\.)([ \t]*)(?<=[ \t])|( {0,3})([*+-]|\d+\.)()(?=\|)")
# A run of one-line list items at the margin (`- text` or `1. text`, then a line end), by list type.
_SIMPLE_BULLETS = re.compile(r"(?:[*+-][ \t]+\S[^\n]*\n)+")
_SIMPLE_NUMBERS = re.compile(r"(?:\d+\.[ \t]+\S[^\n]*\n)+")
_ITEM_IAL = lazy_re(r"\{:(?![:/])([^\n{}]*?)\}[ \t]*")
# A GFM task list item: its first paragraph's raw text starts with `[ ]`, `[x]` or `[X]` and whitespace.
_TASK = lazy_re(r"\[([ xX])\]\s+")
_BARE_TASK = lazy_re(r"\[([ xX])\][ \t]*\Z")
_DD_START = lazy_re(r" {0,3}:([ \t]+)(?=\S)")
_FOOTNOTE_DEF = lazy_re(r"\[\^([^\]\s]+)\]:[ \t]*([^\n]*)\n")
_ABBREV_DEF = lazy_re(r" {0,3}\*\[([^\]\n]+)\]:[ \t]*([^\n]*?)[ \t]*\n")
_LINK_DEF = lazy_re(
    r" {0,3}\[([^\]\n]+)\]:[ \t]*(?:<([^>\n]*)>|(\S+))"
    r"(?:[ \t]*\n?[ \t]*(?:\"([^\n]*)\"|'([^\n]*)'|\(([^\n]*)\)))?[ \t]*\n"
)
# A math block: `$$ … $$` (no `$$` inside) closing its line, then a blank line, the end, or an IAL;
# anything else makes the lines a paragraph with inline math.
_MATH_BLOCK = lazy_re(r" {0,3}\$\$((?:(?!\$\$).)*?)\$\$[ \t]*\n(?=[ \t]*(?:\n|\Z)| {0,3}\{:(?!:))", re.DOTALL)
_EOB = lazy_re(r"\^[ \t]*\n")
_HTML_START = lazy_re(r" {0,3}<")
# Block extensions: `{::comment}` / `{::nomarkdown}` (attributes allowed) alone on a line, their
# body the following lines up to a line `{:/}` or `{:/name}`; or a self-closed `{::name … /}` line.
_EXTENSION = lazy_re(r" {0,3}\{::(comment|nomarkdown)(?:[ \t][^\n}]*)?\}[ \t]*\n")
_EXTENSION_CLOSE = {
    name: lazy_re(rf"^ {{0,3}}\{{:/(?:{name})?\}}[ \t]*(?:\n|\Z)", re.MULTILINE)
    for name in ("comment", "nomarkdown")
}
_EXTENSION_EMPTY = lazy_re(r" {0,3}\{::(?:comment|nomarkdown|options)(?:[ \t][^\n}]*?)?[ \t]*/\}[ \t]*(?:\n|\Z)")

# Lines that end a paragraph (or a lazy list/blockquote continuation) in GFM mode.
_PARA_END = re.compile(
    r"[ \t]*\n|[ \t]*\Z| {0,3}\{:(?![:/])[^\n{}]*\}[ \t]*\n|\^[ \t]*\n|#{1,6}[ \t]+\S| {0,3}>"
    r"| {0,3}(?:[*+-]|\d+\.)[ \t|]| {0,3}:[ \t]"
)
# A line end followed by a line that may end a paragraph: what `_ends_paragraph` can match starts
# with one of these characters.
_MAYBE_PARA_END = re.compile(r"\n(?=[ \t\n{^#>*+\-:`~<\d])")
_HTML_BLOCK_TAG = lazy_re(rf" {{0,3}}<({tags.NAME})[\s/>]")
_HTML_END_TAG = lazy_re(rf" {{0,3}}</({tags.NAME})\s*>")

# Deeper container nesting than this is read as plain text: it keeps recursion (and
# kramdown-style re-parsing of nested text) bounded on hostile input.
MAX_NESTING = 40

Rule = Callable[["BlockParser", str, int, Node], "int | None"]


def _line_end(src: str, pos: int) -> int:
    """Index just past the newline of the line containing ``pos`` (or len(src))."""
    return (src.find("\n", pos) + 1) or len(src)


def _rules_at(src: str, pos: int) -> tuple[Rule, ...]:
    """The rules that can match at ``pos``, in order: chosen by the first character after
    up to three spaces (lines starting with more blanks, or blank lines, try them all).

    The parse loop asks `_DIRECT_RULES` first; this handles the rest."""
    c = src[pos]
    if c == " ":
        k = pos + 1
        while k < pos + 3 and src.startswith(" ", k):
            k += 1
        c = src[k] if k < len(src) else "\n"
    else:
        k = pos
    if c in " \t\n":
        return _ALL_RULES
    follow = _MARKER_FOLLOW.get(c)
    if follow is not None:
        # a list marker, rule or abbreviation needs one of these next (`*emphasis*` is none)
        if not src.startswith(follow, k + 1):
            return _OTHER_RULES
        return _RULES_BY_CHAR[c]
    rules = _RULES_BY_CHAR.get(c)
    if rules is None:  # `\d` in a list marker is any decimal digit, not only 0-9
        return _RULES_BY_CHAR["0"] if c.isdecimal() else _OTHER_RULES
    return rules


class BlockParser:
    """Parses blocks for one document (owns no global state)."""

    def __init__(self, state: DocState, html: HtmlReader) -> None:
        self.state = state
        self.html = html
        self.depth = 0
        self.in_html = 0  # > 0 while parsing the Markdown content of an HTML element
        # per extension name: (source, position) after which that source has no closing line
        self._no_close: dict[str, tuple[str, int]] = {}
        self._stops: dict[str, re.Pattern[str]] = {}

    # ---- driver ---------------------------------------------------------------------

    def parse(self, src: str, parent: Node, pos: int = 0, end_tag: str | None = None) -> int:
        """Append the blocks of ``src[pos:]`` to ``parent``; stop at ``</end_tag>`` at a
        block start. Returns the position after the end tag (or len(src))."""
        stop = self._stop_pattern(end_tag) if end_tag else None
        saved_stop, saved_fresh = self._stop, self._fresh
        self._stop = stop
        self._fresh = True
        pending: dict[str, str] | None = None
        sticky = False
        n = len(src)
        kids = parent.children
        direct_rules = _DIRECT_RULES
        blank_rule = BlockParser._blank
        self.depth += 1
        try:
            while pos < n:
                if stop is not None:
                    m = stop.match(src, pos)
                    if m:
                        return m.end()
                count = len(kids)
                for rule in direct_rules.get(src[pos]) or _rules_at(src, pos):
                    new = rule(self, src, pos, parent)
                    if new is not None:
                        break
                else:  # unreachable: the paragraph rule always matches
                    new = _line_end(src, pos)
                if new <= pos:  # never loop on a rule that consumed nothing
                    new = _line_end(src, pos)
                pos = new
                if len(kids) <= count:  # nothing added (a `_definition` may even take a paragraph)
                    self._fresh = rule is blank_rule
                    continue
                last = kids[-1]
                if last.kind == "ial":  # an IAL line keeps `_fresh`
                    kids.pop()
                    if count and kids[-1].kind != "blank":
                        merge_attributes(kids[-1].attr, last.attr)
                    else:
                        if pending is None:
                            pending = {}
                        merge_attributes(pending, last.attr)
                        # after blank lines it waits for the next block; at a
                        # container start a blank line cancels it
                        sticky = count > 0
                    continue
                self._fresh = rule is blank_rule or last.kind == "eob"  # a `^` line is like a blank
                if pending is not None:
                    if last.kind == "blank":
                        if not sticky:
                            pending = None
                    else:
                        merge_attributes(kids[count].attr, pending)
                        pending = None
            return n
        finally:
            self.depth -= 1
            self._stop, self._fresh = saved_stop, saved_fresh

    _stop: re.Pattern[str] | None = None
    _fresh = True  # at a container start or right after blank lines (an IAL line in between)

    def _stop_pattern(self, end_tag: str) -> re.Pattern[str]:
        """The end tag that closes the Markdown content of an HTML element (made once per name)."""
        stop = self._stops.get(end_tag)
        if stop is None:
            stop = self._stops[end_tag] = re.compile(rf"[ \t]*</{re.escape(end_tag)}\s*>", re.IGNORECASE)
        return stop

    def _ends_paragraph(self, src: str, pos: int) -> bool:
        if _PARA_END.match(src, pos) or self._fence_at(src, pos):
            return True
        m = _HTML_BLOCK_TAG.match(src, pos)
        # only a complete start tag ends a paragraph (`<div` or `<http://x>` do not)
        if m and tags.ends_paragraph(m.group(1)) and tags.START_TAG.match(src, m.start(1) - 1):
            return True
        return self._stop is not None and self._stop.match(src, pos) is not None

    # ---- simple blocks --------------------------------------------------------------

    def _blank(self, src: str, pos: int, parent: Node) -> int | None:
        m = BLANK.match(src, pos)
        if not m or m.end() == pos:
            return None
        if parent.children and parent.children[-1].kind == "blank":
            parent.children[-1].value += m.group()
        else:
            parent.children.append(Node("blank", m.group()))
        return m.end()

    def _eob(self, src: str, pos: int, parent: Node) -> int | None:
        m = _EOB.match(src, pos)
        if not m:
            return None
        parent.children.append(Node("eob"))
        return m.end()

    def _ial(self, src: str, pos: int, parent: Node) -> int | None:
        m = ALD_LINE.match(src, pos)
        if m:
            attrs: dict[str, str] = {}
            parse_attributes(m.group(2), attrs, self.state.alds)
            self.state.alds[m.group(1)] = attrs
            return m.end()
        m = BLOCK_IAL.match(src, pos)
        if not m:
            return None
        node = Node("ial")
        parse_attributes(m.group(1), node.attr, self.state.alds, mark_toc=True)
        parent.add(node)
        return m.end()

    def _bare_line(self, src: str, pos: int, parent: Node) -> int | None:
        m = _BARE_LINE.match(src, pos)
        if not m:
            return None
        text = m.group()
        parent.children.append(Node("bare", text if text.endswith("\n") else text + "\n"))
        return m.end()

    def _code(self, src: str, pos: int, parent: Node) -> int | None:
        if not _INDENTED.match(src, pos):
            return None
        lines: list[str] = []
        end = pos
        scan = pos
        n = len(src)
        seen_code = False
        pending: list[str] = []
        while scan < n:
            line_end = _line_end(src, scan)
            line = src[scan:line_end]
            blank = not line.strip(" \t\n")  # a no-break space is not blank (Ruby's \s)
            if _INDENTED.match(line) and not blank:
                lines.extend(pending)
                pending = []
                lines.append(_INDENTED.sub("", line, count=1))
                seen_code = True
                end = line_end
            elif blank:
                pending.append(_INDENTED.sub("", line, count=1))  # indentation goes, as on code lines
                seen_code = False
            elif seen_code and not self._lazy_stop(src, scan):
                lines.append("\x00" + line)  # a lazy line: joined to the previous one below
                end = line_end
            else:
                break
            scan = line_end
        code = "".join(lines)
        code = _LAZY_CODE_LINE.sub(" ", code).replace("\x00", "")
        if not code.endswith("\n"):
            code += "\n"
        parent.children.append(Node("codeblock", code, opts={"lang": None}))
        return end

    @staticmethod
    def _fence_at(src: str, pos: int) -> tuple[re.Match[str], re.Match[str]] | None:
        """A complete fenced code block at ``pos``: (opening, closing) matches."""
        m = _FENCE_OPEN.match(src, pos)
        if not m:
            return None
        fence = m.group(1)
        close = _FENCE_CLOSE.get(fence)
        if close is None:
            close = re.compile(rf"^ {{0,3}}{re.escape(fence)}{re.escape(fence[0])}*[ \t]*(?:\n|\Z)", re.M)
            if len(fence) <= 8:  # (the fences pages use; a longer one is compiled, or found in re's cache, again)
                _FENCE_CLOSE[fence] = close
        c = close.search(src, m.end())
        return (m, c) if c else None

    def _fenced(self, src: str, pos: int, parent: Node) -> int | None:
        found = self._fence_at(src, pos)
        if not found:
            return None
        m, c = found
        info = m.group(2)
        code = src[m.end() : c.start()]
        lang = info.split("?", 1)[0] or None
        parent.children.append(Node("codeblock", code, opts={"lang": lang, "fenced": True}))
        return c.end()

    def _hr(self, src: str, pos: int, parent: Node) -> int | None:
        m = _HR.match(src, pos)
        if not m:
            return None
        parent.children.append(Node("hr"))
        return m.end()

    def _atx(self, src: str, pos: int, parent: Node) -> int | None:
        m = _ATX.match(src, pos)
        if not m:
            return None
        return self._add_header(parent, len(m.group(1)), m.group(2), m.end())

    def _setext(self, src: str, pos: int, parent: Node) -> int | None:
        if pos and src[pos - 1] != "\n":  # only at a real line start
            return None
        if not src.startswith(("=", "-"), src.find("\n", pos) + 1):  # the underline must come next
            return None
        m = _SETEXT.match(src, pos)
        if not m:
            return None
        if not self._fresh:  # kramdown: only at a container start, after blank lines or an IAL
            return None
        if parent.children and parent.children[-1].kind == "p":
            return None
        level = 1 if m.group(2)[0] == "=" else 2
        return self._add_header(parent, level, m.group(1), m.end(), setext=True)

    def _add_header(self, parent: Node, level: int, text: str, end: int, setext: bool = False) -> int:
        text = text.rstrip(" \t")
        node = Node("header", opts={"level": level, "std_id": self.in_html > 0})
        # (``text`` is one line with no trailing blanks: an id must end it with `}`, closing hashes with `#`)
        m = _HEADER_ID.search(text) if text.endswith("}") else None
        if m:
            node.attr["id"] = m.group(1)
            text = text[: m.start()]
        elif not setext and text.endswith("#"):
            text = _ATX_CLOSE.sub("", text)
        node.value = text.strip(" \t")
        parent.children.append(node)
        return end

    def _math(self, src: str, pos: int, parent: Node) -> int | None:
        if "$$" not in src[pos : pos + 5]:
            return None
        m = _MATH_BLOCK.match(src, pos)
        if not m or (parent.children and parent.children[-1].kind not in ("blank", "eob")):
            return None
        parent.add(Node("math", m.group(1).strip(), opts={"block": True}))
        return m.end()

    def _extension(self, src: str, pos: int, parent: Node) -> int | None:
        if not src.startswith("{::", src.find("{", pos, pos + 4)):
            return None
        m = _EXTENSION_EMPTY.match(src, pos)
        if m:  # `{::options … /}` is not applied (see the known gaps)
            return m.end()
        m = _EXTENSION.match(src, pos)
        if not m:
            return None
        name = m.group(1)
        dead = self._no_close.get(name)
        if dead is not None and dead[0] is src and dead[1] <= m.end():
            return None
        close = _EXTENSION_CLOSE[name].search(src, m.end())
        if close is None:  # remembered: a flood of unclosed openers stays linear
            self._no_close[name] = (src, m.end())
            return None
        body = src[m.end() : close.start()]
        if name == "nomarkdown":
            parent.add(Node("raw", body))
        else:
            parent.add(Node("comment", f"<!-- {body.removesuffix(chr(10))} -->", opts={"block": True}))
        return close.end()

    # ---- definitions ----------------------------------------------------------------

    def _link_def(self, src: str, pos: int, parent: Node) -> int | None:
        m = _LINK_DEF.match(src, pos)
        if not m or m.group(1).startswith("^"):
            return None
        label = normalize_label(m.group(1))
        url = m.group(2) if m.group(2) is not None else m.group(3)
        title = next((g for g in m.group(4, 5, 6) if g is not None), None)
        if label not in self.state.links:
            self.state.links[label] = (url, title)
        parent.add(Node("def"))
        return m.end()

    def _abbrev_def(self, src: str, pos: int, parent: Node) -> int | None:
        m = _ABBREV_DEF.match(src, pos)
        if not m:
            return None
        self.state.abbrevs[m.group(1).strip()] = m.group(2)
        parent.add(Node("def"))
        return m.end()

    def _footnote_def(self, src: str, pos: int, parent: Node) -> int | None:
        if self.depth > MAX_NESTING:
            return None
        m = _FOOTNOTE_DEF.match(src, pos)
        if not m:
            return None
        lines = [m.group(2) + "\n"]
        scan = m.end()
        n = len(src)
        while scan < n:
            line_end = _line_end(src, scan)
            line = src[scan:line_end]
            if not line.strip():
                # blank lines belong to the note only if indented text follows
                nxt = scan
                while nxt < n and not src[nxt : _line_end(src, nxt)].strip():
                    nxt = _line_end(src, nxt)
                if nxt < n and _INDENTED.match(src, nxt):
                    lines.append(src[scan:nxt])
                    scan = nxt
                    continue
                break
            indent = _INDENTED.match(line)
            if indent is None:  # `  <tab>x` is not indented here: that line is read as bare text
                break
            lines.append(line[indent.end() :])  # exactly four spaces or one tab go, later tabs stay
            scan = line_end
        body = Node("footnote_body")
        self.parse("".join(lines), body)
        if m.group(1) not in self.state.footnotes:
            self.state.footnotes[m.group(1)] = body
        parent.add(Node("def"))
        return scan

    # ---- containers -----------------------------------------------------------------

    def _blockquote(self, src: str, pos: int, parent: Node) -> int | None:
        if self.depth > MAX_NESTING:
            return None
        if not _BLOCKQUOTE.match(src, pos):
            return None
        parts: list[str] = []
        scan = pos
        n = len(src)
        while scan < n:
            line_end = _line_end(src, scan)
            line = src[scan:line_end]
            m = _BQ_PREFIX.match(line)
            if m:
                parts.append(line[m.end() :])
            elif scan == pos or not line.strip() or self._lazy_stop(src, scan):
                break
            else:
                parts.append(line)
            scan = line_end
        node = parent.add(Node("blockquote"))
        self.parse("".join(parts), node)
        return scan

    def _lazy_stop(self, src: str, pos: int) -> bool:
        k = pos
        while src.startswith((" ", "\t"), k):
            k += 1
        if not src.startswith(("{", "^", "<"), k):  # what every test below starts with
            return False
        if BLOCK_IAL.match(src, pos) or _EOB.match(src, pos):
            return True
        m = _HTML_BLOCK_TAG.match(src, pos) or _HTML_END_TAG.match(src, pos)
        if m and tags.ends_lazy_line(m.group(1)):
            return True
        return self._stop is not None and self._stop.match(src, pos) is not None

    def _list(self, src: str, pos: int, parent: Node) -> int | None:
        if self.depth > MAX_NESTING:
            return None
        first = _LIST_ITEM.match(src, pos)
        if not first:
            return None
        ordered = _marker(first)[0].isdigit()
        node = Node("ol" if ordered else "ul")
        items: list[list[str]] = []
        scan = pos
        n = len(src)
        content_indent = 0
        pending_blank: list[str] = []
        trailing_blank = ""
        nested = False  # the current item has had a blank line or a list start line
        item_match = _LIST_ITEM.match
        lead = marker = blanks = ""
        simple = (_SIMPLE_NUMBERS if ordered else _SIMPLE_BULLETS).match(src, pos)
        if simple is not None:
            # Each of these lines starts an item (unindented, it is never inside the item before): what
            # the loop below makes of them line by line, with its state after the last of them.
            lines = simple.group().split("\n")
            lines.pop()  # (what follows the last line end)
            rest = ""
            for line in lines:
                marker = line[: line.index(".") + 1] if ordered else line[0]
                after = line[len(marker) :]
                rest = after.lstrip(" \t")
                items.append([rest + "\n"])
            blanks = after[: len(after) - len(rest)]
            ws_end = len(marker) + len(blanks)
            content_indent = ws_end
            if "\t" in blanks:
                content_indent = indent_width(line[:ws_end].replace(marker, " " * len(marker), 1))
            nested = _LIST_ITEM.match(rest + "\n") is not None
            scan = simple.end()
        while scan < n:
            line_end = src.find("\n", scan) + 1 or n
            line = src[scan:line_end]
            m = item_match(line)
            if m is not None:
                # the spaces before the marker (the line's whole indentation), the marker, the blanks after it
                lead, marker, blanks = m.group(1, 2, 3)
                if marker is None:  # the `-|x` form: no blanks
                    lead, marker, blanks = m.group(4), m.group(5), ""
                is_item = marker[0].isdigit() == ordered
            else:
                is_item = False
            if scan == pos or (is_item and len(lead) < content_indent):
                assert m is not None
                if items:
                    items[-1].extend(pending_blank)
                pending_blank = []
                ws_end = m.end()
                width = ws_end
                if "\t" in blanks:
                    width = indent_width(line[:ws_end].replace(marker, " " * len(marker), 1))
                content_indent = width if blanks else width + 1  # "-|x": content starts at the pipe
                rest = line[ws_end:]
                items.append([rest] if rest.strip() else [])  # an empty first line adds nothing
                nested = _LIST_ITEM.match(rest) is not None
            elif not line.strip():
                pending_blank.append(line if line.endswith("\n") else line + "\n")
            elif (inner := item_line(line, content_indent)) is not None:
                if pending_blank:
                    items[-1].extend(pending_blank)
                    pending_blank = []
                    nested = True
                items[-1].append(inner)
                if not nested:
                    nested = _LIST_ITEM.match(inner) is not None
            elif not pending_blank and not self._lazy_stop(src, scan) and not is_item:
                line = expand_leading_tabs(line)
                if nested and m is not None:
                    # A lazy marker of the other list type, once the item has had a blank line or a
                    # nested list start: kramdown indents it by the item's width plus four, so the
                    # item's own blocks read it as text (or as indented code after a fence).
                    line = " " * (content_indent + 4) + line
                items[-1].append(line)
            else:
                break
            scan = line_end
        trailing_blank = "".join(pending_blank)
        if trailing_blank:
            scan -= len(trailing_blank)  # the blank lines after the list are not its own
        all_wrapped = True
        tasks = False
        gfm = self.state.options.gfm
        for index, lines in enumerate(items):
            li = Node("li")
            node.children.append(li)
            ial = _ITEM_IAL.match(lines[0]) if lines and lines[0].startswith("{:") else None
            if ial:
                parse_attributes(ial.group(1), li.attr, self.state.alds)
                lines[0] = lines[0][ial.end() :]
            text = "".join(lines)
            if (
                text
                and text.find("\n") == len(text) - 1
                and "|" not in text
                and (_DIRECT_RULES.get(text[0]) or _rules_at(text, 0)) is _OTHER_RULES
            ):
                # One line that no rule but `_paragraph` can take (no setext underline follows, no pipe
                # makes a table): the paragraph `parse` would make, without the rule calls.
                para = Node("p", text.lstrip(" \t").rstrip("\n").rstrip(" \t"))
                li.children.append(para)
                # what the code below does with an item of one paragraph
                wrapped = all_wrapped and 0 < index == len(items) - 1
                if not wrapped:
                    para.opts["transparent"] = True
                    all_wrapped = False
                if gfm:
                    if para.value.startswith("[") and _task_item(para, False):
                        tasks = True
                    if tasks:
                        _prepend_class(li, "task-list-item")
                continue
            self.parse(text, li)
            kids = li.children
            wrapped = True
            if kids and kids[0].kind == "p":
                last = index == len(items) - 1
                wrapped = len(kids) > 1 and kids[1].kind == "blank"
                if last and index > 0 and all_wrapped:
                    wrapped = True
                if not wrapped:
                    kids[0].opts["transparent"] = True
                all_wrapped = all_wrapped and wrapped
            else:
                all_wrapped = False
            if gfm and kids and kids[0].kind == "p":
                # A bare marker (`- [ ]` then a block) is a task only in a transparent paragraph.
                if kids[0].value.startswith("[") and _task_item(kids[0], not wrapped and len(kids) > 1):
                    tasks = True
                if tasks:  # kramdown marks every later item that starts with a paragraph, checkbox or not
                    _prepend_class(li, "task-list-item")
            if kids and kids[-1].kind == "blank":
                kids.pop()
        if tasks:
            _prepend_class(node, "task-list")
        parent.children.append(node)
        return scan

    def _definition(self, src: str, pos: int, parent: Node) -> int | None:
        if self.depth > MAX_NESTING:
            return None
        m = _DD_START.match(src, pos)
        if not m or not parent.children:
            return None
        kids = parent.children
        loose = False
        if kids[-1].kind == "p":
            term_node = kids.pop()
        elif kids[-1].kind == "dl":
            term_node = None
        elif len(kids) >= 2 and kids[-1].kind == "blank" and kids[-2].kind in ("p", "dl"):
            kids.pop()
            loose = True
            term_node = kids.pop() if kids[-1].kind == "p" else None
        else:
            return None
        if term_node is not None:
            if len(kids) >= 2 and kids[-1].kind == "blank" and kids[-2].kind == "dl":
                kids.pop()  # blank lines between definitions do not end the list
                dl = kids[-1]
            elif kids and kids[-1].kind == "dl" and not term_node.opts.get("after_blank"):
                dl = kids[-1]
            else:
                dl = parent.add(Node("dl"))
            for term in str(term_node.value).split("\n"):
                dl.add(Node("dt", term.strip(), dict(term_node.attr)))
        else:
            dl = kids[-1]
        # collect the definition's lines
        content_indent = indent_width(src[pos : m.end()].replace(":", " ", 1))
        lines = [src[m.end() : _line_end(src, pos)]]
        scan = _line_end(src, pos)
        n = len(src)
        pending: list[str] = []
        while scan < n:
            line_end = _line_end(src, scan)
            line = src[scan:line_end]
            if not line.strip():
                pending.append(line)
            elif indent_width(line) >= content_indent:
                lines.extend(pending)
                pending = []
                lines.append(strip_columns(line, content_indent))
            elif not pending and not _DD_START.match(line) and not self._lazy_stop(src, scan):
                lines.append(line)
            else:
                break
            scan = line_end
        scan -= len("".join(pending))
        dd = dl.add(Node("dd"))
        self.parse("".join(lines), dd)
        kids = dd.children
        if kids and kids[0].kind == "p" and not loose and (len(kids) == 1 or kids[1].kind != "blank"):
            kids[0].opts["transparent"] = True
        return scan

    # ---- HTML, tables, paragraphs ---------------------------------------------------

    def _html_block(self, src: str, pos: int, parent: Node) -> int | None:
        if self.depth > MAX_NESTING:
            return None
        if not _HTML_START.match(src, pos):
            return None
        return self.html.block(src, pos, parent, self)

    def _table(self, src: str, pos: int, parent: Node) -> int | None:
        if not self._fresh:
            return None
        eol = src.find("\n", pos)
        if src.find("|", pos, eol if eol >= 0 else len(src)) < 0:  # a table line has a pipe
            return None
        return parse_table(src, pos, parent, self)

    def _text_line(self, src: str, pos: int, parent: Node) -> int | None:
        """`_setext`, `_table` and `_paragraph` in turn, the rules for a line that starts like text
        (`_OTHER_RULES`), each tried only when its first, cheap test passes."""
        eol = src.find("\n", pos)
        if src.startswith(("=", "-"), eol + 1):
            new = self._setext(src, pos, parent)
            if new is not None:
                return new
        if self._fresh and src.find("|", pos, eol if eol >= 0 else len(src)) >= 0:
            new = parse_table(src, pos, parent, self)
            if new is not None:
                return new
        return self._paragraph(src, pos, parent)

    def _paragraph(self, src: str, pos: int, parent: Node) -> int | None:
        n = len(src)
        scan = src.find("\n", pos) + 1 or n
        search = _MAYBE_PARA_END.search
        while scan < n:
            # jump to the next line that starts like a paragraph end (a letter never does)
            m = search(src, scan - 1)
            if m is None:
                scan = n
                break
            scan = m.end()
            if self._ends_paragraph(src, scan):
                break
            scan = src.find("\n", scan) + 1 or n
        text = src[pos:scan].lstrip(" \t").rstrip("\n").rstrip(" \t")
        node = Node("p", text)
        kids = parent.children
        if kids and kids[-1].kind == "blank":
            node.opts["after_blank"] = True
        kids.append(node)
        return scan


# Rule order; each rule with the characters its match can start with after up to three spaces
# ("" when it needs a blank or tab there, None for any character).
_RULE_STARTS: tuple[tuple[str, str | None], ...] = (
    ("_blank", ""),
    ("_code", ""),
    ("_bare_line", ""),
    ("_fenced", "`~"),
    ("_blockquote", ">"),
    ("_atx", "#"),
    ("_hr", "*-_"),
    ("_list", "*+-0123456789"),
    ("_definition", ":"),
    ("_html_block", "<"),
    ("_setext", None),
    ("_footnote_def", "["),
    ("_abbrev_def", "*"),
    ("_link_def", "["),
    ("_math", "$"),
    ("_extension", "{"),
    ("_ial", "{"),
    ("_eob", "^"),
    ("_table", None),
    ("_paragraph", None),
)
_ALL_RULES: tuple[Rule, ...] = tuple(getattr(BlockParser, name) for name, _ in _RULE_STARTS)
# (the rules for any character: `_text_line` tries them)
_OTHER_RULES: tuple[Rule, ...] = (BlockParser._text_line,)
assert tuple(name for name, chars in _RULE_STARTS if chars is None) == ("_setext", "_table", "_paragraph")
_RULES_BY_CHAR: dict[str, tuple[Rule, ...]] = {
    c: tuple(getattr(BlockParser, name) for name, chars in _RULE_STARTS if chars is None or c in chars)
    for c in "".join(chars for _, chars in _RULE_STARTS if chars)
}
# What may follow each of these characters for a rule other than `_OTHER_RULES` to match there:
# for `*`, say, a rule (`* * *`), a list marker (`* x`, `*|x`) or an abbreviation (`*[x]: y`).
_MARKER_FOLLOW: dict[str, tuple[str, ...]] = {
    "*": (" ", "\t", "*", "|", "["),
    "-": (" ", "\t", "-", "|"),
    "+": (" ", "\t", "|"),
    "_": (" ", "\t", "_"),
}
# The parse loop looks the first character of a line up here first (and calls `_rules_at` when it
# is not found): every ASCII character but the space (which needs a look past it) and the ones
# `_MARKER_FOLLOW` needs a look at the next character for.
_DIRECT_RULES: dict[str, tuple[Rule, ...]] = {
    c: rules for c, rules in _RULES_BY_CHAR.items() if c not in _MARKER_FOLLOW
}
_DIRECT_RULES.update({"\t": _ALL_RULES, "\n": _ALL_RULES})
_DIRECT_RULES.update(
    {chr(i): _OTHER_RULES for i in range(0x21, 0x7F) if chr(i) not in _RULES_BY_CHAR and chr(i) not in _MARKER_FOLLOW}
)


def _task_item(para: Node, bare_ok: bool) -> bool:
    """Take a task marker off a list item's first paragraph; the writer puts the checkbox there.

    With `bare_ok` (a transparent paragraph followed by another block) the paragraph may be the
    marker alone: kramdown then writes the checkbox with no newline before the next block.
    """
    m = _TASK.match(para.value)
    if m is None:
        if not bare_ok or _BARE_TASK.match(para.value) is None:
            return False
        m = _BARE_TASK.match(para.value)
        para.opts["bare_task"] = True
    para.value = para.value[m.end() :]
    para.opts["task"] = m.group(1) != " "
    return True


def _prepend_class(node: Node, name: str) -> None:
    current = node.attr.get("class")
    node.attr = {"class": f"{name} {current}" if current else name,
                 **{k: v for k, v in node.attr.items() if k != "class"}}


def _marker(m: re.Match[str]) -> str:
    return m.group(2) or m.group(5)


def normalize_label(label: str) -> str:
    """Reference labels match case-insensitively with runs of blanks collapsed."""
    return " ".join(label.split()).lower()

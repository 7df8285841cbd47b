"""Span-level parsing: a recursive-descent scanner over one block's text.

Every construct that has content (emphasis, links, span HTML, strikethrough) parses its
content with a nested scan that knows only its own terminator; if the text runs out first
the construct is abandoned and its opening characters become literal text. That is what
makes, e.g., ``[*a](u)*`` an emphasis that swallows the bracket, as kramdown does.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from . import htmltags as tags
from .attributes import SPAN_IAL, parse_attributes
from .blocks import normalize_label
from .html_blocks import find_end
from .lazy import lazy_re
from .nodes import Node, Text
from .typography import SYMBOLS, smart_quote

if TYPE_CHECKING:
    from .blocks import BlockParser
    from .html_blocks import HtmlReader
    from .state import DocState

# Patterns a typical page needs are compiled at import (`re.compile`), the others on first use
# (`lazy_re`, see lazy.py).

# Where a construct may start. Characters that only matter in pairs or runs are found as such
# (`...`, `--`, `>>`, `~~`, `$$`, `![`, `{:`, a line end after two spaces), so plain text with
# single dots and hyphens costs no call; with hard_wrap every line end is special. (Written as
# one character class and then lookbehinds: that form keeps the regex engine's fast scan.)
# (`&` and `<` are always special: the writer escapes text these searches find nothing in for `>` only.)
_SPECIAL_CHARS = r"[\\`*_<&\[\"'.\-{>~$!\n]"
_SPECIAL_CASES = r"(?<=[\\`*_<&\[\"'])|(?<=\.)\.\.|(?<=-)-|(?<=>)>|(?<=~)~|(?<=\$)\$|(?<=!)(?=\[)|(?<=\{):"
_SPECIAL = re.compile(rf"{_SPECIAL_CHARS}(?:{_SPECIAL_CASES}|(?<=  \n))")
_SPECIAL_HARD_WRAP = lazy_re(rf"{_SPECIAL_CHARS}(?:{_SPECIAL_CASES}|(?<=\n))")
_PAREN = lazy_re(r"[()]")
# An image's alt text loses the backslash of kramdown's own escapes (`\|`, `\*`, `\\`); GFM's `\~` keeps it.
_ALT_ESCAPE = lazy_re(r"\\([\\.*_+\-`()\[\]{}#!:|\"'$=<>])")
_ESCAPABLE = frozenset("\\.*_+-`()[]{}#!:|\"'$=<>~")
_CODE_RUN = re.compile(r"`+")
_BRACKET_SPECIAL = re.compile(r"[\\`\[\]]")  # what bracket_pairs looks at
_ENTITY = re.compile(r"&(?:([A-Za-z][A-Za-z0-9]*)|#(\d+)|#[xX]([0-9A-Fa-f]+));")
# Autolinks: only the (lower-case) schemes http(s), ftp(s) and mailto, then at least one character
# (even a `>`: `<http:>, <b>` is one link) up to the next `>` on the line; or an address of word
# characters, dots and hyphens around one `@`.
_AUTOLINK = lazy_re(r"<((https?|ftps?|mailto):[^\n][^>\n]*|[\w.-]+@[\w.-]+)>")
_LINE_BREAK = lazy_re(r"(?: {2,}|\\\\)(?=\n)")
_GFM_BREAK = lazy_re(r"\\(?=\n)")
# An inline link's `(target "title")`. A target in angle brackets ends at its `>`; otherwise it
# runs to the `)` that balances the `(` (spaces, newlines and backslashes are plain characters),
# unless whitespace followed by a quote starts the title, which then must end with the same quote
# right before the closing `)`. Titles keep their backslashes.
_SPACE = " \t\n\r\f\v"  # what Ruby's `\s` matches: ASCII whitespace only, no U+00A0
_ANGLE_TARGET = re.compile(r"<[^>\n]*>")
_ANGLE_TAIL = lazy_re(r"<([^>\n]*)>(?:[ \t\n\r\f\v]*([\"'])(.+?)\2[ \t\n\r\f\v]*)?\)", re.S)
_TITLE_START = lazy_re(r"[\"'](?<=[ \t\n\r\f\v][\"'])")  # a quote right after whitespace
_TITLE_TAIL = lazy_re(r"([\"'])(.+?)\1[ \t\n\r\f\v]*\)", re.S)
_REF_TAIL = lazy_re(r"\[([^\]]*)\]")
_FOOTNOTE = re.compile(r"\[\^([^\]\s]+)\]")
_INLINE_MATH = lazy_re(r"\$\$(.*?)\$\$", re.DOTALL)
_WORD = lazy_re(r"\w")
# Span extensions: `{::comment}…{:/comment}` (or `{:/}`), `{::nomarkdown}…{:/}`, and the
# self-closed `{::comment /}`, `{::nomarkdown /}`, `{::options … /}` (written as nothing).
_SPAN_EXT = lazy_re(r"\{::(comment|nomarkdown|options)(?:\s[^}]*?)?\s*(/?)\}")
_SPAN_EXT_CLOSE = {name: lazy_re(rf"\{{:/(?:{name})?\}}") for name in ("comment", "nomarkdown")}
# The entity names pages use most, with their `html.entities.name2codepoint` values: that table
# (2,000 names) is loaded only for another name. kramdown also knows `&apos;`, which HTML 4 lacks.
_COMMON_ENTITIES: dict[str, int] = {
    "nbsp": 160, "amp": 38, "lt": 60, "gt": 62, "quot": 34, "apos": 39, "copy": 169, "reg": 174,
    "mdash": 8212, "ndash": 8211, "hellip": 8230, "middot": 183, "times": 215, "rarr": 8594,
}  # fmt: skip


def _entity_code(name: str) -> int | None:
    """The code point of a named entity kramdown knows, or None."""
    code = _COMMON_ENTITIES.get(name)
    if code is None:
        from html.entities import name2codepoint

        code = name2codepoint.get(name)
    return code

_INLINE_BLOCKED = tags.SPAN_ESCAPED_TAGS
_INLINE_SPAN_CONTENT = tags.SPAN_TAGS - tags.SPAN_RAW_TAGS | frozenset(["details", "figure", "noscript", "object"])


_NOTHING: frozenset[str] = frozenset()
_WITH: dict[tuple[frozenset[str], str], frozenset[str]] = {}


def _with(nested: frozenset[str], kind: str) -> frozenset[str]:
    """``nested | {kind}``, made once per combination (there are few)."""
    key = (nested, kind)
    both = _WITH.get(key)
    if both is None:
        both = _WITH[key] = nested | {kind}
    return both

# Beyond this nesting, spans with content (emphasis, links, HTML) are left as text.
_MAX_SPAN_NESTING = 40
_NO_CONTENT_SPANS = frozenset(("em", "strong", "del", "a", "html_deep"))

# span elements a following `{: …}` attaches to
_IAL_TARGETS = frozenset(["em", "strong", "del", "a", "img", "codespan", "html", "abbr", "footnote", "math"])


def _is_alnum(ch: str) -> bool:
    return ch.isalnum()


class _Fail(Exception):
    """A nested scan ran out of text before its terminator."""


class InlineParser:
    """Parses the span content of blocks for one document."""

    def __init__(self, state: DocState, html: HtmlReader, blocks: BlockParser) -> None:
        self.state = state
        self.html = html
        self.blocks = blocks
        self.gfm = state.options.gfm
        self.hard_wrap = state.options.hard_wrap
        self._special = _SPECIAL_HARD_WRAP if self.hard_wrap else _SPECIAL
        # finds where span syntax may start; text it finds nothing in is one plain text node
        self.plain_search = self._special.search
        # (delimiter, position) pairs whose closing search already ran off the end
        self._dead: dict[str, int] = {}
        self._pairs: dict[int, int] = {}
        self._depth = 0
        # with entity_output as_char, quotes and symbols are just characters of the text
        self.plain_chars = state.options.entity_output == "as_char"
        self._char_end = -1  # end of the last quote/symbol written as plain characters
        q = state.options.quotes
        self.quote_chars = {"lsquo": q[0], "rsquo": q[1], "ldquo": q[2], "rdquo": q[3]}
        self._pairs_of: str | None = None
        self._parens: dict[int, int] = {}
        self._titles: list[int] = []
        self._parens_of: str | None = None
        # the run of equal delimiter characters measured last: (text, first, end); see _run_end
        self._last_run: tuple[str | None, int, int] = (None, 0, 0)

    # ---- driver ---------------------------------------------------------------------

    def parse(self, text: str, parent: Node, found: re.Match[str] | None = None) -> None:
        """Parse ``text`` into span children of ``parent``. ``found`` is the caller's
        `plain_search` of ``text`` when it made one (and it found something)."""
        self._dead = {}
        if found is None:
            found = self._special.search(text)
        if found is None and not parent.children:  # plain text: one text node
            if text:
                parent.children.append(Text(text))
            return
        self._scan(text, 0, len(text), parent, None, _NOTHING, found=found)

    def _scan(
        self,
        text: str,
        pos: int,
        end: int,
        parent: Node,
        closer: str | None,
        nested: frozenset[str],
        stop_at: int | None = None,
        end_tag: str | None = None,
        found: re.Match[str] | None = None,
    ) -> int:
        """Parse ``text[pos:end]`` into ``parent``. With ``closer`` (an emphasis or
        strikethrough delimiter) stop before it and return its position; raise _Fail if
        it never comes. With ``stop_at`` stop there, or return the position a construct
        overran it to. With ``end_tag`` (an element name) stop before the first end tag
        closing it that is not inside a construct (an inner element of the same name takes
        its own). Otherwise return ``end``. ``found`` is the caller's search for the first
        special character (from ``pos`` to the limit), if it made one."""
        out = parent.children
        buf: list[str] = []
        start = first = pos
        if len(nested) > _MAX_SPAN_NESTING or self._depth > _MAX_SPAN_NESTING:
            nested = nested | _NO_CONTENT_SPANS
        limit = end if stop_at is None else stop_at
        special = self._special.search
        run_end = self._run_end
        self._depth += 1
        try:
            m = special(text, pos, limit) if found is None else found
            while m is not None:
                p = m.start()
                ch = text[p]
                if closer is not None and ch == closer[0] and p > first and self._closes(text, p, closer, run_end):
                    if buf or start < p:
                        buf.append(text[start:p])
                        self._flush(buf, out)
                    return p
                if end_tag is not None and ch == "<":
                    t = tags.END_TAG.match(text, p, limit)
                    if t is not None and tags.end_tag_closes(t.group(1), end_tag):
                        buf.append(text[start:p])
                        self._flush(buf, out)
                        return p
                node_end = _CONSTRUCTS[ch](self, text, p, end, parent, buf, start, nested)
                if self._char_end == -2:
                    self._char_end = node_end if node_end is not None else -1
                if node_end is None:
                    pos = p + 1
                else:
                    start = pos = node_end
                    if node_end > limit:
                        self._flush(buf, out)
                        return node_end
                m = special(text, pos, limit)
            if closer is not None:
                raise _Fail
            rest = text[start:limit]
            if buf:
                buf.append(rest)
                rest = "".join(buf)
            if rest:
                if out and out[-1].kind == "text":
                    out[-1].value += rest
                else:
                    out.append(Text(rest))
            return limit
        finally:
            self._depth -= 1

    @staticmethod
    def _flush(buf: list[str], out: list[Node]) -> None:
        s = "".join(buf)
        buf.clear()
        if s:
            if out and out[-1].kind == "text":
                out[-1].value += s
            else:
                out.append(Text(s))

    @staticmethod
    def _emit(parent: Node, buf: list[str], text: str, start: int, p: int, node: Node) -> None:
        out = parent.children
        if buf or start < p:  # the pending text first (as `_flush` writes it)
            if buf:
                buf.append(text[start:p])
                s = "".join(buf)
                buf.clear()
            else:
                s = text[start:p]
            if s:
                if out and out[-1].kind == "text":
                    out[-1].value += s
                else:
                    out.append(Text(s))
        out.append(node)

    def _construct(
        self, text: str, p: int, end: int, parent: Node, buf: list[str], start: int, nested: frozenset[str]
    ) -> int | None:
        """Try the constructs that start with ``text[p]``; None if it is plain text."""
        return _CONSTRUCTS[text[p]](self, text, p, end, parent, buf, start, nested)

    def _image(
        self, text: str, p: int, end: int, parent: Node, buf: list[str], start: int, nested: frozenset[str]
    ) -> int | None:
        if p + 1 < end and text[p + 1] == "[":
            return self._bracket(text, p + 1, end, parent, buf, start, nested, image=True, bang=p)
        return None

    def _newline(
        self, text: str, p: int, end: int, parent: Node, buf: list[str], start: int, nested: frozenset[str]
    ) -> int | None:
        if p - 2 >= start and text[p - 2 : p] == "  ":
            self._emit(parent, buf, text, start, p - 2, Node("br"))
            return p
        if self.hard_wrap:
            self._emit(parent, buf, text, start, p, Node("br"))
            buf.append("\n")
            return p + 1
        return None

    # ---- simple spans ---------------------------------------------------------------

    def _escape(
        self, text: str, p: int, end: int, parent: Node, buf: list[str], start: int, nested: frozenset[str]
    ) -> int | None:
        m = _LINE_BREAK.match(text, p, end)
        if m:
            self._emit(parent, buf, text, start, p, Node("br"))
            return m.end()
        if self.gfm and "html" not in nested and _GFM_BREAK.match(text, p, end):
            if p + 2 == len(text):  # before the newline that ends a bare list paragraph: the `\` just goes
                buf.append(text[start:p])
                return p + 1
            self._emit(parent, buf, text, start, p, Node("br"))
            return p + 1
        if p + 1 < end and text[p + 1] in _ESCAPABLE:
            buf.append(text[start:p])
            buf.append(text[p + 1])
            return p + 2
        return None

    def _codespan(
        self, text: str, p: int, end: int, parent: Node, buf: list[str], start: int, nested: frozenset[str]
    ) -> int | None:
        run = _CODE_RUN.match(text, p, end)
        assert run is not None
        ticks = run.group()
        literal = run.end()
        if len(ticks) == 1 and (run.end() >= end or text[run.end()] in _SPACE) and (p == 0 or text[p - 1] in _SPACE):
            close = -1  # a lone backtick with whitespace on both sides is text
        else:
            close = text.find(ticks, run.end(), end)  # the first equal run closes, as in kramdown
        if close < 0:
            buf.append(text[start:p])
            buf.append(ticks)
            return literal
        code = text[run.end() : close]
        if len(ticks) > 1:  # one space goes from each end, nothing else (`` ``\ta  `` `` keeps `\ta `)
            if code.startswith(" "):
                code = code[1:]
            if code.endswith(" "):
                code = code[:-1]
        self._emit(parent, buf, text, start, p, Node("codespan", code))
        return close + len(ticks)

    def _entity(
        self, text: str, p: int, end: int, parent: Node, buf: list[str], start: int, nested: frozenset[str]
    ) -> int | None:
        m = _ENTITY.match(text, p, end)
        if not m:
            return None
        name, dec, hexa = m.groups()
        if name is not None:
            code = _entity_code(name)
            if code is None:
                return None
        else:
            code = int(dec) if dec is not None else int(hexa, 16)
        self._emit(parent, buf, text, start, p, Node("entity", code, opts={"name": name, "src": m.group()}))
        return m.end()

    def _math(
        self, text: str, p: int, end: int, parent: Node, buf: list[str], start: int, nested: frozenset[str]
    ) -> int | None:
        m = _INLINE_MATH.match(text, p, end)
        if not m or not text.startswith("$$", p):
            return None
        self._emit(parent, buf, text, start, p, Node("math", m.group(1), opts={"block": False}))
        return m.end()

    def _quote(
        self, text: str, p: int, end: int, parent: Node, buf: list[str], start: int, nested: frozenset[str]
    ) -> int | None:
        kinds, length = smart_quote(text, p, start, end)
        if self.plain_chars:  # the characters themselves: no node needed
            buf.append(text[start:p])
            buf.append(self.quote_chars[kinds[0]] if kinds[0] else text[p])
            if len(kinds) > 1:
                buf.append(self.quote_chars[kinds[1]])
            self._char_end = p + length
            return p + length
        if kinds[0]:
            self._emit(parent, buf, text, start, p, Node("smart_quote", kinds[0]))
        else:
            self._emit(parent, buf, text, start, p, Text(text[p]))
        if len(kinds) > 1:
            parent.children.append(Node("smart_quote", kinds[1]))
        return p + length

    def _typo(self, parent: Node, buf: list[str], text: str, start: int, p: int, name: str) -> None:
        if self.plain_chars:
            buf.append(text[start:p])
            buf.append(SYMBOLS[name])
            self._char_end = -2  # set by the caller's return value below
        else:
            self._emit(parent, buf, text, start, p, Node("typo", name))

    def _symbol(
        self, text: str, p: int, end: int, parent: Node, buf: list[str], start: int, nested: frozenset[str]
    ) -> int | None:
        ch = text[p]
        if ch == ".":
            if text.startswith("...", p):  # spaced dots (`. . .`) stay as they are
                self._typo(parent, buf, text, start, p, "hellip")
                return p + 3
            return None
        if ch == "-":
            if text.startswith("---", p):
                self._typo(parent, buf, text, start, p, "mdash")
                return p + 3
            if text.startswith("--", p):
                self._typo(parent, buf, text, start, p, "ndash")
                return p + 2
            return None
        if ch == ">" and text.startswith(">>", p):
            if p > start and text[p - 1] == " ":
                self._typo(parent, buf, text, start, p - 1, "raquo_space")
            else:
                self._typo(parent, buf, text, start, p, "raquo")
            return p + 2
        return None

    def _span_ial(
        self, text: str, p: int, end: int, parent: Node, buf: list[str], start: int, nested: frozenset[str]
    ) -> int | None:
        if text.startswith("{::", p):
            return self._span_extension(text, p, end, parent, buf, start)
        m = SPAN_IAL.match(text, p, end)
        if not m:
            return None
        if p == self._char_end and p == start:  # after a quote or symbol: dropped
            return m.end()
        if buf or text[start:p] or not parent.children or parent.children[-1].kind == "text":
            return None
        # consumed after any span element; only real elements keep the attributes
        if parent.children[-1].kind in _IAL_TARGETS:
            parse_attributes(m.group(1), parent.children[-1].attr, self.state.alds)
        return m.end()

    def _span_extension(self, text: str, p: int, end: int, parent: Node, buf: list[str], start: int) -> int | None:
        m = _SPAN_EXT.match(text, p, end)
        if not m:
            return None
        name = m.group(1)
        if m.group(2):  # self-closed: nothing
            buf.append(text[start:p])
            return m.end()
        if name == "options":
            return None
        key = "{:/" + name
        dead = self._dead.get(key)
        if dead is not None and m.end() >= dead and end == len(text):
            return None
        close = _SPAN_EXT_CLOSE[name].search(text, m.end(), end)
        if close is None:  # the body runs to the first closing tag; without one it is text
            if end == len(text):
                self._dead[key] = m.end() if dead is None else min(dead, m.end())
            return None
        body = text[m.end() : close.start()]
        node = Node("comment", f"<!-- {body} -->") if name == "comment" else Node("raw_inline", body)
        self._emit(parent, buf, text, start, p, node)
        return close.end()

    # ---- emphasis and strikethrough -------------------------------------------------

    def _run_end(self, text: str, p: int) -> int:
        """Where the run of `text[p]` characters containing `p` ends.

        Remembered per text: a scan inside a long run (`*****…a`) asks at many positions of
        the same run, and measuring the run each time would make such input quadratic.
        """
        of, first, end = self._last_run
        if of is text and first <= p < end:
            return end
        end, c = p, text[p]
        while end < len(text) and text[end] == c:
            end += 1
        self._last_run = (text, p, end)
        return end

    @staticmethod
    def _closes(text: str, p: int, closer: str, run_end: Callable[[str, int], int]) -> bool:
        c = closer[0]
        if p == 0 or text[p - 1] in _SPACE:
            return False
        run = 1 if p + 1 == len(text) or text[p + 1] != c else run_end(text, p) - p
        if c == "~":
            return run == 2
        if len(closer) == 1:
            if run == 2:
                return False
            after = p + 1
        else:
            if run < 2:
                return False
            after = p + 2
        return not (c == "_" and after < len(text) and _is_alnum(text[after]))

    def _emphasis(
        self, text: str, p: int, end: int, parent: Node, buf: list[str], start: int, nested: frozenset[str]
    ) -> int | None:
        c = text[p]
        double = p + 1 < end and text[p + 1] == c
        width = 2 if double else 1
        after = p + width
        if after >= end or text[after] in _SPACE:
            buf.append(text[start:p])
            buf.append(c * width)
            return after
        if c == "_" and p > 0 and _is_alnum(text[p - 1]):
            buf.append(text[start:p])
            buf.append(c * width)
            return after
        kinds = ("strong", "em") if double else ("em",)
        for kind in kinds:
            if kind in nested:
                buf.append(text[start:p])
                buf.append(c * width)
                return after
            # `_try_span`, inlined
            w = 2 if kind == "strong" else 1
            closer = c * w
            content = p + w
            dead = self._dead.get(closer)
            if dead is None or content < dead or end != len(text):
                # The nested scan's first step, done here: when the content's first special character
                # closes it, the content is plain text (the common `*word*`) and needs no scan at all.
                found = self.plain_search(text, content, end)
                if found is not None:
                    q = found.start()
                    if text[q] == c and q > content and self._closes(text, q, closer, self._run_end):
                        node = Node(kind)
                        node.children.append(Text(text[content:q]))
                        self._emit(parent, buf, text, start, p, node)
                        return q + w
                    node = Node(kind)
                    try:
                        close = self._scan(text, content, end, node, closer, _with(nested, kind), found=found)
                    except _Fail:
                        pass
                    else:
                        self._emit(parent, buf, text, start, p, node)
                        return close + w
                # (a scan that finds no special character fails: the closer never comes)
                if end == len(text):
                    self._dead[closer] = content if dead is None else min(dead, content)
        buf.append(text[start:p])
        buf.append(c * width)
        return after

    def _try_span(
        self, text: str, p: int, content: int, end: int, kind: str, closer: str, nested: frozenset[str]
    ) -> tuple[Node, int] | None:
        key = closer
        dead = self._dead.get(key)
        if dead is not None and content >= dead and end == len(text):
            return None
        node = Node(kind)
        try:
            close = self._scan(text, content, end, node, closer, _with(nested, kind))
        except _Fail:
            if end == len(text):
                self._dead[key] = content if dead is None else min(dead, content)
            return None
        return node, close

    def _strike(
        self, text: str, p: int, end: int, parent: Node, buf: list[str], start: int, nested: frozenset[str]
    ) -> int | None:
        if not self.gfm or not text.startswith("~~", p) or text.startswith("~~~", p):
            return None
        if p > 0 and text[p - 1] == "~":
            return None
        if p + 2 >= end or text[p + 2] in _SPACE:
            return None
        if "del" in nested:
            return None
        result = self._try_span(text, p, p + 2, end, "del", "~~", nested)
        if result is None:
            return None
        node, close = result
        self._emit(parent, buf, text, start, p, node)
        return close + 2

    # ---- angle brackets: autolinks, HTML, guillemets --------------------------------

    def _angle(
        self, text: str, p: int, end: int, parent: Node, buf: list[str], start: int, nested: frozenset[str]
    ) -> int | None:
        if text.startswith("<<", p):
            if text.startswith("<< ", p):
                self._typo(parent, buf, text, start, p, "laquo_space")
                return p + 3
            self._typo(parent, buf, text, start, p, "laquo")
            return p + 2
        m = _AUTOLINK.match(text, p, end)
        if m:
            target = m.group(1)
            scheme = m.group(2)
            href = target if scheme else "mailto:" + target
            shown = target[7:] if scheme == "mailto" else target
            link = Node("a", attr={"href": href})
            link.add(Text(shown))
            self._emit(parent, buf, text, start, p, link)
            return m.end()
        if text.startswith("<!--", p):
            c = tags.COMMENT.match(text, p, end)
            if c:
                self._emit(parent, buf, text, start, p, Node("comment", c.group()))
                return c.end()
            return None
        m = tags.START_TAG.match(text, p, end)
        if m:
            return self._span_html(text, m, end, parent, buf, start, nested)
        m = tags.END_TAG.match(text, p, end)
        if m:  # a stray end tag is text, taken whole
            self._emit(parent, buf, text, start, p, Text(m.group()))
            return m.end()
        return None

    def _span_html(
        self,
        text: str,
        m: re.Match[str],
        end: int,
        parent: Node,
        buf: list[str],
        start: int,
        nested: frozenset[str],
    ) -> int | None:
        name = tags.tag_name(m.group(1))
        if "html_deep" in nested:
            return None
        if name in _INLINE_BLOCKED:  # kept as (escaped) text, quotes and all
            self._emit(parent, buf, text, start, m.start(), Text(m.group()))
            return m.end()
        attrs = tags.parse_tag_attributes(m.group(2), lower=name in tags.KNOWN_TAGS)
        markdown = attrs.pop("markdown", None)
        el = Node("html", name, attrs, opts={"span": True})
        p = m.start()
        if m.group(3) or name in tags.VOID_TAGS:
            el.opts["void"] = True
            self._emit(parent, buf, text, start, p, el)
            return m.end()
        parse = name in _INLINE_SPAN_CONTENT and markdown != "0"
        if not self.state.options.parse_span_html and markdown is None:
            parse = False
        if parse:  # the content ends at the first end tag of its own level, else with the text
            after = self._scan(text, m.end(), end, el, None, _with(nested, "html"), end_tag=name)
            if after < end:
                close = tags.END_TAG.match(text, after, end)
                assert close is not None
                after = close.end()
        elif name in tags.VERBATIM_TAGS:
            inner_end, after = find_end(text[:end], m.end(), name)
            el.add(Node("verbatim", text[m.end() : inner_end]))
        else:  # raw content: nested tags are still read (and re-written)
            el.value = name
            after = self.html.raw(text[:end], m.end(), el, self.blocks)
        self._emit(parent, buf, text, start, p, el)
        return after

    # ---- brackets: footnotes, links, images -----------------------------------------

    def _bracket(
        self,
        text: str,
        p: int,
        end: int,
        parent: Node,
        buf: list[str],
        start: int,
        nested: frozenset[str],
        image: bool = False,
        bang: int | None = None,
    ) -> int | None:
        origin = bang if bang is not None else p
        if "a" in nested and (not image or self._depth > _MAX_SPAN_NESTING):
            return None  # no link inside a link's text: `[a [b](/c)](/d)` keeps `[b](/c)` as text
        if not image and text.startswith("[^", p):
            m = _FOOTNOTE.match(text, p, end)
            if m:
                known = m.group(1) in self.state.footnotes
                node = Node("footnote", m.group(1)) if known else Text(m.group())
                self._emit(parent, buf, text, start, p, node)
                return m.end()
        if self._pairs_of is not text:
            self._pairs = bracket_pairs(text)
            self._pairs_of = text
        close = self._pairs.get(p, -1)
        if close < 0 or close >= end:
            return None
        label_text = text[p + 1 : close]
        after = close + 1
        href: str | None = None
        title: str | None = None
        consumed = after
        tail = None
        if after < end and text[after] == "(":
            tail = self._link_target(text, after, end)
        if tail:
            href, title, consumed = tail
        else:
            ref = _REF_TAIL.match(text, after, end)
            label = label_text
            if ref:
                label = ref.group(1) or label_text
                consumed = ref.end()
            target = self.state.links.get(normalize_label(label))
            if target is None:
                return None
            href, title = target
        if image:
            node = Node("img", attr={"src": href or ""})
            node.attr["alt"] = _ALT_ESCAPE.sub(r"\1", label_text) if "\\" in label_text else label_text
            if title is not None:
                node.attr["title"] = title
            self._emit(parent, buf, text, start, origin, node)
            return consumed
        node = Node("a", attr={"href": href or ""})
        if title is not None:
            node.attr["title"] = title
        if self._special.search(text, p + 1, close) is None:  # plain link text: what `_scan` makes of it
            if label_text:
                node.children.append(Text(label_text))
            self._emit(parent, buf, text, start, origin, node)
            return consumed
        try:
            stopped = self._scan(text, p + 1, end, node, None, _with(nested, "a"), stop_at=close)
        except _Fail:
            return None
        if stopped != close:
            return None
        self._emit(parent, buf, text, start, origin, node)
        return consumed


    def _link_target(self, text: str, p: int, end: int) -> tuple[str, str | None, int] | None:
        """`_inline_target` for the `(` at ``p``: finds its closing `)` and the first possible title.

        Both come from tables made once per text (`paren_pairs`, `title_starts`), so that many
        links stay linear, except for the common `(` whose first `)` comes before any other `(`:
        that `)` balances it, and a title can only start before it.
        """
        start = p + 1
        if text.startswith("<", start) and _ANGLE_TARGET.match(text, start, end):
            m = _ANGLE_TAIL.match(text, start, end)
            return (m.group(1), m.group(3), m.end()) if m else None
        if self._parens_of is not text:
            close = text.find(")", start, end)
            if close >= 0 and text.find("(", start, close) < 0:
                # (the texts between such a `(` and its `)` never overlap: linear too)
                quotes = text.find('"', start, close) >= 0 or text.find("'", start, close) >= 0
                title = _TITLE_START.search(text, start, close) if quotes else None
                return _inline_target(text, p, end, close, title.start() if title is not None else -1)
            self._parens = paren_pairs(text)
            self._titles = title_starts(text) if '"' in text or "'" in text else []
            self._parens_of = text
        close = self._parens.get(p, -1)
        if close >= end:
            close = -1
        titles = self._titles
        i = bisect.bisect_right(titles, start)
        return _inline_target(text, p, end, close, titles[i] if i < len(titles) else -1)


# The construct each special character (see `_SPECIAL`) may start.
_CONSTRUCTS: dict[str, Callable[..., int | None]] = {
    "\\": InlineParser._escape,
    "`": InlineParser._codespan,
    "*": InlineParser._emphasis,
    "_": InlineParser._emphasis,
    "<": InlineParser._angle,
    "&": InlineParser._entity,
    "[": InlineParser._bracket,  # a link or footnote marker
    "!": InlineParser._image,
    "~": InlineParser._strike,
    "$": InlineParser._math,
    '"': InlineParser._quote,
    "'": InlineParser._quote,
    ".": InlineParser._symbol,
    "-": InlineParser._symbol,
    ">": InlineParser._symbol,
    "{": InlineParser._span_ial,
    "\n": InlineParser._newline,
}


def _inline_target(text: str, p: int, end: int, close: int, quote: int) -> tuple[str, str | None, int] | None:
    """(href, title, end) of the `(...)` at ``p`` after a link's label, or None when it is none.

    ``close`` is the `)` that balances the `(` (-1 for none before ``end``), ``quote`` the first
    quote after whitespace (where a title may start) after ``p`` (-1 for none); the caller
    finds them (see `InlineParser._link_target`).
    """
    start = p + 1
    if quote >= 0 and quote < end and (close < 0 or quote < close):
        title = _TITLE_TAIL.match(text, quote, end)
        if title is None:
            return None
        return text[start:quote].strip(_SPACE), title.group(2), title.end()
    if close < 0:
        return None
    return text[start:close].strip(_SPACE), None, close + 1


def paren_pairs(text: str) -> dict[int, int]:
    """For every ``(``, the index of the ``)`` that balances it (every other character plain)."""
    pairs: dict[int, int] = {}
    stack: list[int] = []
    for m in _PAREN.finditer(text):
        i = m.start()
        if text[i] == "(":
            stack.append(i)
        elif stack:
            pairs[stack.pop()] = i
    return pairs


def title_starts(text: str) -> list[int]:
    """The positions of quotes that follow whitespace: where a link title may start."""
    return [m.start() for m in _TITLE_START.finditer(text)]


def bracket_pairs(text: str) -> dict[int, int]:
    """For every ``[`` in ``text``, the index of its closing ``]`` (nesting, backslash
    escapes and code spans respected), found in one left-to-right pass."""
    pairs: dict[int, int] = {}
    if text.count("[") == 1 and "`" not in text and "\\" not in text:  # the common lone link: its first `]`
        i = text.find("[")
        close = text.find("]", i)
        if close >= 0:
            pairs[i] = close
        return pairs
    stack: list[int] = []
    i = 0
    while True:
        found = _BRACKET_SPECIAL.search(text, i)  # jump over plain text
        if found is None:
            break
        i = found.start()
        ch = text[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "`":
            run = _CODE_RUN.match(text, i)
            assert run is not None
            close = text.find(run.group(), run.end())
            i = close + len(run.group()) if close >= 0 else run.end()
            continue
        if ch == "[":
            stack.append(i)
        elif ch == "]" and stack:
            pairs[stack.pop()] = i
        i += 1
    return pairs

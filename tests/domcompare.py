"""DOM-level comparison of HTML fragments, shared by the fidelity tests.

Two fragments are DOM-equal when, after parsing each with :mod:`html.parser`, they
have the same tree of elements (tag names, attributes as sorted ``(name, value)``
pairs) and the same text, where runs of whitespace in text collapse to one space and
whitespace-only text between block-level elements is dropped. Comments count as
nodes (their text is compared with whitespace collapsed), so a comment that moved
into or out of a ``<p>`` is a difference.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

__all__ = ["Node", "dom_equal", "parse_dom"]

_WS_RE = re.compile(r"\s+")


def _words(text: str) -> tuple[str, ...]:
    """A constant table written as a space-separated string."""
    return tuple(text.split())


# Elements whose end tag is optional or absent in HTML (never pushed onto the stack).
_VOID = frozenset(
    _words("area base br col embed hr img input link meta param source track wbr keygen command")
)

# Block-level elements: whitespace-only text directly inside or between them is layout.
_BLOCK = frozenset(
    _words(
        """address article aside blockquote body caption col colgroup dd details div dl dt fieldset
    figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hgroup hr html iframe legend li
    main map menu nav ol optgroup option p pre section summary table tbody td tfoot th thead tr ul
    script style noscript"""
    )
)

# Inside these, whitespace is significant and kept verbatim.
_PRESERVE = frozenset(("pre", "textarea", "script", "style"))


@dataclass
class Node:
    """One node: an element (``tag`` set), a text node (``tag == '#text'``) or a comment."""

    tag: str
    attrs: tuple[tuple[str, str], ...] = ()
    text: str = ""
    children: list[Node] = field(default_factory=list)

    def describe(self) -> str:
        if self.tag == "#text":
            return f"text {self.text!r}"
        if self.tag == "#comment":
            return f"comment {self.text!r}"
        attrs = "".join(f' {k}="{v}"' for k, v in self.attrs)
        return f"<{self.tag}{attrs}>"


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#root")
        self._stack: list[Node] = [self.root]

    def _preserving(self) -> bool:
        return any(n.tag in _PRESERVE for n in self._stack)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, tuple(sorted((k, v if v is not None else "") for k, v in attrs)))
        self._stack[-1].children.append(node)
        if tag not in _VOID:
            self._stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, tuple(sorted((k, v if v is not None else "") for k, v in attrs)))
        self._stack[-1].children.append(node)

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            return
        # Pop to the matching open element; a stray end tag is ignored.
        for i in range(len(self._stack) - 1, 0, -1):
            if self._stack[i].tag == tag:
                del self._stack[i:]
                return

    def handle_data(self, data: str) -> None:
        parent = self._stack[-1]
        if parent.children and parent.children[-1].tag == "#text":
            parent.children[-1].text += data
        else:
            parent.children.append(Node("#text", text=data))

    def handle_comment(self, data: str) -> None:
        self._stack[-1].children.append(Node("#comment", text=data))


def _normalise(node: Node, preserve: bool = False) -> None:
    """Collapse whitespace in text and drop layout-only text nodes, in place."""
    keep_ws = preserve or node.tag in _PRESERVE
    kept: list[Node] = []
    kids = node.children
    for i, child in enumerate(kids):
        if child.tag == "#text":
            if not keep_ws:
                child.text = _WS_RE.sub(" ", child.text)
                if child.text == " " and _is_layout_space(node, kids, i):
                    continue
        elif child.tag == "#comment":
            child.text = _WS_RE.sub(" ", child.text).strip()
        else:
            _normalise(child, keep_ws)
        kept.append(child)
    if not keep_ws:
        _trim_block_edges(node, kept)
    node.children = kept


def _is_layout_space(parent: Node, kids: list[Node], i: int) -> bool:
    """Whitespace-only text is layout when it touches a block element or a block parent's edge."""
    prev_block = i == 0 or kids[i - 1].tag in _BLOCK or kids[i - 1].tag == "#comment"
    next_block = i == len(kids) - 1 or kids[i + 1].tag in _BLOCK or kids[i + 1].tag == "#comment"
    parent_is_block = parent.tag in _BLOCK or parent.tag == "#root"
    if parent_is_block:
        return prev_block or next_block
    return prev_block and next_block


def _trim_block_edges(node: Node, kids: list[Node]) -> None:
    """Leading/trailing whitespace of text at a block boundary is not significant."""
    if node.tag not in _BLOCK and node.tag != "#root":
        return
    for i, child in enumerate(kids):
        if child.tag != "#text":
            continue
        at_start = i == 0 or kids[i - 1].tag in _BLOCK
        at_end = i == len(kids) - 1 or kids[i + 1].tag in _BLOCK
        if at_start:
            child.text = child.text.lstrip(" ")
        if at_end:
            child.text = child.text.rstrip(" ")
    kids[:] = [k for k in kids if k.tag != "#text" or k.text != ""]


def parse_dom(html: str) -> Node:
    """Parse an HTML fragment into a normalised :class:`Node` tree."""
    builder = _TreeBuilder()
    builder.feed(html)
    builder.close()
    _normalise(builder.root)
    return builder.root


def _first_difference(a: Node, b: Node, path: str) -> str | None:
    here = f"{path}/{a.tag}" if a.tag != "#root" else ""
    if a.tag != b.tag or a.attrs != b.attrs or a.text != b.text:
        return f"at {path or '/'}: {a.describe()} != {b.describe()}"
    for i, (ca, cb) in enumerate(zip(a.children, b.children, strict=False)):
        diff = _first_difference(ca, cb, f"{here}[{i}]")
        if diff:
            return diff
    if len(a.children) != len(b.children):
        n = min(len(a.children), len(b.children))
        extra_a = a.children[n].describe() if len(a.children) > n else "(nothing)"
        extra_b = b.children[n].describe() if len(b.children) > n else "(nothing)"
        return f"at {here or '/'}[{n}]: {extra_a} != {extra_b}"
    return None


def dom_equal(a: str, b: str) -> tuple[bool, str]:
    """Compare two HTML fragments; return ``(True, "")`` or ``(False, first difference)``."""
    diff = _first_difference(parse_dom(a), parse_dom(b), "")
    return (diff is None, diff or "")

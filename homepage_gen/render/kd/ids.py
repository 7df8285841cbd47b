"""Header ids the way kramdown's GFM parser makes them."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .lazy import lazy_re
from .typography import SYMBOLS

if TYPE_CHECKING:
    from .nodes import Node
    from .state import DocState

_DROP = re.compile(r"[^\w\- \t]")
_QUOTE_CHARS = {"lsquo": "\u2018", "rsquo": "\u2019", "ldquo": "\u201c", "rdquo": "\u201d"}


def plain_text(node: Node) -> str:
    """The text a header id is made from: text, code and entity characters; images,
    footnote markers and HTML tags contribute nothing but their text content."""
    parts: list[str] = []
    _collect(node, parts)
    return "".join(parts)


def _collect(node: Node, parts: list[str]) -> None:
    for child in node.children:
        kind = child.kind
        if kind in ("text", "codespan", "math", "rawtext"):
            parts.append(child.value)
        elif kind == "entity":
            parts.append(chr(child.value) if child.value < 0x110000 else "")
        elif kind == "smart_quote":
            parts.append(_QUOTE_CHARS[child.value])
        elif kind == "typo":
            parts.append(SYMBOLS[child.value])
        elif kind in ("img", "footnote", "comment", "br"):
            continue
        else:
            _collect(child, parts)


_LEADING_NON_LETTERS = lazy_re(r"^[^a-zA-Z]+")
_NOT_ID_CHAR = lazy_re(r"[^a-zA-Z0-9 -]")


class HeaderIds:
    """Makes unique ids for one document."""

    def __init__(self, state: DocState) -> None:
        self.used = state.used_ids
        self.used_standard: dict[str, int] = {}
        self.prefix = state.options.auto_id_prefix

    def standard(self, text: str) -> str:
        """kramdown's own scheme (used inside HTML elements): ASCII letters, digits and
        dashes, starting with a letter; 'section' when nothing is left."""
        base = _NOT_ID_CHAR.sub("", _LEADING_NON_LETTERS.sub("", text)).replace(" ", "-").lower()
        base = self.prefix + (base or "section")
        count = self.used_standard.get(base)
        if count is None:
            self.used_standard[base] = 0
            return base
        count += 1
        self.used_standard[base] = count
        return f"{base}-{count}"

    def generate(self, text: str) -> str:
        base = _DROP.sub("", text.lower()).replace(" ", "-").replace("\t", "-")
        if not base:
            return ""
        base = self.prefix + base
        count = self.used.get(base)
        if count is None:
            self.used[base] = 0
            return base
        count += 1
        self.used[base] = count
        return f"{base}-{count}"

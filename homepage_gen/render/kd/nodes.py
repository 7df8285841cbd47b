"""The document tree shared by the parsers and the writer."""

from __future__ import annotations

from types import MappingProxyType
from typing import Any


class Node:
    """One tree node.

    ``kind`` names the construct ("p", "header", "text", "em", "html", …); ``value`` holds
    its payload (text, code, tag name, entity char); ``attr`` the HTML attributes to write
    (insertion ordered); ``opts`` parser facts the writer needs (level, transparent, …).
    """

    __slots__ = ("attr", "children", "kind", "opts", "value")

    def __init__(
        self,
        kind: str,
        value: Any = None,
        attr: dict[str, str] | None = None,
        opts: dict[str, Any] | None = None,
    ) -> None:
        self.kind = kind
        self.value = value
        self.attr: dict[str, str] = attr if attr is not None else {}
        self.opts: dict[str, Any] = opts if opts is not None else {}
        self.children: list[Node] = []

    def add(self, child: Node) -> Node:
        self.children.append(child)
        return child

    def __repr__(self) -> str:  # debugging aid
        inner = ", ".join(repr(c) for c in self.children)
        return f"{self.kind}({self.value!r}{', ' + str(self.attr) if self.attr else ''})[{inner}]"


_NO_ATTRIBUTES: Any = MappingProxyType({})


class Text(Node):
    """A run of span text: ``Node("text", value)`` made at about half the cost, the node most
    documents have most of. It has no attributes, options or children of its own: those read
    as empty, and writing them raises (a text node never takes any)."""

    __slots__ = ()
    attr = _NO_ATTRIBUTES
    opts = _NO_ATTRIBUTES
    children: Any = ()

    def __init__(self, value: str) -> None:
        self.kind = "text"
        self.value = value

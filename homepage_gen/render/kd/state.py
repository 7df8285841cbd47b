"""Per-conversion state: options plus the tables a document builds while it is parsed."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .nodes import Node
    from .options import Options


class DocState:
    """Everything one `convert` call learns; never shared between calls or threads."""

    __slots__ = ("abbrevs", "alds", "footnote_refs", "footnotes", "links", "options", "used_ids")

    def __init__(self, options: Options) -> None:
        self.options = options
        self.links: dict[str, tuple[str, str | None]] = {}
        self.footnotes: dict[str, Node] = {}
        self.abbrevs: dict[str, str] = {}
        self.alds: dict[str, dict[str, str]] = {}
        self.used_ids: dict[str, int] = {}
        # footnote name -> (number, reference count), in order of first reference
        self.footnote_refs: dict[str, list[int]] = {}

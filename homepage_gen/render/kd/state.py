"""Per-conversion state: options plus the tables a document builds while it is parsed."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .nodes import Node
    from .options import Options


@dataclass
class DocState:
    """Everything one `convert` call learns; never shared between calls or threads."""

    options: Options
    links: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    footnotes: dict[str, Node] = field(default_factory=dict)
    abbrevs: dict[str, str] = field(default_factory=dict)
    alds: dict[str, dict[str, str]] = field(default_factory=dict)
    used_ids: dict[str, int] = field(default_factory=dict)
    # footnote name -> (number, reference count), in order of first reference
    footnote_refs: dict[str, list[int]] = field(default_factory=dict)

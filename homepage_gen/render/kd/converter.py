"""The public converter: Markdown (kramdown GFM dialect) to an HTML fragment."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .blocks import BlockParser
from .html_blocks import HtmlReader
from .inline import InlineParser
from .nodes import Node
from .options import Options
from .state import DocState
from .writer import HtmlWriter


class KramdownConverter:
    """Converts Markdown the way Jekyll 4.3's kramdown (GFM input) does.

    ``options`` is the ``kramdown:`` mapping of ``_config.yml``; it is merged over
    Jekyll's defaults once. The instance holds no per-document state, so one converter
    can serve many threads.
    """

    def __init__(self, options: Mapping[str, Any] | None = None) -> None:
        self.options = Options.from_mapping(options)

    def convert(self, text: str) -> str:
        # A byte-order mark at the start of a file is dropped when the file is read; one inside
        # the text (e.g. pasted into a front-matter title) is text, and kramdown keeps it.
        source = text.replace("\r\n", "\n").replace("\r", "\n")
        if not source.endswith("\n"):
            source += "\n"
        state = DocState(self.options)
        html = HtmlReader(self.options.parse_block_html)
        parser = BlockParser(state, html)
        root = Node("root")
        parser.parse(source, root)
        writer = HtmlWriter(state, InlineParser(state, html, parser))
        return writer.document(root)

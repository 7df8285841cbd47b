"""A kramdown-compatible Markdown converter (our own implementation; see
docs/architecture-markdown.md)."""

from .converter import KramdownConverter
from .options import JEKYLL_KRAMDOWN_DEFAULTS

__all__ = ["JEKYLL_KRAMDOWN_DEFAULTS", "KramdownConverter"]

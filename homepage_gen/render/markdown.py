"""Markdown to HTML as Jekyll's kramdown (GFM input) writes it.

The converter lives in :mod:`homepage_gen.render.kd` (see docs/architecture-markdown.md);
this module keeps the import path the rest of the code base uses.
"""

from __future__ import annotations

from .kd import JEKYLL_KRAMDOWN_DEFAULTS, KramdownConverter

__all__ = ["JEKYLL_KRAMDOWN_DEFAULTS", "KramdownConverter"]

"""Whether a template shows other pages' data (so pages cannot be rendered independently)."""

from __future__ import annotations

import re

_TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.DOTALL)
_LISTING = re.compile(r"\b(?:html_pages|pages|documents|collections)\b")


def lists_pages(text: str) -> bool:
    """True when a template's tags mention the page list (so it shows other pages' data)."""
    return any(_LISTING.search(tag.group(0)) for tag in _TAG.finditer(text))

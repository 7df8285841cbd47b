"""The converter's options: Jekyll's kramdown defaults merged with the site's settings."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from .lazy import lazy_re

# What Jekyll 4.3 passes to kramdown when `_config.yml` says nothing.
JEKYLL_KRAMDOWN_DEFAULTS: Mapping[str, Any] = {
    "auto_ids": True,
    "toc_levels": "1..6",
    "entity_output": "as_char",
    "smart_quotes": "lsquo,rsquo,ldquo,rdquo",
    "input": "GFM",
    "hard_wrap": False,
    "guess_lang": True,
    "footnote_nr": 1,
    "show_warnings": False,
}

_NAMED_QUOTES = {"lsquo": "\u2018", "rsquo": "\u2019", "ldquo": "\u201c", "rdquo": "\u201d"}
_QUOTE_ENTITIES = {"apos": "'", "quot": '"', "laquo": "\u00ab", "raquo": "\u00bb", "lsaquo": "\u2039",
                   "rsaquo": "\u203a", "sbquo": "\u201a", "bdquo": "\u201e"}  # fmt: skip


class OptionError(ValueError):
    """A ``kramdown:`` option has a value kramdown itself refuses."""


_RANGE = re.compile(r"(\d+)\.\.(\d+)")
_LEVEL_LIST = lazy_re(r"\d+(?:,\d+)*")


def parse_toc_levels(value: Any) -> frozenset[int]:
    """The header levels ``{:toc}`` lists: a list of levels, a range, or a string written
    as ``"2..4"`` or ``"1,2,3"`` (what kramdown accepts); levels are 1 to 6."""
    if value is None:
        return frozenset(range(1, 7))
    if isinstance(value, range):
        levels = list(value)
    elif isinstance(value, (list, tuple)):
        levels = []
        for item in value:
            if isinstance(item, bool) or not isinstance(item, (int, str)):
                raise OptionError("Invalid syntax for option toc_levels")
            if isinstance(item, str) and not item.isdigit():
                raise OptionError("Invalid syntax for option toc_levels")
            levels.append(int(item))
    elif isinstance(value, str):
        m = _RANGE.fullmatch(value)
        if m:
            levels = list(range(int(m.group(1)), int(m.group(2)) + 1))
        elif _LEVEL_LIST.fullmatch(value):
            levels = [int(v) for v in value.split(",")]
        else:
            raise OptionError("Invalid syntax for option toc_levels")
    else:
        raise OptionError("Invalid syntax for option toc_levels")
    if any(not 1 <= level <= 6 for level in levels):
        raise OptionError("Level numbers for option toc_levels have to be integers from 1 to 6")
    return frozenset(levels)


def _truthy(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() not in ("false", "no", "0", "off", "")
    return bool(value)


def _quote_char(name: str) -> str:
    name = name.strip()
    if name in _NAMED_QUOTES:
        return _NAMED_QUOTES[name]
    if name in _QUOTE_ENTITIES:
        return _QUOTE_ENTITIES[name]
    if name.isdigit():
        return chr(int(name))
    return name


class Options:
    """The options the parser and writer consult, normalised once per converter (and only
    read after that: a converter may serve many threads). A plain class, not a dataclass:
    making one costs milliseconds at import."""

    __slots__ = (
        "auto_id_prefix", "auto_ids", "entity_output", "footnote_backlink", "footnote_nr", "gfm", "hard_wrap",
        "parse_block_html", "parse_span_html", "quote_names", "quotes", "toc_levels",
    )  # fmt: skip

    def __init__(
        self,
        *,
        auto_ids: bool,
        auto_id_prefix: str,
        hard_wrap: bool,
        gfm: bool,
        entity_output: str,
        quotes: tuple[str, str, str, str],  # lsquo, rsquo, ldquo, rdquo as characters
        quote_names: tuple[str, str, str, str],
        footnote_nr: int,
        parse_block_html: bool,
        parse_span_html: bool,
        footnote_backlink: str,
        toc_levels: frozenset[int],
    ) -> None:
        self.auto_ids = auto_ids
        self.auto_id_prefix = auto_id_prefix
        self.hard_wrap = hard_wrap
        self.gfm = gfm
        self.entity_output = entity_output
        self.quotes = quotes
        self.quote_names = quote_names
        self.footnote_nr = footnote_nr
        self.parse_block_html = parse_block_html
        self.parse_span_html = parse_span_html
        self.footnote_backlink = footnote_backlink
        self.toc_levels = toc_levels

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"Options({fields})"

    @classmethod
    def from_mapping(cls, overrides: Mapping[str, Any] | None) -> Options:
        merged: dict[str, Any] = dict(JEKYLL_KRAMDOWN_DEFAULTS)
        merged.update(overrides or {})
        names = [n.strip() for n in str(merged.get("smart_quotes") or "").split(",")]
        if len(names) != 4:
            names = ["lsquo", "rsquo", "ldquo", "rdquo"]
        chars = tuple(_quote_char(n) for n in names)
        return cls(
            auto_ids=_truthy(merged.get("auto_ids", True)),
            auto_id_prefix=str(merged.get("auto_id_prefix") or ""),
            hard_wrap=_truthy(merged.get("hard_wrap", False)),
            gfm=str(merged.get("input", "GFM")).lower() == "gfm",
            entity_output=str(merged.get("entity_output") or "as_char"),
            quotes=(chars[0], chars[1], chars[2], chars[3]),
            quote_names=(names[0], names[1], names[2], names[3]),
            footnote_nr=int(merged.get("footnote_nr") or 1),
            parse_block_html=_truthy(merged.get("parse_block_html", False)),
            parse_span_html=_truthy(merged.get("parse_span_html", True)),
            footnote_backlink=str(merged.get("footnote_backlink", "&#8617;")),
            toc_levels=parse_toc_levels(merged.get("toc_levels")),
        )

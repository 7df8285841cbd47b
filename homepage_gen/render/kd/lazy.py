"""Regular expressions compiled on first use.

Compiling every pattern of the converter at import would cost each build milliseconds
before the first page, though a typical page never meets most of the constructs (math,
footnotes, abbreviations, definition lists, IALs, extensions, HTML). Their patterns are
made with `lazy_re` instead; the patterns a typical page needs stay plain ``re.compile``.
"""

from __future__ import annotations

import re
from typing import Any, cast


class _LazyPattern:
    """Stands for ``re.compile(pattern, flags)``, compiled when a method or attribute of the
    pattern is first asked for. Each attribute is then kept on the instance, so later
    calls (``_X.match(...)``) find it directly and cost what a compiled pattern's do."""

    def __init__(self, pattern: str, flags: int) -> None:
        self._source = (pattern, flags)

    def __getattr__(self, name: str) -> Any:  # only called for attributes not kept yet
        memo = self.__dict__
        compiled = memo.get("_compiled")
        if compiled is None:
            compiled = memo["_compiled"] = re.compile(*self._source)
        value = getattr(compiled, name)
        memo[name] = value
        return value

    def __repr__(self) -> str:
        return f"lazy_re({self._source[0]!r}, {self._source[1]})"


def lazy_re(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, done on first use; typed as the pattern it stands for
    (it answers every attribute a compiled pattern has, but is no `re.Pattern` instance:
    pass it to no ``re.*`` function and test no ``isinstance`` on it)."""
    return cast("re.Pattern[str]", _LazyPattern(pattern, flags))

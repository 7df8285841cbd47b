"""Smart quotes and typographic symbols.

The quote rules are the SmartyPants cascade as kramdown applies it (established against
kramdown as a black box): a quote is judged together with the character just before it
when that character belongs to the same run of plain text, otherwise on its own.
"""

from __future__ import annotations

from .lazy import lazy_re

_PUNCT = frozenset("!\"#$%'()*+,-./:;<=>?@[\\]^_`{|}~")
# characters after which a quote closes
_NOT_CLOSE_CLASS = frozenset(" \t\r\n\\[{(-")
_SPACE = " \t\n\r\f\v"  # Ruby's `\s`: ASCII whitespace only
_DECADE = lazy_re(r"'\d\ds")
_EMPHASIS_AFTER = lazy_re(r"[_*]{1,2}[^ \t\n\r\f\v]")
_WORD = lazy_re(r"\w")

SYMBOLS = {
    "mdash": "\u2014",
    "ndash": "\u2013",
    "hellip": "\u2026",
    "laquo": "\u00ab",
    "raquo": "\u00bb",
    "laquo_space": "\u00ab\u00a0",
    "raquo_space": "\u00a0\u00bb",
}
# The entity names kramdown writes for the symbols with numeric/symbolic entity output.
SYMBOL_ENTITIES = {
    "mdash": ("mdash",),
    "ndash": ("ndash",),
    "hellip": ("hellip",),
    "laquo": ("laquo",),
    "raquo": ("raquo",),
    "laquo_space": ("laquo", "nbsp"),
    "raquo_space": ("nbsp", "raquo"),
}


def _is_word(ch: str) -> bool:
    return bool(_WORD.match(ch))


def smart_quote(text: str, p: int, run_start: int, end: int) -> tuple[tuple[str, ...], int]:
    """The quote characters (as 'lsquo'…'rdquo' names, or '' for a literal quote) for
    the quote(s) at ``p`` and how many source characters they take."""
    q = text[p]
    single = q == "'"
    opening = "lsquo" if single else "ldquo"
    closing = "rsquo" if single else "rdquo"
    nxt = text[p + 1] if p + 1 < end else ""
    pre = text[p - 1] if p > run_start else None
    if pre is None or pre in _SPACE:
        pair = text[p : p + 2]
        if pair in ("\"'", "'\"") and p + 2 < end and _is_word(text[p + 2]):
            return (("ldquo", "lsquo") if pair == "\"'" else ("lsquo", "ldquo")), 2
        if single and _DECADE.match(text, p, end):
            return ("rsquo",), 1
    if pre is None:
        if _EMPHASIS_AFTER.match(text, p + 1, end):
            return (opening,), 1
        if nxt and nxt in _PUNCT and not text.startswith("..", p + 2):
            after = text[p + 2] if p + 2 < end else ""
            if not (after and _is_word(after)):
                return (closing,), 1
        if nxt in ("'", '"'):  # this quote stays literal, the next one closes
            return ("", "rsquo" if nxt == "'" else "rdquo"), 2
        if not nxt or nxt in _SPACE or (nxt in "sS" and (p + 2 >= end or not _is_word(text[p + 2]))):
            return (closing,), 1
        return (opening,), 1
    if pre in _SPACE:
        return (opening,), 1
    if pre not in _NOT_CLOSE_CLASS:
        return (closing,), 1
    return (opening,), 1

"""Inline attribute lists (`{: #id .class key="value" ref}`) and their definitions."""

from __future__ import annotations

from .lazy import lazy_re

# One IAL token: key="v" / key='v', #id, .class, or a bare reference to an ALD name.
_TOKEN = lazy_re(
    r"""([\w:-]+)="((?:\\"|[^"])*)"|([\w:-]+)='((?:\\'|[^'])*)'|#([\w:-]+)|\.([\w-]+)|([\w-]+)(?==|\s|$)|\S"""
)
_UNESCAPE_DQ = lazy_re(r'\\(["\\])')
_UNESCAPE_SQ = lazy_re(r"\\(['\\])")

# A block-level IAL line and a block-level attribute list definition.
BLOCK_IAL = lazy_re(r" {0,3}\{:(?![:/])([^\n{}]*?)\}[ \t]*\n")
ALD_LINE = lazy_re(r" {0,3}\{:([\w-]+):([^\n{}]*?)\}[ \t]*\n")
SPAN_IAL = lazy_re(r"\{:(?![:/])([^\n{}]*?)\}")

# The attribute key under which a block IAL's `toc` reference is kept until the writer
# sees it. User keys match ``[\w:-]+``, so this one (with a space) cannot clash, and
# `attrs_html` never writes it.
TOC_MARK = " toc"


def parse_attributes(
    text: str,
    target: dict[str, str],
    alds: dict[str, dict[str, str]] | None = None,
    *,
    mark_toc: bool = False,
) -> None:
    """Merge the attributes written in ``text`` into ``target`` (classes accumulate).

    With ``mark_toc`` (a block IAL, not a definition) a bare ``toc`` reference is kept
    as `TOC_MARK`: the list it lands on becomes the table of contents.
    """
    for m in _TOKEN.finditer(text):
        key, dq, key2, sq, ident, cls, ref = m.groups()
        if key is not None:
            target[key] = _UNESCAPE_DQ.sub(r"\1", dq)
        elif key2 is not None:
            target[key2] = _UNESCAPE_SQ.sub(r"\1", sq)
        elif ident is not None:
            target["id"] = ident
        elif cls is not None:
            add_class(target, cls)
        elif ref is not None and alds is not None and ref in alds:
            merge_attributes(target, alds[ref])
        elif ref == "toc" and mark_toc:
            target[TOC_MARK] = ""


def add_class(target: dict[str, str], cls: str) -> None:
    old = target.get("class")
    target["class"] = f"{old} {cls}" if old else cls


def merge_attributes(target: dict[str, str], extra: dict[str, str]) -> None:
    for key, value in extra.items():
        if key == "class":
            add_class(target, value)
        else:
            target[key] = value

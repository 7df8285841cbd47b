"""HTML tokens as rouge 3.30 classifies them (black-box probed; see rouge_lexer).

A tag's ``<name``, ``>``, ``/>`` and ``</name>`` are ``nt`` (``<script `` and ``<style ``
keep their trailing blanks), ``name=`` is one ``na`` token and the value ``s``; comments are
``c``, doctypes, processing instructions and CDATA ``cp``, entities ``ni`` (a bare ``&`` is an
error). Script bodies are lexed as JavaScript, style bodies as CSS.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from homepage_gen.render.rouge_lexer import Lexer, Token, _Run, rule

__all__ = ["LEXER", "set_embedded"]

# The tokenizers for <script> and <style> bodies, set by highlight.py (it knows them all).
_EMBEDDED: dict[str, Callable[[str], list[Token]]] = {}


def set_embedded(lang: str, tokens: Callable[[str], list[Token]]) -> None:
    _EMBEDDED[lang] = tokens


def _body(lang: str):  # type: ignore[no-untyped-def]
    def action(m: re.Match[str], run: _Run) -> Iterator[Token]:
        lex = _EMBEDDED.get(lang)
        yield from lex(m.group()) if lex else [("", m.group())]

    return action


_TAG = [
    rule(r"\s+", ""),
    rule(r"[\w:.-]+\s*=\s*", "na", "value"),
    rule(r"[\w:.-]+", "na"),
    rule(r"/?>", "nt", "#pop"),
]

LEXER = Lexer(
    {
        "root": [
            rule(r"[^<&]+", ""),
            rule(r"<!--.*?(?:-->|\Z)", "c", flags=re.DOTALL),
            rule(r"<!\[CDATA\[.*?(?:\]\]>|\Z)|<![^>]*>|<\?.*?(?:\?>|\Z)", "cp", flags=re.DOTALL),
            rule(r"<\s*script\s*", "nt", ("script", "tag")),
            rule(r"<\s*style\s*", "nt", ("style", "tag")),
            rule(r"</\s*[\w:.-]+", "nt", "tag"),
            rule(r"(<)(\s*)([\w:.-]+)", ("nt", "", "nt"), "tag"),
            rule(r"<", "nt"),
            rule(r"&(?:\w+|#\d+|#[xX][0-9a-fA-F]+);", "ni"),
        ],
        "tag": _TAG,
        "value": [rule(r"\"[^\"]*\"|'[^']*'|[^\s>]+", "s", "#pop")],
        "script": [
            rule(r"</\s*script\s*>", "nt", "#pop"),
            rule(r".+?(?=</\s*script\s*>)|.+", _body("javascript"), flags=re.DOTALL),
        ],
        "style": [
            rule(r"</\s*style\s*>", "nt", "#pop"),
            rule(r".+?(?=</\s*style\s*>)|.+", _body("css"), flags=re.DOTALL),
        ],
    }
)

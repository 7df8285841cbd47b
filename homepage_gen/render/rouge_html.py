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


def _script_tokens(lex: Callable[[str], list[Token]], code: str) -> list[Token]:
    """JavaScript tokens of a script body. Rouge hands the body to its JavaScript lexer in
    pieces split before and after each "<", keeping the lexer's state between them: a
    ``//`` comment stops at a "<" (the rest of its line is lexed as code) and a ``<!--``
    is an operator. Each cut comment is blanked out (a comment or blanks leave the lexer's
    state alone) and the body lexed again, until no comment holds a "<"."""
    blanked = code
    comments: dict[int, int] = {}  # start -> end of each cut comment
    while True:
        tokens = lex(blanked)
        pos = 0
        for cls, text in tokens:
            cut = text.find("<") if cls == "c1" else -1
            if cut > 0:
                comments[pos] = pos + cut
                blanked = f"{blanked[:pos]}{' ' * cut}{blanked[pos + cut :]}"
                break
            pos += len(text)
        else:
            break
    if comments:
        tokens = _restore_comments(tokens, code, comments)
    return [("o", text) if cls == "c" and text == "<!--" else (cls, text) for cls, text in tokens]


def _restore_comments(tokens: list[Token], code: str, comments: dict[int, int]) -> list[Token]:
    """``tokens`` of the blanked code with the blanked ``comments`` of ``code`` put back."""
    edges = sorted({edge for start, end in comments.items() for edge in (start, end)})
    out: list[Token] = []
    pos = 0
    for cls, text in tokens:
        end = pos + len(text)
        inner = [edge for edge in edges if pos < edge < end]
        for a, b in zip([pos, *inner], [*inner, end], strict=True):
            if a in comments:
                out.append(("c1", code[a : comments[a]]))
            elif not any(start <= a < stop for start, stop in comments.items()):
                out.append((cls, text[a - pos : b - pos]))
        pos = end
    return out


def _body(lang: str):  # type: ignore[no-untyped-def]
    def action(m: re.Match[str], run: _Run) -> Iterator[Token]:
        lex = _EMBEDDED.get(lang)
        if lex is None:
            yield ("", m.group())
        elif lang == "javascript":
            yield from _script_tokens(lex, m.group())
        else:
            yield from lex(m.group())

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

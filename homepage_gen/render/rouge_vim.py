"""Vim script tokens as rouge 3.30 classifies them (black-box probed; see rouge_lexer).

A ``"`` starts a comment only as the first thing on a line; elsewhere it is a string when
closed on the same line and plain text otherwise (``set ts=4 " tab`` keeps ``tab`` a word).
Words are looked up in rouge's tables (``rouge_vim_words``): commands ``k``, options, events
and functions ``nb``, others plain. ``g:x``-style variables with scope ``a b s g`` are ``nv``.
Blanks and word characters are ASCII only; a line break is its own token, so a continuation
line's ``\\`` (``se``) takes the blank lines and indentation before it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from homepage_gen.render.rouge_lexer import Lexer, Token, _Run, rule
from homepage_gen.render.rouge_vim_words import BUILTINS, COMMANDS

__all__ = ["LEXER"]


def _word(m: re.Match[str], run: _Run) -> Iterator[Token]:
    word = m.group()
    yield ("k" if word in COMMANDS else "nb" if word in BUILTINS else ""), word


LEXER = Lexer(
    {
        "root": [
            rule(r'^([ \t\n\r\f\v]*)(".*)', ("", "c"), flags=re.M),
            rule(r"^[ \t\n\r\f\v]*\\", "se", flags=re.M),
            rule(r"[ \t]+", ""),
            # an escaped delimiter may still end the text when nothing later does (backtracking)
            rule(r"/(?:\\\\|\\/|[^\n/])*/", "sr"),
            rule(r'"(?:\\\\|\\"|[^\n"])*"', "s2"),
            rule(r"'(?:\\\\|\\'|[^\n'])*'", "s1"),
            rule(r"-?[0-9]+", "m"),
            rule(r"#[0-9a-fA-F]{6}", "mh"),
            rule(r"[()<>+=!|,~\-.:\[\]{}]", "p"),
            rule(r"[absg]:[a-zA-Z0-9_]+\b", "nv"),
            rule(r"[a-zA-Z0-9_]+\b", _word),  # \b: no letter of any script may follow
            rule(r"(?s:.)", ""),
        ]
    }
)

"""MATLAB tokens as rouge 3.30 classifies them (black-box probed; see rouge_lexer).

A quote starts a string whenever the line has a closing quote (so ``a' * b'`` is a string);
only otherwise is it the transpose operator. ``/`` and ``\\`` are punctuation, ``...`` is a
keyword followed by a comment, ``!`` hands the rest of the line to the shell lexer, and some
1,900 function names are ``nb``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from homepage_gen.render.rouge_lexer import Lexer, Token, _Run, rule, wordset
from homepage_gen.render.rouge_matlab_builtins import BUILTINS
from homepage_gen.render.rouge_shell import shell_tokens

__all__ = ["LEXER"]

_KEYWORDS = wordset(
    """arguments break case catch classdef continue else elseif end for function global if import
    methods otherwise parfor persistent properties return spmd switch try while"""
)


def _name(m: re.Match[str], run: _Run) -> Iterator[Token]:
    word = m.group()
    yield ("k" if word in _KEYWORDS else "nb" if word in BUILTINS else "n"), word


def _shell_escape(m: re.Match[str], run: _Run) -> Iterator[Token]:
    yield "k", "!"
    yield from shell_tokens(m.group(1))


LEXER = Lexer(
    {
        "root": [
            rule(r"\s+", ""),
            rule(r"%[^\n]*", "c1"),
            rule(r"(\.\.\.)([^\n]*)", ("k", "c")),
            rule(r"^!([^\n]*)", _shell_escape, flags=re.MULTILINE),
            rule(r"'(?=(?:''|[^'\n])*')", "s1", "single"),
            rule(r'"(?=(?:""|[^"\n])*")', "s2", "double"),
            rule(r"\d+\.\d*(?:[eE][+-]?\d+)?|\d+[eE][+-]?\d+", "mf"),
            rule(r"\d+", "mi"),
            rule(r"[a-zA-Z]\w*", _name),
            rule(r"\.'|'", "o"),
            rule(r"\.\^|\.\*|[-+*^<>=~&|@.]", "o"),
            rule(r"[()\[\]{},;:/\\]", "p"),
        ],
        # Entered only when the line has a closing quote.
        "single": [rule(r"''", "se"), rule(r"[^'\n]+", "s1"), rule(r"'", "s1", "#pop")],
        "double": [rule(r'""', "se"), rule(r'[^"\n]+', "s2"), rule(r'"', "s2", "#pop")],
    }
)

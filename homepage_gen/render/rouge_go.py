"""Go tokens as rouge 3.30 classifies them (black-box probed; see rouge_lexer).

Every keyword is a plain ``k``; comments of both kinds are ``c``; all numbers are ``m``, but
rouge knows neither ``_`` separators nor ``0b``/``0o`` prefixes (``1_000`` is ``m`` + ``n``);
the dot is an operator; a rune literal escape cannot be ``\\'``.
"""

from __future__ import annotations

import re

from homepage_gen.render.rouge_lexer import Lexer, rule, words

__all__ = ["LEXER"]

_KEYWORDS = words(
    "break default func interface select case defer go map struct chan else goto package switch const "
    "fallthrough if range type continue for import return var"
)
_TYPES = words(
    "bool byte complex64 complex128 error float32 float64 int8 int16 int32 int64 string uint8 uint16 uint32 "
    "uint64 int uint uintptr rune"
)
_CONSTANTS = words("true false iota nil")
_BUILTINS = words("append cap close complex copy delete imag len make new panic print println real recover")
_ESCAPE = r"\\(?:[abfnrtv\\\"']|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{3})"
_DECIMALS = r"(?:[0-9]+\.[0-9]*|\.[0-9]+|[0-9]+)"

LEXER = Lexer(
    {
        "root": [
            rule(r"\s+", ""),
            rule(r"//[^\n]*", "c"),
            rule(r"/\*.*?\*/", "c", flags=re.DOTALL),
            rule(_KEYWORDS, "k"),
            rule(_TYPES, "kt"),
            rule(_CONSTANTS, "no"),
            rule(_BUILTINS, "nb"),
            rule(rf"{_DECIMALS}(?:[eE][+-]?[0-9]+)?i", "m"),
            rule(r"0[xX][0-9a-fA-F]+", "m"),
            rule(rf"{_DECIMALS}(?:[eE][+-]?[0-9]+)?", "m"),
            rule(r"'(?:\\(?:[abfnrtv\\\"]|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{3})|.)'", "sc"),
            rule(r"`[^`]*`?", "s"),  # an unclosed raw string runs to the end
            rule(r'"', "s", "string"),
            rule(r"<<=|>>=|&\^=|\.\.\.|&&|\|\||<-|\+\+|--|==|!=|<=|>=|:=|<<|>>|&\^|[-+*/%&|^]=|[-+*/%&|^<>=!.:]", "o"),
            rule(r"[(){}\[\];,]", "p"),
            rule(r"[^\W\d]\w*", "n"),
        ],
        "string": [
            rule(_ESCAPE, "se"),
            rule(r"\\.", "err"),  # an unknown escape is one two-character error
            rule(r'[^"\\]+', "s"),
            rule(r'"', "s", "#pop"),
        ],
    }
)

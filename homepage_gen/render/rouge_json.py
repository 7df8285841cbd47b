"""JSON tokens as rouge 3.30 classifies them (black-box probed; see rouge_lexer).

Whitespace is ``w``; outside an array a string followed by ``:`` is a key (``nl``, escapes
included) and the colon is punctuation only there; numbers without a fraction are ``mi`` even
with an exponent; anything that is not JSON is ``err``, one character at a time. Rouge tracks
nesting: a comma outside any ``{}``/``[]`` is an error, and so is a ``}`` closing an array or
a ``]`` closing an object (a closer with nothing open is punctuation).
"""

from __future__ import annotations

import re

from homepage_gen.render.rouge_lexer import Lexer, rule

__all__ = ["LEXER"]

_KEY = rule(r'("(?:\\.|[^"\\])*")(\s*)(:)', ("nl", "w", "p"))
_VALUES = [
    rule(r"\s+", "w"),
    rule(r'"', "s2", "string"),
    rule(r"true|false|null", "kc"),
    rule(r"-?\d+\.\d+(?:[eE][+-]?\d+)?", "mf"),
    rule(r"-?\d+(?:[eE][+-]?\d+)?", "mi"),
    rule(r"\{", "p", "object"),
    rule(r"\[", "p", "array"),
]

LEXER = Lexer(
    {
        "root": [_KEY, *_VALUES, rule(r"[}\]]", "p")],
        "object": [_KEY, *_VALUES, rule(r",", "p"), rule(r"\}", "p", "#pop")],
        "array": [*_VALUES, rule(r",", "p"), rule(r"\]", "p", "#pop")],
        "string": [
            rule(r'[^"\\]+', "s2"),
            rule(r"\\.", "se", flags=re.DOTALL),
            rule(r'"', "s2", "#pop"),
        ],
    }
)

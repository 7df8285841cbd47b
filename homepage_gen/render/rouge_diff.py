"""Unified-diff tokens as rouge 3.30 classifies them (black-box probed; see rouge_lexer).

Whole lines are one token, line break included: headers ``gh``, removals ``gd``, additions
``gi``, ``!`` changes ``gs``; a hunk header's ``@@ … @@`` is ``p`` and other lines that start
with a word character are ``p`` too; context lines are plain text.
"""

from __future__ import annotations

import re

from homepage_gen.render.rouge_lexer import Lexer, rule

__all__ = ["LEXER"]

_M = re.MULTILINE

LEXER = Lexer(
    {
        "root": [
            rule(r"^(?:diff|[Ii]ndex)[^\n]*\n?|^=+[ \t]*\n?", "gh", flags=_M),
            rule(r"^[-<][^\n]*\n?", "gd", flags=_M),
            rule(r"^[+>][^\n]*\n?", "gi", flags=_M),
            rule(r"^![^\n]*\n?", "gs", flags=_M),
            rule(r"^@@ [^\n]*? @@", "p", flags=_M),
            rule(r"^\w[^\n]*\n?", "p", flags=_M),
            rule(r"[ \t][^\n]*\n?|\n", ""),  # anything else is an error, one character at a time
        ],
    }
)

"""TeX/LaTeX tokens as rouge 3.30 classifies them (black-box probed; see rouge_lexer).

Commands are ``k`` (``\\begin{…}``/``\\end{…}`` are ``nt``), an option list right after a
command is ``na``, braces, ``_``, ``^`` and ``&`` are punctuation, and plain text is left
unwrapped. Inside math (``$``, ``$$``, ``\\[``, ``\\(``) text is ``nb``, commands ``nv``,
digits ``m``, a few operators ``o`` and ``{}_^&`` ``p``.
"""

from __future__ import annotations

import re

from homepage_gen.render.rouge_lexer import Lexer, rule

__all__ = ["LEXER"]


def _math(end: str) -> list:
    return [
        rule(end, "p", "#pop"),
        rule(r"%[^\n]*", "c"),
        rule(r"\\[a-zA-Z]+|\\.", "nv", flags=re.DOTALL),
        rule(r"\d+", "m"),
        rule(r"[-=+!/*()\[\]]", "o"),
        rule(r"[{}_^&]", "p"),
        rule(r"[^\\%$\d\-=+!/*()\[\]{}_^&]+", "nb"),
        rule(r"\$", "nb"),
    ]


LEXER = Lexer(
    {
        "root": [
            rule(r"%[^\n]*", "c"),
            rule(r"\\(?:begin|end)\{[^}\n]*\}", "nt"),
            rule(r"\\\[", "p", "display"),
            rule(r"\\\(", "p", "inline_paren"),
            rule(r"\$\$", "p", "display_dollar"),
            rule(r"\$", "p", "inline"),
            rule(r"(\\verb)([^a-zA-Z\s])(.*?)(\2)", ("nb", "kp", "sx", "kp")),
            rule(r"\\[a-zA-Z]+\*?", "k", "command"),
            rule(r"\\.", "k", flags=re.DOTALL),
            rule(r"[{}_^&]", "p"),
            rule(r"[^\\%${}_^&]+", ""),
        ],
        # Right after a command: an option list in brackets, or back to text.
        "command": [
            rule(r"\[[^\]]*\]", "na", "#pop"),
            rule(r"\\[a-zA-Z]+\*?", "k"),
            rule(r"(?=.)|\n", "", "#pop", flags=re.DOTALL),
        ],
        "display": _math(r"\\\]"),
        "inline_paren": _math(r"\\\)"),
        "display_dollar": _math(r"\$\$"),
        "inline": _math(r"\$"),
    }
)

"""Generic config-file tokens (rouge's ``conf``/``config``) as rouge 3.30 classifies them
(black-box probed; see rouge_lexer).

Only five things are marked: ``#`` comments (with their line break; without one the ``#`` is
an error), one-line quoted strings (``s2``/``s1``; an unclosed quote is an error), digits
(``m``), and ASCII words starting with a letter (``n``). Everything else is plain text except
``_`` outside a word, which is an error.
"""

from __future__ import annotations

from homepage_gen.render.rouge_lexer import Lexer, rule

__all__ = ["LEXER"]

LEXER = Lexer(
    {
        "root": [
            rule(r"#[^\n]*\n", "c"),
            rule(r'"[^"\n]*"', "s2"),
            rule(r"'[^'\n]*'", "s1"),
            rule(r"[0-9]+", "m"),
            rule(r"[a-zA-Z][a-zA-Z0-9_]*", "n"),
            rule(r"[^a-zA-Z0-9_#\"']+", ""),
        ],
    }
)

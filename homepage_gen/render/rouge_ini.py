"""INI tokens as rouge 3.30 classifies them (black-box probed; see rouge_lexer).

A key (ASCII letters, digits, ``_ . -``) is ``py`` only when ``=`` follows it, blanks and line
breaks allowed between; anything else outside a value, section or comment is an error. A
comment runs from ``;`` or ``#`` anywhere and needs its line break (one at the very end of
the text without one is an error). Blanks right after ``=`` may span lines, so
``k = ⏎z=1`` makes ``z=1`` the value; a backslash escapes any character (``se``). A quoted
string opening a value stops it there (``'q' b`` is ``s`` blank ``s``), and a comment after it
takes the line break, so the next line is still the value.
"""

from __future__ import annotations

from homepage_gen.render.rouge_lexer import Lexer, Rule, rule

__all__ = ["LEXER"]

_COMMENT = r"[;#][^\n]*\n"


def _quoted(quote: str) -> list[Rule]:
    """A value that starts with a quote; a line break ends the value too."""
    return [
        rule(r"\n", "", "#pop:2"),
        rule(r"\\[\s\S]", "se"),
        rule(f"[^{quote}\\\\\n]+", "s"),
        rule(quote, "s", "#pop"),
    ]


LEXER = Lexer(
    {
        "root": [
            rule(r"\s+", ""),
            rule(_COMMENT, "c"),
            rule(r"\[[^\n]*?\]", "nn"),
            rule(r"([a-zA-Z0-9_.-]+)(\s*)(=)", ("py", "", "p"), "value"),
        ],
        "value": [
            rule(r"\n", "", "#pop"),
            rule(r"\s+", ""),
            rule(_COMMENT, "c"),  # keeps the value going on the next line
            rule(r"\\[\s\S]", "se"),
            rule(r"'", "s", "sq"),
            rule(r'"', "s", "dq"),
            rule(r"[^\\\n]+", "s"),
        ],
        "sq": _quoted("'"),
        "dq": _quoted('"'),
    }
)

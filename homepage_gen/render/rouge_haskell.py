"""Haskell tokens as rouge 3.30 classifies them (black-box probed; see rouge_lexer).

Unlike Pygments, rouge marks no function definitions (every lower-case word is ``n``),
``=``/``::``/``->`` are plain operators, upper-case words are ``kt``, ``-- |`` at the
start of a line is a doc comment, pragmas are ``cp`` and non-ASCII identifiers are errors.
"""

from __future__ import annotations

import re

from homepage_gen.render.rouge_lexer import Lexer, Rule, bygroups, rule

__all__ = ["LEXER"]

_A = re.ASCII
_SYM = r"[:!#$%&*+.\\/<=>?@^|~-]"
_RESERVED = r"_|case|class|data|default|deriving|do|else|if|in|infix[lr]?|instance|let|newtype|of|then|type|where"
_ASCII_ESCAPES = (
    r"NUL|SOH|[SE]TX|EOT|ENQ|ACK|BEL|BS|HT|LF|VT|FF|CR|S[OI]|DLE|DC[1-4]|NAK|SYN|ETB|CAN|EM|SUB|ESC|[FGRU]S|SP|DEL"
)


def _comment_state(cls: str) -> list[Rule]:
    return [
        rule(r"[^-{}]+", cls),
        rule(r"\{-", cls, "#push"),
        rule(r"-\}", cls, "#pop"),
        rule(r"[-{}]", cls),
    ]


_BASIC = [
    rule(r"\s+", "", flags=_A),
    rule(r"\{-#", "cp", "comment_preproc"),
    rule(r"\{-", "cm", "comment"),
    rule(r"^--\s+\|[^\n]*", "cd", flags=re.M | _A),
    rule(rf"--(?!{_SYM})[^\n]*", "c1"),
]

LEXER = Lexer(
    {
        "root": [
            *_BASIC,
            rule(r"\bimport\b", "kr", "import", flags=_A),
            rule(r"\bmodule\b", "kr", "module", flags=_A),
            rule(rf"\b(?:{_RESERVED})\b", "kr", flags=_A),
            rule(r"[_a-z][\w']*", "n", flags=_A),
            rule(r"[A-Z][\w']*", "kt", flags=_A),
            rule(rf"\\(?!{_SYM}+)", "nf"),
            rule(rf"(?:<-|::|->|=>|=)(?!{_SYM}+)", "o"),
            rule(rf":{_SYM}*", "o"),
            rule(rf"{_SYM}+", "o"),
            rule(r"\d+[eE][+-]?\d+", "mf"),
            rule(r"\d+\.\d+(?:[eE][+-]?\d+)?", "mf"),
            rule(r"0[oO][0-7]+", "mo"),
            rule(r"0[xX][\da-fA-F]+", "mh", flags=_A),
            rule(r"\d+", "mi", flags=_A),
            # a character literal only where one can end; otherwise a quoted name ('Just, ''T)
            rule(r"'(?=\\\S*'|.')", "sc", "character"),
            rule(r"'[A-Z][\w']*", "kt", flags=_A),
            rule(r"'[\w']*", "n", flags=_A),
            rule(r'"', "s", "string"),
            rule(r"\[\s*\]", "kt", flags=_A),
            rule(r"\(\s*\)", "nb", flags=_A),
            rule(r"(\[)([_a-z][\w']*)(\|)", bygroups("o", "n", "o"), "quasiquotation", flags=_A),
            rule(r"[\[\](),;`{}]", "p"),
        ],
        "import": [
            rule(r"\s+", "", flags=_A),
            rule(r'"', "s", "string"),
            rule(r"\bqualified\b", "k", flags=_A),
            rule(
                r"([A-Z][\w.]*)(\s+)(as)(\s+)([A-Z][\w.]*)",
                bygroups("nn", "", "k", "", "n"),
                "#pop",
                flags=_A,
            ),
            rule(
                r"([A-Z][\w.]*)(\s+)(hiding)(\s+)(\()", bygroups("nn", "", "k", "", "p"), ("#pop", "funclist"), flags=_A
            ),
            rule(r"([A-Z][\w.]*)(\s+)(\()", bygroups("nn", "", "p"), ("#pop", "funclist"), flags=_A),
            rule(r"[\w.]+", "nn", "#pop", flags=_A),
        ],
        "module": [
            rule(r"\s+", "", flags=_A),
            rule(r"([A-Z][\w.]*)(\s+)(\()", bygroups("nn", "", "p"), "funclist", flags=_A),
            rule(r"\bwhere\b", "kr", "#pop", flags=_A),
            rule(r"[A-Z][\w.]*", "nn", "#pop", flags=_A),
        ],
        "funclist": [
            *_BASIC,
            rule(r"[A-Z]\w*", "kt", flags=_A),
            rule(r"_[\w']+|[a-z][\w']*", "nf", flags=_A),
            rule(r",", "p"),
            rule(rf"{_SYM}+", "o"),
            rule(r"\(", "p", "funclist"),
            rule(r"\)", "p", "#pop"),
        ],
        "character": [
            rule(r"\\", "se", ("#pop", "character_end", "escape")),
            rule(r".", "sc", ("#pop", "character_end")),
        ],
        "character_end": [
            rule(r"'", "sc", "#pop"),
            rule(r".", "err", "#pop"),
            rule(r"\n", "err"),
        ],
        "quasiquotation": [
            rule(r"\|\]", "o", "#pop"),
            rule(r"[^|]+", ""),
            rule(r"\|", ""),
        ],
        "string": [
            rule(r'"', "s", "#pop"),
            rule(r"\\", "se", "escape"),
            rule(r'[^\\"]+', "s"),
        ],
        "escape": [
            rule(r"[abfnrtv\"'&\\]", "se", "#pop"),
            rule(r"\^[\]\[A-Z@^_]", "se", "#pop"),
            rule(_ASCII_ESCAPES, "se", "#pop"),
            rule(r"[oO][0-7]+", "se", "#pop"),
            rule(r"[xX][\da-fA-F]+", "se", "#pop", flags=_A),
            rule(r"\d+", "se", "#pop", flags=_A),
            rule(r"\s+\\", "se", "#pop", flags=_A),
            rule(r"\n", "err"),
        ],
        "comment": _comment_state("cm"),
        "comment_preproc": _comment_state("cp"),
    }
)

"""Java tokens as rouge 3.30 classifies them (black-box probed; see rouge_lexer).

Rouge writes every bracket and ``;`` as an operator, capitalised words as classes (``nc``)
or constants (``no``), the word after a dot as an attribute (``na``) and a name before
``(`` after a type as a function (``nf``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from homepage_gen.render.rouge_lexer import Lexer, Token, _Run, bygroups, rule, words

__all__ = ["LEXER"]

_KEYWORDS = words(
    "assert break case catch continue default do else finally for if goto instanceof new return switch this throw try "
    "while"
)
_DECLARATIONS = words(
    "abstract const enum extends final implements native private protected public static strictfp super synchronized "
    "throws transient volatile"
)
_TYPES = words("boolean byte char double float int long short var void")
_ID = r"[^\W\d]\w*"
_DIGIT = r"(?:[0-9]_+[0-9]|[0-9])"
_HEX = r"(?:[0-9a-fA-F]_+[0-9a-fA-F]|[0-9a-fA-F])"


def _method(m: re.Match[str], run: _Run) -> Iterator[Token]:
    yield from run.lexer.tokens(m.group(1))
    yield "nf", m.group(2)
    if m.group(3):
        yield "", m.group(3)
    yield "o", m.group(4)


LEXER = Lexer(
    {
        "root": [
            rule(r"[^\S\n]+", ""),
            rule(r"//[^\n]*", "c1"),
            rule(r"/\*.*?\*/", "cm", flags=re.DOTALL),
            rule(_KEYWORDS, "k"),
            rule(r"(\s*(?:[a-zA-Z_][a-zA-Z0-9_.\[\]<>]*\s+)+?)([a-zA-Z_][a-zA-Z0-9_]*)(\s*)(\()", _method),
            rule(rf"@{_ID}", "nd"),
            rule(_DECLARATIONS, "kd"),
            rule(_TYPES, "kt"),
            rule(r"(?:true|false|null)\b", "kc"),
            rule(r"(?:class|interface)\b", "kd", "class"),
            rule(r"(?:import|package)\b", "kn", "import"),
            rule(r'"(?:\\\\|\\"|[^"])*"', "s"),
            rule(r"'(?:\\.|[^\\]|\\u[0-9a-f]{4})'", "sc"),
            rule(rf"(\.)({_ID})", bygroups("o", "na")),
            rule(rf"{_ID}:", "nl"),
            rule(r"[A-Z][A-Z0-9_]*\b", "no"),
            rule(r"[A-Z][a-zA-Z0-9]*\b", "nc"),
            rule(rf"\$?{_ID}", "n"),
            rule(r"[~^*!%&\[\](){}<>|+=:;,./?-]", "o"),
            rule(rf"{_DIGIT}+\.{_DIGIT}+(?:[eE]{_DIGIT}+)?[fd]?", "mf"),
            rule(r"0[bB](?:[01]_+[01]|[01])+", "mb"),
            rule(rf"0[xX]{_HEX}+", "mh"),
            rule(r"0(?:[0-7]_+[0-7]|[0-7])+", "mo"),
            rule(rf"{_DIGIT}+L?", "mi"),
            rule(r"\n", ""),
        ],
        "class": [
            rule(r"\s+", ""),
            rule(_ID, "nc", "#pop"),
        ],
        "import": [
            rule(r"\s+", ""),
            rule(r"[a-zA-Z0-9_.]+\*?", "nn", "#pop"),
        ],
    }
)

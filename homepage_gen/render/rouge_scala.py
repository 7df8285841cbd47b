"""Scala tokens as rouge 3.30 classifies them (black-box probed; see rouge_lexer).

Quirks kept on purpose: any name right before ``(`` is a function (``if (`` too, and
``val (`` in a pattern), a name before ``.member`` is ``nv`` and the member ``py``, a
capitalised name of two or more characters is a class, ``=`` is a keyword except where it
ends a type annotation, and string interpolation is not lexed.
"""

from __future__ import annotations

import re

from homepage_gen.render.rouge_lexer import Lexer, Rule, bygroups, rule

__all__ = ["LEXER"]

_LETTER = r"[a-zA-Z$_\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]"
_UPPER = r"[A-Z$_\u00c0-\u00d6\u00d8-\u00de]"
_OP = r"[-~^*!%&\\<>|+=:/?@\u00a6\u00a7\u00a9\u00ac\u00ae\u00b0\u00b1\u00b6\u00d7\u00f7\u2190-\u21ff]"
_IDREST = rf"{_LETTER}(?:{_LETTER}|[0-9])*(?:(?<=_){_OP}+)?"
_NAME = rf"(?:{_IDREST}|{_OP}+|`[^`]+`)"
_KEYWORDS = (
    r"(?:abstract|case|catch|def|do|else|extends|final|finally|for|forSome|if|implicit|lazy|match|new|override"
    r"|private|protected|requires|return|sealed|super|this|throw|try|val|var|while|with|yield)\b"
    r"|(?:<[%:-]|=>|>:|[#=@_\u21d2\u2190])(?:\b|(?=\s)|$)"
)

_COMMENTS = [
    rule(r"//[^\n]*", "c1"),
    rule(r"/\*", "cm", "comment"),
]


def _root() -> list[Rule]:
    return [
        rule(r"(class|trait|object)(\s+)", bygroups("k", ""), "class"),
        rule(r"[^\S\n]+", ""),
        *_COMMENTS,
        rule(rf"@{_IDREST}", "nd"),
        rule(rf"(def)(\s+)({_NAME})(\s*)", bygroups("k", "", "nf", "")),
        rule(rf"(val)(\s+)({_IDREST}|{_OP}+|`)(\s*)", bygroups("k", "", "nv", "")),
        rule(rf"(this)(\n*)(\.)({_IDREST})", bygroups("k", "", "o", "py")),
        rule(rf"({_IDREST})(\n*)(\.)({_IDREST})", bygroups("nv", "", "o", "py")),
        rule(rf"{_UPPER}{_IDREST}\b", "nc"),
        rule(rf"({_IDREST})(\s*)(\()", bygroups("nf", "", "o")),
        rule(rf"(\.)({_IDREST})", bygroups("o", "py")),
        rule(_KEYWORDS, "k", flags=re.M),
        rule(rf":(?!{_OP})", "k", "type"),
        rule(r"(?:true|false|null)\b", "kc"),
        rule(r"(import|package)(\s+)", bygroups("k", ""), "import"),
        rule(r"(type)(\s+)", bygroups("k", ""), "type"),
        rule(r'""".*?"""(?!")', "s", flags=re.DOTALL),
        rule(r'"(?:\\\\|\\"|[^"])*"', "s"),
        rule(r"'\\\\'|'\\''|'[^\\]'|'\\u[0-9a-fA-F]{4}'", "sc"),
        rule(rf"'{_IDREST}", "ss"),
        rule(_IDREST, "n"),
        rule(r"`[^`]+`", "n"),
        rule(r"\[", "o", "typeparam"),
        rule(r"[(){};,.#`]", "o"),
        rule(rf"{_OP}+", "o"),
        rule(r"(?:[0-9][0-9]*\.[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?[fFdD]?", "mf"),
        rule(r"0x[0-9a-fA-F]+", "mh"),
        rule(r"[0-9]+L?", "mi"),
        rule(r"\n", ""),
    ]


LEXER = Lexer(
    {
        "root": _root(),
        "class": [
            # rouge stays in this state after the type parameters: the next word is a class too
            rule(rf"({_NAME})(\s*)(\[)", bygroups("nc", "", "o"), "typeparam"),
            rule(r"\s+", ""),
            *_COMMENTS,
            rule(r"\{", "o", "#pop"),
            rule(r"\(", "o", "#pop"),
            rule(_NAME, "nc", "#pop"),
        ],
        "type": [
            rule(r"\s+", ""),
            *_COMMENTS,
            rule(r"<[%:]|>:|[#_]|\bforSome\b|\btype\b", "k"),
            rule(r"([,);}]|=>|=|\u21d2)(\s*)", bygroups("o", ""), "#pop"),
            rule(r"[({]", "o", "#push"),
            rule(rf"({_NAME}(?:\.{_NAME})*)(\s*)(\[)", bygroups("kt", "", "o"), ("#pop", "typeparam")),
            rule(rf"({_NAME}(?:\.{_NAME})*)([^\S\n]*)$", bygroups("kt", ""), "#pop", flags=re.M),
            rule(rf"\.|{_NAME}", "kt"),
        ],
        "typeparam": [
            rule(r"[\s,]+", ""),
            rule(r"<[%:]|=>|>:|[#_\u21d2]|\bforSome\b|\btype\b", "k"),
            rule(r"[\])}]", "o", "#pop"),
            rule(r"[(\[{]", "o", "#push"),
            rule(rf"\.|{_NAME}", "kt"),
        ],
        "comment": [
            rule(r"[^/*]+", "cm"),
            rule(r"/\*", "cm", "#push"),
            rule(r"\*/", "cm", "#pop"),
            rule(r"[*/]", "cm"),
        ],
        "import": [
            rule(rf"(?:{_IDREST}|\.)+", "nn", "#pop"),
        ],
    }
)

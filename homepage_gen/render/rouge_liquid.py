"""Liquid tokens as rouge 3.30 classifies them (black-box probed; see rouge_lexer).

``{%`` ``{{`` and their closers are ``p`` (``-`` forms too), whitespace inside a tag is ``w``.
Control tags (``if elsif else unless case when`` and ``endif endunless endcase``) are ``kr``,
every other tag name ``nt``. ``raw`` bodies stay plain, ``comment`` bodies are ``c``.
Expressions (``{{ }}``, conditions, ``assign``) split dotted names into ``nv`` ``p`` ``nv``
with ``.size/.first/.last`` as ``nf`` and ``forloop.…`` one ``nb``; filter names are ``nf``.
``for`` and unknown tags are laxer: ``for``'s collection is one ``nv`` and their options
(``limit:5``, ``a=b``) are ``na`` + ``o`` followed by mostly plain text. Inside a tag a line
break is an error except right after ``{%``/``{{`` or a ``|``.
"""

from __future__ import annotations

from homepage_gen.render.rouge_lexer import Lexer, Rule, bygroups, rule

__all__ = ["LEXER"]

_WS = rule(r"[ \t]+", "w")
_TAG_END = rule(r"-?%\}", "p", "#pop")
_OUT_END = rule(r"-?\}\}", "p", "#pop")
_STRINGS = [rule(r"'[^']*'", "s1"), rule(r'"[^"]*"', "s2")]  # rouge swaps the quote classes
_NUMBERS = [rule(r"[0-9]+\.[0-9]+", "mf"), rule(r"[0-9]+", "mi")]
_CONSTANTS = rule(r"(?:true|false|nil)(?![\w-])", "kc")
_NAME = r"[a-zA-Z_][\w-]*"
# What a {{ }} or condition value can hold.
_EXPR = [
    *_STRINGS,
    *_NUMBERS,
    rule(r"-", "o"),
    _CONSTANTS,
    rule(r"(?:empty|blank)(?![\w-])", "nb"),
    rule(r"forloop\.[\w.-]+", "nb"),
    rule(rf"{_NAME}\??", "nv"),
    rule(r"(\.)(size|first|last)(?![\w-])", bygroups("p", "nf")),
    rule(r"\.(?=[a-zA-Z_])", "p"),
    rule(r"[\[\]]", "p"),
]
_FILTER = r"(\|)(\s*)([a-zA-Z_][\w-]*)"
# A filter's arguments: named ones are na + o, a comma is p, anything else plain.
_FILTER_ARGS = [
    _WS,
    rule(_FILTER, bygroups("p", "w", "nf")),
    rule(r":", "p"),
    rule(r",", "p"),
    rule(rf"({_NAME})([ \t]*)([=:])", bygroups("na", "w", "o")),
    *_EXPR,
]
# Options of unknown tags and of for/tablerow: na + o pairs, numbers and strings; the rest plain.
_MARKUP = [
    _WS,
    _TAG_END,
    rule(r"-+", "o"),
    rule(r"([^\s=:%]+)([ \t]*)([=:])", bygroups("na", "w", "o")),
    *_STRINGS,
    *_NUMBERS,
    _CONSTANTS,
    rule(r",", "p"),
    rule(r"[^\s%]+", ""),
]
# include's file name and parameters: a bare name is nv only when nothing but a space, a
# bracket or the tag's end follows it.
_INCLUDE = [
    _WS,
    _TAG_END,
    rule(r"(\{\{-?)(\s*)", bygroups("p", "w"), "output"),
    *_STRINGS,
    rule(r"([^\s=:%\[\]]+)([ \t]*)([=:])", bygroups("na", "w", "o")),
    _CONSTANTS,
    rule(r"(?:empty|blank)(?![\w-])", "nb"),
    rule(r"-", "o"),
    rule(r"[0-9]+(?=[\s%\[\]]|$)", "mi"),
    rule(rf"{_NAME}(?=[\s%\[\]]|$)", "nv"),
    rule(r"\[", "p", "include_index"),
    rule(r"\]", "p"),
    rule(r"[^\s%\[\]]+", ""),
]
_OPERATORS = rule(r"==|!=|<>|<=|>=|<|>", "o")


def _tag_names() -> list[Rule]:
    ends = r"(?![^\s%])"  # the name is a whole word
    return [
        rule(rf"(if|elsif|unless|case){ends}(\s*)", bygroups("kr", "w"), ("#pop", "condition")),
        rule(rf"(when){ends}(\s*)", bygroups("kr", "w"), ("#pop", "when")),
        rule(r"(else)(\s*)(?=-?%\})", bygroups("kr", "w"), ("#pop", "markup")),
        rule(rf"(endif|endunless|endcase){ends}(\s*)", bygroups("kr", "w"), ("#pop", "markup")),
        rule(r"(raw)(\s*)(-?%\})", bygroups("nt", "w", "p"), ("#pop", "raw")),
        rule(r"(comment)(\s*)(-?%\})", bygroups("nt", "w", "p"), ("#pop", "comment")),
        rule(
            r"(for|tablerow)(\s+)([^\s%]+)(\s+)(in)(\s+)([^\s%,]+)",
            bygroups("nt", "w", "nv", "w", "nt", "w", "nv"),
            ("#pop", "for"),
        ),
        rule(r"(assign)(\s+)([^\s=%]+)(\s*)", bygroups("nt", "w", "nv", "w"), ("#pop", "assign")),
        rule(
            r"(capture|increment|decrement)(\s+)([^\s%]+)(?=\s*-?%\})",
            bygroups("nt", "w", "nv"),
            ("#pop", "markup"),
        ),
        rule(rf"(echo){ends}(\s*)", bygroups("nt", "w"), ("#pop", "expr")),
        rule(rf"(include\w*|render|link){ends}(\s*)", bygroups("nt", "w"), ("#pop", "include")),
        rule(r"(cycle)(\s+)(?:([^\s:%]*)(:))?", bygroups("nt", "w", "na", "p"), ("#pop", "cycle")),
        rule(r"([^\s%]+)(\s*)", bygroups("nt", "w"), ("#pop", "markup")),
    ]


def _body(end: str) -> list[Rule]:
    """The ``{% endX %}`` closing a raw or comment body."""
    return [
        rule(rf"(\{{%-?)(\s*)({end})(\s*)(-?%\}})", bygroups("p", "w", "nt", "w", "p"), "#pop"),
    ]


LEXER = Lexer(
    {
        "root": [
            rule(r"[^{]+", ""),
            rule(r"(\{%-?)(\s*)", bygroups("p", "w"), "tag"),
            rule(r"(\{\{-?)(\s*)", bygroups("p", "w"), "output"),
            rule(r"\{", ""),
        ],
        "tag": _tag_names(),
        "raw": [*_body("endraw"), rule(r"[^{]+", ""), rule(r"\{", "")],
        "comment": [*_body("endcomment"), rule(r"[^{]+", "c"), rule(r"\{", "c")],
        "output": [_WS, _OUT_END, rule(_FILTER, bygroups("p", "w", "nf"), "output_filter"), *_EXPR],
        "output_filter": [rule(r"-?\}\}", "p", "#pop:2"), *_FILTER_ARGS, rule(r"\S", "")],
        "expr": [_WS, _TAG_END, rule(_FILTER, bygroups("p", "w", "nf"), "expr_filter"), *_EXPR],
        "expr_filter": [rule(r"-?%\}", "p", "#pop:2"), *_FILTER_ARGS, rule(r"[^\s%]", "")],
        "assign": [_WS, _TAG_END, rule(r"=", "o", ("#pop", "expr"))],
        "condition": [
            _WS,
            _TAG_END,
            _OPERATORS,
            rule(r"(?:and|or|contains)\b", "ow"),
            *_EXPR,
        ],
        "when": [_WS, _TAG_END, *_EXPR],
        "for": [rule(r"reversed\b", "na"), *_MARKUP],
        "markup": _MARKUP,
        "cycle": [_WS, _TAG_END, *_STRINGS, *_NUMBERS, _CONSTANTS, rule(r",", "p"), rule(_NAME, "nv")],
        "include": _INCLUDE,
        "include_index": [rule(r"\]", "p", "#pop"), *_INCLUDE],
    }
)

"""SCSS tokens as rouge 3.30 classifies them (black-box probed; see rouge_lexer).

Rouge's SCSS keeps no nesting: ``{``, ``;`` and ``}`` end a selector or a value and go back to
the top state, which decides what comes next. A declaration is recognised by lookahead (a name,
``:`` and no lower-case letter right after it); otherwise the text is a selector, so
``a{b:c}`` reads ``b:c`` as a tag and a pseudo-class. Property names rouge knows (CSS's table)
are ``nl``, others ``na``. In values numbers split at the dot (``2`` ``m``, ``.5em`` ``mi``),
value words use CSS's builtin and colour tables, ``//`` and ``/*`` are operators, and
double-quoted strings are ``s2``, single-quoted ``s1``. Words are ASCII only.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from homepage_gen.render.rouge_css import _BUILTINS, _COLORS, _PROPERTIES
from homepage_gen.render.rouge_lexer import Action, Lexer, Next, Rule, Token, _Run, rb_compile

__all__ = ["LEXER"]


def _rule(pattern: str, action: Action, nxt: Next = None, flags: int = 0) -> Rule:
    """A rule whose \\w, \\s and \\d are ASCII-only, as in rouge's SCSS."""
    return Rule(rb_compile(pattern, flags, ascii_word=True), action, nxt)


def _word(m: re.Match[str], run: _Run) -> Iterator[Token]:
    word = m.group()
    yield ("no" if word in _COLORS else "nb" if word in _BUILTINS else "n"), word


def _property(m: re.Match[str], run: _Run) -> Iterator[Token]:
    yield ("nl" if m.group() in _PROPERTIES else "na"), m.group()


def _interpolated(cls: str) -> list[Rule]:
    """A class, id, placeholder or pseudo-class name after its sigil."""
    return [
        _rule(r"[\w-]+", cls),
        _rule(r"#\{", "si", "interpolation"),
        _rule(r"", "", "#pop"),
    ]


_VALUE = [
    _rule(r"\s+", ""),
    _rule(r"\$[\w-]+", "nv"),
    _rule(r"url\(", "sx", "string_url"),
    _rule(r"[a-z_-][\w-]*(?=\s*\()", "nf", flags=re.I),
    _rule(r"%[\w-]+", "nd"),
    _rule(r"(?:true|false)\b", "bp"),
    _rule(r"(?:and|or|not)\b", "ow"),
    _rule(r"[a-zA-Z_][\w-]*", _word),
    _rule(r"#\{", "si", "interpolation"),
    _rule(r"#[a-z0-9]{1,6}", "mh", flags=re.I),
    _rule(r"-?\d+(?:%|[a-z]+)?", "m"),
    _rule(r"-?\d*\.\d+(?:%|[a-z]+)?", "mi"),
    _rule(r"[~^*!&%<>|+=@:,./?-]+", "o"),
    _rule(r"[\[\]()]+", "p"),
    _rule(r'"', "s2", "string_double"),
    _rule(r"'", "s1", "string_single"),
    _rule(r"[;{}]", "p", "#reset"),
]

_SELECTOR = [
    _rule(r"\s+", ""),
    _rule(r":", "nd", "pseudo"),
    _rule(r"\.", "nc", "class"),
    _rule(r"#\{", "si", "interpolation"),
    _rule(r"#", "nn", "id"),
    _rule(r"%", "nv", "placeholder"),
    _rule(r"[\w-]+", "nt"),
    _rule(r"&", "k"),
    _rule(r"[;{}]", "p", "#reset"),
    _rule(r"[~^*!\[\]()<>|+=@,./?-]", "o"),
    _rule(r'"', "s2", "string_double"),
    _rule(r"'", "s1", "string_single"),
]


def _string(quote: str, cls: str, stop: str) -> list[Rule]:
    return [
        _rule(rf"(?:\\.|#(?=[^\n{{])|[^\n{stop}#])+", cls),
        _rule(r"#\{", "si", "interpolation"),
        _rule(re.escape(quote), cls, "#pop"),
    ]


LEXER = Lexer(
    {
        "root": [
            _rule(r"\s+", ""),
            _rule(r"//[^\n]*", "c1"),
            _rule(r"/\*.*?\*/", "cm", flags=re.S),
            _rule(r"@import\b", "k", "value"),
            _rule(r"@for\b", "k", "for"),
            _rule(r"@(?:debug|warn|if|each|while|else|return|media)", "k", "value"),
            _rule(r"(@mixin|@function)(\s+)([\w-]+)", ("k", "", "nf"), "value"),
            _rule(r"(@include)(\s+)([\w-]+)", ("k", "", "nd"), "value"),
            _rule(r"@[\w-]+", "k", "selector"),
            _rule(r"(\$[\w-]+)([ \t]*)(:)", ("nv", "", "p"), "value"),
            _rule(r"&", "k", "selector"),
            _rule(r"(?=[^;{}][;}])", "", "attr"),
            _rule(r"(?=[^;{}:\[]+:[^a-z])", "", "attr"),
            _rule(r"", "", "selector"),
        ],
        "attr": [
            _rule(r"[\w-]+", _property),
            _rule(r"#\{", "si", "interpolation"),
            _rule(r"([ \t]*)(:)", ("", "p"), ("#pop", "value")),
        ],
        "value": _VALUE,
        "for": [_rule(r"from|to|through", "ow"), *_VALUE],
        "interpolation": [_rule(r"\}", "si", "#pop"), *_VALUE],
        "selector": _SELECTOR,
        "pseudo": _interpolated("nd"),
        "class": _interpolated("nc"),
        "id": _interpolated("nn"),
        "placeholder": _interpolated("nv"),
        "string_double": _string('"', "s2", '"'),
        "string_single": _string("'", "s1", "'"),
        "string_url": [
            _rule(r"(?:\\.|#(?=[^\n{])|[^\n#)])+", "sx"),
            _rule(r"#\{", "si", "interpolation"),
            _rule(r"\)", "sx", "#pop"),
        ],
    }
)

"""Python tokens as rouge 3.30 classifies them (black-box probed; see rouge_lexer).

Rouge differs from Pygments here in many small ways: ``print``/``exec`` are keywords,
``self``/``True``/``None`` are ``bp``, every string is ``s`` (docstrings too) with an ``sa``
prefix, dots and ``:`` are punctuation, ``@`` is an operator, a comment keeps its line
break, and names after a dot are classified like any other name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from homepage_gen.render.rouge_lexer import Lexer, Token, _Run, bygroups, rule, wordset

__all__ = ["LEXER"]

_KEYWORDS = wordset(
    """as assert async await break class continue def del elif else except exec finally for from
    global if import lambda nonlocal pass print raise return try while with yield"""
)
_WORD_OPERATORS = wordset("and in is not or")
_PSEUDO = wordset("Ellipsis False None True self")
_BUILTINS = wordset(
    """ArithmeticError AssertionError AttributeError BaseException BlockingIOError BrokenPipeError
    BufferError BytesWarning ChildProcessError ConnectionAbortedError ConnectionError
    ConnectionRefusedError ConnectionResetError DeprecationWarning EOFError EnvironmentError
    Exception FileExistsError FileNotFoundError FloatingPointError FutureWarning GeneratorExit
    IOError ImportError ImportWarning IndentationError IndexError InterruptedError
    IsADirectoryError KeyError KeyboardInterrupt LookupError MemoryError ModuleNotFoundError
    NameError NotADirectoryError NotImplemented NotImplementedError OSError OverflowError
    PendingDeprecationWarning ProcessLookupError RecursionError ReferenceError ResourceWarning
    RuntimeError RuntimeWarning StandardError StopAsyncIteration StopIteration SyntaxError
    SyntaxWarning SystemError SystemExit TabError TimeoutError TypeError UnboundLocalError
    UnicodeDecodeError UnicodeEncodeError UnicodeError UnicodeTranslateError UnicodeWarning
    UserWarning VMSError ValueError Warning WindowsError ZeroDivisionError __import__ abs all any
    apply ascii basestring bin bool buffer bytearray bytes callable chr classmethod cmp coerce
    compile complex delattr dict dir divmod enumerate eval execfile exit file filter float format
    frozenset getattr globals hasattr hash hex id input int intern isinstance issubclass iter len
    list locals long map max memoryview min next object oct open ord pow property range raw_input
    reduce reload repr reversed round set setattr slice sorted staticmethod str sum super tuple
    type unichr unicode vars xrange zip"""
)


def _name_class(word: str) -> str:
    if word in _KEYWORDS:
        return "k"
    if word in _WORD_OPERATORS:
        return "ow"
    if word in _PSEUDO:
        return "bp"
    if word in _BUILTINS:
        return "nb"
    return "n"


def _name(m: re.Match[str], run: _Run) -> Iterator[Token]:
    yield _name_class(m.group()), m.group()


_IDENT = r"[^\W\d]\w*"
# A string's prefix decides its kind: raw strings have no escapes, f-strings interpolate,
# byte strings know fewer escapes.
_ESCAPE_COMMON = r"\\(?:[\\abfnrtv\"'\n]|x[0-9a-fA-F]{2}|[0-7]{1,3}"
_ESCAPE = _ESCAPE_COMMON + r"|N\{[^}\n]*\}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8})"
_ESCAPE_BYTES = _ESCAPE_COMMON + ")"


def _string_state(quote: str, raw: bool, fmt: bool, byte: bool) -> list:
    q = re.escape(quote)
    first = re.escape(quote[0])
    rules = [rule(q, "s", "#pop")]
    if not raw:
        rules.append(rule(_ESCAPE_BYTES if byte else _ESCAPE, "se"))
    if fmt:
        rules += [rule(r"\{\{|\}\}", "s"), rule(r"\{", "si", "fstring_code")]
    body = r"\\.?" if raw else r"\\"
    stop = r"{}\\" if fmt else r"\\"
    rules += [
        rule(rf"[^{stop}{first}]+", "s"),
        rule(body, "s", flags=re.DOTALL),
        rule(first, "s"),
        rule(r"[{}]", "s"),
    ]
    return rules


def _string_states() -> dict[str, list]:
    states: dict[str, list] = {}
    for quote in ("'''", '"""', "'", '"'):
        for raw in (False, True):
            for fmt in (False, True):
                for byte in (False, True):
                    states[_state_name(quote, raw, fmt, byte)] = _string_state(quote, raw, fmt, byte)
    return states


def _state_name(quote: str, raw: bool, fmt: bool, byte: bool) -> str:
    return f"str{quote}{'r' if raw else ''}{'f' if fmt else ''}{'b' if byte else ''}"


def _string_open(m: re.Match[str], run: _Run) -> Iterator[Token]:
    prefix, quote = m.group(1), m.group(2)
    lower = prefix.lower()
    run.stack.append(_state_name(quote, "r" in lower, "f" in lower, "b" in lower))
    if prefix:
        yield "sa", prefix
    yield "s", quote


_NUMBERS = [
    rule(r"0[xX](?:_?[0-9a-fA-F])+", "mh"),
    rule(r"0[oO](?:_?[0-7])+", "mo"),
    rule(r"0[bB](?:_?[01])+", "mb"),
    rule(r"\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?(?:[eE][+-]?\d+)?|[eE][+-]?\d+)[jJ]?|\d(?:_?\d)*[jJ]", "mf"),
    rule(r"\d+L", "il"),
    rule(r"\d(?:_?\d)*", "mi"),
]

_CODE = [
    rule(r"\s+|\\\n", ""),
    rule(r"#[^\n]*\n?", "c1"),
    rule(r"(def)(\s+)", bygroups("k", ""), "funcname"),
    rule(r"(class)(\s+)", bygroups("k", ""), "classname"),
    rule(r"(from)(\s+)([\w.]+)(\s+)(import)\b", bygroups("kn", "", "nn", "", "kn")),
    rule(r"(import)(\s+)([\w.]+)", bygroups("kn", "", "nn")),
    rule(r"([rRuUbBfF]{0,2})('''|\"\"\"|'|\")", _string_open),
    rule(_IDENT, _name),
    *_NUMBERS,
    rule(r"`[^`]*`", "sb"),
    rule(r"!=|<>|->|[-+*/%&|^~<>=@]", "o"),
    rule(r"[()\[\]{},;:.]", "p"),
]

LEXER = Lexer(
    {
        "root": _CODE,
        "funcname": [rule(_IDENT, "nf", "#pop")],
        "classname": [rule(_IDENT, "nc", "#pop")],
        # Inside an f-string's braces: code, with the braces and conversions marked ``si``.
        "fstring_code": [
            rule(r"\}", "si", "#pop"),
            rule(r"\{", "si", "#push"),
            rule(r"![rsa]|:", "si"),
            *_CODE,
        ],
        **_string_states(),
    }
)

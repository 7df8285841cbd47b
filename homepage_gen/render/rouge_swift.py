"""Swift tokens as rouge 3.30 classifies them (black-box probed; see rouge_lexer).

``let``/``var`` are plain keywords and name a variable (``nv``); a name before ``(`` is a
function, or a type when capitalised; a name before ``:`` is ``nv``; other capitalised
names are types (``kt``); ``?`` and brackets are punctuation; ``#endif``-style directives
are ``cp`` only at the start of a line; ``\\( … )`` in strings is lexed as code.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from homepage_gen.render.rouge_lexer import Lexer, Token, _Run, bygroups, rule, wordset

__all__ = ["LEXER"]

_ID = r"(?:_|[^\W\d])\w*"
_KEYWORDS = wordset(
    """break case continue default do else fallthrough if in for return switch where while try catch
    throw guard defer repeat as dynamicType is new super self Self Type __COLUMN__ __FILE__
    __FUNCTION__ __LINE__ associativity didSet get infix inout mutating none nonmutating operator
    override postfix precedence prefix set unowned weak willSet throws rethrows precedencegroup
    let var"""
)
_DECLARATIONS = wordset(
    """class deinit enum convenience extension final func import init internal lazy optional private
    protocol public required static struct subscript typealias dynamic indirect associatedtype
    open fileprivate some"""
)
_CONSTANTS = wordset("true false nil")


def _name(m: re.Match[str], run: _Run) -> Iterator[Token]:
    word = m.group()
    if word in _KEYWORDS:
        yield "k", word
    elif word in _DECLARATIONS:
        yield "kd", word
    elif word in _CONSTANTS:
        yield "kc", word
    elif word[0].isupper():
        yield "kt", word
    else:
        yield "n", word


def _call(m: re.Match[str], run: _Run) -> Iterator[Token]:
    word = m.group()
    yield ("kt" if word[0].isupper() else "nf"), word


_WHITESPACE = [
    rule(r"\s+", "", flags=re.ASCII),
    rule(r"//[^\n]*", "c1"),
    rule(r"/[*]", "cm", "nested_comment"),
]

_ROOT = [
    *_WHITESPACE,
    rule(r"\$(?:(?:[1-9]\d*)?\d)", "nv"),
    rule(rf"\${_ID}", "n"),
    rule(r"[()\[\]{}:;,?\\]", "p"),
    rule(r"[-/=+*%<>!&|^.~]+", "o"),
    rule(r'@?"', "s", "dq"),
    rule(r"'(?:\\.|.)'", "sc"),
    rule(r"(?:\d+(?:_\d+)*\*|(?:\d+(?:_\d+)*)*\.\d+(?:_\d)*)(?:[eE][+-]?\d+(?:_\d)*)?", "mf", flags=re.ASCII),
    rule(r"\d+[eE][+-]?[0-9]+", "mf", flags=re.ASCII),
    rule(r"0_?[0-7]+(?:_[0-7]+)*", "mo"),
    rule(r"0x[0-9A-Fa-f]+(?:_[0-9A-Fa-f]+)*", "mh"),
    rule(r"0b[01]+(?:_[01]+)*", "mb"),
    rule(r"\d+(?:_\d+)*", "mi", flags=re.ASCII),
    rule(rf"@{_ID}", "kd"),
    rule(r"(?:private|internal|fileprivate|public|open)\([ ]*\w+[ ]*\)", "kd"),
    rule(r"unowned\([ ]*\w+[ ]*\)", "k"),
    rule(r"#available\([^)]+\)", "kd"),
    rule(r"#(?:line|file|column|function|dsohandle)\b", "kd"),
    rule(rf"(let|var)\b(\s*)({_ID})", bygroups("k", "", "nv")),
    rule(r"(let|var)\b(\s*)(\()", bygroups("k", "", "p"), "tuple"),
    rule(rf"(?!\b(?:if|while|for|private|internal|unowned|switch|case)\b)\b{_ID}(?=[?!]?\s*\()", _call),
    rule(r"as[?!]?(?=\s)", "k"),
    rule(r"try!?(?=\s)", "k"),
    rule(rf"(#?(?!default)(?![A-Z]){_ID})(\s*)(:)", bygroups("nv", "", "p")),
    rule(_ID, _name),
    rule(rf"`{_ID}`", "n"),
]

LEXER = Lexer(
    {
        "root": [
            rule(r"\n\s*", "", "bol"),
            *_ROOT,
        ],
        "bol": [
            rule(r"[ \t]+", ""),
            rule(r"#(?:if|elseif|else|endif)\b[^\n]*", "cp", "#pop"),
            rule("", "", "#pop"),
        ],
        "nested_comment": [
            rule(r"[^*/]+", "cm"),
            rule(r"/[*]", "cm", "#push"),
            rule(r"[*]/", "cm", "#pop"),
            rule(r"[*/]", "cm"),
        ],
        "tuple": [
            rule(rf"{_ID}", "nv"),
            rule(r",", "p"),
            rule(r"\s+", ""),
            rule(r"\)", "p", "#pop"),
        ],
        "dq": [
            rule(r'\\[\\0tnr"\']', "se"),
            rule(r"\\[(]", "se", "interp"),
            rule(r"\\u\{[0-9a-fA-F]{1,8}\}", "se"),
            rule(r'[^\\"]+', "s"),
            rule(r'"', "s", "#pop"),
        ],
        "interp": [
            rule(r"[(]", "p", "interp_inner"),
            rule(r"[)]", "se", "#pop"),
            *_ROOT,
        ],
        "interp_inner": [
            rule(r"[(]", "p", "#push"),
            rule(r"[)]", "p", "#pop"),
            *_ROOT,
        ],
    }
)


class _SwiftLexer(Lexer):
    """Text starts at a line start, where a ``#if`` directive may stand."""

    def tokens(self, code: str, state: str = "bol") -> list[Token]:
        return super().tokens(code, state)


LEXER = _SwiftLexer(LEXER.states)

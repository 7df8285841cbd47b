"""R tokens as rouge 3.30 classifies them (black-box probed; see rouge_lexer).

Whitespace is ``w``; only R's primitive functions are ``nf`` (and only right before ``(``),
other calls are plain names; a minus sign belongs to the number after it; ``#'`` starts a
documentation comment.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from homepage_gen.render.rouge_lexer import Lexer, Token, _Run, rule, wordset

__all__ = ["LEXER"]

_KEYWORDS = wordset("if else for while repeat in next break function")
_CONSTANTS = wordset("TRUE FALSE NULL NA NA_integer_ NA_real_ NA_character_ NA_complex_ Inf NaN")
_BUILTINS = wordset("T F pi LETTERS letters month.name month.abb")
_PRIMITIVES = wordset(
    """abs all any anyNA Arg as.call as.character as.complex as.double as.environment as.integer
    as.logical as.numeric as.raw asin asinh atan atanh attr attributes baseenv browser c call
    ceiling class Conj cos cosh cospi cummax cummin cumprod cumsum digamma dim dimnames emptyenv
    exp expression floor forceAndCall gamma gc.time globalenv Im interactive invisible is.array
    is.call is.character is.complex is.double is.environment is.finite is.function is.infinite
    is.integer is.language is.list is.logical is.matrix is.na is.name is.nan is.null is.numeric
    is.object is.pairlist is.raw is.single is.symbol lazyLoadDBfetch length lgamma list log max
    min missing Mod names nargs nzchar oldClass on.exit pos.to.env proc.time prod quote range Re
    rep retracemem return round seq_along seq_len seq.int sign signif sin sinh sinpi sqrt
    standardGeneric substitute sum switch tan tanh tanpi tracemem trigamma trunc unclass
    untracemem UseMethod xtfrm"""
)


def _name(m: re.Match[str], run: _Run) -> Iterator[Token]:
    word = m.group()
    if word in _KEYWORDS:
        cls = "k"
    elif word in _CONSTANTS:
        cls = "kc"
    elif word in _BUILTINS:
        cls = "nb"
    elif word in _PRIMITIVES and run.code.startswith("(", m.end()):
        cls = "nf"
    else:
        cls = "n"
    yield cls, word


LEXER = Lexer(
    {
        "root": [
            rule(r"\s+", "w"),
            rule(r"#'[^\n]*", "cd"),
            rule(r"#[^\n]*", "c1"),
            rule(r"'(?:\\.|[^'\\])*'", "s1", flags=re.DOTALL),
            rule(r'"(?:\\.|[^"\\])*"', "s2", flags=re.DOTALL),
            rule(r"`[^`]*`", "n"),
            rule(r"0[xX][0-9a-fA-F]+L?", "mh"),
            rule(r"-?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?[Li]?", "m"),
            rule(r"[a-zA-Z.][\w.]*", _name),
            # "<-" right before a digit is "<" and a negative number
            rule(r"<<-|->>|<-(?!\.?\d)|->|%[^%\n]*%|&&|\|\||\|>|:::|::|:=|[<>=!]=", "o"),
            rule(r"[-+*/^<>=!&|~$@:?]", "o"),
            rule(r"\[\[|\]\]|[(){}\[\],;]", "p"),
        ],
    }
)

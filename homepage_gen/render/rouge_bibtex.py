"""BibTeX tokens as rouge 3.30 classifies them (black-box probed; see rouge_lexer).

An entry is ``nc`` (``@article``), ``p`` brace, ``nl`` key, then ``na`` fields, ``p`` ``=``
and values: ``s`` strings (nested braces kept inside), ``m`` digits, ``nv`` macro names,
``p`` ``#``. ``@comment`` alone is ``c`` and anything outside an entry is ``c`` to the end
of its line. Names are ASCII only (``tïtle`` is ``na`` ``t`` + error ``ïtle``); a closing
``)`` may end an entry opened with ``{`` and the other way round. Letter case is ignored.
"""

from __future__ import annotations

import re

from homepage_gen.render.rouge_lexer import Lexer, Rule, rb_compile

__all__ = ["LEXER"]

_FLAGS = re.IGNORECASE | re.ASCII
_CHARS = r"@!$&*+\-./:;<>?\[\\\]^`|~"
_IDENTIFIER = rf"[a-z_{_CHARS}][\w{_CHARS}]*"
_END = rf"(?![\w{_CHARS}])"  # a whole name: ``@commentary`` is an entry type


def _rule(pattern: str, action: str, nxt: str | tuple[str, ...] | None = None) -> Rule:
    return Rule(rb_compile(pattern, _FLAGS, ascii_word=True), action, nxt)


_BLANK = _rule(r"\s+", "")
_POP = _rule("", "", "#pop")  # nothing else fits: leave the state

LEXER = Lexer(
    {
        "root": [
            _BLANK,
            _rule(f"@comment{_END}", "c"),
            _rule(f"@preamble{_END}", "nc", ("closing-brace", "value", "opening-brace")),
            _rule(f"@string{_END}", "nc", ("closing-brace", "field", "opening-brace")),
            _rule(f"@{_IDENTIFIER}", "nc", ("closing-brace", "command-body", "opening-brace")),
            _rule(".+", "c"),
        ],
        "opening-brace": [_BLANK, _rule(r"[{(]", "p", "#pop")],
        "closing-brace": [_BLANK, _rule(r"[})]", "p", "#pop")],
        "command-body": [_BLANK, _rule(r"[^\s,}]+", "nl", ("#pop", "fields"))],
        "fields": [_BLANK, _rule(",", "p", "field"), _POP],
        "field": [_BLANK, _rule(_IDENTIFIER, "na", ("value", "=")), _POP],
        "=": [_BLANK, _rule("=", "p", "#pop")],
        "value": [
            _BLANK,
            _rule(_IDENTIFIER, "nv"),
            _rule('"', "s", "quoted-string"),
            _rule(r"\{", "s", "braced-string"),
            _rule(r"\d+", "m"),
            _rule("#", "p"),
            _POP,
        ],
        "quoted-string": [
            _rule(r"\{", "s", "braced-string"),
            _rule('"', "s", "#pop"),
            _rule(r'[^{"]+', "s"),
        ],
        "braced-string": [
            _rule(r"\{", "s", "#push"),
            _rule(r"\}", "s", "#pop"),
            _rule(r"[^{}]+", "s"),
        ],
    }
)

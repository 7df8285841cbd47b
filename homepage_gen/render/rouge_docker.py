"""Dockerfile tokens as rouge 3.30 classifies them (black-box probed; see rouge_lexer).

Instructions are ``k`` only at the very start of a line (any letter case) and the rest of that
line is one ``s``; a backslash does not continue it. ``FROM x AS y`` splits into ``k w s w k w
s``. ``RUN`` (or ``ONBUILD RUN``) takes its blanks into the ``k`` and hands the rest of the line,
continued by backslash line breaks (``se`` of their own, even inside a shell comment), to the
shell lexer. ``#`` starts a comment after a blank or
a word, not after other characters; everything else is plain text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from homepage_gen.render.rouge_lexer import Lexer, Rule, Token, _Run, rb_compile, rule
from homepage_gen.render.rouge_shell import shell_stream

__all__ = ["LEXER"]

_FLAGS = re.IGNORECASE | re.MULTILINE
_KEYWORDS = (
    "FROM|MAINTAINER|CMD|LABEL|EXPOSE|ENV|ADD|COPY|ENTRYPOINT|VOLUME|USER|WORKDIR|ARG|STOPSIGNAL|HEALTHCHECK|SHELL"
)


# A RUN command: backslash line breaks (``se``) and the shell code between them, which is
# lexed as one script (a quote may span the break). A piece starts with no backslash: one
# there is an escape of its own (even in a quote); a lone backslash at the end is an error.
_PIECE = rb_compile(r"(\\\n|\\.)|([^\\\n](?:[^\\\n]|\\.)*)|\\")


def _run(m: re.Match[str], run: _Run) -> Iterable[Token]:
    yield ("k", m.group(1))
    shell = shell_stream()
    for piece in _PIECE.finditer(m.group(2)):
        if piece.group(1):
            yield ("se", piece.group(1))
        elif piece.group(2):
            yield from shell.feed(piece.group(2))
        else:
            yield ("err", piece.group())


LEXER = Lexer(
    {
        "root": [
            rule(r"^(FROM)(\s+)(.*)(\s+)(AS)(\s+)(.*)", ("k", "w", "s", "w", "k", "w", "s"), flags=_FLAGS),
            rule(r"^((?:ONBUILD\s+)?RUN\s+)((?:\\[\s\S]?|[^\\\n])*)", _run, flags=_FLAGS),
            rule(rf"^(ONBUILD)(\s+)({_KEYWORDS})(.*)", ("k", "w", "k", "s"), flags=_FLAGS),
            rule(rf"^({_KEYWORDS})\b(.*)", ("k", "s"), flags=_FLAGS),
            rule(r"#[^\n]*", "c"),
            rule(r"\s+", ""),
            Rule(rb_compile(r"\w+", ascii_word=True), ""),  # Ruby's \w is ASCII-only, its \b is not
            # takes a "#" along: ``x-y #c`` has a comment, ``- #c`` does not
            Rule(rb_compile(r"\W+", ascii_word=True), ""),
        ],
    }
)

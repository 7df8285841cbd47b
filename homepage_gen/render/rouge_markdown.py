"""Markdown tokens as rouge 3.30 classifies them (black-box probed; see rouge_lexer).

Line-oriented rules only look at a line's start: ``#`` headings are ``gh`` and ``##``… ``gu``;
setext headings take both lines and the line break (``===`` is ``gu``, ``---`` ``gh``); list
markers, rules and quotes may take leading blank lines. A blank line followed by blank or
indented lines is one ``sb``. Fenced code is ``p`` + the rest of the fence line ``nl``, its
body lexed as that language (plain text without one, one ``sb`` for an unknown one). Inline:
``*``/``_`` emphasis within a line, code spans (across lines), links, HTML tags and entities.
An unmatched ``*``, backtick or backslash is an error.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from homepage_gen.render.rouge_lexer import Lexer, Token, _Run, rule

__all__ = ["LEXER"]

_FENCE_CLOSERS: dict[str, re.Pattern[str]] = {}


def _closer(fence: str) -> re.Pattern[str]:
    pattern = _FENCE_CLOSERS.get(fence)
    if pattern is None:  # a handful of distinct fences per site
        pattern = _FENCE_CLOSERS[fence] = re.compile(rf"^[ \t]*{re.escape(fence)}", re.M)
    return pattern


def _fence(m: re.Match[str], run: _Run) -> Iterator[Token]:
    """A fenced block: the fence, its info line, the body as its language, the closing fence."""
    from homepage_gen.render.highlight import lang_tokens  # highlight imports this module lazily

    indent, fence, info = m.group(1), m.group(2), m.group(3)
    yield from (("", indent), ("p", fence), ("nl", info))
    start = m.end()
    code = run.code
    close = _closer(fence).search(code, start)
    if close is None:
        body, tail, end = code[start:], "", len(code)
    elif close.start() == start:
        body, tail, end = "", close.group(), close.end()
    else:  # the line break before the closing line is not part of the body
        body, tail, end = code[start : close.start() - 1], "\n" + close.group(), close.end()
    lang = info.strip()
    if body:
        if not lang:
            yield ("", body)
        else:
            toks = lang_tokens(body, lang)
            yield from [("sb", body)] if toks is None else toks
    if tail:
        closing_indent = tail[: len(tail) - len(fence)]
        yield from (("", closing_indent), ("p", fence))
    run.pos = end


def _link(m: re.Match[str], run: _Run) -> Iterator[Token]:
    """``[text](`` or ``[text][``, whichever comes first: the text runs to the first of them."""
    yield from (("p", m.group(1)), ("nv", m.group(2)), ("p", m.group(3)))
    run.stack.append("url" if m.group(3) == "](" else "ref")


def _front_matter(m: re.Match[str], run: _Run) -> Iterator[Token]:
    """YAML front matter, its fences and the blank lines after it included, lexed as YAML."""
    from homepage_gen.render.rouge_yaml import LEXER as YAML

    yield from YAML.tokens(m.group())


_TITLE = r"\"[^\"]*\"|'[^']*'|\([^)]*\)"

LEXER = Lexer(
    {
        "root": [
            # Front matter: wherever lexing stands (not only at the start), "---" and a line
            # break up to a line "---" and the blank lines after it (the text may end there).
            rule(r"---\s*\n.*?^---\s*(?:\n|\Z)", _front_matter, flags=re.M | re.S),
            rule(r"\\.", "se"),
            rule(r"^[^\n]+\n-{2,}\n", "gh", flags=re.M),
            rule(r"^[^\n]+\n={2,}\n", "gu", flags=re.M),
            rule(r"^([ \t]*)(`{3,}|~{3,})([^\n]*\n)", _fence, flags=re.M),
            rule(r"^#(?!#)[^\n]*", "gh", flags=re.M),
            rule(r"^##[^\n]*", "gu", flags=re.M),
            rule(r"^\s*([-*])(?:\s*\1){2,}\s*$", "p", flags=re.M),
            rule(r"^\s*(?:[*+-]|\d+\.)(?=\s)", "p", flags=re.M),
            rule(r"^\s*>[^\n]*", "gt", flags=re.M),
            rule(r"\n\n(?:(?: {4}|\t)[^\n]*\n|\n)+", "sb"),
            rule(r"(`+)[^`]+\1", "sb"),
            rule(r"^(\s*)(\[)([^\n]*?)(\]:)", ("", "p", "ss", "p"), "def_url", flags=re.M),
            rule(r"(!?\[)([^\n]*?)(\]\(|\]\[)", _link),
            rule(r"\*\*[^\n]*?\*\*", "gs"),
            rule(r"__[^\n]*?__", "gs"),
            rule(r"\*(?:\*\*[^\n]*?\*\*|[^*\n])*\*", "ge"),
            rule(r"_(?:__[^\n]*?__|[^_\n])*_", "ge"),
            rule(r"<!--.*?-->", "c", flags=re.S),
            rule(r"(<)([\w:.-]+)(?=\s)", ("nt", "nt"), "tag"),
            rule(r"<[^\n]*?[^\s<>]+@[^\s<>]+[^\n]*>", "nv"),
            rule(r"<[a-zA-Z][\w+.-]*:[^>\s]*>", "nv"),
            rule(r"</?[\w:.-]+", "nt", "tag"),
            rule(r"&(?:\w+|#\d+|#[xX][0-9a-fA-F]+);", "ni"),
            rule(r"[^\\*`\[<&\n]+", ""),
            rule(r"[\n\[<&]", ""),
        ],
        "url": [
            rule(r"(<)([^>\n]*)(>)", ("nt", "sx", "nt"), ("#pop", "title")),
            rule(r"[^\s)]+", "sx", ("#pop", "title")),
            rule(r"\)", "p", ("#pop", "after")),
            rule(r"", "", "#pop"),
        ],
        "title": [
            rule(r"[ \t]+", ""),
            rule(_TITLE, "nn"),
            rule(r"\)", "p", ("#pop", "after")),
            rule(r"", "", "#pop"),
        ],
        "after": [
            rule(r"([ \t]*)(\[)([^\]\n]*)(\])", ("", "p", "ss", "p"), "#pop"),
            rule(r"", "", "#pop"),
        ],
        "ref": [
            rule(r"[^\]\n]+", "ss"),
            rule(r"\]", "p", "#pop"),
            rule(r"", "", "#pop"),
        ],
        "def_url": [
            rule(r"[ \t]+", ""),
            rule(r"\S+", "sx", ("#pop", "def_title")),
        ],
        "def_title": [
            rule(r"[ \t]+", ""),
            rule(_TITLE, "nn"),
            rule(r"", "", "#pop"),
        ],
        "tag": [
            rule(r"\s+", ""),
            rule(r"[\w:.-]+\s*=\s*", "na", "value"),
            rule(r"[\w:.-]+", "na"),
            rule(r"/?>", "nt", "#pop"),
        ],
        "value": [rule(r"\"[^\"]*\"|'[^']*'|[^\s>]+", "s", "#pop")],
    }
)

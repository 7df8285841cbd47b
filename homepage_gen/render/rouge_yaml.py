"""YAML tokens as rouge 3.30 classifies them (black-box probed; see rouge_lexer).

Rouge's YAML lexer tracks indentation (to know where block scalars and multi-line plain
scalars end) much like Pygments' does, but names tokens differently: keys are ``na``,
indicators ``pi``, plain and block scalars ``s``; a quoted scalar opens with ``s2``/``s1``
and continues as ``s``; inside a block plain scalar ``true``/``false``/``null`` are ``no`` and
a number ending the line is ``m``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from homepage_gen.render.rouge_lexer import Lexer, Token, _Run, rule

__all__ = ["LEXER"]

_M = re.MULTILINE


class _Indent:
    """The indentation a YAML text has opened (a plain class: a dataclass costs import time)."""

    __slots__ = ("block_scalar", "indent", "next", "saved")

    def __init__(self) -> None:
        self.indent = -1
        self.saved: list[int] = []
        self.next = 0
        self.block_scalar: int | None = None


def _state(run: _Run) -> _Indent:
    ctx = run.ctx.get("yaml")
    if ctx is None:
        ctx = run.ctx["yaml"] = _Indent()
    assert isinstance(ctx, _Indent)
    return ctx


def _reset_indent(cls: str):  # type: ignore[no-untyped-def]
    def action(m: re.Match[str], run: _Run) -> Iterator[Token]:
        run.ctx["yaml"] = _Indent()
        yield cls, m.group()

    return action


def _save_indent(start: bool):  # type: ignore[no-untyped-def]
    """Remember a possible indentation level (``start``: the spaces opening a line)."""

    def action(m: re.Match[str], run: _Run) -> Iterator[Token]:
        ctx, text = _state(run), m.group()
        if start:
            ctx.next = len(text)
            while ctx.next < ctx.indent:  # a shallower line closes the deeper levels
                ctx.indent = ctx.saved.pop()
        else:
            ctx.next += len(text)
        if text:
            yield "", text

    return action


def _open_level(ctx: _Indent) -> None:
    if ctx.indent < ctx.next:
        ctx.saved.append(ctx.indent)
        ctx.indent = ctx.next


def _indicator(m: re.Match[str], run: _Run) -> Iterator[Token]:
    """A block collection indicator (``-``, ``?``, ``:`` opening a line) sets the level."""
    ctx = _state(run)
    _open_level(ctx)
    ctx.next += len(m.group())
    yield "pi", m.group()


def _key(m: re.Match[str], run: _Run) -> Iterator[Token]:
    _open_level(_state(run))
    yield "na", m.group(1)
    yield "pi", m.group(2)


def _block_scalar_header(m: re.Match[str], run: _Run) -> Iterator[Token]:
    ctx = _state(run)
    ctx.block_scalar = None
    if m.group(1):
        ctx.block_scalar = max(ctx.indent, 0) + int(m.group(1))
    if m.group():
        yield "pi", m.group()


def _block_scalar_empty_line(m: re.Match[str], run: _Run) -> Iterator[Token]:
    ctx, text = _state(run), m.group()
    if ctx.block_scalar is None or len(text) <= ctx.block_scalar:
        yield "", text
    else:
        yield "", text[: ctx.block_scalar]
        yield "no", text[ctx.block_scalar :]  # sic: rouge's class for these spaces


def _leave(run: _Run, m: re.Match[str], levels: int) -> None:
    """Leave ``levels`` states without consuming the match."""
    del run.stack[-levels:]
    run.pos = m.start()


def _block_scalar_indent(m: re.Match[str], run: _Run) -> Iterator[Token]:
    ctx, text = _state(run), m.group()
    if ctx.block_scalar is None:
        if len(text) <= max(ctx.indent, 0):
            yield from _end_scalar(m, run)
            return
        ctx.block_scalar = len(text)
    elif len(text) < ctx.block_scalar:
        yield from _end_scalar(m, run)
        return
    if text:
        yield "", text


def _end_scalar(m: re.Match[str], run: _Run) -> Iterator[Token]:
    """A line indented too little for a block or plain scalar ends it. Its indentation is
    read as a block line's, but not from the top: a ``%`` opening it is no directive (an
    error), nor, after a block scalar, a ``---`` or ``...`` a marker (a plain scalar)."""
    run.stack[-1] = "indentation"  # in place of the scalar's state, over its block line
    yield from _save_indent(start=True)(m, run)


def _plain_scalar_indent(m: re.Match[str], run: _Run) -> Iterator[Token]:
    """A plain scalar goes on on a line indented deeper than its level; a line that is not
    ends it and is read as a block line (a ``%`` opening it is no directive)."""
    if len(m.group()) <= max(_state(run).indent, 0):
        run.stack.pop()  # this state; the plain scalar's makes way for the indentation
        yield from _end_scalar(m, run)
        return
    run.stack.pop()
    if m.group():
        yield "", m.group()


_DESCRIPTORS = [
    rule(r"!<[\w#;/?:@&=+$,.!~*'()\[\]%-]+>", "kt"),
    rule(r"!(?:[\w-]+!)?[\w#;/?:@&=+$,.!~*'()\[\]%-]*", "kt"),
    rule(r"&[\w-]+", "nl"),
    rule(r"\*[\w-]+", "nv"),
]
_FLOW_NODES = [
    rule(r"\[", "pi", "flow_sequence"),
    rule(r"\{", "pi", "flow_mapping"),
    rule(r"'", "s1", "single_quoted"),
    rule(r'"', "s2", "double_quoted"),
]
_FLOW_COLLECTION = [
    rule(r"[ ]+|\n+", ""),
    rule(r"#[^\n]*", "c1"),
    rule(r"[?:,]", "pi"),
    *_DESCRIPTORS,
    *_FLOW_NODES,
    rule(r"(?=[^\s?:,\[\]{}#&*!|>'\"%@`])", "", "plain_flow"),
]
_QUOTED_SPACES = [
    rule(r"^[ ]+|[ ]+$|\n+", "", flags=_M),
    rule(r"[ ]+", "nv"),
]

LEXER = Lexer(
    {
        "root": [
            rule(r"[ ]+(?=#|$)|\n+", "", flags=_M),
            rule(r"#[^\n]*", "c1"),
            rule(r"^%YAML(?=[ ]|$)", _reset_indent("nt"), "yaml_directive", flags=_M),
            rule(r"^%TAG(?=[ ]|$)", _reset_indent("nt"), "tag_directive", flags=_M),
            rule(r"^(?:---|\.\.\.)(?=[ ]|$)", _reset_indent("nn"), "block_line", flags=_M),
            rule(r"[ ]*(?!\s|$)", _save_indent(start=True), ("block_line", "indentation"), flags=_M),
        ],
        "ignored_line": [
            rule(r"[ ]+(?=#|$)", "", flags=_M),
            rule(r"#[^\n]*", "c1"),
            rule(r"\n", "", "#pop:2"),
            rule(r"[ ]+", ""),
        ],
        "yaml_directive": [rule(r"([ ]+)([0-9]+\.[0-9]+)", ("", "m"), "ignored_line")],
        "tag_directive": [
            rule(r"([ ]+)(!|![\w-]*!)([ ]+)(!|!?[\w;/?:@&=+$,.!~*'()\[\]%-]+)", ("", "kt", "", "kt"), "ignored_line")
        ],
        "indentation": [
            rule(r"[ ]*$", "", "#pop:2", flags=_M),
            rule(r"[ ]+(?=[?:-](?:[ ]|$))", _save_indent(start=False), flags=_M),
            rule(r"[?:-](?=[ ]|$)", _indicator, flags=_M),
            rule(r"[ ]*", _save_indent(start=False), "#pop"),
        ],
        "block_line": [
            rule(r"[ ]*(?=#|$)", "", "#pop", flags=_M),
            rule(r"[ ]+", ""),
            rule(r"((?:[^#,?\[\]{}\"'\n:]|:(?!\s))+)(:)(?=\s|$)", _key, flags=_M),
            *_DESCRIPTORS,
            rule(r"[|>]", "pi", ("block_scalar", "block_scalar_header")),
            *_FLOW_NODES,
            rule(r"(?=[^\s?:,\[\]{}#&*!|>'\"%@`]|[?:-]\S)", "", "plain_block"),
        ],
        "flow_sequence": [*_FLOW_COLLECTION, rule(r"\]", "pi", "#pop")],
        "flow_mapping": [*_FLOW_COLLECTION, rule(r"\}", "pi", "#pop")],
        "block_scalar": [
            rule(r"\n", ""),
            rule(r"^[ ]+$", _block_scalar_empty_line, flags=_M),
            rule(r"^[ ]*", _block_scalar_indent, flags=_M),
            rule(r"[\S\t ]+", "s"),
        ],
        "block_scalar_header": [
            rule(r"([1-9])?[+-]?(?=[ ]|$)", _block_scalar_header, "ignored_line", flags=_M),
            rule(r"[+-]?([1-9])?(?=[ ]|$)", _block_scalar_header, "ignored_line", flags=_M),
        ],
        "single_quoted": [*_QUOTED_SPACES, rule(r"[^\s']+", "s"), rule(r"'", "s", "#pop")],
        "double_quoted": [
            *_QUOTED_SPACES,
            rule(r"\\[0abt\tn\nvfre \"\\N_LP]|\\(?:x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8})", "se"),
            rule(r"[^\s\"\\]+", "s"),
            rule(r'"', "s", "#pop"),
        ],
        "plain_block_new_line": [
            rule(r"^[ ]+$|\n+", "", flags=_M),
            rule(r"^(?=---|\.\.\.)", "", "#pop:3", flags=_M),
            rule(r"^[ ]*", _plain_scalar_indent, flags=_M),
        ],
        "plain_block": [
            rule(r"[ ]*(?=:[ ]|:$)", "", "#pop", flags=_M),
            rule(r"[ ]+(?=#)", "", "#pop"),
            rule(r"[ ]+$", "", flags=_M),
            rule(r"\n+", "", "plain_block_new_line"),
            rule(r"[ ]+", "s"),
            rule(r"true|false|null", "no"),
            rule(r"\d+(?:\.\d+)?(?=\r?\n|[ ]+#)", "m", "#pop"),  # a number ends the scalar
            rule(r"(?::(?!\s)|[^\s:])+", "s"),
        ],
        "plain_flow": [
            rule(r"[ ]*(?=[,:?\[\]{}])", "", "#pop"),
            rule(r"[ ]+(?=#)", "", "#pop"),
            rule(r"^[ ]+|[ ]+$|\n+", "", flags=_M),
            rule(r"[ ]+", "nv"),
            rule(r"[^\s,:?\[\]{}]+", "nv"),
        ],
    }
)

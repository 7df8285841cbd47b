"""Liquid rendering with Jekyll's tags, on top of python-liquid.

python-liquid's Shopify `include` is replaced by Jekyll's (bare file names,
`key=value` parameters visible as `include.key`, `{{ }}` inside the name), and
Jekyll's `include_relative`, `highlight`, `link`, `post_url`, jekyll-feed's
`feed_meta`, jekyll-gist's `gist` and jekyll-seo-tag's `seo` are added. Output is
stringified the way Ruby prints values.

Every failure becomes a `BuildError` naming the file and line it happened in;
errors inside included files carry the chain of includes in `context`.
"""

from __future__ import annotations

import functools
import os
import re
import stat
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from io import StringIO
from itertools import islice
from pathlib import Path
from typing import Any, TextIO

from liquid import BoundTemplate, Environment, RenderContext, StrictUndefined, Undefined
from liquid.ast import BlockNode, Node
from liquid.builtin.content import ContentNode, Literal
from liquid.builtin.expressions import (
    BooleanExpression,
    Filter,
    FilteredExpression,
    LoopExpression,
    PositionalArgument,
    StringLiteral,
    logical,
    parse_primitive,
    tokenize,
)
from liquid.builtin.expressions import Path as LiquidPath
from liquid.builtin.output import Output, OutputNode
from liquid.builtin.tags.assign_tag import AssignNode, AssignTag
from liquid.builtin.tags.capture_tag import CaptureNode, CaptureTag
from liquid.builtin.tags.echo_tag import EchoNode, EchoTag
from liquid.builtin.tags.for_tag import ForLoop, ForNode, ForTag
from liquid.builtin.tags.if_tag import IfTag
from liquid.builtin.tags.tablerow_tag import TablerowNode, TablerowTag
from liquid.builtin.tags.unless_tag import UnlessTag
from liquid.exceptions import (
    BreakLoop,
    ContextDepthError,
    ContinueLoop,
    FilterArgumentError,
    LiquidError,
    LiquidInterrupt,
    LiquidSyntaxError,
    LoopIterationLimitError,
    OutputStreamLimitError,
    ResourceLimitError,
    StopRender,
    UndefinedError,
    UnknownFilterError,
)
from liquid.expression import Expression
from liquid.lex import _tokenize_template, compile_liquid_rules
from liquid.mode import Mode
from liquid.output import LimitedStringIO
from liquid.parser import get_parser
from liquid.stream import TokenStream
from liquid.tag import Tag
from liquid.token import (
    TOKEN_COLON,
    TOKEN_COMMA,
    TOKEN_CONTENT,
    TOKEN_DOT,
    TOKEN_EOF,
    TOKEN_EXPRESSION,
    TOKEN_OUTPUT,
    TOKEN_PIPE,
    TOKEN_STRING,
    TOKEN_TAG,
    TOKEN_WORD,
    Token,
)
from liquid.undefined import UNDEFINED
from liquid.utils.chain_map import ReadOnlyChainMap

from homepage_gen import JEKYLL_COMPAT_VERSION
from homepage_gen.errors import BuildError, Diagnostics
from homepage_gen.render.filters import (
    is_undefined,
    liquid_standard_filters,
    ruby_join,
    ruby_to_s,
    xml_escape,
)
from homepage_gen.render.seo import render_seo
from homepage_gen.yamlload import read_text

MAX_INCLUDE_DEPTH = 50
MAX_LAX_REWRITES = 50
# Resource bounds of one render (a page, a layout or an excerpt), so that a template
# such as `{% for i in (1..100000000) %}` fails in seconds with its line instead of
# hanging or exhausting memory. Real sites stay far below all of them.
MAX_LOOP_ITERATIONS = 1_000_000  # all `for`/`tablerow` iterations together
MAX_INCLUDES = 10_000  # include tags rendered (exponential include trees)
MAX_OUTPUT_BYTES = 64 * 1024 * 1024  # text written by one render
MAX_LOCALS_BYTES = 64 * 1024 * 1024  # assigned/captured values, as sys.getsizeof counts them
MAX_SEQUENCE_ARGUMENT = 1_000_000  # a range a filter may turn into a list, e.g. `(1..n) | reverse`
MAX_INTEGER_BITS = 14_000  # about the 4300 digits Python prints; `times` in a loop grows numbers

# Jekyll's include markup: a file name, possibly containing `{{ var }}`, then key=value pairs.
_INCLUDE_PARAM = r"""([\w-]+)\s*=\s*(?:"([^"\\]*(?:\\.[^"\\]*)*)"|'([^'\\]*(?:\\.[^'\\]*)*)'|([\w.-]+))"""
_INCLUDE_PARAM_RE = re.compile(_INCLUDE_PARAM)
_INCLUDE_PARAMS_RE = re.compile(rf"\A\s*(?:{_INCLUDE_PARAM}(?=\s|\Z)\s*)*\Z")
_INCLUDE_VARIABLE_RE = re.compile(
    r"(?P<variable>[^{]*(?:\{\{\s*[\w\-.]+\s*(?:\|.*)?\}\}[^\s{}]*)+)(?P<params>.*)", re.S
)
_INCLUDE_NAME_RE = re.compile(r"^[\w/.\-()+~#@]+$")
_INCLUDE_BAD_SEQUENCE_RE = re.compile(r"[./]{2,}")

_HIGHLIGHT_RE = re.compile(r"^([a-zA-Z0-9.+#_-]+)((?:\s+\w+(?:=(?:\w+|\"(?:[0-9]+\s)*[0-9]+\"))?)*)$")
_EDGE_NEWLINES_RE = re.compile(r"\A[\n\r]+|[\n\r]+\Z")
_POST_NAME_RE = re.compile(r"^(.+/)*(\d+-\d+-\d+)-(.*)$")


# --------------------------------------------------------------------------- operators


def _ruby_contains(token: Token, left: object, right: object) -> bool:
    """Ruby Liquid's `contains`: false unless the left side has `include?` (a string, array, hash
    or range), so `0.5 contains "rgba"` is false where python-liquid raises; a string's right side
    is its Ruby `to_s`."""
    if not logical.is_truthy(left) or not logical.is_truthy(right):
        return False
    if isinstance(left, str):
        return ruby_to_s(right) in left
    if isinstance(left, Collection):
        try:
            return right in left
        except TypeError:  # an unhashable key looked up in a hash
            return False
    return False


logical._contains = _ruby_contains  # the operator python-liquid's `contains` expressions call


def _loop_number(expression: LoopExpression, value: Expression | None, context: RenderContext) -> int | None:
    """A `limit:`/`offset:` value as Ruby Liquid reads it: nil (or undefined) means none."""
    if value is None:
        return None
    evaluated = value.evaluate(context)
    if evaluated is None or is_undefined(evaluated):
        return None
    return expression._to_int(evaluated, token=value.token)


def _loop_key(expression: LoopExpression) -> str:
    """The loop's name (`forloop.name`), which also keys its `offset: continue` position."""
    return f"{expression.identifier}-{expression.iterable}"


def _ruby_loop_evaluate(self: LoopExpression, context: RenderContext) -> tuple[Iterator[object], int]:
    """A `for`/`tablerow` collection sliced as Ruby Liquid slices it: items from `offset` (negative
    counts as 0) while their index is below `offset + limit`, so `limit: 0` or a negative limit
    gives no items (python-liquid took 0 as "no limit" and failed on negatives)."""
    return _ruby_loop_slice(self, context, _loop_key(self))


def _ruby_loop_slice(self: LoopExpression, context: RenderContext, key: str) -> tuple[Iterator[object], int]:
    items, length = self._to_iter(self.iterable.evaluate(context), context)
    limit = _loop_number(self, self.limit, context)
    if isinstance(self.offset, StringLiteral) and self.offset.value == "continue":
        start = context.stopindex(key)
    elif isinstance(self.offset, StringLiteral):
        start = self._to_int(self.offset.value, token=self.offset.token)
    else:
        start = _loop_number(self, self.offset, context) or 0
    first = min(max(start, 0), length)
    stop = length if limit is None else min(max(start + limit, 0), length)
    count = max(stop - first, 0)
    context.stopindex(key=key, index=start + count)
    sliced = islice(items, first, first + count)
    if self.reversed:
        return reversed(list(sliced)), count
    return sliced, count


LoopExpression.evaluate = _ruby_loop_evaluate  # type: ignore[method-assign]


def _path_evaluate(self: LiquidPath, context: RenderContext) -> object:
    """python-liquid's `Path.evaluate`, without a new list (and an isinstance against an ABC per
    segment) when no segment is itself a path, as in `page.title`."""
    segments = self.path
    for segment in segments:
        kind = type(segment)
        if kind is not str and kind is not int:
            segments = [s.evaluate(context) if isinstance(s, LiquidPath) else s for s in segments]
            break
    return context.get(segments, token=self.token)


LiquidPath.evaluate = _path_evaluate  # type: ignore[method-assign]


# --------------------------------------------------------------------------- render state


@dataclass
class _Frame:
    """One file being rendered: where its text sits in the real file."""

    path: str
    source: str
    line_offset: int


class _RecountOutput(Exception):  # noqa: N818 (a signal, not an error)
    """A fast render may have passed the output limit: render again, counting bytes exactly."""


class _FastBuffer(StringIO):
    """An output buffer written at C speed, without counting bytes at each write.

    A UTF-8 character is at most 4 bytes, so as long as `tell()` (characters) stays within
    `budget`, the exact count of the bounded buffer (`_OutputBuffer`) could not have passed its
    limit either. `_RenderState.check` compares the two at loop iterations, includes and the
    end of a render; past the budget the whole render is repeated with exact counting, so that
    the error is the one, at the line, that counting at each write reports.
    """

    def __init__(self, budget: int) -> None:
        super().__init__(newline="")
        self.budget = budget


@dataclass
class _RenderState:
    renderer: LiquidRenderer
    source_file: Path | None
    frames: list[_Frame] = field(default_factory=list)
    iterations: int = 0
    includes: int = 0
    # Fast (not byte-counting) buffers of this render still in use, the render's own first;
    # None when this render counts bytes at each write.
    fast_buffers: list[_FastBuffer] | None = None

    @property
    def current(self) -> _Frame:
        return self.frames[-1]

    def check(self, buffer: object) -> None:
        """At a checkpoint: `_RecountOutput` if `buffer`, being fast, may be past its limit."""
        if type(buffer) is _FastBuffer and buffer.tell() > buffer.budget:
            raise _RecountOutput

    def over_budget(self) -> bool:
        return any(buffer.tell() > buffer.budget for buffer in self.fast_buffers or ())

    def before_side_effect(self) -> None:
        """Before a warning, or reading an include: `_RecountOutput` if any fast buffer may be past
        its limit, so that a fast render does nothing an exact one would not have done."""
        if self.over_budget():
            raise _RecountOutput


_STATE_KEY = "homepage_gen"


def _state(context: RenderContext) -> _RenderState:
    return context.tag_namespace[_STATE_KEY]


def _line_col(frame: _Frame, token: Token | None) -> tuple[int | None, int | None]:
    """The file's real line and column of `token`, if it belongs to `frame`."""
    if token is not None and token.kind == TOKEN_EOF and token.start_index < 0:
        # "unexpected end of file": point at the file's last line.
        return frame.source.rstrip("\n").count("\n") + 1 + frame.line_offset, None
    if token is None or token.start_index < 0 or token.source != frame.source:
        return None, None
    before = frame.source[: token.start_index]
    line = before.count("\n") + 1 + frame.line_offset
    col = token.start_index - (before.rfind("\n") + 1) + 1
    return line, col


def _token_line(context: RenderContext, token: Token | None) -> int | None:
    return _line_col(_state(context).current, token)[0]


# --------------------------------------------------------------------------- python-liquid classes


def _locate(err: LiquidError, token: Token) -> LiquidError:
    """Give a resource-limit error raised without a position the tag's token (its line)."""
    if err.token is None:
        err.token = token
    return err


def _ruby_output(value: object) -> str:
    """What Liquid writes for `{{ value }}` under Ruby."""
    kind = type(value)
    if kind is str:  # the common case first (exact types: no drop, no undefined)
        return value  # type: ignore[return-value]
    if kind is int:
        return str(value)
    if value is None:
        return ""
    if is_undefined(value):
        return str(value)  # "" (or an UndefinedError in strict mode)
    if isinstance(value, (list, tuple)):
        return ruby_join(value)
    return ruby_to_s(value)


class _OutputNode(OutputNode):
    __slots__ = ("value", "segments", "root", "keys")

    def __init__(self, token: Token, expression: Expression) -> None:
        super().__init__(token, expression)
        # What is evaluated: a filtered expression without filters is just its left side, and
        # a path of names and indexes only (`page.title`) is looked up directly.
        self.value = expression
        if type(expression) is FilteredExpression and not expression.filters:
            self.value = expression.left
        self.segments = None
        if type(self.value) is LiquidPath and all(type(s) in (str, int) for s in self.value.path):
            self.segments = self.value.path
        # A name, then keys that `_JekyllContext.get` would look up as `obj[key]`: looked up here.
        self.root: str | None = None
        self.keys: tuple[str, ...] | None = None
        segments = self.segments
        if segments and all(type(s) is str for s in segments) and not _ITEM_METHODS.intersection(segments[1:]):
            self.root, self.keys = segments[0], tuple(segments[1:])

    def render_to_output(self, context: RenderContext, buffer: TextIO) -> int:
        try:
            keys = self.keys
            if keys is not None:
                # `_JekyllContext.get` inlined: a miss goes to python-liquid's `get`, as there.
                value = context.scope.find(self.root)  # type: ignore[attr-defined]  (a _Scope)
                try:
                    if value is _MISSING:
                        raise KeyError(self.root)
                    for key in keys:
                        value = value[key]  # type: ignore[index]
                except (KeyError, TypeError, IndexError):
                    value = RenderContext.get(context, self.segments, token=self.value.token)
            elif self.segments is not None:
                value = context.get(self.segments, token=self.value.token)
            else:
                value = self.value.evaluate(context)
            return buffer.write(value if type(value) is str else _ruby_output(value))
        except LiquidError as err:
            raise _locate(err, self.token) from None

    # Node.render checks for disabled tags first: an output statement is never one.
    render = render_to_output  # type: ignore[assignment]


class _Output(Output):
    node_class = _OutputNode

    def parse(self, stream: TokenStream) -> OutputNode:
        # python-liquid's, with the expression's tokens from our stream (see _TokenStream).
        if not isinstance(stream, _TokenStream):
            return super().parse(stream)
        token = stream.eat(TOKEN_OUTPUT)
        tokens = stream.expression_tokens(stream.expect(TOKEN_EXPRESSION))
        return self.node_class(token, FilteredExpression.parse(self.env, TokenStream(tokens)))


class _ContentNode(ContentNode):
    __slots__ = ()

    def render(self, context: RenderContext, buffer: TextIO) -> int:
        # Node.render checks for disabled tags first: template text is never one.
        return buffer.write(self.text)


class _Literal(Literal):
    node_class = _ContentNode


class _EchoNode(EchoNode):
    __slots__ = ()

    def render_to_output(self, context: RenderContext, buffer: TextIO) -> int:
        try:
            return buffer.write(_ruby_output(self.expression.evaluate(context)))
        except LiquidError as err:
            raise _locate(err, self.token) from None


class _EchoTag(EchoTag):
    node_class = _EchoNode


class _TablerowNode(TablerowNode):
    """Ruby writes one empty row for an empty (not nil) collection."""

    __slots__ = ()

    def render_to_output(self, context: RenderContext, buffer: TextIO) -> int:
        state = context.tag_namespace.get(_STATE_KEY)
        if state is not None and state.fast_buffers is not None:
            raise _RecountOutput  # python-liquid's rows have no checkpoint: count at each write
        _, length = self.expression.evaluate(context)
        if not length:
            collection = self.expression.iterable.evaluate(context)
            if collection is None or is_undefined(collection) or collection is False:
                return 0
            return buffer.write('<tr class="row1">\n</tr>\n')
        try:
            return super().render_to_output(context, buffer)
        except ResourceLimitError as err:
            raise _locate(err, self.token) from None


class _ForNode(ForNode):
    """python-liquid's `for`, with the loop's name worked out once, when it is parsed."""

    __slots__ = ("key", "variable")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.key = _loop_key(self.expression)
        # A plain `str` (python-liquid's Identifier hashes and compares in Python).
        self.variable = str(self.expression.identifier)

    def render_to_output(self, context: RenderContext, buffer: TextIO) -> int:
        try:
            return self._render_loop(context, buffer)
        except ResourceLimitError as err:
            raise _locate(err, self.token) from None

    def _render_loop(self, context: RenderContext, buffer: TextIO) -> int:
        # The loop protocol of python-liquid 2.x's `for` (a ForLoop drop in a namespace pushed
        # with context.loop; break/continue as exceptions), with our loop name and, when the
        # block would only render its nodes in turn, the nodes rendered directly. This relies on
        # python-liquid internals: re-check it when upgrading past 2.x (pyproject caps it).
        it, length = _ruby_loop_slice(self.expression, context, self.key)
        if not length:
            return self.default.render(context, buffer) if self.default else 0
        name = self.variable
        forloop = ForLoop(name=self.key, it=it, length=length, parentloop=context.parentloop())
        namespace: dict[str, object] = {"forloop": forloop, name: None}
        block = self.block
        direct = not context.disabled_tags and not (context.env.suppress_blank_control_flow_blocks and block.blank)
        nodes = block.nodes
        # A fast buffer's checkpoint (see _FastBuffer) after each iteration, so a runaway loop stops.
        budget = buffer.budget if type(buffer) is _FastBuffer else None
        character_count = 0
        # python-liquid's `context.loop(namespace, forloop)`, without its two context managers.
        context.raise_for_loop_limit(length)
        loops = context.loops
        loops.append(forloop)
        try:
            _push_scope(context, namespace)
            try:
                # `for item in forloop`, whose `__next__` steps the loop, then takes the next
                # item, with both done here (the loop is stepped once more at the end, as there).
                for item in it:
                    forloop.step()
                    namespace[name] = item
                    try:
                        if direct:
                            for node in nodes:
                                character_count += node.render(context, buffer)
                        else:
                            character_count += block.render(context, buffer)
                    except ContinueLoop:
                        continue
                    except BreakLoop:
                        break
                    finally:
                        if budget is not None and buffer.tell() > budget:
                            raise _RecountOutput
                else:
                    forloop.step()
            finally:
                context.scope.pop()
        finally:
            loops.pop()
        return character_count


class _ForTag(ForTag):
    node_class = _ForNode


class _AssignNode(AssignNode):
    __slots__ = ()

    def render_to_output(self, context: RenderContext, buffer: TextIO) -> int:
        try:
            return super().render_to_output(context, buffer)
        except LiquidError as err:
            raise _locate(err, self.token) from None


class _AssignTag(AssignTag):
    node_class = _AssignNode


class _CaptureNode(CaptureNode):
    __slots__ = ()

    def render_to_output(self, context: RenderContext, buffer: TextIO) -> int:
        state = context.tag_namespace.get(_STATE_KEY)
        fast_buffers = state.fast_buffers if state is not None else None
        mark = len(fast_buffers) if fast_buffers is not None else 0
        try:
            result = super().render_to_output(context, buffer)
        except ResourceLimitError as err:
            raise _locate(err, self.token) from None
        if fast_buffers is not None:  # the captured text is complete: check its buffer, then forget it
            for captured in fast_buffers[mark:]:
                state.check(captured)
            del fast_buffers[mark:]
        return result


class _CaptureTag(CaptureTag):
    node_class = _CaptureNode


class _TablerowTag(TablerowTag):
    node_class = _TablerowNode


_MISSING = object()
_ITEM_METHODS = frozenset({"size", "first", "last"})


class _Scope(ReadOnlyChainMap):
    """python-liquid's chain of namespaces, looked up without an exception per miss in a plain dict."""

    def __init__(self, *maps: Mapping[str, object]) -> None:
        super().__init__(*maps)
        # Empty namespaces python-liquid would have pushed, counted in `size` (see render_with_context).
        self.hidden = 0

    def size(self) -> int:
        return len(self._maps) + self.hidden

    def __getitem__(self, key: str) -> object:
        value = self.find(key)
        if value is _MISSING:
            raise KeyError(key)
        return value

    def find(self, key: str) -> object:
        """The value of `key`, or `_MISSING`."""
        for mapping in self._maps:
            if type(mapping) is dict:
                value = mapping.get(key, _MISSING)
                if value is not _MISSING:
                    return value
                continue
            try:
                return mapping[key]
            except KeyError:
                pass
        return _MISSING


def _push_scope(context: RenderContext, namespace: Mapping[str, object]) -> None:
    """The first half of python-liquid's `context.extend(namespace)` (the caller pops the scope)."""
    if context.scope.size() > context.env.context_depth_limit:
        raise ContextDepthError("maximum context depth reached, possible recursive include", token=None)
    context.scope.push(namespace)


class _OutputBuffer(LimitedStringIO):
    """python-liquid's bounded buffer, counting the UTF-8 bytes of ASCII text without encoding it."""

    def write(self, text: str) -> int:
        if text:
            self.size += len(text) if text.isascii() else len(text.encode("utf-8"))
            if self.size > self.limit:
                raise OutputStreamLimitError("output stream limit reached", token=None)
        return StringIO.write(self, text)


class _JekyllContext(RenderContext):
    """Warns (with file and line) about unknown filters instead of ignoring them silently."""

    __slots__ = ()

    def __init__(self, template: BoundTemplate, **kwargs: Any) -> None:
        super().__init__(template, **kwargs)
        # python-liquid's chain is (locals, globals, builtins, counters). One flat chain instead:
        # the globals' own namespaces (see make_globals) in place of the globals, less the empty
        # ones (a template's matter and globals, never added to).
        maps = self.scope._maps
        if type(self.globals) is _Scope and len(maps) == 4 and maps[1] is self.globals:
            render_args, *others = self.globals._maps
            others = [m for m in others if m or type(m) is not dict]
            self.scope = _Scope(maps[0], render_args, *others, maps[2], maps[3])
        else:
            self.scope = _Scope(*maps)

    def get_item(self, obj: Any, key: Any) -> Any:
        # python-liquid's own lookup, which for a plain string key other than
        # size/first/last comes down to `obj[key]`.
        if type(key) is str and key not in _ITEM_METHODS:
            return obj[key]
        return super().get_item(obj, key)

    def get(self, path: list[object], *, token: Token | None, default: object = UNDEFINED) -> object:
        # A path that resolves is looked up here directly; any miss goes to python-liquid's
        # `get`, which looks it up again (lookups have no side effects that differ the second
        # time) to return its undefined, with its hint, or `default`.
        root = path[0]
        if type(root) is str:
            try:
                obj = self.scope.find(root)  # type: ignore[attr-defined]  (always a _Scope: see __init__)
                if obj is not _MISSING:
                    for index in range(1, len(path)):
                        key = path[index]
                        # (our get_item, inlined for the common case)
                        obj = obj[key] if type(key) is str and key not in _ITEM_METHODS else self.get_item(obj, key)
                    return obj
            except (KeyError, TypeError, IndexError):
                pass
        return super().get(path, token=token, default=default)

    def filter(self, name: str, token: Token | None) -> Callable[..., object]:  # noqa: A003
        if name not in self.env.filters and not self.env.strict_filters:
            state = self.tag_namespace.get(_STATE_KEY)
            if state is not None:
                state.before_side_effect()
                state.renderer.diagnostics.warn(
                    f"unknown Liquid filter '{name}' (the value passes through unchanged)",
                    state.current.path,
                    _token_line(self, token),
                )
        return super().filter(name, token)

    def get_buffer(self, buf: TextIO | None = None) -> StringIO:
        # python-liquid's bounded buffer turns "\r\n" and "\r" into "\n" as they are written
        # (a StringIO in universal-newline mode); Ruby keeps every character.
        limit = self.env.output_stream_limit
        if limit is None:
            return StringIO(newline="")
        state = self.tag_namespace.get(_STATE_KEY)
        if state is not None and state.fast_buffers is not None:
            # What a bounded buffer would carry over from `buf` is at most 4 bytes a character.
            carry = 4 * buf.tell() if type(buf) is _FastBuffer else 0
            fast = _FastBuffer((limit - carry) // 4)
            state.fast_buffers.append(fast)
            return fast
        carry = buf.size if isinstance(buf, LimitedStringIO) else 0
        return _OutputBuffer(limit=limit - carry, newline="")

    def raise_for_loop_limit(self, length: int = 1) -> None:
        super().raise_for_loop_limit(length)
        state = self.tag_namespace.get(_STATE_KEY)
        if state is None:
            return
        # python-liquid bounds nested loops only; this bounds a render's loops altogether.
        state.iterations += length
        if state.iterations > MAX_LOOP_ITERATIONS:
            raise LoopIterationLimitError(
                f"loop iteration limit reached (more than {MAX_LOOP_ITERATIONS:,} iterations in one render)",
                token=None,
            )


class _JekyllTemplate(BoundTemplate):
    context_class = _JekyllContext

    def make_globals(self, render_args: Mapping[str, object]) -> Mapping[str, object]:
        return _Scope(render_args, self.matter, self.globals)

    def make_partial_namespace(
        self, partial: bool, render_args: Mapping[str, object]
    ) -> Mapping[str, object]:
        # python-liquid would add a `partial` variable; Jekyll has none.
        return dict(render_args)

    def render_with_context(
        self,
        context: RenderContext,
        buffer: TextIO,
        *args: Any,
        partial: bool = False,
        block_scope: bool = False,
        **kwargs: Any,
    ) -> None:
        scope = context.scope
        if args or kwargs or type(scope) is not _Scope:
            super().render_with_context(context, buffer, *args, partial=partial, block_scope=block_scope, **kwargs)
            return
        # python-liquid's loop over the nodes, without the context manager that pushes an empty
        # namespace for the render: an empty mapping hides nothing, so it is only counted, for
        # the context depth limit to stay where it was.
        env = self.env
        if scope.size() > env.context_depth_limit:
            raise ContextDepthError("maximum context depth reached, possible recursive include", token=None)
        scope.hidden += 1
        try:
            for node in self.nodes:
                try:
                    node.render(context, buffer)
                except LiquidInterrupt as err:
                    if partial and not block_scope:
                        raise  # `break`/`continue` in an include: the including loop's
                    env.error(LiquidSyntaxError(f"unexpected '{err}'", token=node.token))
                except StopRender:
                    break
                except LiquidError as err:
                    env.error(err, token=node.token)
        finally:
            scope.hidden -= 1


def _text_rule(tag_start: str, statement_start: str) -> str | None:
    """python-liquid's text rule `.+?(?=(({%|{{)(?P<rstrip>-?))|$)`, written to run fast.

    The lazy original tries its lookahead after every character, which made lexing most of the
    cost of parsing a page body. This one takes one character, then runs of characters that do
    not start a delimiter, and ends at exactly the same place: before the first `{%` or `{{`
    after its first character, or at the true end of the text (see `_lexer`); `rstrip` is
    captured the same way. None when the delimiters do not share a first character.
    """
    if len(tag_start) != 2 or len(statement_start) != 2 or tag_start[0] != statement_start[0]:
        return None
    first = re.escape(tag_start[0])
    seconds = re.escape(tag_start[1] + statement_start[1])
    starts = f"{re.escape(tag_start)}|{re.escape(statement_start)}"
    return rf".[^{first}]*(?:{first}(?![{seconds}])[^{first}]*)*(?=(?:{starts})(?P<rstrip>-?)|\Z)"


@functools.cache
def _lexer_rules(delimiters: tuple[str, str, str, str, str, str]) -> re.Pattern[str]:
    """python-liquid's lexer rules, but with the text rule ending at the true end of the template.

    Its `$` also matches before a final newline, which then becomes a text token of its own
    and is eaten by a preceding `-}}`/`-%}`: `{%- endfor -%}]` + newline lost the newline.
    """
    rules = compile_liquid_rules(*delimiters)
    tag_start, _, statement_start = delimiters[:3]
    text_rule = rf".+?(?=(({re.escape(tag_start)}|{re.escape(statement_start)})(?P<rstrip>-?))|$)"
    fast_rule = _text_rule(tag_start, statement_start) if not delimiters[4] else None
    if fast_rule is not None and rules.pattern.count(text_rule) == 1:
        return re.compile(rules.pattern.replace(text_rule, fast_rule), rules.flags)
    assert rules.pattern.count("|$)") == 1
    return re.compile(rules.pattern.replace("|$)", r"|\Z)"), rules.flags)


def _lexer(delimiters: tuple[str, str, str, str, str, str]) -> Callable[[str], Iterator[Token]]:
    """python-liquid's lexer with our rules (see `_lexer_rules`)."""
    return functools.partial(_tokenize_template, rules=_lexer_rules(delimiters))


# An expression's tokens as offsets into it: (kind, value, offset) per token.
_Shape = tuple[tuple[str, str, int], ...]
MAX_REMEMBERED_EXPRESSIONS = 10_000  # distinct tag/output expressions whose tokens are remembered
MAX_REMEMBERED_EXPRESSION_LENGTH = 200


class _TokenStream(TokenStream):
    """python-liquid's token stream, tokenizing the expressions of tags and output statements
    once per distinct text (their tokens differ only in position)."""

    def __init__(self, tokens: Iterator[Token], shapes: dict[str, _Shape]) -> None:
        super().__init__(tokens)
        self.shapes = shapes

    def into_inner(self, *, tag: Token | None = None, eat: bool = True) -> TokenStream:
        token = self.current
        if token.kind != TOKEN_EXPRESSION:
            return super().into_inner(tag=tag, eat=eat)  # the "missing expression" error
        if eat:
            next(self)
        return TokenStream(self.expression_tokens(token))

    def expression_tokens(self, parent: Token) -> list[Token]:
        """What `tokenize(parent.value, parent)` yields (raising what it raises)."""
        text = parent.value
        shape = self.shapes.get(text)
        if shape is None:
            tokens = list(tokenize(text, parent))
            if len(text) <= MAX_REMEMBERED_EXPRESSION_LENGTH and len(self.shapes) < MAX_REMEMBERED_EXPRESSIONS:
                start = parent.start_index
                self.shapes[text] = tuple((t.kind, t.value, t.start_index - start) for t in tokens)
            return tokens
        start, source = parent.start_index, parent.source
        return [Token(kind, value, start + offset, source) for kind, value, offset in shape]


# --------------------------------------------------------------------------- quick parser


class _Unsupported(Exception):  # noqa: N818 (a signal, not an error)
    """Something `_QuickParser` leaves to python-liquid's parser."""


# A value in a plan (see _plan_expression): (token kind, token value, offset in the expression,
# path segments), the segments empty for a string literal.
_Primary = tuple[str, str, int, tuple[str, ...]]
# A filter: (name, offset of the name, positional arguments).
_FilterPlan = tuple[str, int, tuple[_Primary, ...]]
# An output statement's expression: its value, then its filters; a condition's has no filters.
_Plan = tuple[_Primary, tuple[_FilterPlan, ...]]

# A top-level token as python-liquid's lexer yields it, with the expression token that follows it:
# (text token, None), (output token, expression token) or (tag token, expression token or None).
_Piece = tuple[Token, Token | None]

_DELIMITER_RE = re.compile(r"\{[{%]")
_QUICK_DELIMITERS = ("{%", "%}", "{{", "}}", "", "")
_QUICK_MAX_DEPTH = 50  # deeper if/unless nesting is left to python-liquid (and its nesting limit)
_CONDITIONAL_ENDS = {"if": "endif", "unless": "endunless"}


class _QuickParser:
    """Builds the nodes of a common kind of template without python-liquid's token stream.

    Page bodies are parsed once each, and python-liquid spends some 40 µs on even a short
    `{% if site.x %}…{{ page.title | upcase }}…{% endif %}`. This parser takes only text,
    output statements whose expression is a variable (`a.b.c`) or a string, with filters
    whose arguments are the same, `if`/`unless` on such a value with an optional `else`,
    and our one-line tags (`_MarkupTag`), and builds the very nodes python-liquid's parser
    builds from them (same classes, tokens and attributes: tests compare the two trees).
    Anything else, including every template python-liquid would reject, raises
    `_Unsupported` and is parsed by python-liquid, which then reports what it reports.

    Template text is cut exactly where python-liquid's lexer cuts it: text runs to the next
    `{{`/`{%`, and each delimiter is read with the lexer's own compiled rules.
    """

    def __init__(self, env: _JekyllEnvironment, rules: re.Pattern[str]) -> None:
        self.env = env
        self.rules = rules
        self.plans: dict[str, _Plan | None] = {}  # expression text → its plan (None: unsupported)

    @staticmethod
    def fits(env: Environment) -> bool:
        """Whether `env` parses the way this parser was written for (python-liquid's defaults)."""
        return (
            env.mode == Mode.STRICT
            and not env.shorthand_indexes
            and not env.keyword_assignment
            and type(env.tags.get(TOKEN_CONTENT)) is _Literal
            and type(env.tags.get(TOKEN_OUTPUT)) is _Output
        )

    def parse(self, source: str) -> list[Node] | None:
        """python-liquid's nodes for `source`, or None when python-liquid must parse it."""
        try:
            pieces = self._pieces(source)
            nodes, _ = self._block(pieces, 0, (), 0)
        except (_Unsupported, LiquidError):  # LiquidError: a tag refused its markup
            return None
        return nodes

    def _pieces(self, source: str) -> list[_Piece]:
        match_at = self.rules.match
        find = _DELIMITER_RE.search
        pieces: list[_Piece] = []
        lstrip = False  # the last tag or output statement ended with `-%}`/`-}}`
        pos, length = 0, len(source)
        while pos < length:
            found = find(source, pos)
            start = length if found is None else found.start()
            if start > pos:  # text, up to the next delimiter and its `-`, if any
                text = source[pos:start]
                if lstrip:
                    text = text.lstrip()
                if found is not None and source.startswith("-", start + 2):
                    text = text.rstrip()
                if text:
                    pieces.append((Token(TOKEN_CONTENT, text, pos, source), None))
            if found is None:
                break
            match = match_at(source, start)
            kind = match.lastgroup
            if kind == TOKEN_OUTPUT:
                pieces.append((
                    Token(TOKEN_OUTPUT, match.group(), start, source),
                    Token(TOKEN_EXPRESSION, match.group("stmt"), match.start("stmt"), source),
                ))
                lstrip = bool(match.group("rss"))
            elif kind == "TAG":
                name = match.group("name")
                if name == "comment":  # python-liquid's lexer reads what follows differently
                    raise _Unsupported
                expression = match.group("expr")
                pieces.append((
                    Token(TOKEN_TAG, name, match.start("name"), source),
                    Token(TOKEN_EXPRESSION, expression, match.start("expr"), source) if expression else None,
                ))
                lstrip = bool(match.group("rst"))
            else:  # raw, doc, or a delimiter that starts no tag: text python-liquid may reject
                raise _Unsupported
            pos = match.end()
        return pieces

    def _block(self, pieces: list[_Piece], index: int, ends: Collection[str], depth: int) -> tuple[list[Node], int]:
        """The nodes from `index` up to a tag named in `ends` (its index), as python-liquid's
        `parse_block` (or, with no `ends`, its top-level parse) reads them."""
        tags = self.env.tags
        content_node = tags[TOKEN_CONTENT].node_class
        nodes: list[Node] = []
        count = len(pieces)
        while index < count:
            token, expression = pieces[index]
            kind = token.kind
            if kind == TOKEN_CONTENT:
                nodes.append(content_node(token, token.value))
            elif kind == TOKEN_OUTPUT:
                nodes.append(self._output(token, expression))
            elif token.value in ends:
                break
            else:
                tag = tags.get(token.value)
                if isinstance(tag, _MarkupTag):
                    markup = expression or Token(TOKEN_EXPRESSION, "", token.start_index, token.source)
                    nodes.append(tag.build(token, markup))
                elif token.value in _CONDITIONAL_ENDS and type(tag) in (IfTag, UnlessTag):
                    node, index = self._conditional(tag, pieces, index, depth)
                    nodes.append(node)
                else:
                    raise _Unsupported
            index += 1
        return nodes, index

    def _conditional(self, tag: Tag, pieces: list[_Piece], index: int, depth: int) -> tuple[Node, int]:
        """An if/unless block starting at `index`, and the index of its end tag."""
        if depth >= _QUICK_MAX_DEPTH:
            raise _Unsupported
        token, expression = pieces[index]
        if expression is None:
            raise _Unsupported
        condition = self._value(self._plan(expression.value, condition=True)[0], expression)
        end = _CONDITIONAL_ENDS[token.value]
        stops = (end, "else", "elsif")
        nodes, index = self._block(pieces, index + 1, stops, depth + 1)
        stop = self._stop(pieces, index)
        consequence = BlockNode(stop, nodes)
        default = None
        if stop.value == "else":
            nodes, index = self._block(pieces, index + 1, stops, depth + 1)
            default = BlockNode(self._stop(pieces, index), nodes)
        if pieces[index][0].value != end:
            raise _Unsupported  # elsif, or an extra else
        return tag.node_class(
            token=token,
            condition=BooleanExpression(condition.token, condition),
            consequence=consequence,
            alternatives=[],
            default=default,
        ), index

    @staticmethod
    def _stop(pieces: list[_Piece], index: int) -> Token:
        """The tag that ended a block: one without an expression (else python-liquid's rules apply)."""
        if index >= len(pieces) or pieces[index][1] is not None:
            raise _Unsupported
        return pieces[index][0]

    def _output(self, token: Token, expression: Token) -> Node:
        value, filters = self._plan(expression.value, condition=False)
        left = self._value(value, expression)
        base, source = expression.start_index, expression.source
        built = [
            Filter(
                Token(TOKEN_WORD, name, base + offset, source),
                name,
                [PositionalArgument(self._value(argument, expression)) for argument in arguments],
            )
            for name, offset, arguments in filters
        ]
        return self.env.tags[TOKEN_OUTPUT].node_class(token, FilteredExpression(left.token, left, built))

    @staticmethod
    def _value(plan: _Primary, expression: Token) -> Expression:
        kind, value, offset, segments = plan
        token = Token(kind, value, expression.start_index + offset, expression.source)
        if segments:
            return LiquidPath(token, list(segments))
        return StringLiteral(token, value)

    def _plan(self, text: str, *, condition: bool) -> _Plan:
        """How to build the expression `text` (remembered per text); `_Unsupported` if it is
        not one this parser takes."""
        key = ("?" if condition else "|") + text
        try:
            plan = self.plans[key]
        except KeyError:
            plan = _plan_expression(text, condition=condition)
            if len(text) <= MAX_REMEMBERED_EXPRESSION_LENGTH and len(self.plans) < MAX_REMEMBERED_EXPRESSIONS:
                self.plans[key] = plan
        if plan is None:
            raise _Unsupported
        return plan


def _plan_expression(text: str, *, condition: bool) -> _Plan | None:
    """The plan of an output expression (or, with `condition`, an if/unless condition) in the
    grammar `_QuickParser` takes, read from python-liquid's own expression tokens; None if the
    expression is outside it (or has a syntax error)."""
    try:
        tokens = [(t.kind, t.value, t.start_index) for t in tokenize(text, Token(TOKEN_EXPRESSION, text, 0, text))]
    except LiquidError:
        return None
    count = len(tokens)

    def primary(index: int) -> tuple[_Primary, int]:
        """A string, or a path `a.b.c` (as python-liquid's `Path.parse` reads it, in strict mode
        without shorthand indexes); `_Unsupported` otherwise."""
        if index >= count:
            raise _Unsupported
        kind, value, offset = tokens[index]
        if kind == TOKEN_STRING:
            return (kind, value, offset, ()), index + 1
        if kind != TOKEN_WORD:
            raise _Unsupported
        segments = [value]
        index += 1
        while index < count and tokens[index][0] == TOKEN_DOT:
            if index + 1 >= count or tokens[index + 1][0] != TOKEN_WORD:
                raise _Unsupported
            segments.append(tokens[index + 1][1])
            index += 2
        return (kind, value, offset, tuple(segments)), index

    def after(index: int, allowed: Collection[str]) -> None:
        """What follows a value must be one of `allowed` (or the end)."""
        if index < count and tokens[index][0] not in allowed:
            raise _Unsupported

    try:
        value, index = primary(0)
        if condition:
            after(index, ())
            return value, ()
        filters: list[_FilterPlan] = []
        after(index, (TOKEN_PIPE,))
        while index < count:  # at a pipe
            if index + 1 >= count or tokens[index + 1][0] != TOKEN_WORD:
                raise _Unsupported
            _, name, offset = tokens[index + 1]
            index += 2
            arguments: list[_Primary] = []
            if index < count and tokens[index][0] == TOKEN_COLON:
                argument, index = primary(index + 1)
                arguments.append(argument)
                after(index, (TOKEN_COMMA, TOKEN_PIPE))
                while index < count and tokens[index][0] == TOKEN_COMMA:
                    argument, index = primary(index + 1)
                    arguments.append(argument)
                    after(index, (TOKEN_COMMA, TOKEN_PIPE))
            after(index, (TOKEN_PIPE,))
            filters.append((name, offset, tuple(arguments)))
        return value, tuple(filters)
    except _Unsupported:
        return None


class _JekyllEnvironment(Environment):
    template_class = _JekyllTemplate
    # Ruby Liquid's own limits are generous; Jekyll's include depth is checked separately.
    block_nesting_limit = 100
    context_depth_limit = 4 * MAX_INCLUDE_DEPTH + 100
    loop_iteration_limit = MAX_LOOP_ITERATIONS
    output_stream_limit = MAX_OUTPUT_BYTES
    local_namespace_limit = MAX_LOCALS_BYTES

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.expression_shapes: dict[str, _Shape] = {}  # see _TokenStream

    def __hash__(self) -> int:
        # python-liquid hashes an environment by its delimiters and mode (fixed once it is set
        # up) for every `get_parser(env)`, which tags call as they parse: once is enough.
        try:
            return self._hash
        except AttributeError:
            self._hash: int = super().__hash__()
            return self._hash

    def _parse(self, source: str) -> list[Node]:
        # python-liquid's, with our token stream, unless the quick parser builds the same nodes.
        quick = self.quick_parser()
        nodes = quick.parse(source) if quick is not None else None
        if nodes is None:
            nodes = get_parser(self).parse(_TokenStream(self.tokenizer()(source), self.expression_shapes))
        return nodes

    def quick_parser(self) -> _QuickParser | None:
        """The quick parser, made once tags are set up (on first parse); None if it does not fit."""
        try:
            return self._quick_parser
        except AttributeError:
            delimiters = self._delimiters()
            fits = delimiters == _QUICK_DELIMITERS and _QuickParser.fits(self)
            self._quick_parser: _QuickParser | None = _QuickParser(self, _lexer_rules(delimiters)) if fits else None
            return self._quick_parser

    def _delimiters(self) -> tuple[str, str, str, str, str, str]:
        return (
            self.tag_start_string,
            self.tag_end_string,
            self.statement_start_string,
            self.statement_end_string,
            self.comment_start_string,
            self.comment_end_string,
        )

    def tokenizer(self) -> Callable[[str], Iterator[Token]]:
        return _lexer(self._delimiters())


def _render_nodes(nodes: Iterable[Node], context: RenderContext) -> str:
    buffer = StringIO()
    for node in nodes:
        node.render(context, buffer)
    return buffer.getvalue()


def _parse_markup(env: Environment, markup: str, token: Token) -> list[Node]:
    """Parse `markup` (a tag's argument text) as a Liquid template, for `{{ }}` inside it."""
    if "{{" not in markup and "{%" not in markup:
        return []
    try:
        nodes = env._parse(markup)
    except LiquidError as err:
        raise LiquidSyntaxError(f"invalid markup {markup!r}: {err.message}", token=token) from None
    return nodes


def _expression_token(stream: TokenStream) -> tuple[Token, Token]:
    """(tag token, raw argument token) of the tag at the head of `stream`.

    Leaves the stream on the tag's last token, as python-liquid's parser expects.
    """
    tag = stream.expect(TOKEN_TAG)
    if stream.peek.kind == TOKEN_EXPRESSION:
        next(stream)
        return tag, stream.current
    return tag, Token(TOKEN_EXPRESSION, "", tag.start_index, tag.source)


class _MarkupTag(Tag):
    """A one-line tag built from its tag token and markup token alone, so that `_QuickParser`
    can build it without a token stream."""

    block = False

    def parse(self, stream: TokenStream) -> Node:
        return self.build(*_expression_token(stream))

    def build(self, token: Token, markup_token: Token) -> Node:
        """The tag's node; `markup_token` is its argument text (an empty one if it has none)."""
        raise NotImplementedError


# --------------------------------------------------------------------------- include


class _IncludeNode(Node):
    __slots__ = ("file", "file_nodes", "params", "relative", "tag_name")

    def __init__(
        self,
        token: Token,
        tag_name: str,
        file: str,
        file_nodes: list[Node],
        params: list[tuple[str, Any]],
        relative: bool,
    ) -> None:
        super().__init__(token)
        self.tag_name = tag_name
        self.file = file
        self.file_nodes = file_nodes
        self.params = params
        self.relative = relative
        self.blank = False

    def _file_name(self, context: RenderContext) -> str:
        if self.file_nodes:
            return _render_nodes(self.file_nodes, context)
        return self.file

    def _params(self, context: RenderContext) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for key, value in self.params:
            values[key] = value.evaluate(context) if hasattr(value, "evaluate") else value
            if is_undefined(values[key]):
                values[key] = None
        return values

    def render_to_output(self, context: RenderContext, buffer: TextIO) -> int:
        state = _state(context)
        state.before_side_effect()
        frame = state.current
        name = self._file_name(context)
        renderer = state.renderer
        # The tag's line is worked out only for a message (it counts the lines before the tag).
        cached = renderer.cached_include(name, self.tag_name, state)
        if cached is None:
            path, shown = renderer.locate_include(
                name, self.tag_name, state, frame.path, _line_col(frame, self.token)[0])
        else:
            path, shown = cached[0], cached[3]
        if len(state.frames) > MAX_INCLUDE_DEPTH:
            raise BuildError(
                f"includes nested deeper than {MAX_INCLUDE_DEPTH} levels (recursive include of '{name}'?)",
                frame.path,
                _line_col(frame, self.token)[0],
                hint="an include that includes itself needs a condition that stops it",
            )
        state.includes += 1
        if state.includes > MAX_INCLUDES:
            raise BuildError(
                f"more than {MAX_INCLUDES:,} includes in one render (a recursive include of '{name}'?)",
                frame.path,
                _line_col(frame, self.token)[0],
                hint="an include that includes itself needs a condition that stops it",
            )
        params = self._params(context) if self.params else None
        namespace: dict[str, Any] = {"include": params} if params is not None else {}
        try:
            template, text = cached[1:3] if cached is not None else renderer.compile_file(path, shown)
            state.frames.append(_Frame(shown, text, 0))
            try:
                _push_scope(context, namespace)
                try:
                    template.render_with_context(context, buffer, partial=True)
                finally:
                    context.scope.pop()
            except LiquidError as err:
                raise renderer.to_build_error(err, state.current) from None
            finally:
                state.frames.pop()
            state.check(buffer)
        except BuildError as err:
            line = _line_col(frame, self.token)[0]
            _add_include_chain(err, f"included from {frame.path}:{line}" if line else f"included from {frame.path}")
            raise
        return 1


def _add_include_chain(err: BuildError, where: str) -> None:
    """Append `where` to the error's include chain, folding a recursive run into one entry."""
    last = err.context[-1] if err.context else ""
    match = re.fullmatch(r"(.*) \(x(\d+)\)", last)
    if match and match.group(1) == where:
        err.context[-1] = f"{where} (x{int(match.group(2)) + 1})"
    elif last == where:
        err.context[-1] = f"{where} (x2)"
    else:
        err.context.append(where)


class _IncludeTag(_MarkupTag):
    """Jekyll's `include`: `{% include file.html key=value key2="text" %}`."""

    name = "include"
    relative = False

    def build(self, token: Token, markup_token: Token) -> Node:
        markup = markup_token.value.strip()
        if not markup:
            raise LiquidSyntaxError(f"'{self.name}' needs a file name", token=token)
        match = _INCLUDE_VARIABLE_RE.match(markup)
        if match:
            file, params = match.group("variable").strip(), match.group("params").strip()
        else:
            file, params = [*markup.split(None, 1), ""][:2]
        file_nodes = _parse_markup(self.env, file, markup_token) if match else []
        parsed = self._parse_params(params, markup_token) if params else []
        return _IncludeNode(token, self.name, file, file_nodes, parsed, self.relative)

    def _parse_params(self, params: str, token: Token) -> list[tuple[str, Any]]:
        if not _INCLUDE_PARAMS_RE.match(params):
            raise LiquidSyntaxError(
                f"invalid syntax for {self.name} tag: {params!r} "
                f"(valid syntax: {{% {self.name} file.ext param='value' param2=\"value\" %}})",
                token=token,
            )
        parsed: list[tuple[str, Any]] = []
        for key, double, single, variable in _INCLUDE_PARAM_RE.findall(params):
            if variable:
                stream = TokenStream(tokenize(variable, parent_token=token))
                parsed.append((key, parse_primitive(self.env, stream)))
            elif double or not single:
                parsed.append((key, double.replace('\\"', '"')))
            else:
                parsed.append((key, single.replace("\\'", "'")))
        return parsed


class _IncludeCachedTag(_IncludeTag):
    name = "include_cached"


class _IncludeRelativeTag(_IncludeTag):
    name = "include_relative"
    relative = True


# --------------------------------------------------------------------------- highlight


class _HighlightNode(Node):
    __slots__ = ("lang", "linenos", "body")

    def __init__(self, token: Token, lang: str, linenos: bool, body: BlockNode) -> None:
        super().__init__(token)
        self.lang = lang
        self.linenos = linenos
        self.body = body
        self.blank = False

    def render_to_output(self, context: RenderContext, buffer: TextIO) -> int:
        inner = StringIO()
        self.body.render(context, inner)
        code = _EDGE_NEWLINES_RE.sub("", inner.getvalue())
        try:
            from homepage_gen.render.highlight import highlight_tag
        except ImportError as err:
            raise LiquidError(f"the highlight tag is unavailable: {err}", token=self.token) from None
        return buffer.write(highlight_tag(code, self.lang, self.linenos))


class _HighlightTag(Tag):
    """`{% highlight lang [linenos] %}…{% endhighlight %}`; the body is Liquid too, as in Jekyll."""

    name = "highlight"
    end = "endhighlight"
    block = True

    def parse(self, stream: TokenStream) -> Node:
        token, markup_token = _expression_token(stream)
        markup = markup_token.value.strip()
        match = _HIGHLIGHT_RE.match(markup)
        if not match:
            raise LiquidSyntaxError(
                f"syntax error in tag 'highlight' while parsing {markup!r} "
                "(valid syntax: highlight <lang> [linenos])",
                token=token,
            )
        options = re.findall(r"(?:\w=\"[^\"]*\"|\w=\w|\w)+", match.group(2))
        linenos = any(option.split("=")[0] == "linenos" for option in options)
        next(stream)  # onto the body
        body = get_parser(self.env).parse_block(stream, (self.end, TOKEN_EOF))
        stream.expect(TOKEN_TAG, value=self.end)
        return _HighlightNode(token, match.group(1).lower(), linenos, body)


# --------------------------------------------------------------------------- link, post_url, feed_meta


def _site(context: RenderContext) -> Mapping[str, Any]:
    site = context.resolve("site", default=None)
    return site if isinstance(site, Mapping) else {}


def _relative_url(context: RenderContext, url: Any) -> str:
    func = context.env.filters.get("relative_url")
    return ruby_to_s(func(url) if func else url)


def _site_entries(site: Mapping[str, Any], keys: Sequence[str]) -> Iterable[Mapping[str, Any]]:
    for key in keys:
        entries = site.get(key)
        if isinstance(entries, (list, tuple)):
            yield from (entry for entry in entries if isinstance(entry, Mapping))


class _LinkNode(Node):
    __slots__ = ("markup", "nodes")

    def __init__(self, token: Token, markup: str, nodes: list[Node]) -> None:
        super().__init__(token)
        self.markup = markup
        self.nodes = nodes
        self.blank = False

    def render_to_output(self, context: RenderContext, buffer: TextIO) -> int:
        wanted = _render_nodes(self.nodes, context) if self.nodes else self.markup
        candidates = {wanted, "/" + wanted.lstrip("/")}
        keys = ("pages", "static_files", "posts", "documents")
        for entry in _site_entries(_site(context), keys):
            if entry.get("path") in candidates:
                return buffer.write(_relative_url(context, entry.get("url")))
        raise LiquidError(
            f"Could not find document '{wanted}' in tag 'link'. "
            "Make sure the document exists and the path is correct.",
            token=self.token,
        )


class _LinkTag(_MarkupTag):
    name = "link"

    def build(self, token: Token, markup_token: Token) -> Node:
        markup = markup_token.value.strip()
        return _LinkNode(token, markup, _parse_markup(self.env, markup, markup_token))


class _PostUrlNode(Node):
    __slots__ = ("name", "pattern", "date", "slug")

    def __init__(self, token: Token, name: str) -> None:
        super().__init__(token)
        self.blank = False
        self.name = name
        match = _POST_NAME_RE.match(name.lstrip("/"))
        if not match:
            raise LiquidSyntaxError(
                f"Could not parse name of post '{name}' in tag 'post_url': "
                "it does not contain a valid date and/or title",
                token=token,
            )
        folder, self.date, self.slug = match.group(1) or "", match.group(2), match.group(3)
        base = re.escape(self.date) + "-" + re.escape(self.slug) + r"\.[^.]+"
        folder = re.escape(folder)
        self.pattern = re.compile(rf"^_posts/{folder}{base}|^{folder}_posts/?{base}")

    def _fallback_matches(self, post: Mapping[str, Any]) -> bool:
        """Jekyll's deprecated matching: same slug and same calendar day."""
        date = post.get("date")
        if not hasattr(date, "year") or post.get("slug") != self.slug.rsplit("/", 1)[-1]:
            return False
        return f"{date.year:04d}-{date.month:02d}-{date.day:02d}" == _normal_date(self.date)

    def render_to_output(self, context: RenderContext, buffer: TextIO) -> int:
        posts = list(_site_entries(_site(context), ("posts",)))
        for post in posts:
            if self.pattern.match(ruby_to_s(post.get("path"))):
                return buffer.write(_relative_url(context, post.get("url")))
        for post in posts:
            if self._fallback_matches(post):
                return buffer.write(_relative_url(context, post.get("url")))
        raise LiquidError(
            f"Could not find post '{self.name}' in tag 'post_url'. "
            "Make sure the post exists and the name is correct.",
            token=self.token,
        )


def _normal_date(text: str) -> str:
    year, month, day = (int(part) for part in text.split("-"))
    return f"{year:04d}-{month:02d}-{day:02d}"


class _PostUrlTag(_MarkupTag):
    name = "post_url"

    def build(self, token: Token, markup_token: Token) -> Node:
        return _PostUrlNode(token, markup_token.value.strip())


class _FeedMetaNode(Node):
    __slots__ = ()

    def __init__(self, token: Token) -> None:
        super().__init__(token)
        self.blank = False

    def render_to_output(self, context: RenderContext, buffer: TextIO) -> int:
        site = _site(context)
        feed = site.get("feed")
        path = (feed.get("path") if isinstance(feed, Mapping) else None) or "feed.xml"
        title = site.get("title") or site.get("name")
        func = context.env.filters.get("absolute_url")
        attributes = [
            ("type", "application/atom+xml"),
            ("rel", "alternate"),
            ("href", ruby_to_s(func(path) if func else path)),
        ]
        if title:
            attributes.append(("title", ruby_to_s(title)))
        attrs = " ".join(f'{key}="{xml_escape(value)}"' for key, value in attributes)
        return buffer.write(f"<link {attrs} />")


class _FeedMetaTag(_MarkupTag):
    name = "feed_meta"

    def build(self, token: Token, _: Token) -> Node:
        return _FeedMetaNode(token)


# --------------------------------------------------------------------------- seo (jekyll-seo-tag)


class _SeoNode(Node):
    __slots__ = ("with_title",)

    def __init__(self, token: Token, with_title: bool) -> None:
        super().__init__(token)
        self.with_title = with_title
        self.blank = False

    def render_to_output(self, context: RenderContext, buffer: TextIO) -> int:
        values = [context.resolve(name, default=None) for name in ("site", "page", "paginator")]
        html = render_seo(*values, context.env.filters, JEKYLL_COMPAT_VERSION, with_title=self.with_title)
        return buffer.write(html)


class _SeoTag(_MarkupTag):
    name = "seo"

    def build(self, token: Token, markup_token: Token) -> Node:
        return _SeoNode(token, not re.search(r"\btitle\s*=\s*false\b", markup_token.value))


# --------------------------------------------------------------------------- gist (jekyll-gist)

_GIST_RE = re.compile(r"\A([\S]+|.*(?=\/).+)\s?(\S*)\Z", re.S)


class _GistNode(Node):
    __slots__ = ("gist", "filename")

    def __init__(self, token: Token, gist: str, filename: str) -> None:
        super().__init__(token)
        self.gist = gist
        self.filename = filename
        self.blank = False

    def _value(self, context: RenderContext, name: str) -> str:
        """A bare word that names a variable stands for its value, as in jekyll-gist."""
        if name and re.fullmatch(r"[\w.\-]+", name):
            value = context.resolve(name.split(".")[0], default=None)
            if value is not None:
                resolved = context.get(name.split("."), default=None) if "." in name else value
                return ruby_to_s(resolved)
        return name

    def render_to_output(self, context: RenderContext, buffer: TextIO) -> int:
        gist, filename = self._value(context, self.gist), self._value(context, self.filename)
        url = f"https://gist.github.com/{gist}.js" + (f"?file={filename}" if filename else "")
        # The <noscript> copy needs the network; Jekyll leaves it out too when it cannot fetch.
        return buffer.write(f'<script src="{url}"> </script>')


class _GistTag(_MarkupTag):
    name = "gist"

    def build(self, token: Token, markup_token: Token) -> Node:
        found = _GIST_RE.match(markup_token.value.strip())
        if not found:
            raise LiquidSyntaxError(
                "syntax error in tag 'gist' (valid syntax: {% gist user/1234567 [file.ext] %})", token=token
            )
        return _GistNode(token, found.group(1).strip(), found.group(2).strip())


# --------------------------------------------------------------------------- filters


class FilterLimitError(ResourceLimitError):
    """A filter was asked to build a value too large for any page (a resource limit)."""


def _check_filter_arguments(args: tuple[Any, ...]) -> None:
    """Refuse inputs that would make a filter allocate without bound, e.g. `(1..100000000) | sort`."""
    for arg in args:
        if isinstance(arg, range) and len(arg) > MAX_SEQUENCE_ARGUMENT:
            raise FilterLimitError(
                f"range too large for a filter ({len(arg):,} items, at most {MAX_SEQUENCE_ARGUMENT:,})",
                token=None,
            )


def _wrap_filter(func: Callable[..., Any]) -> Callable[..., Any]:
    """Turn a Python exception from a filter into one python-liquid tags with a line."""

    def call(*args: Any, **kwargs: Any) -> Any:
        for arg in args:
            if type(arg) is range:  # (range cannot be subclassed)
                _check_filter_arguments(args)
                break
        try:
            result = func(*args, **kwargs)
        except (LiquidError, TypeError):
            raise
        except (ValueError, ArithmeticError, KeyError, IndexError, AttributeError) as err:
            raise FilterArgumentError(str(err), token=None) from err
        if isinstance(result, int) and result.bit_length() > MAX_INTEGER_BITS:
            raise FilterLimitError(f"number too large (more than {MAX_INTEGER_BITS:,} bits)", token=None)
        return result

    for attribute in ("with_context", "with_environment"):
        if getattr(func, attribute, False):
            setattr(call, attribute, True)
    call.__name__ = getattr(func, "__name__", "filter")
    return call


# --------------------------------------------------------------------------- the renderer


class LiquidRenderer:
    """Renders Liquid text the way Jekyll 4.3 does, with Jekyll's tags and the given filters."""

    def __init__(
        self,
        *,
        source_dir: Path,
        include_dirs: Sequence[Path],
        filters: Mapping[str, Callable[..., Any]],
        diagnostics: Diagnostics,
        strict: bool = False,
    ) -> None:
        self.source_dir = Path(source_dir)
        self.include_dirs = [Path(d) for d in include_dirs]
        self.diagnostics = diagnostics
        self.strict = strict
        self._env = _JekyllEnvironment(
            strict_filters=strict,
            undefined=StrictUndefined if strict else Undefined,
        )
        for tag in (
            _Literal, _Output, _EchoTag, _ForTag, _AssignTag, _CaptureTag, _IncludeTag, _IncludeCachedTag,
            _IncludeRelativeTag, _HighlightTag, _LinkTag, _PostUrlTag, _FeedMetaTag, _GistTag, _SeoTag, _TablerowTag,
        ):  # fmt: skip
            self._env.add_tag(tag)
        # Ruby-faithful standard filters first, then the caller's (Jekyll's) on top.
        self._env.filters.clear()
        for name, func in {**liquid_standard_filters(), **filters}.items():
            self._env.add_filter(name, _wrap_filter(func))
        self._templates: dict[tuple[str, str], BoundTemplate] = {}
        self._files: dict[Path, tuple[int, int, BoundTemplate, str]] = {}
        self._located: dict[tuple[str, str, tuple[Path, ...]], tuple[Path, str]] = {}

    # ------------------------------------------------------------------ public

    def render(
        self,
        text: str,
        context: dict[str, Any],
        *,
        path: str,
        line_offset: int = 0,
        source_file: Path | None = None,
        cache: bool = True,
    ) -> str:
        """Render `text`; `cache=False` for text rendered once (page bodies), to keep memory flat."""
        frame = _Frame(path, text, line_offset)
        template = self._compile(text, path, line_offset) if cache else self._parse(text, frame)
        try:
            return self._render_template(template, context, frame, source_file, exact=False)
        except _RecountOutput:
            return self._render_template(template, context, frame, source_file, exact=True)

    def _render_template(
        self, template: BoundTemplate, context: dict[str, Any], frame: _Frame, source_file: Path | None, *,
        exact: bool,
    ) -> str:
        """One render; unless `exact`, `_RecountOutput` when the output may be past its limit
        (see `_FastBuffer`), before any other error, which counting exactly might have preceded."""
        render_context = template.context_class(template, globals=template.make_globals(context))
        state = _RenderState(self, source_file, [frame], fast_buffers=None if exact else [])
        render_context.tag_namespace[_STATE_KEY] = state
        buffer = render_context.get_buffer()  # bounded by MAX_OUTPUT_BYTES
        try:
            template.render_with_context(render_context, buffer)
        except _RecountOutput:
            raise
        except Exception as err:
            if state.over_budget():
                raise _RecountOutput from None
            if isinstance(err, LiquidError):
                raise self.to_build_error(err, state.current) from None
            if isinstance(err, RecursionError):
                raise BuildError("template recursion too deep", frame.path) from None
            raise
        if state.over_budget():
            raise _RecountOutput
        return buffer.getvalue()

    # ------------------------------------------------------------------ compiling

    def _compile(self, text: str, path: str, line_offset: int) -> BoundTemplate:
        key = (path, text)
        template = self._templates.get(key)
        if template is None:
            template = self._parse(text, _Frame(path, text, line_offset))
            self._templates[key] = template
        return template

    def _parse(self, text: str, frame: _Frame) -> BoundTemplate:
        for _attempt in range(MAX_LAX_REWRITES):
            try:
                return self._env.from_string(text, name=frame.path)
            except LiquidSyntaxError as err:
                rewritten = self._lax_retry(text, err, frame)
                if rewritten is None:
                    raise self.to_build_error(err, _Frame(frame.path, text, frame.line_offset)) from None
                text = rewritten
            except LiquidError as err:
                cause = err.__cause__
                if isinstance(cause, BuildError):
                    raise cause from None
                raise self.to_build_error(err, frame) from None
        raise BuildError("too many Liquid syntax errors", frame.path)

    def _lax_retry(self, text: str, err: LiquidSyntaxError, frame: _Frame) -> str | None:
        """Ruby Liquid's `warn` mode: re-read a rejected expression laxly, with a warning."""
        from homepage_gen.render.lax import rewrite_at

        token = err.token
        if token is None or token.start_index < 0 or token.source != text:
            return None
        rewrite = rewrite_at(text, token.start_index)
        if rewrite is None:
            return None
        new_text, old, new = rewrite
        line = text[: token.start_index].count("\n") + 1 + frame.line_offset
        self.diagnostics.warn(
            f"Liquid syntax Jekyll only accepts leniently: {old.strip()!r} is read as {new.strip()!r}",
            frame.path, line,
        )
        return new_text

    def compile_file(self, file: Path, shown: str) -> tuple[BoundTemplate, str]:
        """The parsed template of an include file (re-read when the file changes)."""
        stat = file.stat()
        cached = self._files.get(file)
        if cached and cached[0] == stat.st_mtime_ns and cached[1] == stat.st_size:
            return cached[2], cached[3]
        text = read_text(file, shown)  # BuildError naming the byte offset if it is not UTF-8
        template = self._parse(text, _Frame(shown, text, 0))
        self._files[file] = (stat.st_mtime_ns, stat.st_size, template, text)
        return template, text

    # ------------------------------------------------------------------ includes

    def cached_include(
        self, name: str, tag_name: str, state: _RenderState
    ) -> tuple[Path, BoundTemplate, str, str] | None:
        """(file, template, text, name for messages) of an include found and parsed before, if its
        file is still a regular file of the same mtime and size: `locate_include` and `compile_file`
        in one `stat`. None when it must be looked up (or read) again."""
        found = self._located.get((tag_name, name, tuple(self._search_dirs(tag_name, state))))
        if found is None:
            return None
        cached = self._files.get(found[0])
        if cached is None:
            return None
        try:
            info = os.stat(found[0])
        except (OSError, ValueError):
            return None
        if not stat.S_ISREG(info.st_mode) or cached[0] != info.st_mtime_ns or cached[1] != info.st_size:
            return None
        return found[0], cached[2], cached[3], found[1]

    def _shown_path(self, file: Path, directory: Path) -> str:
        """A site-relative name for messages (theme files: relative to the theme)."""
        for base in (self.source_dir, directory.parent):
            try:
                return file.relative_to(base).as_posix()
            except ValueError:
                continue
        return file.as_posix()

    def _search_dirs(self, tag_name: str, state: _RenderState) -> list[Path]:
        if tag_name != "include_relative":
            return self.include_dirs
        return [state.source_file.parent if state.source_file else self.source_dir]

    def locate_include(
        self, name: str, tag_name: str, state: _RenderState, including: str, line: int | None
    ) -> tuple[Path, str]:
        """The file an include tag names, and its name for messages; BuildError if none."""
        if _INCLUDE_BAD_SEQUENCE_RE.search(name) or not _INCLUDE_NAME_RE.match(name):
            raise BuildError(
                f"invalid file name in {tag_name} tag: {name!r}",
                including,
                line,
                hint="include names may not contain '..' or '//'; "
                "use letters, digits and / . - _ ( ) + ~ # @",
            )
        dirs = self._search_dirs(tag_name, state)
        # Found files are remembered for this renderer's life: one build (the dev server makes a
        # new renderer when anything under an include folder changes, so a new shadowing file is seen).
        key = (tag_name, name, tuple(dirs))
        found = self._located.get(key)
        if found is not None and found[0].is_file():
            return found
        for directory in dirs:
            candidate = directory / name.lstrip("/")  # Jekyll joins "/x.html" as "x.html"
            if candidate.is_file():
                self._refuse_outside(candidate, directory, name, tag_name, including, line)
                found = candidate, self._shown_path(candidate, directory)
                self._located[key] = found
                return found
        searched = ", ".join(self._shown_dir(d) for d in dirs)
        raise BuildError(
            f"Could not locate the included file '{name}' in any of [{searched}]",
            including,
            line,
            hint="check the file name, or create the file in one of those directories",
        )

    def _refuse_outside(
        self, file: Path, directory: Path, name: str, tag_name: str, including: str, line: int | None
    ) -> None:
        """Jekyll's safe mode: an include that is a symlink to a file outside the site is not read."""
        real = file.resolve()
        roots = (self.source_dir.resolve(), directory.parent.resolve())  # the site; the theme for its dirs
        if tag_name == "include_relative":
            roots = roots[:1]
        if not any(real.is_relative_to(root) for root in roots):
            raise BuildError(
                f"'{name}' in {tag_name} tag is a symlink to a file outside the site; not included",
                including,
                line,
                hint="symlinks that leave the site are not followed (as in Jekyll's safe mode); copy the file in",
            )

    def _shown_dir(self, directory: Path) -> str:
        try:
            return directory.relative_to(self.source_dir).as_posix() or "."
        except ValueError:
            return f"theme {directory.name}"

    # ------------------------------------------------------------------ errors

    def to_build_error(self, err: LiquidError, frame: _Frame) -> BuildError:
        """A python-liquid error, located in `frame`'s file."""
        cause = err.__cause__
        if isinstance(cause, BuildError):
            return cause
        line, col = _line_col(frame, err.token)
        message = str(err.message) if err.message is not None else type(err).__name__
        if isinstance(err, UndefinedError):
            message = f"undefined variable: {message}"
        elif isinstance(err, UnknownFilterError):
            message = f"Liquid error: {message}"
        elif isinstance(err, LiquidSyntaxError):
            message = f"Liquid syntax error: {message}"
        else:
            message = f"Liquid error: {message}"
        hint = None
        if isinstance(err, ResourceLimitError):
            hint = ("the template does more work than any page needs (a huge range, a loop that "
                    "doubles a value, a runaway include?); these limits stop a mistake from hanging the build")
        elif "unexpected tag" in message:
            hint = ("a tag from a Jekyll plugin that cannot run here (a gem such as jekyll-scholar, "
                    "or Ruby code in _plugins/); remove it or replace its output with plain HTML")
        return BuildError(message, frame.path, line, col, hint=hint)

    @property
    def environment(self) -> Environment:
        """The python-liquid environment (for callers that need to inspect it)."""
        return self._env


__all__ = ["LiquidRenderer", "MAX_INCLUDE_DEPTH"]

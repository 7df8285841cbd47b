"""A small state-machine lexer engine the rouge-compatible tokenizers are written in.

A language is a table of states; each state is an ordered list of rules ``(pattern, action,
next)``. At each position the first rule whose pattern matches (and consumes text) wins,
like rouge's and Pygments' regex lexers. The tables themselves were found by feeding rouge
3.30 small inputs and reading its HTML (black-box probing, never its source).

Tokens are (CSS class, text) pairs, '' for text rouge leaves unwrapped; every character of
the input comes out once, in order.
Where no rule matches, rouge writes one character as an error and stays in its state, line
breaks included (a YAML directive with no value errs to the end of the text).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from functools import cache

__all__ = ["Lexer", "Rule", "Source", "Token", "bygroups", "rb_compile", "rb_pattern", "rule", "words", "wordset"]

Token = tuple[str, str]
# An action: a class for the whole match, one class per group (``bygroups``), or a function
# of the match and the running lexer returning tokens.
Action = str | tuple[str, ...] | Callable[["re.Match[str]", "_Run"], Iterable[Token]]
# Where to go after a match: stay (None), "#pop", "#pop:N", "#reset", a state to push, or several.
Next = str | tuple[str, ...] | None


# A pattern as written in a table, not compiled yet: (Ruby-flavoured source, flags); see `rule`.
Source = tuple[str, int]


class Rule:
    """One rule of a state (read-only once made; a plain class, as a dataclass costs import time)."""

    __slots__ = ("action", "next", "pattern")

    def __init__(self, pattern: re.Pattern[str] | Source, action: Action, next: Next = None) -> None:
        self.pattern = pattern
        self.action = action
        self.next = next


def rule(pattern: str, action: Action, next: Next = None, flags: int = 0) -> Rule:
    """A rule whose pattern (with Ruby's \\s and \\d, see `rb_pattern`) is compiled when a lexer
    first enters its state: a language has many states, and a snippet visits few of them."""
    return Rule((pattern, flags), action, next)


# Ruby's \s and \d are ASCII-only (a no-break space is not blank); Python's are Unicode.
# So is Ruby's \w, but rouge's identifier rules mostly accept any letter (probed: Python,
# Java, Go, Swift, Scala, R), so \w keeps Python's meaning unless ``ascii_word`` is set.
_ASCII_CLASS = {"s": r" \t\n\r\f\v", "d": "0-9"}
_ASCII_WORD_CLASS = {**_ASCII_CLASS, "w": "a-zA-Z0-9_"}


def rb_pattern(pattern: str, ascii_word: bool = False) -> str:
    """``pattern`` with \\s and \\d (and \\w if ``ascii_word``) meaning what they do in Ruby."""
    table = _ASCII_WORD_CLASS if ascii_word else _ASCII_CLASS
    out: list[str] = []
    i, n = 0, len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\" and i + 1 < n:
            nxt = pattern[i + 1]
            ascii_set = table.get(nxt.lower())
            if ascii_set is None:
                out.append(pattern[i : i + 2])
            else:
                out.append(f"[{'^' if nxt.isupper() else ''}{ascii_set}]")
            i += 2
        elif ch == "[":
            i = _class(pattern, i, out, table)
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def _class(pattern: str, i: int, out: list[str], table: dict[str, str]) -> int:
    """Translate the character class at ``pattern[i]``; returns where it ends."""
    j = i + 1
    negated = pattern.startswith("^", j)
    j += negated
    items: list[str] = []
    if pattern.startswith("]", j):  # a leading "]" is literal
        items.append("\\]")
        j += 1
    upper: list[str] = []  # \S, \W, \D inside the class
    while j < len(pattern) and pattern[j] != "]":
        if pattern[j] == "\\" and j + 1 < len(pattern):
            nxt = pattern[j + 1]
            ascii_set = table.get(nxt.lower())
            if ascii_set is None:
                items.append(pattern[j : j + 2])
            elif nxt.isupper():
                upper.append(ascii_set)
            else:
                items.append(ascii_set)
            j += 2
        else:
            items.append(pattern[j])
            j += 1
    rest = "".join(items)
    if not upper:
        out.append(f"[{'^' if negated else ''}{rest}]")
    elif len(upper) > 1:  # not needed by any table; keep Python's meaning
        out.append(pattern[i : j + 1])
    elif negated:  # [^\S\n]: an ASCII blank that is not a line break
        out.append(f"(?:(?![{rest}])[{upper[0]}])" if rest else f"[{upper[0]}]")
    else:  # [\S\t ]: anything but an ASCII blank, or one of the others
        out.append(f"(?:[^{upper[0]}]|[{rest}])" if rest else f"[^{upper[0]}]")
    return j + 1


def rb_compile(pattern: str, flags: int = 0, ascii_word: bool = False) -> re.Pattern[str]:
    """Compile a pattern written with Ruby's meaning of \\s and \\d (and \\w if ``ascii_word``)."""
    return re.compile(rb_pattern(pattern, ascii_word), flags)


@cache  # the tables only: states share rules (a language's string states, say)
def _compile_source(pattern: str, flags: int) -> re.Pattern[str]:
    return rb_compile(pattern, flags)


def bygroups(*classes: str) -> tuple[str, ...]:
    """One class per regex group; text outside groups is not allowed."""
    return classes


def wordset(text: str) -> frozenset[str]:
    """A word table written as a space-separated string."""
    return frozenset(text.split())


def words(text: str, prefix: str = "", suffix: str = r"\b") -> str:
    """An alternation of the space-separated words, longest first."""
    alternatives = "|".join(re.escape(w) for w in sorted(text.split(), key=len, reverse=True))
    return f"{prefix}(?:{alternatives}){suffix}"


class _Run:
    """The state of one lexing pass (exposed to callable actions)."""

    __slots__ = ("code", "stack", "out", "lexer", "pos", "ctx")

    def __init__(self, lexer: Lexer, code: str) -> None:
        self.lexer = lexer
        self.code = code
        self.stack: list[str] = ["root"]
        self.out: list[Token] = []
        self.pos = 0  # where lexing continues; a callable action may move it back
        self.ctx: dict[str, object] = {}  # per-language state (indentation, heredoc names …)

    def sub(self, state: str, text: str) -> list[Token]:
        """Lex ``text`` from ``state`` with a fresh stack (for embedded code)."""
        return self.lexer.tokens(text, state)


# A rule as the lexing loop reads it: compiled pattern, action, next state.
_Ready = tuple[re.Pattern[str], Action, Next]


class Lexer:
    """A table of states; ``tokens(code)`` lexes one text."""

    def __init__(self, states: dict[str, Sequence[Rule]], error: str = "err") -> None:
        self.states = {name: tuple(rules) for name, rules in states.items()}
        self.error = error
        self._ready: dict[str, tuple[_Ready, ...]] = {}  # per state entered so far, its compiled rules

    def _compile_state(self, name: str) -> tuple[_Ready, ...]:
        """The rules of state ``name`` with compiled patterns, made on the state's first use."""
        ready = self._ready.get(name)
        if ready is None:
            ready = self._ready[name] = tuple(
                (r.pattern if isinstance(r.pattern, re.Pattern) else _compile_source(*r.pattern), r.action, r.next)
                for r in self.states[name]
            )
        return ready

    def tokens(self, code: str, state: str = "root") -> list[Token]:
        run = _Run(self, code)
        run.stack = [state] if state == "root" else ["root", state]
        ready, stack, out = self._ready, run.stack, run.out
        pos, end, stalled = 0, len(code), 0
        while pos < end:
            if stalled < 16:  # rules that match empty text may change state, but not forever
                for pattern, action, nxt in ready.get(stack[-1]) or self._compile_state(stack[-1]):
                    m = pattern.match(code, pos)
                    if m is None or (m.end() == pos and nxt is None and not callable(action)):
                        continue
                    run.pos = m.end()
                    _apply(action, m, run)
                    _move(stack, nxt)
                    stalled = stalled + 1 if run.pos == pos else 0
                    pos = run.pos
                    break
                else:
                    stalled = 16
                if stalled < 16:
                    continue
            # nothing matches: one character of error text, the state kept (line breaks too)
            stalled = 0
            out.append((self.error, code[pos]))
            pos += 1
        return out


def _apply(action: Action, m: re.Match[str], run: _Run) -> None:
    out = run.out
    if isinstance(action, str):
        if m.end() > m.start():
            out.append((action, m.group()))
    elif isinstance(action, tuple):
        for i, cls in enumerate(action, 1):
            text = m.group(i)
            if text:
                out.append((cls, text))
    else:
        out.extend(action(m, run))


def _move(stack: list[str], nxt: Next) -> None:
    if nxt is None:
        return
    for step in (nxt,) if isinstance(nxt, str) else nxt:
        if step == "#pop":
            if len(stack) > 1:
                stack.pop()
        elif step.startswith("#pop:"):
            for _ in range(int(step[5:])):
                if len(stack) > 1:
                    stack.pop()
        elif step == "#push":
            stack.append(stack[-1])
        elif step == "#reset":  # back to the bottom state
            del stack[1:]
        else:
            stack.append(step)

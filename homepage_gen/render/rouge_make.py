"""Makefile tokens as rouge 3.30 classifies them (black-box probed; see rouge_lexer).

Top-level lines are assignments (``nv`` name, ``o`` operator, then a shell-lexed value),
rules (``nl`` targets, ``o`` colons, ``nf`` prerequisites), directives (``k``) or comments
(``c``, line break included); anything else is an error. Tab-indented lines right after a
rule are its recipe, lexed as shell (``@``/``-`` prefix ``p``); a blank line or any other line
ends it. In values and recipes ``$(NAME)``/``${NAME}`` is ``nv`` and ``$(func `` opens a
function call (``nf`` + ``nb``, closed by ``nf``); the text between is handed to one shell lexer
for the block, so a quote left open in one value is still open in the next; the end of a
recipe starts a fresh one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from homepage_gen.render.rouge_lexer import Lexer, Rule, Token, _Run, rb_compile, rule
from homepage_gen.render.rouge_shell import shell_stream

__all__ = ["LEXER"]

_FUNCTIONS = (
    "abspath|addprefix|addsuffix|and|basename|call|dir|error|eval|file|filter-out|filter|findstring|firstword|"
    "flavor|foreach|if|join|lastword|notdir|or|origin|patsubst|realpath|shell|sort|strip|subst|suffix|value|"
    "warning|wildcard|wordlist|words|word"
)


def _shell(m: re.Match[str], run: _Run) -> Iterable[Token]:
    """Hand the match to the block's shell lexer, which keeps its state between calls."""
    shell = run.ctx.get("shell")
    if shell is None:
        shell = run.ctx["shell"] = shell_stream()
    return shell.feed(m.group())  # type: ignore[attr-defined]


def _end_recipe(m: re.Match[str], run: _Run) -> Iterable[Token]:
    """A recipe's end starts the shell lexer afresh (values before it share one)."""
    run.ctx.pop("shell", None)
    return ()


def _ascii(pattern: str, action: object, nxt: str | tuple[str, ...] | None = None, flags: int = 0) -> Rule:
    return Rule(rb_compile(pattern, flags, ascii_word=True), action, nxt)  # type: ignore[arg-type]


# Shell text runs up to one of these: a make expansion, a parenthesis or "}", a backslash, a
# line end (``${a b}`` is not an expansion and goes to the shell whole).
_STOP = r"\$[({]|[()}]|\\|$"
_EXPANSIONS = [
    _ascii(r"\$[({][ \t]*\w[\w.%:=]*[ \t]*[)}]", "nv"),
    _ascii(rf"(\$[({{])([ \t]*)({_FUNCTIONS})([ \t]+)", ("nf", "", "nb", ""), "function"),
]
_SHELL_TEXT = [
    rule(r"\\[\s\S]", _shell),
    rule(rf"[\s\S]+?(?={_STOP})", _shell, flags=re.MULTILINE),
    rule(r"[\s\S]", _shell),
]

LEXER = Lexer(
    {
        "root": [
            rule(r"\s+", ""),
            rule(r"#[^\n]*\n", "c"),
            rule(r"(ifeq|ifneq|ifdef|ifndef)([ \t]+)([^#\n]+)", ("k", "", "nv")),
            rule(r"(?:else|endif)[ \t]*(?=[#\n])", "k"),
            rule(r"(-?s?include)((?:[ \t]+[^\s#]+)+)", ("k", "sx")),
            _ascii(r"(export)([ \t]+)(?=[\w${}\t -]+\n)", ("k", ""), "export"),
            rule(r"export[ \t]+", "k"),
            _ascii(r"([\w${}().-]+)([ \t]*)([!?:+]?=)", ("nv", "", "o"), "line"),
            rule(r'"(?:\\\\|\\[^\\]|[^"\\])*"', "s2"),
            rule(r"'(?:\\\\|\\[^\\]|[^'\\])*'", "s1"),
            rule(r"([^\n:]+)(:+)([ \t]*)", ("nl", "o", ""), "header"),
        ],
        "export": [_ascii(r"[\w${}-]+", "nv"), rule(r"[ \t]*\n", "", "#pop"), rule(r"\s+", "")],
        "header": [
            rule(",", "p"),
            rule("#", "c"),
            rule(r"\\[\s\S]", ""),
            rule(r"\n", "", ("#pop", "recipe")),
            rule(r"[^,#\\\n]+", "nf"),
        ],
        "recipe": [
            rule(r"(\t[ \t]*)([@-]?)", ("", "p"), "line"),
            rule("", _end_recipe, "#pop"),
        ],
        "line": [rule(r"\n", "", "#pop"), *_EXPANSIONS, *_SHELL_TEXT],
        "function": [
            rule(r"[)}]", "nf", "#pop"),
            rule(r"\(", _shell, "#push"),
            *_EXPANSIONS,
            *_SHELL_TEXT,
        ],
    }
)

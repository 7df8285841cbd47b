"""A shell and console tokenizer that classifies text the way rouge 3.30 does.

Pygments' bash lexer splits shell code differently from rouge's (comments keep their line
break, builtins never take trailing blanks, options and ``NAME=`` are plain text …), and
Jekyll pages use ``bash``/``console`` blocks a lot. The rules here were found by feeding
rouge small inputs and reading its HTML (black-box probing only, never its source); the
tokens are (CSS class, text) pairs, '' for text rouge leaves unwrapped. Every character of
the input is returned in order, whatever the rules make of it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache, partial

from homepage_gen.render.rouge_lexer import rb_compile

__all__ = [
    "CONSOLE_LANGS", "CONSOLE_LEXER", "SHELL_LANGS", "SHELL_LEXER", "console_tokens", "shell_stream", "shell_tokens",
]  # fmt: skip

# (highlight.py lists these names too, so that this module loads only for a shell block)
SHELL_LANGS = frozenset(("bash", "sh", "shell", "zsh", "ksh"))
CONSOLE_LANGS = frozenset(("console", "shell-session", "shell_session", "terminal"))

# Ruby's \s and \w: ASCII only (a no-break space is a word character here, "é" is not).
_rx = partial(rb_compile, ascii_word=True)


@lru_cache(maxsize=64)
def _heredoc_end(delimiter: str) -> re.Pattern[str]:
    """The line closing a heredoc opened with ``delimiter``."""
    return _rx(rf"[ \t]*{re.escape(delimiter)}(?=\s|$)\s*")


# Words rouge marks ``k`` and ``nb`` (found by probing it with each candidate word).
_KEYWORDS = "continue do done elif else esac fi for function if in return select then until while"
# "case" and the "esac" closing it never take the blanks after them (a stray "esac" does).
_CASE_WORDS = _rx(r"\b(case|esac)\b(?![-.])")
_BUILTINS = (
    "alias arch awk b2sum base32 base64 basename bg bind break builtin caller cat cd chcon chgrp "
    "chmod chown chroot cksum comm command compgen complete cp csplit cut date dd declare df dir "
    "dircolors dirname dirs disown du echo enable env eval exec exit expand export expr factor "
    "false fc fg fmt fold getopts grep groups gunzip gzip hash head help history hostid hostname "
    "id install jobs join kill let link ln local logname logout ls mapfile md5sum mkdir mkfifo "
    "mknod mktemp mv nice nl nohup nproc numfmt od paste pathchk popd pr printenv printf ptx "
    "pushd pwd read readlink readonly realpath rm rmdir runcon sed seq set sha1sum sha224sum "
    "sha256sum sha384sum sha512sum shift shopt shred shuf sleep sort source split stat stdbuf "
    "stty sudo sum suspend sync tac tail tar tee test time timeout times touch tr trap true "
    "truncate tsort tty type typeset ulimit umask unalias uname unexpand uniq unlink unset "
    "uptime users vdir wait wc who whoami yes"
)


def _word_rule(words: str) -> re.Pattern[str]:
    # A word takes the blanks after it when a word character follows them.
    alternatives = "|".join(sorted(words.split(), key=len, reverse=True))
    return _rx(rf"\b(?:{alternatives})(?:\s*\b(?![-.])|\b(?![-.]))")


_KEYWORD = _word_rule(_KEYWORDS)
_BUILTIN = _word_rule(_BUILTINS)
_DOT = _rx(r"\.(?=\s)")  # "." as the source builtin
_COMMENT = _rx(r"#[^\n]*")
_HEREDOC = _rx(r"(<<-?)(\s*)(['\"]?)(\w+)(\3)")
_VARIABLE = _rx(r"\$#?(?:\w+|[^\n])")
_ASSIGNED = _rx(r"\w+(?==)")
_OPTION = _rx(r"-[\w-]+")
_SINGLE = _rx(r"'[^']*'?")  # an unclosed quote runs to the end of the block
_SINGLE_REST = _rx(r"[^']*'?")
_LONE_DOLLAR = _rx(r"\$(?=\n|$)")
_OPERATOR = _rx(r"&&|\|\||\[\[|\]\]|<<<|>>|>=|>|!=|==|=|!|[\[\]{}]")
_PUNCT = _rx(r";;?")
_STAR = _rx(r"\*+")
_ESCAPE = _rx(r"\\[^\n]?")
_SPACE = _rx(r"\s+")
_CHUNK = _rx(r"[^\s;=$\"'`\\(){}*<][^\s;=$\"'`\\(){}*<]*")
_DQ_TEXT = _rx(r"[^\"\\$`]+")
_ANSI_TEXT = _rx(r"[^'\\]+")
_ARITH_NUMBER = _rx(r"\d+")
_ARITH_OP = _rx(r"[-+*/%<>=!&|^~?:]+")
_ARITH_WORD = _rx(r"\w+")
_CURLY_OP = _rx(r":[-=+?]")
_CURLY_NAME = _rx(r"\w+")
_CURLY_COLON = _rx(r":[^}\s\"$'()*;<=\\`{]*")
_CURLY_REST = _rx(r"[^\w}:$`\"'][^}:$`\"']*")  # a backslash is plain text here

Token = tuple[str, str]


_CURLY_RULES = ((_CURLY_OP, "k"), (_CURLY_NAME, "nv"), (_CURLY_COLON, ""), (_CURLY_REST, "p"))
_ARITH_RULES = ((_ARITH_NUMBER, "m"), (_ARITH_OP, "o"), (_ARITH_WORD, ""), (_SPACE, ""))


class _ShellLexer:
    """A small state machine: root, "…", $(…), (…), `…`, ${…}, $((…)), $'…' and heredocs."""

    def __init__(self, code: str) -> None:
        self.code = code
        self.pos = 0
        self.out: list[Token] = []
        self.stack: list[str] = ["root"]
        self.heredocs: list[tuple[str, bool]] = []
        self.case_depth = 0  # inside case … esac an unmatched ")" ends a pattern

    def emit(self, cls: str, text: str) -> None:
        if text:
            self.out.append((cls, text))
            self.pos += len(text)

    def try_rule(self, pattern: re.Pattern[str], cls: str) -> bool:
        m = pattern.match(self.code, self.pos)
        if m is None or not m.group():
            return False
        self.emit(cls, m.group())
        return True

    def feed(self, code: str) -> list[Token]:
        """Lex ``code`` as the continuation of what was lexed before (open quotes and
        expansions stay open): for chunks of shell code embedded in another language."""
        self.code, self.pos, self.out = code, 0, []
        return self.run()

    def run(self) -> list[Token]:
        while self.pos < len(self.code):
            state = self.stack[-1]
            getattr(self, f"_{state}")()
        return self.out

    # -- states ------------------------------------------------------------------------

    def _openers(self) -> bool:
        """Expansions and quotes that start a nested state (shared by root and "…")."""
        code, pos = self.code, self.pos
        if code.startswith("$((", pos):
            self.emit("k", "$((")
            self.stack.append("arith")
        elif code.startswith("$(", pos):
            self.emit("si", "$(")
            self.stack.append("subst")
        elif code.startswith("${#", pos):
            self.emit("k", "${#")
            self.stack.append("curly")
        elif code.startswith("${", pos):
            self.emit("k", "${")
            self.stack.append("curly")
        elif code.startswith("`", pos):
            self.emit("sb", "`")
            self.stack.append("backtick")
        else:
            return False
        return True

    def _root(self) -> None:
        code, pos, state = self.code, self.pos, self.stack[-1]
        ch = code[pos]
        if state == "backtick" and ch == "`":
            self.emit("sb", "`")
            self.stack.pop()
            return
        if ch == ")" and state in ("subst", "paren"):
            self.emit("si" if state == "subst" else "o", ")")
            self.stack.pop()
            return
        if ch == "\n" and self.heredocs:
            self.emit("sh", "\n")
            self.stack.append("heredoc")
            return
        if self.try_rule(_COMMENT, "c"):
            return
        m = _HEREDOC.match(code, pos)
        if m:
            self.emit("o", m.group(1))
            self.emit("", m.group(2))
            self.emit("sh", m.group(3))
            self.emit("no", m.group(4))
            self.emit("sh", m.group(5))
            self.heredocs.append((m.group(4), m.group(1) == "<<-"))
            self.stack.append("heredoc")
            return
        m = _CASE_WORDS.match(code, pos)
        if m and (m.group() == "case" or self.case_depth):
            self.case_depth = max(0, self.case_depth + (1 if m.group() == "case" else -1))
            self.emit("k", m.group())
            return
        if self.try_rule(_KEYWORD, "k") or self.try_rule(_BUILTIN, "nb") or self.try_rule(_DOT, "nb"):
            return
        if self.try_rule(_LONE_DOLLAR, "err"):
            return
        if code.startswith("$'", pos):
            self.emit("s1", "$'")
            self.stack.append("ansi")
            return
        if self._openers() or self.try_rule(_VARIABLE, "nv") or self.try_rule(_ASSIGNED, "nv"):
            return
        if self.try_rule(_OPTION, "nt"):
            return
        if ch == '"':
            self.emit("s2", '"')
            self.stack.append("dq")
            return
        if self.try_rule(_SINGLE, "s1"):
            text = self.out[-1][1]
            if len(text) == 1 or text[-1] != "'":  # unclosed: a later ``feed`` continues it
                self.stack.append("sq")
            return
        if ch == "(":
            self.emit("o", ch)
            self.stack.append("paren")
            return
        if ch == ")":  # an unmatched ")" closes a case pattern, or is a stray operator
            self.emit("p" if self.case_depth else "o", ch)
            return
        for pattern, cls in (
            (_OPERATOR, "o"),
            (_PUNCT, "p"),
            (_STAR, "k"),
            (_ESCAPE, "se"),
            (_SPACE, ""),
            (_CHUNK, ""),
        ):
            if self.try_rule(pattern, cls):
                return
        self.emit("", ch)  # never lose a character

    _subst = _root
    _paren = _root
    _backtick = _root

    def _dq(self) -> None:
        ch = self.code[self.pos]
        if ch == '"':
            self.emit("s2", '"')
            self.stack.pop()
        elif ch == "\\":
            self.emit("se", self.code[self.pos : self.pos + 2])
        elif self._openers():
            return
        elif ch == "$":
            if self.try_rule(_LONE_DOLLAR, "err"):  # before a line break or the end
                return
            m = _VARIABLE.match(self.code, self.pos)
            if m and m.group()[-1] not in '"\\`':
                self.emit("nv", m.group())
            else:
                self.emit("s2", "$")
        else:
            self.try_rule(_DQ_TEXT, "s2")

    def _sq(self) -> None:
        if self.try_rule(_SINGLE_REST, "s1") and self.out[-1][1][-1] == "'":
            self.stack.pop()

    def _ansi(self) -> None:
        ch = self.code[self.pos]
        if ch == "'":
            self.emit("s1", "'")
            self.stack.pop()
        elif ch == "\\":
            self.emit("se", self.code[self.pos : self.pos + 2])
        else:
            self.try_rule(_ANSI_TEXT, "s1")

    def _inside_nested(self, rules: tuple[tuple[re.Pattern[str], str], ...]) -> bool:
        """Inside `${…}` or `$((…))`: nested openers, variables, then the construct's own rules."""
        if self._openers() or self.try_rule(_VARIABLE, "nv"):
            return True
        return any(self.try_rule(pattern, cls) for pattern, cls in rules)

    def _curly(self) -> None:
        code, pos = self.code, self.pos
        if code[pos] == "}":
            self.emit("k", "}")
            self.stack.pop()
            return
        if code[pos] == '"':  # quotes nest: ${a:-"x y"}
            self.emit("s2", '"')
            self.stack.append("dq")
            return
        if self.try_rule(_SINGLE, "s1") or self.try_rule(_LONE_DOLLAR, "err"):
            return
        if not self._inside_nested(_CURLY_RULES):
            self.emit("", code[pos])

    def _arith(self) -> None:
        code, pos = self.code, self.pos
        if code.startswith("))", pos):
            self.emit("k", "))")
            self.stack.pop()
            return
        if not self._inside_nested(_ARITH_RULES):
            self.emit("o" if code[pos] in "()" else "", code[pos])

    def _heredoc(self) -> None:
        """The rest of the opening line and the body; the closing word is ``no``."""
        code, pos = self.code, self.pos
        delimiter, _dash = self.heredocs[0]
        at_line_start = pos == 0 or code[pos - 1] == "\n"
        if at_line_start:
            m = _heredoc_end(delimiter).match(code, pos)
            if m:
                self.emit("no", m.group())
                self.heredocs.pop(0)
                self.stack.pop()
                return
        if code[pos] == "$":
            if self._openers() or self.try_rule(_VARIABLE, "nv"):
                return
            self.emit("sh", "$")
            return
        end = code.find("\n", pos)
        stop = len(code) if end < 0 else end + 1
        dollar = code.find("$", pos, stop)
        self.emit("sh", code[pos : dollar if dollar >= 0 else stop])


def shell_tokens(code: str) -> list[Token]:
    """Rouge's shell tokens for ``code``."""
    return _ShellLexer(code).run()


def shell_stream() -> _ShellLexer:
    """A shell lexer to ``feed`` chunks of one script to, in order."""
    return _ShellLexer("")


_LINE = _rx(r"[^\n]*\n?")  # only "\n" ends a line (a "\r" or form feed does not)
_PROMPT = _rx(r"[^\n]*?[$#>;]")  # up to the first "$", "#", ">" or ";"
_PROMPT_SPACE = _rx(r"\s+")
_ELISION = _rx(r"\s*\.+\s*")  # a line of dots (blanks around them) is a comment


def console_tokens(code: str) -> list[Token]:
    """Rouge's console tokens: ``gp`` prompts, shell-lexed commands, ``go`` output lines,
    ``c`` for elided output (a line of dots)."""
    out: list[Token] = []
    # Consecutive command lines are one shell script (a quote or heredoc opened on one
    # continues on the next); any other line starts a new one.
    shell: _ShellLexer | None = None
    for m in _LINE.finditer(code):
        line = m.group()
        if not line:
            continue
        prompt = None if _ELISION.fullmatch(line) else _PROMPT.match(line)
        if prompt is None:
            out.append(("c" if _ELISION.fullmatch(line) else "go", line))
            shell = None
            continue
        out.append(("gp", prompt.group()))
        rest = line[prompt.end() :]
        space = _PROMPT_SPACE.match(rest)
        if space:
            out.append(("w", space.group()))
            rest = rest[space.end() :]
        if rest:
            if shell is None:
                shell = shell_stream()
            out.extend(shell.feed(rest))
    return out


class _Tokenizer:
    """A tokenizing function behind the ``tokens(code)`` method highlight.py calls on a lexer."""

    __slots__ = ("tokens",)

    def __init__(self, tokens: Callable[[str], list[Token]]) -> None:
        self.tokens = tokens


SHELL_LEXER = _Tokenizer(shell_tokens)
CONSOLE_LEXER = _Tokenizer(console_tokens)

"""Ruby tokens as rouge 3.30 classifies them (black-box probed; see rouge_lexer).

A method call's dot is ``p`` and its name ``nf`` (keywords too: ``x.class``), but a dot before
a constant is ``o``; ``&.`` is ``o`` + ``p``. ``key: `` labels are ``ss`` with the blanks that
follow (``c:1`` is a plain name). Floats are one ``mf``; ``0o17`` is not a number. A ``/`` or
``%`` starts a literal after an operator, an opening bracket, a keyword or the start, or
after a name when a blank precedes it and none follows. Heredoc bodies (``sh``) start at the
line break ending their opening line; the terminator line is ``no``. Double-quoted strings,
``%Q %W %I %x %r`` literals, backticks, regexes and heredocs (unless quoted with ``'``)
interpolate ``#{…}`` (``si``), whose contents are lexed as Ruby.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from homepage_gen.render.rouge_lexer import Lexer, Token, _Run, rb_compile, rule, wordset

__all__ = ["LEXER"]

_KEYWORDS = wordset(
    """
    BEGIN END alias begin break case class def defined? do else elsif end ensure for if in next raise redo
    rescue retry return super then undef unless until when while yield
    """
)
_PSEUDO = wordset(
    """
    __FILE__ __LINE__ attr catch extend false include loop module_function nil private protected public
    throw true
    """
)
_BUILTINS = wordset(
    """
    __id__ __send__ abort ancestors at_exit attr_accessor attr_reader attr_writer autoload binding
    block_given? callcc caller chomp chop class_eval class_variables clone const_defined? const_get
    const_missing const_set constants display dup eval exec exit fail fork format freeze getc gets
    global_variables gsub gsub! hash id included_modules inspect instance_eval instance_method
    instance_methods instance_variable_get instance_variable_set instance_variables is_a? kind_of? lambda
    load local_variables method method_missing methods module_eval name object_id open p print printf
    private_class_method private_instance_methods private_methods proc protected_instance_methods
    protected_methods public_class_method public_instance_methods public_methods putc puts rand readline
    readlines require require_relative respond_to? scan select self send set_trace_func singleton_methods
    sleep split sprintf srand sub sub! syscall system taint test to_a to_s trace_var trap untaint
    untrace_var warn
    """
)
_BRACKETS = {"(": ")", "[": "]", "{": "}", "<": ">"}
_ESCAPE = rb_compile(r"\\(?:x[0-9a-fA-F]{1,2}|[0-7]{1,3}|.)", re.DOTALL)
_SHORT_INTERP = rb_compile(r"#(?:@@?|\$)[a-zA-Z_]\w*")
_OPENERS = frozenset("([{,;|")
_NAMES = frozenset(("n", "nb", "nf", "kp"))


def _previous(run: _Run) -> Token | None:
    """The last token that is not plain blank text."""
    for cls, text in reversed(run.out):
        if cls or text.strip():
            return cls, text
    return None


def _literal_allowed(m: re.Match[str], run: _Run, after_name: bool = True) -> bool:
    """May a ``/``, ``%`` or ``?`` here start a literal rather than be an operator?"""
    prev = _previous(run)
    line_start = m.string.rfind("\n", 0, m.start()) + 1
    if prev is None or not m.string[line_start : m.start()].strip():
        return True
    cls, text = prev
    if cls == "o" or cls == "k" and text != "end":
        return True
    if cls == "p":
        return text[-1] in _OPENERS or text in "?:"
    if cls in _NAMES and after_name:
        code, start, end = m.string, m.start(), m.end()
        return start > 0 and code[start - 1] in " \t" and end < len(code) and code[end] not in " \t\n="
    return False


def _interpolation(code: str, pos: int) -> tuple[list[Token], int]:
    """Tokens of ``#{…}`` at ``pos`` and where it ends."""
    depth, i = 1, pos + 2
    while i < len(code) and depth:
        depth += {"{": 1, "}": -1}.get(code[i], 0)
        i += 1
    inner_end = i - 1 if depth == 0 else i
    out: list[Token] = [("si", "#{"), *LEXER.tokens(code[pos + 2 : inner_end])]
    if depth == 0:
        out.append(("si", "}"))
    return out, i


def _scan(
    code: str, pos: int, close: str, cls: str, opener: str = "", interp: bool = True, escapes: bool = True
) -> tuple[list[Token], int]:
    """A literal's body from ``pos`` through its ``close`` (nesting ``opener``)."""
    out: list[Token] = []
    depth, start, i, n = 0, pos, pos, len(code)

    def text(upto: int) -> None:
        if upto > start:
            out.append((cls, code[start:upto]))

    while i < n:
        ch = code[i]
        if ch == "\\":
            if escapes:
                m = _ESCAPE.match(code, i)
                assert m is not None
                text(i)
                out.append(("se", m.group()))
                i = start = m.end()
            else:
                i += 2
        elif interp and ch == "#" and code.startswith("#{", i):
            text(i)
            tokens, i = _interpolation(code, i)
            out += tokens
            start = i
        elif interp and ch == "#" and (m := _SHORT_INTERP.match(code, i)):
            text(i)
            out.append(("si", m.group()))
            i = start = m.end()
        elif opener and ch == opener:
            depth += 1
            i += 1
        elif ch == close:
            i += 1
            if depth == 0:
                break
            depth -= 1
        else:
            i += 1
    text(i)
    return out, i


def _string(cls: str, escapes: bool = True) -> object:
    def action(m: re.Match[str], run: _Run) -> Iterator[Token]:
        quote = m.group()[-1]
        body, run.pos = _scan(run.code, m.end(), quote, cls, escapes=escapes)
        yield cls, m.group()
        yield from body

    return action


def _single_quoted(m: re.Match[str], run: _Run) -> Iterator[Token]:
    body, run.pos = _scan(run.code, m.end(), "'", "s1", interp=False, escapes=False)
    yield "s1", m.group()
    yield from body


def _regex(m: re.Match[str], run: _Run) -> Iterator[Token]:
    if not _literal_allowed(m, run):
        yield "o", m.group()
        return
    body, end = _scan(run.code, m.end(), "/", "sr", escapes=False)
    flags = re.match(r"[mixounse]*", run.code[end:])
    assert flags is not None
    run.pos = end + flags.end()
    yield "sr", "/"
    yield from body
    if flags.group():
        yield "sr", flags.group()


def _percent(m: re.Match[str], run: _Run) -> Iterator[Token]:
    kind, delim = m.group(1), m.group(2)
    blank_before = m.start() > 0 and m.string[m.start() - 1] in " \t\n"
    if not blank_before and not _literal_allowed(m, run):
        run.pos = m.start() + 1
        yield "o", "%"
        return
    cls = "sr" if kind == "r" else "sx"
    close = _BRACKETS.get(delim, delim)
    opener = delim if delim in _BRACKETS else ""
    body, end = _scan(run.code, m.end(), close, cls, opener, interp=kind in ("Q", "W", "I", "x", "r"), escapes=False)
    run.pos = end
    if cls == "sr":
        flags = re.match(r"[mixounse]*", run.code[end:])
        assert flags is not None
        run.pos = end + flags.end()
        body.append(("sr", flags.group()))
    yield cls, m.group()
    yield from body


def _char(m: re.Match[str], run: _Run) -> Iterator[Token]:
    if _literal_allowed(m, run, after_name=False):
        yield "sc", m.group()
    else:
        run.pos = m.start() + 1
        yield "p", "?"


def _word(m: re.Match[str], run: _Run) -> Iterator[Token]:
    word = m.group()
    if word in _KEYWORDS:
        yield "k", word
    elif word in _BUILTINS:
        yield "nb", word
    elif word in _PSEUDO:
        yield "kp", word
    elif word[-1] in "?!" and (word[:-1] in _KEYWORDS or word[:-1] in _PSEUDO):
        run.pos = m.end() - 1  # ``nil?`` alone is the keyword and a ternary mark
        yield ("k" if word[:-1] in _KEYWORDS else "kp"), word[:-1]
    else:
        yield "n", word


def _heredoc(m: re.Match[str], run: _Run) -> Iterator[Token]:
    pending = run.ctx.setdefault("heredocs", [])
    assert isinstance(pending, list)
    pending.append((m.group(3), m.group(1) != "<<"))  # even a '-quoted body interpolates
    yield "o", m.group(1)
    yield "no", m.group(2) + m.group(3) + m.group(4)


def _newline(m: re.Match[str], run: _Run) -> Iterator[Token]:
    pending = run.ctx.get("heredocs")
    if not pending:
        yield "", "\n"
        return
    assert isinstance(pending, list)
    code, pos = run.code, m.start()
    for name, indented in pending:
        line = pos + 1
        while line < len(code):
            eol = code.find("\n", line)
            eol = len(code) if eol < 0 else eol
            text = code[line:eol]
            if (text.strip() if indented else text) == name:
                break
            line = eol + 1
        else:
            eol = line = len(code)
        body = code[pos:line]
        yield from _scan(body, 0, "", "sh")[0]
        if eol > line:
            yield "no", code[line:eol]
        pos = eol
    pending.clear()
    run.pos = pos


_LABEL = r"[a-z_]\w*[?!]?:[ \t\n\r\f\v]+"
_OPERATORS = (
    r"\*\*=|\*\*|<=>|===|==|=~|!=|!~|\|\|=|&&=|\|\||&&|<<=|>>=|<<|>>|<=|>=|->|=>|\.\.\.|\.\.|"
    r"[-+*/%&|^]=|[-+*/%&|^!~<>=]"
)

LEXER = Lexer(
    {
        "root": [
            rule(r"[ \t\r\f\v]+", ""),
            rule(r"\n", _newline),
            rule(r"(?<![^\n])=begin\b.*?\n=end\b", "cm", flags=re.DOTALL),
            rule(r"(?<![^\n])__END__\n.*", "cp", flags=re.DOTALL),
            rule(r"#[^\n]*", "c1"),
            rule(r"(def)([ \t]+)", ("k", ""), "def"),
            rule(r"(class)([ \t]+)([A-Z]\w*(?:::\w+)*)", ("k", "", "nc")),
            rule(r"(module)([ \t]+)([A-Z]\w*(?:::\w+)*)", ("k", "", "nn")),
            rule(r"(<<[-~]?)([\"'`]?)([A-Za-z_]\w*)(\2)", _heredoc),
            rule(r'"', _string("s2")),
            rule(r"'", _single_quoted),
            rule(r"`", _string("sb")),
            rule(r'(:)"', lambda m, run: _symbol_string(m, run)),
            rule(r"(:)'(?:\\.|[^'\\])*'?", "ss", flags=re.DOTALL),
            rule(r"::", "o"),
            rule(r":(?:[a-zA-Z_]\w*[?!]?|@@?[a-zA-Z_]\w*|\[\]=?|\*\*|<=>|===?|<<|[-+]@)", "ss"),
            rule(_LABEL, "ss"),
            rule(r"[0-9][0-9_]*\.[0-9][0-9_]*(?:[eE][+-]?[0-9]+)?|[0-9][0-9_]*[eE][+-]?[0-9]+", "mf"),
            rule(r"0[xX][0-9a-fA-F_]+", "mh"),
            rule(r"0[bB][01_]+", "mb"),
            rule(r"0[0-7_]+", "mo"),
            rule(r"[0-9][0-9_]*", "mi"),
            rule(r"@@[a-zA-Z_]\w*", "vc"),
            rule(r"@[a-zA-Z_]\w*", "vi"),
            rule(r"\$(?:[a-zA-Z_]\w*|[0-9]+|[!@&`'+~=/\\,;.<>_*$?:\"])", "vg"),
            rule(r"(\.)([ \t\n\r\f\v]*)([a-z_]\w*[?!]?)", ("p", "", "nf")),
            rule(r"[A-Z]\w*", "no"),
            rule(r"[a-z_]\w*(?:[?!](?!=))?", _word),
            rule(r"/", _regex),
            rule(r"%([qQwWiIrsx]?)([^\w\s])", _percent),
            rule(r"\?(?:\\(?:[MC]-)*.|\S)(?!\w)", _char),
            rule(_OPERATORS, "o"),
            rule(r"\.", "o"),
            rule(r"[?:]", "p"),
            rule(r"\[\]|[()\[\]{},;]", "p"),
        ],
        "def": [
            rule(r"(self|[A-Za-z_]\w*)(\.)", ("nc", "o")),
            rule(r"[a-zA-Z_]\w*[?!]?", "nf", "#pop"),
            rule(r"\[\]=?|===?|<=>|=~|[-+]@|\*\*|<<|>>|[-+*/%<>!~^&|]=?", "nf", "#pop"),
            rule(r"", "", "#pop"),
        ],
    }
)


def _symbol_string(m: re.Match[str], run: _Run) -> Iterator[Token]:
    body, run.pos = _scan(run.code, m.end(), '"', "ss", escapes=False)
    yield "ss", ':"'
    yield from body

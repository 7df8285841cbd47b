"""C and C++ tokens as rouge 3.30 classifies them (black-box probed; see rouge_lexer).

Rouge reads a float only with an exponent in C (``2.0`` is ``2 . 0``), names a function
(``nf``) only where a definition or declaration starts at the top level, marks ``label:``
at the start of a line, and keeps a preprocessor line's trailing comment as ``c1``. In C++
the top-level function rule stops applying once a ``{`` has opened (a quirk: ``root2``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from homepage_gen.render.rouge_lexer import Lexer, Rule, Token, _Run, bygroups, rule, wordset

__all__ = ["CPP_LEXER", "C_LEXER", "LEXER"]

_A = re.ASCII
_ID = r"[a-zA-Z_][a-zA-Z0-9_]*"
_WS = r"(?:\s|//[^\n]*\n|/[*].*?[*]/)+"

_C_KEYWORDS = wordset(
    """auto break case const continue default do else enum extern for goto if register restricted
    return sizeof static struct switch typedef union volatile virtual while _Alignas _Alignof
    _Atomic _Generic _Imaginary _Noreturn _Static_assert _Thread_local"""
)
_C_TYPES = wordset(
    """int long float short double char unsigned signed void jmp_buf FILE DIR div_t ldiv_t
    mbstate_t sig_atomic_t fpos_t clock_t time_t va_list size_t ssize_t off_t wchar_t ptrdiff_t
    wctrans_t wint_t wctype_t _Bool _Complex int8_t int16_t int32_t int64_t uint8_t uint16_t
    uint32_t uint64_t int_least8_t int_least16_t int_least32_t int_least64_t uint_least8_t
    uint_least16_t uint_least32_t uint_least64_t int_fast8_t int_fast16_t int_fast32_t
    int_fast64_t uint_fast8_t uint_fast16_t uint_fast32_t uint_fast64_t intptr_t uintptr_t
    intmax_t uintmax_t char16_t char32_t"""
)
_C_RESERVED = wordset(
    """__asm __int8 __based __except __int16 __stdcall __cdecl __fastcall __int32 __declspec
    __finally __int61 __try __leave inline _inline __inline naked _naked __naked restrict
    _restrict __restrict thread _thread __thread typename _typename __typename"""
)
_CPP_KEYWORDS = _C_KEYWORDS | wordset(
    """asm catch const_cast delete dynamic_cast explicit export friend mutable namespace new
    operator private protected public reinterpret_cast size_of static_cast template this throw
    throws typeid typename using final override alignas alignof constexpr decltype noexcept
    static_assert thread_local try restrict char8_t co_await co_return co_yield concept consteval
    constinit requires"""
)
_CPP_TYPES = _C_TYPES | wordset("bool")
_CPP_RESERVED = _C_RESERVED | wordset(
    "__virtual_inheritance __uuidof __super __single_inheritance __multiple_inheritance __interface __event"
)


def _namer(keywords: frozenset[str], types: frozenset[str], reserved: frozenset[str]):  # noqa: ANN202
    def name(m: re.Match[str], run: _Run) -> Iterator[Token]:
        word = m.group()
        if word in keywords:
            yield "k", word
        elif word in types:
            yield "kt", word
        elif word in reserved:
            yield "kr", word
        else:
            yield "n", word

    return name


def _function_rule(body: tuple[str, ...]) -> Rule:
    """A top-level definition or declaration: its name is ``nf``, the rest lexed as usual."""

    def action(m: re.Match[str], run: _Run) -> Iterator[Token]:
        yield from run.sub("statements", m.group(1))
        yield "nf", m.group(2)
        yield from run.sub("statements", m.group(3))
        yield from run.sub("statements", m.group(4))
        yield "p", m.group(5)
        if m.group(5) == "{":
            run.stack.extend(body)

    return rule(rf"([\w*\s]+?[\s*])({_ID})(\s*\([^;]*?\))((?:{_WS})?)([{{;])", action, flags=re.DOTALL | _A)


_INLINE_WS = [
    rule(r"[ \t\r]+", ""),
    rule(r"\\\n", ""),
    rule(r"/(?:\\\n)?[*].*?[*](?:\\\n)?/", "cm", flags=re.DOTALL),
]
_LABEL = rule(rf"({_ID})(:)(?!:)", bygroups("nl", "nl"), "#pop", flags=_A)
_BOL = [*_INLINE_WS, _LABEL, rule("", "", "#pop")]
_WHITESPACE = [
    rule(r"\n+", "", "bol"),
    rule(r"//(?:\\.|[^\n])*", "c1", "bol"),
    *_INLINE_WS,
]
_EXPR_WHITESPACE = [rule(r"\n+", "", "expr_bol"), *_WHITESPACE]


def _c_number_rules() -> list[Rule]:
    return [
        rule(r"(?:\d+[.]\d*|[.]?\d+)[eE][+-]?\d+[lLuU]*", "mf", flags=_A),
        rule(r"\d+[eE][+-]?\d+[lLuU]*", "mf", flags=_A),
        rule(r"0[xX][0-9a-fA-F]+[lLuU]*", "mh"),
        rule(r"0[0-7]+[lLuU]*", "mo"),
        rule(r"\d+[lLuU]*", "mi", flags=_A),
    ]


def _cpp_number_rules() -> list[Rule]:
    dq = r"\d(?:'?\d)*"
    return [
        rule(rf"{dq}(?:\.{dq})?(?:y|d|h|min|s|ms|us|ns|i|if|il)\b", "mx", flags=_A),
        rule(rf"(?:{dq}[.](?:{dq})?|[.]{dq})(?:[eE][+-]?{dq}[lLuU]*)?", "mf", flags=_A),
        rule(rf"{dq}[eE][+-]?{dq}[lLuU]*", "mf", flags=_A),
        rule(r"0[xX][0-9a-fA-F](?:'?[0-9a-fA-F])*[lLuU]*", "mh"),
        rule(r"0b[01]+(?:'[01]+)*", "mb"),
        rule(r"0[0-7](?:'?[0-7])*[lLuU]*", "mo"),
        rule(rf"{dq}[lLuU]*", "mi", flags=_A),
    ]


def _statements(cpp: bool) -> list[Rule]:
    keywords, types, reserved = (
        (_CPP_KEYWORDS, _CPP_TYPES, _CPP_RESERVED) if cpp else (_C_KEYWORDS, _C_TYPES, _C_RESERVED)
    )
    extra = (
        [
            rule(r"(?:class|struct)\b", "k", "classname"),
            rule(r"template\b", "k", "template"),
            *_cpp_number_rules(),
            rule(r"\bnullptr\b", "nb"),
            rule(
                r"(?:u8|u|U|L)?R\"([a-zA-Z0-9_{}\[\]#<>%:;.?*+\-/^&|~!=,\"']{0,16})\(.*?\)\1\"",
                "s",
                flags=re.DOTALL,
            ),
        ]
        if cpp
        else []
    )
    return [
        *extra,
        *_WHITESPACE,
        rule(r'(?:u8|u|U|L)?"', "s", "string"),
        rule(r"(?:u8|u|U|L)?'(?:\\.|\\[0-7]{1,3}|\\[xX][a-fA-F0-9]{1,2}|[^\\'\n])'", "sc"),
        *_c_number_rules(),
        rule(r"\*/", "err"),
        rule(r"[~!%^&*+=|?:<>/-]", "o"),
        rule(r"[()\[\],.;]", "p"),
        rule(r"\bcase\b", "k", "case"),
        rule(r"(?:true|false|NULL)\b", "nb"),
        rule(_ID, _namer(keywords, types, reserved), flags=_A),
    ]


def _states(cpp: bool) -> dict[str, list[Rule]]:
    statements = _statements(cpp)
    function = [*_WHITESPACE, *statements, rule(";", "p"), rule(r"\{", "p", "function"), rule(r"\}", "p", "#pop")]
    expr_bol = [
        *_INLINE_WS,
        rule(r"#if\s0", "c", "if_0"),
        rule("#", "cp", "macro"),
        rule("", "", "#pop"),
    ]
    body = ("root2", "function") if cpp else ("function",)
    states = {
        "root": [
            *_EXPR_WHITESPACE,
            _function_rule(body),
            rule(r"\{", "p", body),
            *statements,
        ],
        # C++ after a top-level block: like a block body that never closes
        "root2": [*function[:-1], rule(r"\}", "p")],
        "statements": statements,
        "case": [rule(":", "p", "#pop"), *statements],
        "function": function,
        "bol": [*_BOL[:-1], *expr_bol[len(_INLINE_WS) :]],
        "expr_bol": expr_bol,
        "string": [
            rule('"', "s", "#pop"),
            rule(r"\\(?:[\\abfnrtv\"']|[xX][a-fA-F0-9]{2,4}|[0-7]{1,3})", "se"),
            rule(r'[^\\"\n]+', "s"),
            rule(r"\\\n", "s"),
            rule(r"\\", "s"),
            rule(r"\n", "err"),
        ],
        "macro": [
            rule(r'(include)(\s*)(<[^>]+>|"[^"]+")([^\n]*)', bygroups("cp", "", "cpf", "c1")),
            rule(r"[^/\n\\]+", "cp"),
            rule(r"\\.", "cp", flags=re.DOTALL),
            *_INLINE_WS,
            rule("/", "cp"),
            rule(r"\n", "cp", "#pop"),
        ],
        "if_0": [
            rule(r"^\s*#if[^\n]*?(?<!\\)\n", "c", "#push", flags=re.M),
            rule(r"^\s*#el(?:se|if)[^\n]*", "c", "#pop", flags=re.M),
            rule(r"^\s*#endif[^\n]*?(?<!\\)\n", "c", "#pop", flags=re.M),
            rule(r"[^\n]*?\n", "c"),
        ],
    }
    if cpp:
        states["classname"] = [
            rule(_ID, "nc", "#pop", flags=_A),
            rule(r"\s*(?=>)", "", "#pop"),
            *_WHITESPACE,
        ]
        states["template"] = [
            rule(r"[>;]", "p", "#pop"),
            rule(r"typename\b", "k", "classname"),
            *states["root"],
        ]
    return states


class _StartLexer(Lexer):
    """A lexer whose text starts in a given state (C++: at a line start, where labels stand)."""

    def __init__(self, states: dict[str, list[Rule]], start: str) -> None:
        super().__init__(states)
        self.start = start

    def tokens(self, code: str, state: str = "") -> list[Token]:
        return super().tokens(code, state or self.start)


# text starts at the beginning of a line, where a directive (and in C++ a label) may stand
C_LEXER = _StartLexer(_states(cpp=False), "expr_bol")
CPP_LEXER = _StartLexer(_states(cpp=True), "bol")
LEXER = C_LEXER

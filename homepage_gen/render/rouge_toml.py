"""TOML tokens as rouge 3.30 classifies them (black-box probed; see rouge_lexer).

Rouge's TOML is loose and these rules follow it: a key is any run of non-blanks before ``=``
(``py``; ``nn`` with an ``o`` ``=`` when ``{`` follows), greedy, so ``a=b=c`` keys ``a=b``;
``[x]`` with no blank inside is ``nn`` anywhere, even as a value (``["a","b"]``), while
``[ "a" ]`` is an array. Only the top-level key opens a value, which ends at its line break
(blanks before the break run on); arrays and inline tables span lines. Strings are not
allowed outside a value; escapes are ``\\0 \\t \\n \\r \\" \\\\``, backslash-blank and
backslash-newline, others are a lone error backslash. A one-line string ends at a line break
with an error. Numbers: ``1979-05-27`` is ``mi`` (three integers), ``…T07:32:00Z`` ``ld``; ``true``/``false``
and ``inf``/``nan`` need no word end.
"""

from __future__ import annotations

from homepage_gen.render.rouge_lexer import Lexer, rule

__all__ = ["LEXER"]

_NAME = r"""(\S+|"[^"]*"|'[^']*')"""  # a quoted name may hold blanks
_INT = r"\d+(?:_\d+)*"
_EXP = rf"[eE][+-]?{_INT}"

_BASIC = [
    rule(r"\s+", ""),
    rule(r"#[^\n]*", "c"),
    rule(r"true|false", "kc"),
    rule(rf"{_NAME}(\s*)(=)(\s*)(\{{)", ("nn", "", "o", "", "p"), "inline"),
    rule(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z", "ld"),
    rule(rf"[+-]?{_INT}(?:\.{_INT}(?:{_EXP})?|{_EXP})", "mf"),
    rule(r"[+-]?(?:inf|nan)", "mf"),
    rule(r"0x[0-9a-fA-F]+(?:_[0-9a-fA-F]+)*", "mh"),
    rule(r"0o[0-7]+(?:_[0-7]+)*", "mo"),
    rule(r"0b[01]+(?:_[01]+)*", "mb"),
    rule(rf"[+-]?{_INT}", "mi"),  # ``1979-05-27`` is three of these
]
_SECTION = rule(r"\[\S+\]", "nn")
_KEY = rf"{_NAME}(\s*)(=)"
_ESCAPE = r'\\[0tnr"\\ \t\n]'

_CONTENT = [
    *_BASIC,
    _SECTION,
    rule(_KEY, ("py", "", "p")),
    rule(_ESCAPE, "se"),
    rule('"""', "s", "mdq"),
    rule('"', "s", "dq"),
    rule("'''", "s", "msq"),
    rule("'", "s", "sq"),
    rule(",", "p"),
    rule(r"\[", "p", "array"),
]

LEXER = Lexer(
    {
        "root": [*_BASIC, _SECTION, rule(_KEY, ("py", "", "p"), "value")],
        "value": [rule(r"\n", "", "#pop"), *_CONTENT],
        "array": [*_CONTENT, rule(r"\]", "p", "#pop")],
        "inline": [*_CONTENT, rule(r"\}", "p", "#pop")],
        "dq": [
            rule(_ESCAPE, "se"),
            rule(r'[^"\\\n]+', "s"),
            rule('"', "s", "#pop"),
            rule(r"\n", "err", "#pop"),
        ],
        "mdq": [rule(_ESCAPE, "se"), rule(r'[^"\\]+', "s"), rule('"""', "s", "#pop"), rule('"', "s")],
        "sq": [rule(r"[^'\n]+", "s"), rule("'", "s", "#pop"), rule(r"\n", "err", "#pop")],
        "msq": [rule(r"[^']+", "s"), rule("'''", "s", "#pop"), rule("'", "s")],
    }
)

"""JavaScript tokens as rouge 3.30 classifies them (black-box probed, never its source).

What rouge does that Pygments does not: string quotes are ``dl`` around ``s1``/``s2`` text,
names are ``nx``, a word before ``:`` is a key (``na``) in an object literal and a label
(``nl``) in a block, ``/`` starts a regex only after an operator, punctuation, ``}`` or a
keyword, and floats need digits on both sides of the dot. Whether ``{`` opens an object or
a block depends on what precedes it: after ``)``, ``:``, ``;``, ``{``, ``}`` or at the start it
keeps the enclosing kind (a block at top level), otherwise it opens an object.
"""

from __future__ import annotations

import re

from homepage_gen.render.rouge_lexer import wordset

__all__ = ["LEXER"]

Token = tuple[str, str]

_KEYWORDS = wordset(
    """for if else while do break continue return switch case throw try catch finally new delete
    typeof instanceof void in of yield await async this super debugger import export from as
    default"""
)
_DECLARATIONS = wordset("var let const function class extends constructor static get set with")
_CONSTANTS = wordset("true false null undefined NaN Infinity")
_RESERVED = wordset("enum implements interface package private protected public")
_BUILTINS = wordset(
    """Array ArrayBuffer Boolean DataView Date Error Float32Array Float64Array Function Int8Array
    Int16Array Int32Array Map Math Number Object Promise Proxy Reflect RegExp Set String Symbol
    Uint8Array Uint8ClampedArray Uint16Array Uint32Array WeakMap WeakSet decodeURI
    decodeURIComponent encodeURI encodeURIComponent eval isFinite isNaN parseFloat parseInt window
    document navigator self global"""
)

_SPACE = re.compile(r"\s+")
_SHEBANG = re.compile(r"#![^\n]*\n?")
_LINE_COMMENT = re.compile(r"//[^\n]*")
_BLOCK_COMMENT = re.compile(r"/\*.*?(?:\*/|\Z)", re.DOTALL)
_IDENT = re.compile(r"[^\W\d][\w$]*|\$[\w$]*")
_KEY_AFTER = re.compile(r"\s*:(?!:)")
_NUMBERS = (
    (re.compile(r"0[xX][0-9a-fA-F]+"), "mh"),
    (re.compile(r"0[oO][0-7]+"), "mo"),
    (re.compile(r"0[bB][01]+"), "mb"),
    (re.compile(r"\d+\.\d+(?:[eE][+-]?\d+)?"), "mf"),
    (re.compile(r"\d+"), "mi"),
)
_PUNCT = re.compile(r"\.\.\.|\?\.|\?(?!\?)|[(){}\[\];,.:@]")
_OPERATOR = re.compile(r"(?:\?\?=?|[-+*%&|^!~<>=])+|/=?")
_STRING_TEXT = {"'": re.compile(r"[^'\\]+"), '"': re.compile(r'[^"\\]+')}
_TEMPLATE_TEXT = re.compile(r"(?:[^`\\$]|\$(?!\{))+")
_ESCAPE = re.compile(r"\\.?")
_REGEX_TEXT = re.compile(r"[^/\\\[\n]+")
_REGEX_CLASS_TEXT = re.compile(r"[^\]\\/\n]+")
_REGEX_END = re.compile(r"/[a-z]*")


class _JsLexer:
    def __init__(self, code: str) -> None:
        self.code = code
        self.pos = 0
        self.out: list[Token] = []
        self.braces: list[str] = []  # "object" or "block" per open "{"; "$" for a template's "${"
        self.prev = ""  # the last significant token's text ("" at the start)
        self.prev_cls = ""

    def emit(self, cls: str, text: str) -> None:
        self.out.append((cls, text))
        self.pos += len(text)

    def significant(self, cls: str, text: str) -> None:
        self.emit(cls, text)
        self.prev, self.prev_cls = text, cls

    def run(self) -> list[Token]:
        code = self.code
        m = _SHEBANG.match(code)
        if m:
            self.emit("cp", m.group())
        while self.pos < len(code):
            self.step()
        return self.out

    def kind(self) -> str:
        for kind in reversed(self.braces):
            if kind != "$":
                return kind
        return "root"

    def regex_allowed(self) -> bool:
        if not self.prev:
            return False
        if self.prev_cls in ("o", "k"):
            return True
        return self.prev_cls == "p" and self.prev not in (")", "]")

    def key_position(self) -> bool:
        kind = self.kind()
        if kind == "object":
            return self.prev in ("{", ",")
        return kind != "object" and self.prev in ("{", ";", "}")

    def step(self) -> None:
        code, pos = self.code, self.pos
        ch = code[pos]
        for pattern, cls in ((_SPACE, ""), (_LINE_COMMENT, "c1"), (_BLOCK_COMMENT, "cm")):
            m = pattern.match(code, pos)
            if m:
                self.emit(cls, m.group())
                return
        if code.startswith("<!--", pos):
            self.emit("c", "<!--")
            return
        if ch in "'\"":
            self.string(ch)
            return
        if ch == "`":
            self.template()
            return
        if ch == "/" and self.regex_allowed():
            self.regex()
            return
        m = _IDENT.match(code, pos)
        if m:
            self.word(m.group())
            return
        for pattern, cls in _NUMBERS:
            m = pattern.match(code, pos)
            if m:
                self.significant(cls, m.group())
                return
        if ch == "{":
            opens_object = self.prev not in ("", ")", ":", ";", "{", "}")
            self.braces.append("object" if opens_object else ("block" if self.kind() == "root" else self.kind()))
            self.significant("p", ch)
            return
        if ch == "}":
            kind = self.braces.pop() if self.braces else ""
            if kind == "$":  # the end of a template's ${…}: back into the template text
                self.emit("p", ch)
                self.template_rest()
                return
            self.significant("p", ch)
            return
        m = _PUNCT.match(code, pos)
        if m:
            self.significant("p", m.group())
            return
        m = _OPERATOR.match(code, pos)
        if m:
            self.significant("o", m.group())
            return
        self.significant("err", ch)

    def word(self, word: str) -> None:
        if self.key_position() and _KEY_AFTER.match(self.code, self.pos + len(word)):
            self.significant("na" if self.kind() == "object" else "nl", word)
            return
        if self.prev == "@" and self.prev_cls == "p":
            self.significant("nd", word)
            return
        if word in _KEYWORDS:
            cls = "k"
        elif word in _DECLARATIONS:
            cls = "kd"
        elif word in _CONSTANTS:
            cls = "kc"
        elif word in _RESERVED:
            cls = "kr"
        elif word in _BUILTINS:
            cls = "nb"
        else:
            cls = "nx"
        self.significant(cls, word)

    def string(self, quote: str) -> None:
        cls = "s1" if quote == "'" else "s2"
        self.emit("dl", quote)
        text = _STRING_TEXT[quote]
        while self.pos < len(self.code):
            ch = self.code[self.pos]
            if ch == quote:
                self.significant("dl", quote)
                return
            if ch == "\\":
                self.emit("se", _ESCAPE.match(self.code, self.pos).group())  # type: ignore[union-attr]
                continue
            self.emit(cls, text.match(self.code, self.pos).group())  # type: ignore[union-attr]
        self.prev, self.prev_cls = quote, "dl"

    def template(self) -> None:
        self.emit("s2", "`")
        self.template_rest()

    def template_rest(self) -> None:
        """Template text up to the closing backquote or the next ``${``."""
        code = self.code
        while self.pos < len(code):
            if code[self.pos] == "`":
                self.significant("s2", "`")
                return
            if code.startswith("${", self.pos):
                self.braces.append("$")
                self.significant("p", "${")
                return
            m = _TEMPLATE_TEXT.match(code, self.pos)
            if m:
                self.emit("s2", m.group())
            else:
                self.emit("s2", _ESCAPE.match(code, self.pos).group())  # type: ignore[union-attr]

    def regex(self) -> None:
        code = self.code
        self.emit("sr", "/")
        in_class = False
        while self.pos < len(code) and code[self.pos] != "\n":
            ch = code[self.pos]
            if ch == "\\":
                self.emit("se", _ESCAPE.match(code, self.pos).group())  # type: ignore[union-attr]
            elif in_class:
                if ch in "]/":
                    in_class = ch != "]"
                    self.emit("se", ch)
                else:
                    self.emit("sr", _REGEX_CLASS_TEXT.match(code, self.pos).group())  # type: ignore[union-attr]
            elif ch == "[":
                in_class = True
                self.emit("se", ch)
            elif ch == "/":
                self.significant("sr", _REGEX_END.match(code, self.pos).group())  # type: ignore[union-attr]
                return
            else:
                self.emit("sr", _REGEX_TEXT.match(code, self.pos).group())  # type: ignore[union-attr]
        self.prev, self.prev_cls = "/", "sr"


class _Lexer:
    """The interface highlight.py expects of a tokenizer module's ``LEXER``."""

    @staticmethod
    def tokens(code: str) -> list[Token]:
        return _JsLexer(code).run()


LEXER = _Lexer()

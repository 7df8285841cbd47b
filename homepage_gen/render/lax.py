"""Ruby Liquid's lax reading of expressions, for markup python-liquid rejects.

Jekyll runs Liquid with `error_mode: warn`: a tag the strict parser rejects is
re-read by the lax parser, which takes what it can (`(page_tags | sort:0)` is
`page_tags | sort: 0`, an unquoted-name filter such as `| "text"` is a filter
named `text`). We rewrite such a tag into the strict expression Ruby's lax
parser understood, and the caller warns with the file and line.
"""

from __future__ import annotations

import re

_QUOTED_STRING = r"\"[^\"]*\"|'[^']*'"
_QUOTED_FRAGMENT = rf"(?:{_QUOTED_STRING}|(?:[^\s,|'\"]|{_QUOTED_STRING})+)"
_MARKUP_WITH_FRAGMENT = re.compile(rf"\s*({_QUOTED_FRAGMENT})(.*)", re.S)
_FILTER_MARKUP = re.compile(r"\|\s*(.*)", re.S)
_FILTER_PARSER = re.compile(rf"(?:\s+|{_QUOTED_FRAGMENT}|[:,])+")
_FILTER_ARGS = re.compile(rf"(?::|,)\s*((?:\w+\s*:\s*)?{_QUOTED_FRAGMENT})")
_LOOKUP_PARTS = re.compile(r"\[[^\]]+\]|[\w-]+\??")
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
_RANGE = re.compile(r"\(\s*(\S+)\s*\.\.\s*(\S+)\s*\)")
_ASSIGN = re.compile(r"\A(\s*(?:assign|echo)\s+)(?:([\w\-.\[\]'\"]+)\s*=\s*)?(.*?)(\s*)\Z", re.S)
# Ruby's `assign` finds `name = value` anywhere in its markup (`assign = x = 1` assigns x).
_ASSIGN_ANYWHERE = re.compile(r"\A(\s*assign\s+).*?((?:\(?[\w\-.\[\]]\)?)+)\s*=\s*(.*?)(\s*)\Z", re.S)
_KEYWORD_ARG = re.compile(r"(\w+)\s*:\s*(.*)", re.S)


def lax_expression(fragment: str) -> str:
    """One operand as Ruby's Expression.parse reads it, written strictly."""
    text = fragment.strip()
    if not text:
        return "nil"
    if re.fullmatch(_QUOTED_STRING, text) or _NUMBER.fullmatch(text):
        return text
    if text in ("nil", "null", "true", "false", "blank", "empty"):
        return text
    found = _RANGE.fullmatch(text)
    if found:
        return f"({lax_expression(found.group(1))}..{lax_expression(found.group(2))})"
    parts = _LOOKUP_PARTS.findall(text)
    if not parts:
        return "nil"
    head, rest = parts[0], parts[1:]
    if head.isdigit():
        return "nil"  # a lookup of a variable named "0" (Ruby reads `0)` so), which is nil
    out = head if not head.startswith("[") else f"[{lax_expression(head[1:-1])}]"
    for part in rest:
        out += f"[{lax_expression(part[1:-1])}]" if part.startswith("[") else "." + part
    return out


def lax_variable(markup: str) -> str:
    """An output or assignment value (`name | filter: args`) as Ruby's lax parser reads it."""
    found = _MARKUP_WITH_FRAGMENT.match(markup)
    if not found:
        return "nil"
    out = lax_expression(found.group(1))
    filters = _FILTER_MARKUP.search(found.group(2))
    if not filters:
        return out
    for chunk in _FILTER_PARSER.findall(filters.group(1)):
        name = re.search(r"\w+", chunk)
        if not name:
            continue
        args = []
        for arg in _FILTER_ARGS.findall(chunk):
            keyword = _KEYWORD_ARG.fullmatch(arg)
            if keyword and not re.fullmatch(_QUOTED_STRING, arg):
                args.append(f"{keyword.group(1)}: {lax_expression(keyword.group(2))}")
            else:
                args.append(lax_expression(arg))
        out += f" | {name.group(0)}" + (": " + ", ".join(args) if args else "")
    return out


_AND_OR = r"\b(?:\s?and\s?|\s?or\s?)\b"
_EXPRESSIONS_AND_OPERATORS = re.compile(
    rf"(?:{_AND_OR}|(?:\s*(?!{_AND_OR})(?:{_QUOTED_FRAGMENT}|\S+)\s*)+)"
)
_CONDITION = re.compile(rf"({_QUOTED_FRAGMENT})\s*([=!<>a-z_]+)?\s*({_QUOTED_FRAGMENT})?")
_FOR = re.compile(rf"\A\s*([\w\-\[\]\.]+)\s+in\s+({_QUOTED_FRAGMENT}+)\s*(reversed)?", re.S)
_TAG_ATTRIBUTES = re.compile(rf"(\w[\w-]*)\s*:\s*({_QUOTED_FRAGMENT})")
_TAG_NAME = re.compile(r"\A(\s*)(\w+)(\s*)(.*?)(\s*)\Z", re.S)


def lax_condition(markup: str) -> str | None:
    """An `if`/`unless` condition as Ruby's lax parser reads it (parentheses dropped)."""
    parts = [p for p in _EXPRESSIONS_AND_OPERATORS.findall(markup) if p.strip()]
    out: list[str] = []
    for index, part in enumerate(parts):
        if index % 2:
            operator = part.strip()
            if operator not in ("and", "or"):
                return None
            out.append(operator)
            continue
        found = _CONDITION.match(part.strip())
        if not found:
            return None
        left, operator, right = found.groups()
        text = lax_expression(left)
        if operator:
            text += f" {operator} {lax_expression(right or '')}"
        out.append(text)
    return " ".join(out) if out and len(out) % 2 else None


def lax_for(markup: str) -> str | None:
    found = _FOR.match(markup)
    if not found:
        return None
    variable, collection, reversed_ = found.groups()
    text = f"{variable} in {lax_expression(collection)}" + (" reversed" if reversed_ else "")
    for name, value in _TAG_ATTRIBUTES.findall(markup):
        if name in ("limit", "offset"):
            text += f" {name}: {lax_expression(value)}"
    return text


def _enclosing_markup(text: str, index: int) -> tuple[int, int, str] | None:
    """(start, end, kind) of the `{{ }}` or `{% %}` around `index`; kind is "output" or "tag"."""
    starts = [(text.rfind("{{", 0, index + 1), "output"), (text.rfind("{%", 0, index + 1), "tag")]
    start, kind = max(starts)
    if start < 0:
        return None
    close = "}}" if kind == "output" else "%}"
    end = text.find(close, index)
    if end < 0:
        return None
    return start, end + 2, kind


def rewrite_at(text: str, index: int) -> tuple[str, str, str] | None:
    """Rewrite the output or `assign`/`echo` tag around `index` the lax way.

    Returns (new text, old markup, new markup), or None when there is nothing we can re-read.
    """
    where = _enclosing_markup(text, index)
    if where is None:
        return None
    start, end, kind = where
    original = text[start:end]
    open_len = 3 if original[2:3] == "-" else 2
    close_len = 3 if original[-3:-2] == "-" else 2
    inner = original[open_len:-close_len]
    newlines = "\n" * inner.count("\n")  # keep later line numbers where they were
    if kind == "output":
        rewritten = f" {lax_variable(inner)} {newlines}"
    else:
        tag = _TAG_NAME.match(inner)
        if not tag:
            return None
        lead, name, space, markup, _ = tag.groups()
        if name in ("assign", "echo"):
            found = _ASSIGN.match(inner)
            if not found:
                return None
            prefix, target, value, _ = found.groups()
            if name == "assign" and not target:
                found = _ASSIGN_ANYWHERE.match(inner)
                if not found:
                    return None
                prefix, target, value, _ = found.groups()
            assignment = f"{target} = " if target else ""
            rewritten = f"{prefix}{assignment}{lax_variable(value)} {newlines}"
        else:
            reader = {"if": lax_condition, "elsif": lax_condition, "unless": lax_condition,
                      "for": lax_for}.get(name)
            new_markup = reader(markup) if reader else None
            if new_markup is None:
                return None
            rewritten = f"{lead}{name} {new_markup} {newlines}"
    replacement = original[:open_len] + rewritten + original[-close_len:]
    if replacement == original:
        return None
    return text[:start] + replacement + text[end:], original, replacement

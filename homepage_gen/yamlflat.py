"""Flat `key: value` YAML read without PyYAML.

Most front matter is a handful of unindented `key: value` lines with quoted or
one-word values; PyYAML (even its C scanner) spends ~50 µs on each such block
constructing nodes in Python. `read_flat_mapping` reads exactly the subset whose
meaning is unambiguous under YAML 1.1 as PyYAML resolves it, and answers None for
anything else (indentation, lists, comments, dates, escapes, anchors, flow
collections, tabs, unusual characters …) so the caller falls back to the full parser.
The subset is kept small on purpose: a value it reads must equal what PyYAML returns.
"""

from __future__ import annotations

import re
from typing import Any

# One line: an unindented plain key, a colon, and nothing or a value of one of the forms below.
_LINE = re.compile(
    r"([A-Za-z_][A-Za-z0-9_-]*):"
    r"(?:[ ]+(?:"
    r'"([^"\\\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]*)"'  # double-quoted, no escapes
    r"|'([^'\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]*)'"  # single-quoted, no doubled quotes
    r"|([A-Za-z/](?:[A-Za-z0-9 _./-]*[A-Za-z0-9_./-])?)"  # plain words (no `: `, ` #`, indicators)
    r"|(0|[1-9][0-9]{0,17})"  # a decimal integer (no octal `0…`, no `_`, no sexagesimal)
    r"))?[ ]*"
)
# Words YAML 1.1 (as PyYAML resolves plain scalars) reads as booleans or null.
_BOOLEANS = {
    "true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False,
    "yes": True, "Yes": True, "YES": True, "no": False, "No": False, "NO": False,
    "on": True, "On": True, "ON": True, "off": False, "Off": False, "OFF": False,
}
_NULLS = frozenset({"null", "Null", "NULL"})


def read_flat_mapping(text: str) -> tuple[dict[str, Any], dict[str, int]] | None:
    """The mapping and each key's 0-based line, or None when `text` is not in the simple subset."""
    data: dict[str, Any] = {}
    lines: dict[str, int] = {}
    match_line = _LINE.fullmatch
    for number, line in enumerate(text.split("\n")):
        if not line.strip(" "):
            continue
        found = match_line(line)
        if found is None:
            return None
        key, double, single, word, integer = found.groups()
        if key in _BOOLEANS or key in _NULLS:
            return None  # such a key is not a string in YAML 1.1
        value: Any
        if double is not None:
            value = double
        elif single is not None:
            value = single
        elif word is not None:
            value = None if word in _NULLS else _BOOLEANS.get(word, word)
        elif integer is not None:
            value = int(integer)
        else:
            value = None  # `key:` with nothing after it
        data[key] = value
        lines.setdefault(key, number)
    if not data:
        return None  # an empty document is None to PyYAML, not {}
    return data, lines

"""YAML and front matter reading with file:line errors.

Text is decoded as UTF-8 (a byte-order mark is dropped, CRLF becomes LF);
invalid UTF-8 is an error naming the byte offset.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .errors import BuildError
from .yamlflat import read_flat_mapping

try:  # the C loader is several times faster where PyYAML was built with libyaml
    _BaseLoader: type[yaml.SafeLoader] = yaml.CSafeLoader  # type: ignore[attr-defined]
except AttributeError:  # pragma: no cover - depends on the PyYAML build
    _BaseLoader = yaml.SafeLoader


class _Loader(_BaseLoader):  # type: ignore[valid-type,misc]
    """The safe loader, with a value it cannot convert reported at its line.

    PyYAML's constructors raise plain ValueError/TypeError/… for values such as
    `!!int x` or `!!timestamp 0x1F`; those carry no position, so they are turned
    into a `ConstructorError` marked with the node's place in the file.
    """

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        try:
            return super().construct_object(node, deep=deep)
        except yaml.YAMLError:
            raise
        except (ValueError, TypeError, AttributeError, IndexError, KeyError, OverflowError):
            tag = "!!" + str(node.tag).rsplit(":", 1)[-1]
            shown = repr(node.value) if isinstance(node, yaml.ScalarNode) else "this value"
            raise yaml.constructor.ConstructorError(
                None, None, f"{shown} is not a valid {tag} value", node.start_mark,
            ) from None

# Jekyll's rule: a file starts with `---` on its own line; front matter ends at the
# next line that is `---` or `...`.
FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n?)^(?:---|\.\.\.)[ \t]*$\n?", re.DOTALL | re.MULTILINE)
FRONT_MATTER_START = re.compile(r"\A---[ \t]*\r?\n")


@dataclass
class YamlDocument:
    value: Any
    key_lines: dict[str, int] = field(default_factory=dict)


def decode_text(raw: bytes, shown_path: str) -> str:
    """UTF-8 text with BOM removed and line endings normalised to LF."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        line = raw.count(b"\n", 0, err.start) + 1
        raise BuildError(
            f"not valid UTF-8 (byte offset {err.start}: {raw[err.start:err.start + 1]!r})",
            shown_path, line,
            hint="save the file as UTF-8 in your editor",
        ) from None
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def read_text(path: Path, shown_path: str) -> str:
    try:
        raw = path.read_bytes()
    except OSError as err:
        raise BuildError(f"cannot read file: {err.strerror}", shown_path) from None
    return decode_text(raw, shown_path)


def parse_yaml(
    text: str, shown_path: str, first_line: int = 1, error_type: type[BuildError] = BuildError
) -> YamlDocument:
    """Parse one YAML document; `first_line` is the file line where `text` starts."""
    flat = read_flat_mapping(text)
    if flat is not None:
        data, lines = flat
        return YamlDocument(data, {key: line + first_line for key, line in lines.items()})
    try:
        value = yaml.load(text, Loader=_Loader)  # noqa: S506 - a safe loader
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        problem = err.problem or err.context or "invalid YAML"
        if err.context and err.context_mark and err.problem:
            # "while scanning a quoted scalar … found unexpected end of stream": the
            # unclosed thing is where the user has to look, the end of the text is not.
            context_line = err.context_mark.line + first_line
            problem = f"{problem} ({err.context} that starts at line {context_line})"
            if mark is not None and mark.index >= len(text.rstrip()):
                mark = err.context_mark
        line = mark.line + first_line if mark else first_line
        col = mark.column + 1 if mark else None
        raise error_type(
            f"invalid YAML: {problem}", shown_path, line, col,
            hint="check indentation, colons and quotes on this line or the one before",
        ) from None
    except yaml.YAMLError as err:
        raise error_type(f"invalid YAML: {err}", shown_path, first_line) from None
    check_shape(value, shown_path, first_line, error_type)
    key_lines: dict[str, int] = {}
    if isinstance(value, dict):
        key_lines = _top_level_key_lines(text, first_line)
    return YamlDocument(value, key_lines)


MAX_YAML_DEPTH = 100  # far beyond any real config; deeper values overflow Python's recursion later
MAX_YAML_VALUES = 1_000_000  # after expanding aliases: "billion laughs" documents stop here


def check_shape(value: Any, shown_path: str, first_line: int, error_type: type[BuildError]) -> None:
    """Refuse values that are too deep, expand (through aliases) to too many values, or contain themselves.

    Shared values (an `&anchor` used by several `*alias`es) are measured once, so this is
    linear in the size of the document, not of its expansion.
    """
    measured: dict[int, tuple[int, int]] = {}  # id → (values, height)
    active: set[int] = set()

    def fail(message: str, hint: str) -> BuildError:
        return error_type(message, shown_path, first_line, hint=hint)

    def measure(node: Any, depth: int) -> tuple[int, int]:
        if isinstance(node, dict):
            children: Any = node.values()
        elif isinstance(node, (list, tuple, set, frozenset)):
            children = node
        else:
            return 1, 0
        key = id(node)
        if key in active:
            raise fail("invalid YAML: an alias refers to the value that contains it",
                       "a `*name` inside the value anchored as `&name` never ends")
        if key not in measured:
            if depth > MAX_YAML_DEPTH:
                raise fail(f"YAML value nested more than {MAX_YAML_DEPTH} levels deep",
                           "flatten the structure")
            active.add(key)
            values, height = 1, 0
            for child in children:
                child_values, child_height = measure(child, depth + 1)
                values += child_values
                height = max(height, child_height + 1)
                if values > MAX_YAML_VALUES:
                    raise fail(f"YAML aliases expand to more than {MAX_YAML_VALUES:,} values",
                               "a few `*alias`es of aliases multiply; use fewer levels")
            active.discard(key)
            measured[key] = (values, height)
        values, height = measured[key]
        if depth + height > MAX_YAML_DEPTH:
            raise fail(f"YAML value nested more than {MAX_YAML_DEPTH} levels deep", "flatten the structure")
        return values, height

    total = 0
    for item in (value.values() if isinstance(value, dict) else [value]):
        total += measure(item, 1)[0]
        if total > MAX_YAML_VALUES:
            raise fail(f"YAML aliases expand to more than {MAX_YAML_VALUES:,} values",
                       "a few `*alias`es of aliases multiply; use fewer levels")


_TOP_KEY = re.compile(r"^([A-Za-z0-9_\-]+)\s*:", re.MULTILINE)


def _top_level_key_lines(text: str, first_line: int) -> dict[str, int]:
    """Line of each unindented `key:`; enough for messages without a second parse."""
    lines: dict[str, int] = {}
    for match in _TOP_KEY.finditer(text):
        line = text.count("\n", 0, match.start()) + first_line
        lines.setdefault(match.group(1), line)
    return lines


def load_yaml(path: Path, shown_path: str, error_type: type[BuildError] = BuildError) -> YamlDocument:
    return parse_yaml(read_text(path, shown_path), shown_path, error_type=error_type)


def has_front_matter(raw_head: bytes) -> bool:
    """Jekyll's test: the file starts with `---` and a line end (after an optional BOM)."""
    if raw_head.startswith(b"\xef\xbb\xbf"):
        raw_head = raw_head[3:]
    return FRONT_MATTER_START.match(raw_head.decode("utf-8", "replace")) is not None


@dataclass
class FrontMatterDocument:
    data: dict[str, Any]
    body: str
    body_line: int  # 1-based file line where the body starts


def split_front_matter(text: str, shown_path: str) -> FrontMatterDocument:
    """Split `---` front matter from the body and parse it."""
    match = FRONT_MATTER.match(text)
    if not match:
        if FRONT_MATTER_START.match(text):
            raise BuildError(
                "front matter is not closed", shown_path, 1,
                hint="add a line with `---` after the front matter",
            )
        return FrontMatterDocument({}, text, 1)
    yaml_text = match.group(1)
    document = parse_yaml(yaml_text, shown_path, first_line=2)
    data = document.value
    if data is None:
        data = {}
    elif not isinstance(data, dict):
        raise BuildError(
            "front matter must be a mapping of keys to values", shown_path, 2,
            hint="each line should look like `key: value`",
        )
    body_line = text.count("\n", 0, match.end()) + 1
    return FrontMatterDocument(data, text[match.end():], body_line)

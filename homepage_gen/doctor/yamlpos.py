"""Line numbers of every key and list item in a YAML document, for findings with file:line."""

from __future__ import annotations

from pathlib import Path

import yaml

YamlPath = tuple[str | int, ...]


def yaml_lines(text: str) -> dict[YamlPath, int]:
    """Map each key path (`("author", "name")`, `("main", 2, "url")`) to its 1-based line.

    Returns {} for text that is not valid YAML (the build reports that error).
    """
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return {}
    lines: dict[YamlPath, int] = {}
    if root is not None:
        _walk(root, (), lines)
    return lines


def _walk(node: yaml.Node, path: YamlPath, lines: dict[YamlPath, int]) -> None:
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else str(key_node.start_mark)
            child = (*path, str(key))
            lines.setdefault(child, key_node.start_mark.line + 1)
            _walk(value_node, child, lines)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            child = (*path, index)
            lines.setdefault(child, item.start_mark.line + 1)
            _walk(item, child, lines)


def file_yaml_lines(path: Path) -> dict[YamlPath, int]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return {}
    return yaml_lines(text)

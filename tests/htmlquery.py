"""Small queries over `domcompare.parse_dom` trees, for assertions on built pages."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from tests.domcompare import Node, parse_dom


def walk(node: Node) -> Iterator[Node]:
    yield node
    for child in node.children:
        yield from walk(child)


def attr(node: Node, name: str) -> str | None:
    for key, value in node.attrs:
        if key == name:
            return value
    return None


def classes(node: Node) -> list[str]:
    return (attr(node, "class") or "").split()


def find_all(root: Node, predicate: Callable[[Node], bool]) -> list[Node]:
    return [n for n in walk(root) if n.tag not in ("#text", "#comment", "#root") and predicate(n)]


def by_id(root: Node, element_id: str) -> Node | None:
    found = find_all(root, lambda n: attr(n, "id") == element_id)
    return found[0] if found else None


def by_class(root: Node, name: str) -> list[Node]:
    return find_all(root, lambda n: name in classes(n))


def text(node: Node) -> str:
    return "".join(n.text for n in walk(node) if n.tag == "#text")


def inner_html_of_section(html: str, marker: str = '<section class="page__content" itemprop="text">') -> str:
    """The raw HTML between a section's start tag and its end tag (sections do not nest here)."""
    start = html.index(marker) + len(marker)
    end = html.index("</section>", start)
    return html[start:end]


__all__ = ["attr", "by_class", "by_id", "classes", "find_all", "inner_html_of_section", "parse_dom", "text", "walk"]

"""What a built HTML page offers (ids) and asks for (links, images, scripts)."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

# (tag, attribute) pairs whose value is a URL the browser loads or follows.
LINK_ATTRIBUTES = {
    ("a", "href"),
    ("link", "href"),
    ("area", "href"),
    ("img", "src"),
    ("script", "src"),
    ("source", "src"),
    ("video", "src"),
    ("video", "poster"),
    ("audio", "src"),
    ("iframe", "src"),
    ("embed", "src"),
    ("track", "src"),
    ("input", "src"),
}


@dataclass(frozen=True)
class Link:
    tag: str
    attribute: str
    value: str
    line: int  # in the built page

    @property
    def is_image(self) -> bool:
        return self.tag in ("img", "source", "input") or self.attribute == "poster"


@dataclass
class PageScan:
    ids: set[str] = field(default_factory=set)
    links: list[Link] = field(default_factory=list)
    base_href: str | None = None


class _Scanner(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.scan = PageScan()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        line = self.getpos()[0]
        values = {name.lower(): value for name, value in attrs if value is not None}
        if "id" in values:
            self.scan.ids.add(values["id"])
        if tag == "a" and "name" in values:
            self.scan.ids.add(values["name"])
        if tag == "base" and "href" in values:
            self.scan.base_href = values["href"]
        if tag == "link":
            rel = values.get("rel", "").lower().split()
            if not {"stylesheet", "icon", "apple-touch-icon", "manifest", "shortcut"} & set(rel):
                return  # canonical, alternate, preconnect … name other sites or the page itself
        for name, value in values.items():
            if (tag, name) in LINK_ATTRIBUTES:
                self.scan.links.append(Link(tag, name, value.strip(), line))

    handle_startendtag = handle_starttag


def scan_html(text: str) -> PageScan:
    scanner = _Scanner()
    scanner.feed(text)
    scanner.close()
    return scanner.scan

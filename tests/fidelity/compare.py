"""Compare a site built by `homepage` with the one Jekyll wrote.

Per output tree: paths only one side wrote; HTML pages that are not DOM-equal
(whitespace collapsed, attributes sorted, quoting irrelevant) with the first
differing node; CSS that differs after whitespace normalisation; every other
file byte for byte, except that the build-time stamps Jekyll's plugins write into
XML (`<updated>`, `<lastmod>`, …) are masked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from tests.domcompare import dom_equal

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
# Timestamps that depend on when (or from which checkout) a site was built.
_XML_STAMPS = re.compile(r"<(updated|lastmod|published)>[^<]*</\1>")
_CSS_SPACE = re.compile(r"\s+")
_CSS_PUNCT = re.compile(r"\s*([{};:,>])\s*")


@dataclass
class Difference:
    path: str
    detail: str


@dataclass
class SiteReport:
    name: str
    only_jekyll: list[str] = field(default_factory=list)
    only_ours: list[str] = field(default_factory=list)
    html_total: int = 0
    html_diffs: list[Difference] = field(default_factory=list)
    css_total: int = 0
    css_diffs: list[Difference] = field(default_factory=list)
    other_total: int = 0
    other_diffs: list[Difference] = field(default_factory=list)

    @property
    def paths_equal(self) -> bool:
        return not self.only_jekyll and not self.only_ours

    @property
    def html_equal(self) -> int:
        return self.html_total - len(self.html_diffs)

    @property
    def html_ratio(self) -> float:
        return 1.0 if self.html_total == 0 else self.html_equal / self.html_total

    def row(self) -> str:
        return (
            f"{self.name:<28} paths {'equal' if self.paths_equal else 'DIFFER':<6} "
            f"html {self.html_equal}/{self.html_total} ({self.html_ratio:6.1%})  "
            f"css {self.css_total - len(self.css_diffs)}/{self.css_total}  "
            f"other {self.other_total - len(self.other_diffs)}/{self.other_total}"
        )

    def details(self) -> list[str]:
        lines = [f"  only Jekyll wrote: {p}" for p in self.only_jekyll]
        lines += [f"  only homepage wrote: {p}" for p in self.only_ours]
        for kind, diffs in (("html", self.html_diffs), ("css", self.css_diffs), ("file", self.other_diffs)):
            lines += [f"  {kind} {d.path}: {d.detail}" for d in diffs]
        return lines


def output_paths(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}


def normalise_css(text: str) -> str:
    text = _CSS_SPACE.sub(" ", text).strip()
    return _CSS_PUNCT.sub(r"\1", text)


def _first_line_difference(a: str, b: str) -> str:
    for number, (left, right) in enumerate(zip(a.splitlines(), b.splitlines(), strict=False), 1):
        if left != right:
            return f"line {number}: {left[:120]!r} != {right[:120]!r}"
    return f"lengths differ ({len(a)} vs {len(b)} characters)"


def _text(path: Path, masks: tuple[str, ...] = ()) -> str:
    text = path.read_bytes().decode("utf-8", errors="replace")
    for mask in masks:
        text = text.replace(mask, "BUILD-TIME")
    return text


def compare_file(
    relative: str, jekyll: Path, ours: Path, masks: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())
) -> tuple[str, str | None]:
    """(kind, first difference or None) for one file both sides wrote.

    `masks` are each side's renderings of its own build time (`site.time`), which can never agree.
    """
    lower = relative.lower()
    if lower.endswith(HTML_SUFFIXES):
        equal, diff = dom_equal(_text(jekyll, masks[0]), _text(ours, masks[1]))
        return "html", None if equal else diff
    if lower.endswith(".css"):
        a, b = normalise_css(_text(jekyll)), normalise_css(_text(ours))
        return "css", None if a == b else _first_line_difference(a.replace("}", "}\n"), b.replace("}", "}\n"))
    left, right = jekyll.read_bytes(), ours.read_bytes()
    if left == right:
        return "other", None
    if lower.endswith(".xml"):
        a = _XML_STAMPS.sub(r"<\1/>", _text(jekyll, masks[0]))
        b = _XML_STAMPS.sub(r"<\1/>", _text(ours, masks[1]))
        return "other", None if a == b else _first_line_difference(a, b)
    return "other", f"bytes differ ({len(left)} vs {len(right)} bytes)"


def build_time_masks(when: datetime) -> tuple[str, ...]:
    """How templates usually print `site.time`: xmlschema, Ruby's Time#to_s and RFC 822 (RSS)."""
    return (when.isoformat(timespec="seconds"), when.strftime("%Y-%m-%d %H:%M:%S %z"),
            when.strftime("%a, %d %b %Y %H:%M:%S %z"))


_ISO_STAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d")


def jekyll_build_time(jekyll_root: Path) -> datetime | None:
    """Jekyll's `site.time`: the `<updated>` of its feed when there is one.

    Without a feed, a timestamp printed in some page that lies within two minutes before the
    moment Jekyll finished writing (the newest modification time) — only fresh builds have one.
    """
    feed = jekyll_root / "feed.xml"
    if feed.is_file():
        text = feed.read_text(encoding="utf-8")
        found = re.search(r"<updated>([^<]+)</updated>", text)
        if found:
            return datetime.fromisoformat(found.group(1))
        found = re.search(r"<lastBuildDate>([^<]+)</lastBuildDate>", text)  # an RSS feed of the site's own
        return datetime.strptime(found.group(1), "%a, %d %b %Y %H:%M:%S %z") if found else None
    pages = sorted(jekyll_root.rglob("*.html"))
    if not pages:
        return None
    written = max(page.stat().st_mtime for page in pages)
    for page in pages:
        for stamp in _ISO_STAMP.findall(page.read_text(encoding="utf-8", errors="replace")):
            when = datetime.fromisoformat(stamp)
            if 0 <= written - when.timestamp() <= 120:
                return when
    return None


def compare_sites(
    name: str,
    jekyll_root: Path,
    our_root: Path,
    times: tuple[datetime | None, datetime | None] = (None, None),
) -> SiteReport:
    """`times`: (Jekyll's, ours) build times, masked where pages print them."""
    masks = tuple(build_time_masks(t) if t else () for t in times)
    report = SiteReport(name)
    theirs, ours = output_paths(jekyll_root), output_paths(our_root)
    report.only_jekyll = sorted(theirs - ours)
    report.only_ours = sorted(ours - theirs)
    for relative in sorted(theirs & ours):
        kind, diff = compare_file(relative, jekyll_root / relative, our_root / relative, masks)  # type: ignore[arg-type]
        setattr(report, f"{kind}_total", getattr(report, f"{kind}_total") + 1)
        if diff is not None:
            getattr(report, f"{kind}_diffs").append(Difference(relative, diff))
    return report

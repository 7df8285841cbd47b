"""Links, images and menu anchors of the built site that point to nothing.

Every URL is resolved the way a browser on GitHub Pages would: relative to the
page, root-relative under the baseurl, with `/x` also finding `x.html` and
`x/index.html`. A `#fragment` must match an id (or `<a name>`) on the target page.
"""

from __future__ import annotations

import difflib
import posixpath
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from .html_scan import Link, PageScan, scan_html
from .report import Report
from .yamlpos import YamlPath

_EXTERNAL_SCHEMES = ("mailto:", "tel:", "data:", "javascript:", "sms:", "ftp:", "blob:")


@dataclass(frozen=True)
class BuiltPage:
    url: str  # without the baseurl, as the model has it: "/", "/about/"
    source: str | None  # the page's file, relative to the site source; None for generated pages
    output_path: str  # relative to the destination
    html: str


@dataclass(frozen=True)
class Target:
    path: str | None  # output file relative to the destination; None when nothing is there
    fragment: str
    tried: str  # the site path looked for, for messages


@dataclass
class BuiltSite:
    """The output of a doctor build: its files, and the ids of each HTML file on demand."""

    destination: Path
    baseurl: str
    url: str
    pages: list[BuiltPage]
    files: set[str] = field(default_factory=set)
    _ids: dict[str, set[str]] = field(default_factory=dict)
    _scans: dict[str, PageScan] = field(default_factory=dict)

    @classmethod
    def load(cls, destination: Path, baseurl: str, url: str, pages: list[BuiltPage]) -> BuiltSite:
        files = {p.relative_to(destination).as_posix() for p in destination.rglob("*") if p.is_file()}
        return cls(destination, baseurl, url, pages, files)

    def scan(self, page: BuiltPage) -> PageScan:
        if page.output_path not in self._scans:
            self._scans[page.output_path] = scan_html(page.html)
            self._ids[page.output_path] = self._scans[page.output_path].ids
        return self._scans[page.output_path]

    def ids(self, output_path: str) -> set[str]:
        if output_path not in self._ids:
            try:
                text = (self.destination / output_path).read_text(encoding="utf-8", errors="replace")
            except OSError:
                text = ""
            self._ids[output_path] = scan_html(text).ids
        return self._ids[output_path]

    def find(self, site_path: str) -> str | None:
        """The output file a site path (no baseurl, leading slash) is served from."""
        path = unquote(site_path).lstrip("/")
        candidates = (
            [path + "index.html", path.rstrip("/") + "/index.html"]
            if (not path or path.endswith("/"))
            else [path, path + ".html", path + "/index.html"]
        )
        for candidate in candidates:
            candidate = candidate.lstrip("/")
            if candidate in self.files:
                return candidate
        return None

    def page_for(self, output_path: str) -> BuiltPage | None:
        for page in self.pages:
            if page.output_path == output_path:
                return page
        return None


@dataclass(frozen=True)
class Resolution:
    kind: str  # "external" | "internal" | "missing-baseurl"
    site_path: str = ""  # without baseurl, leading slash
    fragment: str = ""


def resolve(value: str, page_url: str, site: BuiltSite) -> Resolution:
    """Where a link written on the page at `page_url` (no baseurl) goes inside the site, if it does."""
    value = value.strip()
    lowered = value.lower()
    if not value or lowered.startswith(_EXTERNAL_SCHEMES) or value.startswith("{{") or value.startswith("{%"):
        return Resolution("external")
    if site.url and (lowered.startswith(site.url.lower() + "/") or lowered == site.url.lower()):
        value = value[len(site.url) :] or "/"
    elif "://" in value[:12] or value.startswith("//"):
        return Resolution("external")
    parts = urlsplit(value)
    fragment = unquote(parts.fragment)
    path = parts.path
    if not path:
        return Resolution("internal", page_url, fragment)
    if path.startswith("/"):
        base = site.baseurl
        if base:
            if path == base or path.startswith(base + "/"):
                path = path[len(base) :] or "/"
            else:
                return Resolution("missing-baseurl", path, fragment)
        return Resolution("internal", path, fragment)
    directory = page_url if page_url.endswith("/") else posixpath.dirname(page_url) + "/"
    joined = posixpath.normpath(posixpath.join(directory, path))
    if path.endswith("/") and not joined.endswith("/"):
        joined += "/"
    return Resolution("internal", "/" + joined.lstrip("/"), fragment)


@dataclass
class SourceFinder:
    """Finds the line in the site's files that wrote a URL, for file:line findings."""

    source: Path
    extra_files: list[str]  # site layouts/includes/data, relative to source
    _cache: dict[str, list[str]] = field(default_factory=dict)

    def _lines(self, relative: str) -> list[str]:
        if relative not in self._cache:
            try:
                self._cache[relative] = (
                    (self.source / relative).read_text(encoding="utf-8", errors="replace").split("\n")
                )
            except OSError:
                self._cache[relative] = []
        return self._cache[relative]

    def locate(self, needles: Iterable[str], first: str | None) -> tuple[str | None, int | None]:
        needles = [n for n in dict.fromkeys(needles) if n and len(n) > 1]
        files = ([first] if first else []) + [f for f in self.extra_files if f != first]
        for needle in needles:
            for relative in files:
                for number, line in enumerate(self._lines(relative), start=1):
                    if needle in line:
                        return relative, number
        return first, None


def _needles(link_value: str, resolution: Resolution, baseurl: str) -> list[str]:
    parts = urlsplit(link_value)
    path = parts.path
    out = [link_value, path]
    if baseurl and path.startswith(baseurl + "/"):
        out.append(path[len(baseurl) :])
    if parts.fragment:
        out.append("#" + parts.fragment)
    tail = posixpath.basename(path.rstrip("/"))
    if tail and "." in tail:
        out.append(tail)
    return out


def _describe(resolution: Resolution) -> str:
    return resolution.site_path + (f"#{resolution.fragment}" if resolution.fragment else "")


def _anchor_hint(fragment: str, ids: set[str], page_label: str) -> str:
    guess = difflib.get_close_matches(fragment, sorted(ids), n=1, cutoff=0.6)
    listed = sorted(i for i in ids if not i.startswith(("fn:", "fnref:")))
    shown = ", ".join(i if len(i) <= 40 else i[:39] + "…" for i in listed[:12])
    if len(listed) > 12:
        shown += f" (and {len(listed) - 12} more)"
    text = f"did you mean #{guess[0]}? " if guess else ""
    return (
        f"{text}ids on {page_label}: {shown or '(none)'}\n"
        f"change the link, or give the section that id: <span class='anchor' id='{fragment}'></span>"
    )


def check_links(site: BuiltSite, finder: SourceFinder, report: Report, skip: set[tuple[str, str]]) -> None:
    """Internal links and images of every built HTML page; `skip` holds targets already reported."""
    seen: set[tuple[str | None, str]] = set()
    for page in site.pages:
        if not page.output_path.endswith((".html", ".htm")):
            continue
        scan = site.scan(page)
        for link in scan.links:
            _check_link(site, finder, report, page, link, scan.ids, seen, skip)


def _check_link(
    site: BuiltSite,
    finder: SourceFinder,
    report: Report,
    page: BuiltPage,
    link: Link,
    own_ids: set[str],
    seen: set[tuple[str | None, str]],
    skip: set[tuple[str, str]],
) -> None:
    resolution = resolve(link.value, page.url, site)
    if resolution.kind == "external" or (resolution.kind == "internal" and link.value in ("#", "#top")):
        return
    key = (page.source, link.value)
    if key in seen:
        return
    seen.add(key)
    what = "image" if link.is_image else "link"
    if resolution.kind == "missing-baseurl":
        path, line = finder.locate(_needles(link.value, resolution, site.baseurl), page.source)
        report.error(
            "links",
            f"{what} {link.value!r} leaves out the baseurl {site.baseurl!r}: on GitHub Pages it points "
            "outside the site",
            path,
            line,
            hint=f"write it as {{{{ '{resolution.site_path}' | relative_url }}}} (Liquid), or as a relative "
            "link without the leading slash",
        )
        return
    target = site.find(resolution.site_path)
    if target is None:
        if (resolution.site_path, "") in skip:
            return
        path, line = finder.locate(_needles(link.value, resolution, site.baseurl), page.source)
        report.error(
            "links",
            f"{what} {link.value!r} points to nothing: no file {resolution.site_path} in the built site",
            path,
            line,
            hint=_missing_file_hint(resolution.site_path, link.is_image),
        )
        return
    if not resolution.fragment or not target.endswith((".html", ".htm")):
        return
    if (resolution.site_path, resolution.fragment) in skip:
        return
    ids = own_ids if target == page.output_path else site.ids(target)
    if resolution.fragment in ids:
        return
    path, line = finder.locate(_needles(link.value, resolution, site.baseurl), page.source)
    report.error(
        "links",
        f"link {link.value!r} goes to #{resolution.fragment}, but {resolution.site_path} has no element "
        "with that id",
        path,
        line,
        hint=_anchor_hint(resolution.fragment, ids, resolution.site_path),
    )


def _missing_file_hint(site_path: str, image: bool) -> str:
    name = site_path.lstrip("/")
    if image:
        return f"add the file {name} to the site, or fix the path (names are case-sensitive on GitHub Pages)"
    return f"add a page or file at {name}, or fix the link (names are case-sensitive on GitHub Pages)"


def navigation_entries(data: Any, lines: Mapping[YamlPath, int]) -> list[tuple[str, str, int | None]]:
    """(title, url, line) of every menu entry in `_data/navigation.yml`, children included."""
    entries: list[tuple[str, str, int | None]] = []

    def walk(items: Any, path: YamlPath) -> None:
        if not isinstance(items, list):
            return
        for index, item in enumerate(items):
            if not isinstance(item, dict):
                continue
            here = (*path, index)
            if item.get("url") is not None:
                line = lines.get((*here, "url"), lines.get(here))
                entries.append((str(item.get("title") or ""), str(item["url"]), line))
            walk(item.get("children"), (*here, "children"))

    if isinstance(data, dict):
        for menu, items in data.items():
            walk(items, (str(menu),))
    return entries


def check_navigation(
    site: BuiltSite,
    entries: list[tuple[str, str, int | None]],
    shown_path: str,
    report: Report,
) -> set[tuple[str, str]]:
    """Menu links whose page or `#anchor` does not exist; returns the targets it reported."""
    reported: set[tuple[str, str]] = set()
    for title, url, line in entries:
        base = site.baseurl
        written = url if "://" in url or not url.startswith("/") else base + url
        resolution = resolve(written, "/", site)
        if resolution.kind != "internal":
            continue
        label = f"menu link {title!r} ({url})" if title else f"menu link {url}"
        target = site.find(resolution.site_path)
        if target is None:
            report.error(
                "navigation",
                f"{label} points to no page: nothing at {resolution.site_path} in the built site",
                shown_path,
                line,
                hint="fix the url, or give a page that permalink",
            )
            reported.add((resolution.site_path, ""))
            continue
        if not resolution.fragment or not target.endswith((".html", ".htm")):
            continue
        ids = site.ids(target)
        if resolution.fragment in ids:
            continue
        page = site.page_for(target)
        where = page.source if page and page.source else target
        report.error(
            "navigation",
            f"{label}: no element with id {resolution.fragment!r} on {resolution.site_path} "
            f"(built from {where})",
            shown_path,
            line,
            hint=_anchor_hint(resolution.fragment, ids, resolution.site_path),
        )
        reported.add((resolution.site_path, resolution.fragment))
    return reported

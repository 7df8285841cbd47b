"""jekyll-sitemap: `sitemap.xml` of the HTML pages, and `robots.txt` pointing at it."""

from __future__ import annotations

from datetime import date, datetime
from html import escape
from typing import Any

from ..model import Page, StaticFile

# jekyll-sitemap lists static files only of these kinds.
STATIC_SITEMAP_EXTENSIONS = (".htm", ".html", ".xhtml", ".pdf")

_HEADER = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<urlset xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    'xsi:schemaLocation="http://www.sitemaps.org/schemas/sitemap/0.9 '
    'http://www.sitemaps.org/schemas/sitemap/0.9/sitemap.xsd" '
    'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
)


def _xmlschema(value: Any) -> str | None:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day).astimezone().isoformat()
    return None


def _entry(url: str, absolute: str, lastmod: str | None) -> str:
    loc = escape(_normalized(absolute + url.replace("/index.html", "/")), quote=False)
    mod = f"<lastmod>{lastmod}</lastmod>\n" if lastmod else ""
    return f"<url>\n<loc>{loc}</loc>\n{mod}</url>\n"


def _normalized(url: str) -> str:
    """Percent-encode as Jekyll's `absolute_url` filter does (Addressable's normalisation)."""
    from ..render.filters import normalize_uri

    return normalize_uri(url)


def sitemap_xml(pages: list[Page], static_files: list[StaticFile], absolute: str) -> str:
    """`absolute` is site.url + baseurl, prefixed to every URL."""
    parts = [_HEADER]
    for page in pages:
        if not page.is_html or page.data.get("sitemap") is False or page.url == "/404.html":
            continue
        lastmod = _xmlschema(page.data.get("last_modified_at") or page.data.get("date"))
        parts.append(_entry(page.url, absolute, lastmod))
    for static in static_files:
        if not static.relative_path.lower().endswith(STATIC_SITEMAP_EXTENSIONS) or static.name == "404.html":
            continue
        parts.append(_entry(static.url, absolute, static.modified_time.isoformat()))
    parts.append("</urlset>\n")
    return "".join(parts)


def robots_txt(absolute: str) -> str:
    return f"Sitemap: {_normalized(absolute + '/sitemap.xml')}\n"

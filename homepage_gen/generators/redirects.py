"""jekyll-redirect-from: `redirect_from` pages, `redirect_to`, and `redirects.json`."""

from __future__ import annotations

import json
import re
from html import escape
from typing import Any

from ..model import Page, page_url

_ABSOLUTE = re.compile(r"^https?://", re.IGNORECASE)


def redirect_html(target: str) -> str:
    """The page jekyll-redirect-from writes: canonical link, script, meta refresh, and a link."""
    href = escape(target, quote=True)
    script_target = json.dumps(target)[1:-1]
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en-US">\n'
        '  <meta charset="utf-8">\n'
        "  <title>Redirecting&hellip;</title>\n"
        f'  <link rel="canonical" href="{href}">\n'
        f'  <script>location="{script_target}"</script>\n'
        f'  <meta http-equiv="refresh" content="0; url={href}">\n'
        '  <meta name="robots" content="noindex">\n'
        "  <h1>Redirecting&hellip;</h1>\n"
        f'  <a href="{href}">Click here if you are not redirected.</a>\n'
        "</html>\n"
    )


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value if v is not None and str(v).strip()]
    return [str(value)] if str(value).strip() else []


def _absolute(url: str, site_url: str, baseurl: str) -> str:
    """An `http(s)://` target as given; any other through Jekyll's `absolute_url` (Addressable's
    normalisation lowercases the host: `https://Name.github.io` becomes `https://name.github.io`)."""
    if _ABSOLUTE.match(url):
        return url
    from ..render.filters import normalize_uri

    return normalize_uri(f"{site_url}{baseurl}{url}")


def generate_redirects(pages: list[Page], site_url: str, baseurl: str) -> tuple[list[Page], dict[str, str]]:
    """New redirect pages for every `redirect_from`, and the from → to map.

    Pages with `redirect_to` get their output replaced later by `apply_redirect_to`.
    """
    generated: list[Page] = []
    mapping: dict[str, str] = {}
    for page in pages:
        target = _absolute(page.url, site_url, baseurl)
        for origin in _as_list(page.data.get("redirect_from")):
            origin = "/" + origin.lstrip("/")
            data = {"layout": "redirect", "permalink": origin, "sitemap": False,
                    "redirect": {"from": origin, "to": target}}
            url = page_url(origin.lstrip("/") or "index.html", data, ".html", "date")
            # jekyll-redirect-from's pages are all named `redirect.html` (their `name` and `path`)
            redirect = Page("redirect.html", None, data, "", url=url, kind="generated")
            redirect.output = redirect_html(target)
            generated.append(redirect)
            mapping[origin] = target
        destinations = _as_list(page.data.get("redirect_to"))
        if destinations:
            mapping[page.url] = _absolute(destinations[0], site_url, baseurl)
    return generated, mapping


def apply_redirect_to(page: Page, site_url: str, baseurl: str) -> bool:
    """Replace a `redirect_to` page's output with a redirect; True when it did."""
    destinations = _as_list(page.data.get("redirect_to"))
    if not destinations:
        return False
    page.output = redirect_html(_absolute(destinations[0], site_url, baseurl))
    return True


def redirects_json(mapping: dict[str, str]) -> str:
    return json.dumps(mapping, separators=(",", ":"), ensure_ascii=False)

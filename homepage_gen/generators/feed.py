"""jekyll-feed: the Atom `feed.xml` of the newest posts, byte for byte as jekyll-feed 0.17 writes it.

jekyll-feed renders a minified Liquid template (whitespace after `>` and `}`
removed); this writes the same markup directly from the post payloads.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from html import escape
from typing import Any

from .. import JEKYLL_COMPAT_VERSION


def _text(value: Any) -> str:
    return escape(str(value), quote=False)


def _filters(config: Mapping[str, Any]) -> Any:
    from ..render.filters import JekyllFilters

    return JekyllFilters(config)


def _author_parts(author: Any, data: Mapping[str, Any], f: Any) -> str:
    authors = data.get("authors") if isinstance(data.get("authors"), Mapping) else None
    if authors is not None and isinstance(author, str) and author in authors:
        author = authors[author]
    if isinstance(author, Mapping):
        name = author.get("name") if author.get("name") not in (None, "", False) else author
        email, uri = author.get("email"), author.get("uri")
    else:
        name, email, uri = author, None, None
    parts = [f"<author><name>{f.xml_escape(name if name not in (None, False) else '')}</name>"]
    if email:
        parts.append(f"<email>{f.xml_escape(email)}</email>")
    if uri:
        parts.append(f"<uri>{f.xml_escape(uri)}</uri>")
    parts.append("</author>")
    return "".join(parts)


def _default(*values: Any) -> Any:
    """Liquid's `default` chain: the first value that is not nil, false or empty."""
    for value in values:
        if value not in (None, False, "") and value != [] and value != {}:
            return value
    return values[-1] if values else None


def _entry(post: Mapping[str, Any], config: Mapping[str, Any], f: Any) -> str:
    from ..render.filters import ruby_to_s

    feed = config.get("feed") if isinstance(config.get("feed"), Mapping) else {}
    lang = post.get("lang")
    title = f.xml_escape(f.normalize_whitespace(f.strip_html(f.smartify(post.get("title")))))
    url = f.absolute_url(post.get("url"))
    parts = [f'<entry xml:lang="{ruby_to_s(lang)}">' if lang else "<entry>"]
    parts.append(f'<title type="html">{title}</title>')
    parts.append(f'<link href="{url}" rel="alternate" type="text/html" title="{title}" />')
    parts.append(f"<published>{f.date_to_xmlschema(post.get('date'))}</published>")
    updated = _default(post.get("last_modified_at"), post.get("date"))
    parts.append(f"<updated>{f.date_to_xmlschema(updated)}</updated>")
    parts.append(f"<id>{f.xml_escape(f.absolute_url(post.get('id')))}</id>")
    post_feed = post.get("feed") if isinstance(post.get("feed"), Mapping) else {}
    if not _default(post_feed.get("excerpt_only"), feed.get("excerpt_only")):
        content = ruby_to_s(post.get("content")).strip()
        parts.append(f'<content type="html" xml:base="{f.xml_escape(url)}"><![CDATA[{content}]]></content>')
    authors = post.get("authors")
    first_author = authors[0] if isinstance(authors, list) and authors else None
    site_data = config.get("data") if isinstance(config.get("data"), Mapping) else {}
    author = _default(post.get("author"), first_author, config.get("author"))
    parts.append(_author_parts(author, site_data, f))
    if post.get("category") not in (None, False):
        parts.append(f'<category term="{f.xml_escape(post["category"])}" />')
    elif post.get("categories") not in (None, False):
        parts += [f'<category term="{f.xml_escape(c)}" />' for c in post.get("categories") or []]
    parts += [f'<category term="{f.xml_escape(t)}" />' for t in post.get("tags") or []]
    summary = _default(post.get("description"), post.get("excerpt"))
    if summary not in (None, False, ""):
        text = f.normalize_whitespace(f.strip_html(summary))
        parts.append(f'<summary type="html"><![CDATA[{text}]]></summary>')
    image = post.get("image")
    image = _default(image.get("path") if isinstance(image, Mapping) else None, image)
    if image not in (None, False):
        image = ruby_to_s(image)
        if "://" not in image:
            image = f.absolute_url(image)
        media = "http://search.yahoo.com/mrss/"
        parts.append(f'<media:thumbnail xmlns:media="{media}" url="{f.xml_escape(image)}" />')
        parts.append(f'<media:content medium="image" url="{f.xml_escape(image)}" xmlns:media="{media}" />')
    parts.append("</entry>")
    return "".join(parts)


def feed_xml(
    config: Mapping[str, Any],
    time: datetime,
    absolute: str,
    path: str = "/feed.xml",
    posts: Sequence[Mapping[str, Any]] = (),
    *,
    xsl: bool = False,
) -> str:
    """The feed document; `posts` are the post payloads, newest first, already rendered."""
    f = _filters(config)
    feed_url = f.absolute_url(path)
    lang = config.get("lang")
    parts = ['<?xml version="1.0" encoding="utf-8"?>']
    if xsl:
        parts.append(f'<?xml-stylesheet type="text/xml" href="{f.absolute_url("/feed.xslt.xml")}"?>')
    lang_attribute = f'xml:lang="{lang}"' if lang else ""
    parts.append(f'<feed xmlns="http://www.w3.org/2005/Atom" {lang_attribute}>')
    parts.append(f'<generator uri="https://jekyllrb.com/" version="{JEKYLL_COMPAT_VERSION}">Jekyll</generator>')
    parts.append(f'<link href="{feed_url}" rel="self" type="application/atom+xml" />')
    hreflang = f'hreflang="{lang}" ' if lang else ""
    parts.append(f'<link href="{f.absolute_url("/")}" rel="alternate" type="text/html" {hreflang}/>')
    parts.append(f"<updated>{f.date_to_xmlschema(time)}</updated>")
    parts.append(f"<id>{f.xml_escape(feed_url)}</id>")
    title = _default(config.get("title"), config.get("name"))
    if title not in (None, False, ""):
        parts.append(f'<title type="html">{f.xml_escape(f.smartify(title))}</title>')
    if config.get("description") not in (None, False, ""):
        parts.append(f"<subtitle>{f.xml_escape(config['description'])}</subtitle>")
    author = config.get("author")
    if author not in (None, False, ""):
        name = author.get("name") if isinstance(author, Mapping) and author.get("name") else author
        parts.append(f"<author><name>{f.xml_escape(name)}</name>")
        if isinstance(author, Mapping) and author.get("email"):
            parts.append(f"<email>{f.xml_escape(author['email'])}</email>")
        if isinstance(author, Mapping) and author.get("uri"):
            parts.append(f"<uri>{f.xml_escape(author['uri'])}</uri>")
        parts.append("</author>")
    feed = config.get("feed") if isinstance(config.get("feed"), Mapping) else {}
    shown = [p for p in posts if config.get("show_drafts") or p.get("draft") is not True]
    shown = sorted(shown, key=lambda p: p.get("date") or time)[::-1]
    limit = int(_default(feed.get("posts_limit"), 10))
    parts += [_entry(post, config, f) for post in shown[:limit]]
    parts.append("</feed>")
    return "".join(parts)


def feed_meta(config: dict[str, Any], absolute: str, path: str = "/feed.xml") -> str:
    title = config.get("title") or config.get("name") or ""
    return (
        f'<link type="application/atom+xml" rel="alternate" href="{escape(absolute + path)}" '
        f'title="{escape(str(title))}" />'
    )

"""`{% seo %}`: the metadata block jekyll-seo-tag 2.8 writes into a page's `<head>`.

Built from the values a template sees (`site`, `page`, `paginator`) and Jekyll's
filters (`markdownify`, `absolute_url`, `date_to_xmlschema`, …), so URLs and
dates agree with the rest of the page. Behaviour follows what Debian's Jekyll 4.3.1
with jekyll-seo-tag 2.8.0 writes; the HTML is assembled here, line by line.

Texts (titles, descriptions, names) go through Markdown, lose their tags and have
their whitespace collapsed, as the plugin does: `"Dana's *Lab*"` becomes `Dana’s Lab`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from homepage_gen.render.filters import escape_once, is_undefined, ruby_to_s

SEO_TAG_VERSION = "2.8.0"
_GENERATOR = "Jekyll v{version}"
_TITLE_SEPARATOR = " | "
_PAGINATOR_MESSAGE = "Page %{current} of %{total} for "
_HOME_OR_ABOUT = ("/", "/index.html", "/about/")
_VERIFICATIONS = (
    ("google", "google-site-verification"),
    ("bing", "msvalidate.01"),
    ("alexa", "alexaVerifyID"),
    ("yandex", "yandex-verification"),
    ("baidu", "baidu-site-verification"),
    ("facebook", "facebook-domain-verification"),
)
_FACEBOOK = (("admins", "fb:admins"), ("publisher", "article:publisher"), ("app_id", "fb:app_id"))
_ABSOLUTE_URL = re.compile(r"\A[a-zA-Z][a-zA-Z0-9+.-]*:")

Filters = Mapping[str, Callable[..., Any]]


def _value(mapping: Any, key: str) -> Any:
    """`mapping[key]`, or None when missing, undefined, nil, false or empty."""
    if not isinstance(mapping, Mapping):
        return None
    try:
        value = mapping[key]  # not .get(): a post's excerpt is rendered on first lookup
    except KeyError:
        return None
    if value is None or value is False or is_undefined(value):
        return None
    if isinstance(value, (str, list, tuple, Mapping)) and len(value) == 0:
        return None
    return value


def _mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


class SeoTag:
    """The `{% seo %}` block of one page."""

    def __init__(
        self,
        site: Any,
        page: Any,
        paginator: Any,
        filters: Filters,
        jekyll_version: str,
    ) -> None:
        self.site = _mapping(site)
        self.page = _mapping(page)
        self.paginator = _mapping(paginator)
        self.filters = filters
        self.jekyll_version = jekyll_version

    # ------------------------------------------------------------------ helpers

    def _filter(self, name: str, value: Any) -> Any:
        func = self.filters.get(name)
        return func(value) if func else value

    def text(self, value: Any) -> str | None:
        """Markdown → plain text on one line, HTML-escaped (the JSON-LD keeps `&#39;`); None when empty."""
        if value is None:
            return None
        html = ruby_to_s(self._filter("markdownify", ruby_to_s(value)))
        html = ruby_to_s(self._filter("strip_html", html))
        plain = ruby_to_s(self._filter("normalize_whitespace", html))
        return escape_once(plain) or None

    def absolute(self, url: Any) -> str | None:
        if url is None:
            return None
        text = ruby_to_s(url)
        if _ABSOLUTE_URL.match(text):
            return text
        return ruby_to_s(self._filter("absolute_url", text))

    def xmlschema(self, value: Any) -> str | None:
        if value is None:
            return None
        return ruby_to_s(self._filter("date_to_xmlschema", value))

    @property
    def seo(self) -> Mapping[str, Any]:
        return _mapping(self.page.get("seo"))

    # ------------------------------------------------------------------ values

    @property
    def site_title(self) -> str | None:
        return self.text(_value(self.site, "title") or _value(self.site, "name"))

    @property
    def site_description(self) -> str | None:
        return self.text(_value(self.site, "description"))

    @property
    def page_title(self) -> str | None:
        return self.text(_value(self.page, "title")) or self.site_title

    def title(self) -> str | None:
        site_title, page_title = self.site_title, self.page_title
        if site_title and page_title != site_title:
            title = f"{page_title}{_TITLE_SEPARATOR}{site_title}"
        elif site_title and self.site_description:
            tagline = self.text(_value(self.site, "tagline")) or self.site_description
            title = f"{site_title}{_TITLE_SEPARATOR}{tagline}"
        else:
            title = page_title or site_title
        if title is None:
            return None
        return self.page_number() + title

    def page_number(self) -> str:
        current, total = self.paginator.get("page"), self.paginator.get("total_pages")
        if not isinstance(current, int) or current <= 1:
            return ""
        message = ruby_to_s(_value(self.site, "seo_paginator_message") or _PAGINATOR_MESSAGE)
        names = {"current": ruby_to_s(current), "total": ruby_to_s(total)}
        # Ruby's format: `%{name}` and `%<name>s` both name a value.
        message = re.sub(r"%<(\w+)>s", lambda m: names.get(m.group(1), m.group(0)), message)
        return re.sub(r"%\{(\w+)\}", lambda m: names.get(m.group(1), m.group(0)), message)

    def description(self) -> str | None:
        for value in (_value(self.page, "description"), _value(self.page, "excerpt"),
                      _value(self.site, "description")):
            text = self.text(value)
            if text:
                return text
        return None

    def author(self) -> dict[str, Any] | None:
        """The page's (or the site's) author as a mapping: name, twitter, url …"""
        authors = _value(self.page, "authors")
        found = (authors[0] if isinstance(authors, (list, tuple)) else None) or _value(self.page, "author")
        found = found or _value(self.site, "author")
        if found is None:
            return None
        if isinstance(found, Mapping):
            return dict(found)
        handle = ruby_to_s(found)
        entry = _mapping(_mapping(_value(self.site, "data")).get("authors")).get(handle)
        if isinstance(entry, Mapping):
            author = dict(entry)
            author.setdefault("name", handle)
            if author.get("name") is None:
                author["name"] = handle
            return author
        return {"name": handle}

    def author_name(self) -> str | None:
        author = self.author() or {}
        name = author.get("name")
        return ruby_to_s(name) if name not in (None, "") else None

    def author_twitter(self) -> str | None:
        author = self.author() or {}
        handle = author.get("twitter") or author.get("name")
        return ruby_to_s(handle).lstrip("@") if handle not in (None, "") else None

    def locale(self) -> str:
        for value in (_value(self.page, "locale"), _value(self.page, "lang"),
                      _value(self.site, "locale"), _value(self.site, "lang")):
            if value is not None:
                return ruby_to_s(value).replace("-", "_")
        return "en_US"

    def canonical_url(self) -> str | None:
        explicit = _value(self.page, "canonical_url")
        if explicit is not None:
            return ruby_to_s(explicit)
        url = self.absolute(_value(self.page, "url") or "")
        return re.sub(r"/index\.html\Z", "/", url or "")

    def image(self) -> dict[str, Any] | None:
        """The page image: `path` made absolute, as `url`, plus any other keys."""
        image = _value(self.page, "image")
        if image is None:
            return None
        if isinstance(image, Mapping):
            path = _value(image, "path")
            if path is None:
                return None
            extra = {k: v for k, v in image.items() if k != "path" and v is not None}
            return {**extra, "url": self.absolute(path)}
        return {"url": self.absolute(image)}

    def is_home_or_about(self) -> bool:
        return ruby_to_s(self.page.get("url")) in _HOME_OR_ABOUT

    def date(self) -> Any:
        return _value(self.page, "date")

    def schema_type(self) -> str:
        explicit = _value(self.seo, "type")
        if explicit is not None:
            return ruby_to_s(explicit)
        if self.is_home_or_about():
            return "WebSite"
        return "BlogPosting" if self.date() is not None else "WebPage"

    # ------------------------------------------------------------------ output

    def json_ld(self) -> dict[str, Any]:
        data: dict[str, Any] = {"@context": "https://schema.org", "@type": self.schema_type()}
        name = self.author_name()
        if name:
            author: dict[str, Any] = {"@type": "Person", "name": name}
            url = (self.author() or {}).get("url")
            if url not in (None, ""):
                author["url"] = url
            data["author"] = author
        date = self.date()
        if date is not None:
            modified = (_value(self.seo, "date_modified") or _value(self.page, "last_modified_at") or date)
            data["dateModified"] = self.xmlschema(modified)
            data["datePublished"] = self.xmlschema(date)
        data["description"] = self.description()
        data["headline"] = self.page_title
        image = self.image()
        if image:
            data["image"] = image["url"] if len(image) == 1 else {**image, "@type": "imageObject"}
        url = self.canonical_url()
        if data["@type"] in ("BlogPosting", "CreativeWork"):
            data["mainEntityOfPage"] = {"@type": "WebPage", "@id": url}
        social = _mapping(_value(self.site, "social"))
        if _value(self.seo, "name") is not None:
            data["name"] = self.text(self.seo["name"])
        elif self.is_home_or_about():
            data["name"] = self.text(_value(social, "name")) or self.site_title
        logo = _value(self.site, "logo")
        if logo is not None:
            publisher: dict[str, Any] = {
                "@type": "Organization",
                "logo": {"@type": "ImageObject", "url": self.absolute(logo)},
            }
            if name:
                publisher["name"] = name
            data["publisher"] = publisher
        links = _value(self.seo, "links")
        if links is None and self.is_home_or_about():
            links = _value(social, "links")
        if links is not None:
            data["sameAs"] = links
        data["url"] = url
        return {key: data[key] for key in sorted(data) if data[key] is not None}

    def lines(self, with_title: bool = True) -> Iterator[str]:
        def meta(attribute: str, key: str, value: Any) -> str:
            return f'<meta {attribute}="{key}" content="{ruby_to_s(value)}" />'

        title = self.title() if with_title else None
        if title:
            yield f"<title>{title}</title>"
        yield meta("name", "generator", _GENERATOR.format(version=self.jekyll_version))
        page_title = self.page_title
        if page_title:
            yield meta("property", "og:title", page_title)
        author_name = self.author_name()
        if author_name:
            yield meta("name", "author", author_name)
        yield meta("property", "og:locale", self.locale())
        description = self.description()
        if description:
            yield meta("name", "description", description)
            yield meta("property", "og:description", description)
        if _value(self.site, "url") is not None:
            url = self.canonical_url()
            yield f'<link rel="canonical" href="{ruby_to_s(url)}" />'
            yield meta("property", "og:url", url)
        site_title = self.site_title
        if site_title:
            yield meta("property", "og:site_name", site_title)
        image = self.image()
        if image:
            yield meta("property", "og:image", image["url"])
            for key in ("height", "width", "alt"):
                if _value(image, key) is not None:
                    yield meta("property", f"og:image:{key}", image[key])
        date = self.date()
        yield meta("property", "og:type", "article" if date is not None else "website")
        if date is not None:
            yield meta("property", "article:published_time", self.xmlschema(date))
        if self.paginator:
            for rel, key in (("prev", "previous_page_path"), ("next", "next_page_path")):
                path = _value(self.paginator, key)
                if path is not None:
                    yield f'<link rel="{rel}" href="{ruby_to_s(self.absolute(path))}" />'
        yield from self._twitter_lines(meta, image, page_title)
        facebook = _mapping(_value(self.site, "facebook"))
        for key, prop in _FACEBOOK:
            if _value(facebook, key) is not None:
                yield meta("property", prop, facebook[key])
        yield from self._verification_lines(meta)
        payload = json.dumps(self.json_ld(), ensure_ascii=False, separators=(",", ":"), default=ruby_to_s)
        yield f'<script type="application/ld+json">\n{payload}</script>'

    def _twitter_lines(
        self, meta: Callable[[str, str, Any], str], image: Mapping[str, Any] | None, page_title: str | None
    ) -> Iterator[str]:
        twitter = _value(self.site, "twitter")
        settings = _mapping(twitter)
        card = _value(settings, "card") or ("summary_large_image" if image else "summary")
        yield meta("name", "twitter:card", card)
        if image:
            yield meta("property", "twitter:image", image["url"])
            if _value(image, "alt") is not None:
                yield meta("name", "twitter:image:alt", image["alt"])
        if page_title:
            yield meta("property", "twitter:title", page_title)
        if twitter is not None:
            username = ruby_to_s(_value(settings, "username")).replace("@", "")
            yield meta("name", "twitter:site", f"@{username}")
            creator = self.author_twitter()
            if creator:
                yield meta("name", "twitter:creator", f"@{creator}")

    def _verification_lines(self, meta: Callable[[str, str, Any], str]) -> Iterator[str]:
        verifications = _value(self.site, "webmaster_verifications")
        if isinstance(verifications, Mapping):
            for key, name in _VERIFICATIONS:
                if _value(verifications, key) is not None:
                    yield meta("name", name, verifications[key])
        elif _value(self.site, "google_site_verification") is not None:
            yield meta("name", "google-site-verification", self.site["google_site_verification"])

    def render(self, with_title: bool = True) -> str:
        body = "".join(line + "\n" for line in self.lines(with_title))
        return f"<!-- Begin Jekyll SEO tag v{SEO_TAG_VERSION} -->\n{body}<!-- End Jekyll SEO tag -->\n"


def render_seo(
    site: Any,
    page: Any,
    paginator: Any,
    filters: Filters,
    jekyll_version: str,
    with_title: bool = True,
) -> str:
    """The HTML `{% seo %}` writes for this page."""
    return SeoTag(site, page, paginator, filters, jekyll_version).render(with_title)

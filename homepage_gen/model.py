"""The site model: plain data about what was read, with URLs and output paths.

No I/O and no rendering happens here; the reader fills it, the renderer reads it.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote

HTML_EXTENSIONS = frozenset({".html", ".htm", ".xhtml"})
SASS_EXTENSIONS = frozenset({".scss", ".sass"})


@dataclass
class Page:
    """A file with front matter; rendered and written."""

    relative_path: str  # "_pages/about.md", POSIX separators
    source_file: Path | None  # None for generated pages
    data: dict[str, Any]
    content: str  # body after front matter, before rendering
    body_line: int = 1
    url: str = "/"
    output_ext: str = ".html"
    kind: str = "markdown"  # markdown | html | sass | other
    output: str | None = None  # final text after rendering
    rendered_content: str | None = None  # content after conversion, before layouts

    @property
    def name(self) -> str:
        return posixpath.basename(self.relative_path)

    @property
    def ext(self) -> str:
        return posixpath.splitext(self.relative_path)[1]

    @property
    def is_html(self) -> bool:
        return self.output_ext in HTML_EXTENSIONS

    @property
    def is_asset(self) -> bool:
        return self.kind == "sass"

    @property
    def output_path(self) -> str:
        return url_to_output_path(self.url, self.output_ext)

    @property
    def dir(self) -> str:
        """Jekyll's `page.dir`: the URL's directory, with a trailing slash."""
        if self.url.endswith("/"):
            return self.url
        parent = posixpath.dirname(self.url)
        return parent if parent.endswith("/") else parent + "/"


@dataclass
class StaticFile:
    """A file without front matter; copied as it is."""

    relative_path: str
    source_file: Path
    modified_time: datetime
    collection: str | None = None  # label, for a file inside a collection's folder
    collection_url: str | None = None  # its URL from the collection's permalink
    written: bool = True  # False inside a collection without `output: true`

    @property
    def url(self) -> str:
        if self.collection_url is not None:
            return self.collection_url
        return "/" + quote(self.relative_path, safe="/~!$&'()*+,;=:@-._")

    @property
    def output_path(self) -> str:
        if self.collection_url is not None:
            return unquote(self.collection_url).lstrip("/")
        return self.relative_path

    @property
    def name(self) -> str:
        return posixpath.basename(self.relative_path)


@dataclass
class Layout:
    name: str
    relative_path: str
    source_file: Path
    data: dict[str, Any]
    content: str
    body_line: int

    @property
    def engine(self) -> str:
        return "jinja" if self.relative_path.endswith(".jinja") else "liquid"


@dataclass
class Document(Page):
    """A file in a collection (`_posts`, `_drafts`, `_talks`, …): a page with a date and neighbours.

    `relative_path` is relative to `collections_dir`, as Jekyll's is.
    """

    collection: str = "posts"
    date: datetime | None = None  # None: undated (sorted by path; `page.date` shows site.time)
    draft: bool = False
    written: bool = True  # the collection has `output: true` and the document is published now
    excerpt_text: str | None = None  # the excerpt's source, before Liquid and Markdown

    @property
    def slug(self) -> str:
        return str(self.data.get("slug") or "")


@dataclass
class Collection:
    """A `collections:` entry (or the implicit `posts`) and what was read for it."""

    label: str
    metadata: dict[str, Any]
    relative_directory: str  # "_talks", or "my_collections/_talks" with collections_dir
    docs: list[Document] = field(default_factory=list)
    files: list[StaticFile] = field(default_factory=list)

    @property
    def output(self) -> bool:
        return bool(self.metadata.get("output", False))


@dataclass
class Site:
    config: dict[str, Any]
    source: Path
    pages: list[Page] = field(default_factory=list)
    static_files: list[StaticFile] = field(default_factory=list)
    collections: dict[str, Collection] = field(default_factory=dict)
    layouts: dict[str, Layout] = field(default_factory=dict)
    data: dict[str, Any] = field(default_factory=dict)
    include_dirs: list[Path] = field(default_factory=list)
    layout_dirs: list[Path] = field(default_factory=list)
    sass_dirs: list[Path] = field(default_factory=list)
    time: datetime = field(default_factory=lambda: datetime.now().astimezone())

    @property
    def documents(self) -> list[Document]:
        """Every collection's documents, posts first, in collection order."""
        return [doc for collection in self.collections.values() for doc in collection.docs]

    @property
    def posts(self) -> list[Document]:
        collection = self.collections.get("posts")
        return collection.docs if collection else []


def url_to_output_path(url: str, output_ext: str) -> str:
    """Where Jekyll writes a URL: `/a/` → `a/index.html`, `/a` → `a.html`."""
    path = unquote(url).lstrip("/")
    if url.endswith("/") or path == "":
        path = posixpath.join(path, "index.html") if path else "index.html"
    elif not path.endswith(output_ext):
        path += output_ext
    return path


_PERMALINK_STYLES = {
    "date": "/:categories/:year/:month/:day/:title:output_ext",
    "pretty": "/:categories/:year/:month/:day/:title/",
    "ordinal": "/:categories/:year/:y_day/:title:output_ext",
    "weekdate": "/:categories/:year/W:week/:short_day/:title:output_ext",
    "none": "/:categories/:title:output_ext",
}


def page_url_template(relative_path: str, output_ext: str, permalink_style: str) -> str:
    """Jekyll's URL template for a page without a `permalink` of its own."""
    basename = posixpath.splitext(posixpath.basename(relative_path))[0]
    if output_ext not in HTML_EXTENSIONS:
        return "/:path/:basename:output_ext"
    if basename == "index":
        return "/:path/"
    template = "/:path/:basename"
    style = _PERMALINK_STYLES.get(permalink_style, permalink_style)
    if permalink_style == "pretty":
        return template + "/"
    if permalink_style in ("date", "ordinal", "none", "weekdate"):
        return template + ":output_ext"
    if style.endswith("/"):
        template += "/"
    if style.endswith(":output_ext"):
        template += ":output_ext"
    return template


_PLACEHOLDER = re.compile(r":([a-z_]+)")


def expand_url_template(template: str, values: dict[str, str]) -> str:
    """Fill `:name` placeholders; squeeze duplicate slashes as Jekyll's URL class does."""

    def sub(match: re.Match[str]) -> str:
        key = match.group(1)
        if key in values:
            return values[key]
        # `:output_ext` must win over a shorter `:output` etc.; unknown names stay.
        for known in sorted(values, key=len, reverse=True):
            if key.startswith(known):
                return values[known] + key[len(known):]
        return match.group(0)

    url = _PLACEHOLDER.sub(sub, template)
    url = re.sub(r"/{2,}", "/", url)
    url = url.replace("/./", "/")
    if not url.startswith("/"):
        url = "/" + url
    return url


def page_url(relative_path: str, data: dict[str, Any], output_ext: str, permalink_style: str) -> str:
    """The URL of a page, from its `permalink` or the site's permalink style."""
    directory = posixpath.dirname(relative_path)
    basename = posixpath.splitext(posixpath.basename(relative_path))[0]
    values = {
        "path": directory,
        "basename": basename,
        "output_ext": output_ext,
        "title": basename,
        "slug": basename,
        "categories": "",
    }
    permalink = data.get("permalink")
    if permalink:
        template = str(permalink)
        # A permalink without placeholders is used as written (Jekyll's URL#generate_url_from_hash).
        if ":" in template:
            values = {k: quote(v) for k, v in values.items()}
    else:
        template = page_url_template(relative_path, output_ext, permalink_style)
    url = expand_url_template(template, values)
    return url


# --------------------------------------------------------------------------- documents


def style_to_permalink(style: Any) -> str:
    """A `permalink:` setting as a URL template (a built-in style name, or the template itself)."""
    return _PERMALINK_STYLES.get(str(style), str(style))


def collection_url_template(label: str, metadata: dict[str, Any], permalink_style: Any) -> str:
    """The URL template of a collection's documents (Jekyll's Collection#url_template)."""
    permalink = metadata.get("permalink")
    if permalink:
        return str(permalink)
    if label == "posts":
        return style_to_permalink(permalink_style)
    style = str(permalink_style)
    template = "/:collection/:path"
    if style == "pretty":
        return template + "/"
    if style in ("date", "ordinal", "none"):
        return template + ":output_ext"
    if style.endswith("/"):
        template += "/"
    return template + (":output_ext" if style.endswith(":output_ext") else "")


_PLAIN_URL_PART = re.compile(r"^[a-zA-Z0-9./-]+$")


def escape_url_part(text: str) -> str:
    """Percent-encode what a URL path may not contain (Jekyll's URL.escape_path)."""
    if not text or _PLAIN_URL_PART.match(text):
        return text
    return quote(text, safe="/!$&'()*+,;=:@-._~?#[]").replace("#", "%23", 1)


def sanitize_url(url: str) -> str:
    """Jekyll's URL#sanitize_url: leading slash, no `..` or `./`, no doubled slashes."""
    url = ("/" + url).replace("..", "/").replace("./", "")
    return re.sub(r"/{2,}", "/", url)


def cleaned_relative_path(relative_path: str, collection_dir: str) -> str:
    """The document's path inside its collection folder, without extension or trailing dots."""
    stem = posixpath.splitext(relative_path)[0] if posixpath.splitext(relative_path)[1] else relative_path
    return stem.replace(collection_dir, "", 1).rstrip(".")


def document_placeholders(doc: Document, collection_dir: str, fallback_date: datetime) -> dict[str, str]:
    """The values of a document URL template's `:name`s (Jekyll's UrlDrop)."""
    from .render.filters import slugify

    basename = posixpath.splitext(posixpath.basename(doc.relative_path))[0]
    raw_slug = doc.data.get("slug")
    categories: list[str] = []
    slugged: list[str] = []
    for category in _as_list(doc.data.get("categories")):
        lowered, slug = _ruby_str(category).lower(), slugify(_ruby_str(category)) or ""
        if lowered not in categories:
            categories.append(lowered)
        if slug not in slugged:
            slugged.append(slug)
    values = {
        "collection": doc.collection,
        "path": cleaned_relative_path(doc.relative_path, collection_dir),
        "name": slugify(basename) or "",
        "title": slugify(raw_slug, "pretty", cased=True) or slugify(basename, "pretty", cased=True) or "",
        "slug": slugify(raw_slug) or slugify(basename) or "",
        "categories": "/".join(categories),
        "slugified_categories": "/".join(slugged),
        "output_ext": doc.output_ext,
    }
    date = doc.date or fallback_date
    if date is not None:
        values.update(
            year=f"{date.year:04d}", month=f"{date.month:02d}", day=f"{date.day:02d}",
            hour=f"{date.hour:02d}", minute=f"{date.minute:02d}", second=f"{date.second:02d}",
            i_day=str(date.day), i_month=str(date.month), short_month=date.strftime("%b"),
            long_month=date.strftime("%B"), short_year=date.strftime("%y"),
            w_year=str(date.isocalendar()[0]), week=f"{date.isocalendar()[1]:02d}",
            w_day=str(date.isoweekday()), short_day=date.strftime("%a"), long_day=date.strftime("%A"),
            y_day=date.strftime("%j"),
        )
    return values


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, (list, tuple)) else [value]


def _ruby_str(value: Any) -> str:
    from .render.filters import ruby_to_s

    return ruby_to_s(value)


class UrlTemplateError(ValueError):
    """A permalink names a placeholder documents do not have."""


def expand_document_url(template: str, values: dict[str, str]) -> str:
    """Fill a document URL template; an unknown `:name` is an error, as in Jekyll."""

    def sub(match: re.Match[str]) -> str:
        name = match.group(1)
        pool = [name, name[:-1]] if name.endswith("_") else [name]
        winner = next((key for key in pool if key in values), None)
        if winner is None:
            raise UrlTemplateError(f"the permalink has no :{' or :'.join(pool)} placeholder for documents")
        return match.group(0).replace(":" + winner, escape_url_part(values[winner]), 1)

    return sanitize_url(_PLACEHOLDER.sub(sub, template))


def document_url(doc: Document, template: str, collection_dir: str, fallback_date: datetime) -> str:
    """The URL of a document: its own `permalink`, else the collection's template.

    `fallback_date` (the site's time) stands in for an undated document's date.
    """
    permalink = doc.data.get("permalink")
    values = document_placeholders(doc, collection_dir, fallback_date)
    return expand_document_url(str(permalink) if permalink else template, values)


def document_output_ext(doc_ext: str, permalink: Any, converted_ext: str) -> str:
    """A permalink's own extension wins over the converter's (Jekyll's Renderer#output_ext)."""
    if permalink and not str(permalink).endswith("/"):
        ext = posixpath.splitext(str(permalink))[1]
        if ext:
            return ext
    return converted_ext


def collection_static_url(relative_path: str, label: str, collection_dir: str, template: str) -> str:
    """The URL of a file without front matter inside a collection (Jekyll's StaticFile#url).

    The collection's template is filled from a fixed set of names (others stay as
    written, as in Jekyll), and the file's extension is appended.
    """
    stem, ext = posixpath.splitext(relative_path)
    cleaned = (stem if ext else relative_path).rstrip(".").replace(collection_dir, "", 1)
    values = {
        "collection": label,
        "path": cleaned,
        "output_ext": "",
        "name": posixpath.splitext(posixpath.basename(relative_path))[0],
        "title": "",
    }
    url = template
    for key, value in values.items():
        if ":" not in url:
            break
        url = url.replace(":" + key, escape_url_part(value))
    return sanitize_url(url).removesuffix("/") + ext

"""Read posts, drafts and `collections:` into documents, as Jekyll 4.3's readers do.

Dates come from front matter or the file name and are local times in the site's
`timezone`; unpublished and (without `future`) future posts are left out; every
collection is sorted by date and path, `sort_by` or `order`.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import posixpath
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .config import SiteConfig, deep_merge
from .errors import BuildError, Diagnostics
from .model import (
    Collection,
    Document,
    StaticFile,
    UrlTemplateError,
    collection_static_url,
    collection_url_template,
    document_output_ext,
    document_url,
)

DATE_FILENAME = re.compile(r"^(?:.+/)*?(\d{2,4}-\d{1,2}-\d{1,2})-([^/]*)(\.[^.]+)$")
DATELESS_FILENAME = re.compile(r"^(?:.+/)*(.*)(\.[^.]+)$")
_SPECIAL = re.compile(r"^[._#~]")
_LEADING_BLANK_LINES = re.compile(r"\A(?:[ \t\r\f\v]*\n)+")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_LIQUID_TAG = re.compile(r"{%-?\s*(\w+)\s*.*?-?%}", re.S)
_LINK_DEFINITION = re.compile(r"^ {0,3}(\[[^\]]+\])(:.+)$", re.M)
# Liquid block tags (an excerpt cut inside one gets its closing tag added).
_BLOCK_TAGS = frozenset(
    ["capture", "case", "comment", "for", "if", "ifchanged", "raw", "tablerow", "unless", "highlight"]
)


class DateResolver:
    """Turns front matter and file-name dates into aware datetimes in the site's zone."""

    def __init__(self, timezone: Any) -> None:
        self.zone: dt.tzinfo | None = None
        if timezone:
            from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

            try:
                self.zone = ZoneInfo(str(timezone))
            except (ZoneInfoNotFoundError, ValueError):
                self.zone = dt.timezone(dt.timedelta(0), "UTC")

    def local(self, value: dt.datetime) -> dt.datetime:
        """A naive time is local wall time; an aware one is converted to local."""
        if self.zone is None:
            return value.astimezone()
        if value.tzinfo is None:
            return value.replace(tzinfo=self.zone)
        return value.astimezone(self.zone)

    def now(self) -> dt.datetime:
        return dt.datetime.now(self.zone) if self.zone else dt.datetime.now().astimezone()

    def parse(self, value: Any) -> dt.datetime | None:
        """A date from YAML (date, datetime or text), or None when it is not one."""
        if isinstance(value, dt.datetime):
            return self.local(value)
        if isinstance(value, dt.date):
            return self.local(dt.datetime(value.year, value.month, value.day))
        text = str(value).strip()
        match = re.fullmatch(
            r"(\d{1,4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?"
            r"\s*(Z|UTC|[+-]\d{2}:?\d{2})?",
            text,
        )
        if not match:
            return None
        year, month, day, hour, minute, second, zone = match.groups()
        try:
            naive = dt.datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0),
                                int(second or 0))
        except ValueError:
            return None
        if zone is None:
            return self.local(naive)
        if zone in ("Z", "UTC"):
            return self.local(naive.replace(tzinfo=dt.timezone.utc))
        sign = -1 if zone[0] == "-" else 1
        digits = zone[1:].replace(":", "")
        offset = dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
        return self.local(naive.replace(tzinfo=dt.timezone(sign * offset)))


def collection_metadata(config: SiteConfig) -> dict[str, dict[str, Any]]:
    """`collections:` with Jekyll's implicit `posts` first (always written)."""
    configured = config.get("collections") or {}
    merged: dict[str, dict[str, Any]] = {"posts": {}}
    for label, metadata in configured.items():
        merged[str(label)] = dict(metadata) if isinstance(metadata, dict) else {}
    merged["posts"]["output"] = True
    return merged


def _sanitize_label(label: str) -> str:
    return re.sub(r"[^a-z0-9_\-.]", "", label, flags=re.I)


# --------------------------------------------------------------------------- excerpts


def _raw_body(raw: bytes, body_line: int) -> str:
    """The body of a document as written (line ends not normalised), from its 1-based first line."""
    text = raw.decode("utf-8")
    if text.startswith("\ufeff"):
        text = text[1:]
    start = 0
    if body_line > 1:
        for number, match in enumerate(_LINE_BREAK.finditer(text), 2):
            if number == body_line:
                start = match.end()
                break
    return text[start:]


def extract_excerpt(content: str, separator: str) -> str:
    """The text before the separator, with unclosed Liquid blocks closed and link definitions kept."""
    head, found, tail = content.partition(separator)
    if not found or not tail:
        return head
    if "{%" in head:
        for name in reversed(_LIQUID_TAG.findall(head)):
            if name in _BLOCK_TAGS and not re.search(r"{%-?\s*end" + name + r".*?\s*-?%}", head, re.S):
                head += "\n{% end" + name + " %}"
    definitions = [label + rest for label, rest in _LINK_DEFINITION.findall(tail) if label in head]
    if definitions:
        head += "\n\n" + "\n".join(definitions)
    return head


# --------------------------------------------------------------------------- reading


def titleize_slug(slug: str) -> str:
    return " ".join(part[:1].upper() + part[1:].lower() for part in slug.split("-"))


def _string_list(value: Any) -> list[Any]:
    if value is None:
        return []
    if isinstance(value, str):
        return value.split()
    if isinstance(value, (list, tuple)):
        return [v for v in value if v is not None]
    return [value]


def _flatten(values: list[Any]) -> list[Any]:
    flat: list[Any] = []
    for value in values:
        if isinstance(value, (list, tuple)):
            flat.extend(_flatten(list(value)))
        elif value is not None:
            flat.append(value)
    return flat


def _pluralized(data: dict[str, Any], singular: str, plural: str) -> list[Any]:
    if singular in data:
        return _flatten([data[singular]])
    return _flatten(_string_list(data.get(plural)))


def _ruby_str(value: Any) -> str:
    from .render.filters import ruby_to_s

    return ruby_to_s(value)


def _unique(values: list[Any]) -> list[Any]:
    seen: list[Any] = []
    for value in values:
        if value not in seen:
            seen.append(value)
    return seen


def _merge_categories(existing: list[str], incoming: Any) -> list[Any]:
    if isinstance(incoming, str):
        incoming = incoming.split()
    if incoming is None:
        return existing
    incoming = list(incoming) if isinstance(incoming, (list, tuple)) else [incoming]
    return _unique([*existing, *incoming])


def _path_categories(relative: str, special_dir: str) -> list[str]:
    """Folders above `_posts` are categories: `blog/_posts/x.md` is in `blog`."""
    if relative.startswith(special_dir):
        return []
    above = re.sub(re.escape(special_dir) + ".*", "", relative, count=1, flags=re.S)
    name = posixpath.basename(relative)
    return [part for part in above.split("/") if part and part != special_dir and part != name]


class DocumentReader:
    """Reads the documents of one build; holds the per-build settings once."""

    def __init__(
        self, config: SiteConfig, defaults: Any, diagnostics: Diagnostics, site_time: dt.datetime
    ) -> None:
        self.config = config
        self.defaults = defaults
        self.diagnostics = diagnostics
        self.dates = DateResolver(config.get("timezone"))
        self.site_time = site_time
        self.future = bool(config.get("future"))
        self.unpublished = bool(config.get("unpublished"))
        self.separator = str(config.get("excerpt_separator") if config.get("excerpt_separator") is not None
                             else "")
        self.collections_dir = str(config.get("collections_dir") or "").strip("/")
        self.collections_root = (
            config.source / self.collections_dir if self.collections_dir else config.source
        )
        self.permalink_style = config.get("permalink") or "date"

    # ------------------------------------------------------------------ entries

    def _entries(self, directory: Path, entry_filter: Any) -> Iterator[tuple[str, Path]]:
        """Files under `directory` (relative to it) that Jekyll's entry filter keeps."""
        if not directory.is_dir() or directory.is_symlink():
            return
        source = self.config.source
        for root, dirs, files in os.walk(directory):
            dirs.sort()
            for name in sorted(files):
                path = Path(root) / name
                entry = path.relative_to(directory).as_posix()
                site_relative = path.relative_to(source).as_posix()
                if path.is_symlink():
                    continue
                if _SPECIAL.match(entry) or not entry_filter.keep(name, site_relative, False):
                    continue
                yield entry, path

    # ------------------------------------------------------------------ one document

    def read(
        self, path: Path, relative: str, collection: Collection, template: str, *, draft: bool = False
    ) -> Document | None:
        from .reader import output_kind
        from .yamlload import decode_text, split_front_matter

        shown = path.relative_to(self.config.source).as_posix()
        try:
            raw = path.read_bytes()
        except OSError as err:
            raise BuildError(f"cannot read file: {err.strerror}", shown) from None
        document = split_front_matter(decode_text(raw, shown), shown)
        if document.data or document.body_line > 1:
            # Jekyll's front matter pattern also takes the blank lines after the closing `---`.
            blank = _LEADING_BLANK_LINES.match(document.body)
            if blank:
                document.body = document.body[blank.end():]
                document.body_line += blank.group(0).count("\n")
        special = "_drafts" if draft else collection.relative_directory
        data: dict[str, Any] = {"categories": _path_categories(relative, special)}
        for layer in (self.defaults.values_for(relative, collection.label), document.data):
            layer = dict(layer)
            if "categories" in layer and layer["categories"] is not None:
                layer["categories"] = _merge_categories(data.get("categories") or [], layer["categories"])
            data = deep_merge(data, layer)
        date = None
        if data.get("date") is not None:
            date = self.dates.parse(data["date"])
            if date is None:
                raise BuildError(
                    f"invalid date '{data['date']}': the front matter date is not a valid date",
                    shown, hint="write dates as YYYY-MM-DD or YYYY-MM-DD HH:MM:SS +/-TTTT",
                )
        match = DATE_FILENAME.match(relative)
        if match:
            file_date, slug, ext = match.groups()
            if date is None:
                date = self.dates.parse(file_date)
                if date is None:
                    raise BuildError(f"invalid date '{file_date}' in the file name", shown)
        else:
            dateless = DATELESS_FILENAME.match(relative)
            stem = posixpath.splitext(posixpath.basename(relative))[0]
            slug, ext = dateless.groups() if dateless else (stem, "")
        if draft and date is None:
            date = self.dates.local(dt.datetime.fromtimestamp(path.stat().st_mtime))
        slug = slug.rstrip(".")
        data.setdefault("title", titleize_slug(slug))
        data.setdefault("slug", slug)
        data.setdefault("ext", ext)
        categories = [_ruby_str(c) for c in _flatten([*_string_list(data.get("categories")),
                                                      *_pluralized(data, "category", "categories")])]
        data["categories"] = _unique(categories)
        data["tags"] = _pluralized(data, "tag", "tags")
        data["draft"] = draft
        if data.get("published") is False and not self.unpublished:
            return None
        if date is not None:
            data["date"] = date
        kind, converted_ext = output_kind(posixpath.splitext(relative)[1], self.config.markdown_extensions)
        doc = Document(
            relative_path=relative, source_file=path, data=data, content=document.body,
            body_line=document.body_line, kind=kind,
            output_ext=document_output_ext(ext, data.get("permalink"), converted_ext),
            collection=collection.label, date=date, draft=draft,
        )
        try:
            doc.url = document_url(doc, template, collection.relative_directory, date or self.site_time)
        except UrlTemplateError as err:
            raise BuildError(str(err), shown, hint="see Jekyll's permalink placeholders") from None
        future = date is not None and int(date.timestamp()) > int(self.site_time.timestamp())
        doc.written = collection.output and not (future and not self.future)
        separator = str(data.get("excerpt_separator") or self.separator)
        if separator and "excerpt" not in data:
            if b"\r" in raw:
                # Jekyll looks for the separator in the text as written: in a file with CRLF line
                # ends the default "\n\n" is never found and the whole document is the excerpt.
                excerpt = extract_excerpt(_raw_body(raw, document.body_line), separator)
                doc.excerpt_text = _LINE_BREAK.sub("\n", excerpt)
            else:
                doc.excerpt_text = extract_excerpt(doc.content, separator)
        return doc

    # ------------------------------------------------------------------ collections

    def read_posts(
        self, collection: Collection, post_dirs: list[str], entry_filter: Any, drafts: bool
    ) -> None:
        template = collection_url_template("posts", collection.metadata, self.permalink_style)
        for folder in post_dirs:
            if self.collections_dir and folder != self.collections_dir:
                continue
            kinds = (("_posts", DATE_FILENAME, False), ("_drafts", DATELESS_FILENAME, True))
            for special, matcher, draft in kinds:
                if draft and not drafts:
                    continue
                base = self.config.source / folder / special
                prefix = posixpath.join(folder, special)
                if self.collections_dir:
                    prefix = special
                for entry, path in self._entries(base, entry_filter):
                    if not matcher.match(entry):
                        continue
                    doc = self.read(path, posixpath.join(prefix, entry), collection, template, draft=draft)
                    if doc is None:
                        continue
                    if doc.date is not None and not self.future and int(doc.date.timestamp()) > int(
                        self.site_time.timestamp()
                    ):
                        continue
                    collection.docs.append(doc)
        _sort_default(collection.docs)
        limit = int(self.config.get("limit_posts") or 0)
        if limit > 0:
            collection.docs[:] = collection.docs[-limit:]

    def read_collection(self, collection: Collection, entry_filter: Any) -> None:
        from .yamlload import has_front_matter

        template = collection_url_template(collection.label, collection.metadata, self.permalink_style)
        base = self.collections_root / collection.relative_directory
        for entry, path in self._entries(base, entry_filter):
            relative = posixpath.join(collection.relative_directory, entry)
            with path.open("rb") as handle:
                head = handle.read(8)
            if has_front_matter(head):
                doc = self.read(path, relative, collection, template)
                if doc is not None:
                    collection.docs.append(doc)
                continue
            mtime = dt.datetime.fromtimestamp(path.stat().st_mtime).astimezone()
            static = StaticFile(
                path.relative_to(self.config.source).as_posix(), path, mtime, collection=collection.label,
                collection_url=collection_static_url(relative, collection.label,
                                                     collection.relative_directory, template),
                written=collection.output and self.defaults.values_for(relative, collection.label).get(
                    "published", True) is not False,
            )
            collection.files.append(static)
        sort_collection(collection, self.diagnostics)
        self._date_undated(collection)

    def _date_undated(self, collection: Collection) -> None:
        """After sorting, an undated document's date is the site's time (Jekyll fills it on first use)."""
        for doc in collection.docs:
            if doc.date is None:
                doc.data["date"] = self.site_time


def _compare_documents(a: Document, b: Document) -> int:
    if a.date is not None and b.date is not None and a.date != b.date:
        return -1 if a.date < b.date else 1
    return (a.source_file.as_posix() > b.source_file.as_posix()) - (  # type: ignore[union-attr]
        a.source_file.as_posix() < b.source_file.as_posix()  # type: ignore[union-attr]
    )


def _sort_default(docs: list[Document]) -> None:
    docs.sort(key=functools.cmp_to_key(_compare_documents))


def sort_collection(collection: Collection, diagnostics: Diagnostics) -> None:
    """`order:` list, `sort_by:` key, or date-then-path (Jekyll's Collection#sort_docs!)."""
    from .render.filters import _spaceship

    docs = collection.docs
    _sort_default(docs)
    order = collection.metadata.get("order")
    key = collection.metadata.get("sort_by")
    if isinstance(order, list):
        by_path = {doc.relative_path: doc for doc in docs}
        wanted = [posixpath.join(collection.relative_directory, str(entry)) for entry in order]
        first = [by_path.pop(path, None) for path in wanted]
        docs[:] = [doc for doc in first if doc is not None] + list(by_path.values())
    elif isinstance(key, str):

        def compare(a: Document, b: Document) -> int:
            left, right = a.data.get(key), b.data.get(key)
            if left is None and right is not None:
                diagnostics.warn(f"sort warning: '{key}' not defined", a.relative_path)
                return 1
            if left is not None and right is None:
                diagnostics.warn(f"sort warning: '{key}' not defined", b.relative_path)
                return -1
            result = _spaceship(left, right)
            return result if result else _compare_documents(a, b)

        docs.sort(key=functools.cmp_to_key(compare))


def read_documents(
    site: Any,
    config: SiteConfig,
    defaults: Any,
    diagnostics: Diagnostics,
    post_dirs: list[str],
    entry_filter: Any,
) -> None:
    """Fill `site.collections` (posts first) and add collection files to `site.static_files`."""
    reader = DocumentReader(config, defaults, diagnostics, site.time)
    drafts = bool(config.get("show_drafts"))
    for label, metadata in collection_metadata(config).items():
        clean = _sanitize_label(label)
        collection = Collection(clean, metadata, "_" + clean)
        site.collections[clean] = collection
        if clean == "posts":
            reader.read_posts(collection, post_dirs, entry_filter, drafts)
        else:
            reader.read_collection(collection, entry_filter)
            site.static_files.extend(collection.files)

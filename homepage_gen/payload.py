"""The `site` and `page` values templates see, built from the model."""

from __future__ import annotations

import posixpath
from collections.abc import Callable
from datetime import datetime
from typing import Any

from . import github_metadata
from .model import Collection, Document, Page, Site, StaticFile


def page_payload(page: Page) -> dict[str, Any]:
    """Front matter plus Jekyll's computed page attributes."""
    payload: dict[str, Any] = dict(page.data)
    payload.update(
        url=page.url,
        path=page.relative_path,
        name=page.name,
        dir=page.dir,
        content=page.content,
    )
    payload.setdefault("title", None)
    payload.setdefault("excerpt", None)
    return payload


class DocumentValues(dict):  # type: ignore[type-arg]
    """A document as templates see it; its excerpt is rendered on first use, as Jekyll's is."""

    render_excerpt: Callable[[], str] | None = None

    def __missing__(self, key: str) -> Any:
        if key == "excerpt" and self.render_excerpt is not None:
            value = self.render_excerpt()
            self["excerpt"] = value
            return value
        raise KeyError(key)


def document_payload(doc: Document, site_time: datetime) -> DocumentValues:
    """Front matter plus Jekyll's DocumentDrop attributes (previous/next are linked later)."""
    from .render.filters import ruby_to_s

    payload = DocumentValues(doc.data)
    stem = posixpath.splitext(posixpath.basename(doc.relative_path))[0]
    payload.update(
        url=doc.url,
        path=doc.relative_path,
        relative_path=doc.relative_path,
        id=posixpath.join(_ruby_dirname(doc.url), ruby_to_s(doc.data.get("slug") or stem)),
        collection=doc.collection,
        content=doc.content,
        output=None,
        date=doc.date or site_time,
        name=doc.data.get("name") or doc.name,
        previous=None,
        next=None,
    )
    if "excerpt" in doc.data:
        payload["excerpt"] = ruby_to_s(doc.data["excerpt"])
    elif doc.excerpt_text is None:
        payload["excerpt"] = ""
    return payload


def _ruby_dirname(url: str) -> str:
    """Ruby's File.dirname ignores trailing slashes: "/a/b/" → "/a"."""
    stripped = url.rstrip("/")
    return posixpath.dirname(stripped) if stripped else "/"


def excerpt_payload(doc_values: dict[str, Any], text: str) -> dict[str, Any]:
    """What `page` is while an excerpt renders: the document without its layout and excerpt."""
    values = {k: v for k, v in doc_values.items() if k not in ("layout", "excerpt")}
    values["content"] = text
    values["excerpt"] = None
    return values


def link_neighbours(site: Site, payloads: dict[int, DocumentValues]) -> None:
    """`page.previous` / `page.next`: the neighbours inside the same collection."""
    for collection in site.collections.values():
        docs = [payloads[id(doc)] for doc in collection.docs]
        for index, values in enumerate(docs):
            values["previous"] = docs[index - 1] if index > 0 else None
            values["next"] = docs[index + 1] if index + 1 < len(docs) else None


def static_file_payload(static: StaticFile) -> dict[str, Any]:
    name = static.name
    stem, dot, ext = name.rpartition(".")
    return {
        "path": "/" + static.relative_path,
        "url": static.url,
        "name": name,
        "basename": stem if dot else name,
        "extname": "." + ext if dot else "",
        "modified_time": static.modified_time,
        "collection": static.collection,
    }


def related_posts(site: Site, doc: Page, payloads: dict[int, DocumentValues]) -> list[Any] | None:
    """Jekyll without LSI: the ten most recent posts other than this one (nil for pages)."""
    if not isinstance(doc, Document):
        return None
    posts = site.posts
    if len(posts) <= 1:
        return []
    recent = [p for p in reversed(posts[-11:]) if p is not doc][:10]
    return [payloads[id(p)] for p in recent]


class HashKey(dict):  # type: ignore[type-arg]
    """A mapping used as a hash key, as Ruby allows: a YAML tag `Title: words` inside `[...]` is a hash."""

    def __hash__(self) -> int:  # type: ignore[override]
        return hash(repr(self))


def _index_key(key: Any) -> Any:
    return HashKey(key) if type(key) is dict else key


class PostIndex(dict):  # type: ignore[type-arg]
    """`site.tags` / `site.categories`: like Jekyll's hash, an unknown key is an (added) empty list."""

    def __getitem__(self, key: Any) -> Any:
        return super().__getitem__(HashKey(key) if type(key) is dict else key)

    def __missing__(self, key: Any) -> list[Any]:
        value: list[Any] = []
        self[key] = value
        return value

    def __contains__(self, key: object) -> bool:
        return super().__contains__(_index_key(key))

    def get(self, key: Any, default: Any = None) -> Any:
        return super().get(_index_key(key), default)


def _posts_by(posts: list[Document], payloads: dict[int, DocumentValues], key: str) -> dict[Any, list[Any]]:
    grouped: dict[Any, list[Any]] = PostIndex()
    for post in posts:
        for name in post.data.get(key) or []:
            grouped.setdefault(_index_key(name), []).append(payloads[id(post)])
    for items in grouped.values():
        items.reverse()
    return grouped


def _collection_payload(
    collection: Collection, site: Site, payloads: dict[int, DocumentValues], files: list[dict[str, Any]]
) -> dict[str, Any]:
    values: dict[str, Any] = dict(collection.metadata)
    values.update(
        label=collection.label,
        docs=[payloads[id(doc)] for doc in collection.docs],
        files=files,
        relative_directory=collection.relative_directory,
        directory=str(site.source / collection.relative_directory),
        output=collection.output,
    )
    return values


def site_payload(
    site: Site, pages: list[dict[str, Any]], documents: dict[int, DocumentValues] | None = None
) -> dict[str, Any]:
    """`site`; `documents` maps id(document) → its payload (built here when not given)."""
    if documents is None:
        documents = {id(doc): document_payload(doc, site.time) for doc in site.documents}
        link_neighbours(site, documents)
    payload: dict[str, Any] = dict(site.config)
    html_pages = [
        p for p, model in zip(pages, site.pages, strict=True) if model.is_html or model.url.endswith("/")
    ]
    statics = {id(s): static_file_payload(s) for s in site.static_files}
    collections = {
        label: _collection_payload(c, site, documents, [statics[id(f)] for f in c.files if id(f) in statics])
        for label, c in site.collections.items()
    }
    payload.update(
        time=site.time,
        pages=pages,
        html_pages=html_pages,
        static_files=list(statics.values()),
        data=site.data,
        posts=[documents[id(doc)] for doc in reversed(site.posts)],
        documents=[item for c in collections.values() for item in (*c["docs"], *c["files"])],
        collections=[collections[label] for label in sorted(collections)],
        categories=_posts_by(site.posts, documents, "categories"),
        tags=_posts_by(site.posts, documents, "tags"),
        related_posts=None,
    )
    for label, values in collections.items():
        if label != "posts":
            payload[label] = values["docs"]
    github_metadata.apply(payload, site.config, site.source)
    return payload

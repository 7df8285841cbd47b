"""jekyll-paginate: split `site.posts` over `index.html` and `/page2/`, `/page3/`, ….

The template is the `index.html` page in the folder of `paginate_path` (the
deepest one when several qualify); page 1 is that page itself, the others are
copies at `paginate_path` with `:num` filled in. Each gets a `paginator`.
"""

from __future__ import annotations

import math
import posixpath
from dataclasses import replace
from typing import Any

from ..model import Page


def _with_slash(path: str) -> str:
    return path if path.startswith("/") else "/" + path


def _template_page(pages: list[Page], paginate_path: str) -> Page | None:
    """The `index.html` in paginate_path's folder or any folder above it; the deepest wins."""
    folder = posixpath.dirname(posixpath.normpath("/" + paginate_path.lstrip("/")))
    ancestors = {"/"}
    while folder not in ("/", ""):
        ancestors.add(folder)
        folder = posixpath.dirname(folder)
    candidates = [
        page for page in pages
        if page.name == "index.html" and page.source_file is not None
        and posixpath.dirname("/" + page.relative_path) in ancestors
    ]
    candidates.sort(key=lambda p: len(p.relative_path), reverse=True)
    return candidates[0] if candidates else None


def paginate(
    pages: list[Page], posts: list[Any], config: dict[str, Any]
) -> tuple[list[Page], dict[int, dict[str, Any]]] | None:
    """New pages for pages 2…n and the `paginator` of every paginated page (by id(page)).

    `posts` are the post payloads, newest first. None when there is no template page.
    """
    per_page = int(config.get("paginate") or 0)
    paginate_path = str(config.get("paginate_path") or "/page:num")
    template = _template_page(pages, paginate_path)
    if template is None or per_page <= 0:
        return None
    shown = [post for post in posts if not post.get("hidden")]
    total = math.ceil(len(shown) / per_page)

    def path_of(number: int | None) -> str | None:
        if number is None:
            return None
        if number <= 1:
            return template.url
        return _with_slash(paginate_path.replace(":num", str(number), 1))

    generated: list[Page] = []
    paginators: dict[int, dict[str, Any]] = {}
    for number in range(1, total + 1):
        previous_page = number - 1 if number != 1 else None
        next_page = number + 1 if number != total else None
        paginator = {
            "page": number,
            "per_page": per_page,
            "posts": shown[(number - 1) * per_page: number * per_page],
            "total_posts": len(shown),
            "total_pages": total,
            "previous_page": previous_page,
            "previous_page_path": path_of(previous_page),
            "next_page": next_page,
            "next_page_path": path_of(next_page),
        }
        if number == 1:
            paginators[id(template)] = paginator
            continue
        folder = _with_slash(path_of(number) or "")
        url = folder if folder.endswith("/") else folder + "/"
        page = replace(template, url=url, data=dict(template.data), output=None, rendered_content=None)
        generated.append(page)
        paginators[id(page)] = paginator
    return generated, paginators

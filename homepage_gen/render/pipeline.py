"""Render one document in Jekyll's order: Liquid, then conversion, then the layout chain."""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import Any

from .. import JEKYLL_COMPAT_VERSION
from ..assets import compile_sass
from ..config import SiteConfig
from ..errors import ConfigError, Diagnostics
from ..model import Document, Layout, Page, Site

# Jekyll's `jekyll` variable: the version we reproduce and JEKYLL_ENV (default "development").


def jekyll_values() -> dict[str, str]:
    import os

    return {"version": JEKYLL_COMPAT_VERSION, "environment": os.environ.get("JEKYLL_ENV") or "development"}


def has_liquid(text: str) -> bool:
    return "{{" in text or "{%" in text


class DocumentRenderer:
    """Holds the template engines and converters of one build; heavy parts load on first use."""

    def __init__(self, site: Site, config: SiteConfig, diagnostics: Diagnostics, *, strict: bool = False) -> None:
        self.site = site
        self.config = config
        self.diagnostics = diagnostics
        self.strict = strict

    @cached_property
    def jekyll_values(self) -> dict[str, str]:
        return jekyll_values()

    @cached_property
    def emojifier(self) -> Any:
        from .emoji import emojifier_for

        return emojifier_for(self.config)  # None unless `jemoji` is in `plugins:`

    @cached_property
    def markdown(self) -> Any:
        from .markdown import KramdownConverter

        try:
            return KramdownConverter(self.config.get("kramdown") or {})
        except ValueError as err:  # an option kramdown refuses (e.g. toc_levels: 0..9)
            raise ConfigError(f"kramdown: {err}", "_config.yml") from err

    @cached_property
    def markdown_cache(self) -> Any:
        from .mdcache import MarkdownCache, engine_digest

        salt = engine_digest(self.config.get("kramdown") or {})
        return MarkdownCache(self.site.source / ".homepage-cache", salt)

    def convert_markdown(self, text: str) -> str:
        cache = self.markdown_cache
        key = cache.key(text)
        html = cache.get(key)
        if html is None:
            html = self.markdown.convert(text)
            cache.put(key, html)
        return html

    def cache_entries(self) -> Any:
        """What this process added to the caches (a forked renderer hands it to its parent)."""
        return self.markdown_cache.new_entries() if "markdown_cache" in self.__dict__ else None

    def merge_cache_entries(self, entries: Any) -> None:
        self.markdown_cache.merge(entries)

    def save_caches(self) -> None:
        """Keep this build's converted Markdown for the next build (after a successful build)."""
        if "markdown_cache" in self.__dict__:
            self.markdown_cache.save()

    def markdownify(self, text: str) -> str:
        return self.convert_markdown(str(text or ""))

    @cached_property
    def filters(self) -> dict[str, Callable[..., Any]]:
        from .filters import JekyllFilters

        return JekyllFilters(self.config.data, markdownify=self.markdownify).as_dict()

    @cached_property
    def jinja_filters(self) -> dict[str, Callable[..., Any]]:
        """Liquid's and Jekyll's filters for Jinja2, except names Jinja2 itself defines.

        A Jinja2 template keeps Jinja2's meaning of `map`, `join`, `sort`, `default`…,
        so the theme reads as ordinary Jinja2; everything else is shared with Liquid.
        """
        import jinja2

        from .filters import liquid_standard_filters

        builtin = set(jinja2.filters.FILTERS)
        merged = liquid_standard_filters()
        merged.update(self.filters)
        return {name: f for name, f in merged.items() if name not in builtin}

    @cached_property
    def liquid(self) -> Any:
        from .liquid import LiquidRenderer

        return LiquidRenderer(
            source_dir=self.site.source,
            include_dirs=self.site.include_dirs,
            filters=self.filters,
            diagnostics=self.diagnostics,
            strict=self.strict,
        )

    @cached_property
    def jinja(self) -> Any:
        from ..theme import theme_dir
        from .jinja import JinjaRenderer, RoutedBytecodeCache, user_cache_dir

        cache = RoutedBytecodeCache(self.site.source / ".homepage-cache" / "jinja2", theme_dir(), user_cache_dir())
        return JinjaRenderer(
            template_dirs=[*self.site.layout_dirs, *self.site.include_dirs],
            filters=self.jinja_filters,
            bytecode_cache=cache,
        )

    # -- stages -------------------------------------------------------------

    def render_page(
        self,
        page: Page,
        site_payload: dict[str, Any],
        page_payload: dict[str, Any],
        *,
        paginator: dict[str, Any] | None = None,
        layouts: bool = True,
    ) -> str:
        """`layouts=False` stops after conversion (documents of collections that are not written)."""
        context: dict[str, Any] = {
            "site": site_payload, "page": page_payload, "paginator": paginator, "jekyll": self.jekyll_values,
        }
        content = page.content
        if not isinstance(page, Document):
            page_payload["content"] = content  # the source until rendered (a re-render starts over)
        if page.data.get("render_with_liquid") is not False and has_liquid(content):
            content = self.liquid.render(
                content, context, path=page.relative_path,
                line_offset=page.body_line - 1, source_file=page.source_file, cache=False,
            )
        content = self.convert(page, content)
        page.rendered_content = content
        if page.is_asset:
            return content
        # A document's layouts see its converted `page.content`; a page's layouts still see its
        # source (Jekyll updates a page's content only once it is rendered), templates after it
        # the converted text.
        is_document = isinstance(page, Document)
        if is_document or not layouts:
            page_payload["content"] = content
        if not layouts:
            return content
        output = self.place_in_layouts(page, content, context)
        if not is_document:
            page_payload["content"] = content
        return output if self.emojifier is None else self.emojifier.page_output(page, output)

    # -- documents (posts and collections) ------------------------------------

    def render_excerpt(
        self, doc: Page, text: str, site_payload: dict[str, Any], values: dict[str, Any]
    ) -> str:
        """A document's excerpt: Liquid with the excerpt as `page`, then conversion; no layout."""
        if doc.data.get("render_with_liquid") is not False and has_liquid(text):
            text = self.liquid.render(
                text, {"site": site_payload, "page": values, "paginator": None, "jekyll": self.jekyll_values},
                path=doc.relative_path + "#excerpt", line_offset=doc.body_line - 1,
                source_file=doc.source_file, cache=False,
            )
        return self.convert(doc, text)

    def convert(self, page: Page, content: str) -> str:
        if page.kind == "markdown":
            return self.convert_markdown(content)
        if page.kind == "sass" and self.sourcemaps:
            css = self._sass_with_map(page, content)
            if css is not None:
                return css
        if page.kind == "sass":
            return compile_sass(
                content,
                path=page.relative_path,
                include_paths=self.site.sass_dirs,
                style=self.config.sass_style,
                indented=page.ext.lower() == ".sass",
                line_offset=page.body_line - 1,
            )
        return content

    # -- Sass source maps (jekyll-sass-converter's `sourcemap: always`) --------

    @cached_property
    def sourcemaps(self) -> bool:
        from ..sourcemap import sourcemap_wanted

        return sourcemap_wanted(self.config.get("sass"))

    @cached_property
    def source_maps(self) -> dict[int, str]:
        """id(page) → the map of a stylesheet just compiled; build.py turns it into a page."""
        return {}

    def _sass_with_map(self, page: Page, content: str) -> str | None:
        from ..errors import BuildError
        from ..sourcemap import compile_with_map

        try:
            css, source_map = compile_with_map(
                content, name=page.name, include_paths=self.site.sass_dirs, style=self.config.sass_style,
                source_dir=self.site.source,
            )
        except BuildError:
            return None  # compile_sass reports the error with the file's own line numbers
        self.source_maps[id(page)] = source_map
        return css

    def _layout_named(self, name: Any, requested_by: str) -> Layout | None:
        if name is None or name is False or str(name) in ("", "none", "null"):
            return None
        layout = self.site.layouts.get(str(name))
        if layout is None:
            self.diagnostics.warn(
                f"layout '{name}' does not exist; rendering without it", requested_by
            )
        return layout

    def place_in_layouts(self, page: Page, content: str, context: dict[str, Any]) -> str:
        layout = self._layout_named(page.data.get("layout"), page.relative_path)
        used: set[str] = set()
        layout_data: dict[str, Any] = {}
        while layout is not None and layout.name not in used:
            used.add(layout.name)
            merged = dict(layout.data)
            merged.update(layout_data)
            layout_data = merged
            context = {**context, "content": content, "layout": layout_data}
            content = self.render_layout(layout, context, page)
            layout = self._layout_named(layout.data.get("layout"), layout.relative_path)
        return content

    def render_layout(self, layout: Layout, context: dict[str, Any], page: Page) -> str:
        if layout.engine == "jinja":
            return self.jinja.render(layout.content, context, path=layout.relative_path,
                                     line_offset=layout.body_line - 1, filename=layout.source_file)
        # Jekyll resolves include_relative in a layout against the page's folder.
        return self.liquid.render(layout.content, context, path=layout.relative_path,
                                  line_offset=layout.body_line - 1, source_file=page.source_file)

"""One build: read, generate, render, write — in that order, and nothing written until all succeeded."""

from __future__ import annotations

import posixpath
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .config import SiteConfig, deep_merge, load_config
from .errors import BuildError, BuildWarning, Diagnostics
from .fingerprint import (
    FORMAT,
    BuildKey,
    BuildRecord,
    forget,
    input_digest,
    make_build_key,
    output_listing,
    write_record,
)
from .generators.feed import feed_xml
from .generators.redirects import apply_redirect_to, generate_redirects, redirects_json
from .generators.sitemap import robots_txt, sitemap_xml
from .model import Page, Site
from .payload import (
    document_payload,
    excerpt_payload,
    link_neighbours,
    page_payload,
    related_posts,
    site_payload,
)
from .plugins import configured_plugins, plugin_enabled
from .reader import FrontMatterDefaults, read_site
from .render.pipeline import DocumentRenderer
from .writer import StagedOutput, check_destination


@dataclass
class BuildOptions:
    source: Path = Path(".")
    destination: Path | None = None
    config_files: str | None = None
    baseurl: str | None = None
    strict: bool = False
    offline: bool = False
    drafts: bool = False
    future: bool = False
    unpublished: bool = False
    jobs: int = 1  # >1: render independent pages of large sites in a forked child too


@dataclass
class BuildResult:
    destination: Path
    pages_written: int = 0
    files_copied: int = 0
    warnings: list[BuildWarning] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    seconds: float = 0.0
    site: Site | None = None


class Timer:
    def __init__(self) -> None:
        self.timings: dict[str, float] = {}
        self._last = time.perf_counter()

    def lap(self, name: str) -> None:
        now = time.perf_counter()
        self.timings[name] = self.timings.get(name, 0.0) + now - self._last
        self._last = now


def load_build_config(options: BuildOptions) -> SiteConfig:
    overrides: dict[str, Any] = {}
    if options.baseurl is not None:
        overrides["baseurl"] = options.baseurl
    if options.drafts:
        overrides["show_drafts"] = True
    if options.future:
        overrides["future"] = True
    if options.unpublished:
        overrides["unpublished"] = True
    return load_config(
        options.source, config_files=options.config_files,
        destination=options.destination, overrides=overrides,
    )


def build_site(options: BuildOptions, *, progress: Callable[[str], None] | None = None) -> BuildResult:
    """Build the site described by `options`; raise BuildError on the first error."""
    started = time.perf_counter()
    timer = Timer()
    config = load_build_config(options)
    check_destination(config.destination, config.source)
    diagnostics = Diagnostics()
    sources: dict[str, bytes] = {}
    inputs = _input_digest(config, sources)
    site = read_site(config, diagnostics, sources)
    sources.clear()
    timer.lap("read")

    redirect_map: dict[str, str] = {}
    if plugin_enabled(config, "jekyll-redirect-from"):
        written_docs = [doc for doc in site.documents if doc.written]
        generated, redirect_map = generate_redirects([*site.pages, *written_docs], config.url, config.baseurl)
        site.pages.extend(generated)
        for item in [*site.pages, *written_docs]:
            if item.data.get("redirect_to"):
                item.data["sitemap"] = False  # jekyll-redirect-from merges its redirect page's data

    stats = _scholar_stats(config, options, diagnostics)
    timer.lap("scholar")

    output = StagedOutput(config.destination, list(config.get("keep_files") or []))
    try:
        result = _render_and_write(options, config, site, diagnostics, timer, output, redirect_map, stats)
    except BaseException:
        output.discard()
        raise
    timer.lap("write")
    result.warnings = list(diagnostics.warnings)
    result.timings = timer.timings
    result.seconds = time.perf_counter() - started
    result.site = site
    written = output.listing if output.listing_complete else None
    _remember(options, config, inputs, result, written, network=stats_need_network(config, options))
    if progress:
        progress(f"built {result.pages_written} pages in {result.seconds:.2f}s")
    return result


def _render_and_write(
    options: BuildOptions, config: SiteConfig, site: Site, diagnostics: Diagnostics, timer: Timer,
    output: StagedOutput, redirect_map: dict[str, str], stats: dict[str, Any] | None,
) -> BuildResult:
    """Render everything, then write it into `output` and swap it in (large sites write while rendering)."""
    absolute = config.url + config.baseurl
    renderer = DocumentRenderer(site, config, diagnostics, strict=options.strict)
    # -- posts and collections: payloads, neighbours, pagination (before `site` is assembled)
    doc_payloads = {id(doc): document_payload(doc, site.time) for doc in site.documents}
    link_neighbours(site, doc_payloads)
    paginators = _paginate(config, site, doc_payloads, diagnostics)
    plugin_stubs = _plugin_page_stubs(config, site, redirect_map)
    site.pages.extend(plugin_stubs)
    page_payloads = [page_payload(p) for p in site.pages]
    site_values = site_payload(site, page_payloads, doc_payloads)
    site_values["scholar"] = stats
    _attach_excerpts(renderer, site, site_values, doc_payloads)
    redirects = plugin_enabled(config, "jekyll-redirect-from")  # `redirect_to` means nothing without it
    # Jekyll renders every collection's documents (written or not) before the pages.
    for doc in site.documents:
        values = doc_payloads[id(doc)]
        site_values["related_posts"] = related_posts(site, doc, doc_payloads)
        if doc.written and redirects and apply_redirect_to(doc, config.url, config.baseurl):
            continue
        doc.output = renderer.render_page(doc, site_values, values, layouts=doc.written)
        values["output"] = doc.output
    site_values["related_posts"] = None
    independent: list[int] = []
    for index, (page, payload) in enumerate(zip(site.pages, page_payloads, strict=True)):
        if page.output is not None:
            continue
        if redirects and apply_redirect_to(page, config.url, config.baseurl):
            continue
        if options.jobs > 1 and not page.is_asset and id(page) not in paginators:
            independent.append(index)  # rendered below, possibly on two cores
            continue
        page.output = renderer.render_page(page, site_values, payload, paginator=paginators.get(id(page)))
        source_map = renderer.source_maps.pop(id(page), None) if page.is_asset else None
        if source_map is not None:
            # jekyll-sass-converter adds the map to site.pages as soon as the stylesheet is converted.
            map_page = _source_map_page(page, source_map)
            site.pages.append(map_page)
            page_payloads.append(page_payload(map_page))
    early = _EarlyWriter(output, stats, diagnostics) if _paths_unique(site) else None
    _render_independent(renderer, site, site_values, page_payloads, independent, diagnostics, early)
    timer.lap("render")

    _inject_scholar(site, stats, diagnostics, skip=early.written if early else set())
    extra_files = _plugin_files(config, site, absolute, redirect_map, site_values["posts"])
    for stub in plugin_stubs:
        stub.output = extra_files.pop(stub.output_path, "")
    if stats is not None:
        from .scholar.stats import shields_endpoint_json

        extra_files.setdefault("gs_data_shieldsio.json", shields_endpoint_json(stats))
    timer.lap("generate")
    if options.strict and diagnostics.warnings:
        first = diagnostics.warnings[0]
        raise BuildError(
            f"{first.message} (--strict turns {len(diagnostics.warnings)} warning(s) into errors)",
            first.path, first.line,
        )
    result = _write(config, site, extra_files, output, early.written if early else set())
    renderer.save_caches()
    return result


class _EarlyWriter:
    """Writes a page into the staging folder as soon as it is rendered (in whichever process
    rendered it), with the Scholar numbers already in. Used only when no two outputs share a
    path, so the order of writes cannot matter."""

    def __init__(self, output: StagedOutput, stats: dict[str, Any] | None, diagnostics: Diagnostics) -> None:
        self.output = output
        self.stats = stats
        self.diagnostics = diagnostics
        self.written: set[int] = set()  # id() of the pages written by this process or its child

    def write(self, page: Page, text: str) -> None:
        if self.stats is not None:
            text = with_scholar_numbers(page, text, self.stats, self.diagnostics)
        try:
            self.output.write_text(page.output_path, text)
        except BuildError as err:
            err.context.append(f"the output of {page.relative_path}")
            raise


def _paths_unique(site: Site) -> bool:
    paths = [s.output_path for s in site.static_files if s.written]
    paths += [p.output_path for p in site.pages]
    paths += [d.output_path for d in site.documents if d.written]
    return len(paths) == len(set(paths))


def _render_independent(
    renderer: DocumentRenderer, site: Site, site_values: dict[str, Any], payloads: list[dict[str, Any]],
    indices: list[int], diagnostics: Diagnostics, early: _EarlyWriter | None,
) -> None:
    """Render pages that depend on nothing but themselves: on two cores when the site allows it.

    Jekyll renders pages in order, and a template that lists `site.pages` sees the pages before
    it already rendered; such sites (and small ones) are rendered serially, in order. On two
    cores each process writes the pages it rendered (`early`), so writing is shared too.
    """
    from .parallel import MIN_PAGES, render_pages
    from .render.listing import lists_pages

    def render_one(index: int) -> tuple[str | None, str | None]:
        page = site.pages[index]
        output = renderer.render_page(page, site_values, payloads[index])
        if early is None:
            return output, page.rendered_content
        early.write(page, output)
        return None, page.rendered_content

    if not indices:
        return
    if len(indices) >= MIN_PAGES and not _site_lists_pages(site, indices, lists_pages):
        # Warm up (imports, compiled layouts) once, before the fork shares it.
        first, rest = indices[0], indices[1:]
        site.pages[first].output = renderer.render_page(site.pages[first], site_values, payloads[first])
        def learned() -> tuple[Any, dict[str, list[int]]]:  # in the child: its cache entries and files
            return renderer.cache_entries(), early.output.listing if early is not None else {}

        def learn(entries: tuple[Any, dict[str, list[int]]]) -> None:
            renderer.merge_cache_entries(entries[0])
            if early is not None:
                early.output.merge_listing(entries[1])

        for index, output, content in render_pages(rest, render_one, diagnostics, learned=learned, learn=learn):
            page = site.pages[index]
            page.output = output
            page.rendered_content = content
            payloads[index]["content"] = content
            if output is None and early is not None:
                early.written.add(id(page))
        return
    for index in indices:
        site.pages[index].output = renderer.render_page(site.pages[index], site_values, payloads[index])


def _site_lists_pages(site: Site, indices: list[int], lists_pages: Callable[[str], bool]) -> bool:
    templates = [layout.content for layout in site.layouts.values()]
    for folder in site.include_dirs:
        templates += [p.read_text("utf-8", errors="replace") for p in folder.rglob("*") if p.is_file()]
    templates += [site.pages[i].content for i in indices]
    return any(lists_pages(text) for text in templates)


def build_key(options: BuildOptions) -> BuildKey:
    """The command line as the no-change short-circuit compares it."""
    destination = options.destination
    return make_build_key(
        options.source.resolve(),
        destination.resolve() if destination is not None else None,
        {
            "config": options.config_files, "baseurl": options.baseurl, "strict": options.strict,
            "offline": options.offline, "drafts": options.drafts, "future": options.future,
            "unpublished": options.unpublished,
        },
    )


def _extra_inputs(config: SiteConfig) -> list[Path]:
    return [*config.files, config.source / ".homepage-cache" / "scholar" / "stats.json"]


def _input_digest(config: SiteConfig, keep: dict[str, bytes] | None = None) -> str:
    from .theme import theme_dir

    return input_digest(
        config.source, config.destination, theme_dir(),
        [str(p) for p in config.get("include") or []], [str(p) for p in config.get("exclude") or []],
        _extra_inputs(config), keep,
    )


def stats_need_network(config: SiteConfig, options: BuildOptions) -> bool:
    """True when this build asked the network for Scholar stats (so a rebuild must ask again)."""
    if options.offline:
        return False
    from .scholar.stats import scholar_settings

    return scholar_settings(config.data, Diagnostics()) is not None


def _remember(
    options: BuildOptions, config: SiteConfig, inputs: str, result: BuildResult,
    written: dict[str, list[int]] | None, *, network: bool,
) -> None:
    """Record this build for the no-change short-circuit (or forget the last one). `written`: the
    output's files as the writers saw them, when they are all of it (else the folder is listed)."""
    if network:
        forget(config.source)
        return
    try:
        record = BuildRecord(
            format=FORMAT, key=build_key(options)._asdict(), destination=str(config.destination),
            inputs=inputs,
            include=[str(p) for p in config.get("include") or []],
            exclude=[str(p) for p in config.get("exclude") or []],
            extra_files=[str(p) for p in _extra_inputs(config)],
            outputs=written if written is not None else output_listing(config.destination),
            summary={"pages": result.pages_written, "files": result.files_copied},
            warnings=[w.format() for w in result.warnings],
        )
        write_record(record, config.source)
    except OSError:
        forget(config.source)


def _source_map_page(css_page: Page, source_map: str) -> Page:
    stem = posixpath.splitext(css_page.name)[0]
    folder = posixpath.dirname(css_page.relative_path)
    url = posixpath.join(posixpath.dirname(css_page.url), stem + ".css.map")
    return Page(posixpath.join(folder, stem + ".css.map"), None, dict(css_page.data), source_map,
                url=url, output_ext=".map", kind="generated", output=source_map)


def _writes_redirects_json(config: SiteConfig) -> bool:
    """jekyll-redirect-from writes `redirects.json` (`{}` without redirects) unless told
    `redirect_from: {json: false}`."""
    if not plugin_enabled(config, "jekyll-redirect-from"):
        return False
    settings = config.get("redirect_from")
    return not (isinstance(settings, dict) and settings.get("json") is False)


def _plugin_page_stubs(config: SiteConfig, site: Site, redirect_map: dict[str, str]) -> list[Page]:
    """The pages Jekyll's plugins add to `site.pages` before rendering, in their order.

    Templates that list `site.pages` see them; their text is filled in after rendering.
    """
    own = {p.output_path for p in site.pages} | {s.output_path for s in site.static_files}
    names: list[tuple[str, dict[str, Any]]] = []
    # Front matter as templates listing `site.pages` see it (probed): the `defaults:` for the
    # path, plus what jekyll-feed sets; the text itself never goes through a layout.
    if _writes_redirects_json(config):
        names.append(("redirects.json", {}))
    # redirect-from's generator runs first; sitemap and feed share the lowest priority and run
    # in the order of the `plugins:` list (probed with Jekyll 4.3.1).
    later: dict[str, list[tuple[str, dict[str, Any]]]] = {
        "jekyll-sitemap": [("sitemap.xml", {}), ("robots.txt", {})],
        "jekyll-feed": [("feed.xml", {"sitemap": False, "collection": "posts"})],
    }
    plugins = configured_plugins(config)
    for plugin in sorted(later, key=lambda name: plugins.index(name) if name in plugins else len(plugins)):
        if plugin_enabled(config, plugin):
            names += later[plugin]
    defaults = FrontMatterDefaults(config.get("defaults") or [])
    stubs = []
    for name, data in names:
        if name in own:
            continue
        values = deep_merge(defaults.values_for(name, "pages"), data)
        stubs.append(Page(name, None, values, "", url="/" + name, output_ext=posixpath.splitext(name)[1],
                          kind="plugin", output=""))
    return stubs


def _paginate(
    config: SiteConfig, site: Site, doc_payloads: dict[int, Any], diagnostics: Diagnostics
) -> dict[int, dict[str, Any]]:
    """jekyll-paginate: adds pages 2…n to `site.pages`; returns each paginated page's `paginator`."""
    if not plugin_enabled(config, "jekyll-paginate") or config.get("paginate") is None or not site.pages:
        return {}
    from .generators.paginate import paginate

    posts = [doc_payloads[id(doc)] for doc in reversed(site.posts)]
    result = paginate(site.pages, posts, config.data)
    if result is None:
        diagnostics.warn("pagination is enabled, but there is no index.html page to paginate")
        return {}
    generated, paginators = result
    site.pages.extend(generated)
    return paginators


def _attach_excerpts(
    renderer: DocumentRenderer, site: Site, site_values: dict[str, Any], doc_payloads: dict[int, Any]
) -> None:
    """Each document renders its excerpt the first time a template asks for it."""
    for doc in site.documents:
        if doc.excerpt_text is None:
            continue
        values = doc_payloads[id(doc)]

        def render(doc: Any = doc, values: Any = values) -> str:
            return renderer.render_excerpt(doc, doc.excerpt_text, site_values,
                                           excerpt_payload(values, doc.excerpt_text))

        values.render_excerpt = render


def _scholar_stats(
    config: SiteConfig, options: BuildOptions, diagnostics: Diagnostics
) -> dict[str, Any] | None:
    """Citation numbers for this build: fetched, or cached, or None (with a warning)."""
    from .scholar.stats import load_stats

    return load_stats(
        config.data, config.source / ".homepage-cache" / "scholar",
        offline=options.offline, diagnostics=diagnostics,
    )


def _inject_scholar(
    site: Site, stats: dict[str, Any] | None, diagnostics: Diagnostics, *, skip: set[int] | None = None
) -> None:
    """Write the numbers into rendered HTML pages that carry the placeholders (`skip`: ids of
    pages already written with them)."""
    if stats is None:
        return
    for page in site.pages:
        if skip and id(page) in skip:
            continue
        if page.output:
            page.output = with_scholar_numbers(page, page.output, stats, diagnostics)


def with_scholar_numbers(page: Page, html: str, stats: dict[str, Any], diagnostics: Diagnostics) -> str:
    """`html` of `page` with the Scholar placeholders filled (only HTML pages the site wrote)."""
    if not page.is_html or page.kind == "generated":
        return html
    from .scholar.inject import inject_stats

    return inject_stats(html, stats, page_path=page.relative_path, diagnostics=diagnostics)


def _plugin_files(
    config: SiteConfig, site: Site, absolute: str, redirect_map: dict[str, str], posts: list[Any]
) -> dict[str, str]:
    """Files the built-in plugins add, unless the site has its own file at that path."""
    existing = {p.output_path for p in site.pages if p.kind != "plugin"}
    existing |= {s.output_path for s in site.static_files if s.written}
    files: dict[str, str] = {}
    if _writes_redirects_json(config):
        files["redirects.json"] = redirects_json(redirect_map)
    if plugin_enabled(config, "jekyll-sitemap"):
        # jekyll-sitemap: documents by collection label first, then pages, then static files.
        written = [doc for label in sorted(site.collections) for doc in site.collections[label].docs
                   if doc.written and site.collections[label].output]
        statics = [s for s in site.static_files if s.written]
        files["sitemap.xml"] = sitemap_xml([*written, *site.pages], statics, absolute)
        files["robots.txt"] = robots_txt(absolute)
    if plugin_enabled(config, "jekyll-feed"):
        feed_config = {**config.data, "data": site.data}
        xsl = (config.source / "feed.xslt.xml").is_file()
        files["feed.xml"] = feed_xml(feed_config, site.time, absolute, posts=posts, xsl=xsl)
    return {path: text for path, text in files.items() if path not in existing}


def _write(
    config: SiteConfig, site: Site, extra_files: dict[str, str], output: StagedOutput, written: set[int]
) -> BuildResult:
    """Write what is not written yet (`written`: ids of pages already in `output`), then swap it in."""
    result = BuildResult(destination=config.destination)
    for static in site.static_files:
        if not static.written:
            continue
        output.copy_file(static.output_path, static.source_file)
        result.files_copied += 1
    for page in [*site.pages, *(doc for doc in site.documents if doc.written)]:
        result.pages_written += 1
        if id(page) in written:
            continue
        try:
            output.write_text(page.output_path, _page_text(page))
        except BuildError as err:
            err.context.append(f"the output of {page.relative_path}")
            raise
    for path, text in extra_files.items():
        output.write_text(path, text)
        result.pages_written += 1
    output.commit()
    return result


def _page_text(page: Page) -> str:
    return page.output if page.output is not None else ""

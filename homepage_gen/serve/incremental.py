"""A site kept warm between rebuilds: full builds when needed, single pages when enough.

Full builds are `build_site` itself, writing into the served folder (so the
preview shows exactly what `homepage build` writes). After each one the site's
model, a renderer and the template values are kept warm, so that the common
edits skip the full build:

| changed                                                      | work                               |
| ------------------------------------------------------------ | ---------------------------------- |
| a page's body (front matter and URL unchanged), when no     | that page re-rendered              |
| template lists `site.pages`                                  |                                    |
| a Sass partial or stylesheet body                            | the stylesheets (and their maps)   |
| a static file                                                | that file copied                   |
| config, layout, include, data, collection document, a page's | full build (config re-read, fresh  |
| front matter, a file or folder added or removed              | templates, only changes announced) |

Anything the warm path cannot handle falls back to a full build. A failed
rebuild keeps serving the last good site; its change set is retried with the
next one. `--drafts` and the preview's `url` reach the build as one more
configuration file, written into the session's private folder.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..build import BuildOptions, build_site, load_build_config
from ..config import SiteConfig
from ..errors import BuildError, BuildWarning, Diagnostics
from ..model import Page, Site
from ..reader import EntryFilter, FrontMatterDefaults, read_page
from ..render.listing import lists_pages
from ..render.pipeline import DocumentRenderer
from ..yamlload import has_front_matter
from .output import Fingerprint, changed_paths, fingerprint, fingerprints, replace_file

FULL, STYLES, PAGES, STATIC = "full", "styles", "pages", "static"

_SKIPPED_NAMES = re.compile(r"^[.#~]|~$|\.sw[a-p]$|\.tmp$")
_STYLE_EXTENSIONS = (".scss", ".sass", ".css")
_CONFIG_NAMES = ("_config.yml", "_config.yaml", "_config.toml")


class _NeedsFullBuild(Exception):
    """The warm path cannot reproduce this change exactly."""


@dataclass
class Update:
    """What one (re)build did, for the terminal and the reload channel."""

    reason: str
    scope: str
    rendered: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)  # output paths written, added or removed
    page_urls: list[str] = field(default_factory=list)  # "*" = every page
    style_urls: list[str] = field(default_factory=list)
    warnings: list[BuildWarning] = field(default_factory=list)
    seconds: float = 0.0


@dataclass
class _Warm:
    """The model and render state of the last full build, kept for single-page rebuilds."""

    config: SiteConfig
    site: Site
    renderer: DocumentRenderer
    diagnostics: Diagnostics
    defaults: FrontMatterDefaults
    entry_filter: EntryFilter
    site_values: dict[str, Any]
    payloads: dict[int, dict[str, Any]]  # id(page) → its template values
    stats: dict[str, Any] | None
    listing: set[str]  # pages whose own text lists site.pages
    all_listing: bool  # a layout or include lists them: every page does


def _yaml_scalar(value: Any) -> str:
    import json

    return json.dumps(value)  # JSON scalars are YAML


class LiveSite:
    """Builds `options`' site into `output` and keeps it up to date, change set by change set."""

    def __init__(
        self, options: BuildOptions, output: Path, work_dir: Path, *, overrides: dict[str, Any] | None = None
    ) -> None:
        self.options = options
        self.output = output
        self.work_dir = work_dir
        self.overrides = dict(overrides or {})
        self.warm: _Warm | None = None
        self.warnings: list[BuildWarning] = []
        self._prints: dict[str, Fingerprint] = {}
        self._retry: set[Path] = set()

    # -- public --------------------------------------------------------------

    @property
    def config(self) -> SiteConfig | None:
        return self.warm.config if self.warm else None

    def build_options(self) -> BuildOptions:
        """The options of a full build: the user's, into the served folder, plus the preview's settings."""
        files = self._user_config_files()
        if self.overrides:
            extra = self.work_dir / "serve-overrides.yml"
            extra.write_text("".join(f"{k}: {_yaml_scalar(v)}\n" for k, v in self.overrides.items()),
                             encoding="utf-8")
            files.append(extra)
        return dataclasses.replace(
            self.options, destination=self.output,
            config_files=",".join(str(f) for f in files) if files else None,
        )

    def _user_config_files(self) -> list[Path]:
        if self.options.config_files:
            parts = [Path(p.strip()) for p in self.options.config_files.split(",") if p.strip()]
            return [p if p.is_absolute() else Path.cwd() / p for p in parts]
        source = self.options.source.resolve()
        return [source / name for name in _CONFIG_NAMES if (source / name).is_file()][:1]

    def config_files(self) -> list[Path]:
        """The user's configuration files (the ones worth watching)."""
        return [f.resolve() for f in self._user_config_files()]

    def build(self, reason: str = "initial build") -> Update:
        """A full build; raises BuildError (keeping the last good site) on failure."""
        started = time.perf_counter()
        first = self.warm is None
        options = self.build_options()
        result = build_site(options)
        if result.site is None:  # pragma: no cover - build_site always sets it
            raise BuildError("the build returned no site")
        self.warnings = list(result.warnings)
        after = fingerprints(self.output)
        changed = changed_paths(self._prints, after)
        self._prints = after
        self.warm = None
        self.warm = self._warm_up(options, result.site)
        update = Update(reason=reason, scope=FULL, rendered=[p.relative_path for p in result.site.pages],
                        changed=changed)
        self._retry.clear()
        return self._finish(update, started, all_pages=first)

    def update(self, paths: Iterable[Path]) -> Update | None:
        """Rebuild for a change set; None when nothing the site reads changed."""
        changed = set(paths) | self._retry
        try:
            result = self._update(changed)
        except BuildError:
            self._retry = changed
            raise
        self._retry.clear()
        return result

    def _update(self, changed: set[Path]) -> Update | None:
        warm = self.warm
        if warm is None:
            return self.build(reason=_describe(changed, self.options.source.resolve()))
        scope, pages, statics, reasons = self._plan(warm, changed)
        if scope is None:
            return None
        reason = ", ".join(sorted(reasons)[:3]) + (" …" if len(reasons) > 3 else "")
        if scope == FULL:
            return self.build(reason=reason)
        if scope == PAGES and (warm.all_listing or warm.listing):
            # Pages listing `site.pages` see it as it was when the build reached them (Jekyll's
            # order): only a full build reproduces that.
            return self.build(reason=reason)
        try:
            return self._quick(warm, scope, pages, statics, reason)
        except BuildError:
            raise
        except Exception:  # the warm path is an optimisation: never worse than a full build
            return self.build(reason=reason)

    def prime(self) -> None:
        """Render a few pages into nothing, so the first edit finds every lazy part loaded."""
        warm = self.warm
        if warm is None:
            return
        for page in [p for p in warm.site.pages if p.source_file is not None][:3]:
            try:
                warm.renderer.render_page(dataclasses.replace(page), warm.site_values,
                                          dict(warm.payloads[id(page)]))
            except Exception:  # priming is best effort; the real render reports errors
                continue
        getattr(warm.renderer, "source_maps", {}).clear()

    # -- warm state ------------------------------------------------------------

    def _warm_up(self, options: BuildOptions, site: Site) -> _Warm | None:
        """Template values like the build's, a renderer with its engines loaded; None if unsupported."""
        try:
            from ..build import _scholar_stats
            from ..payload import document_payload, link_neighbours, page_payload, site_payload

            config = load_build_config(options)
            diagnostics = Diagnostics()
            renderer = DocumentRenderer(site, config, diagnostics, strict=options.strict)
            doc_payloads = {id(doc): document_payload(doc, site.time) for doc in site.documents}
            link_neighbours(site, doc_payloads)
            page_values = [page_payload(p) for p in site.pages]
            site_values = site_payload(site, page_values, doc_payloads)
            offline = dataclasses.replace(options, offline=True)  # the build just fetched or cached them
            stats = _scholar_stats(config, offline, Diagnostics())
            site_values["scholar"] = stats
            for engine in ("markdown", "filters", "liquid", "jinja"):
                getattr(renderer, engine, None)
        except Exception:
            return None
        warm = _Warm(
            config=config, site=site, renderer=renderer, diagnostics=diagnostics,
            defaults=FrontMatterDefaults(config.get("defaults") or []), entry_filter=EntryFilter(config),
            site_values=site_values,
            payloads={id(p): v for p, v in zip(site.pages, page_values, strict=True)},
            stats=stats, listing=set(), all_listing=False,
        )
        templates = [layout.content for layout in site.layouts.values()]
        for folder in site.include_dirs:
            templates += [p.read_text("utf-8", errors="replace") for p in folder.rglob("*") if p.is_file()]
        warm.all_listing = any(lists_pages(text) for text in templates)
        warm.listing = {p.relative_path for p in site.pages if lists_pages(p.content)}
        return warm

    # -- planning --------------------------------------------------------------

    def _plan(self, warm: _Warm, changed: set[Path]) -> tuple[str | None, set[str], set[str], list[str]]:
        scopes: set[str] = set()
        pages: set[str] = set()
        statics: set[str] = set()
        reasons: list[str] = []
        source = warm.config.source
        for path in changed:
            scope = self._classify(warm, path)
            if scope is None:
                continue
            scopes.add(scope)
            reasons.append(_shown(path, source))
            if scope == PAGES:
                pages.add(path.relative_to(source).as_posix())
            elif scope == STATIC:
                statics.add(path.relative_to(source).as_posix())
        for scope in (FULL, STYLES, PAGES, STATIC):
            if scope in scopes:
                # Styles and pages together: both are cheap, but one rule is simpler: a full build.
                if scope in (STYLES, PAGES) and {STYLES, PAGES} <= scopes:
                    return FULL, pages, statics, reasons
                return scope, pages, statics, reasons
        return None, pages, statics, reasons

    def _classify(self, warm: _Warm, path: Path) -> str | None:
        config, site = warm.config, warm.site
        if path in self.config_files():
            return FULL
        if not path.is_relative_to(config.source) or path.is_relative_to(config.destination):
            return None
        pages = {p.source_file: p for p in site.pages if p.source_file is not None}
        statics = {s.source_file: s for s in site.static_files}
        documents = {getattr(d, "source_file", None) for d in site.documents}
        known = path in pages or path in statics or path in documents
        if _SKIPPED_NAMES.search(path.name) and not known:
            return None
        if any(path.is_relative_to(folder) for folder in [*site.layout_dirs, *site.include_dirs]):
            return FULL
        if any(path.is_relative_to(folder) for folder in site.sass_dirs):
            return STYLES if path.suffix.lower() in _STYLE_EXTENSIONS or not path.exists() else None
        if path in documents:
            return FULL
        if path in pages:
            return self._classify_page(warm, path, pages[path])
        if path in statics:
            return STATIC if path.is_file() and not _has_front_matter(path) else FULL
        if not path.exists():
            # A folder that went away with files of the site in it is a change; a temp file is not.
            gone = [k for k in [*pages, *statics, *documents] if k is not None and k.is_relative_to(path)]
            return FULL if gone else None
        relative = path.relative_to(config.source)
        collections = config.get("collections") or {}
        special = {"_posts", "_drafts", str(config.get("data_dir") or "_data")}
        special |= {f"_{name}" for name in collections}
        if relative.parts[0] in special:
            return FULL  # data, posts, drafts, collections: whatever the reader makes of them
        return FULL if self._reads(warm, relative, path.is_dir()) else None

    @staticmethod
    def _classify_page(warm: _Warm, path: Path, page: Page) -> str:
        if not path.is_file() or not _has_front_matter(path):
            return FULL
        fresh = read_page(page.relative_path, path, warm.config, warm.defaults)
        if fresh.data != page.data or fresh.url != page.url or fresh.kind != page.kind:
            return FULL  # the page list, redirects or the output path change
        if page.is_asset:
            return STYLES
        if "paginate" in warm.config.data and page.name.startswith("index."):
            return FULL
        return PAGES

    @staticmethod
    def _reads(warm: _Warm, relative: Path, is_dir: bool) -> bool:
        """Whether the reader would read this new file or folder: each part must be kept."""
        parts = relative.parts
        for depth in range(1, len(parts) + 1):
            shown = "/".join(parts[:depth])
            if not warm.entry_filter.keep(parts[depth - 1], shown, depth < len(parts) or is_dir):
                return False
        return True

    # -- the warm path -----------------------------------------------------------

    def _quick(self, warm: _Warm, scope: str, pages: set[str], statics: set[str], reason: str) -> Update:
        started = time.perf_counter()
        site = warm.site
        if scope == STYLES:
            targets = [p for p in site.pages if p.is_asset]
        elif scope == PAGES:
            targets = self._reread(warm, pages)
        else:
            targets = []
        outputs: dict[str, bytes | Path] = {}
        for page in self._render(warm, targets):
            outputs[page.output_path] = (page.output or "").encode("utf-8")
        for static in site.static_files:
            if static.relative_path in statics and getattr(static, "written", True):
                outputs[static.output_path] = static.source_file
        changed: list[str] = []
        for relative, content in outputs.items():
            new_print = fingerprint(content) if isinstance(content, Path) else _bytes_print(content)
            if self._prints.get(relative) == new_print:
                continue
            replace_file(self.output, relative, content)
            self._prints[relative] = new_print
            changed.append(relative)
        update = Update(reason=reason, scope=scope, rendered=[p.relative_path for p in targets],
                        changed=sorted(changed))
        return self._finish(update, started)

    def _reread(self, warm: _Warm, relatives: set[str]) -> list[Page]:
        """Re-read the changed pages into the warm model; their template values follow."""
        from ..payload import page_payload

        site = warm.site
        targets: list[Page] = []
        listed = [warm.site_values.get("pages") or [], warm.site_values.get("html_pages") or []]
        for index, page in enumerate(site.pages):
            if page.relative_path not in relatives or page.source_file is None:
                continue
            fresh = read_page(page.relative_path, page.source_file, warm.config, warm.defaults)
            if lists_pages(fresh.content):
                raise _NeedsFullBuild
            site.pages[index] = fresh
            old_values = warm.payloads.pop(id(page))
            values = warm.payloads[id(fresh)] = page_payload(fresh)
            for entries in listed:
                for position, entry in enumerate(entries):
                    if entry is old_values:
                        entries[position] = values
            targets.append(fresh)
        return targets

    def _render(self, warm: _Warm, pages: list[Page]) -> list[Page]:
        """Render `pages` as the build does; returns them plus any source-map pages they updated."""
        from ..build import _inject_scholar
        from ..generators.redirects import apply_redirect_to
        from ..plugins import plugin_enabled

        config, renderer = warm.config, warm.renderer
        done: list[Page] = []
        maps = {p.url: p for p in warm.site.pages if p.output_ext == ".map"}
        redirects = plugin_enabled(config, "jekyll-redirect-from")
        for page in pages:
            done.append(page)
            if redirects and apply_redirect_to(page, config.url, config.baseurl):
                continue
            page.output = renderer.render_page(page, warm.site_values, warm.payloads[id(page)])
            source_map = getattr(renderer, "source_maps", {}).pop(id(page), None) if page.is_asset else None
            map_page = maps.get(page.url + ".map") if source_map is not None else None
            if map_page is not None:
                map_page.output = source_map
                done.append(map_page)
        _inject_scholar(dataclasses.replace(warm.site, pages=list(pages)), warm.stats, warm.diagnostics)
        if self.options.strict and warm.diagnostics.warnings:
            first = warm.diagnostics.warnings[0]
            raise BuildError(
                f"{first.message} (--strict turns {len(warm.diagnostics.warnings)} warning(s) into errors)",
                first.path, first.line,
            )
        return done

    # -- reporting -----------------------------------------------------------------

    def _finish(self, update: Update, started: float, *, all_pages: bool = False) -> Update:
        warm = self.warm
        base = warm.config.baseurl if warm else ""
        urls = {p.output_path: p.url for p in warm.site.pages} if warm else {}
        pages: set[str] = set()
        styles: set[str] = set()
        for relative in update.changed:
            url = base + urls.get(relative, "/" + relative)
            if relative.endswith(".css"):
                styles.add(url)
            elif relative.endswith((".html", ".htm", ".xhtml")):
                pages.add(url)
            elif not relative.endswith((".xml", ".json", ".txt", ".map")):
                pages.add("*")  # an image or a script: any page may show it
        update.page_urls = ["*"] if all_pages else sorted(pages)
        update.style_urls = sorted(styles)
        update.warnings = list(self.warnings) + (list(warm.diagnostics.warnings) if warm else [])
        update.seconds = time.perf_counter() - started
        return update


def _bytes_print(data: bytes) -> Fingerprint:
    return ("hash", hashlib.blake2b(data, digest_size=16).digest())


def _has_front_matter(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return has_front_matter(handle.read(8))
    except OSError:
        return False


def _shown(path: Path, source: Path) -> str:
    return path.relative_to(source).as_posix() if path.is_relative_to(source) else str(path)


def _describe(paths: set[Path], source: Path) -> str:
    shown = sorted(_shown(p, source) for p in paths)
    return ", ".join(shown[:3]) + (" …" if len(shown) > 3 else "") if shown else "retry"

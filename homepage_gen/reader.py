"""Discover a site's files and classify them, as Jekyll's reader does.

Files with front matter become pages, the rest static files; `_data` becomes
`site.data`; layouts come from the site's `_layouts` and then the bundled theme.
Symlinks that resolve outside the source are never followed.
"""

from __future__ import annotations

import csv
import io
import json
import os
import posixpath
import re
from collections.abc import Callable, Iterator
from datetime import datetime
from fnmatch import fnmatchcase, translate
from pathlib import Path
from typing import Any

from .config import SiteConfig, deep_merge
from .errors import BuildError, Diagnostics
from .model import SASS_EXTENSIONS, Layout, Page, Site, StaticFile, page_url
from .theme import theme_dir
from .yamlload import (
    FrontMatterDocument,
    check_shape,
    decode_text,
    has_front_matter,
    parse_yaml,
    read_text,
    split_front_matter,
)

DATA_EXTENSIONS = (".yml", ".yaml", ".json", ".csv", ".tsv")


class EntryFilter:
    """Jekyll's rules for which directory entries are read."""

    def __init__(self, config: SiteConfig) -> None:
        self.source = config.source
        self.include = [str(p) for p in config.get("include") or []]
        exclude = [str(p) for p in config.get("exclude") or []]
        self.exclude = [p for p in exclude if p not in self.include]
        self.skip_dirs = {config.destination}

        self._include = _patterns(self.include)
        self._exclude = _patterns(self.exclude)

    @staticmethod
    def _matches(patterns: list[tuple[str, Callable[[str], object]]], relative: str, is_dir: bool) -> bool:
        for pattern, glob_match in patterns:
            if glob_match(relative) or relative.startswith(pattern):
                return True
            if is_dir and pattern == relative + "/":
                return True
        return False

    def keep(self, name: str, relative: str, is_dir: bool) -> bool:
        # `include` is matched against the entry's own name (so `include: [files]` keeps the folder
        # but not `files/.DS_Store`); `exclude` against its path. Included file paths are read
        # separately (`included_files`).
        if self._matches(self._include, name, is_dir):
            return True
        if name.startswith((".", "_", "#", "~")) or name.endswith("~"):
            return False
        return not self._matches(self._exclude, relative, is_dir)


def _patterns(patterns: list[str]) -> list[tuple[str, Callable[[str], object]]]:
    """Each include/exclude pattern (leading `/` dropped) with its glob compiled once: fnmatchcase's rules."""
    return [(p.lstrip("/"), re.compile(translate(p.lstrip("/"))).match) for p in patterns]


def _inside(path: Path, root: Path) -> bool:
    try:
        path.relative_to(root)
        return True
    except ValueError:
        return False


def safe_entry(path: Path, root: Path) -> bool:
    """False for a symlink that resolves outside `root` (or dangles)."""
    if not path.is_symlink():
        return True
    try:
        return _inside(path.resolve(strict=True), root)
    except (OSError, RuntimeError):
        return False


def walk_site(
    config: SiteConfig, diagnostics: Diagnostics, folders: list[str] | None = None
) -> Iterator[tuple[str, Path]]:
    """Yield (relative POSIX path, absolute path) of every file Jekyll would read.

    `folders`, when given, collects every folder visited ("" for the source), the
    places where Jekyll looks for `_posts` and `_drafts`.
    """
    entry_filter = EntryFilter(config)
    source = config.source
    stack = [source]
    seen: set[str] = set()
    while stack:
        directory = stack.pop()
        if folders is not None:
            folder = directory.relative_to(source).as_posix()
            folders.append("" if folder == "." else folder)
        try:
            entries = sorted(os.scandir(directory), key=lambda e: e.name)
        except OSError as err:
            raise BuildError(f"cannot list directory: {err.strerror}", str(directory)) from None
        subdirs: list[Path] = []
        prefix = "" if directory == source else directory.relative_to(source).as_posix() + "/"
        for entry in entries:
            path = directory / entry.name
            relative = prefix + entry.name
            if entry.is_symlink() and not safe_entry(path, source):
                diagnostics.warn("symlink points outside the site; not followed", relative)
                continue
            is_dir = entry.is_dir()
            if path in entry_filter.skip_dirs or not entry_filter.keep(entry.name, relative, is_dir):
                continue
            if is_dir:
                subdirs.append(path)
            elif entry.is_file():
                seen.add(relative)
                yield relative, path
        stack.extend(reversed(subdirs))
    # Jekyll then reads every `include` entry that names a file, wherever it is.
    for pattern in entry_filter.include:
        relative = posixpath.normpath(pattern.lstrip("/"))
        if relative in seen or relative.startswith("../") or relative in (".", ".."):
            continue
        path = source / relative
        if path.is_file() and safe_entry(path, source) and not any(
            _inside(path, skip) for skip in entry_filter.skip_dirs
        ):
            seen.add(relative)
            yield relative, path


def _read_order(relative_path: str) -> tuple[tuple[int, str], ...]:
    """Where Jekyll reads a page, which orders pages of the same name: a folder's sub-folders
    (recursively) come before its own files, so `blog/index.html` precedes `index.html`.
    Jekyll visits sibling folders in the file system's order; here by name."""
    *folders, name = relative_path.split("/")
    return (*((0, folder) for folder in folders), (1, name))


def output_kind(ext: str, markdown_exts: frozenset[str]) -> tuple[str, str]:
    """(kind, output extension) for a page's source extension."""
    lower = ext.lower()
    if lower in markdown_exts:
        return "markdown", ".html"
    if lower in SASS_EXTENSIONS:
        return "sass", ".css"
    if lower in (".html", ".htm", ".xhtml"):
        return "html", lower
    return "other", ext


class FrontMatterDefaults:
    """`defaults:` of _config.yml: values applied by scope path and type, most specific last."""

    def __init__(self, defaults: list[dict[str, Any]]) -> None:
        self.sets = defaults

    @staticmethod
    def _applies(scope: dict[str, Any], relative: str, kind: str) -> bool:
        scope_type = scope.get("type")
        if scope_type and scope_type != kind:
            return False
        scope_path = str(scope.get("path") or "").strip("/")
        if not scope_path:
            return True
        if "*" in scope_path or "?" in scope_path:
            return fnmatchcase(relative, scope_path) or fnmatchcase(relative, scope_path + "/*")
        return relative == scope_path or relative.startswith(scope_path.rstrip("/") + "/")

    @staticmethod
    def _precedes(old: dict[str, Any] | None, new: dict[str, Any]) -> bool:
        if old is None:
            return True
        old_path = len(str(old.get("path") or "").strip("/"))
        new_path = len(str(new.get("path") or "").strip("/"))
        if new_path != old_path:
            return new_path > old_path
        return bool(new.get("type")) or not old.get("type")

    def values_for(self, relative: str, kind: str) -> dict[str, Any]:
        merged: dict[str, Any] = {}
        best: dict[str, Any] | None = None
        for entry in self.sets:
            scope = entry.get("scope") or {}
            values = entry.get("values") or {}
            if not isinstance(scope, dict) or not isinstance(values, dict):
                continue
            if not self._applies(scope, relative, kind):
                continue
            if self._precedes(best, scope):
                merged = deep_merge(merged, values)
                best = scope
            else:
                merged = deep_merge(values, merged)
        return merged


_LEADING_BLANK_LINES = re.compile(r"\A(?:[ \t\r\f\v]*\n)+")


def read_front_matter(text: str, shown: str) -> FrontMatterDocument:
    """Front matter and body of a page or layout; Jekyll's front matter pattern also takes the
    whole blank lines after the closing `---`, so the body starts at the first line with text."""
    document = split_front_matter(text, shown)
    if document.data or document.body_line > 1:
        blank = _LEADING_BLANK_LINES.match(document.body)
        if blank:
            document.body = document.body[blank.end():]
            document.body_line += blank.group(0).count("\n")
    return document


def read_page(
    relative: str, path: Path, config: SiteConfig, defaults: FrontMatterDefaults, raw: bytes | None = None
) -> Page:
    """A page from its file (or from `raw`, the file's bytes when the caller has already read them)."""
    text = read_text(path, relative) if raw is None else decode_text(raw, relative)
    document = read_front_matter(text, relative)
    data = deep_merge(defaults.values_for(relative, "pages"), document.data)
    kind, output_ext = output_kind(posixpath.splitext(relative)[1], config.markdown_extensions)
    url = page_url(relative, data, output_ext, str(config.get("permalink") or "date"))
    return Page(
        relative_path=relative,
        source_file=path,
        data=data,
        content=document.body,
        body_line=document.body_line,
        url=url,
        output_ext=output_ext,
        kind=kind,
    )


def read_layouts(layout_dirs: list[Path], source: Path) -> dict[str, Layout]:
    """Layouts by name (file name without extension); earlier directories win."""
    layouts: dict[str, Layout] = {}
    for directory in layout_dirs:
        if not directory.is_dir():
            continue
        root = directory.parent
        for path in sorted(directory.rglob("*")):
            if not path.is_file() or not safe_entry(path, root):
                continue
            name = path.relative_to(directory).with_suffix("").as_posix()
            if name in layouts:
                continue
            shown = _shown(path, source)
            document = read_front_matter(read_text(path, shown), shown)
            layouts[name] = Layout(name, shown, path, document.data, document.body, document.body_line)
    return layouts


def _shown(path: Path, source: Path) -> str:
    """A path for messages: relative to the site, or marked as the bundled theme's."""
    if _inside(path, source):
        return path.relative_to(source).as_posix()
    theme = theme_dir()
    if _inside(path, theme):
        return "(theme) " + path.relative_to(theme).as_posix()
    return str(path)


def _parse_data_file(path: Path, shown: str) -> Any:
    ext = path.suffix.lower()
    if ext in (".yml", ".yaml"):
        return parse_yaml(read_text(path, shown), shown).value
    if ext == ".json":
        text = read_text(path, shown)
        try:
            value = json.loads(text)
        except json.JSONDecodeError as err:
            raise BuildError(f"invalid JSON: {err.msg}", shown, err.lineno, err.colno) from None
        except RecursionError:
            raise BuildError("JSON nested too deeply", shown, 1, hint="flatten the structure") from None
        check_shape(value, shown, 1, BuildError)
        return value
    delimiter = "\t" if ext == ".tsv" else ","
    text = decode_text(path.read_bytes(), shown)
    return list(csv.DictReader(io.StringIO(text), delimiter=delimiter))


def read_data(data_dir: Path, source: Path) -> dict[str, Any]:
    """`_data/**` into nested dicts: `_data/a/b.yml` is `site.data.a.b`."""
    data: dict[str, Any] = {}
    if not data_dir.is_dir():
        return data
    for entry in sorted(os.scandir(data_dir), key=lambda e: e.name):
        path = Path(entry.path)
        if entry.name.startswith(".") or not safe_entry(path, source):
            continue
        if entry.is_dir():
            data[entry.name] = read_data(path, source)
        elif path.suffix.lower() in DATA_EXTENSIONS:
            data[path.stem] = _parse_data_file(path, _shown(path, source))
    return data


def read_site(config: SiteConfig, diagnostics: Diagnostics, sources: dict[str, bytes] | None = None) -> Site:
    """The site as Jekyll reads it. `sources`: files already read (absolute path → bytes), used
    instead of reading them again."""
    source = config.source
    theme = theme_dir()
    site = Site(config=config.data, source=source)
    defaults = FrontMatterDefaults(config.get("defaults") or [])

    def dirs(name: str) -> list[Path]:
        candidates = [source / name, theme / name]
        unique: list[Path] = []
        for candidate in candidates:
            if candidate.is_dir() and candidate not in unique:
                unique.append(candidate)
        return unique

    site.layout_dirs = dirs(str(config.get("layouts_dir") or "_layouts"))
    site.include_dirs = dirs(str(config.get("includes_dir") or "_includes"))
    site.sass_dirs = dirs(config.sass_dir)
    site.layouts = read_layouts(site.layout_dirs, source)
    site.data = read_data(source / str(config.get("data_dir") or "_data"), source)

    from .collections import DateResolver, read_documents

    site.time = DateResolver(config.get("timezone")).now()
    seen: set[str] = set()
    folders: list[str] = []
    for relative, path in walk_site(config, diagnostics, folders):
        seen.add(relative)
        _add_file(site, relative, path, config, defaults, sources.pop(str(path), None) if sources else None)
    if _uses_bundled_theme(source, config):
        _add_theme_assets(site, theme, seen, config, defaults)
    # Jekyll orders pages by file name and static files by path before collections are read.
    site.pages.sort(key=lambda page: (page.name, _read_order(page.relative_path)))
    site.static_files.sort(key=lambda static: static.relative_path)
    read_documents(site, config, defaults, diagnostics, folders, EntryFilter(config))
    from .plugins import warn_unsupported

    warn_unsupported(site, config, diagnostics)
    return site


def _uses_bundled_theme(source: Path, config: SiteConfig) -> bool:
    """A site with layouts of its own is a complete Jekyll site: it gets none of our theme's assets."""
    own_layouts = source / str(config.get("layouts_dir") or "_layouts")
    return not (own_layouts.is_dir() and any(p.is_file() for p in own_layouts.rglob("*")))


def _add_file(
    site: Site, relative: str, path: Path, config: SiteConfig, defaults: FrontMatterDefaults,
    content: bytes | None = None,
) -> None:
    if content is not None:
        raw = content if has_front_matter(content[:8]) else None
    else:
        with path.open("rb") as handle:
            head = handle.read(8)
            raw = head + handle.read() if has_front_matter(head) else None
    if raw is not None:
        site.pages.append(read_page(relative, path, config, defaults, raw))
    else:
        mtime = datetime.fromtimestamp(path.stat().st_mtime).astimezone()
        site.static_files.append(StaticFile(relative, path, mtime))


def _add_theme_assets(
    site: Site, theme: Path, seen: set[str], config: SiteConfig, defaults: FrontMatterDefaults
) -> None:
    """Theme `assets/` files the site does not have itself (Jekyll's theme assets)."""
    assets = theme / "assets"
    if not assets.is_dir() or theme == config.source:
        return
    for path in sorted(assets.rglob("*")):
        if not path.is_file() or not safe_entry(path, theme):
            continue
        relative = path.relative_to(theme).as_posix()
        if relative not in seen:
            _add_file(site, relative, path, config, defaults)

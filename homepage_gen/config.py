"""Load `_config.yml` (and `--config` files) over Jekyll's defaults.

The result is a `SiteConfig`: the merged mapping every template sees as `site`,
plus typed accessors for the keys the build itself acts on. Errors name the file
and line of the offending key.
"""

from __future__ import annotations

import copy
import datetime
import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ConfigError
from .yamlload import YamlDocument, load_yaml

# Jekyll 4.3's defaults for the keys a site can observe (Jekyll::Configuration::DEFAULTS).
JEKYLL_DEFAULTS: dict[str, Any] = {
    "source": ".",
    "destination": "_site",
    "collections_dir": "",
    "cache_dir": ".jekyll-cache",
    "plugins_dir": "_plugins",
    "layouts_dir": "_layouts",
    "data_dir": "_data",
    "includes_dir": "_includes",
    "collections": {},
    "safe": False,
    "include": [".htaccess"],
    "exclude": [],
    "keep_files": [".git", ".svn"],
    "encoding": "utf-8",
    "markdown_ext": "markdown,mkdown,mkdn,mkd,md",
    "strict_front_matter": False,
    "show_drafts": None,
    "limit_posts": 0,
    "future": False,
    "unpublished": False,
    "whitelist": [],
    "plugins": [],
    "markdown": "kramdown",
    "highlighter": "rouge",
    "lsi": False,
    "excerpt_separator": "\n\n",
    "incremental": False,
    "detach": False,
    "port": "4000",
    "host": "127.0.0.1",
    "baseurl": None,
    "show_dir_listing": False,
    "permalink": "date",
    "paginate_path": "/page:num",
    "timezone": None,
    "quiet": False,
    "verbose": False,
    "defaults": [],
    "liquid": {
        "error_mode": "warn",
        "strict_filters": False,
        "strict_variables": False,
    },
    "kramdown": {
        "auto_ids": True,
        "toc_levels": [1, 2, 3, 4, 5, 6],
        "entity_output": "as_char",
        "smart_quotes": "lsquo,rsquo,ldquo,rdquo",
        "input": "GFM",
        "hard_wrap": False,
        "guess_lang": True,
        "footnote_nr": 1,
        "show_warnings": False,
    },
    "sass": {"sass_dir": "_sass"},
}

# Jekyll always adds these to `exclude`.
DEFAULT_EXCLUDES = [
    ".sass-cache",
    ".jekyll-cache",
    "gemfiles",
    "Gemfile",
    "Gemfile.lock",
    "node_modules",
    "vendor/bundle/",
    "vendor/cache/",
    "vendor/gems/",
    "vendor/ruby/",
]

# Ours: never read our own cache or a conventional destination.
HOMEPAGE_EXCLUDES = [".homepage-cache"]

SASS_STYLES = ("nested", "expanded", "compact", "compressed")


@functools.lru_cache(maxsize=8)
def _markdown_extensions(raw: str) -> frozenset[str]:
    """`markdown_ext: "md,markdown"` as {".md", ".markdown"} (asked for once per page)."""
    return frozenset("." + ext.strip().lower() for ext in raw.split(",") if ext.strip())


@dataclass
class SiteConfig:
    """The merged configuration of one build."""

    data: dict[str, Any]
    source: Path
    destination: Path
    files: list[Path] = field(default_factory=list)
    key_lines: dict[str, tuple[str, int]] = field(default_factory=dict)

    def __getitem__(self, key: str) -> Any:
        return self.data[key]

    def get(self, key: str, default: Any = None) -> Any:
        return self.data.get(key, default)

    @property
    def baseurl(self) -> str:
        return normalize_baseurl(self.data.get("baseurl"))

    @property
    def url(self) -> str:
        return str(self.data.get("url") or "").rstrip("/")

    @property
    def markdown_extensions(self) -> frozenset[str]:
        raw = str(self.data.get("markdown_ext") or "")
        return _markdown_extensions(raw)

    @property
    def sass_dir(self) -> str:
        sass = self.data.get("sass") or {}
        return str(sass.get("sass_dir") or "_sass")

    @property
    def sass_style(self) -> str:
        sass = self.data.get("sass") or {}
        # sassc's default, which Jekyll 4.3's sass converter inherits
        return str(sass.get("style") or "compact")

    def where(self, key: str) -> tuple[str | None, int | None]:
        """The file and line that set a top-level key, for messages."""
        found = self.key_lines.get(key)
        return (found[0], found[1]) if found else (None, None)


def normalize_baseurl(value: Any) -> str:
    """Jekyll treats nil, "" and "/" alike; keep a leading slash, no trailing one."""
    text = str(value or "").strip()
    if text in ("", "/"):
        return ""
    if not text.startswith("/") and "://" not in text:
        text = "/" + text
    return text.rstrip("/")


_IMMUTABLE = (str, int, float, bool, type(None), bytes, datetime.date, datetime.time)


def copy_tree(value: Any) -> Any:
    """A deep copy of YAML-shaped data (mappings, lists, scalars); several times faster than
    `copy.deepcopy`, which matters because front matter defaults are merged into every page."""
    if isinstance(value, _IMMUTABLE):
        return value
    if isinstance(value, dict):
        return {k: copy_tree(v) for k, v in value.items()}
    if isinstance(value, list):
        return [copy_tree(v) for v in value]
    return copy.deepcopy(value)


def deep_merge(base: Mapping[str, Any], overlay: Mapping[str, Any]) -> dict[str, Any]:
    """Merge `overlay` into a copy of `base`; nested mappings merge, anything else replaces."""
    merged = {k: copy_tree(v) for k, v in base.items()}
    for key, value in overlay.items():
        if isinstance(value, Mapping) and isinstance(merged.get(key), Mapping):
            merged[key] = deep_merge(merged[key], value)
        else:
            merged[key] = copy_tree(value)
    return merged


def _config_files(source: Path, config_option: str | None) -> list[Path]:
    if config_option:
        files = [Path(part.strip()) for part in config_option.split(",") if part.strip()]
        return [f if f.is_absolute() else Path.cwd() / f for f in files]
    for name in ("_config.yml", "_config.yaml", "_config.toml"):
        candidate = source / name
        if candidate.is_file():
            return [candidate]
    return []


def _display(path: Path, source: Path) -> str:
    try:
        return str(path.relative_to(source))
    except ValueError:
        return str(path)


def load_config(
    source: Path,
    *,
    config_files: str | None = None,
    destination: Path | None = None,
    overrides: Mapping[str, Any] | None = None,
) -> SiteConfig:
    """Read the configuration of the site at `source`.

    `config_files` is the `--config a.yml,b.yml` value (later files win);
    `overrides` are command-line settings applied last.
    """
    source = source.resolve()
    merged: dict[str, Any] = copy.deepcopy(JEKYLL_DEFAULTS)
    key_lines: dict[str, tuple[str, int]] = {}
    files = _config_files(source, config_files)
    for path in files:
        shown = _display(path, source)
        if not path.is_file():
            raise ConfigError("configuration file not found", shown, hint="check the --config option")
        if path.suffix == ".toml":
            raise ConfigError("TOML configuration is not supported", shown, hint="convert it to _config.yml")
        document: YamlDocument = load_yaml(path, shown, ConfigError)
        if document.value is None:
            continue
        if not isinstance(document.value, dict):
            raise ConfigError(
                "the configuration must be a mapping of keys to values", shown, 1,
                hint="each line should look like `key: value`",
            )
        merged = deep_merge(merged, document.value)
        for key, line in document.key_lines.items():
            key_lines[key] = (shown, line)
    if overrides:
        merged = deep_merge(merged, overrides)
    _validate(merged, key_lines)
    merged["exclude"] = _unique([*(merged.get("exclude") or []), *DEFAULT_EXCLUDES, *HOMEPAGE_EXCLUDES])
    merged["source"] = str(source)
    dest = destination if destination is not None else Path(str(merged.get("destination") or "_site"))
    dest = dest if dest.is_absolute() else (Path.cwd() / dest if destination is not None else source / dest)
    merged["destination"] = str(dest.resolve())
    return SiteConfig(merged, source, dest.resolve(), files, key_lines)


def _unique(items: Sequence[Any]) -> list[Any]:
    seen: list[Any] = []
    for item in items:
        if item not in seen:
            seen.append(item)
    return seen


def _fail(message: str, key: str, key_lines: Mapping[str, tuple[str, int]], hint: str | None = None) -> None:
    path, line = key_lines.get(key, ("_config.yml", None))
    raise ConfigError(message, path, line, hint=hint)


def _validate(data: dict[str, Any], key_lines: Mapping[str, tuple[str, int]]) -> None:
    """Check the types of the keys the build acts on; normalise a few Jekyll shorthands."""
    for key in ("include", "exclude", "keep_files", "plugins", "whitelist"):
        value = data.get(key)
        if value is None:
            data[key] = []
        elif isinstance(value, str):
            data[key] = [value]
        elif not isinstance(value, list):
            _fail(f"`{key}` must be a list of file names", key, key_lines, hint=f"write `{key}: [a, b]`")
    defaults = data.get("defaults")
    if defaults is None:
        data["defaults"] = []
    elif not isinstance(defaults, list) or not all(isinstance(d, dict) for d in defaults):
        _fail("`defaults` must be a list of {scope, values} entries", "defaults", key_lines)
    for key in ("kramdown", "sass", "liquid", "collections"):
        if data.get(key) is None:
            data[key] = {}
        elif key == "collections" and isinstance(data[key], list):
            data[key] = {name: {} for name in data[key]}
        elif not isinstance(data[key], dict):
            _fail(f"`{key}` must be a mapping", key, key_lines)
    style = (data.get("sass") or {}).get("style")
    if style is not None and str(style) not in SASS_STYLES:
        _fail(
            f"unknown sass style {style!r}", "sass", key_lines,
            hint="use one of " + ", ".join(SASS_STYLES),
        )
    for key in ("baseurl", "url", "title", "permalink"):
        value = data.get(key)
        if value is not None and not isinstance(value, (str, int, float)):
            _fail(f"`{key}` must be text", key, key_lines)

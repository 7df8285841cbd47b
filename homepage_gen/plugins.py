"""Which Jekyll plugins a site asks for, and warnings for those that will not run.

`homepage` reproduces the common GitHub Pages plugins itself; Ruby code in
`_plugins/` and any other gem cannot run, and the build says so once, naming the
file or configuration line, instead of producing a silently different site.
"""

from __future__ import annotations

from typing import Any

from .config import SiteConfig
from .errors import Diagnostics

# Plugins whose behaviour is built in (or which change nothing in the output).
SUPPORTED_PLUGINS = frozenset({
    "jekyll-redirect-from",
    "jekyll-sitemap",
    "jekyll-feed",
    "jekyll-seo-tag",
    "jekyll-paginate",
    "jekyll-gist",
    "jemoji",
    "jekyll-include-cache",
    "jekyll-github-metadata",
    "jekyll-coffeescript",  # nothing to do unless the site has .coffee files
    "jekyll-commonmark-ghpages",
    "jekyll-default-layout",
    "jekyll-optional-front-matter",
    "jekyll-readme-index",
    "jekyll-titles-from-headings",
    "jekyll-relative-links",
    "jekyll-remote-theme",
    "jekyll-sass-converter",
    "jekyll-watch",
    "kramdown-parser-gfm",
})

# GitHub Pages plugins that would change the output and that `homepage` does not reproduce.
UNREPRODUCED = frozenset({
    "jekyll-default-layout",
    "jekyll-optional-front-matter",
    "jekyll-readme-index",
    "jekyll-titles-from-headings",
    "jekyll-relative-links",
    "jekyll-remote-theme",
    "jekyll-commonmark-ghpages",
})


def configured_plugins(config: SiteConfig | dict[str, Any]) -> list[str]:
    """`plugins:` as names (Jekyll 4.3 ignores the older `gems:` key)."""
    return _as_list(config.get("plugins"))


def plugin_enabled(config: SiteConfig | dict[str, Any], name: str) -> bool:
    return name in configured_plugins(config)


def warn_unsupported(site: Any, config: SiteConfig, diagnostics: Diagnostics) -> None:
    """Warn about Ruby plugins, unknown gems and themes the build cannot reproduce."""
    plugins_dir = config.source / str(config.get("plugins_dir") or "_plugins")
    if plugins_dir.is_dir():
        ruby = sorted(p.relative_to(plugins_dir).as_posix() for p in plugins_dir.rglob("*.rb") if p.is_file())
        if ruby:
            diagnostics.warn(
                f"{len(ruby)} Ruby plugin(s) will not run: {', '.join(ruby)} "
                "(their tags, filters, generators and hooks are missing from the output)",
                plugins_dir.relative_to(config.source).as_posix(),
            )
    if config.get("gems"):
        path, line = config.where("gems")
        diagnostics.warn("`gems:` is ignored by Jekyll 4.3 (and here): rename it to `plugins:` to load "
                         f"{', '.join(_as_list(config.get('gems')))}", path, line)
    for name in configured_plugins(config):
        path, line = config.where("plugins")
        if name in UNREPRODUCED:
            diagnostics.warn(f"plugin '{name}' is not reproduced; pages it would change are built without it",
                             path, line)
        elif name not in SUPPORTED_PLUGINS:
            diagnostics.warn(f"plugin '{name}' is not supported and will not run", path, line)
    if "jekyll-github-metadata" in configured_plugins(config):
        from .github_metadata import repository_nwo

        if repository_nwo(config, config.source) is None:
            path, line = config.where("plugins")
            diagnostics.warn(
                "jekyll-github-metadata finds no repository: set `repository: owner/name` in _config.yml, "
                "PAGES_REPO_NWO, or an `origin` remote on github.com (Jekyll stops at the first `site.github`)",
                path, line,
            )
    for key in ("theme", "remote_theme"):
        if config.get(key):
            path, line = config.where(key)
            diagnostics.warn(
                f"`{key}: {config.get(key)}` is not supported: only the site's own layouts, includes and "
                "Sass (and the bundled theme) are used",
                path, line,
            )


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    return [str(value)] if isinstance(value, str) else [str(v) for v in value]

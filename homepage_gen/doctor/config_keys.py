"""Unknown and misspelled `_config.yml` keys.

A key close to a known one (`baseur`, `autor`, `googlescolar`) is almost surely a
typo whose setting is silently lost: an error, with the suggestion. Any other
unknown key may be read by the site's own templates (`site.my_key`): a warning.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from typing import Any

from ..config import JEKYLL_DEFAULTS
from .report import Report
from .yamlpos import YamlPath

# Jekyll's own keys beyond its DEFAULTS table, and those of the plugins we build in.
JEKYLL_KEYS = frozenset(
    {
        *JEKYLL_DEFAULTS,
        "url",
        "baseurl",
        "title",
        "description",
        "lang",
        "locale",
        "name",
        "email",
        "twitter",
        "logo",
        "social",
        "github",
        "gems",
        "theme",
        "remote_theme",
        "author",
        "paginate",
        "paginate_path",
        "feed",
        "redirect_from",
        "sitemap",
        "livereload",
        "livereload_port",
        "open_url",
        "profile",
        "skip_initial_build",
        "serving",
        "webrick",
        "disable_disk_cache",
        "future",
        "show_drafts",
        "date_format",
        "tagline",
        "header_pages",
        "defaults",
        "repository",
        "whitelist",
    }
)

# AcadHomepage's _config.yml (and the minimal-mistakes keys its theme reads).
ACADHOMEPAGE_KEYS = frozenset(
    {
        "title",
        "description",
        "repository",
        "google_scholar_stats_use_cdn",
        "google_analytics_id",
        "google_site_verification",
        "bing_site_verification",
        "baidu_site_verification",
        "yandex_site_verification",
        "naver_site_verification",
        "author",
        "compress_html",
        "masthead_title",
        "subtitle",
        "words_per_minute",
        "og_image",
        "site_og_image",
    }
)

# Ours: the bundled theme's extras and the Scholar stats settings.
HOMEPAGE_KEYS = frozenset({"scholar", "favicon", "apple_touch_icon", "webmanifest"})

KNOWN_TOP_LEVEL = JEKYLL_KEYS | ACADHOMEPAGE_KEYS | HOMEPAGE_KEYS

AUTHOR_KEYS = frozenset(
    {
        "name",
        "avatar",
        "bio",
        "location",
        "employer",
        "pubmed",
        "googlescholar",
        "email",
        "researchgate",
        "uri",
        "bitbucket",
        "codepen",
        "dribbble",
        "flickr",
        "facebook",
        "foursquare",
        "github",
        "google_plus",
        "keybase",
        "instagram",
        "impactstory",
        "lastfm",
        "linkedin",
        "dblp",
        "orcid",
        "pinterest",
        "soundcloud",
        "stackoverflow",
        "steam",
        "tumblr",
        "twitter",
        "vine",
        "weibo",
        "xing",
        "youtube",
        "wikipedia",
        "links",
        "home",
        "semanticscholar",
        "mastodon",
        "bluesky",
    }
)

NESTED_KEYS: dict[str, frozenset[str]] = {
    "author": AUTHOR_KEYS,
    "scholar": frozenset({"url", "timeout", "enabled"}),
    "sass": frozenset({"sass_dir", "style", "load_paths", "sourcemap", "line_comments", "quiet_deps"}),
    "kramdown": frozenset(
        {
            *JEKYLL_DEFAULTS["kramdown"],
            "auto_id_prefix",
            "auto_id_stripping",
            "footnote_prefix",
            "footnote_backlink",
            "footnote_backlink_inline",
            "typographic_symbols",
            "syntax_highlighter",
            "syntax_highlighter_opts",
            "enable_coderay",
            "coderay_line_numbers",
            "header_offset",
            "parse_block_html",
            "parse_span_html",
            "html_to_native",
            "line_width",
            "link_defs",
            "remove_block_html_tags",
            "remove_span_html_tags",
            "transliterated_header_ids",
            "gfm_quirks",
            "math_engine",
            "math_engine_opts",
            "template",
            "list_indent",
            "forbidden_inline_options",
            "gfm_emojis",
            "gfm_emoji_opts",
            "remove_line_breaks_for_cjk",
        }
    ),
}

SUGGESTION_CUTOFF = 0.75


def suggest(key: str, known: frozenset[str]) -> str | None:
    """The known key `key` is most likely a misspelling of, if any."""
    lowered = key.lower().replace("-", "_")
    if lowered in known and lowered != key:
        return lowered
    squashed = {k.replace("_", ""): k for k in known}
    if lowered.replace("_", "") in squashed:
        return squashed[lowered.replace("_", "")]
    matches = difflib.get_close_matches(lowered, sorted(known), n=1, cutoff=SUGGESTION_CUTOFF)
    return matches[0] if matches else None


def check_config_keys(
    data: Mapping[str, Any], lines: Mapping[YamlPath, int], shown_path: str, report: Report
) -> None:
    """Report unknown keys of one configuration file (its own parsed mapping, not the merged one)."""
    for key, value in data.items():
        key = str(key)
        line = lines.get((key,))
        if key not in KNOWN_TOP_LEVEL:
            _unknown(key, KNOWN_TOP_LEVEL, "", shown_path, line, report)
            continue
        allowed = NESTED_KEYS.get(key)
        if allowed is None or not isinstance(value, Mapping):
            continue
        for sub in value:
            sub = str(sub)
            if sub not in allowed:
                _unknown(sub, allowed, f"{key}.", shown_path, lines.get((key, sub), line), report)


def _unknown(
    key: str, known: frozenset[str], prefix: str, path: str, line: int | None, report: Report
) -> None:
    guess = suggest(key, known)
    if guess is not None:
        report.error(
            "config",
            f"unknown key `{prefix}{key}`; did you mean `{prefix}{guess}`?",
            path,
            line,
            hint=f"rename it to `{guess}`; as written, the setting is ignored",
        )
    else:
        report.warning(
            "config",
            f"unknown key `{prefix}{key}`: neither Jekyll, AcadHomepage nor homepage uses it",
            path,
            line,
            hint="fine if your own templates read it as site." + prefix + key + "; otherwise check the name",
        )

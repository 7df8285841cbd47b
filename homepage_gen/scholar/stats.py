"""Google Scholar numbers for a build: fetched fresh, else the cached last good copy, else none.

Where from: AcadHomepage's URL for `gs_data.json` on the `google-scholar-stats`
branch of `site.repository` (jsDelivr or raw GitHub, by
`google_scholar_stats_use_cdn`), unless `scholar.url` names another one.
A failure is never an error: it is one warning, and the build goes on with the
cached numbers or with none (the pages keep their placeholders and the browser
fallback script).

_config.yml::

    scholar:
      url: https://example.org/gs_data.json   # optional; overrides the repository URL
      timeout: 5                              # seconds for the whole download, retries included
      enabled: true                           # false: no numbers, no network
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from ..errors import Diagnostics
from .files import atomic_write_texts
from .schema import StatsShapeError, shields_endpoint, validate_stats

DEFAULT_TIMEOUT = 5.0
CACHE_FILE = "stats.json"
CACHE_FORMAT = 1
CONFIG_FILE = "_config.yml"
NO_NUMBERS = "pages keep their placeholders and the browser loads the numbers"


@dataclass(frozen=True)
class ScholarSettings:
    url: str
    timeout: float = DEFAULT_TIMEOUT


@dataclass(frozen=True)
class CacheEntry:
    """The last good document, with when it was fetched and its validators for conditional requests."""

    url: str
    fetched_at: datetime
    document: dict[str, Any]
    stats: dict[str, Any]
    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True)
class FetchOutcome:
    entry: CacheEntry | None = None  # fresh numbers: downloaded, or confirmed by a 304
    reason: str | None = None  # why there are none
    notes: tuple[str, ...] = ()


def default_stats_url(repository: str, use_cdn: bool) -> str:
    """The URL AcadHomepage's page script reads `gs_data.json` from."""
    if use_cdn:
        return f"https://cdn.jsdelivr.net/gh/{repository}@google-scholar-stats/gs_data.json"
    return f"https://raw.githubusercontent.com/{repository}/google-scholar-stats/gs_data.json"


def scholar_settings(config: Mapping[str, Any], diagnostics: Diagnostics) -> ScholarSettings | None:
    """What `_config.yml` asks for; None when the site has no source of numbers or turned them off."""
    section = config.get("scholar")
    if section is False:
        return None
    if section is None:
        section = {}
    if not isinstance(section, Mapping):
        diagnostics.warn("`scholar` must be a mapping (url, timeout, enabled); ignoring it", CONFIG_FILE)
        section = {}
    if section.get("enabled", True) is False:
        return None
    url = _configured_url(section, diagnostics) or _repository_url(config)
    if url is None:
        return None
    return ScholarSettings(url, _timeout(section, diagnostics))


def _configured_url(section: Mapping[str, Any], diagnostics: Diagnostics) -> str | None:
    url = section.get("url")
    if url is None or url == "":
        return None
    if isinstance(url, str) and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    diagnostics.warn(f"scholar.url must be an http(s) URL, got {url!r}; using the repository's", CONFIG_FILE)
    return None


def _repository_url(config: Mapping[str, Any]) -> str | None:
    repository = config.get("repository")
    if not isinstance(repository, str) or not repository.strip("/ "):
        return None
    use_cdn = config.get("google_scholar_stats_use_cdn")
    # Liquid truthiness, as in AcadHomepage's `{% if site.google_scholar_stats_use_cdn %}`: only nil/false
    return default_stats_url(repository.strip("/ "), use_cdn is not None and use_cdn is not False)


def _timeout(section: Mapping[str, Any], diagnostics: Diagnostics) -> float:
    value = section.get("timeout", DEFAULT_TIMEOUT)
    if isinstance(value, int | float) and not isinstance(value, bool) and value > 0:
        return float(value)
    diagnostics.warn(
        f"scholar.timeout must be a positive number of seconds, got {value!r}; using {DEFAULT_TIMEOUT:g}",
        CONFIG_FILE,
    )
    return DEFAULT_TIMEOUT


def load_stats(
    config: Mapping[str, Any], cache_dir: Path, *, offline: bool, diagnostics: Diagnostics
) -> dict[str, Any] | None:
    """The numbers for this build (see the module docstring), with one warning when they aren't fresh."""
    settings = scholar_settings(config, diagnostics)
    if settings is None:
        return None
    cache = read_cache(cache_dir, diagnostics)
    if offline:
        if cache is None:
            diagnostics.warn(f"Scholar stats: --offline and no cached copy yet, so {NO_NUMBERS}")
        return cache.stats if cache else None
    outcome = fetch_stats(settings, cache)
    if outcome.entry is not None:
        for note in outcome.notes:
            diagnostics.warn(f"Scholar stats from {settings.url}: {note}")
        _store(cache_dir, outcome.entry, diagnostics)
        return outcome.entry.stats
    failure = f"Scholar stats: could not get {settings.url}: {outcome.reason}"
    if cache is not None:
        diagnostics.warn(f"{failure}; using the cached copy fetched {describe_age(cache.fetched_at)}")
        return cache.stats
    diagnostics.warn(f"{failure}; no cached copy, so {NO_NUMBERS}")
    return None


def fetch_stats(settings: ScholarSettings, cache: CacheEntry | None) -> FetchOutcome:
    """Download and validate `gs_data.json`, conditionally when the cache holds the same URL."""
    from .http import bounded_get  # only builds that go to the network pay for importing it

    conditional = _conditional_headers(cache, settings.url)
    result = bounded_get(settings.url, timeout=settings.timeout, headers=conditional)
    now = datetime.now(timezone.utc)
    if result.status == 304 and result.error is None:
        if cache is None or not conditional:
            return FetchOutcome(reason="HTTP 304 to a request that was not conditional")
        return FetchOutcome(replace(cache, fetched_at=now))
    if not result.ok:
        return FetchOutcome(reason=result.describe())
    try:
        document = json.loads(result.body)
    except (ValueError, RecursionError) as err:  # RecursionError: absurdly deep nesting
        return FetchOutcome(reason=f"the response is not valid JSON ({err})")
    try:
        validated = validate_stats(document)
    except StatsShapeError as err:
        return FetchOutcome(reason=f"the response is not gs_data.json as the crawler writes it ({err})")
    entry = CacheEntry(
        settings.url, now, document, validated.stats,
        etag=result.headers.get("etag"), last_modified=result.headers.get("last-modified"),
    )
    return FetchOutcome(entry, notes=tuple(validated.notes))


def _conditional_headers(cache: CacheEntry | None, url: str) -> dict[str, str]:
    if cache is None or cache.url != url:
        return {}
    headers = {}
    if cache.etag:
        headers["If-None-Match"] = cache.etag
    if cache.last_modified:
        headers["If-Modified-Since"] = cache.last_modified
    return headers


def read_cache(cache_dir: Path, diagnostics: Diagnostics) -> CacheEntry | None:
    """The cached last good copy; a missing cache is None, a damaged one also warns."""
    path = cache_dir / CACHE_FILE
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, RecursionError) as err:
        diagnostics.warn(f"ignoring the Scholar stats cache: {err}", path)
        return None
    try:
        return _entry_from_json(raw)
    except (KeyError, TypeError, ValueError) as err:
        diagnostics.warn(f"ignoring the Scholar stats cache: not in the expected format ({err})", path)
        return None


def _entry_from_json(raw: Any) -> CacheEntry:
    if not isinstance(raw, dict) or raw.get("format") != CACHE_FORMAT:
        raise ValueError(f"format is not {CACHE_FORMAT}")
    fetched_at = datetime.fromisoformat(raw["fetched_at"])
    if fetched_at.tzinfo is None:
        fetched_at = fetched_at.replace(tzinfo=timezone.utc)
    document = raw["document"]
    return CacheEntry(
        url=str(raw["url"]), fetched_at=fetched_at, document=document,
        stats=validate_stats(document).stats,  # validated again: the rules may have changed since
        etag=raw.get("etag"), last_modified=raw.get("last_modified"),
    )


def write_cache(cache_dir: Path, entry: CacheEntry) -> None:
    raw = {
        "format": CACHE_FORMAT,
        "url": entry.url,
        "fetched_at": entry.fetched_at.isoformat(),
        "etag": entry.etag,
        "last_modified": entry.last_modified,
        "document": entry.document,
    }
    atomic_write_texts({cache_dir / CACHE_FILE: json.dumps(raw, ensure_ascii=False, indent=1) + "\n"})


def _store(cache_dir: Path, entry: CacheEntry, diagnostics: Diagnostics) -> None:
    try:
        write_cache(cache_dir, entry)
    except OSError as err:
        diagnostics.warn(f"could not update the Scholar stats cache: {err}", cache_dir / CACHE_FILE)


def describe_age(then: datetime, now: datetime | None = None) -> str:
    """`5 minutes ago`, `3 hours ago`, `2 days ago` (with the date)."""
    seconds = max(0.0, ((now or datetime.now(timezone.utc)) - then).total_seconds())
    for unit, size in (("day", 86400), ("hour", 3600), ("minute", 60)):
        if seconds >= size:
            count = int(seconds // size)
            text = f"{count} {unit}{'s' if count != 1 else ''} ago"
            return f"{text} ({then.date().isoformat()})" if unit == "day" else text
    return "less than a minute ago"


def shields_endpoint_json(stats: Mapping[str, Any]) -> str:
    """`gs_data_shieldsio.json` for the site, from validated numbers."""
    return json.dumps(shields_endpoint(stats["citedby"]), ensure_ascii=False) + "\n"

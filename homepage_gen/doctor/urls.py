"""`url`, `baseurl` and `repository` mistakes, and the baseurl GitHub Pages will serve the site at.

GitHub Pages serves `OWNER/OWNER.github.io` at `https://OWNER.github.io/` and any
other repository at `https://OWNER.github.io/REPO/` (unless a custom domain,
a `CNAME` file, puts it at the root). The deploy workflow passes that baseurl
unless `_config.yml` sets one; doctor checks links the same way.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from .report import Report

REPOSITORY = re.compile(r"^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9._-]+$")


@dataclass(frozen=True)
class ServedAt:
    baseurl: str
    why: str


def pages_baseurl(repository: str, has_cname: bool = False) -> str:
    """The path GitHub Pages serves `OWNER/REPO` at: "" or "/REPO"."""
    owner, _, repo = repository.partition("/")
    if has_cname or repo.lower() == f"{owner.lower()}.github.io":
        return ""
    return "/" + repo


def served_at(config: Mapping[str, Any], source: Path, override: str | None) -> ServedAt:
    """The baseurl to check links with: --baseurl, else `_config.yml`'s, else what the deploy derives."""
    if override is not None:
        return ServedAt(_normal(override), "from --baseurl")
    configured = config.get("baseurl")
    if configured is not None:
        return ServedAt(_normal(str(configured)), "set in _config.yml")
    repository = config.get("repository")
    if isinstance(repository, str) and REPOSITORY.match(repository.strip()):
        base = pages_baseurl(repository.strip(), (source / "CNAME").is_file())
        return ServedAt(base, f"as the deploy workflow derives it from repository {repository.strip()}")
    return ServedAt("", "no baseurl set and no repository to derive one from")


@dataclass(frozen=True)
class _Lines:
    key_lines: Mapping[str, tuple[str, int]]

    def path(self, key: str) -> str:
        return self.key_lines.get(key, ("_config.yml", 0))[0]

    def get(self, key: str) -> int | None:
        found = self.key_lines.get(key)
        return found[1] if found else None


def _normal(text: str) -> str:
    text = text.strip().rstrip("/")
    return text if not text or text.startswith("/") or "://" in text else "/" + text


def check_urls(
    config: Mapping[str, Any], key_lines: Mapping[str, tuple[str, int]], source: Path, report: Report
) -> None:
    """Mistakes in `url`, `baseurl` and `repository`; `key_lines` gives each key's file and line."""
    lines = _Lines(key_lines)
    url = config.get("url")
    baseurl = config.get("baseurl")
    repository = config.get("repository")
    if url not in (None, ""):
        _check_url(str(url), lines.path("url"), lines.get("url"), report)
    if baseurl not in (None, ""):
        _check_baseurl(str(baseurl), lines.path("baseurl"), lines.get("baseurl"), report)
    if repository in (None, ""):
        return
    repository = str(repository).strip()
    if not REPOSITORY.match(repository):
        report.error(
            "urls",
            f"repository {repository!r} is not OWNER/REPO",
            lines.path("repository"),
            lines.get("repository"),
            hint="write the GitHub repository that hosts the site, e.g. `repository: ada/ada.github.io`",
        )
        return
    _check_against_repository(
        repository, str(url or ""), baseurl, (source / "CNAME").is_file(), lines, report
    )


def _check_url(url: str, path: str, line: int | None, report: Report) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        report.error(
            "urls",
            f"url {url!r} is not an address like https://ada.github.io",
            path,
            line,
            hint="url is the scheme and host only; the path goes in baseurl",
        )
        return
    if parts.path not in ("", "/"):
        report.error(
            "urls",
            f"url {url!r} has a path ({parts.path}); links would miss or double it",
            path,
            line,
            hint=f"set `url: {parts.scheme}://{parts.netloc}` and `baseurl: {parts.path.rstrip('/')}`",
        )
    elif url.endswith("/"):
        report.warning(
            "urls",
            f"url {url!r} ends with a slash; absolute links get a double slash",
            path,
            line,
            hint=f"write `url: {url.rstrip('/')}`",
        )


def _check_baseurl(baseurl: str, path: str, line: int | None, report: Report) -> None:
    if "://" in baseurl:
        report.error(
            "urls",
            f"baseurl {baseurl!r} is a full address; it must be a path like /REPO",
            path,
            line,
            hint="put the address (https://host) in url and only the path in baseurl",
        )
        return
    if baseurl in ("/",):
        return
    if not baseurl.startswith("/"):
        report.error(
            "urls",
            f"baseurl {baseurl!r} must start with a slash",
            path,
            line,
            hint=f"write `baseurl: /{baseurl.strip('/')}`",
        )
    elif baseurl.endswith("/"):
        report.warning(
            "urls",
            f"baseurl {baseurl!r} ends with a slash; links get a double slash",
            path,
            line,
            hint=f"write `baseurl: {baseurl.rstrip('/')}`",
        )


def _check_against_repository(
    repository: str,
    url: str,
    baseurl: Any,
    has_cname: bool,
    lines: _Lines,
    report: Report,
) -> None:
    owner = repository.split("/", 1)[0].lower()
    expected = pages_baseurl(repository, has_cname)
    name = repository.split("/", 1)[1].lower()
    if name.endswith(".github.io") and name != f"{owner}.github.io" and not has_cname:
        report.warning(
            "urls",
            f"repository {repository} is named like a user site, but only {owner}.github.io is served at "
            f"https://{owner}.github.io/; this one would be at https://{owner}.github.io/{name}/",
            lines.path("repository"),
            lines.get("repository"),
            hint=f"name the repository {owner}.github.io, or fix the owner in `repository`",
        )
    host = urlsplit(url).netloc.lower() if url else ""
    on_pages = host.endswith(".github.io")
    if on_pages and host != f"{owner}.github.io":
        report.warning(
            "urls",
            f"url {url!r} does not match repository {repository} (GitHub Pages serves it at "
            f"https://{owner}.github.io)",
            lines.path("url"),
            lines.get("url"),
            hint=f"write `url: https://{owner}.github.io`, or fix `repository`",
        )
    if baseurl is None or (url and not on_pages):
        return  # the deploy derives it, or a custom host where any path may be right
    actual = _normal(str(baseurl))
    if actual != expected:
        where = expected or "the root"
        report.warning(
            "urls",
            f"baseurl {str(baseurl)!r} does not match repository {repository}: GitHub Pages "
            f"serves it at {where}",
            lines.path("baseurl"),
            lines.get("baseurl"),
            hint="remove the baseurl line (the deploy workflow then sets the right one) "
            f'or write `baseurl: "{expected}"`',
        )

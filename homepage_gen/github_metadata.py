"""`site.github`: the part of jekyll-github-metadata that needs no network.

Black-box runs of jekyll-github-metadata 2.15 under Jekyll 4.3.1 with no network and no
token (tests/unit/test_github_metadata.py holds what they printed) show:

* the repository ("name with owner") comes from PAGES_REPO_NWO, else `repository:` in
  `_config.yml`, else the `origin` remote of the source's git checkout when it points at
  github.com; with none of them, any use of `site.github` stops the build;
* the environment is PAGES_ENV, else JEKYLL_ENV, else "development"; the Pages host is
  localhost:4000 in development and github.io otherwise, so `OWNER/OWNER.github.io` is a
  user page only outside development;
* without the Pages API, `url` is http://owner.github.io[/REPO] in the "dotcom" and "test"
  environments and https://github.com/pages/OWNER[/REPO] in every other one; `baseurl` is
  its path; OWNER/OWNER.github.com is a user page too;
* `build_revision` is JEKYLL_BUILD_REVISION, else `git rev-parse HEAD`;
* `site.title` becomes the repository name when the site sets none;
* with JEKYLL_ENV=production, a `url:` or `baseurl:` the site does not set becomes
  `site.github`'s (https://github.com and /pages/OWNER/REPO offline) — not reproduced here:
  the build's URLs stay the site's own;
* values from the API (`project_tagline`, `issues_url`, `language`, `license`…) are nil.

A `github:` mapping in `_config.yml` overrides single values, as the plugin documents.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

PLUGIN = "jekyll-github-metadata"
HOSTNAME = "github.com"

_NWO = re.compile(r"^[\w.-]+/[\w.-]+$")
# https://github.com/o/r(.git), git@github.com:o/r.git, ssh://git@github.com/o/r, git://github.com/o/r
_GITHUB_REMOTE = re.compile(r"github\.com[:/]+([\w.-]+)/([\w.-]+?)(?:\.git)?/*$", re.IGNORECASE)


def wanted(config: Any) -> bool:
    from .plugins import plugin_enabled

    return plugin_enabled(config, PLUGIN)


def _git(source: Path, *args: str) -> str | None:
    import subprocess  # only sites with jekyll-github-metadata ask git (and pay for the import)

    try:
        done = subprocess.run(
            ["git", *args], cwd=source, capture_output=True, text=True, timeout=10, check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout.strip() or None if done.returncode == 0 else None


def nwo_from_remote(url: str) -> str | None:
    match = _GITHUB_REMOTE.search(url.strip())
    return f"{match.group(1)}/{match.group(2)}" if match else None


def repository_nwo(config: Any, source: Path, environ: dict[str, str] | None = None) -> str | None:
    env = os.environ if environ is None else environ
    for candidate in (env.get("PAGES_REPO_NWO"), config.get("repository")):
        if candidate and _NWO.match(str(candidate).strip()):
            return str(candidate).strip()
    remote = _git(source, "remote", "get-url", "origin")
    return nwo_from_remote(remote) if remote else None


def pages_environment(environ: dict[str, str] | None = None) -> str:
    env = os.environ if environ is None else environ
    return env.get("PAGES_ENV") or env.get("JEKYLL_ENV") or "development"


def metadata(
    config: Any, source: Path, environ: dict[str, str] | None = None
) -> dict[str, Any] | None:
    """The `site.github` values, or None when no repository can be found."""
    env = os.environ if environ is None else environ
    nwo = repository_nwo(config, source, env)
    if nwo is None:
        return None
    owner, name = nwo.split("/", 1)
    environment = pages_environment(env)
    pages_hostname = "localhost:4000" if environment == "development" else "github.io"
    user_page = name.lower() in (f"{owner}.{pages_hostname}".lower(), f"{owner}.github.com".lower())
    if environment in ("dotcom", "test"):
        url = f"http://{owner.lower()}.{pages_hostname}" + ("" if user_page else f"/{name}")
        baseurl = "" if user_page else f"/{name}"
    else:
        baseurl = f"/pages/{owner}" + ("" if user_page else f"/{name}")
        url = f"https://{HOSTNAME}{baseurl}"
    repository_url = f"https://{HOSTNAME}/{nwo}"
    owner_url = f"https://{HOSTNAME}/{owner}"
    branch = "master" if user_page else "gh-pages"
    values: dict[str, Any] = {
        "hostname": HOSTNAME,
        "pages_hostname": pages_hostname,
        "api_url": "https://api.github.com",
        "help_url": "https://help.github.com",
        "environment": environment,
        "pages_env": environment,
        "versions": {},
        "build_revision": env.get("JEKYLL_BUILD_REVISION") or _git(source, "rev-parse", "HEAD"),
        "project_title": name,
        "project_tagline": None,
        "owner_name": owner,
        "owner_url": owner_url,
        "owner_gravatar_url": f"{owner_url}.png",
        "repository_url": repository_url,
        "repository_nwo": nwo,
        "repository_name": name,
        "zip_url": f"{repository_url}/zipball/{branch}",
        "tar_url": f"{repository_url}/tarball/{branch}",
        "clone_url": f"{repository_url}.git",
        "releases_url": f"{repository_url}/releases",
        "is_user_page": user_page,
        "is_project_page": not user_page,
        "source": {"branch": branch, "path": "/"},
        "url": url,
        "baseurl": baseurl,
    }
    overrides = config.get("github")
    if isinstance(overrides, dict):
        values.update(overrides)
    return values


def apply(payload: dict[str, Any], config: Any, source: Path) -> None:
    """Add `site.github` (and the default `site.title`) when the plugin is listed."""
    if not wanted(config):
        return
    values = metadata(config, source)
    if values is None:
        return
    payload["github"] = values
    if payload.get("title") is None:
        payload["title"] = values["project_title"]

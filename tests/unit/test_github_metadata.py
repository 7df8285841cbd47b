"""`site.github` from jekyll-github-metadata, without network.

The expected values are what jekyll-github-metadata 2.15.0 (Debian's package) printed under
Jekyll 4.3.1 on this machine with no network and no token. A committed Jekyll golden is not
possible: every offline build prints "No internet connection" warnings and `{{ site.github
| jsonify }}` crashes, so the facts are kept here, one per test.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from homepage_gen.build import BuildOptions, build_site
from homepage_gen.github_metadata import metadata, nwo_from_remote, repository_nwo
from tests.conftest import write_tree

PLUGIN = {"plugins": ["jekyll-github-metadata"]}


def git(cwd: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True).stdout.strip()


def checkout(path: Path, remote: str | None = None) -> str:
    path.mkdir(parents=True, exist_ok=True)
    git(path, "init", "-q")
    git(path, "-c", "user.email=a@b.c", "-c", "user.name=n", "commit", "-q", "--allow-empty", "-m", "x")
    if remote:
        git(path, "remote", "add", "origin", remote)
    return git(path, "rev-parse", "HEAD")


def test_project_page_in_development(tmp_path: Path) -> None:
    values = metadata({**PLUGIN, "repository": "octo/site"}, tmp_path, {})
    assert values is not None
    assert values["url"] == "https://github.com/pages/octo/site"
    assert values["baseurl"] == "/pages/octo/site"
    assert values["repository_url"] == "https://github.com/octo/site"
    assert (values["owner_name"], values["repository_name"], values["project_title"]) == ("octo", "site", "site")
    assert (values["is_project_page"], values["is_user_page"]) == (True, False)
    assert values["repository_nwo"] == "octo/site"
    assert (values["hostname"], values["pages_hostname"]) == ("github.com", "localhost:4000")
    assert (values["api_url"], values["help_url"]) == ("https://api.github.com", "https://help.github.com")
    assert values["environment"] == values["pages_env"] == "development"
    assert values["owner_url"] == "https://github.com/octo"
    assert values["owner_gravatar_url"] == "https://github.com/octo.png"
    assert values["clone_url"] == "https://github.com/octo/site.git"
    assert values["releases_url"] == "https://github.com/octo/site/releases"
    assert values["tar_url"] == "https://github.com/octo/site/tarball/gh-pages"
    assert values["zip_url"] == "https://github.com/octo/site/zipball/gh-pages"
    assert values["source"] == {"branch": "gh-pages", "path": "/"}
    assert values["project_tagline"] is None and values["versions"] == {}
    assert values["build_revision"] is None  # not a git checkout


def test_user_page_only_outside_development(tmp_path: Path) -> None:
    config = {**PLUGIN, "repository": "octo/octo.github.io"}
    dev = metadata(config, tmp_path, {})
    assert dev is not None and dev["is_user_page"] is False and dev["url"] == "https://github.com/pages/octo/octo.github.io"
    prod = metadata(config, tmp_path, {"JEKYLL_ENV": "production"})
    assert prod is not None and prod["is_user_page"] is True
    assert (prod["url"], prod["baseurl"]) == ("https://github.com/pages/octo", "/pages/octo")
    assert prod["source"] == {"branch": "master", "path": "/"}
    assert prod["tar_url"] == "https://github.com/octo/octo.github.io/tarball/master"
    legacy = metadata({**PLUGIN, "repository": "octo/octo.github.com"}, tmp_path, {"JEKYLL_ENV": "production"})
    assert legacy is not None and legacy["is_user_page"] is True


@pytest.mark.parametrize(("environ", "url", "baseurl", "hostname"), [
    ({"PAGES_ENV": "dotcom"}, "http://octo.github.io/Site", "/Site", "github.io"),
    ({"JEKYLL_ENV": "test"}, "http://octo.github.io/Site", "/Site", "github.io"),
    ({"JEKYLL_ENV": "production"}, "https://github.com/pages/Octo/Site", "/pages/Octo/Site", "github.io"),
    ({"JEKYLL_ENV": "staging"}, "https://github.com/pages/Octo/Site", "/pages/Octo/Site", "github.io"),
    ({"PAGES_ENV": "development", "JEKYLL_ENV": "production"},
     "https://github.com/pages/Octo/Site", "/pages/Octo/Site", "localhost:4000"),
])
def test_url_by_environment(tmp_path: Path, environ: dict[str, str], url: str, baseurl: str, hostname: str) -> None:
    values = metadata({**PLUGIN, "repository": "Octo/Site"}, tmp_path, environ)
    assert values is not None
    assert (values["url"], values["baseurl"], values["pages_hostname"]) == (url, baseurl, hostname)


def test_dotcom_user_page(tmp_path: Path) -> None:
    values = metadata({**PLUGIN}, tmp_path, {"PAGES_ENV": "dotcom", "PAGES_REPO_NWO": "Octo/octo.github.io"})
    assert values is not None
    assert (values["url"], values["baseurl"], values["is_user_page"]) == ("http://octo.github.io", "", True)


def test_pages_repo_nwo_wins_over_the_configuration(tmp_path: Path) -> None:
    assert repository_nwo({"repository": "octo/site"}, tmp_path, {"PAGES_REPO_NWO": "other/proj"}) == "other/proj"


@pytest.mark.parametrize(("remote", "nwo"), [
    ("https://github.com/Octo/My.Site.git", "Octo/My.Site"),
    ("git@github.com:octo/site.git", "octo/site"),
    ("https://github.com/octo/site", "octo/site"),
    ("ssh://git@github.com/octo/site.git", "octo/site"),
    ("https://user:tok@github.com/octo/site.git", "octo/site"),
    ("git://github.com/octo/site", "octo/site"),
    ("https://gitlab.com/octo/site.git", None),
])
def test_origin_remotes(remote: str, nwo: str | None) -> None:
    assert nwo_from_remote(remote) == nwo


def test_origin_remote_and_build_revision_from_the_checkout(tmp_path: Path) -> None:
    head = checkout(tmp_path / "repo", "git@github.com:octo/site.git")
    values = metadata(PLUGIN, tmp_path / "repo", {})
    assert values is not None
    assert values["repository_nwo"] == "octo/site" and values["build_revision"] == head
    pinned = metadata(PLUGIN, tmp_path / "repo", {"JEKYLL_BUILD_REVISION": "abc123"})
    assert pinned is not None and pinned["build_revision"] == "abc123"


def test_only_an_origin_remote_counts(tmp_path: Path) -> None:
    checkout(tmp_path / "repo")
    git(tmp_path / "repo", "remote", "add", "upstream", "https://github.com/octo/up.git")
    assert metadata(PLUGIN, tmp_path / "repo", {}) is None


def test_github_mapping_in_the_configuration_overrides_values(tmp_path: Path) -> None:
    values = metadata({**PLUGIN, "repository": "octo/site", "github": {"url": "https://me.org"}}, tmp_path, {})
    assert values is not None and values["url"] == "https://me.org" and values["owner_name"] == "octo"


PAGE = (
    "---\n---\n[{{ site.github.url }}][{{ site.github.repository_url }}][{{ site.github.owner_name }}]"
    "[{{ site.github.repository_name }}][{{ site.github.project_title }}][{{ site.github.is_project_page }}]"
    "[{{ site.github.is_user_page }}][{{ site.title }}]\n"
)


def test_build_gives_pages_site_github(site_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("PAGES_REPO_NWO", "PAGES_ENV", "JEKYLL_ENV", "JEKYLL_BUILD_REVISION"):
        monkeypatch.delenv(name, raising=False)
    write_tree(site_dir, {
        "_config.yml": "plugins:\n  - jekyll-github-metadata\nrepository: octo/site\n",
        "index.html": PAGE,
    })
    result = build_site(BuildOptions(source=site_dir, offline=True))
    html = (result.destination / "index.html").read_text(encoding="utf-8")
    # the line Jekyll 4.3.1 + jekyll-github-metadata 2.15.0 wrote offline for the same site
    assert html == (
        "[https://github.com/pages/octo/site][https://github.com/octo/site][octo][site][site][true][false][site]\n"
    )


def test_build_without_the_plugin_has_no_site_github(site_dir: Path) -> None:
    write_tree(site_dir, {"_config.yml": "repository: octo/site\ntitle: Mine\n", "index.html": PAGE})
    result = build_site(BuildOptions(source=site_dir, offline=True))
    assert (result.destination / "index.html").read_text(encoding="utf-8") == "[][][][][][][][Mine]\n"


def test_build_warns_when_no_repository_is_found(site_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAGES_REPO_NWO", raising=False)
    write_tree(site_dir, {"_config.yml": "plugins:\n  - jekyll-github-metadata\n", "index.html": "---\n---\nx\n"})
    checkout(site_dir)  # a checkout of its own, without remotes
    result = build_site(BuildOptions(source=site_dir, offline=True))
    assert any("finds no repository" in w.message for w in result.warnings)

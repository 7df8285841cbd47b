"""`homepage new`: a starter site that builds at once, offline, with the bundled theme."""

from __future__ import annotations

import html
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from homepage_gen.scaffold import FILES, STARTER, initials

STARTER_FILES = [
    "_config.yml",
    "_pages/about.md",
    "_data/navigation.yml",
    "images/avatar.svg",
    "images/paper-figure.svg",
    ".gitignore",
    "README.md",
    ".github/workflows/deploy.yml",
    ".github/workflows/scholar.yml",
]


def homepage(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "homepage_gen.cli", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
    )


def test_new_then_build_works_offline_with_sidebar_navigation_and_redirect(tmp_path: Path) -> None:
    site = tmp_path / "x"
    made = homepage("new", str(site))
    assert made.returncode == 0, made.stderr
    assert sorted(p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()) == sorted(
        STARTER_FILES
    )
    built = homepage("build", "-s", str(site))
    assert built.returncode == 0, built.stderr
    assert "warning" not in built.stderr  # no repository yet: nothing fetched, nothing to warn about
    index = (site / "_site" / "index.html").read_text(encoding="utf-8")
    assert re.search(r'<div class="sidebar[^"]*"', index)
    assert 'src="/images/avatar.svg"' in index
    menu = yaml.safe_load((site / "_data" / "navigation.yml").read_text(encoding="utf-8"))["main"]
    for entry in menu:
        assert f'href="{entry["url"]}"' in index, entry
        anchor = entry["url"].split("#", 1)[1]
        assert f'id="{anchor}"' in index, f"menu anchor #{anchor} has no target"
    for redirect in ("about/index.html", "about.html"):
        page = (site / "_site" / redirect).read_text(encoding="utf-8")
        assert '<meta http-equiv="refresh" content="0; url=/">' in page
    assert (site / "_site" / "images" / "paper-figure.svg").is_file()
    assert (site / "_site" / "assets" / "css" / "main.css").is_file()
    assert not (site / "_site" / "README.md").exists()


def test_values_from_the_command_line_land_in_the_config(tmp_path: Path) -> None:
    site = tmp_path / "site"
    name = 'Zoë "Z" O\'Neil: PhD'
    made = homepage(
        "new", str(site), "--name", name, "--scholar-id", "AbC123xyZ", "--repository", "Zoe/homepage"
    )
    assert made.returncode == 0, made.stderr
    config = yaml.safe_load((site / "_config.yml").read_text(encoding="utf-8"))
    assert config["title"] == name and config["author"]["name"] == name
    assert config["repository"] == "Zoe/homepage"
    assert config["url"] == "https://zoe.github.io"
    assert config["baseurl"] is None  # left to the deploy workflow
    assert config["author"]["googlescholar"] == "https://scholar.google.com/citations?user=AbC123xyZ"
    assert config["author"]["github"] == "Zoe"
    scholar = (site / ".github" / "workflows" / "scholar.yml").read_text(encoding="utf-8")
    assert "vars.GOOGLE_SCHOLAR_ID || 'AbC123xyZ' }}" in scholar
    deploy = (site / ".github" / "workflows" / "deploy.yml").read_text(encoding="utf-8")
    assert re.search(r'HOMEPAGE_GEN: "homepage-gen==\d+\.\d+\.\d+"', deploy)
    assert "%%" not in scholar + deploy
    assert ">ZP</text>" in (site / "images" / "avatar.svg").read_text(encoding="utf-8")
    assert homepage("build", "-s", str(site), "--offline").returncode == 0
    index = (site / "_site" / "index.html").read_text(encoding="utf-8")
    assert f"<title>{html.escape(name)} - Homepage</title>" in index.replace("&#34;", "&quot;").replace(
        "&#39;", "&#x27;"
    )
    assert "Zoë “Z” O’Neil: PhD, a researcher" in index  # in the page text, with typographic quotes


def test_a_name_with_markdown_characters_is_shown_as_written(tmp_path: Path) -> None:
    site = tmp_path / "site"
    assert homepage("new", str(site), "--name", "A*B_C {{ x }}").returncode == 0
    assert homepage("build", "-s", str(site)).returncode == 0
    index = (site / "_site" / "index.html").read_text(encoding="utf-8")
    assert "I am A*B_C { { x }}" in index or "I am A*B_C {{ x }}" in index


def test_refuses_a_non_empty_folder_unless_forced(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "notes.txt").write_text("mine\n")
    refused = homepage("new", str(site))
    assert refused.returncode == 2
    assert "not empty" in refused.stderr and "--force" in refused.stderr
    assert [p.name for p in site.iterdir()] == ["notes.txt"]
    forced = homepage("new", str(site), "--force")
    assert forced.returncode == 0, forced.stderr
    assert (site / "notes.txt").read_text() == "mine\n"
    assert (site / "_config.yml").is_file()


@pytest.mark.parametrize(
    "args",
    [
        ["--repository", "not a repo"],
        ["--repository", "ada"],
        ["--scholar-id", "x y"],
        ["--name", "two\nlines"],
    ],
)
def test_bad_values_are_usage_errors_and_write_nothing(tmp_path: Path, args: list[str]) -> None:
    site = tmp_path / "site"
    done = homepage("new", str(site), *args)
    assert done.returncode == 2
    assert "homepage: error:" in done.stderr
    assert not site.exists()


def test_a_new_site_passes_doctor(tmp_path: Path) -> None:
    site = tmp_path / "site"
    assert homepage("new", str(site), "--repository", "ada/homepage").returncode == 0
    checked = homepage("doctor", "-s", str(site), "--offline")
    assert checked.returncode == 0, checked.stdout
    assert "no problems found" in checked.stdout
    assert "baseurl '/homepage'" in checked.stdout


def test_the_new_command_prints_what_to_do_next(tmp_path: Path) -> None:
    done = homepage("new", str(tmp_path / "my site"))
    assert done.returncode == 0
    assert "homepage build -s '" in done.stdout and "homepage doctor" in done.stdout
    assert "GitHub Actions" in done.stdout


def test_every_starter_template_is_written() -> None:
    templates = {p.relative_to(STARTER).as_posix() for p in STARTER.rglob("*") if p.is_file()}
    assert templates == set(FILES)


def test_initials() -> None:
    assert initials("Ada Lovelace") == "AL"
    assert initials("Ada King-Noel Lovelace") == "AL"
    assert initials("plato") == "P"
    assert initials("  ") == "?"

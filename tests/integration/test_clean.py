"""`homepage clean`: removes the destination and `.homepage-cache/`, nothing else, never the source."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from homepage_gen.scaffold import StarterOptions, write_starter
from tests.conftest import tree_snapshot


def homepage(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "homepage_gen.cli", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
    )


def new_site(root: Path) -> Path:
    site = root / "site"
    write_starter(site, StarterOptions(name="Ada Lovelace"))
    return site


def test_clean_removes_the_output_and_the_cache_and_keeps_the_sources(tmp_path: Path) -> None:
    site = new_site(tmp_path)
    sources = tree_snapshot(site)
    assert homepage("build", "-s", str(site), "-q").returncode == 0
    (site / ".homepage-cache" / "scholar").mkdir(parents=True)
    (site / ".homepage-cache" / "scholar" / "stats.json").write_text("{}")
    assert (site / "_site" / "index.html").is_file()
    done = homepage("clean", cwd=site)
    assert done.returncode == 0, done.stderr
    assert f"removed {site / '_site'}" in done.stdout
    assert f"removed {site / '.homepage-cache'}" in done.stdout
    assert tree_snapshot(site) == sources
    again = homepage("clean", "-s", str(site))
    assert again.returncode == 0
    assert again.stdout.strip() == "nothing to clean"


def test_clean_follows_the_destination_option_and_config(tmp_path: Path) -> None:
    site = new_site(tmp_path)
    elsewhere = tmp_path / "public"
    assert homepage("build", "-s", str(site), "-d", str(elsewhere), "-q").returncode == 0
    assert homepage("clean", "-s", str(site), "-d", str(elsewhere)).returncode == 0
    assert not elsewhere.exists()

    config = site / "_config.yml"
    config.write_text(config.read_text(encoding="utf-8") + "\ndestination: out\n", encoding="utf-8")
    assert homepage("build", "-s", str(site), "-q").returncode == 0
    assert (site / "out" / "index.html").is_file()
    assert homepage("clean", "-s", str(site)).returncode == 0
    assert not (site / "out").exists()
    assert (site / "_pages" / "about.md").is_file()


def test_clean_removes_staging_folders_left_by_interrupted_builds(tmp_path: Path) -> None:
    site = new_site(tmp_path)
    for leftover in ("._site.staging-abc123", "._site.old-4242"):
        (site / leftover / "assets").mkdir(parents=True)
    (site / ".keep-me").mkdir()
    assert homepage("clean", "-s", str(site)).returncode == 0
    assert sorted(p.name for p in site.iterdir() if p.name.startswith(".")) == [
        ".github",
        ".gitignore",
        ".keep-me",
    ]


def test_clean_refuses_a_destination_that_would_delete_the_site(tmp_path: Path) -> None:
    site = new_site(tmp_path)
    before = tree_snapshot(site)
    for destination in (str(site), str(tmp_path)):
        done = homepage("clean", "-s", str(site), "-d", destination)
        assert done.returncode == 1
        assert "would delete your site" in done.stderr
    assert tree_snapshot(site) == before


def test_clean_refuses_a_destination_that_is_a_file(tmp_path: Path) -> None:
    site = new_site(tmp_path)
    target = tmp_path / "notes.txt"
    target.write_text("mine\n")
    done = homepage("clean", "-s", str(site), "-d", str(target))
    assert done.returncode == 2
    assert "is a file" in done.stderr
    assert target.read_text() == "mine\n"


def test_clean_of_a_missing_source_is_a_usage_error(tmp_path: Path) -> None:
    done = homepage("clean", "-s", str(tmp_path / "nowhere"))
    assert done.returncode == 2
    assert "source folder not found" in done.stderr

"""The no-change short-circuit: a second identical build writes nothing and says so."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from homepage_gen.cli import main
from tests.conftest import tree_snapshot, write_tree

Capture = pytest.CaptureFixture[str]

SITE = {
    "_config.yml": "title: Lab\ninclude: [_pages]\nexclude: [notes]\n"
                   "defaults:\n  - scope: {path: ''}\n    values: {layout: default}\n",
    "_pages/about.md": "---\npermalink: /\n---\n# Hello\n",
    "images/a.png": b"\x89PNG fake",
}


def build(site: Path, capsys: Capture, *extra: str) -> str:
    assert main(["build", "-s", str(site), "--offline", *extra]) == 0
    return capsys.readouterr().out


def test_second_build_is_skipped_and_output_kept(site_dir: Path, capsys: Capture) -> None:
    write_tree(site_dir, SITE)
    assert "Wrote" in build(site_dir, capsys)
    before = tree_snapshot(site_dir / "_site")
    out = build(site_dir, capsys)
    assert "Nothing changed" in out
    assert tree_snapshot(site_dir / "_site") == before


@pytest.mark.parametrize(
    "change",
    ["edit page", "add page", "edit data", "touch output", "delete output", "edit config"],
)
def test_any_input_or_output_change_rebuilds(site_dir: Path, capsys: Capture, change: str) -> None:
    write_tree(site_dir, SITE)
    build(site_dir, capsys)
    if change == "edit page":
        # same size and mtime: only the content differs (content hashes, not mtimes)
        page = site_dir / "_pages/about.md"
        stat = page.stat()
        page.write_text(page.read_text().replace("Hello", "Howdy"))
        os.utime(page, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    elif change == "add page":
        write_tree(site_dir, {"cv.md": "---\n---\nCV\n"})
    elif change == "edit data":
        write_tree(site_dir, {"_data/nav.yml": "main: []\n"})
    elif change == "touch output":
        (site_dir / "_site/index.html").write_text("tampered")
    elif change == "delete output":
        (site_dir / "_site/images/a.png").unlink()
    elif change == "edit config":
        write_tree(site_dir, {"_config.yml": SITE["_config.yml"].replace("Lab", "Lab 2")})
    assert "Wrote" in build(site_dir, capsys)
    assert "tampered" not in (site_dir / "_site/index.html").read_text()


def test_files_the_build_never_reads_do_not_matter(site_dir: Path, capsys: Capture) -> None:
    write_tree(site_dir, SITE)
    build(site_dir, capsys)
    write_tree(site_dir, {"notes/todo.txt": "excluded", ".editor/state": "dot folder"})
    assert "Nothing changed" in build(site_dir, capsys)


def test_options_and_force_rebuild(site_dir: Path, capsys: Capture) -> None:
    write_tree(site_dir, SITE)
    build(site_dir, capsys)
    assert "Wrote" in build(site_dir, capsys, "--baseurl", "/x")
    assert "Nothing changed" in build(site_dir, capsys, "--baseurl", "/x")
    assert "Wrote" in build(site_dir, capsys, "--baseurl", "/x", "--force")


def test_builds_that_ask_the_network_are_never_skipped(site_dir: Path, capsys: Capture) -> None:
    # a Scholar stats URL on a closed local port: the build warns and must try again next time
    write_tree(site_dir, {**SITE, "_config.yml": SITE["_config.yml"]
                          + "scholar:\n  url: http://127.0.0.1:9/gs_data.json\n  timeout: 1\n"})
    for _ in range(2):
        assert main(["build", "-s", str(site_dir)]) == 0
        assert "Wrote" in capsys.readouterr().out


def test_output_environment_variables_rebuild(
    site_dir: Path, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`jekyll.environment`, `site.github` and jemoji read these: a change must not be skipped."""
    write_tree(site_dir, {**SITE, "_pages/about.md": "---\npermalink: /\n---\n{{ jekyll.environment }}\n"})
    monkeypatch.delenv("JEKYLL_ENV", raising=False)
    build(site_dir, capsys)
    assert "development" in (site_dir / "_site/index.html").read_text()
    monkeypatch.setenv("JEKYLL_ENV", "production")
    assert "Wrote" in build(site_dir, capsys)
    assert "production" in (site_dir / "_site/index.html").read_text()
    assert "Nothing changed" in build(site_dir, capsys)


def test_a_new_git_commit_rebuilds(site_dir: Path, capsys: Capture) -> None:
    """site.github.build_revision is the checked-out commit."""
    write_tree(site_dir, {**SITE, ".git/HEAD": "ref: refs/heads/main\n", ".git/refs/heads/main": "a" * 40 + "\n"})
    build(site_dir, capsys)
    assert "Nothing changed" in build(site_dir, capsys)
    write_tree(site_dir, {".git/refs/heads/main": "b" * 40 + "\n"})
    assert "Wrote" in build(site_dir, capsys)

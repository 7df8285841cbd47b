"""Atomic output and destination safety: a failed build loses nothing, no build deletes outside `_site`."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.hardening.conftest import HardSite, full_snapshot


def _leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if ".staging-" in p.name or ".old-" in p.name]


def test_failed_build_leaves_site_byte_identical_to_the_previous_good_build(hard: HardSite) -> None:
    hard.good_build()
    good = full_snapshot(hard.dest)
    assert "index.html" in good and "files/paper.pdf" in good and "notes/index.html" in good
    # The failure comes late: after every page but one has rendered.
    hard.write({"_pages/zz-last.md": "---\n---\n{{ 1 | divided_by: 0 }}\n"})
    assert hard.build().code == 1
    assert full_snapshot(hard.dest) == good
    assert _leftovers(hard.src) == []
    os.utime(hard.dest / "index.html")  # still the previous build's, readable and whole
    assert b"Hello" in (hard.dest / "index.html").read_bytes()


def test_failed_first_build_creates_no_destination_and_no_temporary_folders(hard: HardSite) -> None:
    hard.write({"_pages/bad.md": "---\ntitle: [x\n---\n"})
    assert hard.build().code == 1
    assert not hard.dest.exists()
    assert _leftovers(hard.src) == []


def test_failure_while_writing_leaves_previous_site_and_no_staging(hard: HardSite) -> None:
    """Two outputs at one path is found only when writing: staging must go, `_site` must stay."""
    run = hard.fails({"_pages/clash.md": "---\npermalink: /files/paper.pdf/\n---\nx\n"},
                     "files/paper.pdf/index.html", "same output path", "_pages/clash.md")
    assert "internal error" not in run.err


def test_a_page_over_a_static_file_never_writes_into_the_source_file(hard: HardSite) -> None:
    """Static files are hard-linked into the output: writing a page there must not change the source."""
    hard.write({"files/index.html": "ORIGINAL static file\n",
                "_pages/files.md": "---\npermalink: /files/\n---\npage text\n"})
    run = hard.build()
    assert run.code == 0, run.err
    assert (hard.src / "files" / "index.html").read_text() == "ORIGINAL static file\n"
    assert (hard.dest / "files" / "paper.pdf").read_bytes() == b"%PDF-1.4 fake\n"


def test_keep_files_survive_a_good_build_and_a_failed_one(hard: HardSite) -> None:
    hard.good_build()
    (hard.dest / "keep").mkdir()
    (hard.dest / "keep" / "data.bin").write_bytes(b"precious")
    (hard.dest / "stale.html").write_text("old")
    hard.good_build()
    assert (hard.dest / "keep" / "data.bin").read_bytes() == b"precious"
    assert not (hard.dest / "stale.html").exists()  # everything else is the new build's
    hard.write({"_pages/bad.md": "---\ntitle: [x\n---\n"})
    assert hard.build().code == 1
    assert (hard.dest / "keep" / "data.bin").read_bytes() == b"precious"


def test_keep_files_cannot_reach_outside_the_destination(hard: HardSite) -> None:
    outside = hard.src / "private.txt"
    outside.write_text("mine")
    hard.write({"_config.yml": "title: Lab\ninclude: [_pages]\nexclude: [private.txt]\n"
                               "keep_files: [../private.txt, ../_pages, keep]\n"})
    hard.good_build()
    hard.good_build()
    assert outside.read_text() == "mine"
    assert (hard.src / "_pages" / "about.md").is_file()
    assert not (hard.dest / "private.txt").exists()


def test_symlink_in_the_old_site_is_removed_not_followed(hard: HardSite, tmp_path: Path) -> None:
    precious = tmp_path / "precious"
    precious.mkdir()
    (precious / "thesis.tex").write_text("years of work")
    hard.good_build()
    (hard.dest / "link").symlink_to(precious, target_is_directory=True)
    hard.good_build()
    assert (precious / "thesis.tex").read_text() == "years of work"
    assert not (hard.dest / "link").exists()


def test_folder_beside_the_destination_named_like_ours_is_not_deleted(hard: HardSite) -> None:
    lookalike = hard.src / f"._site.old-{os.getpid()}"
    lookalike.mkdir()
    (lookalike / "notes.txt").write_text("not ours")
    hard.good_build()
    hard.good_build()
    assert (lookalike / "notes.txt").read_text() == "not ours"


def test_nothing_outside_the_destination_changes_on_success(hard: HardSite) -> None:
    hard.good_build()
    before = {k: v for k, v in full_snapshot(hard.root, caches=False).items() if not k.startswith("site/_site")}
    hard.write({"_pages/notes.md": "---\nlayout: default\npermalink: /notes/\n---\nchanged\n"})
    before["site/_pages/notes.md"] = (hard.src / "_pages" / "notes.md").read_bytes()
    assert hard.build("-q").code == 0
    after = {k: v for k, v in full_snapshot(hard.root, caches=False).items() if not k.startswith("site/_site")}
    assert after == before


# -- destinations that are refused ---------------------------------------------------------------


def _refused(hard: HardSite, destination: str | Path, *expected: str) -> None:
    hard.good_build()
    before = full_snapshot(hard.root, caches=False)
    run = hard.build("-d", str(destination))
    assert run.code == 1, run.out
    for text in expected:
        assert text in run.err, run.err
    assert "Traceback" not in run.err
    assert full_snapshot(hard.root, caches=False) == before


def test_destination_that_is_the_source_is_refused(hard: HardSite) -> None:
    _refused(hard, hard.src, "the destination is the source folder")


def test_destination_that_is_the_source_through_a_symlink_is_refused(hard: HardSite) -> None:
    (hard.root / "alias").symlink_to(hard.src, target_is_directory=True)
    _refused(hard, hard.root / "alias", "the destination is the source folder")


def test_destination_that_contains_the_source_is_refused(hard: HardSite) -> None:
    _refused(hard, hard.root, "contains the source folder")
    _refused(hard, hard.src / "..", "contains the source folder")


def test_home_folder_is_refused(hard: HardSite, monkeypatch: pytest.MonkeyPatch) -> None:
    home = hard.root / "home"
    home.mkdir()
    (home / "thesis.tex").write_text("years of work")
    monkeypatch.setenv("HOME", str(home))
    _refused(hard, home, "home folder")


def test_filesystem_root_is_refused(hard: HardSite) -> None:
    # Through a symlink: were the check ever lost, the writer would still refuse to replace a link.
    # (The root also contains the source, which is the first reason given.)
    (hard.root / "rootlink").symlink_to("/", target_is_directory=True)
    _refused(hard, hard.root / "rootlink", "error: ", "building would delete your site")


def test_destination_that_is_a_file_is_refused(hard: HardSite) -> None:
    target = hard.root / "out.html"
    target.write_text("a file of the user")
    _refused(hard, target, "not a folder")
    assert target.read_text() == "a file of the user"


def test_permalink_that_climbs_out_of_the_destination_is_refused(hard: HardSite) -> None:
    run = hard.fails({"_pages/evil.md": "---\npermalink: /../../../escaped.html\n---\nx\n"},
                     "escapes the destination")
    assert "internal error" not in run.err
    assert not list(hard.root.rglob("escaped.html"))

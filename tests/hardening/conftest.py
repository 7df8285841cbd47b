"""Helpers for the hardening tests: a real site in a temporary folder, built with the real CLI.

`HardSite.fails()` is the heart of most tests: it builds a good site first, then
writes the bad input, snapshots the whole temporary folder (files *and* folders),
runs the build, and checks the exit code, the message and that nothing at all
changed: not the previous output, not the source, nothing beside them.
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from homepage_gen.cli import main
from tests.conftest import write_tree

GOOD_SITE: dict[str, str | bytes] = {
    "_config.yml": "title: Lab\ninclude: [_pages]\nkeep_files: [keep]\n",
    "_layouts/default.html": (
        "<!doctype html>\n<html><head><title>{{ page.title }} | {{ site.title }}</title></head>\n"
        "<body>\n{% include nav.html %}\n{{ content }}\n</body></html>\n"
    ),
    "_includes/nav.html": "<nav>{% for item in site.data.nav %}<a href=\"{{ item.url }}\">{{ item.title }}</a>"
                          "{% endfor %}</nav>\n",
    "_data/nav.yml": "- title: Home\n  url: /\n- title: Notes\n  url: /notes/\n",
    "_pages/about.md": "---\nlayout: default\ntitle: About\npermalink: /\n---\n# Hello\n\nSome *text*.\n",
    "_pages/notes.md": "---\nlayout: default\ntitle: Notes\npermalink: /notes/\n---\nNotes.\n",
    "files/paper.pdf": b"%PDF-1.4 fake\n",
}


@dataclass
class Run:
    code: int
    out: str
    err: str


def full_snapshot(root: Path, *, caches: bool = True) -> dict[str, bytes | None]:
    """Every file (its bytes) and folder (None) under `root`, symlinks not followed.

    `caches=False` leaves out `.homepage-cache/`, where a build may store compiled
    templates even when it then fails (a cache, not the user's files or the site).
    """
    snapshot: dict[str, bytes | None] = {}
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root).as_posix()
        if not caches and ".homepage-cache" in path.relative_to(root).parts:
            continue
        if path.is_symlink():
            snapshot[relative] = b"-> " + str(path.readlink()).encode()
        elif path.is_dir():
            snapshot[relative] = None
        else:
            snapshot[relative] = path.read_bytes()
    return snapshot


class HardSite:
    def __init__(self, root: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.root = root  # everything the test may touch lives under here
        self.src = root / "site"
        self.dest = self.src / "_site"
        self.capsys = capsys
        write_tree(self.src, GOOD_SITE)

    def write(self, files: dict[str, str | bytes]) -> None:
        write_tree(self.src, files)

    def build(self, *args: str) -> Run:
        self.capsys.readouterr()
        code = main(["build", "-s", str(self.src), "--offline", *args])
        captured = self.capsys.readouterr()
        return Run(code, captured.out, captured.err)

    def build_process(self, *args: str, timeout: float = 60) -> Run:
        done = subprocess.run(
            [sys.executable, "-m", "homepage_gen.cli", "build", "-s", str(self.src), "--offline", *args],
            capture_output=True, text=True, timeout=timeout,
        )
        return Run(done.returncode, done.stdout, done.stderr)

    def good_build(self) -> None:
        run = self.build("-q")
        assert run.code == 0, run.err
        assert (self.dest / "index.html").is_file()

    def fails(self, files: dict[str, str | bytes], *expected: str, args: tuple[str, ...] = ()) -> Run:
        """Good build, then `files`, then a build that must fail with `expected` in its message
        and change nothing anywhere under `root`."""
        self.good_build()
        self.write(files)
        before = full_snapshot(self.root, caches=False)
        run = self.build(*args)
        assert run.code == 1, (run.out, run.err)
        for text in expected:
            assert text in run.err, f"{text!r} not in:\n{run.err}"
        assert "Traceback" not in run.err and "internal error" not in run.err, run.err
        assert full_snapshot(self.root, caches=False) == before, "a failed build changed files"
        return run


@pytest.fixture
def hard(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> HardSite:
    return HardSite(tmp_path, capsys)

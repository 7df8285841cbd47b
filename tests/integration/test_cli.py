"""The `homepage build` command as a user runs it: exit codes, messages, summary, output safety."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from homepage_gen.cli import main
from tests.conftest import tree_snapshot, write_tree

MINIMAL = {
    "_config.yml": "title: Lab\ninclude: [_pages]\n",
    "_pages/about.md": "---\npermalink: /\ntitle: About\n---\n# Hello\n\nText.\n",
}


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "homepage_gen.cli", *args],
        capture_output=True, text=True, cwd=cwd, timeout=120,
    )


def test_build_succeeds_and_prints_a_summary(site_dir: Path) -> None:
    write_tree(site_dir, MINIMAL)
    done = run("build", "-s", str(site_dir))
    assert done.returncode == 0, done.stderr
    assert "Wrote" in done.stdout and "pages" in done.stdout and "s" in done.stdout
    html = (site_dir / "_site" / "index.html").read_text()
    assert '<h1 id="hello">Hello</h1>' in html


def test_invalid_front_matter_exits_1_with_file_and_line(site_dir: Path) -> None:
    write_tree(site_dir, {**MINIMAL, "_pages/bad.md": "---\ntitle: ok\ntags: [a, b\n---\nx\n"})
    done = run("build", "-s", str(site_dir))
    assert done.returncode == 1
    assert "_pages/bad.md:3" in done.stderr or "_pages/bad.md:4" in done.stderr
    assert "Traceback" not in done.stderr


def test_invalid_config_exits_1_with_file_and_line(site_dir: Path) -> None:
    write_tree(site_dir, {**MINIMAL, "_config.yml": "title: Lab\nauthor:\n  name: [x\n"})
    done = run("build", "-s", str(site_dir))
    assert done.returncode == 1
    assert "_config.yml:3" in done.stderr or "_config.yml:4" in done.stderr
    assert "Traceback" not in done.stderr


def test_trace_shows_the_traceback(site_dir: Path) -> None:
    write_tree(site_dir, {**MINIMAL, "_config.yml": "title: [x\n"})
    done = run("build", "-s", str(site_dir), "--trace")
    assert done.returncode == 1
    assert "Traceback" in done.stderr


def test_usage_errors_exit_2(site_dir: Path) -> None:
    assert run("build", "--no-such-flag").returncode == 2
    assert run("build", "-s", str(site_dir / "missing")).returncode == 2
    assert run().returncode == 2


def test_failed_build_leaves_previous_site_intact(site_dir: Path) -> None:
    write_tree(site_dir, MINIMAL)
    assert main(["build", "-s", str(site_dir), "-q"]) == 0
    before = tree_snapshot(site_dir / "_site")
    write_tree(site_dir, {"_pages/about.md": "---\npermalink: /\ntitle: [broken\n---\n"})
    assert main(["build", "-s", str(site_dir), "-q"]) == 1
    assert tree_snapshot(site_dir / "_site") == before
    leftovers = [p.name for p in site_dir.iterdir() if "staging" in p.name or ".old-" in p.name]
    assert leftovers == []


def test_baseurl_option_changes_links(site_dir: Path) -> None:
    write_tree(site_dir, {**MINIMAL, "_data/navigation.yml": "main:\n  - {title: News, url: '/#news'}\n",
                          "_config.yml": "title: Lab\ninclude: [_pages]\n"
                          "defaults:\n  - scope: {path: ''}\n    values: {layout: default}\n"})
    assert main(["build", "-s", str(site_dir), "--baseurl", "/repo", "-q"]) == 0
    html = (site_dir / "_site" / "index.html").read_text()
    assert 'href="/repo/#news"' in html
    assert 'href="/repo/assets/css/main.css"' in html


def test_missing_layout_is_a_warning_naming_the_file(site_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_tree(site_dir, {**MINIMAL, "_pages/x.md": "---\nlayout: nothere\n---\nx\n"})
    assert main(["build", "-s", str(site_dir)]) == 0
    err = capsys.readouterr().err
    assert "_pages/x.md" in err and "nothere" in err
    assert main(["build", "-s", str(site_dir), "--strict", "-q"]) == 1


def test_site_with_only_config_and_about_uses_bundled_theme(site_dir: Path) -> None:
    write_tree(site_dir, {
        "_config.yml": "title: Ada Lab\nauthor: {name: Ada}\ninclude: [_pages]\n"
                       "defaults:\n  - scope: {path: ''}\n    values: {layout: default, author_profile: true}\n",
        "_pages/about.md": "---\npermalink: /\n---\n# Hi\n",
    })
    assert main(["build", "-s", str(site_dir), "-q"]) == 0
    html = (site_dir / "_site" / "index.html").read_text()
    assert 'class="page__content"' in html and "Ada" in html
    assert (site_dir / "_site" / "assets" / "css" / "main.css").stat().st_size > 1000


def test_site_url_gives_absolute_canonical_and_og_url(site_dir: Path) -> None:
    write_tree(site_dir, {**MINIMAL, "_config.yml": "title: Lab\nurl: https://ada.example\nbaseurl: /lab\n"
                          "include: [_pages]\ndefaults:\n  - scope: {path: ''}\n    values: {layout: default}\n"})
    assert main(["build", "-s", str(site_dir), "-q"]) == 0
    html = (site_dir / "_site" / "index.html").read_text()
    assert 'rel="canonical" href="https://ada.example/lab/"' in html
    assert 'property="og:url" content="https://ada.example/lab/"' in html


def test_compiled_template_cache_never_carries_one_builds_baseurl_into_the_next(site_dir: Path) -> None:
    # Jinja2 folds filters on constants at compile time; with compiled templates cached on
    # disk, a folded `relative_url` would keep the first build's baseurl.
    write_tree(site_dir, {**MINIMAL, "_config.yml": "title: Lab\ninclude: [_pages]\n"
                          "defaults:\n  - scope: {path: ''}\n    values: {layout: default}\n"})
    for baseurl, expected in (("/one", "/one/assets/css/main.css"), ("/two", "/two/assets/css/main.css"),
                              ("", "/assets/css/main.css")):
        assert main(["build", "-s", str(site_dir), "--baseurl", baseurl, "-q"]) == 0
        html = (site_dir / "_site" / "index.html").read_text()
        assert f'href="{expected}"' in html, baseurl

"""Two-core rendering gives exactly the serial build's output, and the same errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from homepage_gen.cli import main
from homepage_gen.parallel import can_fork
from tests.conftest import tree_snapshot, write_tree
from tests.httpfixtures import json_reply, serve

pytestmark = pytest.mark.skipif(not can_fork(), reason="needs fork() and two cores")

PAGES = 150


def _site(root: Path, *, listing: bool = False, broken: int | None = None) -> Path:
    files: dict[str, str] = {
        "_config.yml": "title: Lab\ninclude: [_pages]\n"
                       "defaults:\n  - scope: {path: ''}\n    values: {layout: page}\n",
        "_layouts/page.html": "<html><title>{{ page.title }}</title><body>{{ content }}"
                              + ("{% for p in site.pages %}{{ p.url }} {% endfor %}" if listing else "")
                              + "</body></html>\n",
    }
    for i in range(PAGES):
        body = f"# Page {i}\n\nSome *text* with a [link](/p{i}/) and `code`.\n\n{{{{ page.title | upcase }}}}\n"
        if i == broken:
            body = "{% if %}\n"
        files[f"_pages/p{i:03}.md"] = f"---\ntitle: P{i}\npermalink: /p{i}/\n---\n{body}"
    return write_tree(root, files)


@pytest.mark.parametrize("listing", [False, True])
def test_parallel_output_equals_serial(tmp_path: Path, listing: bool) -> None:
    site = _site(tmp_path / "site", listing=listing)
    assert main(["build", "-s", str(site), "-d", str(tmp_path / "serial"), "-j", "1", "-q", "--offline"]) == 0
    assert main(["build", "-s", str(site), "-d", str(tmp_path / "parallel"), "-j", "2", "-q", "--offline"]) == 0
    serial, parallel = tree_snapshot(tmp_path / "serial"), tree_snapshot(tmp_path / "parallel")
    assert serial.keys() == parallel.keys()
    differing = [path for path in serial if serial[path] != parallel[path] and path != "feed.xml"]
    assert differing == []


def test_an_error_in_the_second_half_is_reported_with_its_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site = _site(tmp_path / "site", broken=PAGES - 3)
    assert main(["build", "-s", str(site), "-j", "2", "-q", "--offline"]) == 1
    err = capsys.readouterr().err
    assert f"_pages/p{PAGES - 3:03}.md:5" in err
    assert not (site / "_site").exists()


def test_a_failed_parallel_build_leaves_no_staging_folder_and_keeps_the_old_site(tmp_path: Path) -> None:
    """Pages are written while rendering; a late error must still leave nothing behind."""
    site = _site(tmp_path / "site")
    assert main(["build", "-s", str(site), "-j", "2", "-q", "--offline"]) == 0
    before = tree_snapshot(site / "_site")
    _site(tmp_path / "site", broken=PAGES - 3)
    assert main(["build", "-s", str(site), "-j", "2", "-q", "--offline", "--force"]) == 1
    assert tree_snapshot(site / "_site") == before
    assert [p.name for p in site.iterdir() if "staging" in p.name] == []


def test_colliding_outputs_are_resolved_as_in_a_serial_build(tmp_path: Path) -> None:
    """Two pages and a static file want one path: the last writer wins, in Jekyll's order."""
    site = _site(tmp_path / "site")
    write_tree(site, {
        "_pages/zz-dup.md": "---\ntitle: Dup\npermalink: /p7/\n---\nsecond writer\n",
        "p8/index.html": "static file at a page's path\n",
    })
    assert main(["build", "-s", str(site), "-d", str(tmp_path / "serial"), "-j", "1", "-q", "--offline"]) == 0
    assert main(["build", "-s", str(site), "-d", str(tmp_path / "parallel"), "-j", "2", "-q", "--offline"]) == 0
    assert tree_snapshot(tmp_path / "serial") == tree_snapshot(tmp_path / "parallel")
    assert "second writer" in (tmp_path / "parallel/p7/index.html").read_text()


def test_scholar_numbers_reach_pages_the_child_writes(tmp_path: Path) -> None:
    stats = {"name": "A", "citedby": 4321, "hindex": 7, "i10index": 5, "updated": "2025-03-04 05:06:07",
             "publications": {}}
    site = _site(tmp_path / "site")
    with serve({"/gs_data.json": json_reply(stats)}) as server:
        write_tree(site, {
            "_config.yml": f"title: Lab\ninclude: [_pages]\nscholar:\n  url: {server.url('/gs_data.json')}\n"
                           "defaults:\n  - scope: {path: ''}\n    values: {layout: page}\n",
            f"_pages/p{PAGES - 1:03}.md": f"---\ntitle: Last\npermalink: /p{PAGES - 1}/\n---\n"
                                          "Total: <span id='total_cit'>0</span>\n",
        })
        assert main(["build", "-s", str(site), "-j", "2", "-q"]) == 0
    last = (site / f"_site/p{PAGES - 1}/index.html").read_text()
    assert '<span id="total_cit" data-scholar-filled>4321</span>' in last


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_the_build_record_lists_exactly_the_files_on_disk(tmp_path: Path, jobs: str) -> None:
    """The no-change record takes the output's sizes and times from the writers (both processes),
    not from a walk; it must be what a walk of the finished output finds. A static file (hard link
    or copy), a second build that replaces every file, and a kept file (carried, so walked) included."""
    import json

    from homepage_gen.fingerprint import output_listing

    site = _site(tmp_path / "site")
    write_tree(site, {"files/paper.pdf": "%PDF-1.4\n", "assets/app.js": "let a = 1;\n"})
    for round_ in range(2):
        if round_:
            write_tree(site, {"_pages/p000.md": "---\ntitle: P0\npermalink: /p0/\n---\nChanged.\n"})
        assert main(["build", "-s", str(site), "-j", jobs, "-q", "--offline"]) == 0
        record = json.loads((site / ".homepage-cache" / "build.json").read_text())
        assert record["outputs"] == output_listing(site / "_site")
        assert len(record["outputs"]) >= PAGES + 2
    write_tree(site, {"_config.yml": (site / "_config.yml").read_text() + "keep_files: [notes.txt]\n"})
    write_tree(site / "_site", {"notes.txt": "kept\n"})
    assert main(["build", "-s", str(site), "-j", jobs, "-q", "--offline"]) == 0
    record = json.loads((site / ".homepage-cache" / "build.json").read_text())
    assert "notes.txt" in record["outputs"]
    assert record["outputs"] == output_listing(site / "_site")

"""Two-core rendering gives exactly the serial build's output, and the same errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from homepage_gen.cli import main
from homepage_gen.parallel import can_fork
from tests.conftest import tree_snapshot, write_tree

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

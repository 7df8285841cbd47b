"""Converted Markdown kept in `.homepage-cache/markdown.bin` between builds."""

from __future__ import annotations

import marshal
from pathlib import Path

import pytest

from homepage_gen.cli import main
from homepage_gen.render.mdcache import MAGIC, MarkdownCache, engine_digest
from tests.conftest import tree_snapshot, write_tree

Capture = pytest.CaptureFixture[str]


def site_files(pages: int) -> dict[str, str]:
    files = {
        "_config.yml": "title: Lab\ninclude: [_pages]\n"
                       "defaults:\n  - scope: {path: ''}\n    values: {layout: default}\n",
        "_layouts/default.html": "<main>{{ content }}</main>\n",
    }
    for i in range(pages):
        files[f"_pages/p{i}.md"] = f"---\npermalink: /p{i}/\n---\n# Page {i}\n\nText *{i}* with `code`.\n"
    return files


SALT_BYTES = 16


def cache_entries(site: Path) -> dict[bytes, str]:
    data = (site / ".homepage-cache" / "markdown.bin").read_bytes()
    assert data.startswith(MAGIC)
    return marshal.loads(data[len(MAGIC) + SALT_BYTES:])


def build(site: Path, capsys: Capture, *extra: str) -> None:
    assert main(["build", "-s", str(site), "--offline", "--force", *extra]) == 0
    capsys.readouterr()


def test_the_cache_holds_what_the_last_build_converted(site_dir: Path, capsys: Capture) -> None:
    write_tree(site_dir, site_files(3))
    build(site_dir, capsys)
    first = cache_entries(site_dir)
    assert sorted(first.values()) == sorted(
        (site_dir / f"_site/p{i}/index.html").read_text()[len("<main>"):-len("</main>\n")] for i in range(3)
    )
    write_tree(site_dir, {"_pages/p1.md": "---\npermalink: /p1/\n---\n# Edited\n"})
    build(site_dir, capsys)
    second = cache_entries(site_dir)
    assert len(second) == 3  # the old text of p1 is gone, the new one is in
    assert len(set(second) & set(first)) == 2
    assert '<h1 id="edited">Edited</h1>\n' in second.values()


def test_output_is_the_same_with_and_without_the_cache(site_dir: Path, capsys: Capture) -> None:
    write_tree(site_dir, site_files(4))
    build(site_dir, capsys)
    cold = tree_snapshot(site_dir / "_site")
    build(site_dir, capsys)  # every page from the cache
    assert tree_snapshot(site_dir / "_site") == cold


@pytest.mark.parametrize("damage", [b"", b"garbage", b"\x00\x01", marshal.dumps([1, 2]), marshal.dumps({1: 2})])
def test_a_damaged_cache_is_ignored(site_dir: Path, capsys: Capture, damage: bytes) -> None:
    write_tree(site_dir, site_files(2))
    build(site_dir, capsys)
    expected = tree_snapshot(site_dir / "_site")
    path = site_dir / ".homepage-cache" / "markdown.bin"
    header = path.read_bytes()[: len(MAGIC) + SALT_BYTES]
    path.write_bytes(damage if damage in (b"", b"garbage") else header + damage)
    build(site_dir, capsys)
    assert tree_snapshot(site_dir / "_site") == expected
    assert len(cache_entries(site_dir)) == 2


def test_a_poisoned_entry_shows_the_key_covers_options(site_dir: Path, capsys: Capture) -> None:
    """Changing `kramdown:` options must not reuse HTML converted with the old ones."""
    write_tree(site_dir, site_files(1))
    build(site_dir, capsys)
    assert '<h1 id="page-0">' in (site_dir / "_site/p0/index.html").read_text()
    config = site_dir / "_config.yml"
    config.write_text(config.read_text() + "kramdown:\n  auto_ids: false\n")
    build(site_dir, capsys)
    assert "<h1>Page 0</h1>" in (site_dir / "_site/p0/index.html").read_text()


def test_a_cached_entry_is_what_a_build_uses(site_dir: Path, capsys: Capture) -> None:
    """Proof that hits are served from the file: HTML planted under the page's key appears."""
    write_tree(site_dir, site_files(1))
    build(site_dir, capsys)
    entries = cache_entries(site_dir)
    [key] = [k for k, html in entries.items() if '<h1 id="page-0">' in html]
    entries[key] = "<p>planted</p>"
    path = site_dir / ".homepage-cache" / "markdown.bin"
    header = path.read_bytes()[: len(MAGIC) + SALT_BYTES]
    path.write_bytes(header + marshal.dumps(entries))
    build(site_dir, capsys)
    assert (site_dir / "_site/p0/index.html").read_text() == "<main><p>planted</p></main>\n"


def test_keys_depend_on_text_and_engine(tmp_path: Path) -> None:
    cache = MarkdownCache(tmp_path, engine_digest({"auto_ids": True}))
    other = MarkdownCache(tmp_path, engine_digest({"auto_ids": False}))
    assert cache.key("# A\n") != cache.key("# B\n")
    assert cache.key("# A\n") != other.key("# A\n")
    assert cache.key("# A\n") == MarkdownCache(tmp_path, engine_digest({"auto_ids": True})).key("# A\n")


def test_pages_rendered_by_the_forked_child_reach_the_cache(site_dir: Path, capsys: Capture) -> None:
    write_tree(site_dir, site_files(150))
    build(site_dir, capsys, "-j", "2")
    assert len(cache_entries(site_dir)) == 150
    assert (site_dir / "_site/p149/index.html").read_text().startswith('<main><h1 id="page-149">')

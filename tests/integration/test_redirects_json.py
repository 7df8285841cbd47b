"""jekyll-redirect-from's `redirects.json` (behaviour checked against Jekyll 4.3.1 + the plugin 0.16)."""

from __future__ import annotations

import json
from pathlib import Path

from homepage_gen.build import BuildOptions, build_site
from tests.conftest import write_tree


def build(site: Path, config: str, pages: dict[str, str]) -> Path:
    write_tree(site, {"_config.yml": config, **pages})
    build_site(BuildOptions(source=site, offline=True))
    return site / "_site"


def test_written_as_an_empty_object_when_no_page_redirects(site_dir: Path) -> None:
    out = build(site_dir, "title: x\nplugins: [jekyll-redirect-from]\n", {"index.md": "---\n---\nhi\n"})
    assert (out / "redirects.json").read_text() == "{}"


def test_lists_each_old_path(site_dir: Path) -> None:
    out = build(site_dir, "title: x\nplugins: [jekyll-redirect-from]\n",
                {"new.md": "---\nredirect_from: [/old/]\n---\nhi\n"})
    assert json.loads((out / "redirects.json").read_text()) == {"/old/": "/new.html"}
    assert (out / "old/index.html").is_file()


def test_not_written_with_json_false_or_without_the_plugin(site_dir: Path) -> None:
    out = build(site_dir, "title: x\nplugins: [jekyll-redirect-from]\nredirect_from:\n  json: false\n",
                {"index.md": "---\n---\nhi\n"})
    assert not (out / "redirects.json").exists()
    out = build(site_dir, "title: x\n", {"index.md": "---\n---\nhi\n"})
    assert not (out / "redirects.json").exists()


def test_redirect_to_without_the_plugin_is_an_ordinary_page(site_dir: Path) -> None:
    """Jekyll 4.3.1 without jekyll-redirect-from renders the page (`<p>body text</p>`)."""
    out = build(site_dir, "title: x\n", {"a.md": "---\nredirect_to: /elsewhere/\n---\nbody text\n"})
    assert (out / "a.html").read_text() == "<p>body text</p>\n"

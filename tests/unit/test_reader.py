import os
from pathlib import Path

import pytest

from homepage_gen.config import load_config
from homepage_gen.errors import BuildError, Diagnostics
from homepage_gen.reader import FrontMatterDefaults, read_site
from tests.conftest import write_tree


def _read(site_dir: Path):
    diagnostics = Diagnostics()
    return read_site(load_config(site_dir), diagnostics), diagnostics


def _own(files, site_dir: Path) -> list[str]:
    """Relative paths of the site's own files (the bundled theme adds its assets too)."""
    return sorted(f.relative_path for f in files if f.source_file.is_relative_to(site_dir))


def test_classifies_pages_static_files_and_data(site_dir: Path) -> None:
    write_tree(site_dir, {
        "_config.yml": "include: [_pages]\nexclude: [notes.txt, drafts]\n",
        "_pages/about.md": "---\npermalink: /\n---\nHi\n",
        "_pages/plain.txt": "no front matter",
        "index.html": "---\n---\n<p>x</p>",
        "images/a.png": b"\x89PNG",
        "notes.txt": "excluded",
        "drafts/x.md": "---\n---\nexcluded dir",
        "_private/x.md": "---\n---\nunderscore dirs are skipped",
        ".hidden": "dot files are skipped",
        "backup.md~": "editor backups are skipped",
        "_data/navigation.yml": "main:\n  - {title: A, url: /a}\n",
        "_data/people/team.json": '[{"name": "Ada"}]',
        "_data/pubs.csv": "title,year\nX,2024\n",
        "_data/talks.tsv": "title\tyear\nY\t2023\n",
    })
    site, _ = _read(site_dir)
    assert _own(site.pages, site_dir) == ["_pages/about.md", "index.html"]
    assert _own(site.static_files, site_dir) == ["_pages/plain.txt", "images/a.png"]
    assert site.data["navigation"]["main"][0]["title"] == "A"
    assert site.data["people"]["team"] == [{"name": "Ada"}]
    assert site.data["pubs"] == [{"title": "X", "year": "2024"}]
    assert site.data["talks"] == [{"title": "Y", "year": "2023"}]


def test_front_matter_defaults_by_scope(site_dir: Path) -> None:
    write_tree(site_dir, {
        "_config.yml": (
            "defaults:\n"
            "  - scope: {path: ''}\n    values: {layout: default, author_profile: true}\n"
            "  - scope: {path: talks, type: pages}\n    values: {layout: talk}\n"
        ),
        "index.md": "---\n---\n",
        "talks/t.md": "---\nauthor_profile: false\n---\n",
    })
    site, _ = _read(site_dir)
    pages = {p.relative_path: p.data for p in site.pages}
    assert pages["index.md"] == {"layout": "default", "author_profile": True}
    # the more specific scope wins, and the page's own front matter wins over both
    assert pages["talks/t.md"] == {"layout": "talk", "author_profile": False}


def test_default_precedence_order_independent() -> None:
    defaults = FrontMatterDefaults([
        {"scope": {"path": "a/b"}, "values": {"x": "deep"}},
        {"scope": {"path": ""}, "values": {"x": "root", "y": 1}},
    ])
    assert defaults.values_for("a/b/c.md", "pages") == {"x": "deep", "y": 1}


def test_front_matter_error_has_file_and_line(site_dir: Path) -> None:
    write_tree(site_dir, {"_pages/bad.md": "---\ntitle: ok\nlist: [1, 2\n---\nbody\n"})
    (site_dir / "_config.yml").write_text("include: [_pages]\n")
    with pytest.raises(BuildError) as info:
        _read(site_dir)
    assert info.value.path == "_pages/bad.md"
    assert info.value.line in (3, 4)


def test_invalid_utf8_is_named_with_offset(site_dir: Path) -> None:
    write_tree(site_dir, {"page.md": b"---\n---\nok\n\xff\xfe bad\n"})
    with pytest.raises(BuildError) as info:
        _read(site_dir)
    assert info.value.path == "page.md"
    assert info.value.line == 4
    assert "byte offset 11" in info.value.message


def test_symlink_outside_source_is_not_followed(site_dir: Path, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("private")
    write_tree(site_dir, {"index.md": "---\n---\nx"})
    os.symlink(secret, site_dir / "leak.txt")
    os.symlink(site_dir / "index.md", site_dir / "alias.md")  # inside: allowed
    site, diagnostics = _read(site_dir)
    assert "leak.txt" not in [s.relative_path for s in site.static_files]
    assert "alias.md" in [p.relative_path for p in site.pages]
    assert any(w.path == "leak.txt" for w in diagnostics.warnings)


def test_destination_inside_source_is_not_read(site_dir: Path) -> None:
    write_tree(site_dir, {"_config.yml": "destination: public\n", "index.md": "---\n---\n",
                          "public/old.html": "stale"})
    site, _ = _read(site_dir)
    assert _own(site.static_files, site_dir) == []


def test_theme_assets_fill_in_what_the_site_lacks(site_dir: Path) -> None:
    write_tree(site_dir, {"index.md": "---\n---\n", "assets/css/main.scss": "---\n---\nbody{color:red}"})
    site, _ = _read(site_dir)
    by_path = {p.relative_path: p for p in site.pages}
    # the site's own stylesheet wins over the theme's
    assert by_path["assets/css/main.scss"].source_file == site_dir / "assets/css/main.scss"
    assert "_layouts" in [d.name for d in site.layout_dirs]
    assert "default" in site.layouts

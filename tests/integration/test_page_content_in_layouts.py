"""`page.content` as Jekyll 4.3.1 shows it (expected text printed by Jekyll for the same site):
a page's own layout sees its source, a post's layout its HTML, a later listing the HTML."""

from __future__ import annotations

from pathlib import Path

from homepage_gen.build import BuildOptions, build_site
from tests.conftest import write_tree


def test_page_content_seen_by_layouts_and_listings(site_dir: Path) -> None:
    write_tree(site_dir, {
        "_config.yml": "title: x\n",
        "_layouts/d.html": "<div>[[{{ page.content }}]]</div>{{ content }}",
        "a.md": "---\nlayout: d\n---\n# Hi {{ site.title }}\n",
        "_posts/2020-01-01-p.md": "---\nlayout: d\n---\n# Post {{ site.title }}\n",
        "z.html": "---\n---\n{% for p in site.pages %}{{ p.path }}=[{{ p.content }}]{% endfor %}\n",
    })
    build_site(BuildOptions(source=site_dir, offline=True))
    out = site_dir / "_site"
    assert (out / "a.html").read_text() == '<div>[[# Hi {{ site.title }}\n]]</div><h1 id="hi-x">Hi x</h1>\n'
    assert (out / "2020/01/01/p.html").read_text() == (
        '<div>[[<h1 id="post-x">Post x</h1>\n]]</div><h1 id="post-x">Post x</h1>\n')
    assert (out / "z.html").read_text() == (
        'a.md=[<h1 id="hi-x">Hi x</h1>\n]'
        "z.html=[{% for p in site.pages %}{{ p.path }}=[{{ p.content }}]{% endfor %}\n]\n")

"""Posts, drafts and collections read from real files, as Jekyll 4.3 reads them."""

from __future__ import annotations

from pathlib import Path

from homepage_gen.build import BuildOptions, build_site
from homepage_gen.collections import extract_excerpt
from homepage_gen.config import load_config
from homepage_gen.errors import Diagnostics
from homepage_gen.reader import read_site
from tests.conftest import write_tree


def _site(site_dir: Path, files: dict[str, str], **overrides: object):
    write_tree(site_dir, files)
    diagnostics = Diagnostics()
    config = load_config(site_dir, overrides=overrides or None)
    return read_site(config, diagnostics), diagnostics


def test_posts_dates_slugs_categories_and_urls(site_dir: Path) -> None:
    site, _ = _site(site_dir, {
        "_config.yml": "timezone: Asia/Tokyo\n",
        "_posts/2024-02-03-hello-world.md": "---\ntitle: Hi\n---\nx\n",
        "blog/_posts/2024-01-01-in-blog.md": "---\ncategories: [Deep Dive]\ntags: a b\n---\nx\n",
        "_posts/2024-03-01-late.md": "---\ndate: 2024-03-01 23:30:00 -0500\n---\nx\n",
        "_posts/not-a-post.md": "---\n---\nno date in the name\n",
    })
    posts = {p.relative_path: p for p in site.posts}
    assert sorted(posts) == [
        "_posts/2024-02-03-hello-world.md", "_posts/2024-03-01-late.md", "blog/_posts/2024-01-01-in-blog.md",
    ]
    hello = posts["_posts/2024-02-03-hello-world.md"]
    assert hello.url == "/2024/02/03/hello-world.html"
    assert hello.data["slug"] == "hello-world" and hello.data["title"] == "Hi"
    assert str(hello.date) == "2024-02-03 00:00:00+09:00"
    in_blog = posts["blog/_posts/2024-01-01-in-blog.md"]
    assert in_blog.data["categories"] == ["blog", "Deep Dive"]
    assert in_blog.data["tags"] == ["a", "b"]
    assert in_blog.url == "/blog/deep%20dive/2024/01/01/in-blog.html"
    assert in_blog.data["title"] == "In Blog"
    late = posts["_posts/2024-03-01-late.md"]
    assert late.url == "/2024/03/02/late.html"  # 23:30 in New York is the next day in Tokyo
    assert [p.relative_path for p in site.posts][0] == "blog/_posts/2024-01-01-in-blog.md"


def test_future_unpublished_and_drafts(site_dir: Path) -> None:
    files = {
        "_posts/2999-01-01-future.md": "---\n---\nlater\n",
        "_posts/2020-01-01-hidden.md": "---\npublished: false\n---\nx\n",
        "_posts/2020-01-02-shown.md": "---\n---\nx\n",
        "_drafts/idea.md": "---\ndate: 2021-05-05\n---\nx\n",
    }
    site, _ = _site(site_dir, files)
    assert [p.data["slug"] for p in site.posts] == ["shown"]
    site, _ = _site(site_dir, {}, future=True, show_drafts=True, unpublished=True)
    slugs = sorted(p.data["slug"] for p in site.posts)
    assert slugs == ["future", "hidden", "idea", "shown"]
    draft = next(p for p in site.posts if p.draft)
    assert draft.url == "/2021/05/05/idea.html" and draft.data["draft"] is True


def test_collections_permalinks_sorting_and_files(site_dir: Path) -> None:
    site, _ = _site(site_dir, {
        "_config.yml": (
            "collections:\n"
            "  talks: {output: true, permalink: '/:collection/:year/:title:output_ext'}\n"
            "  notes: {output: false, sort_by: rank}\n"
            "  guides: {output: true, order: [b.md, a.md]}\n"
        ),
        "_talks/2019-05-01-first-talk.md": "---\ntitle: First\n---\nx\n",
        "_talks/sub/Second Talk.md": "---\ndate: 2018-01-01\n---\nx\n",
        "_talks/slides/deck.pdf": "not front matter",
        "_notes/x.md": "---\nrank: 2\n---\n",
        "_notes/y.md": "---\nrank: 1\n---\n",
        "_guides/a.md": "---\n---\n", "_guides/b.md": "---\n---\n", "_guides/c.md": "---\n---\n",
    })
    talks = site.collections["talks"]
    # Checked against Jekyll 4.3.1: `:title` is the slug, pretty-slugified with case kept.
    assert [d.url for d in talks.docs] == ["/talks/2018/Second-Talk.html", "/talks/2019/first-talk.html"]
    # Jekyll fills only :collection, :path, :name, :title, :output_ext for files: ":year" stays.
    assert [s.output_path for s in talks.files] == ["talks/:year.pdf"]
    assert [d.relative_path for d in site.collections["notes"].docs] == ["_notes/y.md", "_notes/x.md"]
    assert not any(d.written for d in site.collections["notes"].docs)
    assert [d.relative_path for d in site.collections["guides"].docs] == [
        "_guides/b.md", "_guides/a.md", "_guides/c.md",
    ]
    assert list(site.collections) == ["posts", "talks", "notes", "guides"]


def test_excerpt_keeps_link_definitions_and_closes_blocks() -> None:
    text = "Intro [ref] {% if x %}\n\nmore {% endif %}\n\n[ref]: https://example.org\n"
    excerpt = extract_excerpt(text, "\n\n")
    assert excerpt == "Intro [ref] {% if x %}\n{% endif %}\n\n[ref]: https://example.org"
    assert extract_excerpt("no separator here", "\n\n") == "no separator here"


def test_build_writes_posts_pagination_and_feed(site_dir: Path, tmp_path: Path) -> None:
    write_tree(site_dir, {
        "_config.yml": (
            "url: https://x.org\npaginate: 1\nplugins: [jekyll-paginate, jekyll-feed]\ntimezone: UTC\n"
        ),
        "_layouts/post.html": (
            "<h1>{{ page.title }}</h1>{{ content }}<i>{{ page.previous.title }}|{{ page.next.title }}</i>"
        ),
        "index.html": "---\n---\n{% for p in paginator.posts %}{{ p.title }}: {{ p.excerpt }}{% endfor %}"
                      "[{{ paginator.page }}/{{ paginator.total_pages }} {{ paginator.next_page_path }}]",
        "_posts/2024-01-01-a.md": "---\nlayout: post\ntitle: A\n---\nFirst *para*.\n\nSecond.\n",
        "_posts/2024-01-02-b.md": "---\nlayout: post\ntitle: B\n---\nOnly one.\n",
    })
    out = tmp_path / "out"
    build_site(BuildOptions(source=site_dir, destination=out, offline=True))
    assert (out / "index.html").read_text() == "B: <p>Only one.</p>\n[1/2 /page2]"
    assert (out / "page2" / "index.html").read_text() == "A: <p>First <em>para</em>.</p>\n[2/2 ]"
    post = (out / "2024/01/01/a.html").read_text()
    assert post == "<h1>A</h1><p>First <em>para</em>.</p>\n\n<p>Second.</p>\n<i>|B</i>"
    feed = (out / "feed.xml").read_text()
    assert feed.count("<entry>") == 2 and "<id>https://x.org/2024/01/02/b</id>" in feed


def test_unsupported_plugins_are_named(site_dir: Path) -> None:
    _, diagnostics = _site(site_dir, {
        "_config.yml": "plugins: [jekyll-scholar, jekyll-feed]\ngems: [jekyll-sitemap]\n",
        "_plugins/tags.rb": "module Jekyll; end\n",
    })
    messages = [w.format() for w in diagnostics.warnings]
    assert any("_plugins: 1 Ruby plugin(s) will not run: tags.rb" in m for m in messages)
    assert any(m.startswith("_config.yml:1: plugin 'jekyll-scholar' is not supported") for m in messages)
    assert any("`gems:` is ignored" in m for m in messages)

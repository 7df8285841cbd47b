"""`{% seo %}` (jekyll-seo-tag 2.8): whole sites built from real files in a tmp dir.

Expected lines are what Debian's Jekyll 4.3.1 with jekyll-seo-tag 2.8.0 wrote for
the same sources.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from homepage_gen.build import BuildOptions, build_site
from homepage_gen.errors import BuildError

LAYOUT = "<head>\n{% seo %}\n</head>{{ content }}\n"


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def build(source: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        write(source / name, text)
    destination = source.parent / "_site"
    build_site(BuildOptions(source=source, destination=destination, offline=True))
    return destination


def json_ld(html: str) -> dict:
    found = re.search(r'<script type="application/ld\+json">\n(.*?)</script>', html, re.S)
    assert found, html
    return json.loads(found.group(1))


@pytest.fixture
def site(tmp_path: Path) -> Path:
    config = """\
title: "Dana's Lab & Notes"
description: A small "research" blog
url: https://notes.example.org
baseurl: /blog
lang: en-GB
author:
  name: Dana Rivers
  url: https://dana.example.org
twitter:
  username: "@danar"
social:
  name: Dana R
  links: [https://github.com/danar]
logo: /assets/logo.png
webmaster_verifications:
  google: g123
  bing: b456
"""
    files = {
        "_config.yml": config,
        "_layouts/default.html": LAYOUT,
        "_layouts/notitle.html": "<head>{% seo title=false %}</head>",
        "index.html": "---\nlayout: default\n---\nhome\n",
        "about.md": "---\nlayout: default\ntitle: About \"me\" & you\ndescription: It's <b>great</b>\n"
        "image: /assets/me.png\n---\nHello\n",
        "plain.md": "---\nlayout: notitle\n---\nPlain\n",
        "_posts/2023-04-05-first.md": "---\nlayout: default\ntitle: First post\n---\nThe \"first\" excerpt.\n\nMore.\n",
        "_posts/2023-05-06-second.md": "---\nlayout: default\ntitle: Second\nauthor: Sam Smith\n"
        "date: 2023-05-06 14:30:00 +0000\nimage:\n  path: /assets/second.png\n  width: 100\n  height: 50\n"
        "  alt: A picture\n---\nSecond excerpt.\n",
    }
    return build(tmp_path / "src", files)


def read(site: Path, name: str) -> str:
    return (site / name).read_text(encoding="utf-8")


def test_home_page(site: Path) -> None:
    html = read(site, "index.html")
    assert html.startswith("<head>\n<!-- Begin Jekyll SEO tag v2.8.0 -->\n<title>")
    assert "<!-- End Jekyll SEO tag -->\n\n</head>" in html
    expected = [
        "<title>Dana’s Lab &amp; Notes | A small “research” blog</title>",
        '<meta name="generator" content="Jekyll v4.3.1" />',
        '<meta property="og:title" content="Dana’s Lab &amp; Notes" />',
        '<meta name="author" content="Dana Rivers" />',
        '<meta property="og:locale" content="en_GB" />',
        '<meta name="description" content="A small “research” blog" />',
        '<link rel="canonical" href="https://notes.example.org/blog/" />',
        '<meta property="og:url" content="https://notes.example.org/blog/" />',
        '<meta property="og:site_name" content="Dana’s Lab &amp; Notes" />',
        '<meta property="og:type" content="website" />',
        '<meta name="twitter:card" content="summary" />',
        '<meta name="twitter:site" content="@danar" />',
        '<meta name="twitter:creator" content="@Dana Rivers" />',
        '<meta name="google-site-verification" content="g123" />',
        '<meta name="msvalidate.01" content="b456" />',
    ]
    lines = html.splitlines()
    assert [line for line in lines if line in expected] == expected
    data = json_ld(html)
    assert list(data) == sorted(data)
    assert data["@type"] == "WebSite"
    assert data["name"] == "Dana R"
    assert data["sameAs"] == ["https://github.com/danar"]
    assert data["publisher"] == {
        "@type": "Organization",
        "logo": {"@type": "ImageObject", "url": "https://notes.example.org/blog/assets/logo.png"},
        "name": "Dana Rivers",
    }


def test_page_with_description_and_image(site: Path) -> None:
    html = read(site, "about.html")
    assert "<title>About “me” &amp; you | Dana’s Lab &amp; Notes</title>" in html
    assert '<meta name="description" content="It’s great" />' in html
    assert '<meta property="og:image" content="https://notes.example.org/blog/assets/me.png" />' in html
    assert '<meta name="twitter:card" content="summary_large_image" />' in html
    data = json_ld(html)
    assert data["@type"] == "WebPage"
    assert data["image"] == "https://notes.example.org/blog/assets/me.png"
    assert "sameAs" not in data and "name" not in data


def test_title_false_and_site_description_fallback(site: Path) -> None:
    html = read(site, "plain.html")
    assert "<title>" not in html
    assert '<meta property="og:title" content="Dana’s Lab &amp; Notes" />' in html
    assert '<meta name="description" content="A small “research” blog" />' in html


def test_posts_are_articles(site: Path) -> None:
    first = read(site, "2023/04/05/first.html")
    assert '<meta property="og:type" content="article" />' in first
    assert '<meta property="article:published_time" content="2023-04-05T00:00:00+00:00" />' in first
    assert '<meta name="description" content="The “first” excerpt." />' in first
    data = json_ld(first)
    assert data["@type"] == "BlogPosting"
    assert data["datePublished"] == data["dateModified"] == "2023-04-05T00:00:00+00:00"
    assert data["mainEntityOfPage"] == {
        "@type": "WebPage", "@id": "https://notes.example.org/blog/2023/04/05/first.html",
    }


def test_post_author_and_image_object(site: Path) -> None:
    html = read(site, "2023/05/06/second.html")
    assert '<meta name="author" content="Sam Smith" />' in html
    assert '<meta name="twitter:creator" content="@Sam Smith" />' in html
    image_lines = [line for line in html.splitlines() if "og:image" in line]
    assert image_lines == [
        '<meta property="og:image" content="https://notes.example.org/blog/assets/second.png" />',
        '<meta property="og:image:height" content="50" />',
        '<meta property="og:image:width" content="100" />',
        '<meta property="og:image:alt" content="A picture" />',
    ]
    assert '<meta name="twitter:image:alt" content="A picture" />' in html
    data = json_ld(html)
    assert data["author"] == {"@type": "Person", "name": "Sam Smith"}
    assert data["image"] == {
        "width": 100, "height": 50, "alt": "A picture",
        "url": "https://notes.example.org/blog/assets/second.png", "@type": "imageObject",
    }


def test_minimal_site_without_url_or_twitter(tmp_path: Path) -> None:
    out = build(tmp_path / "src", {
        "_config.yml": "title: Site\n",
        "_layouts/default.html": LAYOUT,
        "index.md": "---\nlayout: default\ntitle: Site\n---\nx\n",
    })
    html = read(out, "index.html")
    assert "<title>Site</title>" in html
    assert "canonical" not in html and "twitter:site" not in html and "description" not in html
    assert '<meta property="og:locale" content="en_US" />' in html
    assert json_ld(html) == {
        "@context": "https://schema.org", "@type": "WebSite", "headline": "Site", "name": "Site", "url": "/",
    }


def test_data_authors_and_pagination(tmp_path: Path) -> None:
    posts = {f"_posts/2023-01-0{n}-p{n}.md": f"---\ntitle: P{n}\n---\nx\n" for n in (1, 2, 3)}
    out = build(tmp_path / "src", {
        "_config.yml": "title: S\nurl: https://ex.org\nauthor: dana\ntwitter:\n  username: tw\npaginate: 1\n"
        "plugins: [jekyll-paginate]\n",
        "_data/authors.yml": "dana:\n  twitter: dtw\n  url: https://d.example\n",
        "_layouts/default.html": LAYOUT,
        "index.html": "---\nlayout: default\n---\n{{ paginator.page }}\n",
        **posts,
    })
    home, second = read(out, "index.html"), read(out, "page2/index.html")
    assert '<meta name="author" content="dana" />' in home
    assert '<meta name="twitter:creator" content="@dtw" />' in home
    assert '<link rel="next" href="https://ex.org/page2" />' in home and 'rel="prev"' not in home
    assert "<title>Page 2 of 3 for S</title>" in second
    assert '<link rel="prev" href="https://ex.org/" />' in second
    assert '<link rel="next" href="https://ex.org/page3" />' in second
    assert json_ld(second)["@type"] == "WebPage"


def test_seo_is_a_known_tag_without_the_plugin(tmp_path: Path) -> None:
    try:
        out = build(tmp_path / "src", {"index.html": "---\n---\n{% seo %}"})
    except BuildError as err:  # pragma: no cover - the failure this test guards against
        pytest.fail(str(err))
    assert "Begin Jekyll SEO tag" in read(out, "index.html")

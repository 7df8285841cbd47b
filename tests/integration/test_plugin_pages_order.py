"""Where plugin pages sit in `site.pages` (what a sitemap or archive page listing pages shows).

Expected listings are what Jekyll 4.3.1 with jekyll-feed 0.17, jekyll-sitemap 1.4 and
jekyll-redirect-from 0.16 printed for the same site: redirect-from's page first, then sitemap
and feed in the order of the `plugins:` list.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from homepage_gen.build import BuildOptions, build_site
from tests.conftest import write_tree

FEED_FIRST = "list.html;redirects.json;feed.xml;sitemap.xml;robots.txt;"
SITEMAP_FIRST = "list.html;redirects.json;sitemap.xml;robots.txt;feed.xml;"
JEKYLL_LISTINGS = {
    ("jekyll-feed", "jekyll-sitemap", "jekyll-redirect-from"): FEED_FIRST,
    ("jekyll-sitemap", "jekyll-feed", "jekyll-redirect-from"): SITEMAP_FIRST,
    ("jekyll-redirect-from", "jekyll-feed", "jekyll-sitemap"): FEED_FIRST,
    ("jekyll-sitemap", "jekyll-redirect-from", "jekyll-feed"): SITEMAP_FIRST,
}


@pytest.mark.parametrize("plugins", list(JEKYLL_LISTINGS))
def test_plugin_pages_follow_the_plugins_list(site_dir: Path, plugins: tuple[str, ...]) -> None:
    write_tree(site_dir, {
        "_config.yml": "title: x\nplugins:\n" + "".join(f"  - {name}\n" for name in plugins),
        "list.html": "---\n---\n{% for p in site.pages %}{{ p.path }};{% endfor %}\n",
        "_layouts/default.html": "{{ content }}",  # a site of its own: no bundled theme assets
    })
    build_site(BuildOptions(source=site_dir, offline=True))
    assert (site_dir / "_site/list.html").read_text().strip() == JEKYLL_LISTINGS[plugins]


def test_plugin_pages_front_matter_as_listings_see_it(site_dir: Path) -> None:
    """Jekyll 4.3.1 printed these fields (front matter defaults apply; only the feed sets `sitemap`)."""
    write_tree(site_dir, {
        "_config.yml": "title: x\nplugins: [jekyll-feed, jekyll-sitemap, jekyll-redirect-from]\n"
                       "defaults:\n  - scope: {path: ''}\n    values: {layout: default}\n",
        "_layouts/default.html": "{{ content }}",
        "list.html": "---\n---\n{% for p in site.pages %}{{ p.path }}|{{ p.sitemap }}|{{ p.layout }}|"
                     "{{ p.collection }}\n{% endfor %}",
    })
    build_site(BuildOptions(source=site_dir, offline=True))
    assert (site_dir / "_site/list.html").read_text().splitlines() == [
        "list.html||default|", "redirects.json||default|", "feed.xml|false|default|posts",
        "sitemap.xml||default|", "robots.txt||default|",
    ]

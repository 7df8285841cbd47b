"""The bundled Jinja2 theme (`_layouts/`, `_includes/`) and its Sass (`_sass/`, `assets/css`).

Renders `_layouts/default.jinja` straight through jinja2 with the template contract
the build provides (autoescape off, ChainableUndefined, Jekyll-named URL filters),
using a context built from the AcadHomepage seed configuration.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from html.parser import HTMLParser
from pathlib import Path

import jinja2
import pytest

ROOT = Path(__file__).resolve().parents[2]

# The parts of the seed site's _config.yml and _data/navigation.yml the theme reads.
SEED_SITE = {
    "title": "Zhangqiang Ming",
    "description": "Zhangqiang Ming dolor sit amet, consectetur adipiscing elit. "
    "Vivamus ornare aliquet ipsum, ac tempus justo dapibus sit amet. ",
    "repository": "zhangqiang/zhangqiangming.github.io",
    "google_scholar_stats_use_cdn": True,
    "google_analytics_id": None,
    "google_site_verification": None,
    "bing_site_verification": None,
    "baidu_site_verification": None,
    "url": "",
    "baseurl": "",
    "author": {
        "name": "Zhangqiang Ming",
        "avatar": "images/mzq1000.jpg",
        "bio": "Huazhong University of Science and Technology(HUST)",
        "location": "Wuhan, China",
        "employer": None,
        "pubmed": None,
        "googlescholar": "https://scholar.google.com/citations?user=pGBngNMAAAAJ&hl=en",
        "email": "zqming@hust.edu.cn",
        "researchgate": "https://www.researchgate.net/profile/Zhangqiang-Ming",
        "uri": None,
        "github": "zhangqiangming",
        "linkedin": None,
        "dblp": None,
        "orcid": "https://orcid.org/0000-0003-1616-8054",
        "twitter": None,
    },
    "data": {
        "navigation": {
            "main": [
                {"title": "About Me", "url": "/#about-me"},
                {"title": "News", "url": "/#-news"},
                {"title": "Publications", "url": "/#-publications"},
                {"title": "Honors and Awards", "url": "/#-honors-and-awards"},
                {"title": "Educations", "url": "/#-educations"},
                {"title": "Invited Talks", "url": "/#-invited-talks"},
                {"title": "Internships", "url": "/#-internships"},
            ]
        }
    },
    "pages": [],
    "time": dt.datetime(2025, 1, 1, 12, 0, 0),
}

SEED_PAGE = {
    "title": "",
    "excerpt": "",
    "author_profile": True,
    "url": "/",
    "path": "_pages/about.md",
    "layout": "default",
}

CONTENT = (
    '<p><span class="anchor" id="about-me"></span></p>\n'
    '<h1 id="-about-me">About Me</h1>\n<p>Hello <span id="total_cit">260000+</span></p>'
)


def _standin_filters(site: dict) -> dict:
    """Jekyll's URL filters, reduced to what the theme needs."""
    base = site.get("baseurl") or ""
    url = site.get("url") or ""

    def relative_url(value):
        value = str(value)
        if "://" in value:
            return value
        return base + "/" + value.lstrip("/")

    return {"relative_url": relative_url, "absolute_url": lambda value: url + relative_url(value)}


def _project_filters(site: dict) -> dict:
    """The build's own Jekyll filters (skips when that module is not importable)."""
    try:
        from homepage_gen.render.filters import JekyllFilters
    except ImportError as err:  # pragma: no cover - the build is written alongside the theme
        pytest.skip(f"homepage_gen filters unavailable: {err}")
    return JekyllFilters(site).as_dict()


FILTER_SETS = {"stand-in": _standin_filters, "homepage_gen": _project_filters}
_active = {"filters": _standin_filters}


@pytest.fixture(autouse=True, params=sorted(FILTER_SETS))
def filter_set(request):
    """Run every test with stand-in URL filters and with the build's real filters."""
    _active["filters"] = FILTER_SETS[request.param]
    yield request.param
    _active["filters"] = _standin_filters


def _environment(site: dict) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(ROOT / "_layouts"), str(ROOT / "_includes")]),
        undefined=jinja2.ChainableUndefined,
        autoescape=False,
    )
    env.filters.update(_active["filters"](site))
    return env


def render(
    site_changes: dict | None = None, page_changes: dict | None = None, author_changes: dict | None = None
) -> str:
    site = copy.deepcopy(SEED_SITE)
    site.update(site_changes or {})
    site["author"].update(author_changes or {})
    page = dict(SEED_PAGE)
    page.update(page_changes or {})
    template = _environment(site).get_template("default.jinja")
    return template.render(site=site, page=page, layout={}, content=CONTENT)


class _Collector(HTMLParser):
    """Start tags with their attributes, plus the text of <title>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_title = tag == "title"

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False

    def handle_data(self, data):
        if self._in_title:
            self.title += data


def parse(html: str) -> _Collector:
    collector = _Collector()
    collector.feed(html)
    return collector


def links(html: str) -> dict[str, dict]:
    return {attrs["href"]: attrs for tag, attrs in parse(html).tags if tag == "a" and attrs.get("href")}


def metas(html: str) -> dict[str, str]:
    found = {}
    for tag, attrs in parse(html).tags:
        if tag == "meta":
            key = attrs.get("property") or attrs.get("name")
            if key:
                found[key] = attrs.get("content")
    return found


def sidebar(html: str) -> str:
    match = re.search(r'<div class="sidebar sticky".*?<article', html, re.S)
    assert match, "no sidebar"
    return match.group(0)


# --- layout structure -----------------------------------------------------------------


def test_page_skeleton():
    html = render()
    assert html.lstrip().startswith("<!doctype html>")
    assert '<html lang="en"' in html
    assert '<div class="masthead"' in html
    assert '<nav id="site-nav"' in html
    assert '<div id="main" role="main">' in html
    assert '<article class="page" itemscope itemtype="http://schema.org/CreativeWork">' in html
    assert f'<section class="page__content" itemprop="text">\n            {CONTENT}' in html
    assert 'href="/assets/css/main.css"' in html
    assert re.search(r'<link rel="alternate" type="application/atom\+xml" href="/feed.xml"', html)


def test_every_navigation_link_present():
    found = links(render())
    for item in SEED_SITE["data"]["navigation"]["main"]:
        assert item["url"] in found, item
    html = render()
    for item in SEED_SITE["data"]["navigation"]["main"]:
        assert f">{item['title']}</a>" in html


def test_navigation_urls_go_through_relative_url():
    found = links(render({"baseurl": "/sub"}))
    assert "/sub/#-news" in found


def test_no_navigation_data_does_not_crash():
    html = render({"data": {}})
    assert '<nav id="site-nav"' in html


# --- author profile -------------------------------------------------------------------


def test_sidebar_profile():
    side = sidebar(render())
    found = links(side)
    assert "Zhangqiang Ming" in side
    assert "Huazhong University of Science and Technology(HUST)" in side
    assert "Wuhan, China" in side
    assert "mailto:zqming@hust.edu.cn" in found
    assert "https://scholar.google.com/citations?user=pGBngNMAAAAJ&hl=en" in found
    assert "https://orcid.org/0000-0003-1616-8054" in found
    assert "https://www.researchgate.net/profile/Zhangqiang-Ming" in found
    assert "https://github.com/zhangqiangming" in found
    for label in ("Email", "Google Scholar", "ORCID", "ResearchGate", "GitHub"):
        assert f'<span class="profile-link__label">{label}</span>' in side
        assert f'aria-label="{label}"' in side  # compact phone row
    assert '<ul class="author__urls_sm"' in side


def test_avatar_has_alt_and_relative_url():
    imgs = [attrs for tag, attrs in parse(render({"baseurl": "/b"})).tags if tag == "img"]
    avatar = next(a for a in imgs if "author__avatar" in (a.get("class") or ""))
    assert avatar["alt"] == "Zhangqiang Ming"
    assert avatar["src"] == "/b/images/mzq1000.jpg"
    imgs = [a for t, a in parse(render(author_changes={"avatar": "https://x.org/me.png"})).tags if t == "img"]
    assert imgs[0]["src"] == "https://x.org/me.png"


def test_empty_profile_keys_render_nothing():
    html = render(author_changes={"linkedin": "", "twitter": None, "dblp": "   "})
    side = sidebar(html)
    assert "linkedin" not in side.lower()
    assert "twitter" not in side.lower()
    assert "DBLP" not in side
    assert "Employer" not in side  # employer is null in the seed


PROFILE_EXPECTATIONS = {
    "uri": ("https://example.org/", "https://example.org/", "Website"),
    "pubmed": ("https://pubmed.example/q", "https://pubmed.example/q", "PubMed"),
    "dblp": ("https://dblp.org/pid/1/2.html", "https://dblp.org/pid/1/2.html", "DBLP"),
    "linkedin": ("someone", "https://www.linkedin.com/in/someone", "LinkedIn"),
    "twitter": ("someone", "https://twitter.com/someone", "Twitter"),
    "bitbucket": ("someone", "https://bitbucket.org/someone", "Bitbucket"),
    "codepen": ("someone", "https://codepen.io/someone", "CodePen"),
    "dribbble": ("someone", "https://dribbble.com/someone", "Dribbble"),
    "flickr": ("someone", "https://www.flickr.com/someone", "Flickr"),
    "facebook": ("someone", "https://www.facebook.com/someone", "Facebook"),
    "foursquare": ("someone", "https://foursquare.com/someone", "Foursquare"),
    "google_plus": ("someone", "https://plus.google.com/+someone", "Google+"),
    "keybase": ("someone", "https://keybase.io/someone", "Keybase"),
    "instagram": ("someone", "https://instagram.com/someone", "Instagram"),
    "impactstory": ("https://impactstory.org/u/1", "https://impactstory.org/u/1", "Impactstory"),
    "lastfm": ("someone", "https://www.last.fm/user/someone", "Last.fm"),
    "pinterest": ("someone", "https://www.pinterest.com/someone", "Pinterest"),
    "soundcloud": ("someone", "https://soundcloud.com/someone", "SoundCloud"),
    "stackoverflow": ("123/someone", "https://stackoverflow.com/users/123/someone", "Stack Overflow"),
    "steam": ("someone", "https://steamcommunity.com/id/someone", "Steam"),
    "tumblr": ("someone", "https://someone.tumblr.com", "Tumblr"),
    "vine": ("someone", "https://vine.co/u/someone", "Vine"),
    "weibo": ("someone", "https://www.weibo.com/someone", "Weibo"),
    "xing": ("someone", "https://www.xing.com/profile/someone", "XING"),
    "youtube": ("someone", "https://www.youtube.com/user/someone", "YouTube"),
    "wikipedia": ("someone", "https://en.wikipedia.org/wiki/User:someone", "Wikipedia"),
    "employer": ("ACME Labs", None, "ACME Labs"),
}


@pytest.mark.parametrize("key", sorted(PROFILE_EXPECTATIONS))
def test_every_profile_key(key):
    value, href, label = PROFILE_EXPECTATIONS[key]
    before = sidebar(render())
    side = sidebar(render(author_changes={key: value}))
    assert label in side and label not in before
    if href is not None:
        assert href in links(side)


def test_username_keys_accept_full_urls():
    side = sidebar(render(author_changes={"github": "https://github.com/other"}))
    assert "https://github.com/other" in links(side)
    assert "https://github.com/https" not in side


def test_author_profile_false_drops_sidebar():
    html = render(page_changes={"author_profile": False})
    assert 'class="sidebar' not in html
    assert "author__avatar" not in html
    assert 'class="layout--no-sidebar"' in html


# --- head -----------------------------------------------------------------------------


def test_head_for_seed_page():
    html = render({"url": "https://zq.github.io"})
    assert parse(html).title == "Zhangqiang Ming - Homepage"
    meta = metas(html)
    assert meta["description"].startswith("Zhangqiang Ming dolor sit amet")
    assert meta["og:title"] == "Zhangqiang Ming"
    assert meta["og:site_name"] == "Zhangqiang Ming"
    assert meta["og:locale"] == "en"
    assert meta["og:type"] == "website"
    assert meta["og:url"] == "https://zq.github.io/"
    assert meta["og:description"] == meta["description"]
    assert meta["twitter:card"] == "summary"
    canonical = [a for t, a in parse(html).tags if t == "link" and a.get("rel") == "canonical"]
    assert canonical and canonical[0]["href"] == "https://zq.github.io/"
    assert '<meta name="viewport"' in html and '<meta charset="utf-8">' in html


def test_title_with_page_title():
    html = render(page_changes={"title": "Publications", "description": "All my papers"})
    assert parse(html).title == "Publications - Zhangqiang Ming"
    assert metas(html)["description"] == "All my papers"
    assert metas(html)["og:title"] == "Publications"


def test_verification_metas_only_when_set():
    meta = metas(render())
    for name in ("google-site-verification", "msvalidate.01", "baidu-site-verification"):
        assert name not in meta
    meta = metas(
        render(
            {
                "google_site_verification": "g123",
                "bing_site_verification": "b456",
                "baidu_site_verification": "c789",
            }
        )
    )
    assert meta["google-site-verification"] == "g123"
    assert meta["msvalidate.01"] == "b456"
    assert meta["baidu-site-verification"] == "c789"


def test_favicons_only_when_present():
    html = render()
    assert 'rel="icon"' not in html
    html = render(
        {"static_files": [{"path": "/images/favicon-32x32.png"}, {"path": "/images/apple-touch-icon.png"}]}
    )
    assert 'rel="icon" type="image/png" sizes="32x32" href="/images/favicon-32x32.png"' in html
    assert 'rel="apple-touch-icon"' in html
    assert 'sizes="16x16"' not in html


def test_config_text_escaped_in_attributes():
    evil = 'Lab "x" <script>alert(1)</script>'
    html = render({"title": evil, "google_site_verification": evil}, author_changes={"name": evil})
    # attribute values survive a parse intact, and raw markup never sits inside one
    values = [v for _, attrs in parse(html).tags for v in attrs.values() if v and "alert(1)" in v]
    assert values and all(evil in v for v in values)
    assert not re.search(r'="[^"]*<script>', html)
    meta = metas(html)
    assert meta["og:site_name"] == evil
    assert meta["google-site-verification"] == evil
    avatar = next(a for t, a in parse(html).tags if t == "img")
    assert avatar["alt"] == evil
    # Text nodes print config values raw, as Liquid does (only the author name here);
    # <title> and the masthead escape theirs.
    assert html.count("<script>alert(1)") == 1
    assert parse(html).title == f"{evil} - Homepage"


# --- scripts --------------------------------------------------------------------------


def test_no_analytics_without_id():
    html = render()
    assert "googletagmanager" not in html
    assert "gtag(" not in html


def test_analytics_with_id():
    html = render({"google_analytics_id": "G-ABC123"})
    assert html.count("https://www.googletagmanager.com/gtag/js?id=G-ABC123") == 1
    assert 'gtag("config", "G-ABC123")' in html
    assert "googletagmanager" not in render(
        {"google_analytics_id": "G-ABC123"}, page_changes={"analytics": False}
    )


def test_scholar_fallback_script():
    html = render()
    repo = "zhangqiang/zhangqiangming.github.io"
    assert f"https://cdn.jsdelivr.net/gh/{repo}@google-scholar-stats/gs_data.json" in html
    assert "total_cit" in html and "show_paper_citations" in html
    script = html[html.index("gs_data.json") - 400 :]
    assert "innerHTML" not in script
    assert "$(" not in script and "jQuery" not in script
    assert ".catch(" in script
    raw = render({"google_scholar_stats_use_cdn": False})
    assert f"https://raw.githubusercontent.com/{repo}/google-scholar-stats/gs_data.json" in raw
    assert "gs_data.json" not in render({"repository": None})


def test_scholar_stats_in_sidebar_only_when_present():
    assert "Citations:" not in sidebar(render())
    scholar = {
        "citedby": 4321,
        "hindex": 9,
        "i10index": 8,
        "updated": "2025-06-01 08:00:00.123",
        "publications": {},
    }
    side = sidebar(render({"scholar": scholar}))
    assert re.search(r"Citations: <strong>4321</strong>", side)
    assert "updated" in side and "2025-06-01" in side
    side = sidebar(render({"scholar": dict(scholar, updated=dt.datetime(2024, 3, 5, 1, 2))}))
    assert "2024-03-05" in side


# --- Sass -----------------------------------------------------------------------------


def test_main_scss_compiles_with_libsass():
    sass = pytest.importorskip("sass")
    text = (ROOT / "assets" / "css" / "main.scss").read_text(encoding="utf-8")
    assert text.startswith("---\n---\n"), "main.scss needs empty front matter so the build compiles it"
    css = sass.compile(string=text.split("---\n", 2)[2], include_paths=[str(ROOT / "_sass")])
    for selector in (
        ".masthead",
        "#site-nav",
        ".sidebar",
        ".page__content",
        ".paper-box",
        ".badge",
        ".anchor",
        ".author__urls_sm",
        ".highlight .k",
    ):
        assert selector in css, selector
    assert "scroll-margin-top" in css
    assert "@media (min-width: 925px)" in css


def test_theme_files_have_no_front_matter():
    for path in [*(ROOT / "_layouts").glob("*.jinja"), *(ROOT / "_includes").glob("*.jinja")]:
        assert not path.read_text(encoding="utf-8").startswith("---"), path

"""The repository root is a complete site: build it and compare with Jekyll 4.3.1's rendering."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from homepage_gen.cli import main
from tests.conftest import REPO, SHARED, requires_shared
from tests.domcompare import dom_equal
from tests.htmlquery import attr, by_class, by_id, find_all, inner_html_of_section, parse_dom, text

REFERENCE = SHARED / "reference" / "seed"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("embedded") / "_site"
    assert main(["build", "-s", str(REPO), "-d", str(out), "--offline", "-q"]) == 0
    return out


def test_embedded_page_is_the_seed_byte_for_byte() -> None:
    if not SHARED.is_dir():
        pytest.skip("../shared is not present")
    assert (REPO / "_pages" / "about.md").read_bytes() == (SHARED / "seed" / "about.md").read_bytes()
    ours = yaml.safe_load((REPO / "_config.yml").read_text())
    seed = yaml.safe_load((SHARED / "seed" / "_config.yml").read_text())
    for key, value in seed.items():
        if key != "exclude":
            assert ours[key] == value, key
    assert set(seed["exclude"]) <= set(ours["exclude"])
    assert yaml.safe_load((REPO / "_data/navigation.yml").read_text()) == yaml.safe_load(
        (SHARED / "seed/_data/navigation.yml").read_text())


def test_outputs_written(built: Path) -> None:
    for name in ("index.html", "about.html", "about/index.html", "sitemap.xml", "robots.txt",
                 "feed.xml", "redirects.json", "assets/css/main.css", "images/mzq1000.jpg"):
        assert (built / name).is_file(), name
    # the package's own code and tests are not part of the site
    assert not (built / "homepage_gen").exists()
    assert not (built / "tests").exists()
    assert not (built / "pyproject.toml").exists()


def test_navigation_targets_exist(built: Path) -> None:
    dom = parse_dom((built / "index.html").read_text())
    navigation = yaml.safe_load((REPO / "_data/navigation.yml").read_text())["main"]
    nav_links = [attr(a, "href") for a in find_all(dom, lambda n: n.tag == "a")]
    for item in navigation:
        assert item["url"] in nav_links, item
        anchor = item["url"].split("#", 1)[1]
        assert by_id(dom, anchor) is not None, f"no element with id={anchor!r}"


@requires_shared()
def test_content_is_dom_equal_to_jekyll(built: Path) -> None:
    ours = inner_html_of_section((built / "index.html").read_text())
    theirs = inner_html_of_section((REFERENCE / "index.html").read_text())
    equal, difference = dom_equal(ours, theirs)
    assert equal, difference


def test_head_metadata(built: Path) -> None:
    html = (built / "index.html").read_text()
    dom = parse_dom(html)
    titles = find_all(dom, lambda n: n.tag == "title")
    assert text(titles[0]) == "Zhangqiang Ming - Homepage"
    metas = {(attr(m, "name") or attr(m, "property")): attr(m, "content")
             for m in find_all(dom, lambda n: n.tag == "meta")}
    assert metas["description"].startswith("Zhangqiang Ming dolor sit amet")
    assert metas["og:title"] and metas["og:site_name"] == "Zhangqiang Ming"
    assert metas["og:description"].startswith("Zhangqiang Ming dolor sit amet")
    canonical = find_all(dom, lambda n: n.tag == "link" and attr(n, "rel") == "canonical")
    assert canonical and attr(canonical[0], "href").endswith("/")


def test_sidebar_profile(built: Path) -> None:
    dom = parse_dom((built / "index.html").read_text())
    sidebar = by_class(dom, "sidebar")[0]
    body = text(sidebar)
    for expected in ("Zhangqiang Ming", "Huazhong University of Science and Technology(HUST)", "Wuhan, China"):
        assert expected in body
    hrefs = {attr(a, "href") for a in find_all(sidebar, lambda n: n.tag == "a")}
    for expected in ("mailto:zqming@hust.edu.cn",
                     "https://scholar.google.com/citations?user=pGBngNMAAAAJ&hl=en",
                     "https://orcid.org/0000-0003-1616-8054",
                     "https://www.researchgate.net/profile/Zhangqiang-Ming",
                     "https://github.com/zhangqiangming"):
        assert expected in hrefs, expected


@requires_shared()
@pytest.mark.parametrize("name", ["about.html", "about/index.html", "sitemap.xml", "robots.txt"])
def test_plugin_pages_match_jekyll(built: Path, name: str) -> None:
    assert (built / name).read_text() == (REFERENCE / name).read_text()


@requires_shared()
def test_redirects_json_matches_jekyll(built: Path) -> None:
    assert json.loads((built / "redirects.json").read_text()) == json.loads(
        (REFERENCE / "redirects.json").read_text())


def test_feed_is_atom_with_site_metadata(built: Path) -> None:
    import xml.etree.ElementTree as ET

    root = ET.fromstring((built / "feed.xml").read_bytes())
    ns = {"a": "http://www.w3.org/2005/Atom"}
    assert root.find("a:title", ns).text == "Zhangqiang Ming"
    assert root.find("a:author/a:email", ns).text == "zqming@hust.edu.cn"
    assert root.find("a:id", ns).text == "/feed.xml"

"""Whole builds with Scholar stats served from 127.0.0.1: numbers in pages and templates, never a failure."""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path
from typing import Any

import pytest

from homepage_gen.build import BuildOptions, BuildResult, build_site
from homepage_gen.cli import main
from tests.conftest import REPO, write_tree
from tests.domcompare import parse_dom
from tests.htmlquery import by_class, by_id, text
from tests.httpfixtures import Reply, hang, json_reply, serve

PAPER = "pGBngNMAAAAJ:u5HHmVD_uO8C"
GS_DATA: dict[str, Any] = {
    "name": "Zhangqiang Ming", "citedby": 4321, "hindex": 7, "i10index": 5,
    "updated": "2025-03-04 05:06:07.890123",
    "publications": {PAPER: {"author_pub_id": PAPER, "num_citations": 58, "bib": {"title": "ADTopk"}}},
}
PATH = "/gs_data.json"

PAGE = f"""---
permalink: /
title: About
layout: stats
---
# Publications

Liquid: {{{{ site.scholar.citedby }}}} / {{{{ site.scholar.hindex }}}} / {{{{ site.scholar.i10index }}}} /
{{{{ site.scholar.publications["{PAPER}"].num_citations }}}} / {{{{ site.scholar.updated }}}}

<!-- <span id='total_cit'>commented</span> -->
Total: <strong><span id='total_cit'>260000+</span></strong>

- ADTopk <strong><span class='show_paper_citations' data='{PAPER}'></span></strong>
"""
LAYOUT = (
    '<main>{{ content }}</main>\n<p id="jinja">{{ site.scholar.citedby }}|{{ site.scholar.hindex }}|'
    '{{ site.scholar.i10index }}|{{ site.scholar.publications["' + PAPER + '"].num_citations }}</p>\n'
)


def make_site(root: Path, url: str, *, timeout: float = 1, page: str = PAGE) -> Path:
    config = f"title: Lab\ninclude: [_pages]\nscholar:\n  url: {url}\n  timeout: {timeout}\n"
    return write_tree(root, {"_config.yml": config, "_pages/about.md": page, "_layouts/stats.jinja": LAYOUT})


def build(site: Path, *, offline: bool = False) -> tuple[BuildResult, str]:
    result = build_site(BuildOptions(source=site, destination=site / "_site", offline=offline))
    return result, (site / "_site" / "index.html").read_text()


def scholar_warnings(result: BuildResult) -> list[str]:
    return [w.format() for w in result.warnings if "Scholar" in w.message]


def test_served_numbers_reach_the_html_and_the_templates(site_dir: Path) -> None:
    with serve({PATH: json_reply(GS_DATA)}) as server:
        result, html = build(make_site(site_dir, server.url(PATH)))
    assert result.warnings == []
    dom = parse_dom(html)
    total = by_id(dom, "total_cit")
    assert total is not None and text(total) == "4321"
    assert [text(n) for n in by_class(dom, "show_paper_citations")] == ["| Citations: 58"]
    assert "Liquid: 4321 / 7 / 5 /\n58 / 2025-03-04 05:06:07.890123" in html
    jinja = by_id(dom, "jinja")
    assert jinja is not None and text(jinja) == "4321|7|5|58"
    assert "<!-- <span id='total_cit'>commented</span> -->" in html  # comments are left alone
    badge = json.loads((site_dir / "_site" / "gs_data_shieldsio.json").read_text())
    assert badge == {"schemaVersion": 1, "label": "citations", "message": "4321"}


def test_second_build_revalidates_with_304_then_offline_uses_the_cache(site_dir: Path) -> None:
    def conditional(request: Any) -> Reply:
        if request.headers.get("if-none-match") == '"gs1"':
            return Reply(304, {"ETag": '"gs1"'})
        return json_reply(GS_DATA, headers={"ETag": '"gs1"'})

    with serve({PATH: conditional}) as server:
        site = make_site(site_dir, server.url(PATH))
        build(site)
        result, html = build(site)
        assert server.count(PATH) == 2
    assert result.warnings == [] and ">4321</span>" in html
    result, html = build(site, offline=True)  # server gone: the cache alone
    assert result.warnings == [] and ">4321</span>" in html
    assert (site / ".homepage-cache" / "scholar" / "stats.json").is_file()
    assert not (site / "_site" / ".homepage-cache").exists()


def test_offline_without_cache_keeps_placeholders_with_one_warning(site_dir: Path) -> None:
    with serve({PATH: json_reply(GS_DATA)}) as server:
        result, html = build(make_site(site_dir, server.url(PATH)), offline=True)
        assert server.requests == []
    assert len(result.warnings) == 1 and "--offline" in result.warnings[0].message
    assert "<span id=\"total_cit\">260000+</span>" in html or "<span id='total_cit'>260000+</span>" in html
    assert "<p>Liquid:  /  /  /\n /</p>" in html and '<p id="jinja">|||</p>' in html  # no numbers anywhere
    assert not (site_dir / "_site" / "gs_data_shieldsio.json").exists()


def test_a_hanging_server_cannot_hold_the_build(site_dir: Path) -> None:
    timeout = 1.0
    with serve({PATH: hang()}) as server:
        site = make_site(site_dir, server.url(PATH), timeout=timeout)
        started = time.monotonic()
        result, html = build(site)
        took = time.monotonic() - started
    assert took < timeout + 2, f"build took {took:.2f}s"
    assert len(scholar_warnings(result)) == 1 and "timed out after 1 s" in scholar_warnings(result)[0]
    assert "260000+" in html


@pytest.mark.parametrize(("reply", "needle"), [
    (Reply(404, {}, "no"), "HTTP 404"),
    (Reply(200, {}, "<html>not json</html>"), "not valid JSON"),
    (json_reply({"citedby": "<script>alert(1)</script>", "publications": {}}),
     "`citedby` must be a whole number"),
])
def test_bad_answers_build_with_one_warning(reply: Reply, needle: str, site_dir: Path) -> None:
    with serve({PATH: reply}) as server:
        result, html = build(make_site(site_dir, server.url(PATH)))
    warnings = scholar_warnings(result)
    assert len(warnings) == 1 and needle in warnings[0]
    assert "<script>alert" not in html and "260000+" in html


def test_unknown_paper_id_is_a_warning_naming_page_and_id(site_dir: Path) -> None:
    page = PAGE.replace(f"data='{PAPER}'", "data='NOT:THERE'")
    with serve({PATH: json_reply(GS_DATA)}) as server:
        result, html = build(make_site(site_dir, server.url(PATH), page=page))
    assert [w.format() for w in result.warnings] == [
        "_pages/about.md: Scholar stats have no publication 'NOT:THERE' "
        "(class=\"show_paper_citations\" data=\"NOT:THERE\"); left as it is"
    ]
    assert ">4321</span>" in html


# --- the embedded site (the repository root) ---------------------------------------------------


def copy_embedded_site(target: Path) -> Path:
    """The site parts of the repository, without caches or outputs (tests never write into REPO)."""
    target.mkdir(parents=True)
    for entry in REPO.iterdir():
        if entry.name in ("_site", ".homepage-cache") or not (
                entry.name.startswith("_") or entry.name in ("assets", "images", "files", ".htaccess")):
            continue
        if entry.is_dir():
            shutil.copytree(entry, target / entry.name)
        else:
            shutil.copy2(entry, target / entry.name)
    return target


def test_embedded_site_builds_offline_with_one_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site = copy_embedded_site(tmp_path / "site")
    assert main(["build", "-s", str(site), "-d", str(tmp_path / "out"), "--offline"]) == 0
    err = capsys.readouterr().err
    assert err.count("warning:") == 1 and "Scholar stats" in err
    html = (tmp_path / "out" / "index.html").read_text()
    assert "<span id='total_cit'>260000+</span>" in html  # inside the seed's comment, untouched
    assert not (tmp_path / "out" / "gs_data_shieldsio.json").exists()


def test_embedded_site_with_served_numbers(tmp_path: Path) -> None:
    site = copy_embedded_site(tmp_path / "site")
    with serve({PATH: json_reply(GS_DATA)}) as server, (site / "_config.yml").open("a") as config:
        config.write(f"\nscholar:\n  url: {server.url(PATH)}\n  timeout: 1\n")
        config.close()
        result = build_site(BuildOptions(source=site, destination=tmp_path / "out"))
    assert result.warnings == []
    html = (tmp_path / "out" / "index.html").read_text()
    assert "<strong>4321</strong>" in html  # the sidebar's site.scholar citations
    assert "<span id='total_cit'>260000+</span>" in html  # the commented-out placeholder stays as written
    badge = json.loads((tmp_path / "out" / "gs_data_shieldsio.json").read_text())
    assert badge["message"] == "4321"

"""Filling AcadHomepage's placeholders in rendered HTML: real elements only, text only."""

from __future__ import annotations

from typing import Any

from homepage_gen.errors import Diagnostics
from homepage_gen.scholar.inject import inject_stats
from tests.domcompare import parse_dom
from tests.htmlquery import attr, by_class, by_id, text

STATS: dict[str, Any] = {
    "citedby": 260, "hindex": 9, "i10index": 8, "updated": None,
    "publications": {"DhtAFkwAAAAJ:ALROH1vI_8AC": {"num_citations": 31}, "p2": {"num_citations": 0}},
}


def inject(page: str, stats: dict[str, Any] = STATS) -> tuple[str, list[str]]:
    diagnostics = Diagnostics()
    out = inject_stats(page, stats, page_path="_pages/about.md", diagnostics=diagnostics)
    return out, [w.format() for w in diagnostics.warnings]


def test_total_and_papers_are_filled_as_acadhomepage_does() -> None:
    page = (
        "<p><a href='https://scholar.google.com/citations?user=DhtAFkwAAAAJ'>citations "
        "<strong><span id='total_cit'>260000+</span></strong></a></p>\n"
        "<p>Paper one <strong><span class='show_paper_citations' data='DhtAFkwAAAAJ:ALROH1vI_8AC'></span>"
        "</strong></p>\n<p>Paper two <span class=\"show_paper_citations\" data=\"p2\">…</span></p>\n"
    )
    out, warnings = inject(page)
    dom = parse_dom(out)
    total = by_id(dom, "total_cit")
    assert total is not None and text(total) == "260"
    papers = by_class(dom, "show_paper_citations")
    assert [text(p) for p in papers] == ["| Citations: 31", "| Citations: 0"]
    assert all(attr(node, "data-scholar-filled") is not None for node in [total, *papers])
    assert warnings == []
    # nothing else changed
    restored = out.replace(" data-scholar-filled", "").replace(">260<", ">260000+<")
    assert restored.replace("| Citations: 31", "").replace("| Citations: 0", "…") == page


def test_pages_without_placeholders_are_returned_untouched() -> None:
    page = "<p>no numbers here</p>" * 1000
    out, warnings = inject(page)
    assert out is page and warnings == []


def test_comments_scripts_and_attribute_values_are_left_alone() -> None:
    page = (
        "<!-- <a><span id='total_cit'>260000+</span></a> -->\n"
        "<script>var t = \"<span id='total_cit'>x</span>"
        "<span class='show_paper_citations' data='p2'></span>\";"
        "</script>\n<style>/* <span id='total_cit'>y</span> */</style>\n"
        "<img alt=\"<span id='total_cit'>z</span>\" title='show_paper_citations'>\n"
        "<pre><code>&lt;span id='total_cit'&gt;</code></pre>\n"
    )
    out, warnings = inject(page)
    assert out == page and warnings == []


def test_unknown_or_missing_paper_ids_warn_with_page_and_id() -> None:
    page = ("<span class='show_paper_citations' data='NOPE:123'>(old)</span>"
            "<span class='show_paper_citations'>(none)</span>")
    out, warnings = inject(page)
    assert out == page  # left as they were, for the browser script to try
    assert len(warnings) == 2
    assert warnings[0].startswith("_pages/about.md: ") and "'NOPE:123'" in warnings[0]
    assert "no data=" in warnings[1]


def test_values_are_escaped_text_never_markup() -> None:
    hostile = {"citedby": "<script>alert(1)</script>", "publications": {"p": {"num_citations": "<b>7</b>"}}}
    out, _ = inject("<span id=total_cit></span><span class=show_paper_citations data=p></span>", hostile)
    assert "<script>" not in out and "<b>" not in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert "| Citations: &lt;b&gt;7&lt;/b&gt;" in out


def test_ids_with_entities_are_matched_by_their_value() -> None:
    stats = {"citedby": 1, "publications": {"a&b\"c": {"num_citations": 4}}}
    out, warnings = inject('<span class="show_paper_citations" data="a&amp;b&quot;c"></span>', stats)
    assert ">| Citations: 4</span>" in out and warnings == []


def test_nested_same_name_elements_and_existing_content() -> None:
    page = "<span id='total_cit'><span>old</span> <b>text</b></span><span>after</span>"
    out, _ = inject(page)
    assert out == "<span id='total_cit' data-scholar-filled>260</span><span>after</span>"


def test_unclosed_placeholder_is_left_alone() -> None:
    page = "<p><span id='total_cit'>x"
    out, _ = inject(page)
    assert out == page


def test_all_copies_are_filled_and_multiline_offsets_hold() -> None:
    page = "<div>\n\n  <span\n id='total_cit'>a</span>\r\n<p>\n<span id=\"total_cit\" >b</span></p>\n</div>"
    out, _ = inject(page)
    assert out.count(">260</span>") == 2
    assert "<span\n id='total_cit' data-scholar-filled>260</span>" in out
    assert '<span id="total_cit" data-scholar-filled>260</span>' in out

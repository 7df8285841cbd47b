"""The `{:toc}` table of contents (expected HTML is what kramdown 2.4 writes)."""

from __future__ import annotations

import pytest

from homepage_gen.render.kd.options import OptionError, Options, parse_toc_levels
from homepage_gen.render.markdown import KramdownConverter


def convert(source: str, **options: object) -> str:
    return KramdownConverter(options).convert(source)


def test_list_becomes_nested_toc_of_all_headers() -> None:
    source = "# Top\n\n* toc\n{:toc}\n\n## A\n\n#### Deep\n\n## B\n"
    assert convert(source) == (
        '<h1 id="top">Top</h1>\n\n'
        '<ul id="markdown-toc">\n'
        '  <li><a href="#top" id="markdown-toc-top">Top</a>    <ul>\n'
        '      <li><a href="#a" id="markdown-toc-a">A</a>        <ul>\n'
        '          <li><a href="#deep" id="markdown-toc-deep">Deep</a></li>\n'
        "        </ul>\n"
        "      </li>\n"
        '      <li><a href="#b" id="markdown-toc-b">B</a></li>\n'
        "    </ul>\n"
        "  </li>\n"
        "</ul>\n\n"
        '<h2 id="a">A</h2>\n\n<h4 id="deep">Deep</h4>\n\n<h2 id="b">B</h2>\n'
    )


def test_ordered_list_keeps_its_attributes_and_id_prefixes_entries() -> None:
    html = convert("1. toc\n{:toc .cls #contents}\n\n# A\n\n## B\n")
    assert html.startswith(
        '<ol class="cls" id="contents">\n'
        '  <li><a href="#a" id="contents-a">A</a>    <ol>\n'
        '      <li><a href="#b" id="contents-b">B</a></li>\n'
        "    </ol>\n"
    )


def test_default_id_comes_after_the_list_attributes() -> None:
    html = convert('* toc\n{:toc data-x="1" .c}\n\n# A\n')
    assert html.startswith('<ul data-x="1" class="c" id="markdown-toc">\n')


def test_no_toc_headers_are_left_out_and_children_attach_upwards() -> None:
    html = convert("* toc\n{:toc}\n\n## A\n\n## B\n{:.no_toc}\n\n### B1\n")
    assert '<li><a href="#b"' not in html
    assert '<h2 class="no_toc" id="b">B</h2>' in html
    assert '      <li><a href="#b1" id="markdown-toc-b1">B1</a></li>\n' in html  # nested under A


def test_entry_text_unwraps_links_and_drops_footnotes() -> None:
    html = convert("* toc\n{:toc}\n\n# A [*x*](/u) <span>[y](/v)</span> z[^1]\n\n[^1]: note\n")
    assert '<a href="#a-x-y-z" id="markdown-toc-a-x-y-z">A <em>x</em> <span>y</span> z</a>' in html


def test_duplicate_headers_link_to_their_unique_ids() -> None:
    html = convert("* toc\n{:toc}\n\n# A\n\n# A\n")
    assert 'href="#a" id="markdown-toc-a"' in html
    assert 'href="#a-1" id="markdown-toc-a-1"' in html


def test_header_without_id_text_links_to_hash() -> None:
    assert '<li><a href="#" id="markdown-toc-">!!!</a></li>' in convert("* toc\n{:toc}\n\n# !!!\n")


def test_without_auto_ids_only_headers_with_ids_are_listed() -> None:
    html = convert("* toc\n{:toc}\n\n# A\n\n# B {#bb}\n", auto_ids=False)
    assert '<a href="#bb" id="markdown-toc-bb">B</a>' in html
    assert "A</a>" not in html


def test_toc_levels_range_string() -> None:
    assert convert("# A\n\n## B\n\n* toc\n{:toc}\n\n### C\n\n#### D\n", toc_levels="2..3") == (
        '<h1 id="a">A</h1>\n\n<h2 id="b">B</h2>\n\n'
        '<ul id="markdown-toc">\n'
        '  <li><a href="#b" id="markdown-toc-b">B</a>    <ul>\n'
        '      <li><a href="#c" id="markdown-toc-c">C</a></li>\n'
        "    </ul>\n  </li>\n</ul>\n\n"
        '<h3 id="c">C</h3>\n\n<h4 id="d">D</h4>\n'
    )


def test_toc_levels_list() -> None:
    html = convert("* toc\n{:toc}\n\n# A\n\n## B\n\n### C\n", toc_levels=[1, 3])
    assert html.startswith(
        '<ul id="markdown-toc">\n'
        '  <li><a href="#a" id="markdown-toc-a">A</a>    <ul>\n'
        '      <li><a href="#c" id="markdown-toc-c">C</a></li>\n'
    )


def test_empty_toc_writes_nothing() -> None:
    assert convert("p\n\n* toc\n{:toc}\n\np2\n") == "<p>p</p>\n\n\n<p>p2</p>\n"


def test_toc_is_written_at_indentation_zero() -> None:
    assert convert("> * toc\n> {:toc}\n\n# A\n") == (
        '<blockquote>\n<ul id="markdown-toc">\n'
        '  <li><a href="#a" id="markdown-toc-a">A</a></li>\n'
        "</ul>\n</blockquote>\n\n"
        '<h1 id="a">A</h1>\n'
    )


def test_only_the_first_toc_list_is_replaced() -> None:
    html = convert("* toc\n{:toc}\n\n1. again\n{:toc}\n\n# A\n")
    assert "<ol>\n  <li>again</li>\n</ol>" in html
    assert html.count("markdown-toc") == 2  # the list id and one entry


@pytest.mark.parametrize(
    "source",
    ["para\n{:toc}\n\n# A\n", "{:toc}\n\n* toc\n\n# A\n", "{:ald: toc}\n\n* toc\n{:ald}\n\n# A\n"],
)
def test_toc_reference_elsewhere_does_nothing(source: str) -> None:
    html = convert(source)
    assert "markdown-toc" not in html
    assert " toc=" not in html


@pytest.mark.parametrize(
    ("value", "levels"),
    [
        (None, {1, 2, 3, 4, 5, 6}),
        ("1..6", {1, 2, 3, 4, 5, 6}),
        ("2..3", {2, 3}),
        ("2,4", {2, 4}),
        ("3", {3}),
        ("4..2", set()),
        ([2, "3"], {2, 3}),
        (range(2, 4), {2, 3}),
    ],
)
def test_parse_toc_levels(value: object, levels: set[int]) -> None:
    assert parse_toc_levels(value) == levels


@pytest.mark.parametrize("value", ["1...3", " 2..4", "2, 3", "", "x", [2, "x"], 2, "0..9", [7]])
def test_invalid_toc_levels_are_refused_like_kramdown(value: object) -> None:
    with pytest.raises(OptionError):
        Options.from_mapping({"toc_levels": value})

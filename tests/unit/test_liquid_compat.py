"""Liquid behaviour Jekyll sites rely on: lax syntax, gist, tablerow, smartify.

Expected outputs were checked with Jekyll 4.3.1.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from homepage_gen.errors import Diagnostics
from homepage_gen.render.filters import JekyllFilters, smartypants
from homepage_gen.render.lax import lax_condition, lax_variable
from homepage_gen.render.liquid import LiquidRenderer


@pytest.fixture
def diagnostics() -> Diagnostics:
    return Diagnostics()


@pytest.fixture
def renderer(tmp_path: Path, diagnostics: Diagnostics) -> LiquidRenderer:
    filters = JekyllFilters({}).as_dict()
    return LiquidRenderer(source_dir=tmp_path, include_dirs=[], filters=filters, diagnostics=diagnostics)


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("(page_tags | split: ',' | sort:0)", "page_tags | split: ',' | sort: nil"),
        ('x | "Some text"', "x | Some"),
        ("site.data.ui-text[site.locale].label", "site.data.ui-text[site.locale].label"),
    ],
)
def test_lax_variables(markup: str, expected: str) -> None:
    assert lax_variable(markup) == expected


def test_lax_conditions_drop_parentheses() -> None:
    assert lax_condition("(a or b) and c == 'x'") == "a or b and c == 'x'"


def test_lax_markup_renders_with_a_warning(renderer: LiquidRenderer, diagnostics: Diagnostics) -> None:
    text = (
        "{% assign t = (tags | split: ',') %}{% for x in t | sort %}{{ x }};{% endfor %}"
        "{% if (a) %}A{% endif %}"
    )
    assert renderer.render(text, {"tags": "b,a", "a": True}, path="p.html") == "b;a;A"
    assert [w.line for w in diagnostics.warnings] == [1, 1, 1]
    assert all("Jekyll only accepts leniently" in w.message for w in diagnostics.warnings)


def test_gist_writes_the_script_tag(renderer: LiquidRenderer) -> None:
    out = renderer.render("{% gist user/abc123 file.md %}|{% gist id %}", {"id": "u/9"}, path="p.html")
    assert out == ('<script src="https://gist.github.com/user/abc123.js?file=file.md"> </script>|'
                   '<script src="https://gist.github.com/u/9.js"> </script>')


def test_tablerow_over_an_empty_list_writes_one_row(renderer: LiquidRenderer) -> None:
    text = (
        "{% tablerow x in empty_list %}{{ x }}{% endtablerow %}|"
        "{% tablerow x in missing %}{% endtablerow %}"
    )
    assert renderer.render(text, {"empty_list": []}, path="p.html") == '<tr class="row1">\n</tr>\n|'


def test_include_name_with_leading_slash_is_inside_includes(tmp_path: Path, diagnostics: Diagnostics) -> None:
    (tmp_path / "_includes" / "a").mkdir(parents=True)
    (tmp_path / "_includes" / "a" / "b.html").write_text("B")
    renderer = LiquidRenderer(source_dir=tmp_path, include_dirs=[tmp_path / "_includes"], filters={},
                              diagnostics=diagnostics)
    assert renderer.render("{% include /a/b.html %}", {}, path="p.html") == "B"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It's \"quoted\" -- and...", "It’s “quoted” – and…"),
        ("AT&T <em>x</em>", "AT&amp;T <em>x</em>"),
        ("the '90s", "the ’90s"),
    ],
)
def test_smartify(text: str, expected: str) -> None:
    assert smartypants(text) == expected


def test_scssify_and_sassify_use_jekylls_compact_default() -> None:
    # Jekyll 4.3.1 printed "a b { color: red; }\n" and "a { color: blue; }\n" for these.
    filters = JekyllFilters({})
    assert filters.scssify("$c: red; a { b { color: $c; } }") == "a b { color: red; }\n"
    assert filters.sassify("a\n  color: blue") == "a { color: blue; }\n"


def test_carriage_returns_are_printed_as_they_are(renderer: LiquidRenderer) -> None:
    # Jekyll 4.3.1: output, capture and the newline filters keep a lone "\r" and a "\r\n".
    text = "{{ x }}|{{ x | strip_newlines }}|{{ x | newline_to_br }}|{% capture c %}{{ x }}{% endcapture %}{{ c }}"
    out = renderer.render(text, {"x": "a\r\nb\rc"}, path="p.html")
    assert out == "a\r\nb\rc|ab\rc|a<br />\nb\rc|a\r\nb\rc"


@pytest.mark.parametrize(
    ("template", "expected"),
    [  # Jekyll 4.3.1 (Liquid 5.4): arguments and inputs become text with Ruby's to_s
        ("{{ 'a' | append: nil_value }}|{{ 'a' | prepend: nil_value }}", "a|a"),
        ("{{ 'a' | append: flag }}|{{ flag | upcase }}|{{ list | append: '!' }}", 'atrue|TRUE|["x", "y"]!'),
        ("{{ 'abc' | replace: '', '-' }}|{{ 'ab' | replace: 'b', '[\\0]' }}|{{ 'abb' | replace_last: 'b', '\\0' }}",
         "-a-b-c-|a[b]|ab\\0"),
        ("{{ 'one two' | truncatewords: 2 }}|{{ 'abcdefghij' | truncate: 10 }}"
         "|{{ 'abcdefghij' | truncate: 3, '.....' }}", "one two|abcdefghij|....."),
        ("{{ 'a,b,,' | split: ',' | size }}|{{ ' a  b ' | split: ' ' | join: '-' }}|{{ number | size }}", "2|a-b|8"),
    ],
)
def test_string_filters_print_values_as_ruby(renderer: LiquidRenderer, template: str, expected: str) -> None:
    context = {"nil_value": None, "flag": True, "list": ["x", "y"], "number": 7}
    assert renderer.render(template, context, path="p.html") == expected

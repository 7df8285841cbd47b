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


def test_default_takes_keyword_arguments_as_a_trailing_hash(renderer: LiquidRenderer) -> None:
    # Ruby Liquid hands keyword arguments to a filter as one trailing hash: `default: site:author`
    # (a typo for `site.author` in Minimal Mistakes forks) is `default({"site" => author})`.
    text = (
        "{%- assign a = page.author | default: page.authors[0] | default: site:author -%}"
        "[{{ a }}][{{ a.name }}][{% if a %}T{% endif %}]"
        "[{{ nil | default: 1, allow_false: true }}][{{ false | default: 1, allow_false: true }}]"
        "[{{ false | default: 1 }}][{{ '' | default: allow_false: true }}]"
    )
    out = renderer.render(text, {"page": {}}, path="p.html")
    assert out == '[{"site"=>nil}][][T][1][false][1][{"allow_false"=>true}]'


def test_contains_is_false_for_values_without_include(renderer: LiquidRenderer) -> None:
    # Ruby: `contains` needs a left side with `include?`; a number or boolean is simply false.
    text = "".join(
        f"[{{% if {left} contains {right} %}}A{{% else %}}B{{% endif %}}]"
        for left, right in (("x", '"rgba"'), ("h", '"a"'), ("n", "1"), ("s", "5"), ("s", "nil"),
                            ("arr", '"1"'), ("t", '"r"'), ("h", "arr"), ("u", "true"))
    )
    data = {"x": 0.5, "h": {"a": 1}, "n": 12, "s": "a5", "arr": [1, 2], "t": True, "u": "true"}
    assert renderer.render(text, data, path="p.html") == "[B][A][B][A][B][B][B][B][A]"


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("escape", "NIL"), ("h", "NIL"), ("url_encode", "NIL"), ("url_decode", "NIL"),
        ("escape_once", '""'), ("uniq", "[]"), ("reverse", "[]"), ("compact", "[]"),
        ("absolute_url", "NIL"), ("truncate: 3", "NIL"), ("strip", '""'),
    ],
)
def test_filters_on_nil_input(renderer: LiquidRenderer, source: str, expected: str) -> None:
    # Liquid 5.4 / Jekyll 4.3.1: which filters give nil back for nil (so a later `if` is false).
    text = f"{{% assign v = nil | {source} %}}{{% if v == nil %}}NIL{{% else %}}{{{{ v | jsonify }}}}{{% endif %}}"
    assert renderer.render(text, {}, path="p.html") == expected


def test_whitespace_control_keeps_the_final_newline_of_later_text(renderer: LiquidRenderer) -> None:
    # `-%}` strips the whitespace after it, not the newline that ends the text following it
    # (Minimal Mistakes' lunr-store.js ends `{%- endfor -%}]` + newline).
    assert renderer.render("[{%- for a in (1..2) -%}{{ a }}{%- endfor -%}]\n", {}, path="s.js") == "[12]\n"
    assert renderer.render("{{ 1 -}} ]\n", {}, path="s.js") == "1]\n"
    assert renderer.render("{{ 1 -}}\n\n", {}, path="s.js") == "1"


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("{% for x in a limit:n %}{{x}}{% endfor %}", ""),  # limit 0: nothing (a "related posts" quota used up)
        ("{% for x in a limit:missing %}{{x}}{% endfor %}", "123"),  # nil: no limit
        ("{% for x in a limit:-1 %}{{x}}{% endfor %}", ""),
        ("{% for x in a offset:-1 %}{{x}}{% endfor %}", "123"),
        ("{% for x in a offset:1 limit:-1 %}{{x}}{% endfor %}", ""),
        ("{% for x in a limit:n %}{{x}}{% else %}E{% endfor %}", "E"),
        ("{% for x in a reversed limit:0 %}{{x}}{% endfor %}", ""),
        ('{% for x in a offset:"2" %}{{x}}{% endfor %}', "3"),
        ("{% for x in a limit:2 %}{{x}}{% endfor %}{% for x in a offset:continue %}{{x}}{% endfor %}", "123"),
    ],
)
def test_for_limit_and_offset_as_ruby_slices(renderer: LiquidRenderer, markup: str, expected: str) -> None:
    assert renderer.render(markup, {"a": [1, 2, 3], "n": 0}, path="p.html") == expected


def test_assign_finds_its_name_anywhere_in_the_markup(renderer: LiquidRenderer, diagnostics: Diagnostics) -> None:
    # Hydejack's `{% assign = data_social = … %}`: Ruby's assign matches `name = value` unanchored.
    text = '{% assign = x = "a" | upcase %}[{{ x }}]'
    assert renderer.render(text, {}, path="p.html") == "[A]"  # Jekyll 4.3.1 printed this
    assert diagnostics.warnings


def test_hash_valued_tags_index_posts_like_ruby() -> None:
    # `tags: [one, Two Words: more]` in YAML makes the second tag a hash; Jekyll files the post under it.
    from homepage_gen.payload import PostIndex, _index_key

    index = PostIndex()
    index.setdefault(_index_key({"Two Words": "more"}), []).append("post")
    assert index[{"Two Words": "more"}] == ["post"]
    assert {"Two Words": "more"} in index
    assert index.get({"Two Words": "more"}) == ["post"]
    assert index["missing"] == []

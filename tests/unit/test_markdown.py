"""Focused behaviour of the kramdown-compatible converter (expected HTML is kramdown's)."""

from __future__ import annotations

import pytest

from homepage_gen.render.highlight import highlight_fenced, highlight_tag
from homepage_gen.render.markdown import KramdownConverter
from tests.domcompare import dom_equal


@pytest.fixture(scope="module")
def md() -> KramdownConverter:
    return KramdownConverter()


def ids(html: str) -> list[str]:
    import re

    return re.findall(r' id="([^"]*)"', html)


# ---- header ids -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("# 🔥 News", "-news"),
        ("# ⌛\t Research Interests", "--research-interests"),
        ("# 👨‍🎓 About Me", "-about-me"),
        ("#### I am a Ph.D. student (HUST), Wuhan", "i-am-a-phd-student-hust-wuhan"),
        ("## Master’s degree", "masters-degree"),
        ('## It\'s "quoted"', "its-quoted"),
        ("## snake_case and dash-name", "snake_case-and-dash-name"),
        ("## Ünïcödé Straße", "ünïcödé-straße"),
        ("## 2024 -- the year...", "2024--the-year"),
        ("## Custom {#my-id}", "my-id"),
    ],
)
def test_gfm_header_ids(md: KramdownConverter, source: str, expected: str) -> None:
    assert ids(md.convert(source)) == [expected]


def test_repeated_headers_are_numbered_per_document(md: KramdownConverter) -> None:
    html = md.convert("## Repeat\n\n## Repeat\n\n## Repeat\n")
    assert ids(html) == ["repeat", "repeat-1", "repeat-2"]
    assert ids(md.convert("## Repeat\n")) == ["repeat"]  # no state leaks between documents


def test_header_text_is_trimmed_and_closing_hashes_dropped(md: KramdownConverter) -> None:
    assert md.convert("### Trailing spaces   \n") == '<h3 id="trailing-spaces">Trailing spaces</h3>\n'
    assert md.convert("### Closing ###\n") == '<h3 id="closing">Closing</h3>\n'
    assert md.convert("#No space\n") == "<p>#No space</p>\n"


def test_auto_ids_can_be_switched_off() -> None:
    assert KramdownConverter({"auto_ids": False}).convert("# Title") == "<h1>Title</h1>\n"


# ---- smart quotes, symbols, entities ------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("\"Double\" and 'single'", "<p>“Double” and ‘single’</p>\n"),
        ("HPDC'24, it's, the '90s", "<p>HPDC’24, it’s, the ’90s</p>\n"),
        ("2019--2020, a---b, wait...", "<p>2019–2020, a—b, wait…</p>\n"),
        ("<< a >> and <<b>>", "<p>«\u00a0a\u00a0» and «b»</p>\n"),
        ('Escaped \\"quote\\"', '<p>Escaped "quote"</p>\n'),
    ],
)
def test_smart_quotes_and_typography(md: KramdownConverter, source: str, expected: str) -> None:
    assert md.convert(source) == expected


def test_entities_and_ampersands(md: KramdownConverter) -> None:
    html = md.convert("&nbsp;x &copy; AT&T &amp; &lt;b&gt; &bogus;")
    assert html == "<p>\u00a0x © AT&amp;T &amp; &lt;b&gt; &amp;bogus;</p>\n"
    numeric = KramdownConverter({"entity_output": "numeric"}).convert("&nbsp;x")
    assert numeric == "<p>&#160;x</p>\n"


def test_configured_smart_quotes() -> None:
    html = KramdownConverter({"smart_quotes": "apos,apos,quot,quot"}).convert("\"a\" 'b'")
    assert html == "<p>\"a\" 'b'</p>\n"


# ---- HTML blocks, markdown="1", comments ---------------------------------------------------


def test_markdown_attribute_parses_html_content(md: KramdownConverter) -> None:
    html = md.convert('<div markdown="1">\n**bold**\n</div>\n\n<div>\n**raw**\n</div>\n')
    assert dom_equal(html, "<div><p><strong>bold</strong></p></div><div>**raw**</div>")[0]


def test_paper_box_nested_markdown(md: KramdownConverter) -> None:
    source = (
        "<div class='paper-box'><div class='paper-box-image'><img src='a.png'></div>\n"
        "<div class='paper-box-text' markdown=\"1\">\n\n[Title](https://x.org)\n\n**Author**\n\n- item\n"
        "</div>\n</div>\n"
    )
    expected = (
        '<div class="paper-box"><div class="paper-box-image"><img src="a.png" /></div>\n'
        '<div class="paper-box-text"><p><a href="https://x.org">Title</a></p>'
        "<p><strong>Author</strong></p><ul><li>item</li></ul></div>\n</div>"
    )
    equal, diff = dom_equal(md.convert(source), expected)
    assert equal, diff


def test_markdown_inside_span_html(md: KramdownConverter) -> None:
    html = md.convert('<span style="color:red;">__`Name`__</span>, rest')
    assert html == (
        '<p><span style="color:red;"><strong><code class="language-plaintext highlighter-rouge">'
        "Name</code></strong></span>, rest</p>\n"
    )


def test_comment_placement(md: KramdownConverter) -> None:
    assert md.convert("<!-- block -->\n") == "<!-- block -->\n"
    assert md.convert(" <!-- indented -->\n") == "<p><!-- indented --></p>\n"


# ---- lists -------------------------------------------------------------------------------


def test_tab_items_and_tight_list(md: KramdownConverter) -> None:
    assert md.convert("-\tone\n-\ttwo\n") == "<ul>\n  <li>one</li>\n  <li>two</li>\n</ul>\n"


def test_loose_list_items_get_paragraphs(md: KramdownConverter) -> None:
    html = md.convert("- one\n\n- two\n")
    assert html == "<ul>\n  <li>\n    <p>one</p>\n  </li>\n  <li>\n    <p>two</p>\n  </li>\n</ul>\n"


def test_last_item_follows_kramdown_rule(md: KramdownConverter) -> None:
    html = md.convert("- a\n- b\n\n- c\n\nafter\n")
    assert "<li>a</li>" in html and "<p>b</p>" in html and "<li>c</li>" in html


def test_lazy_continuation_and_nested_tabs(md: KramdownConverter) -> None:
    html = md.convert("- first\ncontinued\n- parent\n\t- child\n")
    expected = "<ul><li>first continued</li><li>parent<ul><li>child</li></ul></li></ul>"
    assert dom_equal(html, expected)[0]


def test_paragraph_ends_at_list(md: KramdownConverter) -> None:
    assert md.convert("Para\n- item\n") == "<p>Para</p>\n<ul>\n  <li>item</li>\n</ul>\n"


# ---- other constructs --------------------------------------------------------------------


def test_footnote_markup(md: KramdownConverter) -> None:
    html = md.convert("Text[^1].\n\n[^1]: Note.\n")
    assert (
        '<sup id="fnref:1" role="doc-noteref"><a href="#fn:1" class="footnote" rel="footnote">1</a></sup>'
        in html
    )
    assert '<div class="footnotes" role="doc-endnotes">' in html
    assert '<a href="#fnref:1" class="reversefootnote" role="doc-backlink">&#8617;</a>' in html


def test_ial_after_paragraph_and_header(md: KramdownConverter) -> None:
    assert md.convert("Notice.\n{: .notice}\n") == '<p class="notice">Notice.</p>\n'
    html = md.convert('## Head\n{: #x .big data-k="v"}\n')
    assert html == '<h2 id="x" class="big" data-k="v">Head</h2>\n'


def test_gfm_table(md: KramdownConverter) -> None:
    html = md.convert("| a | b |\n|:--|--:|\n| 1 | 2 |\n")
    assert '<th style="text-align: left">a</th>' in html
    assert '<td style="text-align: right">2</td>' in html


def test_strikethrough_autolinks_and_hard_wrap(md: KramdownConverter) -> None:
    assert md.convert("~~gone~~") == "<p><del>gone</del></p>\n"
    assert md.convert("<https://x.org>") == '<p><a href="https://x.org">https://x.org</a></p>\n'
    assert md.convert("a\nb") == "<p>a\nb</p>\n"
    assert KramdownConverter({"hard_wrap": True}).convert("a\nb") == "<p>a<br />\nb</p>\n"


def test_links_keep_urls_verbatim(md: KramdownConverter) -> None:
    assert md.convert("[[Preview]]()") == '<p><a href="">[Preview]</a></p>\n'
    assert md.convert("[x](https://a.org/?a=1&b=2)") == '<p><a href="https://a.org/?a=1&amp;b=2">x</a></p>\n'


def test_fenced_code_is_highlighted(md: KramdownConverter) -> None:
    html = md.convert("```python\nx = 1\n```\n")
    assert html.startswith('<div class="language-python highlighter-rouge"><div class="highlight">')
    unknown = md.convert("```nosuchlang\nx\n```\n")
    assert unknown == '<pre><code class="language-nosuchlang">x\n</code></pre>\n'


def test_degenerate_input_terminates(md: KramdownConverter) -> None:
    # Once looped forever: an indented line starting right after an HTML end tag.
    assert "<code>|\n</code>" in md.convert("<div></div>\t|")


# ---- highlight helpers -------------------------------------------------------------------


def test_highlight_fenced_layout() -> None:
    assert highlight_fenced("a < b\n", None) == (
        '<div class="language-plaintext highlighter-rouge"><div class="highlight">'
        '<pre class="highlight"><code>a &lt; b\n</code></pre></div></div>\n'
    )
    assert '<span class="k">def</span>' in highlight_fenced("def f(): pass\n", "python")


def test_highlight_tag_layout() -> None:
    html = highlight_tag("\nputs 1\n\n", "ruby")
    assert html == (
        '<figure class="highlight"><pre><code class="language-ruby" data-lang="ruby">'
        '<span class="nb">puts</span> <span class="mi">1</span></code></pre></figure>'
    )
    table = highlight_tag("a\nb", "text", linenos=True)
    assert '<td class="gutter gl"><pre class="lineno">1\n2\n</pre></td>' in table

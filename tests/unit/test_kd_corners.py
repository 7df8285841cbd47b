"""kramdown corners found on real sites; every expected string was produced by kramdown 2.4 (GFM)."""

from __future__ import annotations

import pytest

from homepage_gen.render.kd import KramdownConverter
from homepage_gen.render.kd.lines import item_line


@pytest.fixture(scope="module")
def md() -> KramdownConverter:
    return KramdownConverter()


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        # an element's content ends at the first end tag of its own level, else with the paragraph
        ('a <a href="x">b <a href="y">c</a> d e\n', '<p>a <a href="x">b <a href="y">c</a> d e</a></p>\n'),
        ("a <span>b <span>c</span> d</span> e\n", "<p>a <span>b <span>c</span> d</span> e</p>\n"),
        (
            "a <span>`x</span>` y</span> z\n",
            '<p>a <span><code class="language-plaintext highlighter-rouge">x&lt;/span&gt;</code> y</span> z</p>\n',
        ),
        ("a <span>**b</span> c**\n", "<p>a <span><strong>b&lt;/span&gt; c</strong></span></p>\n"),
        ('*a <a href="x">b* e\n', '<p>*a <a href="x">b* e</a></p>\n'),
    ],
)
def test_span_html_nests(md: KramdownConverter, source: str, expected: str) -> None:
    assert md.convert(source) == expected


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("a <foo.bar> b\n", "<p>a <foo.bar> b</foo.bar></p>\n"),
        ("<x.y>text</x.y>\n", "<x.y>text</x.y>\n"),
        ("a <x:y.z> b\n", "<p>a <x:y.z> b</x:y.z></p>\n"),
        ("a <http:> b\n", "<p>a &lt;http:&gt; b</p>\n"),
        ("a <a b@c> b\n", "<p>a &lt;a b@c&gt; b</p>\n"),
        ("a <a b=c-d> b\n", "<p>a &lt;a b=c-d&gt; b</p>\n"),
        ("a <a b=c/> b\n", '<p>a <a b="c"></a> b</p>\n'),
        ("a <x:1> b\n", "<p>a &lt;x:1&gt; b</p>\n"),
        ("<doi:10>\n", "<p>&lt;doi:10&gt;</p>\n"),
        ("<urn:isbn:1>\n", "<p>&lt;urn:isbn:1&gt;</p>\n"),
        ("<tel:123>\n", "<p>&lt;tel:123&gt;</p>\n"),
        ("a <http:>> b\n", '<p>a <a href="http:&gt;">http:&gt;</a> b</p>\n'),
    ],
)
def test_tag_names(md: KramdownConverter, source: str, expected: str) -> None:
    assert md.convert(source) == expected


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("  \ta<b>&c *d*\n", "  \ta<b>&amp;c <em>d</em>\n</b>"),
        (" \ta  \nb\n", " \ta<br />\n<p>b</p>\n"),
        ("x\n  \ta\n", "<p>x\n  \ta</p>\n"),
        ("- x\n\n \ta\n", "<ul>\n  <li>x</li>\n</ul>\n\n \ta\n"),
        ("- x\n\n   \ta\n", "<ul>\n  <li>\n    <p>x</p>\n\n \ta\n  </li>\n</ul>\n"),
        ("100. x\n\ta\n", "<ol>\n  <li>x\n    a</li>\n</ol>\n"),
    ],
)
def test_space_then_tab(md: KramdownConverter, source: str, expected: str) -> None:
    assert md.convert(source) == expected


@pytest.mark.parametrize(
    ("line", "width", "expected"),
    [
        ("\tz", 2, "  z"),
        (" \tz", 2, None),
        ("  \tz", 3, None),
        ("   \tz", 3, "\tz"),
        ("\t z", 5, "z"),
        ("\tz", 5, None),
        ("    \tz", 5, "    \tz"),
        ("     \tz", 6, None),
        ("\t \tz", 5, "\tz"),
        ("\t\t z", 5, "    z"),
    ],
)
def test_item_line(line: str, width: int, expected: str | None) -> None:
    assert item_line(line, width) == expected


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("a $$x$${::comment}hidden{:/comment} b\n", "<p>a \\(x\\)<!-- hidden --> b</p>\n"),
        ("a {::comment}a{::comment}b{:/}c{:/} d\n", "<p>a <!-- a{::comment}b -->c{:/} d</p>\n"),
        ("a {::nomarkdown}*x*{:/} b {::comment /}c\n", "<p>a *x* b c</p>\n"),
        ("a {::foo}x{:/foo} {::comment}y\n", "<p>a {::foo}x{:/foo} {::comment}y</p>\n"),
        ("$$x$$\n{::comment}\nhidden\n{:/comment}\n", "<p>\\(x\\)\n<!-- \nhidden\n --></p>\n"),
        ("{::comment}\na\n\n  b\n{:/comment}\n", "<!-- a\n\n  b -->\n"),
        ("{::comment}\nx{:/comment}\n", "<p><!-- \nx --></p>\n"),
        ("a\n{:/}\nb\n", "<p>a\n{:/}\nb</p>\n"),
        ("a $$a<b$${:.c} b\n", '<p>a <span class="c">$a<b$</span> b</p>\n'),
    ],
)
def test_extensions(md: KramdownConverter, source: str, expected: str) -> None:
    assert md.convert(source) == expected


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        # a lazy marker of the other list type, after a nested list start or a blank line in the
        # item, is indented by the item's width plus four (so it stays text, or code after a fence)
        (
            "1. b\n   * d\n     y\n  * e\n",
            "<ol>\n  <li>b\n    <ul>\n      <li>d\ny\n       * e</li>\n    </ul>\n  </li>\n</ol>\n",
        ),
        ("1. b\n\n   y\n* e\n", "<ol>\n  <li>\n    <p>b</p>\n\n    <p>y\n       * e</p>\n  </li>\n</ol>\n"),
        ("* b\n  1. d\n 1. e\n", "<ul>\n  <li>b\n    <ol>\n      <li>d\n    1. e</li>\n    </ol>\n  </li>\n</ul>\n"),
        # otherwise (or when the blank line belongs to an earlier item) it starts a nested list
        (
            "1. b\n   y\n * e\n * f\n",
            "<ol>\n  <li>b\ny\n    <ul>\n      <li>e</li>\n      <li>f</li>\n    </ul>\n  </li>\n</ol>\n",
        ),
        (
            "1. b\n\n2. c\n * e\n",
            "<ol>\n  <li>\n    <p>b</p>\n  </li>\n  <li>\n    <p>c</p>\n    <ul>\n      <li>e</li>\n    </ul>\n"
            "  </li>\n</ol>\n",
        ),
        (
            "1. b\n   y\n       * d\n * e\n",
            "<ol>\n  <li>b\ny\n    * d\n    <ul>\n      <li>e</li>\n    </ul>\n  </li>\n</ol>\n",
        ),
    ],
)
def test_lazy_other_type_marker(md: KramdownConverter, source: str, expected: str) -> None:
    assert md.convert(source) == expected

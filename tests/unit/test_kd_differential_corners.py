"""kramdown corners found by the differential test (seed 11).

Every expected string was produced by kramdown 2.4 (GFM).
"""

from __future__ import annotations

import pytest

from homepage_gen.render.kd import KramdownConverter

BOX = '<input type="checkbox" class="task-list-item-checkbox" disabled="disabled" />'
CHECKED = '<input type="checkbox" class="task-list-item-checkbox" disabled="disabled" checked="checked" />'


@pytest.fixture(scope="module")
def md() -> KramdownConverter:
    return KramdownConverter()


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        # a task marker alone is a task only in a bare paragraph that another block follows
        (
            "- [ ]\n  > q\n",
            '<ul class="task-list">\n'
            '  <li class="task-list-item">' + BOX + "    <blockquote>\n"
            "      <p>q</p>\n    </blockquote>\n  </li>\n</ul>\n",
        ),
        (
            "- [x]\n1. y\n",
            '<ul class="task-list">\n'
            '  <li class="task-list-item">' + CHECKED + "    <ol>\n"
            "      <li>y</li>\n    </ol>\n  </li>\n</ul>\n",
        ),
        (
            "- [ ]\n",
            "<ul>\n  <li>[ ]</li>\n</ul>\n",
        ),
        (
            "- [ ]\n\n  > q\n",
            "<ul>\n  <li>\n    <p>[ ]</p>\n\n    <blockquote>\n      <p>q</p>\n    </blockquote>\n  </li>\n</ul>\n",
        ),
        (
            "- a\n\n- [ ]\n  > q\n",
            "<ul>\n  <li>\n    <p>a</p>\n  </li>\n  <li>\n    <p>[ ]</p>\n    <blockquote>\n      <p>q</p>\n"
            "    </blockquote>\n  </li>\n</ul>\n",
        ),
        (
            "- [ ]\n  > q\n- b\n",
            '<ul class="task-list">\n'
            '  <li class="task-list-item">' + BOX + "    <blockquote>\n"
            '      <p>q</p>\n    </blockquote>\n  </li>\n  <li class="task-list-item">b</li>\n</ul>\n',
        ),
    ],
)
def test_bare_task_marker(md: KramdownConverter, source: str, expected: str) -> None:
    assert md.convert(source) == expected


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        # a footnote continues with four spaces or a tab; `  <tab>` is not indented there
        (
            "[^n]: A\n  \tB *c*\n",
            "  \tB <em>c</em>\n",
        ),
        (
            "x[^n]\n\n[^n]: A\n    \tB\n",
            '<p>x<sup id="fnref:n" role="doc-noteref"><a href="#fn:n" class="footnote" rel="footnote">1</a></sup></p>\n'
            '\n<div class="footnotes" role="doc-endnotes">\n  <ol>\n    <li id="fn:n" role="doc-endnote">\n'
            "      <p>A\n"
            '\tB\xa0<a href="#fnref:n" class="reversefootnote" role="doc-backlink">&#8617;</a></p>\n    </li>\n'
            "  </ol>\n</div>\n",
        ),
    ],
)
def test_footnote_indent(md: KramdownConverter, source: str, expected: str) -> None:
    assert md.convert(source) == expected


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        # a multi-backtick code span loses one space at each end, nothing more
        (
            "``  a  ``\n",
            '<p><code class="language-plaintext highlighter-rouge"> a </code></p>\n',
        ),
        (
            "``\ta\t``\n",
            '<p><code class="language-plaintext highlighter-rouge">\ta\t</code></p>\n',
        ),
        (
            "```a\n    ```\n",
            '<p><code class="language-plaintext highlighter-rouge">a\n   </code></p>\n',
        ),
    ],
)
def test_codespan_spaces(md: KramdownConverter, source: str, expected: str) -> None:
    assert md.convert(source) == expected


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        # a bare item paragraph that a block follows keeps its final newline in its text
        (
            "- <a>x <a>y</a> z\n  # H\n",
            '<ul>\n  <li><a>x <a>y</a> z\n</a>    <h1 id="h">H</h1>\n  </li>\n</ul>\n',
        ),
        (
            "a\n: <em>x\n  # H\n",
            '<dl>\n  <dt>a</dt>\n  <dd><em>x\n</em>    <h1 id="h">H</h1>\n  </dd>\n</dl>\n',
        ),
        (
            "- x\\\n  # H\n",
            '<ul>\n  <li>x\n    <h1 id="h">H</h1>\n  </li>\n</ul>\n',
        ),
        (
            "- x\\\\\n  # H\n",
            '<ul>\n  <li>x<br />\n    <h1 id="h">H</h1>\n  </li>\n</ul>\n',
        ),
        (
            "- x\\\n  y\n  # H\n",
            '<ul>\n  <li>x<br />\ny\n    <h1 id="h">H</h1>\n  </li>\n</ul>\n',
        ),
    ],
)
def test_bare_paragraph_newline(md: KramdownConverter, source: str, expected: str) -> None:
    assert md.convert(source) == expected

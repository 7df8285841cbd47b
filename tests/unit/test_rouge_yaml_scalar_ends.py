# ruff: noqa: E501
"""YAML highlighting matches rouge 3.30 where a block or plain scalar ends: the next line is
read as a block line (no document marker after a block scalar, no directive), a number
ends a plain scalar, a top-level plain scalar ends at a line that is not indented.

Every expected string was produced by rouge 3.30.0 with
``Rouge::Formatters::HTML.new.format(lexer.lex(code))``, used as a black box.
"""

from __future__ import annotations

import pytest

from homepage_gen.render.highlight import highlight_span

# (code, rouge 3.30 HTML)
CASES = [
    (
        "a: >\n  text\n---\n",
        '<span class="na">a</span><span class="pi">:</span> <span class="pi">&gt;</span>\n  <span class="s">text</span>\n<span class="s">---</span>\n',
    ),
    (
        "a: |\n  text\n---\n",
        '<span class="na">a</span><span class="pi">:</span> <span class="pi">|</span>\n  <span class="s">text</span>\n<span class="s">---</span>\n',
    ),
    (
        "a: >\n  text\n--- \nb: 1\n",
        '<span class="na">a</span><span class="pi">:</span> <span class="pi">&gt;</span>\n  <span class="s">text</span>\n<span class="s">---</span> \n<span class="na">b</span><span class="pi">:</span> <span class="m">1</span>\n',
    ),
    (
        "a: >\n  text\n...\n",
        '<span class="na">a</span><span class="pi">:</span> <span class="pi">&gt;</span>\n  <span class="s">text</span>\n<span class="s">...</span>\n',
    ),
    (
        "a: 1\n---\n",
        '<span class="na">a</span><span class="pi">:</span> <span class="m">1</span>\n<span class="nn">---</span>\n',
    ),
    (
        "# c\nplain text\nkey: v\n",
        '<span class="c1"># c</span>\n<span class="s">plain text</span>\n<span class="na">key</span><span class="pi">:</span> <span class="s">v</span>\n',
    ),
    (
        "plain text\nkey: v\n",
        '<span class="s">plain text</span>\n<span class="na">key</span><span class="pi">:</span> <span class="s">v</span>\n',
    ),
    (
        "plain\nkey: v\n",
        '<span class="s">plain</span>\n<span class="na">key</span><span class="pi">:</span> <span class="s">v</span>\n',
    ),
    (
        "x\n# c\nplain text\nkey: v\nk2: w\n",
        '<span class="s">x</span>\n<span class="c1"># c</span>\n<span class="s">plain text</span>\n<span class="na">key</span><span class="pi">:</span> <span class="s">v</span>\n<span class="na">k2</span><span class="pi">:</span> <span class="s">w</span>\n',
    ),
    (
        "a: >\n  t\n---\nb: |\n  u\n---\n",
        '<span class="na">a</span><span class="pi">:</span> <span class="pi">&gt;</span>\n  <span class="s">t</span>\n<span class="s">---</span>\n<span class="na">b</span><span class="pi">:</span> <span class="pi">|</span>\n  <span class="s">u</span>\n<span class="s">---</span>\n',
    ),
    (
        "a:\n  b: >\n    t\n---\n",
        '<span class="na">a</span><span class="pi">:</span>\n  <span class="na">b</span><span class="pi">:</span> <span class="pi">&gt;</span>\n    <span class="s">t</span>\n<span class="s">---</span>\n',
    ),
    (
        "- >\n  t\n---\n",
        '<span class="pi">-</span> <span class="pi">&gt;</span>\n  <span class="s">t</span>\n<span class="s">---</span>\n',
    ),
    (
        "plain text\n  key: v\n",
        '<span class="s">plain text</span>\n  <span class="s">key</span><span class="err">:</span> <span class="s">v</span>\n',
    ),
    (
        "a: b\nplain text\nkey: v\n",
        '<span class="na">a</span><span class="pi">:</span> <span class="s">b</span>\n<span class="s">plain text</span>\n<span class="na">key</span><span class="pi">:</span> <span class="s">v</span>\n',
    ),
    (
        "a: >\n  t\n--- x\n",
        '<span class="na">a</span><span class="pi">:</span> <span class="pi">&gt;</span>\n  <span class="s">t</span>\n<span class="s">--- x</span>\n',
    ),
    (
        "a: >\n  t\n---\n---\n",
        '<span class="na">a</span><span class="pi">:</span> <span class="pi">&gt;</span>\n  <span class="s">t</span>\n<span class="s">---</span>\n<span class="nn">---</span>\n',
    ),
    (
        "a: >\n  t\n# c\n---\n",
        '<span class="na">a</span><span class="pi">:</span> <span class="pi">&gt;</span>\n  <span class="s">t</span>\n<span class="c1"># c</span>\n<span class="nn">---</span>\n',
    ),
    (
        "a: >\n  t\n\n---\n",
        '<span class="na">a</span><span class="pi">:</span> <span class="pi">&gt;</span>\n  <span class="s">t</span>\n\n<span class="s">---</span>\n',
    ),
    (
        "a: >\n  t\n- x\n---\n",
        '<span class="na">a</span><span class="pi">:</span> <span class="pi">&gt;</span>\n  <span class="s">t</span>\n<span class="pi">-</span> <span class="s">x</span>\n<span class="nn">---</span>\n',
    ),
    (
        "a: >\n  t\nb: 1\n---\n",
        '<span class="na">a</span><span class="pi">:</span> <span class="pi">&gt;</span>\n  <span class="s">t</span>\n<span class="na">b</span><span class="pi">:</span> <span class="m">1</span>\n<span class="nn">---</span>\n',
    ),
    (
        "a: >\n  t\nfoo\nbar: 1\n",
        '<span class="na">a</span><span class="pi">:</span> <span class="pi">&gt;</span>\n  <span class="s">t</span>\n<span class="s">foo</span>\n<span class="na">bar</span><span class="pi">:</span> <span class="m">1</span>\n',
    ),
    (
        "a: >\n  t\n---\nfoo\nbar: 1\n",
        '<span class="na">a</span><span class="pi">:</span> <span class="pi">&gt;</span>\n  <span class="s">t</span>\n<span class="s">---</span>\n<span class="s">foo</span>\n<span class="na">bar</span><span class="pi">:</span> <span class="m">1</span>\n',
    ),
    (
        "a: >\n  t\n--- # c\n",
        '<span class="na">a</span><span class="pi">:</span> <span class="pi">&gt;</span>\n  <span class="s">t</span>\n<span class="s">---</span> <span class="c1"># c</span>\n',
    ),
    (
        "a: >\n  t\n--- |\n  x\n",
        '<span class="na">a</span><span class="pi">:</span> <span class="pi">&gt;</span>\n  <span class="s">t</span>\n<span class="s">--- |</span>\n  <span class="s">x</span>\n',
    ),
    (
        "a: >\n  t\n---\n  b: 1\n",
        '<span class="na">a</span><span class="pi">:</span> <span class="pi">&gt;</span>\n  <span class="s">t</span>\n<span class="s">---</span>\n  <span class="s">b</span><span class="err">:</span> <span class="m">1</span>\n',
    ),
    (
        "a: >\n  t\n%YAML 1.2\n",
        '<span class="na">a</span><span class="pi">:</span> <span class="pi">&gt;</span>\n  <span class="s">t</span>\n<span class="err">%</span><span class="s">YAML </span><span class="m">1.2</span>\n',
    ),
    (
        "a: >\n  t\n...\n---\n",
        '<span class="na">a</span><span class="pi">:</span> <span class="pi">&gt;</span>\n  <span class="s">t</span>\n<span class="s">...</span>\n<span class="nn">---</span>\n',
    ),
    ("x\n12\n", '<span class="s">x</span>\n<span class="m">12</span>\n'),
    ("x\ntrue\n", '<span class="s">x</span>\n<span class="no">true</span>\n'),
    ("x\n- a\n", '<span class="s">x</span>\n<span class="pi">-</span> <span class="s">a</span>\n'),
    (
        "x\n  y\nz: 1\n",
        '<span class="s">x</span>\n  <span class="s">y</span>\n<span class="na">z</span><span class="pi">:</span> <span class="m">1</span>\n',
    ),
    (
        "x\n\ny: 1\n",
        '<span class="s">x</span>\n\n<span class="na">y</span><span class="pi">:</span> <span class="m">1</span>\n',
    ),
    ("- x\ny\n", '<span class="pi">-</span> <span class="s">x</span>\n<span class="s">y</span>\n'),
    (
        "- x\n  y\nz\n",
        '<span class="pi">-</span> <span class="s">x</span>\n  <span class="s">y</span>\n<span class="s">z</span>\n',
    ),
    ("x y\n z\n", '<span class="s">x y</span>\n <span class="s">z</span>\n'),
    ("? a\nb\n", '<span class="pi">?</span> <span class="s">a</span>\n<span class="s">b</span>\n'),
    (
        "x: |\n  a\n b\n",
        '<span class="na">x</span><span class="pi">:</span> <span class="pi">|</span>\n  <span class="s">a</span>\n <span class="s">b</span>\n',
    ),
    (
        "x:\n  - |\n    a\n  - b\nc: 1\n",
        '<span class="na">x</span><span class="pi">:</span>\n  <span class="pi">-</span> <span class="pi">|</span>\n    <span class="s">a</span>\n  <span class="pi">-</span> <span class="s">b</span>\n<span class="na">c</span><span class="pi">:</span> <span class="m">1</span>\n',
    ),
    (
        "a: >\n  t\n  - x\n",
        '<span class="na">a</span><span class="pi">:</span> <span class="pi">&gt;</span>\n  <span class="s">t</span>\n  <span class="s">- x</span>\n',
    ),
    (
        "a:\n  b: >\n    t\n  ---\n  c: 1\n",
        '<span class="na">a</span><span class="pi">:</span>\n  <span class="na">b</span><span class="pi">:</span> <span class="pi">&gt;</span>\n    <span class="s">t</span>\n  <span class="s">---</span>\n  <span class="na">c</span><span class="pi">:</span> <span class="m">1</span>\n',
    ),
    (
        "a:\n  b: |\n    t\n  x\n  c: 1\nd: 2\n",
        '<span class="na">a</span><span class="pi">:</span>\n  <span class="na">b</span><span class="pi">:</span> <span class="pi">|</span>\n    <span class="s">t</span>\n  <span class="s">x</span>\n  <span class="na">c</span><span class="pi">:</span> <span class="m">1</span>\n<span class="na">d</span><span class="pi">:</span> <span class="m">2</span>\n',
    ),
    (
        "k: v\nplain\n  more\nz: 1\n",
        '<span class="na">k</span><span class="pi">:</span> <span class="s">v</span>\n<span class="s">plain</span>\n  <span class="s">more</span>\n<span class="na">z</span><span class="pi">:</span> <span class="m">1</span>\n',
    ),
    (
        "'q'\nk: 1\n",
        '<span class="s1">\'</span><span class="s">q\'</span>\n<span class="na">k</span><span class="pi">:</span> <span class="m">1</span>\n',
    ),
    (
        "a: 'x\ny'\nb: 1\n",
        '<span class="na">a</span><span class="pi">:</span> <span class="s1">\'</span><span class="s">x</span>\n<span class="s">y\'</span>\n<span class="na">b</span><span class="pi">:</span> <span class="m">1</span>\n',
    ),
    (
        "---\nx\ny: 1\n",
        '<span class="nn">---</span>\n<span class="s">x</span>\n<span class="na">y</span><span class="pi">:</span> <span class="m">1</span>\n',
    ),
    (
        "--- x\ny: 1\n",
        '<span class="nn">---</span> <span class="s">x</span>\n<span class="na">y</span><span class="pi">:</span> <span class="m">1</span>\n',
    ),
    (
        "a: >\n  t\n  \n---\n",
        '<span class="na">a</span><span class="pi">:</span> <span class="pi">&gt;</span>\n  <span class="s">t</span>\n  \n<span class="s">---</span>\n',
    ),
    (
        "a: |-\n  t\n---\n",
        '<span class="na">a</span><span class="pi">:</span> <span class="pi">|-</span>\n  <span class="s">t</span>\n<span class="s">---</span>\n',
    ),
    ("a: 1 \n", '<span class="na">a</span><span class="pi">:</span> <span class="s">1</span> \n'),
    (
        "a: 1\t\n",
        '<span class="na">a</span><span class="pi">:</span> <span class="s">1</span><span class="err">\t</span>\n',
    ),
    (
        "a: 1\r\n",
        '<span class="na">a</span><span class="pi">:</span> <span class="m">1</span><span class="err">\r</span>\n',
    ),
    ("a: 1 x\n", '<span class="na">a</span><span class="pi">:</span> <span class="s">1 x</span>\n'),
    (
        "a: 1  # c\n",
        '<span class="na">a</span><span class="pi">:</span> <span class="m">1</span>  <span class="c1"># c</span>\n',
    ),
    (
        "a: 1\t# c\n",
        '<span class="na">a</span><span class="pi">:</span> <span class="s">1</span><span class="err">\t</span><span class="s"># c</span>\n',
    ),
    (
        "a: 1.5\r\n",
        '<span class="na">a</span><span class="pi">:</span> <span class="m">1.5</span><span class="err">\r</span>\n',
    ),
    (
        "a: x 1\r\n",
        '<span class="na">a</span><span class="pi">:</span> <span class="s">x </span><span class="m">1</span><span class="err">\r</span>\n',
    ),
    ("a: x 1 \n", '<span class="na">a</span><span class="pi">:</span> <span class="s">x 1</span> \n'),
    ("a: 1", '<span class="na">a</span><span class="pi">:</span> <span class="s">1</span>'),
    (
        "a: 1\x0c\n",
        '<span class="na">a</span><span class="pi">:</span> <span class="s">1</span><span class="err">\x0c</span>\n',
    ),
    (
        "a: 1 \t\n",
        '<span class="na">a</span><span class="pi">:</span> <span class="s">1 </span><span class="err">\t</span>\n',
    ),
    (
        "a: true\r\n",
        '<span class="na">a</span><span class="pi">:</span> <span class="no">true</span><span class="err">\r</span>\n',
    ),
    (
        "a: 1\n%YAML 1.2\n",
        '<span class="na">a</span><span class="pi">:</span> <span class="m">1</span>\n<span class="nt">%YAML</span> <span class="m">1.2</span>\n',
    ),
    (
        "a: b\nc\n%YAML 1.2\n",
        '<span class="na">a</span><span class="pi">:</span> <span class="s">b</span>\n<span class="s">c</span>\n<span class="err">%</span><span class="s">YAML </span><span class="m">1.2</span>\n',
    ),
    (
        "x\n%YAML 1.2\n",
        '<span class="s">x</span>\n<span class="err">%</span><span class="s">YAML </span><span class="m">1.2</span>\n',
    ),
    ("...\n%YAML 1.2\n", '<span class="nn">...</span>\n<span class="nt">%YAML</span> <span class="m">1.2</span>\n'),
    ("---\n%YAML 1.2\n", '<span class="nn">---</span>\n<span class="nt">%YAML</span> <span class="m">1.2</span>\n'),
    ("# c\n%YAML 1.2\n", '<span class="c1"># c</span>\n<span class="nt">%YAML</span> <span class="m">1.2</span>\n'),
    (
        "a: 1\n...\n%YAML 1.2\n",
        '<span class="na">a</span><span class="pi">:</span> <span class="m">1</span>\n<span class="nn">...</span>\n<span class="nt">%YAML</span> <span class="m">1.2</span>\n',
    ),
    ("x\n---\n", '<span class="s">x</span>\n<span class="nn">---</span>\n'),
    (
        "a: b\n  c\n---\n",
        '<span class="na">a</span><span class="pi">:</span> <span class="s">b</span>\n  <span class="s">c</span>\n<span class="nn">---</span>\n',
    ),
    ("x\n...\n", '<span class="s">x</span>\n<span class="nn">...</span>\n'),
    (
        "x\n# c\n%YAML 1.2\n",
        '<span class="s">x</span>\n<span class="c1"># c</span>\n<span class="nt">%YAML</span> <span class="m">1.2</span>\n',
    ),
    (
        "x\n\n%YAML 1.2\n",
        '<span class="s">x</span>\n\n<span class="err">%</span><span class="s">YAML </span><span class="m">1.2</span>\n',
    ),
    (
        "x\n- a\n%YAML 1.2\n",
        '<span class="s">x</span>\n<span class="pi">-</span> <span class="s">a</span>\n<span class="err">%</span><span class="s">YAML </span><span class="m">1.2</span>\n',
    ),
    (
        "- x\n%YAML 1.2\n",
        '<span class="pi">-</span> <span class="s">x</span>\n<span class="err">%</span><span class="s">YAML </span><span class="m">1.2</span>\n',
    ),
    (
        "a: b\n%YAML 1.2\n",
        '<span class="na">a</span><span class="pi">:</span> <span class="s">b</span>\n<span class="err">%</span><span class="s">YAML </span><span class="m">1.2</span>\n',
    ),
    (
        "a: x 1\n%YAML 1.2\n",
        '<span class="na">a</span><span class="pi">:</span> <span class="s">x </span><span class="m">1</span>\n<span class="nt">%YAML</span> <span class="m">1.2</span>\n',
    ),
    (
        "a: true\n%YAML 1.2\n",
        '<span class="na">a</span><span class="pi">:</span> <span class="no">true</span>\n<span class="err">%</span><span class="s">YAML </span><span class="m">1.2</span>\n',
    ),
    (
        "a: 1\n  b: c\n",
        '<span class="na">a</span><span class="pi">:</span> <span class="m">1</span>\n  <span class="na">b</span><span class="pi">:</span> <span class="s">c</span>\n',
    ),
    (
        "a: x 1\n  b: c\n",
        '<span class="na">a</span><span class="pi">:</span> <span class="s">x </span><span class="m">1</span>\n  <span class="na">b</span><span class="pi">:</span> <span class="s">c</span>\n',
    ),
    (
        "a: b\n  c: d\n",
        '<span class="na">a</span><span class="pi">:</span> <span class="s">b</span>\n  <span class="s">c</span><span class="err">:</span> <span class="s">d</span>\n',
    ),
    (
        "a: 'q'\n%YAML 1.2\n",
        '<span class="na">a</span><span class="pi">:</span> <span class="s1">\'</span><span class="s">q\'</span>\n<span class="nt">%YAML</span> <span class="m">1.2</span>\n',
    ),
    (
        "a: [1]\n%YAML 1.2\n",
        '<span class="na">a</span><span class="pi">:</span> <span class="pi">[</span><span class="nv">1</span><span class="pi">]</span>\n<span class="nt">%YAML</span> <span class="m">1.2</span>\n',
    ),
    (
        "a: 1  # c\n%YAML 1.2\n",
        '<span class="na">a</span><span class="pi">:</span> <span class="m">1</span>  <span class="c1"># c</span>\n<span class="nt">%YAML</span> <span class="m">1.2</span>\n',
    ),
    (
        "a: b # c\n%YAML 1.2\n",
        '<span class="na">a</span><span class="pi">:</span> <span class="s">b</span> <span class="c1"># c</span>\n<span class="nt">%YAML</span> <span class="m">1.2</span>\n',
    ),
    (
        "a: b \n%YAML 1.2\n",
        '<span class="na">a</span><span class="pi">:</span> <span class="s">b</span> \n<span class="err">%</span><span class="s">YAML </span><span class="m">1.2</span>\n',
    ),
    (
        "a: 1\r\n%YAML 1.2\n",
        '<span class="na">a</span><span class="pi">:</span> <span class="m">1</span><span class="err">\r</span>\n<span class="nt">%YAML</span> <span class="m">1.2</span>\n',
    ),
    (
        "a: 1.5\n  b: c\n",
        '<span class="na">a</span><span class="pi">:</span> <span class="m">1.5</span>\n  <span class="na">b</span><span class="pi">:</span> <span class="s">c</span>\n',
    ),
    (
        "- 1\n%YAML 1.2\n",
        '<span class="pi">-</span> <span class="m">1</span>\n<span class="nt">%YAML</span> <span class="m">1.2</span>\n',
    ),
    ("1\n%YAML 1.2\n", '<span class="m">1</span>\n<span class="nt">%YAML</span> <span class="m">1.2</span>\n'),
]


@pytest.mark.parametrize(("code", "rouge"), CASES)
def test_matches_rouge(code: str, rouge: str) -> None:
    assert highlight_span(code, "yaml") == rouge

# ruff: noqa: E501
"""YAML highlighting matches rouge 3.30 byte-for-byte on tricky inputs.

Every expected string was produced by rouge 3.30.0 with
``Rouge::Formatters::HTML.new.format(lexer.lex(code))``, used as a black box.
"""

from __future__ import annotations

import pytest

from homepage_gen.render.highlight import highlight_span

# (code, rouge 3.30 HTML)
CASES = [
    ("key: 5\n", '<span class="na">key</span><span class="pi">:</span> <span class="m">5</span>\n'),
    ("key: -5\n", '<span class="na">key</span><span class="pi">:</span> <span class="s">-5</span>\n'),
    ("key: +5\n", '<span class="na">key</span><span class="pi">:</span> <span class="s">+5</span>\n'),
    ("key: 0.1\n", '<span class="na">key</span><span class="pi">:</span> <span class="m">0.1</span>\n'),
    ("key: .5\n", '<span class="na">key</span><span class="pi">:</span> <span class="s">.5</span>\n'),
    ("key: 5.\n", '<span class="na">key</span><span class="pi">:</span> <span class="s">5.</span>\n'),
    ("key: 1e3\n", '<span class="na">key</span><span class="pi">:</span> <span class="s">1e3</span>\n'),
    ("key: 1.0e-4\n", '<span class="na">key</span><span class="pi">:</span> <span class="s">1.0e-4</span>\n'),
    ("key: 0x1F\n", '<span class="na">key</span><span class="pi">:</span> <span class="s">0x1F</span>\n'),
    ("key: 0o7\n", '<span class="na">key</span><span class="pi">:</span> <span class="s">0o7</span>\n'),
    ("key: 1_000\n", '<span class="na">key</span><span class="pi">:</span> <span class="s">1_000</span>\n'),
    ("key: 5 apples\n", '<span class="na">key</span><span class="pi">:</span> <span class="s">5 apples</span>\n'),
    (
        "key: apples 5\n",
        '<span class="na">key</span><span class="pi">:</span> <span class="s">apples </span><span class="m">5</span>\n',
    ),
    ("key: true\n", '<span class="na">key</span><span class="pi">:</span> <span class="no">true</span>\n'),
    ("key: True\n", '<span class="na">key</span><span class="pi">:</span> <span class="s">True</span>\n'),
    ("key: TRUE\n", '<span class="na">key</span><span class="pi">:</span> <span class="s">TRUE</span>\n'),
    ("key: false\n", '<span class="na">key</span><span class="pi">:</span> <span class="no">false</span>\n'),
    ("key: null\n", '<span class="na">key</span><span class="pi">:</span> <span class="no">null</span>\n'),
    ("key: Null\n", '<span class="na">key</span><span class="pi">:</span> <span class="s">Null</span>\n'),
    ("key: ~\n", '<span class="na">key</span><span class="pi">:</span> <span class="s">~</span>\n'),
    ("key: yes\n", '<span class="na">key</span><span class="pi">:</span> <span class="s">yes</span>\n'),
    ("key: no\n", '<span class="na">key</span><span class="pi">:</span> <span class="s">no</span>\n'),
    ("key: on\n", '<span class="na">key</span><span class="pi">:</span> <span class="s">on</span>\n'),
    ("key: off\n", '<span class="na">key</span><span class="pi">:</span> <span class="s">off</span>\n'),
    ("key: y\n", '<span class="na">key</span><span class="pi">:</span> <span class="s">y</span>\n'),
    ("key: n\n", '<span class="na">key</span><span class="pi">:</span> <span class="s">n</span>\n'),
    ("key: 2019-02-01\n", '<span class="na">key</span><span class="pi">:</span> <span class="s">2019-02-01</span>\n'),
    ("key: 12:30\n", '<span class="na">key</span><span class="pi">:</span> <span class="s">12:30</span>\n'),
    ("key: 1.2.3\n", '<span class="na">key</span><span class="pi">:</span> <span class="s">1.2.3</span>\n'),
    ("key: 3.10\n", '<span class="na">key</span><span class="pi">:</span> <span class="m">3.10</span>\n'),
    ("key: -0.5\n", '<span class="na">key</span><span class="pi">:</span> <span class="s">-0.5</span>\n'),
    ("key: .inf\n", '<span class="na">key</span><span class="pi">:</span> <span class="s">.inf</span>\n'),
    ("key: -.inf\n", '<span class="na">key</span><span class="pi">:</span> <span class="s">-.inf</span>\n'),
    ("key: .nan\n", '<span class="na">key</span><span class="pi">:</span> <span class="s">.nan</span>\n'),
    (
        "key: true story\n",
        '<span class="na">key</span><span class="pi">:</span> <span class="no">true</span><span class="s"> story</span>\n',
    ),
    ("key: 5,6\n", '<span class="na">key</span><span class="pi">:</span> <span class="s">5,6</span>\n'),
    ("key: 0\n", '<span class="na">key</span><span class="pi">:</span> <span class="m">0</span>\n'),
    ("key: 007\n", '<span class="na">key</span><span class="pi">:</span> <span class="m">007</span>\n'),
    ("key: 1e\n", '<span class="na">key</span><span class="pi">:</span> <span class="s">1e</span>\n'),
    (
        "key: 1:\n",
        '<span class="na">key</span><span class="pi">:</span> <span class="na">1</span><span class="pi">:</span>\n',
    ),
    (
        "key: a: b\n",
        '<span class="na">key</span><span class="pi">:</span> <span class="na">a</span><span class="pi">:</span> <span class="s">b</span>\n',
    ),
    (
        "key: !!str 5\n",
        '<span class="na">key</span><span class="pi">:</span> <span class="kt">!!str</span> <span class="m">5</span>\n',
    ),
    (
        "key: !custom x\n",
        '<span class="na">key</span><span class="pi">:</span> <span class="kt">!custom</span> <span class="s">x</span>\n',
    ),
    (
        "key: &a 5\n",
        '<span class="na">key</span><span class="pi">:</span> <span class="nl">&amp;a</span> <span class="m">5</span>\n',
    ),
    ("key: *a\n", '<span class="na">key</span><span class="pi">:</span> <span class="nv">*a</span>\n'),
    (
        "key: @x\n",
        '<span class="na">key</span><span class="pi">:</span> <span class="err">@</span><span class="s">x</span>\n',
    ),
    (
        "key: `x\n",
        '<span class="na">key</span><span class="pi">:</span> <span class="err">`</span><span class="s">x</span>\n',
    ),
    (
        "key: %x\n",
        '<span class="na">key</span><span class="pi">:</span> <span class="err">%</span><span class="s">x</span>\n',
    ),
    (
        "key: | x\n",
        '<span class="na">key</span><span class="pi">:</span> <span class="pi">|</span> <span class="err">x</span>\n',
    ),
    (
        "key: [1, true, x y, 'q', \"d\"]\n",
        '<span class="na">key</span><span class="pi">:</span> <span class="pi">[</span><span class="nv">1</span><span class="pi">,</span> <span class="nv">true</span><span class="pi">,</span> <span class="nv">x y</span><span class="pi">,</span> <span class="s1">\'</span><span class="s">q\'</span><span class="pi">,</span> <span class="s2">"</span><span class="s">d"</span><span class="pi">]</span>\n',
    ),
    (
        "key: {k: 5, t: true}\n",
        '<span class="na">key</span><span class="pi">:</span> <span class="pi">{</span><span class="nv">k</span><span class="pi">:</span> <span class="nv">5</span><span class="pi">,</span> <span class="nv">t</span><span class="pi">:</span> <span class="nv">true</span><span class="pi">}</span>\n',
    ),
    (
        "key: 'it''s'\n",
        '<span class="na">key</span><span class="pi">:</span> <span class="s1">\'</span><span class="s">it\'</span><span class="s1">\'</span><span class="s">s\'</span>\n',
    ),
    (
        'key: "a\\tb\\x41"\n',
        '<span class="na">key</span><span class="pi">:</span> <span class="s2">"</span><span class="s">a</span><span class="se">\\t</span><span class="s">b</span><span class="se">\\x41</span><span class="s">"</span>\n',
    ),
    (
        'key: "multi\n  line"\n',
        '<span class="na">key</span><span class="pi">:</span> <span class="s2">"</span><span class="s">multi</span>\n  <span class="s">line"</span>\n',
    ),
    (
        "key: x # comment\n",
        '<span class="na">key</span><span class="pi">:</span> <span class="s">x</span> <span class="c1"># comment</span>\n',
    ),
    (
        "key: x#notcomment\n",
        '<span class="na">key</span><span class="pi">:</span> <span class="s">x#notcomment</span>\n',
    ),
    (
        "key: 'a' # c\n",
        '<span class="na">key</span><span class="pi">:</span> <span class="s1">\'</span><span class="s">a\'</span> <span class="c1"># c</span>\n',
    ),
    (
        "key: https://x.y/z#frag\n",
        '<span class="na">key</span><span class="pi">:</span> <span class="s">https://x.y/z#frag</span>\n',
    ),
    ("- 5\n", '<span class="pi">-</span> <span class="m">5</span>\n'),
    ("- true\n", '<span class="pi">-</span> <span class="no">true</span>\n'),
    ("- x\n", '<span class="pi">-</span> <span class="s">x</span>\n'),
    ("- - y\n", '<span class="pi">-</span> <span class="pi">-</span> <span class="s">y</span>\n'),
    (
        "- a: 5\n",
        '<span class="pi">-</span> <span class="na">a</span><span class="pi">:</span> <span class="m">5</span>\n',
    ),
    (
        "a:\n  - 1\n  - b: 2\n    c: true\n",
        '<span class="na">a</span><span class="pi">:</span>\n  <span class="pi">-</span> <span class="m">1</span>\n  <span class="pi">-</span> <span class="na">b</span><span class="pi">:</span> <span class="m">2</span>\n    <span class="na">c</span><span class="pi">:</span> <span class="no">true</span>\n',
    ),
    (
        "%YAML 1.2\n---\nx: 1\n...\n",
        '<span class="nt">%YAML</span> <span class="m">1.2</span>\n<span class="nn">---</span>\n<span class="na">x</span><span class="pi">:</span> <span class="m">1</span>\n<span class="nn">...</span>\n',
    ),
    (
        "# c1\n# c2\nx: 1 # c3\n",
        '<span class="c1"># c1</span>\n<span class="c1"># c2</span>\n<span class="na">x</span><span class="pi">:</span> <span class="m">1</span> <span class="c1"># c3</span>\n',
    ),
    (
        "? a\n: b\n",
        '<span class="pi">?</span> <span class="s">a</span>\n<span class="pi">:</span> <span class="s">b</span>\n',
    ),
    (
        "x: >+\n  a\n\n  b\ny: 1\n",
        '<span class="na">x</span><span class="pi">:</span> <span class="pi">&gt;+</span>\n  <span class="s">a</span>\n\n  <span class="s">b</span>\n<span class="na">y</span><span class="pi">:</span> <span class="m">1</span>\n',
    ),
    (
        "x: |2-\n    a\n",
        '<span class="na">x</span><span class="pi">:</span> <span class="pi">|2-</span>\n    <span class="s">a</span>\n',
    ),
    (
        "x:\n  |\n  a\n",
        '<span class="na">x</span><span class="pi">:</span>\n  <span class="pi">|</span>\n  <span class="s">a</span>\n',
    ),
    ("a b: c d\n", '<span class="na">a b</span><span class="pi">:</span> <span class="s">c d</span>\n'),
    (
        "'k': v\n",
        '<span class="s1">\'</span><span class="s">k\'</span><span class="err">:</span> <span class="s">v</span>\n',
    ),
    (
        '"k": v\n',
        '<span class="s2">"</span><span class="s">k"</span><span class="err">:</span> <span class="s">v</span>\n',
    ),
    ("k:v\n", '<span class="s">k:v</span>\n'),
    ("k :v\n", '<span class="s">k :v</span>\n'),
    (
        "- [a, b]: c\n",
        '<span class="pi">-</span> <span class="pi">[</span><span class="nv">a</span><span class="pi">,</span> <span class="nv">b</span><span class="pi">]</span><span class="err">:</span> <span class="s">c</span>\n',
    ),
    (
        "x: 1\n\n\ny: 2\n",
        '<span class="na">x</span><span class="pi">:</span> <span class="m">1</span>\n\n\n<span class="na">y</span><span class="pi">:</span> <span class="m">2</span>\n',
    ),
    (
        "  indented: 1\nback: 2\n",
        '  <span class="na">indented</span><span class="pi">:</span> <span class="m">1</span>\n<span class="na">back</span><span class="pi">:</span> <span class="m">2</span>\n',
    ),
    (
        "x: 'a\n  b'\n",
        '<span class="na">x</span><span class="pi">:</span> <span class="s1">\'</span><span class="s">a</span>\n  <span class="s">b\'</span>\n',
    ),
    (
        "x: !!binary |\n  R0lG\n",
        '<span class="na">x</span><span class="pi">:</span> <span class="kt">!!binary</span> <span class="pi">|</span>\n  <span class="s">R0lG</span>\n',
    ),
    (
        "key: &anc\n  a: 1\nother: *anc\n",
        '<span class="na">key</span><span class="pi">:</span> <span class="nl">&amp;anc</span>\n  <span class="na">a</span><span class="pi">:</span> <span class="m">1</span>\n<span class="na">other</span><span class="pi">:</span> <span class="nv">*anc</span>\n',
    ),
    (
        "tab:\tvalue\n",
        '<span class="na">tab</span><span class="pi">:</span><span class="err">\t</span><span class="s">value</span>\n',
    ),
    (
        "k: v\nplain text line\n",
        '<span class="na">k</span><span class="pi">:</span> <span class="s">v</span>\n<span class="s">plain text line</span>\n',
    ),
    ("k: 5\n", '<span class="na">k</span><span class="pi">:</span> <span class="m">5</span>\n'),
    (
        "key: x true y\n",
        '<span class="na">key</span><span class="pi">:</span> <span class="s">x </span><span class="no">true</span><span class="s"> y</span>\n',
    ),
    ("key: x 5 y\n", '<span class="na">key</span><span class="pi">:</span> <span class="s">x 5 y</span>\n'),
    (
        "key: 5 # c\n",
        '<span class="na">key</span><span class="pi">:</span> <span class="m">5</span> <span class="c1"># c</span>\n',
    ),
    (
        "key: true5\n",
        '<span class="na">key</span><span class="pi">:</span> <span class="no">true</span><span class="m">5</span>\n',
    ),
    (
        "key: truex\n",
        '<span class="na">key</span><span class="pi">:</span> <span class="no">true</span><span class="s">x</span>\n',
    ),
    ("key: 5 \n", '<span class="na">key</span><span class="pi">:</span> <span class="s">5</span> \n'),
    (
        "key: 5  # c\n",
        '<span class="na">key</span><span class="pi">:</span> <span class="m">5</span>  <span class="c1"># c</span>\n',
    ),
    (
        "key: 5 6\n",
        '<span class="na">key</span><span class="pi">:</span> <span class="s">5 </span><span class="m">6</span>\n',
    ),
    (
        "key: a 5.5\n",
        '<span class="na">key</span><span class="pi">:</span> <span class="s">a </span><span class="m">5.5</span>\n',
    ),
    (
        "key: x null\n",
        '<span class="na">key</span><span class="pi">:</span> <span class="s">x </span><span class="no">null</span>\n',
    ),
    (
        "key: falsey\n",
        '<span class="na">key</span><span class="pi">:</span> <span class="no">false</span><span class="s">y</span>\n',
    ),
    ("key: x-true\n", '<span class="na">key</span><span class="pi">:</span> <span class="s">x-true</span>\n'),
    ("key: 5x\n", '<span class="na">key</span><span class="pi">:</span> <span class="s">5x</span>\n'),
    ("key: x5\n", '<span class="na">key</span><span class="pi">:</span> <span class="s">x5</span>\n'),
    (
        "key: 1.5 2.5\n",
        '<span class="na">key</span><span class="pi">:</span> <span class="s">1.5 </span><span class="m">2.5</span>\n',
    ),
    (
        "key: true false\n",
        '<span class="na">key</span><span class="pi">:</span> <span class="no">true</span><span class="s"> </span><span class="no">false</span>\n',
    ),
    (
        "- x true y\n",
        '<span class="pi">-</span> <span class="s">x </span><span class="no">true</span><span class="s"> y</span>\n',
    ),
    ("- x 5 y\n", '<span class="pi">-</span> <span class="s">x 5 y</span>\n'),
    ("- 5 # c\n", '<span class="pi">-</span> <span class="m">5</span> <span class="c1"># c</span>\n'),
    ("- true5\n", '<span class="pi">-</span> <span class="no">true</span><span class="m">5</span>\n'),
    ("- truex\n", '<span class="pi">-</span> <span class="no">true</span><span class="s">x</span>\n'),
    ("- 5 \n", '<span class="pi">-</span> <span class="s">5</span> \n'),
    ("key: 5", '<span class="na">key</span><span class="pi">:</span> <span class="s">5</span>'),
    ("key: true", '<span class="na">key</span><span class="pi">:</span> <span class="no">true</span>'),
    (
        "[5, true]\n",
        '<span class="pi">[</span><span class="nv">5</span><span class="pi">,</span> <span class="nv">true</span><span class="pi">]</span>\n',
    ),
    (
        "- [5, x]\n",
        '<span class="pi">-</span> <span class="pi">[</span><span class="nv">5</span><span class="pi">,</span> <span class="nv">x</span><span class="pi">]</span>\n',
    ),
    (
        "key:\n  - 5 apples\n",
        '<span class="na">key</span><span class="pi">:</span>\n  <span class="pi">-</span> <span class="s">5 apples</span>\n',
    ),
    (
        "a: {x: [1, {y: 2}]}\n",
        '<span class="na">a</span><span class="pi">:</span> <span class="pi">{</span><span class="nv">x</span><span class="pi">:</span> <span class="pi">[</span><span class="nv">1</span><span class="pi">,</span> <span class="pi">{</span><span class="nv">y</span><span class="pi">:</span> <span class="nv">2</span><span class="pi">}]}</span>\n',
    ),
    (
        "a: [x,\n  y]\n",
        '<span class="na">a</span><span class="pi">:</span> <span class="pi">[</span><span class="nv">x</span><span class="pi">,</span>\n  <span class="nv">y</span><span class="pi">]</span>\n',
    ),
    (
        'a: "x" y\n',
        '<span class="na">a</span><span class="pi">:</span> <span class="s2">"</span><span class="s">x"</span> <span class="s">y</span>\n',
    ),
    ('"a"\n', '<span class="s2">"</span><span class="s">a"</span>\n'),
    (
        "'a b'\n",
        '<span class="s1">\'</span><span class="s">a</span><span class="nv"> </span><span class="s">b\'</span>\n',
    ),
    (
        "a: b: c\n",
        '<span class="na">a</span><span class="pi">:</span> <span class="na">b</span><span class="pi">:</span> <span class="s">c</span>\n',
    ),
    (
        "--- # c\nx: 1\n",
        '<span class="nn">---</span> <span class="c1"># c</span>\n<span class="na">x</span><span class="pi">:</span> <span class="m">1</span>\n',
    ),
    ("---\n- a\n", '<span class="nn">---</span>\n<span class="pi">-</span> <span class="s">a</span>\n'),
    ("--- !tag\nx\n", '<span class="nn">---</span> <span class="kt">!tag</span>\n<span class="s">x</span>\n'),
    (
        "x: |\n  a: b\n  - c\nz: 1\n",
        '<span class="na">x</span><span class="pi">:</span> <span class="pi">|</span>\n  <span class="s">a: b</span>\n  <span class="s">- c</span>\n<span class="na">z</span><span class="pi">:</span> <span class="m">1</span>\n',
    ),
    (
        "key: value\n  continued\nnext: 1\n",
        '<span class="na">key</span><span class="pi">:</span> <span class="s">value</span>\n  <span class="s">continued</span>\n<span class="na">next</span><span class="pi">:</span> <span class="m">1</span>\n',
    ),
    (
        "key: value\ncontinued\n",
        '<span class="na">key</span><span class="pi">:</span> <span class="s">value</span>\n<span class="s">continued</span>\n',
    ),
    (
        "a:\n  b: |\n    line\n      more\n  c: 2\nd: 3\n",
        '<span class="na">a</span><span class="pi">:</span>\n  <span class="na">b</span><span class="pi">:</span> <span class="pi">|</span>\n    <span class="s">line</span>\n      <span class="s">more</span>\n  <span class="na">c</span><span class="pi">:</span> <span class="m">2</span>\n<span class="na">d</span><span class="pi">:</span> <span class="m">3</span>\n',
    ),
    (
        "- a\n  b\n- c\n",
        '<span class="pi">-</span> <span class="s">a</span>\n  <span class="s">b</span>\n<span class="pi">-</span> <span class="s">c</span>\n',
    ),
    (
        "x: >\n\n  a\n   \n  b\n\ny: 1\n",
        '<span class="na">x</span><span class="pi">:</span> <span class="pi">&gt;</span>\n\n  <span class="s">a</span>\n  <span class="no"> </span>\n  <span class="s">b</span>\n\n<span class="na">y</span><span class="pi">:</span> <span class="m">1</span>\n',
    ),
    (
        "list:\n- a\n- b\n",
        '<span class="na">list</span><span class="pi">:</span>\n<span class="pi">-</span> <span class="s">a</span>\n<span class="pi">-</span> <span class="s">b</span>\n',
    ),
    (
        "  - x\n - y\n",
        '  <span class="pi">-</span> <span class="s">x</span>\n <span class="pi">-</span> <span class="s">y</span>\n',
    ),
    (
        "a: b\n  c: d\n",
        '<span class="na">a</span><span class="pi">:</span> <span class="s">b</span>\n  <span class="s">c</span><span class="err">:</span> <span class="s">d</span>\n',
    ),
    (
        "x: |\n\ty\n",
        '<span class="na">x</span><span class="pi">:</span> <span class="pi">|</span>\n<span class="err">\t</span><span class="s">y</span>\n',
    ),
    (
        "a:\n    - b:\n        c: 1\n    - d\n",
        '<span class="na">a</span><span class="pi">:</span>\n    <span class="pi">-</span> <span class="na">b</span><span class="pi">:</span>\n        <span class="na">c</span><span class="pi">:</span> <span class="m">1</span>\n    <span class="pi">-</span> <span class="s">d</span>\n',
    ),
    (
        'key: "open\nnext: 1\n',
        '<span class="na">key</span><span class="pi">:</span> <span class="s2">"</span><span class="s">open</span>\n<span class="s">next:</span><span class="nv"> </span><span class="s">1</span>\n',
    ),
    (
        "- - a\n  - b\n- c\n",
        '<span class="pi">-</span> <span class="pi">-</span> <span class="s">a</span>\n  <span class="pi">-</span> <span class="s">b</span>\n<span class="pi">-</span> <span class="s">c</span>\n',
    ),
    (
        "k: [a, b\nc: d\n",
        '<span class="na">k</span><span class="pi">:</span> <span class="pi">[</span><span class="nv">a</span><span class="pi">,</span> <span class="nv">b</span>\n<span class="nv">c</span><span class="pi">:</span> <span class="nv">d</span>\n',
    ),
    (
        "a: 1 #c\n#d\n  #e\n",
        '<span class="na">a</span><span class="pi">:</span> <span class="m">1</span> <span class="c1">#c</span>\n<span class="c1">#d</span>\n  <span class="c1">#e</span>\n',
    ),
    (
        "x: !!str\ny: !<tag:yaml.org,2002:str> z\n",
        '<span class="na">x</span><span class="pi">:</span> <span class="kt">!!str</span>\n<span class="na">y</span><span class="pi">:</span> <span class="kt">!&lt;tag:yaml.org,2002:str&gt;</span> <span class="s">z</span>\n',
    ),
    (
        "%TAG ! tag:example.com,2000:\n---\n",
        '<span class="nt">%TAG</span> <span class="kt">!</span> <span class="kt">tag:example.com,2000:</span>\n<span class="nn">---</span>\n',
    ),
    ("key:    \n  val\n", '<span class="na">key</span><span class="pi">:</span>    \n  <span class="s">val</span>\n'),
    (
        "x: a:b\ny: a :b\n",
        '<span class="na">x</span><span class="pi">:</span> <span class="s">a:b</span>\n<span class="na">y</span><span class="pi">:</span> <span class="s">a :b</span>\n',
    ),
    ("--- |\n  text\n", '<span class="nn">---</span> <span class="pi">|</span>\n  <span class="s">text</span>\n'),
    (
        "a: -1\nb: - c\n",
        '<span class="na">a</span><span class="pi">:</span> <span class="s">-1</span>\n<span class="na">b</span><span class="pi">:</span> <span class="s">- c</span>\n',
    ),
    (
        "k: 'a''b'\n",
        '<span class="na">k</span><span class="pi">:</span> <span class="s1">\'</span><span class="s">a\'</span><span class="s1">\'</span><span class="s">b\'</span>\n',
    ),
    (
        "? - a\n  - b\n: x\n",
        '<span class="pi">?</span> <span class="pi">-</span> <span class="s">a</span>\n  <span class="pi">-</span> <span class="s">b</span>\n<span class="pi">:</span> <span class="s">x</span>\n',
    ),
    (
        "x:\n  y:\n    z: 1\n  w: 2\nv: 3\n",
        '<span class="na">x</span><span class="pi">:</span>\n  <span class="na">y</span><span class="pi">:</span>\n    <span class="na">z</span><span class="pi">:</span> <span class="m">1</span>\n  <span class="na">w</span><span class="pi">:</span> <span class="m">2</span>\n<span class="na">v</span><span class="pi">:</span> <span class="m">3</span>\n',
    ),
    (
        'x: "a\\q"\n',
        '<span class="na">x</span><span class="pi">:</span> <span class="s2">"</span><span class="s">a</span><span class="err">\\</span><span class="s">q"</span>\n',
    ),
    ("x: 12.5.\n", '<span class="na">x</span><span class="pi">:</span> <span class="s">12.5.</span>\n'),
    (
        "x: 10 # c\ny: 10 #\n",
        '<span class="na">x</span><span class="pi">:</span> <span class="m">10</span> <span class="c1"># c</span>\n<span class="na">y</span><span class="pi">:</span> <span class="m">10</span> <span class="c1">#</span>\n',
    ),
    ("\n\n  \nx: 1\n\n", '\n\n  \n<span class="na">x</span><span class="pi">:</span> <span class="m">1</span>\n\n'),
    (
        "x: y\n\n\n  z\n",
        '<span class="na">x</span><span class="pi">:</span> <span class="s">y</span>\n\n\n  <span class="s">z</span>\n',
    ),
]


@pytest.mark.parametrize(("code", "rouge"), CASES)
def test_matches_rouge(code: str, rouge: str) -> None:
    assert highlight_span(code, "yaml") == rouge

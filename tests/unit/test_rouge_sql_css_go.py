# ruff: noqa: E501
"""SQL, CSS and Go highlighting (and the shared engine's error handling) match rouge 3.30 on tricky inputs.

Every expected string was produced by rouge 3.30.0 with
``Rouge::Formatters::HTML.new.format(lexer.lex(code))``, used as a black box.
"""

from __future__ import annotations

import pytest

from homepage_gen.render.highlight import highlight_span

# (language, code, rouge 3.30 HTML)
CASES = [
    (
        "sql",
        "CREATE TABLE IF NOT EXISTS t (id INT);\n",
        '<span class="k">CREATE</span> <span class="k">TABLE</span> <span class="n">IF</span> <span class="k">NOT</span> <span class="k">EXISTS</span> <span class="n">t</span> <span class="p">(</span><span class="n">id</span> <span class="nb">INT</span><span class="p">);</span>\n',
    ),
    (
        "sql",
        "select count(*), c, g from t where n = 'it''s' -- note\n",
        '<span class="k">select</span> <span class="k">count</span><span class="p">(</span><span class="o">*</span><span class="p">),</span> <span class="k">c</span><span class="p">,</span> <span class="k">g</span> <span class="k">from</span> <span class="n">t</span> <span class="k">where</span> <span class="n">n</span> <span class="o">=</span> <span class="s1">\'it</span><span class="se">\'\'</span><span class="s1">s\'</span> <span class="c1">-- note</span>\n',
    ),
    (
        "sql",
        'SELECT 1.5e3, "a""b", `c\\`d`, $1, café;\n',
        '<span class="k">SELECT</span> <span class="mi">1</span><span class="p">.</span><span class="mi">5</span><span class="n">e3</span><span class="p">,</span> <span class="nv">"a</span><span class="se">""</span><span class="nv">b"</span><span class="p">,</span> <span class="nv">`c</span><span class="se">\\`</span><span class="nv">d`</span><span class="p">,</span> <span class="err">$</span><span class="mi">1</span><span class="p">,</span> <span class="n">caf</span><span class="err">é</span><span class="p">;</span>\n',
    ),
    ("sql", "/* a /* nested */ b */ x\n", '<span class="cm">/* a /* nested */ b */</span> <span class="n">x</span>\n'),
    (
        "sql",
        "a=--b\n'a\\\nb'\n",
        '<span class="n">a</span><span class="o">=</span><span class="c1">--b</span>\n<span class="s1">\'a</span><span class="err">\\</span><span class="s1">\nb\'</span>\n',
    ),
    (
        "css",
        "a { color: red; Color: Red; gap: 1px; -webkit-gap: 0; -apple-x: 1 }\n",
        '<span class="nt">a</span> <span class="p">{</span> <span class="nl">color</span><span class="p">:</span> <span class="no">red</span><span class="p">;</span> <span class="py">Color</span><span class="p">:</span> <span class="n">Red</span><span class="p">;</span> <span class="py">gap</span><span class="p">:</span> <span class="m">1px</span><span class="p">;</span> <span class="nl">-webkit-gap</span><span class="p">:</span> <span class="m">0</span><span class="p">;</span> <span class="py">-apple-x</span><span class="p">:</span> <span class="m">1</span> <span class="p">}</span>\n',
    ),
    (
        "css",
        "a { x: 10px2 1.5.5 5. 10%% 1kHz 1KHz -1a --1 #abcdefab }\n",
        '<span class="nt">a</span> <span class="p">{</span> <span class="py">x</span><span class="p">:</span> <span class="m">10</span><span class="n">px2</span> <span class="m">1.5.5</span> <span class="m">5</span><span class="p">.</span> <span class="m">10%</span><span class="err">%</span> <span class="m">1kHz</span> <span class="m">1</span><span class="n">KHz</span> <span class="m">-1</span><span class="n">a</span> <span class="n">--1</span> <span class="m">#abcdef</span><span class="n">ab</span> <span class="p">}</span>\n',
    ),
    (
        "css",
        "a { font: 12px/1.5 \"Foo\", 'Bar', serif; margin: 0 +2px; }\n",
        '<span class="nt">a</span> <span class="p">{</span> <span class="nl">font</span><span class="p">:</span> <span class="m">12px</span><span class="p">/</span><span class="m">1.5</span> <span class="s1">"Foo"</span><span class="p">,</span> <span class="s2">\'Bar\'</span><span class="p">,</span> <span class="nb">serif</span><span class="p">;</span> <span class="nl">margin</span><span class="p">:</span> <span class="m">0</span> <span class="err">+</span><span class="m">2px</span><span class="p">;</span> <span class="p">}</span>\n',
    ),
    (
        "css",
        "@media x { a:hover { } color: red; b { c: d } }\n",
        '<span class="k">@media</span> <span class="n">x</span> <span class="p">{</span> <span class="py">a</span><span class="p">:</span><span class="n">hover</span> <span class="err">{</span> <span class="p">}</span> <span class="nt">color</span><span class="o">:</span> <span class="nt">red</span><span class="o">;</span> <span class="nt">b</span> <span class="p">{</span> <span class="py">c</span><span class="p">:</span> <span class="n">d</span> <span class="p">}</span> <span class="err">}</span>\n',
    ),
    (
        "css",
        "@font-face { a { } color: red; }\n@page :first { margin: 1in; }\n",
        '<span class="k">@font-face</span> <span class="p">{</span> <span class="nt">a</span> <span class="p">{</span> <span class="p">}</span> <span class="nt">color</span><span class="o">:</span> <span class="nt">red</span><span class="o">;</span> <span class="p">}</span>\n<span class="k">@page</span> <span class="p">:</span><span class="n">first</span> <span class="p">{</span> <span class="nl">margin</span><span class="p">:</span> <span class="m">1in</span><span class="p">;</span> <span class="p">}</span>\n',
    ),
    (
        "css",
        "@keyframes k { 50% { opacity: .5 } }\na { *zoom: 1; ;}\n",
        '<span class="k">@keyframes</span> <span class="n">k</span> <span class="p">{</span> <span class="err">50</span><span class="o">%</span> <span class="p">{</span> <span class="nl">opacity</span><span class="p">:</span> <span class="m">.5</span> <span class="p">}</span> <span class="p">}</span>\n<span class="nt">a</span> <span class="p">{</span> <span class="err">*</span><span class="py">zoom</span><span class="p">:</span> <span class="m">1</span><span class="p">;</span> <span class="err">;</span><span class="p">}</span>\n',
    ),
    (
        "css",
        "a { x: y\n@foo bar\n  @baz\n}\n/* open\n",
        '<span class="nt">a</span> <span class="p">{</span> <span class="py">x</span><span class="p">:</span> <span class="n">y</span>\n<span class="cp">@foo bar</span>\n  <span class="err">@</span><span class="n">baz</span>\n<span class="p">}</span>\n<span class="o">/*</span> <span class="nt">open</span>\n',
    ),
    (
        "css",
        "a { x: url(a b) url(a\nb) !important; y: z!IMPORTANT }\n",
        '<span class="nt">a</span> <span class="p">{</span> <span class="py">x</span><span class="p">:</span> <span class="sx">url(a b)</span> <span class="nb">url</span><span class="p">(</span><span class="n">a</span>\n<span class="n">b</span><span class="p">)</span> <span class="cp">!important</span><span class="p">;</span> <span class="py">y</span><span class="p">:</span> <span class="n">z</span><span class="err">!</span><span class="n">IMPORTANT</span> <span class="p">}</span>\n',
    ),
    ("yaml", "%YAML\n---\na: 1\n", '<span class="nt">%YAML</span><span class="err">\n---\na: 1\n</span>'),
    (
        "html",
        "<style>\np { color: red; foo: bar }\n</style>\n",
        '<span class="nt">&lt;style&gt;</span>\n<span class="nt">p</span> <span class="p">{</span> <span class="nl">color</span><span class="p">:</span> <span class="no">red</span><span class="p">;</span> <span class="py">foo</span><span class="p">:</span> <span class="n">bar</span> <span class="p">}</span>\n<span class="nt">&lt;/style&gt;</span>\n',
    ),
    (
        "go",
        "x := 1_000 + 0b101 + 0X1f + 1. + 2i + 0x1p-2 + 1e3i\n",
        '<span class="n">x</span> <span class="o">:=</span> <span class="m">1</span><span class="n">_000</span> <span class="o">+</span> <span class="m">0</span><span class="n">b101</span> <span class="o">+</span> <span class="m">0X1f</span> <span class="o">+</span> <span class="m">1.</span> <span class="o">+</span> <span class="m">2i</span> <span class="o">+</span> <span class="m">0x1</span><span class="n">p</span><span class="o">-</span><span class="m">2</span> <span class="o">+</span> <span class="m">1e3i</span>\n',
    ),
    (
        "go",
        "s := \"a\\'b\\q\" + '\\'' + 'ab'\n",
        '<span class="n">s</span> <span class="o">:=</span> <span class="s">"a</span><span class="se">\\\'</span><span class="s">b</span><span class="err">\\q</span><span class="s">"</span> <span class="o">+</span> <span class="sc">\'\\\'</span><span class="err">\'</span> <span class="o">+</span> <span class="err">\'</span><span class="n">ab</span><span class="err">\'</span>\n',
    ),
    (
        "go",
        "x := `unterminated\n",
        '<span class="n">x</span> <span class="o">:=</span> <span class="s">`unterminated\n</span>',
    ),
    (
        "go",
        "type N interface { ~int }\nvar n = any(nil); min(len(x), 2)\n",
        '<span class="k">type</span> <span class="n">N</span> <span class="k">interface</span> <span class="p">{</span> <span class="err">~</span><span class="kt">int</span> <span class="p">}</span>\n<span class="k">var</span> <span class="n">n</span> <span class="o">=</span> <span class="n">any</span><span class="p">(</span><span class="no">nil</span><span class="p">);</span> <span class="n">min</span><span class="p">(</span><span class="nb">len</span><span class="p">(</span><span class="n">x</span><span class="p">),</span> <span class="m">2</span><span class="p">)</span>\n',
    ),
    (
        "golang",
        "/* c */ a &^= b // d\n",
        '<span class="c">/* c */</span> <span class="n">a</span> <span class="o">&amp;^=</span> <span class="n">b</span> <span class="c">// d</span>\n',
    ),
]


@pytest.mark.parametrize(("lang", "code", "rouge"), CASES)
def test_matches_rouge(lang: str, code: str, rouge: str) -> None:
    assert highlight_span(code, lang) == rouge

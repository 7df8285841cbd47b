# ruff: noqa: E501
"""SCSS highlighting matches rouge 3.30 on tricky inputs (and CSS word tables shared with it).

Every expected string was produced by rouge 3.30.0 with
``Rouge::Formatters::HTML.new.format(lexer.lex(code))``, used as a black box.
"""

from __future__ import annotations

import pytest

from homepage_gen.render.highlight import highlight_span

# (language, code, rouge 3.30 HTML)
CASES = [
    (
        "scss",
        "$w : 2.441em 1.5E3 .5s #123456789;\n",
        '<span class="nv">$w</span> <span class="p">:</span> <span class="m">2</span><span class="mi">.441em</span> <span class="m">1</span><span class="mi">.5</span><span class="n">E3</span> <span class="mi">.5s</span> <span class="mh">#123456</span><span class="m">789</span><span class="p">;</span>\n',
    ),
    (
        "scss",
        "a{b:c}\na { b: c; d:1 }\n",
        '<span class="nt">a</span><span class="p">{</span><span class="nt">b</span><span class="nd">:c</span><span class="p">}</span>\n<span class="nt">a</span> <span class="p">{</span> <span class="na">b</span><span class="p">:</span> <span class="n">c</span><span class="p">;</span> <span class="na">d</span><span class="p">:</span><span class="m">1</span> <span class="p">}</span>\n',
    ),
    (
        "scss",
        "a { &::after { } x[y: z }\n",
        '<span class="nt">a</span> <span class="p">{</span> <span class="k">&amp;</span><span class="nd">::after</span> <span class="p">{</span> <span class="p">}</span> <span class="nt">x</span><span class="o">[</span><span class="nt">y</span><span class="nd">:</span> <span class="nt">z</span> <span class="p">}</span>\n',
    ),
    (
        "scss",
        "a { b: f (1) and (x) or true-x !default // no\n}\n",
        '<span class="nt">a</span> <span class="p">{</span> <span class="na">b</span><span class="p">:</span> <span class="nf">f</span> <span class="p">(</span><span class="m">1</span><span class="p">)</span> <span class="nf">and</span> <span class="p">(</span><span class="n">x</span><span class="p">)</span> <span class="ow">or</span> <span class="bp">true</span><span class="o">-</span><span class="n">x</span> <span class="o">!</span><span class="nb">default</span> <span class="o">//</span> <span class="n">no</span>\n<span class="p">}</span>\n',
    ),
    (
        "scss",
        "a { b: 'x#{c; d: e}f' }\n",
        '<span class="nt">a</span> <span class="p">{</span> <span class="na">b</span><span class="p">:</span> <span class="s1">\'x</span><span class="si">#{</span><span class="n">c</span><span class="p">;</span> <span class="na">d</span><span class="p">:</span> <span class="n">e</span><span class="p">}</span><span class="nt">f</span><span class="s1">\' }</span><span class="err">\n</span>',
    ),
    (
        "scss",
        "a { b}\n",
        '<span class="nt">a</span> <span class="p">{</span> <span class="na">b</span><span class="err">}\n</span>',
    ),
    (
        "scss",
        "@include m; @mixin (x) {} @iffy x(1);\n",
        '<span class="k">@include</span> <span class="nd">m</span><span class="p">;</span> <span class="k">@mixin</span> <span class="o">(</span><span class="nt">x</span><span class="o">)</span> <span class="p">{}</span> <span class="k">@if</span><span class="n">fy</span> <span class="nf">x</span><span class="p">(</span><span class="m">1</span><span class="p">);</span>\n',
    ),
    (
        "css",
        "a { border-bottom-width: 0; text-rendering: auto; display: table-footer-group; }\n",
        '<span class="nt">a</span> <span class="p">{</span> <span class="nl">border-bottom-width</span><span class="p">:</span> <span class="m">0</span><span class="p">;</span> <span class="nl">text-rendering</span><span class="p">:</span> <span class="nb">auto</span><span class="p">;</span> <span class="nl">display</span><span class="p">:</span> <span class="nb">table-footer-group</span><span class="p">;</span> <span class="p">}</span>\n',
    ),
]


@pytest.mark.parametrize(("lang", "code", "rouge"), CASES)
def test_matches_rouge(lang: str, code: str, rouge: str) -> None:
    assert highlight_span(code, lang) == rouge

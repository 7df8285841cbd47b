# ruff: noqa: E501
"""MATLAB highlighting matches rouge 3.30 byte-for-byte on tricky inputs.

Every expected string was produced by rouge 3.30.0 with
``Rouge::Formatters::HTML.new.format(lexer.lex(code))``, used as a black box.
"""

from __future__ import annotations

import pytest

from homepage_gen.render.highlight import highlight_span

# (code, rouge 3.30 HTML)
CASES = [
    (
        "x = a';\ny = a.';\nz = 'str';\nw = [a' b'];\nv = x';\n",
        '<span class="n">x</span> <span class="o">=</span> <span class="n">a</span><span class="o">\'</span><span class="p">;</span>\n<span class="n">y</span> <span class="o">=</span> <span class="n">a</span><span class="o">.\'</span><span class="p">;</span>\n<span class="n">z</span> <span class="o">=</span> <span class="s1">\'str\'</span><span class="p">;</span>\n<span class="n">w</span> <span class="o">=</span> <span class="p">[</span><span class="n">a</span><span class="s1">\' b\'</span><span class="p">];</span>\n<span class="n">v</span> <span class="o">=</span> <span class="n">x</span><span class="o">\'</span><span class="p">;</span>\n',
    ),
    (
        "a = \"dq \"\" q\";\nb = 'sq '' q';\n",
        '<span class="n">a</span> <span class="o">=</span> <span class="s2">"dq </span><span class="se">""</span><span class="s2"> q"</span><span class="p">;</span>\n<span class="n">b</span> <span class="o">=</span> <span class="s1">\'sq </span><span class="se">\'\'</span><span class="s1"> q\'</span><span class="p">;</span>\n',
    ),
    (
        "x = 1e3 + 1.5 + .5 + 0x1F + 5i + 1j;\n",
        '<span class="n">x</span> <span class="o">=</span> <span class="mf">1e3</span> <span class="o">+</span> <span class="mf">1.5</span> <span class="o">+</span> <span class="o">.</span><span class="mi">5</span> <span class="o">+</span> <span class="mi">0</span><span class="n">x1F</span> <span class="o">+</span> <span class="mi">5</span><span class="n">i</span> <span class="o">+</span> <span class="mi">1</span><span class="n">j</span><span class="p">;</span>\n',
    ),
    (
        "a ~= b; c = ~d; e = a && b || c; f = a <= b >= c < d > e == f;\n",
        '<span class="n">a</span> <span class="o">~=</span> <span class="n">b</span><span class="p">;</span> <span class="n">c</span> <span class="o">=</span> <span class="o">~</span><span class="n">d</span><span class="p">;</span> <span class="n">e</span> <span class="o">=</span> <span class="n">a</span> <span class="o">&amp;&amp;</span> <span class="n">b</span> <span class="o">||</span> <span class="n">c</span><span class="p">;</span> <span class="n">f</span> <span class="o">=</span> <span class="n">a</span> <span class="o">&lt;=</span> <span class="n">b</span> <span class="o">&gt;=</span> <span class="n">c</span> <span class="o">&lt;</span> <span class="n">d</span> <span class="o">&gt;</span> <span class="n">e</span> <span class="o">==</span> <span class="n">f</span><span class="p">;</span>\n',
    ),
    (
        "x = a(end, :); y = {1, 'a'}; s.('dyn') = 1;\n",
        '<span class="n">x</span> <span class="o">=</span> <span class="n">a</span><span class="p">(</span><span class="k">end</span><span class="p">,</span> <span class="p">:);</span> <span class="n">y</span> <span class="o">=</span> <span class="p">{</span><span class="mi">1</span><span class="p">,</span> <span class="s1">\'a\'</span><span class="p">};</span> <span class="n">s</span><span class="o">.</span><span class="p">(</span><span class="s1">\'dyn\'</span><span class="p">)</span> <span class="o">=</span> <span class="mi">1</span><span class="p">;</span>\n',
    ),
    (
        "% comment\n%% Section\n  % indented\nx = 1; % trailing\n",
        '<span class="c1">% comment</span>\n<span class="c1">%% Section</span>\n  <span class="c1">% indented</span>\n<span class="n">x</span> <span class="o">=</span> <span class="mi">1</span><span class="p">;</span> <span class="c1">% trailing</span>\n',
    ),
    (
        "x = [1, 2, ...\n     3];\n",
        '<span class="n">x</span> <span class="o">=</span> <span class="p">[</span><span class="mi">1</span><span class="p">,</span> <span class="mi">2</span><span class="p">,</span> <span class="k">...</span>\n     <span class="mi">3</span><span class="p">];</span>\n',
    ),
    ("!ls -la\n", '<span class="k">!</span><span class="nb">ls</span> <span class="nt">-la</span>\n'),
    (
        "classdef Foo < handle\n    properties\n        x = 1;\n    end\n    methods\n        function obj = Foo(x)\n            obj.x = x;\n        end\n    end\nend\n",
        '<span class="k">classdef</span> <span class="n">Foo</span> <span class="o">&lt;</span> <span class="nb">handle</span>\n    <span class="k">properties</span>\n        <span class="n">x</span> <span class="o">=</span> <span class="mi">1</span><span class="p">;</span>\n    <span class="k">end</span>\n    <span class="k">methods</span>\n        <span class="k">function</span> <span class="n">obj</span> <span class="o">=</span> <span class="n">Foo</span><span class="p">(</span><span class="n">x</span><span class="p">)</span>\n            <span class="n">obj</span><span class="o">.</span><span class="n">x</span> <span class="o">=</span> <span class="n">x</span><span class="p">;</span>\n        <span class="k">end</span>\n    <span class="k">end</span>\n<span class="k">end</span>\n',
    ),
    (
        "@(x) x.^2\nf = @sin;\n",
        '<span class="o">@</span><span class="p">(</span><span class="n">x</span><span class="p">)</span> <span class="n">x</span><span class="o">.^</span><span class="mi">2</span>\n<span class="n">f</span> <span class="o">=</span> <span class="o">@</span><span class="nb">sin</span><span class="p">;</span>\n',
    ),
    (
        "disp hello\nformat long\nhold on\n",
        '<span class="nb">disp</span> <span class="n">hello</span>\n<span class="nb">format</span> <span class="n">long</span>\n<span class="nb">hold</span> <span class="n">on</span>\n',
    ),
    (
        "x = 3; % 50% done\n",
        '<span class="n">x</span> <span class="o">=</span> <span class="mi">3</span><span class="p">;</span> <span class="c1">% 50% done</span>\n',
    ),
    (
        "switch x\n    case {1, 2}\n        y = 1;\n    otherwise\n        y = 0;\nend\n",
        '<span class="k">switch</span> <span class="n">x</span>\n    <span class="k">case</span> <span class="p">{</span><span class="mi">1</span><span class="p">,</span> <span class="mi">2</span><span class="p">}</span>\n        <span class="n">y</span> <span class="o">=</span> <span class="mi">1</span><span class="p">;</span>\n    <span class="k">otherwise</span>\n        <span class="n">y</span> <span class="o">=</span> <span class="mi">0</span><span class="p">;</span>\n<span class="k">end</span>\n',
    ),
    (
        "a = b / c \\ d ^ e .^ f ./ g .\\ h;\n",
        '<span class="n">a</span> <span class="o">=</span> <span class="n">b</span> <span class="p">/</span> <span class="n">c</span> <span class="p">\\</span> <span class="n">d</span> <span class="o">^</span> <span class="n">e</span> <span class="o">.^</span> <span class="n">f</span> <span class="o">.</span><span class="p">/</span> <span class="n">g</span> <span class="o">.</span><span class="p">\\</span> <span class="n">h</span><span class="p">;</span>\n',
    ),
    (
        "x = 'unterminated\ny = 1;\n",
        '<span class="n">x</span> <span class="o">=</span> <span class="o">\'</span><span class="n">unterminated</span>\n<span class="n">y</span> <span class="o">=</span> <span class="mi">1</span><span class="p">;</span>\n',
    ),
    (
        'x = "unterminated\ny = 1;\n',
        '<span class="n">x</span> <span class="o">=</span> <span class="err">"</span><span class="n">unterminated</span>\n<span class="n">y</span> <span class="o">=</span> <span class="mi">1</span><span class="p">;</span>\n',
    ),
    (
        "a(1)'\n",
        '<span class="n">a</span><span class="p">(</span><span class="mi">1</span><span class="p">)</span><span class="o">\'</span>\n',
    ),
    (
        "x = [1 -2]; y = [a -b]; z = a - b;\n",
        '<span class="n">x</span> <span class="o">=</span> <span class="p">[</span><span class="mi">1</span> <span class="o">-</span><span class="mi">2</span><span class="p">];</span> <span class="n">y</span> <span class="o">=</span> <span class="p">[</span><span class="n">a</span> <span class="o">-</span><span class="n">b</span><span class="p">];</span> <span class="n">z</span> <span class="o">=</span> <span class="n">a</span> <span class="o">-</span> <span class="n">b</span><span class="p">;</span>\n',
    ),
    (
        "global g; persistent p;\n",
        '<span class="k">global</span> <span class="n">g</span><span class="p">;</span> <span class="k">persistent</span> <span class="n">p</span><span class="p">;</span>\n',
    ),
    (
        "%{\nblock\n%}\nx\n",
        '<span class="c1">%{</span>\n<span class="n">block</span>\n<span class="c1">%}</span>\n<span class="n">x</span>\n',
    ),
    (
        "  %{\n  block\n  %}\n",
        '  <span class="c1">%{</span>\n  <span class="n">block</span>\n  <span class="c1">%}</span>\n',
    ),
    (
        "x = 1 % c1 %{ c2\n",
        '<span class="n">x</span> <span class="o">=</span> <span class="mi">1</span> <span class="c1">% c1 %{ c2</span>\n',
    ),
    (
        "function y = f(x)\ny = x;\n",
        '<span class="k">function</span> <span class="n">y</span> <span class="o">=</span> <span class="n">f</span><span class="p">(</span><span class="n">x</span><span class="p">)</span>\n<span class="n">y</span> <span class="o">=</span> <span class="n">x</span><span class="p">;</span>\n',
    ),
    (
        "1:0.5:10\n",
        '<span class="mi">1</span><span class="p">:</span><span class="mf">0.5</span><span class="p">:</span><span class="mi">10</span>\n',
    ),
    (
        "x = -1;\n",
        '<span class="n">x</span> <span class="o">=</span> <span class="o">-</span><span class="mi">1</span><span class="p">;</span>\n',
    ),
    (
        "x.y.z(1).w\n",
        '<span class="n">x</span><span class="o">.</span><span class="n">y</span><span class="o">.</span><span class="n">z</span><span class="p">(</span><span class="mi">1</span><span class="p">)</span><span class="o">.</span><span class="n">w</span>\n',
    ),
    ("@\n", '<span class="o">@</span>\n'),
    ("#\n", '<span class="err">#</span>\n'),
    ("$\n", '<span class="err">$</span>\n'),
    ("`\n", '<span class="err">`</span>\n'),
    (
        "x = true | false & ~true;\n",
        '<span class="n">x</span> <span class="o">=</span> <span class="nb">true</span> <span class="o">|</span> <span class="nb">false</span> <span class="o">&amp;</span> <span class="o">~</span><span class="nb">true</span><span class="p">;</span>\n',
    ),
    (
        "a = {}; b = []; c = ();\n",
        '<span class="n">a</span> <span class="o">=</span> <span class="p">{};</span> <span class="n">b</span> <span class="o">=</span> <span class="p">[];</span> <span class="n">c</span> <span class="o">=</span> <span class="p">();</span>\n',
    ),
    (
        "x = a' * b';\n",
        '<span class="n">x</span> <span class="o">=</span> <span class="n">a</span><span class="s1">\' * b\'</span><span class="p">;</span>\n',
    ),
    (
        "x = [a', b'];\n",
        '<span class="n">x</span> <span class="o">=</span> <span class="p">[</span><span class="n">a</span><span class="s1">\', b\'</span><span class="p">];</span>\n',
    ),
    (
        "x = a'; y = 'b';\n",
        '<span class="n">x</span> <span class="o">=</span> <span class="n">a</span><span class="s1">\'; y = \'</span><span class="n">b</span><span class="o">\'</span><span class="p">;</span>\n',
    ),
    (
        "x = [1 2]';\n",
        '<span class="n">x</span> <span class="o">=</span> <span class="p">[</span><span class="mi">1</span> <span class="mi">2</span><span class="p">]</span><span class="o">\'</span><span class="p">;</span>\n',
    ),
    (
        "y = x.' + 1;\n",
        '<span class="n">y</span> <span class="o">=</span> <span class="n">x</span><span class="o">.\'</span> <span class="o">+</span> <span class="mi">1</span><span class="p">;</span>\n',
    ),
    (
        "s = {'a', 'b'};\n",
        '<span class="n">s</span> <span class="o">=</span> <span class="p">{</span><span class="s1">\'a\'</span><span class="p">,</span> <span class="s1">\'b\'</span><span class="p">};</span>\n',
    ),
    ("a... comment\n", '<span class="n">a</span><span class="k">...</span><span class="c"> comment</span>\n'),
    (
        "x = 1 ... comment\n  + 2;\n",
        '<span class="n">x</span> <span class="o">=</span> <span class="mi">1</span> <span class="k">...</span><span class="c"> comment</span>\n  <span class="o">+</span> <span class="mi">2</span><span class="p">;</span>\n',
    ),
]


@pytest.mark.parametrize(("code", "rouge"), CASES)
def test_matches_rouge(code: str, rouge: str) -> None:
    assert highlight_span(code, "matlab") == rouge

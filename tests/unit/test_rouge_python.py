# ruff: noqa: E501
"""Python highlighting matches rouge 3.30 byte-for-byte on tricky inputs.

Every expected string was produced by rouge 3.30.0 with
``Rouge::Formatters::HTML.new.format(lexer.lex(code))``, used as a black box.
"""

from __future__ import annotations

import pytest

from homepage_gen.render.highlight import highlight_span

# (code, rouge 3.30 HTML)
CASES = [
    (
        "def  foo(x):\n",
        '<span class="k">def</span>  <span class="nf">foo</span><span class="p">(</span><span class="n">x</span><span class="p">):</span>\n',
    ),
    ("def\nfoo\n", '<span class="k">def</span>\n<span class="nf">foo</span>\n'),
    (
        "class A(B, C):\n",
        '<span class="k">class</span> <span class="nc">A</span><span class="p">(</span><span class="n">B</span><span class="p">,</span> <span class="n">C</span><span class="p">):</span>\n',
    ),
    (
        "class\tX: pass\n",
        '<span class="k">class</span>\t<span class="nc">X</span><span class="p">:</span> <span class="k">pass</span>\n',
    ),
    (
        "def __init__(self): pass\n",
        '<span class="k">def</span> <span class="nf">__init__</span><span class="p">(</span><span class="bp">self</span><span class="p">):</span> <span class="k">pass</span>\n',
    ),
    (
        "x.def foo\n",
        '<span class="n">x</span><span class="p">.</span><span class="k">def</span> <span class="nf">foo</span>\n',
    ),
    (
        "import a.b.c as d, e.f\n",
        '<span class="kn">import</span> <span class="nn">a.b.c</span> <span class="k">as</span> <span class="n">d</span><span class="p">,</span> <span class="n">e</span><span class="p">.</span><span class="n">f</span>\n',
    ),
    (
        "from . import x\n",
        '<span class="kn">from</span> <span class="nn">.</span> <span class="kn">import</span> <span class="n">x</span>\n',
    ),
    (
        "from .. mod import (a,\n  b)\n",
        '<span class="k">from</span> <span class="p">..</span> <span class="n">mod</span> <span class="k">import</span> <span class="p">(</span><span class="n">a</span><span class="p">,</span>\n  <span class="n">b</span><span class="p">)</span>\n',
    ),
    (
        "from os.path import join as j\n",
        '<span class="kn">from</span> <span class="nn">os.path</span> <span class="kn">import</span> <span class="n">join</span> <span class="k">as</span> <span class="n">j</span>\n',
    ),
    (
        "import os, sys\n",
        '<span class="kn">import</span> <span class="nn">os</span><span class="p">,</span> <span class="n">sys</span>\n',
    ),
    (
        "from __future__ import print_function\n",
        '<span class="kn">from</span> <span class="nn">__future__</span> <span class="kn">import</span> <span class="n">print_function</span>\n',
    ),
    ("import\n", '<span class="k">import</span>\n'),
    ("from\n", '<span class="k">from</span>\n'),
    ("x = import_y\n", '<span class="n">x</span> <span class="o">=</span> <span class="n">import_y</span>\n'),
    (
        "from x import *\n",
        '<span class="kn">from</span> <span class="nn">x</span> <span class="kn">import</span> <span class="o">*</span>\n',
    ),
    (
        "x = 1.\ny = .5\nz = 1e5\nw = 1E+5j\nv = 0XFF\nu = 017\nq = 1_0.0_1\nt=12l\ns=0b1L\n",
        '<span class="n">x</span> <span class="o">=</span> <span class="mf">1.</span>\n<span class="n">y</span> <span class="o">=</span> <span class="p">.</span><span class="mi">5</span>\n<span class="n">z</span> <span class="o">=</span> <span class="mf">1e5</span>\n<span class="n">w</span> <span class="o">=</span> <span class="mf">1E+5j</span>\n<span class="n">v</span> <span class="o">=</span> <span class="mh">0XFF</span>\n<span class="n">u</span> <span class="o">=</span> <span class="mi">017</span>\n<span class="n">q</span> <span class="o">=</span> <span class="mf">1_0.0_1</span>\n<span class="n">t</span><span class="o">=</span><span class="mi">12</span><span class="n">l</span>\n<span class="n">s</span><span class="o">=</span><span class="mb">0b1</span><span class="n">L</span>\n',
    ),
    (
        "a->b\na:=b\na!b\na$b\na?b\n",
        '<span class="n">a</span><span class="o">-&gt;</span><span class="n">b</span>\n<span class="n">a</span><span class="p">:</span><span class="o">=</span><span class="n">b</span>\n<span class="n">a</span><span class="err">!</span><span class="n">b</span>\n<span class="n">a</span><span class="err">$</span><span class="n">b</span>\n<span class="n">a</span><span class="err">?</span><span class="n">b</span>\n',
    ),
    ("'a\\\nb'\n", '<span class="s">\'a</span><span class="se">\\\n</span><span class="s">b\'</span>\n'),
    ("'abc\n", '<span class="s">\'abc\n</span>'),
    ('"x{y}z"\n', '<span class="s">"x{y}z"</span>\n'),
    (
        "f'{x!r}'\n",
        '<span class="sa">f</span><span class="s">\'</span><span class="si">{</span><span class="n">x</span><span class="si">!r}</span><span class="s">\'</span>\n',
    ),
    (
        "f'{x}'f\"{y:{w}}\"\n",
        '<span class="sa">f</span><span class="s">\'</span><span class="si">{</span><span class="n">x</span><span class="si">}</span><span class="s">\'</span><span class="sa">f</span><span class="s">"</span><span class="si">{</span><span class="n">y</span><span class="si">:{</span><span class="n">w</span><span class="si">}}</span><span class="s">"</span>\n',
    ),
    (
        "F'{a[1]}'\n",
        '<span class="sa">F</span><span class="s">\'</span><span class="si">{</span><span class="n">a</span><span class="p">[</span><span class="mi">1</span><span class="p">]</span><span class="si">}</span><span class="s">\'</span>\n',
    ),
    (
        "rf'{x}\\n'\n",
        '<span class="sa">rf</span><span class="s">\'</span><span class="si">{</span><span class="n">x</span><span class="si">}</span><span class="s">\\n\'</span>\n',
    ),
    ("fr'a'\n", '<span class="sa">fr</span><span class="s">\'a\'</span>\n'),
    (
        "br'a' Rb'b' BR'c'\n",
        '<span class="sa">br</span><span class="s">\'a\'</span> <span class="sa">Rb</span><span class="s">\'b\'</span> <span class="sa">BR</span><span class="s">\'c\'</span>\n',
    ),
    (
        "f'''a{b}\nc'''\n",
        '<span class="sa">f</span><span class="s">\'\'\'a</span><span class="si">{</span><span class="n">b</span><span class="si">}</span><span class="s">\nc\'\'\'</span>\n',
    ),
    (
        "'%s %d %(name)s {0} {}'.format(1)\n",
        '<span class="s">\'%s %d %(name)s {0} {}\'</span><span class="p">.</span><span class="nb">format</span><span class="p">(</span><span class="mi">1</span><span class="p">)</span>\n',
    ),
    ("'a' 'b'\n", "<span class=\"s\">'a'</span> <span class=\"s\">'b'</span>\n"),
    (
        "u'\\N{DASH}'\n",
        '<span class="sa">u</span><span class="s">\'</span><span class="se">\\N{DASH}</span><span class="s">\'</span>\n',
    ),
    (
        "b'\\x00'\n",
        '<span class="sa">b</span><span class="s">\'</span><span class="se">\\x00</span><span class="s">\'</span>\n',
    ),
    (
        "'\\z \\0 \\01 \\777'\n",
        '<span class="s">\'\\z </span><span class="se">\\0</span><span class="s"> </span><span class="se">\\01</span><span class="s"> </span><span class="se">\\777</span><span class="s">\'</span>\n',
    ),
    ("x = `y`\n", '<span class="n">x</span> <span class="o">=</span> <span class="sb">`y`</span>\n'),
    ("x ; y\n", '<span class="n">x</span> <span class="p">;</span> <span class="n">y</span>\n'),
    (
        "@foo.bar(1)\ndef f(): pass\n",
        '<span class="o">@</span><span class="n">foo</span><span class="p">.</span><span class="n">bar</span><span class="p">(</span><span class="mi">1</span><span class="p">)</span>\n<span class="k">def</span> <span class="nf">f</span><span class="p">():</span> <span class="k">pass</span>\n',
    ),
    ("print 'hi'\n", '<span class="k">print</span> <span class="s">\'hi\'</span>\n'),
    (
        "a [1] {2}\n",
        '<span class="n">a</span> <span class="p">[</span><span class="mi">1</span><span class="p">]</span> <span class="p">{</span><span class="mi">2</span><span class="p">}</span>\n',
    ),
    ("   \t\n\nx\n", '   \t\n\n<span class="n">x</span>\n'),
    ("x\\\n  y\n", '<span class="n">x</span>\\\n  <span class="n">y</span>\n'),
    ("# comment", '<span class="c1"># comment</span>'),
    ("x # c\ny\n", '<span class="n">x</span> <span class="c1"># c\n</span><span class="n">y</span>\n'),
    (
        "#!/usr/bin/env python\n# -*- coding: utf-8 -*-\n",
        '<span class="c1">#!/usr/bin/env python\n# -*- coding: utf-8 -*-\n</span>',
    ),
    ("Ünïcode = 'é'\n", '<span class="n">Ünïcode</span> <span class="o">=</span> <span class="s">\'é\'</span>\n'),
    (
        "x = y if z else w\n",
        '<span class="n">x</span> <span class="o">=</span> <span class="n">y</span> <span class="k">if</span> <span class="n">z</span> <span class="k">else</span> <span class="n">w</span>\n',
    ),
    (
        "match x:\n    case 1:\n        pass\n",
        '<span class="n">match</span> <span class="n">x</span><span class="p">:</span>\n    <span class="n">case</span> <span class="mi">1</span><span class="p">:</span>\n        <span class="k">pass</span>\n',
    ),
    (
        "type X = int\n",
        '<span class="nb">type</span> <span class="n">X</span> <span class="o">=</span> <span class="nb">int</span>\n',
    ),
    (
        "print(*a, sep='')\n",
        '<span class="k">print</span><span class="p">(</span><span class="o">*</span><span class="n">a</span><span class="p">,</span> <span class="n">sep</span><span class="o">=</span><span class="s">\'\'</span><span class="p">)</span>\n',
    ),
    ("nonlocal x\n", '<span class="k">nonlocal</span> <span class="n">x</span>\n'),
    ("exec 'code'\n", '<span class="k">exec</span> <span class="s">\'code\'</span>\n'),
    ("'abc\nx = 1\n", '<span class="s">\'abc\nx = 1\n</span>'),
    ("x = 'a\" and \"b'\n", '<span class="n">x</span> <span class="o">=</span> <span class="s">\'a" and "b\'</span>\n'),
    ("from os import\n", '<span class="kn">from</span> <span class="nn">os</span> <span class="kn">import</span>\n'),
    (
        "from  os.path  import  x\n",
        '<span class="kn">from</span>  <span class="nn">os.path</span>  <span class="kn">import</span>  <span class="n">x</span>\n',
    ),
    (
        "import  a . b\n",
        '<span class="kn">import</span>  <span class="nn">a</span> <span class="p">.</span> <span class="n">b</span>\n',
    ),
    ("import _x9.y_\n", '<span class="kn">import</span> <span class="nn">_x9.y_</span>\n'),
    (
        "from a.b import c\nimport d\n",
        '<span class="kn">from</span> <span class="nn">a.b</span> <span class="kn">import</span> <span class="n">c</span>\n<span class="kn">import</span> <span class="nn">d</span>\n',
    ),
    (
        "f'{{a}} }} {b!s} {c=}'\n",
        '<span class="sa">f</span><span class="s">\'{{a}} }} </span><span class="si">{</span><span class="n">b</span><span class="si">!s}</span><span class="s"> </span><span class="si">{</span><span class="n">c</span><span class="o">=</span><span class="si">}</span><span class="s">\'</span>\n',
    ),
    (
        "f'{x:>{w}.{p}f}'\n",
        '<span class="sa">f</span><span class="s">\'</span><span class="si">{</span><span class="n">x</span><span class="si">:</span><span class="o">&gt;</span><span class="si">{</span><span class="n">w</span><span class="si">}</span><span class="p">.</span><span class="si">{</span><span class="n">p</span><span class="si">}</span><span class="n">f</span><span class="si">}</span><span class="s">\'</span>\n',
    ),
    (
        "f'{ {1:2}[1] }'\n",
        '<span class="sa">f</span><span class="s">\'</span><span class="si">{</span> <span class="si">{</span><span class="mi">1</span><span class="si">:</span><span class="mi">2</span><span class="si">}</span><span class="p">[</span><span class="mi">1</span><span class="p">]</span> <span class="si">}</span><span class="s">\'</span>\n',
    ),
    (
        "f\"{'nested'}\"\n",
        '<span class="sa">f</span><span class="s">"</span><span class="si">{</span><span class="s">\'nested\'</span><span class="si">}</span><span class="s">"</span>\n',
    ),
    (
        "f'a\\n{b}\\t'\n",
        '<span class="sa">f</span><span class="s">\'a</span><span class="se">\\n</span><span class="si">{</span><span class="n">b</span><span class="si">}</span><span class="se">\\t</span><span class="s">\'</span>\n',
    ),
    ("u'{a}'\n", '<span class="sa">u</span><span class="s">\'{a}\'</span>\n'),
    (
        "x = 'a' # c\n",
        '<span class="n">x</span> <span class="o">=</span> <span class="s">\'a\'</span> <span class="c1"># c\n</span>',
    ),
    (
        "def f(a, b=\"x\"):\n    '''doc'''\n",
        '<span class="k">def</span> <span class="nf">f</span><span class="p">(</span><span class="n">a</span><span class="p">,</span> <span class="n">b</span><span class="o">=</span><span class="s">"x"</span><span class="p">):</span>\n    <span class="s">\'\'\'doc\'\'\'</span>\n',
    ),
    (
        "x = [1,2][0]\n",
        '<span class="n">x</span> <span class="o">=</span> <span class="p">[</span><span class="mi">1</span><span class="p">,</span><span class="mi">2</span><span class="p">][</span><span class="mi">0</span><span class="p">]</span>\n',
    ),
    ("lambda: 0\n", '<span class="k">lambda</span><span class="p">:</span> <span class="mi">0</span>\n'),
    (
        "a.b.c()\n",
        '<span class="n">a</span><span class="p">.</span><span class="n">b</span><span class="p">.</span><span class="n">c</span><span class="p">()</span>\n',
    ),
    (
        "x = 1 if y else 2\n",
        '<span class="n">x</span> <span class="o">=</span> <span class="mi">1</span> <span class="k">if</span> <span class="n">y</span> <span class="k">else</span> <span class="mi">2</span>\n',
    ),
    ("@ decorator\n", '<span class="o">@</span> <span class="n">decorator</span>\n'),
    ("a @= b\n", '<span class="n">a</span> <span class="o">@=</span> <span class="n">b</span>\n'),
    (
        "print >>f, x\n",
        '<span class="k">print</span> <span class="o">&gt;&gt;</span><span class="n">f</span><span class="p">,</span> <span class="n">x</span>\n',
    ),
    (
        "if x:\n\tpass\n",
        '<span class="k">if</span> <span class="n">x</span><span class="p">:</span>\n\t<span class="k">pass</span>\n',
    ),
    ("  x = 1\n", '  <span class="n">x</span> <span class="o">=</span> <span class="mi">1</span>\n'),
    ("\n\nx\n\n", '\n\n<span class="n">x</span>\n\n'),
    (
        "a == b != c <> d\n",
        '<span class="n">a</span> <span class="o">==</span> <span class="n">b</span> <span class="o">!=</span> <span class="n">c</span> <span class="o">&lt;&gt;</span> <span class="n">d</span>\n',
    ),
    ("not x\n", '<span class="ow">not</span> <span class="n">x</span>\n'),
    (
        "x is not y\n",
        '<span class="n">x</span> <span class="ow">is</span> <span class="ow">not</span> <span class="n">y</span>\n',
    ),
    (
        "1 + +1 - -1\n",
        '<span class="mi">1</span> <span class="o">+</span> <span class="o">+</span><span class="mi">1</span> <span class="o">-</span> <span class="o">-</span><span class="mi">1</span>\n',
    ),
    (
        "0j 0.0J 1e-3j 10e10 1.5E10 .5e3\n",
        '<span class="mf">0j</span> <span class="mf">0.0J</span> <span class="mf">1e-3j</span> <span class="mf">10e10</span> <span class="mf">1.5E10</span> <span class="p">.</span><span class="mf">5e3</span>\n',
    ),
    (
        "0o777 0O1 0x_ff 0b_1 1__0\n",
        '<span class="mo">0o777</span> <span class="mo">0O1</span> <span class="mh">0x_ff</span> <span class="mb">0b_1</span> <span class="mi">1</span><span class="n">__0</span>\n',
    ),
    ("True False None\n", '<span class="bp">True</span> <span class="bp">False</span> <span class="bp">None</span>\n'),
    (
        "def True(): pass\n",
        '<span class="k">def</span> <span class="nf">True</span><span class="p">():</span> <span class="k">pass</span>\n',
    ),
    (
        "class self: pass\n",
        '<span class="k">class</span> <span class="nc">self</span><span class="p">:</span> <span class="k">pass</span>\n',
    ),
    (
        "def\n\nf(): pass\n",
        '<span class="k">def</span>\n\n<span class="nf">f</span><span class="p">():</span> <span class="k">pass</span>\n',
    ),
    (
        "async def f(): pass\n",
        '<span class="k">async</span> <span class="k">def</span> <span class="nf">f</span><span class="p">():</span> <span class="k">pass</span>\n',
    ),
    (
        "x = '''a\\'b'''\n",
        '<span class="n">x</span> <span class="o">=</span> <span class="s">\'\'\'a</span><span class="se">\\\'</span><span class="s">b\'\'\'</span>\n',
    ),
    (
        'x = "\\""\n',
        '<span class="n">x</span> <span class="o">=</span> <span class="s">"</span><span class="se">\\"</span><span class="s">"</span>\n',
    ),
    ("r'\\''\n", '<span class="sa">r</span><span class="s">\'\\\'\'</span>\n'),
    ("b'\\N{X}'\n", '<span class="sa">b</span><span class="s">\'\\N{X}\'</span>\n'),
    ("'\\u12'\n", "<span class=\"s\">'\\u12'</span>\n"),
    ("'\\U0001F600'\n", '<span class="s">\'</span><span class="se">\\U0001F600</span><span class="s">\'</span>\n'),
    (
        "'\\a\\b\\f\\v\\r'\n",
        '<span class="s">\'</span><span class="se">\\a\\b\\f\\v\\r</span><span class="s">\'</span>\n',
    ),
]


@pytest.mark.parametrize(("code", "rouge"), CASES)
def test_matches_rouge(code: str, rouge: str) -> None:
    assert highlight_span(code, "python") == rouge

# ruff: noqa: E501
"""C, C++, Java, Haskell, Scala and Swift highlighting matches rouge 3.30 on tricky inputs.

Every expected string was produced by rouge 3.30.0 with
``Rouge::Formatters::HTML.new.format(lexer.lex(code))``, used as a black box.
"""

from __future__ import annotations

import pytest

from homepage_gen.render.highlight import highlight_span

# (language, code, rouge 3.30 HTML)
CASES = [
    (
        "haskell",
        "x = 'a' 'ab' ''T 'Just '\\n' '\\\\ '\n",
        '<span class="n">x</span> <span class="o">=</span> <span class="sc">\'a\'</span> <span class="n">\'ab\'</span> <span class="n">\'\'T</span> <span class="kt">\'Just</span> <span class="sc">\'</span><span class="se">\\n</span><span class="sc">\'</span> <span class="n">\'</span><span class="o">\\\\</span> <span class="n">\'</span>\n',
    ),
    (
        "haskell",
        "-- | doc\n  -- | not doc\n{-# INLINE f #-}\n",
        '<span class="cd">-- | doc</span>\n  <span class="c1">-- | not doc</span>\n<span class="cp">{-# INLINE f #-}</span>\n',
    ),
    (
        "haskell",
        "import qualified Data.Map as M\nmain = [e|q|] ++ ( ) ++ [ ]\n",
        '<span class="kr">import</span> <span class="k">qualified</span> <span class="nn">Data.Map</span> <span class="k">as</span> <span class="n">M</span>\n<span class="n">main</span> <span class="o">=</span> <span class="o">[</span><span class="n">e</span><span class="o">|</span>q<span class="o">|]</span> <span class="o">++</span> <span class="nb">( )</span> <span class="o">++</span> <span class="kt">[ ]</span>\n',
    ),
    ("haskell", "ε = 1\n", '<span class="err">ε</span> <span class="o">=</span> <span class="mi">1</span>\n'),
    (
        "cpp",
        "int g(int x) {}\nint k(int y) {}\nfoo: x;\n",
        '<span class="kt">int</span> <span class="nf">g</span><span class="p">(</span><span class="kt">int</span> <span class="n">x</span><span class="p">)</span> <span class="p">{}</span>\n<span class="kt">int</span> <span class="n">k</span><span class="p">(</span><span class="kt">int</span> <span class="n">y</span><span class="p">)</span> <span class="p">{}</span>\n<span class="nl">foo:</span> <span class="n">x</span><span class="p">;</span>\n',
    ),
    (
        "cpp",
        "JNIEXPORT jint JNICALL Java_x\n  (JNIEnv *e) {\n}\n",
        '<span class="n">JNIEXPORT</span> <span class="n">jint</span> <span class="n">JNICALL</span> <span class="nf">Java_x</span>\n  <span class="p">(</span><span class="n">JNIEnv</span> <span class="o">*</span><span class="n">e</span><span class="p">)</span> <span class="p">{</span>\n<span class="p">}</span>\n',
    ),
    (
        "cpp",
        "void A::f() {}\n",
        '<span class="kt">void</span> <span class="n">A</span><span class="o">::</span><span class="n">f</span><span class="p">()</span> <span class="p">{}</span>\n',
    ),
    (
        "cpp",
        "#if 0\nx\n#else\ny\n#endif\n",
        '<span class="c">#if 0\nx\n#else</span>\n<span class="n">y</span>\n<span class="cp">#endif\n</span>',
    ),
    (
        "cpp",
        "auto t = 10ms + 1'000 + 0b1010;\n",
        '<span class="k">auto</span> <span class="n">t</span> <span class="o">=</span> <span class="mx">10ms</span> <span class="o">+</span> <span class="mi">1\'000</span> <span class="o">+</span> <span class="mb">0b1010</span><span class="p">;</span>\n',
    ),
    (
        "c",
        "int h(int x);\nfoo: x;\ndouble d = 2.0;\n",
        '<span class="kt">int</span> <span class="nf">h</span><span class="p">(</span><span class="kt">int</span> <span class="n">x</span><span class="p">);</span>\n<span class="n">foo</span><span class="o">:</span> <span class="n">x</span><span class="p">;</span>\n<span class="kt">double</span> <span class="n">d</span> <span class="o">=</span> <span class="mi">2</span><span class="p">.</span><span class="mi">0</span><span class="p">;</span>\n',
    ),
    (
        "c",
        "#include <a.h> // why\n",
        '<span class="cp">#include</span> <span class="cpf">&lt;a.h&gt;</span><span class="c1"> // why</span><span class="cp">\n</span>',
    ),
    (
        "java",
        "public static void main(String[] args) {\n  System.out.println(MAX_N);\n}\n",
        '<span class="kd">public</span> <span class="kd">static</span> <span class="kt">void</span> <span class="nf">main</span><span class="o">(</span><span class="nc">String</span><span class="o">[]</span> <span class="n">args</span><span class="o">)</span> <span class="o">{</span>\n  <span class="nc">System</span><span class="o">.</span><span class="na">out</span><span class="o">.</span><span class="na">println</span><span class="o">(</span><span class="no">MAX_N</span><span class="o">);</span>\n<span class="o">}</span>\n',
    ),
    (
        "java",
        "outer: for (;;) { break outer; }\n",
        '<span class="nl">outer:</span> <span class="k">for</span> <span class="o">(;;)</span> <span class="o">{</span> <span class="k">break</span> <span class="n">outer</span><span class="o">;</span> <span class="o">}</span>\n',
    ),
    (
        "scala",
        "val (a, b) = (1, 2)\nif (x) y.map(z)\n",
        '<span class="nf">val</span> <span class="o">(</span><span class="n">a</span><span class="o">,</span> <span class="n">b</span><span class="o">)</span> <span class="k">=</span> <span class="o">(</span><span class="mi">1</span><span class="o">,</span> <span class="mi">2</span><span class="o">)</span>\n<span class="nf">if</span> <span class="o">(</span><span class="n">x</span><span class="o">)</span> <span class="nv">y</span><span class="o">.</span><span class="py">map</span><span class="o">(</span><span class="n">z</span><span class="o">)</span>\n',
    ),
    (
        "scala",
        "sealed trait R[+A]\nimplicit val x: Int = 1\n",
        '<span class="k">sealed</span> <span class="k">trait</span> <span class="nc">R</span><span class="o">[</span><span class="kt">+A</span><span class="o">]</span>\n<span class="nc">implicit</span> <span class="k">val</span> <span class="nv">x</span><span class="k">:</span> <span class="kt">Int</span> <span class="o">=</span> <span class="mi">1</span>\n',
    ),
    (
        "swift",
        'let (a, b) = (1, 2)\nprint("n \\(a + 1)")\n',
        '<span class="k">let</span> <span class="p">(</span><span class="nv">a</span><span class="p">,</span> <span class="nv">b</span><span class="p">)</span> <span class="o">=</span> <span class="p">(</span><span class="mi">1</span><span class="p">,</span> <span class="mi">2</span><span class="p">)</span>\n<span class="nf">print</span><span class="p">(</span><span class="s">"n </span><span class="se">\\(</span><span class="n">a</span> <span class="o">+</span> <span class="mi">1</span><span class="se">)</span><span class="s">"</span><span class="p">)</span>\n',
    ),
    (
        "swift",
        "#if DEBUG\nx ?? y; #if\n#endif\n",
        '<span class="cp">#if DEBUG</span>\n<span class="n">x</span> <span class="p">??</span> <span class="n">y</span><span class="p">;</span> <span class="err">#</span><span class="k">if</span>\n<span class="cp">#endif</span>\n',
    ),
]


@pytest.mark.parametrize(("lang", "code", "rouge"), CASES)
def test_matches_rouge(lang: str, code: str, rouge: str) -> None:
    assert highlight_span(code, lang) == rouge

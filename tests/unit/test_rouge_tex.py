# ruff: noqa: E501
"""TeX/LaTeX highlighting matches rouge 3.30 byte-for-byte on tricky inputs.

Every expected string was produced by rouge 3.30.0 with
``Rouge::Formatters::HTML.new.format(lexer.lex(code))``, used as a black box.
"""

from __future__ import annotations

import pytest

from homepage_gen.render.highlight import highlight_span

# (code, rouge 3.30 HTML)
CASES = [
    ("a \\\\ b\n", 'a <span class="k">\\\\</span> b\n'),
    (
        "\\(x + 1\\)\n",
        '<span class="p">\\(</span><span class="nb">x </span><span class="o">+</span><span class="nb"> </span><span class="m">1</span><span class="p">\\)</span>\n',
    ),
    ("a & b ~ c\n", 'a <span class="p">&amp;</span> b ~ c\n'),
    (
        "\\verb|x_y|\n",
        '<span class="nb">\\verb</span><span class="kp">|</span><span class="sx">x_y</span><span class="kp">|</span>\n',
    ),
    (
        "\\item [a] b\n\\item[c] d\n",
        '<span class="k">\\item</span> [a] b\n<span class="k">\\item</span><span class="na">[c]</span> d\n',
    ),
    ("\\section*{Intro}\n", '<span class="k">\\section*</span><span class="p">{</span>Intro<span class="p">}</span>\n'),
    (
        "$a$ b $c$\n",
        '<span class="p">$</span><span class="nb">a</span><span class="p">$</span> b <span class="p">$</span><span class="nb">c</span><span class="p">$</span>\n',
    ),
    (
        "$\\text{if } x > 0, y < 1$\n",
        '<span class="p">$</span><span class="nv">\\text</span><span class="p">{</span><span class="nb">if </span><span class="p">}</span><span class="nb"> x &gt; </span><span class="m">0</span><span class="nb">, y &lt; </span><span class="m">1</span><span class="p">$</span>\n',
    ),
    (
        "$x_{i,j} = \\alpha^{2} \\cdot 3.14$\n",
        '<span class="p">$</span><span class="nb">x</span><span class="p">_{</span><span class="nb">i,j</span><span class="p">}</span><span class="nb"> </span><span class="o">=</span><span class="nb"> </span><span class="nv">\\alpha</span><span class="p">^{</span><span class="m">2</span><span class="p">}</span><span class="nb"> </span><span class="nv">\\cdot</span><span class="nb"> </span><span class="m">3</span><span class="nb">.</span><span class="m">14</span><span class="p">$</span>\n',
    ),
    ("100\\% and 5 apples\n", '100<span class="k">\\%</span> and 5 apples\n'),
    (
        "\\begin{tabular}{|c|c|}\n  a & b \\\\ \\hline\n\\end{tabular}\n",
        '<span class="nt">\\begin{tabular}</span><span class="p">{</span>|c|c|<span class="p">}</span>\n  a <span class="p">&amp;</span> b <span class="k">\\\\</span> <span class="k">\\hline</span>\n<span class="nt">\\end{tabular}</span>\n',
    ),
    (
        "\\begin{align*}\n  x &= 1 \\\\\n  y &= 2\n\\end{align*}\n",
        '<span class="nt">\\begin{align*}</span>\n  x <span class="p">&amp;</span>= 1 <span class="k">\\\\</span>\n  y <span class="p">&amp;</span>= 2\n<span class="nt">\\end{align*}</span>\n',
    ),
    (
        "\\newcommand{\\vect}[1]{\\mathbf{#1}}\n",
        '<span class="k">\\newcommand</span><span class="p">{</span><span class="k">\\vect</span><span class="p">}</span>[1]<span class="p">{</span><span class="k">\\mathbf</span><span class="p">{</span>#1<span class="p">}}</span>\n',
    ),
    ("\\@startsection\n", '<span class="k">\\@</span>startsection\n'),
    ("\\input{chapter1}\n", '<span class="k">\\input</span><span class="p">{</span>chapter1<span class="p">}</span>\n'),
    ("@ # $\n", '@ # <span class="p">$</span><span class="nb">\n</span>'),
    ("\\def\\foo{bar}\n", '<span class="k">\\def\\foo</span><span class="p">{</span>bar<span class="p">}</span>\n'),
    ("\\begin {x}\n", '<span class="k">\\begin</span> <span class="p">{</span>x<span class="p">}</span>\n'),
    ("\\end{itemize} % c\n", '<span class="nt">\\end{itemize}</span> <span class="c">% c</span>\n'),
    (
        "{\\bf bold} {\\em x}\n",
        '<span class="p">{</span><span class="k">\\bf</span> bold<span class="p">}</span> <span class="p">{</span><span class="k">\\em</span> x<span class="p">}</span>\n',
    ),
    (
        "$$\nx = 1\n$$\n",
        '<span class="p">$$</span><span class="nb">\nx </span><span class="o">=</span><span class="nb"> </span><span class="m">1</span><span class="nb">\n</span><span class="p">$$</span>\n',
    ),
    (
        "\\usepackage[utf8]{inputenc}\n",
        '<span class="k">\\usepackage</span><span class="na">[utf8]</span><span class="p">{</span>inputenc<span class="p">}</span>\n',
    ),
    (
        "\\documentclass{article}\n",
        '<span class="k">\\documentclass</span><span class="p">{</span>article<span class="p">}</span>\n',
    ),
    ("x^2 y_1\n", 'x<span class="p">^</span>2 y<span class="p">_</span>1\n'),
    (
        "\\cite[p.~3]{key}\n",
        '<span class="k">\\cite</span><span class="na">[p.~3]</span><span class="p">{</span>key<span class="p">}</span>\n',
    ),
    (
        "\\frac12 $\\frac12$\n",
        '<span class="k">\\frac</span>12 <span class="p">$</span><span class="nv">\\frac</span><span class="m">12</span><span class="p">$</span>\n',
    ),
    (
        "$a = [1, 2]$ $(x)$ $|x|$ $\\{x\\}$\n",
        '<span class="p">$</span><span class="nb">a </span><span class="o">=</span><span class="nb"> </span><span class="o">[</span><span class="m">1</span><span class="nb">, </span><span class="m">2</span><span class="o">]</span><span class="p">$</span> <span class="p">$</span><span class="o">(</span><span class="nb">x</span><span class="o">)</span><span class="p">$</span> <span class="p">$</span><span class="nb">|x|</span><span class="p">$</span> <span class="p">$</span><span class="nv">\\{</span><span class="nb">x</span><span class="nv">\\}</span><span class="p">$</span>\n',
    ),
    (
        "$x'$ $a!$ $a/b$ $a*b$ $a<b$\n",
        '<span class="p">$</span><span class="nb">x\'</span><span class="p">$</span> <span class="p">$</span><span class="nb">a</span><span class="o">!</span><span class="p">$</span> <span class="p">$</span><span class="nb">a</span><span class="o">/</span><span class="nb">b</span><span class="p">$</span> <span class="p">$</span><span class="nb">a</span><span class="o">*</span><span class="nb">b</span><span class="p">$</span> <span class="p">$</span><span class="nb">a&lt;b</span><span class="p">$</span>\n',
    ),
    ("\\ensuremath{x}\n", '<span class="k">\\ensuremath</span><span class="p">{</span>x<span class="p">}</span>\n'),
    (
        "\\[x\\] \\]\n",
        '<span class="p">\\[</span><span class="nb">x</span><span class="p">\\]</span> <span class="k">\\]</span>\n',
    ),
]


@pytest.mark.parametrize(("code", "rouge"), CASES)
def test_matches_rouge(code: str, rouge: str) -> None:
    assert highlight_span(code, "tex") == rouge

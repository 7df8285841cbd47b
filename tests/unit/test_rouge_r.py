# ruff: noqa: E501
"""R highlighting matches rouge 3.30 byte-for-byte on tricky inputs.

Every expected string was produced by rouge 3.30.0 with
``Rouge::Formatters::HTML.new.format(lexer.lex(code))``, used as a black box.
"""

from __future__ import annotations

import pytest

from homepage_gen.render.highlight import highlight_span

# (code, rouge 3.30 HTML)
CASES = [
    (
        "c (1)\n",
        '<span class="n">c</span><span class="w"> </span><span class="p">(</span><span class="m">1</span><span class="p">)</span><span class="w">\n</span>',
    ),
    ("c\n", '<span class="n">c</span><span class="w">\n</span>'),
    (
        "x.c(1)\n",
        '<span class="n">x.c</span><span class="p">(</span><span class="m">1</span><span class="p">)</span><span class="w">\n</span>',
    ),
    (
        "foo(1)\n",
        '<span class="n">foo</span><span class="p">(</span><span class="m">1</span><span class="p">)</span><span class="w">\n</span>',
    ),
    (
        "T; F; TRUE; NA_integer_; NA_real_; NA_character_; Inf; -Inf\n",
        '<span class="nb">T</span><span class="p">;</span><span class="w"> </span><span class="nb">F</span><span class="p">;</span><span class="w"> </span><span class="kc">TRUE</span><span class="p">;</span><span class="w"> </span><span class="kc">NA_integer_</span><span class="p">;</span><span class="w"> </span><span class="kc">NA_real_</span><span class="p">;</span><span class="w"> </span><span class="kc">NA_character_</span><span class="p">;</span><span class="w"> </span><span class="kc">Inf</span><span class="p">;</span><span class="w"> </span><span class="o">-</span><span class="kc">Inf</span><span class="w">\n</span>',
    ),
    (
        "x <- -1\n",
        '<span class="n">x</span><span class="w"> </span><span class="o">&lt;-</span><span class="w"> </span><span class="m">-1</span><span class="w">\n</span>',
    ),
    ("x-1\n", '<span class="n">x</span><span class="m">-1</span><span class="w">\n</span>'),
    (
        "x - 1\n",
        '<span class="n">x</span><span class="w"> </span><span class="o">-</span><span class="w"> </span><span class="m">1</span><span class="w">\n</span>',
    ),
    ("1:-1\n", '<span class="m">1</span><span class="o">:</span><span class="m">-1</span><span class="w">\n</span>'),
    (
        "0x1F 1.5e+3 .5 5. 1i 0xAL 100L 1e5L\n",
        '<span class="mh">0x1F</span><span class="w"> </span><span class="m">1.5e+3</span><span class="w"> </span><span class="m">.5</span><span class="w"> </span><span class="m">5</span><span class="n">.</span><span class="w"> </span><span class="m">1i</span><span class="w"> </span><span class="mh">0xAL</span><span class="w"> </span><span class="m">100L</span><span class="w"> </span><span class="m">1e5L</span><span class="w">\n</span>',
    ),
    (
        '\'a\\nb\' "c\\"d"\n',
        '<span class="s1">\'a\\nb\'</span><span class="w"> </span><span class="s2">"c\\"d"</span><span class="w">\n</span>',
    ),
    ('"multi\nline"\n', '<span class="s2">"multi\nline"</span><span class="w">\n</span>'),
    (
        "x <<- 1; 2 ->> y\n",
        '<span class="n">x</span><span class="w"> </span><span class="o">&lt;&lt;-</span><span class="w"> </span><span class="m">1</span><span class="p">;</span><span class="w"> </span><span class="m">2</span><span class="w"> </span><span class="o">-&gt;&gt;</span><span class="w"> </span><span class="n">y</span><span class="w">\n</span>',
    ),
    (
        "a %in% b; a %o% b; a %*% b; a %/% b\n",
        '<span class="n">a</span><span class="w"> </span><span class="o">%in%</span><span class="w"> </span><span class="n">b</span><span class="p">;</span><span class="w"> </span><span class="n">a</span><span class="w"> </span><span class="o">%o%</span><span class="w"> </span><span class="n">b</span><span class="p">;</span><span class="w"> </span><span class="n">a</span><span class="w"> </span><span class="o">%*%</span><span class="w"> </span><span class="n">b</span><span class="p">;</span><span class="w"> </span><span class="n">a</span><span class="w"> </span><span class="o">%/%</span><span class="w"> </span><span class="n">b</span><span class="w">\n</span>',
    ),
    (
        "a && b || c\n",
        '<span class="n">a</span><span class="w"> </span><span class="o">&amp;&amp;</span><span class="w"> </span><span class="n">b</span><span class="w"> </span><span class="o">||</span><span class="w"> </span><span class="n">c</span><span class="w">\n</span>',
    ),
    (
        "a != b <= c\n",
        '<span class="n">a</span><span class="w"> </span><span class="o">!=</span><span class="w"> </span><span class="n">b</span><span class="w"> </span><span class="o">&lt;=</span><span class="w"> </span><span class="n">c</span><span class="w">\n</span>',
    ),
    (
        "x[[1]]\n",
        '<span class="n">x</span><span class="p">[[</span><span class="m">1</span><span class="p">]]</span><span class="w">\n</span>',
    ),
    (
        "if (x) y else z\n",
        '<span class="k">if</span><span class="w"> </span><span class="p">(</span><span class="n">x</span><span class="p">)</span><span class="w"> </span><span class="n">y</span><span class="w"> </span><span class="k">else</span><span class="w"> </span><span class="n">z</span><span class="w">\n</span>',
    ),
    (
        "function(x) x\n",
        '<span class="k">function</span><span class="p">(</span><span class="n">x</span><span class="p">)</span><span class="w"> </span><span class="n">x</span><span class="w">\n</span>',
    ),
    (
        "\\(x) x + 1\n",
        '<span class="err">\\</span><span class="p">(</span><span class="n">x</span><span class="p">)</span><span class="w"> </span><span class="n">x</span><span class="w"> </span><span class="o">+</span><span class="w"> </span><span class="m">1</span><span class="w">\n</span>',
    ),
    (
        "x |> f()\n",
        '<span class="n">x</span><span class="w"> </span><span class="o">|&gt;</span><span class="w"> </span><span class="n">f</span><span class="p">()</span><span class="w">\n</span>',
    ),
    (
        "# comment\n#' roxygen\n",
        '<span class="c1"># comment</span><span class="w">\n</span><span class="cd">#\' roxygen</span><span class="w">\n</span>',
    ),
    (
        "`my var` <- 1\n",
        '<span class="n">`my var`</span><span class="w"> </span><span class="o">&lt;-</span><span class="w"> </span><span class="m">1</span><span class="w">\n</span>',
    ),
    (
        "._x <- .5\n",
        '<span class="n">._x</span><span class="w"> </span><span class="o">&lt;-</span><span class="w"> </span><span class="m">.5</span><span class="w">\n</span>',
    ),
    (
        "x$y$z\n",
        '<span class="n">x</span><span class="o">$</span><span class="n">y</span><span class="o">$</span><span class="n">z</span><span class="w">\n</span>',
    ),
    (
        "a ? b\n",
        '<span class="n">a</span><span class="w"> </span><span class="o">?</span><span class="w"> </span><span class="n">b</span><span class="w">\n</span>',
    ),
    ("@x\n", '<span class="o">@</span><span class="n">x</span><span class="w">\n</span>'),
    (
        "library(tidyverse)\nsuppressMessages(library(x))\n",
        '<span class="n">library</span><span class="p">(</span><span class="n">tidyverse</span><span class="p">)</span><span class="w">\n</span><span class="n">suppressMessages</span><span class="p">(</span><span class="n">library</span><span class="p">(</span><span class="n">x</span><span class="p">))</span><span class="w">\n</span>',
    ),
    (
        "TRUEx FALSE_ NULLs\n",
        '<span class="n">TRUEx</span><span class="w"> </span><span class="n">FALSE_</span><span class="w"> </span><span class="n">NULLs</span><span class="w">\n</span>',
    ),
    (
        "in for while\n",
        '<span class="k">in</span><span class="w"> </span><span class="k">for</span><span class="w"> </span><span class="k">while</span><span class="w">\n</span>',
    ),
    ("x@y\n", '<span class="n">x</span><span class="o">@</span><span class="n">y</span><span class="w">\n</span>'),
    (
        "df[, c('a', 'b')]\n",
        '<span class="n">df</span><span class="p">[,</span><span class="w"> </span><span class="nf">c</span><span class="p">(</span><span class="s1">\'a\'</span><span class="p">,</span><span class="w"> </span><span class="s1">\'b\'</span><span class="p">)]</span><span class="w">\n</span>',
    ),
    (
        "x = 1; y <- 2\n",
        '<span class="n">x</span><span class="w"> </span><span class="o">=</span><span class="w"> </span><span class="m">1</span><span class="p">;</span><span class="w"> </span><span class="n">y</span><span class="w"> </span><span class="o">&lt;-</span><span class="w"> </span><span class="m">2</span><span class="w">\n</span>',
    ),
    (
        'print(paste0("a", 1))\n',
        '<span class="n">print</span><span class="p">(</span><span class="n">paste0</span><span class="p">(</span><span class="s2">"a"</span><span class="p">,</span><span class="w"> </span><span class="m">1</span><span class="p">))</span><span class="w">\n</span>',
    ),
    ("invisible()\n", '<span class="nf">invisible</span><span class="p">()</span><span class="w">\n</span>'),
    (
        "sapply(1:3, function(i) i^2)\n",
        '<span class="n">sapply</span><span class="p">(</span><span class="m">1</span><span class="o">:</span><span class="m">3</span><span class="p">,</span><span class="w"> </span><span class="k">function</span><span class="p">(</span><span class="n">i</span><span class="p">)</span><span class="w"> </span><span class="n">i</span><span class="o">^</span><span class="m">2</span><span class="p">)</span><span class="w">\n</span>',
    ),
    (
        "ifelse(x > 0, 1, 0)\n",
        '<span class="n">ifelse</span><span class="p">(</span><span class="n">x</span><span class="w"> </span><span class="o">&gt;</span><span class="w"> </span><span class="m">0</span><span class="p">,</span><span class="w"> </span><span class="m">1</span><span class="p">,</span><span class="w"> </span><span class="m">0</span><span class="p">)</span><span class="w">\n</span>',
    ),
    (
        "NextMethod UseMethod\n",
        '<span class="n">NextMethod</span><span class="w"> </span><span class="n">UseMethod</span><span class="w">\n</span>',
    ),
    ("5\n", '<span class="m">5</span><span class="w">\n</span>'),
    (
        "x <- 5 # trailing\n",
        '<span class="n">x</span><span class="w"> </span><span class="o">&lt;-</span><span class="w"> </span><span class="m">5</span><span class="w"> </span><span class="c1"># trailing</span><span class="w">\n</span>',
    ),
    ("\t\n", '<span class="w">\t\n</span>'),
    ("x:=y\n", '<span class="n">x</span><span class="o">:=</span><span class="n">y</span><span class="w">\n</span>'),
    ("x<-1\n", '<span class="n">x</span><span class="o">&lt;</span><span class="m">-1</span><span class="w">\n</span>'),
    ("a-b\n", '<span class="n">a</span><span class="o">-</span><span class="n">b</span><span class="w">\n</span>'),
    ("1-2\n", '<span class="m">1-2</span><span class="w">\n</span>'),
    (
        "f(-1)\n",
        '<span class="n">f</span><span class="p">(</span><span class="m">-1</span><span class="p">)</span><span class="w">\n</span>',
    ),
    ("-0x1F\n", '<span class="m">-0</span><span class="n">x1F</span><span class="w">\n</span>'),
    (
        "x<--1\n",
        '<span class="n">x</span><span class="o">&lt;-</span><span class="m">-1</span><span class="w">\n</span>',
    ),
    ("-.5\n", '<span class="m">-.5</span><span class="w">\n</span>'),
    ("x-.5\n", '<span class="n">x</span><span class="m">-.5</span><span class="w">\n</span>'),
    ("a_b.c9\n", '<span class="n">a_b.c9</span><span class="w">\n</span>'),
    ("_x\n", '<span class="err">_</span><span class="n">x</span><span class="w">\n</span>'),
    ("9abc\n", '<span class="m">9</span><span class="n">abc</span><span class="w">\n</span>'),
    ("1e\n", '<span class="m">1</span><span class="n">e</span><span class="w">\n</span>'),
    (
        "x <- 'unterminated\n",
        '<span class="n">x</span><span class="w"> </span><span class="o">&lt;-</span><span class="w"> </span><span class="err">\'</span><span class="n">unterminated</span><span class="w">\n</span>',
    ),
    (
        "..1 ..2\n",
        '<span class="n">..1</span><span class="w"> </span><span class="n">..2</span><span class="w">\n</span>',
    ),
    (
        "x[-1]\n",
        '<span class="n">x</span><span class="p">[</span><span class="m">-1</span><span class="p">]</span><span class="w">\n</span>',
    ),
    (
        "TRUE(1)\n",
        '<span class="kc">TRUE</span><span class="p">(</span><span class="m">1</span><span class="p">)</span><span class="w">\n</span>',
    ),
    (
        "c[1]\n",
        '<span class="n">c</span><span class="p">[</span><span class="m">1</span><span class="p">]</span><span class="w">\n</span>',
    ),
    (
        "if(x)\n",
        '<span class="k">if</span><span class="p">(</span><span class="n">x</span><span class="p">)</span><span class="w">\n</span>',
    ),
    (
        "a %% b\n",
        '<span class="n">a</span><span class="w"> </span><span class="o">%%</span><span class="w"> </span><span class="n">b</span><span class="w">\n</span>',
    ),
    ("-\n", '<span class="o">-</span><span class="w">\n</span>'),
    (
        "x<=-1\n",
        '<span class="n">x</span><span class="o">&lt;=</span><span class="m">-1</span><span class="w">\n</span>',
    ),
    ("x=-1\n", '<span class="n">x</span><span class="o">=</span><span class="m">-1</span><span class="w">\n</span>'),
]


@pytest.mark.parametrize(("code", "rouge"), CASES)
def test_matches_rouge(code: str, rouge: str) -> None:
    assert highlight_span(code, "r") == rouge

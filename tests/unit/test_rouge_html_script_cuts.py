# ruff: noqa: E501
"""HTML highlighting matches rouge 3.30 where a script body holds a "<": a ``//`` comment stops
there and the rest of its line is lexed as code; ``<!--`` is an operator.

Every expected string was produced by rouge 3.30.0 with
``Rouge::Formatters::HTML.new.format(lexer.lex(code))``, used as a black box.
"""

from __future__ import annotations

import pytest

from homepage_gen.render.highlight import highlight_span

# (code, rouge 3.30 HTML)
CASES = [
    (
        "<script>var a = 1 < 2;</script>\n",
        '<span class="nt">&lt;script&gt;</span><span class="kd">var</span> <span class="nx">a</span> <span class="o">=</span> <span class="mi">1</span> <span class="o">&lt;</span> <span class="mi">2</span><span class="p">;</span><span class="nt">&lt;/script&gt;</span>\n',
    ),
    (
        "<script>\n// a <b> c\nx\n</script>\n",
        '<span class="nt">&lt;script&gt;</span>\n<span class="c1">// a </span><span class="o">&lt;</span><span class="nx">b</span><span class="o">&gt;</span> <span class="nx">c</span>\n<span class="nx">x</span>\n<span class="nt">&lt;/script&gt;</span>\n',
    ),
    (
        '<script>"a<b"</script>\n',
        '<span class="nt">&lt;script&gt;</span><span class="dl">"</span><span class="s2">a&lt;b</span><span class="dl">"</span><span class="nt">&lt;/script&gt;</span>\n',
    ),
    (
        "<script>/* a <b */ x</script>\n",
        '<span class="nt">&lt;script&gt;</span><span class="cm">/* a &lt;b */</span> <span class="nx">x</span><span class="nt">&lt;/script&gt;</span>\n',
    ),
    (
        "<script>x = `a<b` + 1;</script>\n",
        '<span class="nt">&lt;script&gt;</span><span class="nx">x</span> <span class="o">=</span> <span class="s2">`a&lt;b`</span> <span class="o">+</span> <span class="mi">1</span><span class="p">;</span><span class="nt">&lt;/script&gt;</span>\n',
    ),
    (
        "<script>x = 'a<b' + 1;</script>\n",
        '<span class="nt">&lt;script&gt;</span><span class="nx">x</span> <span class="o">=</span> <span class="dl">\'</span><span class="s1">a&lt;b</span><span class="dl">\'</span> <span class="o">+</span> <span class="mi">1</span><span class="p">;</span><span class="nt">&lt;/script&gt;</span>\n',
    ),
    (
        "<script>x = /a<b/;</script>\n",
        '<span class="nt">&lt;script&gt;</span><span class="nx">x</span> <span class="o">=</span> <span class="sr">/a&lt;b/</span><span class="p">;</span><span class="nt">&lt;/script&gt;</span>\n',
    ),
    (
        "<script>// a < b\nx</script>\n",
        '<span class="nt">&lt;script&gt;</span><span class="c1">// a </span><span class="o">&lt;</span> <span class="nx">b</span>\n<span class="nx">x</span><span class="nt">&lt;/script&gt;</span>\n',
    ),
    (
        "<script>a\n<\nb</script>\n",
        '<span class="nt">&lt;script&gt;</span><span class="nx">a</span>\n<span class="o">&lt;</span>\n<span class="nx">b</span><span class="nt">&lt;/script&gt;</span>\n',
    ),
    (
        "<script>a <</script>\n",
        '<span class="nt">&lt;script&gt;</span><span class="nx">a</span> <span class="o">&lt;</span><span class="nt">&lt;/script&gt;</span>\n',
    ),
    (
        "<script>// a <b> c</script>\n",
        '<span class="nt">&lt;script&gt;</span><span class="c1">// a </span><span class="o">&lt;</span><span class="nx">b</span><span class="o">&gt;</span> <span class="nx">c</span><span class="nt">&lt;/script&gt;</span>\n',
    ),
    (
        "<script>if (a<b) {}</script>\n",
        '<span class="nt">&lt;script&gt;</span><span class="k">if</span> <span class="p">(</span><span class="nx">a</span><span class="o">&lt;</span><span class="nx">b</span><span class="p">)</span> <span class="p">{}</span><span class="nt">&lt;/script&gt;</span>\n',
    ),
    (
        "<script>\n<!--\nx()\n//-->\n</script>\n",
        '<span class="nt">&lt;script&gt;</span>\n<span class="o">&lt;!--</span>\n<span class="nx">x</span><span class="p">()</span>\n<span class="c1">//--&gt;</span>\n<span class="nt">&lt;/script&gt;</span>\n',
    ),
    (
        "<script>x = 1 // a<b\n/re/.test(x)</script>\n",
        '<span class="nt">&lt;script&gt;</span><span class="nx">x</span> <span class="o">=</span> <span class="mi">1</span> <span class="c1">// a</span><span class="o">&lt;</span><span class="nx">b</span>\n<span class="o">/</span><span class="nx">re</span><span class="o">/</span><span class="p">.</span><span class="nx">test</span><span class="p">(</span><span class="nx">x</span><span class="p">)</span><span class="nt">&lt;/script&gt;</span>\n',
    ),
    (
        "<script>x( // a<b\n/re/.test(x))</script>\n",
        '<span class="nt">&lt;script&gt;</span><span class="nx">x</span><span class="p">(</span> <span class="c1">// a</span><span class="o">&lt;</span><span class="nx">b</span>\n<span class="o">/</span><span class="nx">re</span><span class="o">/</span><span class="p">.</span><span class="nx">test</span><span class="p">(</span><span class="nx">x</span><span class="p">))</span><span class="nt">&lt;/script&gt;</span>\n',
    ),
    (
        "<script>// a<b<c\n</script>\n",
        '<span class="nt">&lt;script&gt;</span><span class="c1">// a</span><span class="o">&lt;</span><span class="nx">b</span><span class="o">&lt;</span><span class="nx">c</span>\n<span class="nt">&lt;/script&gt;</span>\n',
    ),
    (
        "<script>a /* x */ // y <\n</script>\n",
        '<span class="nt">&lt;script&gt;</span><span class="nx">a</span> <span class="cm">/* x */</span> <span class="c1">// y </span><span class="o">&lt;</span>\n<span class="nt">&lt;/script&gt;</span>\n',
    ),
]


@pytest.mark.parametrize(("code", "rouge"), CASES)
def test_matches_rouge(code: str, rouge: str) -> None:
    assert highlight_span(code, "html") == rouge

# ruff: noqa: E501
"""Fortran, INI and generic config highlighting, and Ruby's ASCII-only \\s and \\w, match rouge 3.30.

Every expected string was produced by rouge 3.30.0 with
``Rouge::Formatters::HTML.new.format(lexer.lex(code))``, used as a black box.
"""

from __future__ import annotations

import pytest

from homepage_gen.render.highlight import highlight_span
from homepage_gen.render.rouge_lexer import rb_pattern

# (language, code, rouge 3.30 HTML)
CASES = [
    (
        "fortran",
        "type inputtype\n  character(len=30) :: name\nend type\n",
        '<span class="k">type</span><span class="w"> </span><span class="n">inputtype</span><span class="w">\n  </span><span class="kt">character</span><span class="p">(</span><span class="nb">len</span><span class="o">=</span><span class="mi">30</span><span class="p">)</span><span class="w"> </span><span class="p">::</span><span class="w"> </span><span class="n">name</span><span class="w">\n</span><span class="k">end</span><span class="w"> </span><span class="k">type</span><span class="w">\n</span>',
    ),
    (
        "fortran",
        "x = pos+1 - 2\ny = a-1.5d0\n",
        '<span class="n">x</span><span class="w"> </span><span class="o">=</span><span class="w"> </span><span class="n">pos</span><span class="mi">+1</span><span class="w"> </span><span class="o">-</span><span class="w"> </span><span class="mi">2</span><span class="w">\n</span><span class="n">y</span><span class="w"> </span><span class="o">=</span><span class="w"> </span><span class="n">a</span><span class="mf">-1.5d0</span><span class="w">\n</span>',
    ),
    (
        "fortran",
        "10 continue\n  10 continue\n10continue\n1.e5\n",
        '<span class="nl">10</span><span class="w"> </span><span class="k">continue</span><span class="w">\n  </span><span class="mi">10</span><span class="w"> </span><span class="k">continue</span><span class="w">\n</span><span class="mi">10</span><span class="k">continue</span><span class="w">\n</span><span class="nl">1</span><span class="err">.</span><span class="n">e5</span><span class="w">\n</span>',
    ),
    (
        "fortran",
        "100 format(2(i3,1x), 'a''b', /)\nx = 1\n",
        '<span class="nl">100</span><span class="w"> </span><span class="k">format</span><span class="p">(</span><span class="l">2</span><span class="p">(</span><span class="l">i3</span><span class="p">,</span><span class="l">1x</span><span class="p">),</span><span class="w"> </span><span class="s1">\'a</span><span class="se">\'\'</span><span class="s1">b\'</span><span class="p">,</span><span class="w"> </span><span class="l">/</span><span class="p">)</span><span class="w">\n</span><span class="n">x</span><span class="w"> </span><span class="o">=</span><span class="w"> </span><span class="mi">1</span><span class="w">\n</span>',
    ),
    (
        "fortran",
        "error  stop\ngo to 5\ndouble\nprecision x\nsync all\n",
        '<span class="k">error  stop</span><span class="w">\n</span><span class="k">go to</span><span class="w"> </span><span class="mi">5</span><span class="w">\n</span><span class="kt">double\nprecision</span><span class="w"> </span><span class="n">x</span><span class="w">\n</span><span class="k">sync all</span><span class="w">\n</span>',
    ),
    (
        "fortran",
        "#define X 1\n  #include <a.h>\n",
        '<span class="cp">#define X 1</span><span class="w">\n  </span><span class="err">#</span><span class="k">include</span><span class="w"> </span><span class="o">&lt;</span><span class="n">a</span><span class="err">.</span><span class="n">h</span><span class="o">&gt;</span><span class="w">\n</span>',
    ),
    (
        "fortran",
        ".TRUE. .and. .myop. y.eq.z\n",
        '<span class="kc">.TRUE.</span><span class="w"> </span><span class="ow">.and.</span><span class="w"> </span><span class="ow">.myop.</span><span class="w"> </span><span class="n">y</span><span class="ow">.eq.</span><span class="n">z</span><span class="w">\n</span>',
    ),
    (
        "fortran",
        's = "unterminated\nnext = 1\n',
        '<span class="n">s</span><span class="w"> </span><span class="o">=</span><span class="w"> </span><span class="s2">"unterminated\nnext = 1\n</span>',
    ),
    (
        "ini",
        "k =\nk = \nz=1\n",
        '<span class="py">k</span> <span class="p">=</span>\n<span class="py">k</span> <span class="p">=</span> \n<span class="s">z=1</span>\n',
    ),
    (
        "ini",
        "x = 'q' b\nx = a 'q' b\n",
        '<span class="py">x</span> <span class="p">=</span> <span class="s">\'q\'</span> <span class="s">b</span>\n<span class="py">x</span> <span class="p">=</span> <span class="s">a \'q\' b</span>\n',
    ),
    (
        "ini",
        "k = 'a' ; c\nnext = 1\n",
        '<span class="py">k</span> <span class="p">=</span> <span class="s">\'a\'</span> <span class="c">; c\n</span><span class="s">next = 1</span>\n',
    ),
    (
        "ini",
        "a;b = 1\nkey with spaces = v\n# no line break",
        '<span class="err">a</span><span class="c">;b = 1\n</span><span class="err">key</span> <span class="err">with</span> <span class="py">spaces</span> <span class="p">=</span> <span class="s">v</span>\n<span class="err">#</span> <span class="err">no</span> <span class="err">line</span> <span class="err">break</span>',
    ),
    (
        "ini",
        "multi = a \\\n  b\n",
        '<span class="py">multi</span> <span class="p">=</span> <span class="s">a </span><span class="se">\\\n</span>  <span class="s">b</span>\n',
    ),
    ("conf", "x # end", '<span class="n">x</span> <span class="err">#</span> <span class="n">end</span>'),
    (
        "conf",
        "_x x_1 123abc 'a\nb'\n",
        '<span class="err">_</span><span class="n">x</span> <span class="n">x_1</span> <span class="m">123</span><span class="n">abc</span> <span class="err">\'</span><span class="n">a</span>\n<span class="n">b</span><span class="err">\'</span>\n',
    ),
    ("bash", "gs\xa0-sDEVICE=pdfwrite\xa0-dBATCH\n", 'gs\xa0-sDEVICE<span class="o">=</span>pdfwrite\xa0-dBATCH\n'),
    (
        "bash",
        "echo $café café=1\n",
        '<span class="nb">echo</span> <span class="nv">$caf</span>é café<span class="o">=</span>1\n',
    ),
    (
        "java",
        "package\xa0a.b;\n",
        '<span class="kn">package</span><span class="err">\xa0</span><span class="nn">a.b</span><span class="o">;</span>\n',
    ),
    (
        "python",
        "café = 1\xa0+ 2\n",
        '<span class="n">café</span> <span class="o">=</span> <span class="mi">1</span><span class="err">\xa0</span><span class="o">+</span> <span class="mi">2</span>\n',
    ),
    (
        "javascript",
        "var café = 1;\n",
        '<span class="kd">var</span> <span class="nx">café</span> <span class="o">=</span> <span class="mi">1</span><span class="p">;</span>\n',
    ),
]


@pytest.mark.parametrize(("lang", "code", "rouge"), CASES, ids=lambda v: str(v)[:24])
def test_matches_rouge(lang: str, code: str, rouge: str) -> None:
    assert highlight_span(code, lang) == rouge


@pytest.mark.parametrize(
    ("pattern", "ruby"),
    [
        (r"\s+", r"[ \t\n\r\f\v]+"),
        (r"[^\s;]", r"[^ \t\n\r\f\v;]"),
        (r"\d\w", r"[0-9]\w"),
        (r"[^\S\n]+", r"(?:(?![\n])[ \t\n\r\f\v])+"),
        (r"[\S\t ]", r"(?:[^ \t\n\r\f\v]|[\t ])"),
        (r"\\s", r"\\s"),
        (r"[]a]", r"[\]a]"),
    ],
)
def test_ruby_classes(pattern: str, ruby: str) -> None:
    assert rb_pattern(pattern) == ruby


def test_ascii_word_option() -> None:
    assert rb_pattern(r"\w+", ascii_word=True) == "[a-zA-Z0-9_]+"

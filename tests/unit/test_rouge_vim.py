# ruff: noqa: E501
"""Vim script highlighting matches rouge 3.30 on tricky inputs.

Every expected string was produced by rouge 3.30.0 with
``Rouge::Formatters::HTML.new.format(lexer.lex(code))``, used as a black box.
"""

from __future__ import annotations

import pytest

from homepage_gen.render.highlight import highlight_span

# (language, code, rouge 3.30 HTML)
CASES = [
    (
        "vim",
        'set ts=4 " tab\n" comment\n',
        '<span class="k">set</span> <span class="k">ts</span><span class="p">=</span><span class="m">4</span> " <span class="k">tab</span>\n<span class="c">" comment</span>\n',
    ),
    (
        "vim",
        'set expandtab\xa0" use as\n',
        '<span class="k">set</span> <span class="nb">expandtab</span>\xa0" use <span class="k">as</span>\n',
    ),
    ("vim", "x\n\n  \\ y\n", '<span class="k">x</span>\n<span class="se">\n  \\</span> <span class="k">y</span>\n'),
    ("vim", 'm \\"%\\"\\ \\$*\n', '<span class="k">m</span> \\<span class="s2">"%\\"</span>\\ \\$*\n'),
    (
        "vim",
        "let r = '\\'' 'it''s'\n",
        '<span class="k">let</span> <span class="k">r</span> <span class="p">=</span> <span class="s1">\'\\\'\'</span> <span class="s1">\'it\'\'s\'</span>\n',
    ),
    (
        "vim",
        "bd bdel bdelete echo light lightx\n",
        '<span class="k">bd</span> bdel <span class="k">bdelete</span> echo <span class="nb">light</span> lightx\n',
    ),
    (
        "vim",
        "s:aé s:a x1é 123abc &brišI\n",
        's<span class="p">:</span>aé <span class="nv">s:a</span> x<span class="m">1</span>é <span class="m">123</span><span class="k">abc</span> &amp;brišI\n',
    ),
    (
        "viml",
        "let g:a = -5 #12345 #1234567\n",
        '<span class="k">let</span> <span class="nv">g:a</span> <span class="p">=</span> <span class="m">-5</span> #<span class="m">12345</span> <span class="mh">#123456</span><span class="m">7</span>\n',
    ),
]


@pytest.mark.parametrize(("lang", "code", "rouge"), CASES)
def test_matches_rouge(lang: str, code: str, rouge: str) -> None:
    assert highlight_span(code, lang) == rouge

# ruff: noqa: E501
"""LaTeX highlighting matches rouge 3.30 on ``&`` inside math (punctuation, as outside).

Every expected string was produced by rouge 3.30.0 with
``Rouge::Formatters::HTML.new.format(lexer.lex(code))``, used as a black box.
"""

from __future__ import annotations

import pytest

from homepage_gen.render.highlight import highlight_span

# (code, rouge 3.30 HTML)
CASES = [
    (
        "\\[a & b\\]\n",
        '<span class="p">\\[</span><span class="nb">a </span><span class="p">&amp;</span><span class="nb"> b</span><span class="p">\\]</span>\n',
    ),
    (
        "$$a&b$$\n",
        '<span class="p">$$</span><span class="nb">a</span><span class="p">&amp;</span><span class="nb">b</span><span class="p">$$</span>\n',
    ),
    ("a & b\n", 'a <span class="p">&amp;</span> b\n'),
    (
        "\\begin{aligned} a &= b \\\\ c &= d \\end{aligned}\n",
        '<span class="nt">\\begin{aligned}</span> a <span class="p">&amp;</span>= b <span class="k">\\\\</span> c <span class="p">&amp;</span>= d <span class="nt">\\end{aligned}</span>\n',
    ),
    (
        "$a&b$\n",
        '<span class="p">$</span><span class="nb">a</span><span class="p">&amp;</span><span class="nb">b</span><span class="p">$</span>\n',
    ),
]


@pytest.mark.parametrize(("code", "rouge"), CASES)
def test_matches_rouge(code: str, rouge: str) -> None:
    assert highlight_span(code, "latex") == rouge

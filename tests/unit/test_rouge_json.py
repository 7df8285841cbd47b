# ruff: noqa: E501
"""JSON highlighting matches rouge 3.30 byte-for-byte on tricky inputs.

Every expected string was produced by rouge 3.30.0 with
``Rouge::Formatters::HTML.new.format(lexer.lex(code))``, used as a black box.
"""

from __future__ import annotations

import pytest

from homepage_gen.render.highlight import highlight_span

# (code, rouge 3.30 HTML)
CASES = [
    (
        '{"a\\"b": 1}\n',
        '<span class="p">{</span><span class="nl">"a\\"b"</span><span class="p">:</span><span class="w"> </span><span class="mi">1</span><span class="p">}</span><span class="w">\n</span>',
    ),
    (
        '{"a" : 1}\n',
        '<span class="p">{</span><span class="nl">"a"</span><span class="w"> </span><span class="p">:</span><span class="w"> </span><span class="mi">1</span><span class="p">}</span><span class="w">\n</span>',
    ),
    (
        '{"a"\n:\n1}\n',
        '<span class="p">{</span><span class="nl">"a"</span><span class="w">\n</span><span class="p">:</span><span class="w">\n</span><span class="mi">1</span><span class="p">}</span><span class="w">\n</span>',
    ),
    (": 1\n", '<span class="err">:</span><span class="w"> </span><span class="mi">1</span><span class="w">\n</span>'),
    (
        '"a":"b":"c"\n',
        '<span class="nl">"a"</span><span class="p">:</span><span class="nl">"b"</span><span class="p">:</span><span class="s2">"c"</span><span class="w">\n</span>',
    ),
    (
        "[1e5, 1E+5, -0, 0.5, .5, 5., 01, -1.5E-10, +1]\n",
        '<span class="p">[</span><span class="mi">1e5</span><span class="p">,</span><span class="w"> </span><span class="mi">1E+5</span><span class="p">,</span><span class="w"> </span><span class="mi">-0</span><span class="p">,</span><span class="w"> </span><span class="mf">0.5</span><span class="p">,</span><span class="w"> </span><span class="err">.</span><span class="mi">5</span><span class="p">,</span><span class="w"> </span><span class="mi">5</span><span class="err">.</span><span class="p">,</span><span class="w"> </span><span class="mi">01</span><span class="p">,</span><span class="w"> </span><span class="mf">-1.5E-10</span><span class="p">,</span><span class="w"> </span><span class="err">+</span><span class="mi">1</span><span class="p">]</span><span class="w">\n</span>',
    ),
    (
        "TRUE True nul\n",
        '<span class="err">TRUE</span><span class="w"> </span><span class="err">True</span><span class="w"> </span><span class="err">nul</span><span class="w">\n</span>',
    ),
    ('"unterminated\n1\n', '<span class="s2">"unterminated\n1\n</span>'),
    (
        '"a\\x"\n',
        '<span class="s2">"a</span><span class="se">\\x</span><span class="s2">"</span><span class="w">\n</span>',
    ),
    (
        '{"k": "v" , "k2":1}\n',
        '<span class="p">{</span><span class="nl">"k"</span><span class="p">:</span><span class="w"> </span><span class="s2">"v"</span><span class="w"> </span><span class="p">,</span><span class="w"> </span><span class="nl">"k2"</span><span class="p">:</span><span class="mi">1</span><span class="p">}</span><span class="w">\n</span>',
    ),
    ("\t\n", '<span class="w">\t\n</span>'),
    ("truefalse\n", '<span class="kc">truefalse</span><span class="w">\n</span>'),
    ('"a"b\n', '<span class="s2">"a"</span><span class="err">b</span><span class="w">\n</span>'),
    ('"key":\n', '<span class="nl">"key"</span><span class="p">:</span><span class="w">\n</span>'),
    (
        '{"a":{"b":[{"c":"d"}]}}\n',
        '<span class="p">{</span><span class="nl">"a"</span><span class="p">:{</span><span class="nl">"b"</span><span class="p">:[{</span><span class="nl">"c"</span><span class="p">:</span><span class="s2">"d"</span><span class="p">}]}}</span><span class="w">\n</span>',
    ),
    (
        "x@# ~\n",
        '<span class="err">x@#</span><span class="w"> </span><span class="err">~</span><span class="w">\n</span>',
    ),
]


@pytest.mark.parametrize(("code", "rouge"), CASES)
def test_matches_rouge(code: str, rouge: str) -> None:
    assert highlight_span(code, "json") == rouge

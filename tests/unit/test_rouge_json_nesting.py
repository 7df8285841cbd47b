# ruff: noqa: E501
"""JSON highlighting matches rouge 3.30 where nesting matters: a comma outside ``{}``/``[]``,
a mismatched closer, a key inside an array.

Every expected string was produced by rouge 3.30.0 with
``Rouge::Formatters::HTML.new.format(lexer.lex(code))``, used as a black box.
"""

from __future__ import annotations

import pytest

from homepage_gen.render.highlight import highlight_span

# (code, rouge 3.30 HTML)
CASES = [
    (
        "{}, {}\n",
        '<span class="p">{}</span><span class="err">,</span><span class="w"> </span><span class="p">{}</span><span class="w">\n</span>',
    ),
    (
        "[1,2], 3\n",
        '<span class="p">[</span><span class="mi">1</span><span class="p">,</span><span class="mi">2</span><span class="p">]</span><span class="err">,</span><span class="w"> </span><span class="mi">3</span><span class="w">\n</span>',
    ),
    (
        "1, 2\n",
        '<span class="mi">1</span><span class="err">,</span><span class="w"> </span><span class="mi">2</span><span class="w">\n</span>',
    ),
    (
        '{"a": 1},\n',
        '<span class="p">{</span><span class="nl">"a"</span><span class="p">:</span><span class="w"> </span><span class="mi">1</span><span class="p">}</span><span class="err">,</span><span class="w">\n</span>',
    ),
    (
        '[{"a": 1},\n{"b": 2}]\n',
        '<span class="p">[{</span><span class="nl">"a"</span><span class="p">:</span><span class="w"> </span><span class="mi">1</span><span class="p">},</span><span class="w">\n</span><span class="p">{</span><span class="nl">"b"</span><span class="p">:</span><span class="w"> </span><span class="mi">2</span><span class="p">}]</span><span class="w">\n</span>',
    ),
    (
        '{"a": [1, 2], "b": {"c": 3}},\n',
        '<span class="p">{</span><span class="nl">"a"</span><span class="p">:</span><span class="w"> </span><span class="p">[</span><span class="mi">1</span><span class="p">,</span><span class="w"> </span><span class="mi">2</span><span class="p">],</span><span class="w"> </span><span class="nl">"b"</span><span class="p">:</span><span class="w"> </span><span class="p">{</span><span class="nl">"c"</span><span class="p">:</span><span class="w"> </span><span class="mi">3</span><span class="p">}}</span><span class="err">,</span><span class="w">\n</span>',
    ),
    ("],\n", '<span class="p">]</span><span class="err">,</span><span class="w">\n</span>'),
    ("},\n", '<span class="p">}</span><span class="err">,</span><span class="w">\n</span>'),
    (
        "}}, 1\n",
        '<span class="p">}}</span><span class="err">,</span><span class="w"> </span><span class="mi">1</span><span class="w">\n</span>',
    ),
    (
        '{"a": 1}}, 2\n',
        '<span class="p">{</span><span class="nl">"a"</span><span class="p">:</span><span class="w"> </span><span class="mi">1</span><span class="p">}}</span><span class="err">,</span><span class="w"> </span><span class="mi">2</span><span class="w">\n</span>',
    ),
    (
        '"x" : 1\n',
        '<span class="nl">"x"</span><span class="w"> </span><span class="p">:</span><span class="w"> </span><span class="mi">1</span><span class="w">\n</span>',
    ),
    (
        '{"a" 1}\n',
        '<span class="p">{</span><span class="s2">"a"</span><span class="w"> </span><span class="mi">1</span><span class="p">}</span><span class="w">\n</span>',
    ),
    (
        '["a": 1]\n',
        '<span class="p">[</span><span class="s2">"a"</span><span class="err">:</span><span class="w"> </span><span class="mi">1</span><span class="p">]</span><span class="w">\n</span>',
    ),
    (":\n", '<span class="err">:</span><span class="w">\n</span>'),
    ("{:}\n", '<span class="p">{</span><span class="err">:</span><span class="p">}</span><span class="w">\n</span>'),
    ("[,]\n", '<span class="p">[,]</span><span class="w">\n</span>'),
    (
        '{"a": "b": "c"}\n',
        '<span class="p">{</span><span class="nl">"a"</span><span class="p">:</span><span class="w"> </span><span class="nl">"b"</span><span class="p">:</span><span class="w"> </span><span class="s2">"c"</span><span class="p">}</span><span class="w">\n</span>',
    ),
    (
        "{ , }\n",
        '<span class="p">{</span><span class="w"> </span><span class="p">,</span><span class="w"> </span><span class="p">}</span><span class="w">\n</span>',
    ),
    (
        "[1 , 2]\n",
        '<span class="p">[</span><span class="mi">1</span><span class="w"> </span><span class="p">,</span><span class="w"> </span><span class="mi">2</span><span class="p">]</span><span class="w">\n</span>',
    ),
    (
        "[[1],[2]],[3]\n",
        '<span class="p">[[</span><span class="mi">1</span><span class="p">],[</span><span class="mi">2</span><span class="p">]]</span><span class="err">,</span><span class="p">[</span><span class="mi">3</span><span class="p">]</span><span class="w">\n</span>',
    ),
    (
        '{"a":{"b":[{},{}]}},{}\n',
        '<span class="p">{</span><span class="nl">"a"</span><span class="p">:{</span><span class="nl">"b"</span><span class="p">:[{},{}]}}</span><span class="err">,</span><span class="p">{}</span><span class="w">\n</span>',
    ),
    (
        "] , [\n",
        '<span class="p">]</span><span class="w"> </span><span class="err">,</span><span class="w"> </span><span class="p">[</span><span class="w">\n</span>',
    ),
    (
        "[}, 1]\n",
        '<span class="p">[</span><span class="err">}</span><span class="p">,</span><span class="w"> </span><span class="mi">1</span><span class="p">]</span><span class="w">\n</span>',
    ),
    (
        '{], "a": 1}\n',
        '<span class="p">{</span><span class="err">]</span><span class="p">,</span><span class="w"> </span><span class="nl">"a"</span><span class="p">:</span><span class="w"> </span><span class="mi">1</span><span class="p">}</span><span class="w">\n</span>',
    ),
    (
        "[1}, 2], 3\n",
        '<span class="p">[</span><span class="mi">1</span><span class="err">}</span><span class="p">,</span><span class="w"> </span><span class="mi">2</span><span class="p">]</span><span class="err">,</span><span class="w"> </span><span class="mi">3</span><span class="w">\n</span>',
    ),
    (
        '{"a":1], "b":2}, 3\n',
        '<span class="p">{</span><span class="nl">"a"</span><span class="p">:</span><span class="mi">1</span><span class="err">]</span><span class="p">,</span><span class="w"> </span><span class="nl">"b"</span><span class="p">:</span><span class="mi">2</span><span class="p">}</span><span class="err">,</span><span class="w"> </span><span class="mi">3</span><span class="w">\n</span>',
    ),
    (
        '["a" : 1]\n',
        '<span class="p">[</span><span class="s2">"a"</span><span class="w"> </span><span class="err">:</span><span class="w"> </span><span class="mi">1</span><span class="p">]</span><span class="w">\n</span>',
    ),
    (
        '{"a": ["x": 1], "b": 2}\n',
        '<span class="p">{</span><span class="nl">"a"</span><span class="p">:</span><span class="w"> </span><span class="p">[</span><span class="s2">"x"</span><span class="err">:</span><span class="w"> </span><span class="mi">1</span><span class="p">],</span><span class="w"> </span><span class="nl">"b"</span><span class="p">:</span><span class="w"> </span><span class="mi">2</span><span class="p">}</span><span class="w">\n</span>',
    ),
    (
        '}, "a": 1\n',
        '<span class="p">}</span><span class="err">,</span><span class="w"> </span><span class="nl">"a"</span><span class="p">:</span><span class="w"> </span><span class="mi">1</span><span class="w">\n</span>',
    ),
    (
        '["a\\n": 1]\n',
        '<span class="p">[</span><span class="s2">"a</span><span class="se">\\n</span><span class="s2">"</span><span class="err">:</span><span class="w"> </span><span class="mi">1</span><span class="p">]</span><span class="w">\n</span>',
    ),
    (
        "[]]]]], 1\n",
        '<span class="p">[]]]]]</span><span class="err">,</span><span class="w"> </span><span class="mi">1</span><span class="w">\n</span>',
    ),
    (
        '{"a"\n:\n1}\n',
        '<span class="p">{</span><span class="nl">"a"</span><span class="w">\n</span><span class="p">:</span><span class="w">\n</span><span class="mi">1</span><span class="p">}</span><span class="w">\n</span>',
    ),
]


@pytest.mark.parametrize(("code", "rouge"), CASES)
def test_matches_rouge(code: str, rouge: str) -> None:
    assert highlight_span(code, "json") == rouge

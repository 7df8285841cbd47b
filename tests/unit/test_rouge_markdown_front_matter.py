# ruff: noqa: E501
"""Markdown highlighting matches rouge 3.30 on YAML front matter, which rouge lexes as YAML
wherever lexing stands (the start, after another front matter, after inline markup).

Every expected string was produced by rouge 3.30.0 with
``Rouge::Formatters::HTML.new.format(lexer.lex(code))``, used as a black box.
"""

from __future__ import annotations

import pytest

from homepage_gen.render.highlight import highlight_span

# (code, rouge 3.30 HTML)
CASES = [
    (
        "---\nlayout: welcome\nsep: x\n---\n\nContent\n",
        '<span class="nn">---</span>\n<span class="na">layout</span><span class="pi">:</span> <span class="s">welcome</span>\n<span class="na">sep</span><span class="pi">:</span> <span class="s">x</span>\n<span class="nn">---</span>\n\nContent\n',
    ),
    (
        "---\nlayout: welcome\n---\n",
        '<span class="nn">---</span>\n<span class="na">layout</span><span class="pi">:</span> <span class="s">welcome</span>\n<span class="nn">---</span>\n',
    ),
    ("text\n---\nlayout: x\n---\n", '<span class="gh">text\n---\nlayout: x\n---\n</span>'),
    ("\n---\na: 1\n---\n", '<span class="p">\n---</span>\n<span class="gh">a: 1\n---\n</span>'),
    ("---\na: 1\n", '<span class="p">---</span>\na: 1\n'),
    ("---\n---\n", '<span class="nn">---</span>\n<span class="nn">---</span>\n'),
    (
        "--- \na: 1\n---\n",
        '<span class="nn">---</span> \n<span class="na">a</span><span class="pi">:</span> <span class="m">1</span>\n<span class="nn">---</span>\n',
    ),
    ("---\na: 1\n...\nb\n", '<span class="p">---</span>\na: 1\n...\nb\n'),
    (
        "---\na: 1\n---\n# Head\n",
        '<span class="nn">---</span>\n<span class="na">a</span><span class="pi">:</span> <span class="m">1</span>\n<span class="nn">---</span>\n<span class="gh"># Head</span>\n',
    ),
    ("----\na: 1\n----\n", '<span class="p">----</span>\n<span class="gh">a: 1\n----\n</span>'),
    (
        "---\n\na: 1\n---\n",
        '<span class="nn">---</span>\n\n<span class="na">a</span><span class="pi">:</span> <span class="m">1</span>\n<span class="nn">---</span>\n',
    ),
    (
        "---\n# c\n---\nx\n",
        '<span class="nn">---</span>\n<span class="c1"># c</span>\n<span class="nn">---</span>\nx\n',
    ),
    (
        "---\na: |\n  x\n---\n",
        '<span class="nn">---</span>\n<span class="na">a</span><span class="pi">:</span> <span class="pi">|</span>\n  <span class="s">x</span>\n<span class="s">---</span>\n',
    ),
    ("***\na\n---\n", '<span class="p">***</span>\n<span class="gh">a\n---\n</span>'),
    ("---\nfoo---\nbar\n", '<span class="p">---</span>\nfoo---\nbar\n'),
    ("---\na: 1\n---x\n", '<span class="p">---</span>\na: 1\n---x\n'),
    (
        "---\na: 1\n--- \nx\n",
        '<span class="nn">---</span>\n<span class="na">a</span><span class="pi">:</span> <span class="m">1</span>\n<span class="nn">---</span> \nx\n',
    ),
    (
        "---\na: 1\n---",
        '<span class="nn">---</span>\n<span class="na">a</span><span class="pi">:</span> <span class="m">1</span>\n<span class="nn">---</span>',
    ),
    (
        "---\na: 1\n---\t\nx\n",
        '<span class="nn">---</span>\n<span class="na">a</span><span class="pi">:</span> <span class="m">1</span>\n<span class="s">---</span><span class="err">\t</span>\nx\n',
    ),
    (" ---\na: 1\n---\n", '<span class="p"> ---</span>\n<span class="gh">a: 1\n---\n</span>'),
    (
        "---\r\na: 1\r\n---\r\nx\n",
        '<span class="s">---</span><span class="err">\r</span>\n<span class="na">a</span><span class="pi">:</span> <span class="m">1</span><span class="err">\r</span>\n<span class="s">---</span><span class="err">\r</span>\nx\n',
    ),
    ("---a\nb: 1\n---\n", '---a\n<span class="gh">b: 1\n---\n</span>'),
    (
        "--- \t \na: 1\n---\n",
        '<span class="nn">---</span> <span class="err">\t</span> \n<span class="na">a</span><span class="pi">:</span> <span class="m">1</span>\n<span class="nn">---</span>\n',
    ),
    ("---\n\n---\n", '<span class="nn">---</span>\n\n<span class="nn">---</span>\n'),
    (
        "---\na: 1\n-----\nb\n---\n",
        '<span class="nn">---</span>\n<span class="na">a</span><span class="pi">:</span> <span class="m">1</span>\n<span class="s">-----</span>\n<span class="s">b</span>\n<span class="nn">---</span>\n',
    ),
    (
        "---\na: 1\n---\n---\nb: 2\n---\n",
        '<span class="nn">---</span>\n<span class="na">a</span><span class="pi">:</span> <span class="m">1</span>\n<span class="nn">---</span>\n<span class="nn">---</span>\n<span class="na">b</span><span class="pi">:</span> <span class="m">2</span>\n<span class="nn">---</span>\n',
    ),
    (
        "---\na: 1\n ---\n---\nx\n",
        '<span class="nn">---</span>\n<span class="na">a</span><span class="pi">:</span> <span class="m">1</span>\n <span class="s">---</span>\n<span class="nn">---</span>\nx\n',
    ),
    ("---\na\n---\n", '<span class="nn">---</span>\n<span class="s">a</span>\n<span class="nn">---</span>\n'),
    (
        "---\na: 1\n---\nx\n---\nb: 2\n---\n",
        '<span class="nn">---</span>\n<span class="na">a</span><span class="pi">:</span> <span class="m">1</span>\n<span class="nn">---</span>\n<span class="gh">x\n---\nb: 2\n---\n</span>',
    ),
    (
        "---\na: 1\n---\n\n---\nb: 2\n---\n",
        '<span class="nn">---</span>\n<span class="na">a</span><span class="pi">:</span> <span class="m">1</span>\n<span class="nn">---</span>\n\n<span class="nn">---</span>\n<span class="na">b</span><span class="pi">:</span> <span class="m">2</span>\n<span class="nn">---</span>\n',
    ),
    (
        "---\na: 1\n---\n\n\nx\n",
        '<span class="nn">---</span>\n<span class="na">a</span><span class="pi">:</span> <span class="m">1</span>\n<span class="nn">---</span>\n\n\nx\n',
    ),
    (
        "---\na: 1\n---\n\n    code\n",
        '<span class="nn">---</span>\n<span class="na">a</span><span class="pi">:</span> <span class="m">1</span>\n<span class="nn">---</span>\n\n    code\n',
    ),
    (
        "---\na: 1\n---  \n  \nx\n",
        '<span class="nn">---</span>\n<span class="na">a</span><span class="pi">:</span> <span class="m">1</span>\n<span class="nn">---</span>  \n  \nx\n',
    ),
    ("---\n---\nx\n", '<span class="nn">---</span>\n<span class="nn">---</span>\nx\n'),
    (
        "---\n---\n---\n---\nx\n",
        '<span class="nn">---</span>\n<span class="nn">---</span>\n<span class="nn">---</span>\n<span class="nn">---</span>\nx\n',
    ),
    (
        "---\na: 1\n---\n# x\n---\nb: 1\n---\n",
        '<span class="nn">---</span>\n<span class="na">a</span><span class="pi">:</span> <span class="m">1</span>\n<span class="nn">---</span>\n<span class="gh"># x\n---\nb: 1\n---\n</span>',
    ),
    ("x\n\n---\nb: 1\n---\n", 'x\n<span class="p">\n---</span>\n<span class="gh">b: 1\n---\n</span>'),
    ("# h\n---\nb: 1\n---\n", '<span class="gh"># h\n---\nb: 1\n---\n</span>'),
    ("# x\n---\n", '<span class="gh"># x\n---\n</span>'),
    (
        "**b**\n\n---\na: 1\n---\n",
        '<span class="gs">**b**</span>\n<span class="p">\n---</span>\n<span class="gh">a: 1\n---\n</span>',
    ),
    ("x ---\na: 1\n---\n", 'x ---\n<span class="gh">a: 1\n---\n</span>'),
    (
        "*a*---\na: 1\n---\n",
        '<span class="ge">*a*</span><span class="nn">---</span>\n<span class="na">a</span><span class="pi">:</span> <span class="m">1</span>\n<span class="nn">---</span>\n',
    ),
    (
        "[a](b)---\na: 1\n---\n",
        '<span class="p">[</span><span class="nv">a</span><span class="p">](</span><span class="sx">b</span><span class="p">)</span><span class="nn">---</span>\n<span class="na">a</span><span class="pi">:</span> <span class="m">1</span>\n<span class="nn">---</span>\n',
    ),
    (
        "\\*---\na: 1\n---\n",
        '<span class="se">\\*</span><span class="nn">---</span>\n<span class="na">a</span><span class="pi">:</span> <span class="m">1</span>\n<span class="nn">---</span>\n',
    ),
    (
        "x\n\n\n---\nb: 1\n---\n",
        'x<span class="sb">\n\n\n</span><span class="nn">---</span>\n<span class="na">b</span><span class="pi">:</span> <span class="m">1</span>\n<span class="nn">---</span>\n',
    ),
    ("- x\n---\nb: 1\n---\n", '<span class="gh">- x\n---\nb: 1\n---\n</span>'),
]


@pytest.mark.parametrize(("code", "rouge"), CASES)
def test_matches_rouge(code: str, rouge: str) -> None:
    assert highlight_span(code, "markdown") == rouge

# ruff: noqa: E501
"""HTML highlighting matches rouge 3.30 byte-for-byte on tricky inputs.

Every expected string was produced by rouge 3.30.0 with
``Rouge::Formatters::HTML.new.format(lexer.lex(code))``, used as a black box.
"""

from __future__ import annotations

import pytest

from homepage_gen.render.highlight import highlight_span

# (code, rouge 3.30 HTML)
CASES = [
    (
        '<a href = "x" >t</a>\n',
        '<span class="nt">&lt;a</span> <span class="na">href = </span><span class="s">"x"</span> <span class="nt">&gt;</span>t<span class="nt">&lt;/a&gt;</span>\n',
    ),
    (
        "<A HREF='x'>T</A>\n",
        '<span class="nt">&lt;A</span> <span class="na">HREF=</span><span class="s">\'x\'</span><span class="nt">&gt;</span>T<span class="nt">&lt;/A&gt;</span>\n',
    ),
    (
        '<div\n  class="a"\n  id=b>\n',
        '<span class="nt">&lt;div</span>\n  <span class="na">class=</span><span class="s">"a"</span>\n  <span class="na">id=</span><span class="s">b</span><span class="nt">&gt;</span>\n',
    ),
    (
        "a < b > c & d\n",
        'a <span class="nt">&lt;</span> <span class="nt">b</span> <span class="nt">&gt;</span> c <span class="err">&amp;</span> d\n',
    ),
    (
        "&#123; &#x1F; &nbsp &amp\n",
        '<span class="ni">&amp;#123;</span> <span class="ni">&amp;#x1F;</span> <span class="err">&amp;</span>nbsp <span class="err">&amp;</span>amp\n',
    ),
    (
        "<br>\n<hr />\n",
        '<span class="nt">&lt;br&gt;</span>\n<span class="nt">&lt;hr</span> <span class="nt">/&gt;</span>\n',
    ),
    (
        '<my-tag data-x="1" :bind="v" @click="f">\n',
        '<span class="nt">&lt;my-tag</span> <span class="na">data-x=</span><span class="s">"1"</span> <span class="na">:bind=</span><span class="s">"v"</span> <span class="err">@</span><span class="na">click=</span><span class="s">"f"</span><span class="nt">&gt;</span>\n',
    ),
    (
        "<script>\nlet a = 1;\n</script>\n",
        '<span class="nt">&lt;script&gt;</span>\n<span class="kd">let</span> <span class="nx">a</span> <span class="o">=</span> <span class="mi">1</span><span class="p">;</span>\n<span class="nt">&lt;/script&gt;</span>\n',
    ),
    (
        '<script src="x.js"></script>\n',
        '<span class="nt">&lt;script </span><span class="na">src=</span><span class="s">"x.js"</span><span class="nt">&gt;&lt;/script&gt;</span>\n',
    ),
    ("<!-- multi\nline -->\n", '<span class="c">&lt;!-- multi\nline --&gt;</span>\n'),
    ("<!doctype html>\n", '<span class="cp">&lt;!doctype html&gt;</span>\n'),
    ("<p>unclosed\n", '<span class="nt">&lt;p&gt;</span>unclosed\n'),
    (
        '<div class="a" >\n',
        '<span class="nt">&lt;div</span> <span class="na">class=</span><span class="s">"a"</span> <span class="nt">&gt;</span>\n',
    ),
    ("</div >\n", '<span class="nt">&lt;/div</span> <span class="nt">&gt;</span>\n'),
    (
        '<a href="{{ site.url }}">{% if x %}y{% endif %}</a>\n',
        '<span class="nt">&lt;a</span> <span class="na">href=</span><span class="s">"{{ site.url }}"</span><span class="nt">&gt;</span>{% if x %}y{% endif %}<span class="nt">&lt;/a&gt;</span>\n',
    ),
    (
        '<img src=x alt=""/>\n',
        '<span class="nt">&lt;img</span> <span class="na">src=</span><span class="s">x</span> <span class="na">alt=</span><span class="s">""</span><span class="nt">/&gt;</span>\n',
    ),
    ("<?php echo 1; ?>\n", '<span class="cp">&lt;?php echo 1; ?&gt;</span>\n'),
    (
        '<x:y z:w="1">\n',
        '<span class="nt">&lt;x:y</span> <span class="na">z:w=</span><span class="s">"1"</span><span class="nt">&gt;</span>\n',
    ),
    (
        '<p class=a"b>\n',
        '<span class="nt">&lt;p</span> <span class="na">class=</span><span class="s">a"b</span><span class="nt">&gt;</span>\n',
    ),
    (
        "<input value='a\"b'>\n",
        '<span class="nt">&lt;input</span> <span class="na">value=</span><span class="s">\'a"b\'</span><span class="nt">&gt;</span>\n',
    ),
    (
        "<p>\n  text <b>bold</b>\n</p>\n",
        '<span class="nt">&lt;p&gt;</span>\n  text <span class="nt">&lt;b&gt;</span>bold<span class="nt">&lt;/b&gt;</span>\n<span class="nt">&lt;/p&gt;</span>\n',
    ),
    (
        '<svg viewBox="0 0 1 1"><path d="M0"/></svg>\n',
        '<span class="nt">&lt;svg</span> <span class="na">viewBox=</span><span class="s">"0 0 1 1"</span><span class="nt">&gt;&lt;path</span> <span class="na">d=</span><span class="s">"M0"</span><span class="nt">/&gt;&lt;/svg&gt;</span>\n',
    ),
    (
        "<td colspan=2>x</td>\n",
        '<span class="nt">&lt;td</span> <span class="na">colspan=</span><span class="s">2</span><span class="nt">&gt;</span>x<span class="nt">&lt;/td&gt;</span>\n',
    ),
    ("< p>\n", '<span class="nt">&lt;</span> <span class="nt">p&gt;</span>\n'),
    ("<\n", '<span class="nt">&lt;</span>\n'),
    (
        '<script type="text/template"><div></div></script>\n',
        '<span class="nt">&lt;script </span><span class="na">type=</span><span class="s">"text/template"</span><span class="nt">&gt;</span><span class="o">&lt;</span><span class="nx">div</span><span class="o">&gt;&lt;</span><span class="sr">/div&gt;</span><span class="nt">&lt;/script&gt;</span>\n',
    ),
    (
        '<body onload="init()">\n',
        '<span class="nt">&lt;body</span> <span class="na">onload=</span><span class="s">"init()"</span><span class="nt">&gt;</span>\n',
    ),
]


@pytest.mark.parametrize(("code", "rouge"), CASES)
def test_matches_rouge(code: str, rouge: str) -> None:
    assert highlight_span(code, "html") == rouge

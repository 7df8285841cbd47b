# ruff: noqa: E501
"""Console highlighting matches rouge 3.30: ``;`` ends a prompt, a line of dots is a comment,
and consecutive command lines are one shell script (output lines start a new one).

Every expected string was produced by rouge 3.30.0 with
``Rouge::Formatters::HTML.new.format(lexer.lex(code))``, used as a black box.
"""

from __future__ import annotations

import pytest

from homepage_gen.render.highlight import highlight_span

# (code, rouge 3.30 HTML)
CASES = [
    (
        "out\nLoaded: loaded (/usr/lib/x.service; enabled; vendor)\n",
        '<span class="go">out\n</span><span class="gp">Loaded: loaded (/usr/lib/x.service;</span><span class="w"> </span>enabled<span class="p">;</span> vendor<span class="o">)</span>\n',
    ),
    ("foo;bar baz\n", '<span class="gp">foo;</span>bar baz\n'),
    ("a;b$ c\n", '<span class="gp">a;</span>b<span class="nv">$ </span>c\n'),
    ("abc\n...\ndef\n", '<span class="go">abc\n</span><span class="c">...\n</span><span class="go">def\n</span>'),
    (" ...\n", '<span class="c"> ...\n</span>'),
    ("... x\n", '<span class="go">... x\n</span>'),
    ("a\n\n...\n\nb\n", '<span class="go">a\n\n</span><span class="c">...\n</span><span class="go">\nb\n</span>'),
    (
        "$ ls\n...\n$ ls\n",
        '<span class="gp">$</span><span class="w"> </span><span class="nb">ls</span>\n<span class="c">...\n</span><span class="gp">$</span><span class="w"> </span><span class="nb">ls</span>\n',
    ),
    (".. $ ls\n", '<span class="gp">.. $</span><span class="w"> </span><span class="nb">ls</span>\n'),
    ("a\rb$ c\n", '<span class="gp">a\rb$</span><span class="w"> </span>c\n'),
    ("...\r\n", '<span class="c">...\r\n</span>'),
    ("x\n\x0b...\n", '<span class="go">x\n</span><span class="c">\x0b...\n</span>'),
    (
        "$ echo 'a\n$ b' c\n",
        '<span class="gp">$</span><span class="w"> </span><span class="nb">echo</span> <span class="s1">\'a\n</span><span class="gp">$</span><span class="w"> </span><span class="s1">b\'</span> c\n',
    ),
    (
        "$ echo 'a\nout\n$ b' c\n",
        '<span class="gp">$</span><span class="w"> </span><span class="nb">echo</span> <span class="s1">\'a\n</span><span class="go">out\n</span><span class="gp">$</span><span class="w"> </span>b<span class="s1">\' c\n</span>',
    ),
    (
        "$ cat <<EOF\n$ x\n$ EOF\n$ ls\n",
        '<span class="gp">$</span><span class="w"> </span><span class="nb">cat</span> <span class="o">&lt;&lt;</span><span class="no">EOF</span><span class="sh">\n</span><span class="gp">$</span><span class="w"> </span><span class="sh">x\n</span><span class="gp">$</span><span class="w"> </span><span class="no">EOF\n</span><span class="gp">$</span><span class="w"> </span><span class="nb">ls</span>\n',
    ),
    (
        '$ echo "a\n$ b" c\n',
        '<span class="gp">$</span><span class="w"> </span><span class="nb">echo</span> <span class="s2">"a\n</span><span class="gp">$</span><span class="w"> </span><span class="s2">b"</span> c\n',
    ),
    (
        "$ echo $(a\n$ b) c\n",
        '<span class="gp">$</span><span class="w"> </span><span class="nb">echo</span> <span class="si">$(</span>a\n<span class="gp">$</span><span class="w"> </span>b<span class="si">)</span> c\n',
    ),
    (
        "$ echo 'a\n$\n$ b' c\n",
        '<span class="gp">$</span><span class="w"> </span><span class="nb">echo</span> <span class="s1">\'a\n</span><span class="gp">$</span><span class="w">\n</span><span class="gp">$</span><span class="w"> </span><span class="s1">b\'</span> c\n',
    ),
    (
        "$ echo 'a\n$ \n$ b' c\n",
        '<span class="gp">$</span><span class="w"> </span><span class="nb">echo</span> <span class="s1">\'a\n</span><span class="gp">$</span><span class="w"> \n</span><span class="gp">$</span><span class="w"> </span><span class="s1">b\'</span> c\n',
    ),
    ("foo% bar\n", '<span class="go">foo% bar\n</span>'),
    ("foo\\ bar\n", '<span class="go">foo\\ bar\n</span>'),
]


@pytest.mark.parametrize(("code", "rouge"), CASES)
def test_matches_rouge(code: str, rouge: str) -> None:
    assert highlight_span(code, "console") == rouge

# ruff: noqa: E501
"""shell (corner cases) highlighting matches rouge 3.30 byte-for-byte on tricky inputs.

Every expected string was produced by rouge 3.30.0 with
``Rouge::Formatters::HTML.new.format(lexer.lex(code))``, used as a black box.
"""

from __future__ import annotations

import pytest

from homepage_gen.render.highlight import highlight_span

# (code, rouge 3.30 HTML)
CASES = [
    ("  1) modules/3.2\n", '  1<span class="o">)</span> modules/3.2\n'),
    ("a) x\n", 'a<span class="o">)</span> x\n'),
    (
        "start) echo go ;;\n",
        'start<span class="o">)</span> <span class="nb">echo </span>go <span class="p">;;</span>\n',
    ),
    (
        "case x in\n  start) echo go ;;\nesac\n",
        '<span class="k">case</span> x <span class="k">in\n  </span>start<span class="p">)</span> <span class="nb">echo </span>go <span class="p">;;</span>\n<span class="k">esac</span>\n',
    ),
    (
        "case x in\n  1) echo go ;;\nesac\n",
        '<span class="k">case</span> x <span class="k">in\n  </span>1<span class="p">)</span> <span class="nb">echo </span>go <span class="p">;;</span>\n<span class="k">esac</span>\n',
    ),
    ("x)\n", 'x<span class="o">)</span>\n'),
    ("echo )\n", '<span class="nb">echo</span> <span class="o">)</span>\n'),
    ("(a)\n", '<span class="o">(</span>a<span class="o">)</span>\n'),
    ("*) x\n", '<span class="k">*</span><span class="o">)</span> x\n'),
    ("user@host's password: \n", 'user@host<span class="s1">\'s password: \n</span>'),
    ("echo it's\n", '<span class="nb">echo </span>it<span class="s1">\'s\n</span>'),
    ("x' y\nz\n", 'x<span class="s1">\' y\nz\n</span>'),
    (
        ":set commentstring=<!--%s-->\n\n# c\n",
        ':set <span class="nv">commentstring</span><span class="o">=</span>&lt;<span class="o">!</span><span class="nt">--</span>%s--&gt;\n\n<span class="c"># c</span>\n',
    ),
    (
        "echo <!--x-->\n",
        '<span class="nb">echo</span> &lt;<span class="o">!</span><span class="nt">--x--</span><span class="o">&gt;</span>\n',
    ),
    ("echo $\n", '<span class="nb">echo</span> <span class="err">$</span>\n'),
    ("a $ \nb\n", 'a <span class="nv">$ </span>\nb\n'),
    ("echo $ x\n", '<span class="nb">echo</span> <span class="nv">$ </span>x\n'),
    ("x=$\n", '<span class="nv">x</span><span class="o">=</span><span class="err">$</span>\n'),
    ("$\n", '<span class="err">$</span>\n'),
    ('echo "$"\n', '<span class="nb">echo</span> <span class="s2">"$"</span>\n'),
    ("echo a$\n", '<span class="nb">echo </span>a<span class="err">$</span>\n'),
    (
        "(watershed_workflow) $ pip install x\n",
        '<span class="o">(</span>watershed_workflow<span class="o">)</span> <span class="nv">$ </span>pip <span class="nb">install </span>x\n',
    ),
    ("echo <\n", '<span class="nb">echo</span> &lt;\n'),
    ("a <!b\n", 'a &lt;<span class="o">!</span>b\n'),
    ("a !x\n", 'a <span class="o">!</span>x\n'),
    ("x=<y\n", '<span class="nv">x</span><span class="o">=</span>&lt;y\n'),
    (
        "a!b c<d e>f g-h i--j k=--l\n",
        'a!b c&lt;d e&gt;f g-h i--j <span class="nv">k</span><span class="o">=</span><span class="nt">--l</span>\n',
    ),
    ("x <y >z\n", 'x &lt;y <span class="o">&gt;</span>z\n'),
    ("a<!--b\n", 'a&lt;<span class="o">!</span><span class="nt">--b</span>\n'),
    ("!x !\n", '<span class="o">!</span>x <span class="o">!</span>\n'),
    ("<\n", "&lt;\n"),
    ("a&b\n", "a&amp;b\n"),
    ("a|b\n", "a|b\n"),
    ("%s-->\n", "%s--&gt;\n"),
    ("x#y\n", "x#y\n"),
    ("a^b@c~d\n", "a^b@c~d\n"),
    ("a:b,c\n", "a:b,c\n"),
    (
        "for i in a b; do\n",
        '<span class="k">for </span>i <span class="k">in </span>a b<span class="p">;</span> <span class="k">do</span>\n',
    ),
    (
        "case x in\n a) echo (sub) ;;\n b) x ;;\nesac\necho )\n",
        '<span class="k">case</span> x <span class="k">in\n </span>a<span class="p">)</span> <span class="nb">echo</span> <span class="o">(</span>sub<span class="o">)</span> <span class="p">;;</span>\n b<span class="p">)</span> x <span class="p">;;</span>\n<span class="k">esac</span>\n<span class="nb">echo</span> <span class="o">)</span>\n',
    ),
    (
        "case $x in a) y;; esac\n",
        '<span class="k">case</span> <span class="nv">$x</span> <span class="k">in </span>a<span class="p">)</span> y<span class="p">;;</span> <span class="k">esac</span>\n',
    ),
    ("case x\n", '<span class="k">case</span> x\n'),
    ("continue x\n", '<span class="k">continue </span>x\n'),
    ("do x\n", '<span class="k">do </span>x\n'),
    ("done x\n", '<span class="k">done </span>x\n'),
    ("elif x\n", '<span class="k">elif </span>x\n'),
    ("else x\n", '<span class="k">else </span>x\n'),
    ("esac x\n", '<span class="k">esac </span>x\n'),
    ("fi x\n", '<span class="k">fi </span>x\n'),
    ("for x\n", '<span class="k">for </span>x\n'),
    ("function x\n", '<span class="k">function </span>x\n'),
    ("if x\n", '<span class="k">if </span>x\n'),
    ("in x\n", '<span class="k">in </span>x\n'),
    ("return x\n", '<span class="k">return </span>x\n'),
    ("select x\n", '<span class="k">select </span>x\n'),
    ("then x\n", '<span class="k">then </span>x\n'),
    ("until x\n", '<span class="k">until </span>x\n'),
    ("while x\n", '<span class="k">while </span>x\n'),
]


@pytest.mark.parametrize(("code", "rouge"), CASES)
def test_matches_rouge(code: str, rouge: str) -> None:
    assert highlight_span(code, "bash") == rouge

# ruff: noqa: E501
"""Markdown and Apache config highlighting matches rouge 3.30 on tricky inputs.

Every expected string was produced by rouge 3.30.0 with
``Rouge::Formatters::HTML.new.format(lexer.lex(code))``, used as a black box.
"""

from __future__ import annotations

import pytest

from homepage_gen.render.highlight import highlight_span

# (language, code, rouge 3.30 HTML)
CASES = [
    (
        "markdown",
        "Title\n=====\nSub\n---\n\n# H1\n## H2\n#nospace\n   # not\n",
        '<span class="gu">Title\n=====\n</span><span class="gh">Sub\n---\n</span>\n<span class="gh"># H1</span>\n<span class="gu">## H2</span>\n<span class="gh">#nospace</span>\n   # not\n',
    ),
    (
        "markdown",
        "\n\n- a\n\n\n- b\n1. c\n\n2. d\n",
        '<span class="p">\n\n-</span> a<span class="sb">\n\n\n</span><span class="p">-</span> b\n<span class="p">1.</span> c\n<span class="p">\n2.</span> d\n',
    ),
    (
        "markdown",
        "```python\ndef f(): pass\n```\n```foo\nx\n\ny\n```\n```\nplain *x*\n```\n",
        '<span class="p">```</span><span class="nl">python\n</span><span class="k">def</span> <span class="nf">f</span><span class="p">():</span> <span class="k">pass</span>\n<span class="p">```</span>\n<span class="p">```</span><span class="nl">foo\n</span><span class="sb">x\n\ny</span>\n<span class="p">```</span>\n<span class="p">```</span><span class="nl">\n</span>plain *x*\n<span class="p">```</span>\n',
    ),
    (
        "markdown",
        "  ```js\n  var x;\n  ```\n```py\nx\n```py\n~~~~\nx\n~~~~~\n",
        '  <span class="p">```</span><span class="nl">js\n</span>  <span class="kd">var</span> <span class="nx">x</span><span class="p">;</span>\n  <span class="p">```</span>\n<span class="p">```</span><span class="nl">py\n</span><span class="n">x</span>\n<span class="p">```</span>py\n<span class="p">~~~~</span><span class="nl">\n</span>x\n<span class="p">~~~~</span>~\n',
    ),
    (
        "markdown",
        "```foo\nx\n",
        '<span class="p">```</span><span class="nl">foo\n</span><span class="sb">x\n</span>',
    ),
    (
        "markdown",
        "*a **b** c* ***e*** `f` ``g`` a*b*c\n_c_ *x*_d_ e __d__\n",
        '<span class="ge">*a **b** c*</span> <span class="gs">***e**</span><span class="ge">* `f` ``g`` a*</span>b<span class="err">*</span>c\n<span class="ge">_c_</span> <span class="ge">*x*_d_</span> e __d__\n',
    ),
    (
        "markdown",
        '[a](b "t") [c] x [d]\n[e][f] [g](<h i>) {{ x }}![j]({{ site.url }}/k.png)\n',
        '<span class="p">[</span><span class="nv">a</span><span class="p">](</span><span class="sx">b</span> <span class="nn">"t"</span><span class="p">)</span> <span class="p">[</span><span class="ss">c</span><span class="p">]</span> x [d]\n<span class="p">[</span><span class="nv">e</span><span class="p">][</span><span class="ss">f</span><span class="p">]</span> <span class="p">[</span><span class="nv">g</span><span class="p">](</span><span class="nt">&lt;</span><span class="sx">h i</span><span class="nt">&gt;</span><span class="p">)</span> {{ x }}!<span class="p">[</span><span class="nv">j</span><span class="p">](</span><span class="sx">{{</span> site.url }}/k.png)\n',
    ),
    (
        "markdown",
        "[x]:\nnext word\n[^1]: foot *x* note\n",
        '<span class="p">[</span><span class="ss">x</span><span class="p">]:</span><span class="err">\n</span><span class="sx">next</span> word\n<span class="p">[</span><span class="ss">^1</span><span class="p">]:</span> <span class="sx">foot</span> <span class="ge">*x*</span> note\n',
    ),
    (
        "markdown",
        'x <b>y</b> <a@b.c> <b>\nz <http://u.v> &amp; & <div class="c">\n',
        'x <span class="nv">&lt;b&gt;y&lt;/b&gt; &lt;a@b.c&gt; &lt;b&gt;</span>\nz <span class="nv">&lt;http://u.v&gt;</span> <span class="ni">&amp;amp;</span> &amp; <span class="nt">&lt;div</span> <span class="na">class=</span><span class="s">"c"</span><span class="nt">&gt;</span>\n',
    ),
    (
        "markdown",
        "text\n\n    code\n\n    more\nafter\n\\*esc\\* a\\\nb\n",
        'text<span class="sb">\n\n    code\n\n    more\n</span>after\n<span class="se">\\*</span>esc<span class="se">\\*</span> a<span class="err">\\</span>\nb\n',
    ),
    (
        "apache",
        "<VirtualHost *:80>\n  ServerName x\n</VirtualHost>\n<Foo bar>\n< Directory x>\n",
        '<span class="p">&lt;</span><span class="nl">VirtualHost</span><span class="sr"> *:80</span><span class="p">&gt;\n</span>  <span class="nc">ServerName</span> x\n<span class="p">&lt;/</span><span class="nl">VirtualHost</span><span class="p">&gt;\n&lt;</span>Foo<span class="sr"> bar</span><span class="p">&gt;\n</span><span class="err">&lt;</span> <span class="nc">Directory</span> x&gt;\n',
    ),
    (
        "apache",
        'Options on, on; (on) on#x "a # b" on\nX-Options on\nrewriteengine ON\n',
        '<span class="nc">Options</span> on, on; (on) on#x "a <span class="c"># b" on</span>\nX-Options <span class="ss">on</span>\n<span class="nc">rewriteengine</span> <span class="ss">ON</span>\n',
    ),
    (
        "apache",
        '<Files ~ "\\.php$">x</Files> y\nTimeout 300 # comment\n',
        '<span class="p">&lt;</span><span class="nl">Files</span><span class="sr"> ~ "\\.php$"</span><span class="p">&gt;</span>x&lt;/Files&gt; y\n<span class="nc">Timeout</span> 300 <span class="c"># comment</span>\n',
    ),
]


@pytest.mark.parametrize(("lang", "code", "rouge"), CASES)
def test_matches_rouge(lang: str, code: str, rouge: str) -> None:
    assert highlight_span(code, lang) == rouge


def test_fence_body_uses_the_named_language() -> None:
    html = highlight_span("```md\n# h\n```\n", "markdown")
    assert (
        html
        == '<span class="p">```</span><span class="nl">md\n</span><span class="gh"># h</span>\n<span class="p">```</span>\n'
    )

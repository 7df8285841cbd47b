# ruff: noqa: E501
"""BibTeX, TOML, Dockerfile and Makefile highlighting (and the shell corners they reach) match rouge 3.30.

Every expected string was produced by rouge 3.30.0 with
``Rouge::Formatters::HTML.new.format(lexer.lex(code))``, used as a black box.
"""

from __future__ import annotations

import pytest

from homepage_gen.render.highlight import highlight_span

# (language, code, rouge 3.30 HTML)
CASES = [
    (
        "bibtex",
        "@article{x, title={a})\n",
        '<span class="nc">@article</span><span class="p">{</span><span class="nl">x</span><span class="p">,</span> <span class="na">title</span><span class="p">=</span><span class="s">{a}</span><span class="p">)</span>\n',
    ),
    (
        "bibtex",
        "@article{käse, tïtle = {ü}, jahr = jän}\n",
        '<span class="nc">@article</span><span class="p">{</span><span class="nl">käse</span><span class="p">,</span> <span class="na">t</span><span class="err">ïtle</span> <span class="p">=</span> <span class="s">{ü}</span><span class="p">,</span> <span class="na">jahr</span> <span class="p">=</span> <span class="nv">j</span><span class="err">än</span><span class="p">}</span>\n',
    ),
    (
        "bibtex",
        "@commentary{a}\n@comment{b}\n@stringé{a=1}\n",
        '<span class="nc">@commentary</span><span class="p">{</span><span class="nl">a</span><span class="p">}</span>\n<span class="c">@comment{b}</span>\n<span class="nc">@string</span><span class="err">é</span><span class="p">{</span><span class="na">a</span><span class="p">=</span><span class="m">1</span><span class="p">}</span>\n',
    ),
    (
        "bibtex",
        "@article{x, a=\xa0{b}}\n",
        '<span class="nc">@article</span><span class="p">{</span><span class="nl">x</span><span class="p">,</span> <span class="na">a</span><span class="p">=</span><span class="err">\xa0{b</span><span class="p">}</span><span class="c">}</span>\n',
    ),
    (
        "bibtex",
        '@string{x = "a" # {b} # c}\nstray\n@article{k, year = 2020a}\n',
        '<span class="nc">@string</span><span class="p">{</span><span class="na">x</span> <span class="p">=</span> <span class="s">"a"</span> <span class="p">#</span> <span class="s">{b}</span> <span class="p">#</span> <span class="nv">c</span><span class="p">}</span>\n<span class="c">stray</span>\n<span class="nc">@article</span><span class="p">{</span><span class="nl">k</span><span class="p">,</span> <span class="na">year</span> <span class="p">=</span> <span class="m">2020</span><span class="nv">a</span><span class="p">}</span>\n',
    ),
    (
        "toml",
        'a = ["x","y"]\nb = [ "x" ]\nc = [\n  "x",\n]\n',
        '<span class="py">a</span> <span class="p">=</span> <span class="nn">["x","y"]</span>\n<span class="py">b</span> <span class="p">=</span> <span class="p">[</span> <span class="s">"x"</span> <span class="p">]</span>\n<span class="py">c</span> <span class="p">=</span> <span class="p">[</span>\n  <span class="s">"x"</span><span class="p">,</span>\n<span class="p">]</span>\n',
    ),
    (
        "toml",
        'requires = ["setuptools>=61.0", "wheel"]\nx = 1\n',
        '<span class="py">requires</span> <span class="p">=</span> <span class="py">["setuptools&gt;</span><span class="p">=</span><span class="mf">61.0</span><span class="s">", "</span><span class="err">wheel</span><span class="s">"]</span><span class="err">\n</span><span class="py">x</span> <span class="p">=</span> <span class="mi">1</span>\n',
    ),
    (
        "toml",
        'a=b=c\n"a b" = 1\n"a = b" = 1\n',
        '<span class="py">a=b</span><span class="p">=</span><span class="err">c</span>\n<span class="py">"a b"</span> <span class="p">=</span> <span class="mi">1</span>\n<span class="py">"a</span> <span class="p">=</span> <span class="py">b"</span> <span class="p">=</span> <span class="mi">1</span>\n',
    ),
    (
        "toml",
        "a = 1979-05-27T07:32:00Z\nb = 1979-05-27T07:32:00-08:00\nc = 1979-05e-27\n",
        '<span class="py">a</span> <span class="p">=</span> <span class="ld">1979-05-27T07:32:00Z</span>\n<span class="py">b</span> <span class="p">=</span> <span class="mi">1979-05-27</span><span class="err">T</span><span class="mi">07</span><span class="err">:</span><span class="mi">32</span><span class="err">:</span><span class="mi">00-08</span><span class="err">:</span><span class="mi">00</span>\n<span class="py">c</span> <span class="p">=</span> <span class="mi">1979</span><span class="mf">-05e-27</span>\n',
    ),
    (
        "toml",
        "a = {b = 1}, c = 2\nd = { e = [1, 2], f = {g = 1} }\n1a# = {b = 1}\n",
        '<span class="nn">a</span> <span class="o">=</span> <span class="p">{</span><span class="py">b</span> <span class="p">=</span> <span class="mi">1</span><span class="p">}</span><span class="err">,</span> <span class="py">c</span> <span class="p">=</span> <span class="mi">2</span>\n<span class="nn">d</span> <span class="o">=</span> <span class="p">{</span> <span class="py">e</span> <span class="p">=</span> <span class="p">[</span><span class="mi">1</span><span class="p">,</span> <span class="mi">2</span><span class="p">],</span> <span class="nn">f</span> <span class="o">=</span> <span class="p">{</span><span class="py">g</span> <span class="p">=</span> <span class="mi">1</span><span class="p">}</span> <span class="p">}</span>\n<span class="nn">1a#</span> <span class="o">=</span> <span class="p">{</span><span class="py">b</span> <span class="p">=</span> <span class="mi">1</span><span class="p">}</span>\n',
    ),
    (
        "toml",
        'a = "\\u00e9\\t\\0\\q" \\\n"x\nabc"\n',
        '<span class="py">a</span> <span class="p">=</span> <span class="s">"</span><span class="err">\\</span><span class="s">u00e9</span><span class="se">\\t\\0</span><span class="err">\\</span><span class="s">q"</span> <span class="se">\\\n</span><span class="s">"x</span><span class="err">\nabc</span><span class="s">"</span><span class="err">\n</span>',
    ),
    (
        "toml",
        'a = "x\nb = 1\n"c" = 2\n',
        '<span class="py">a</span> <span class="p">=</span> <span class="s">"x</span><span class="err">\n</span><span class="py">b</span> <span class="p">=</span> <span class="mi">1</span>\n<span class="py">"c"</span> <span class="p">=</span> <span class="mi">2</span>\n',
    ),
    (
        "toml",
        'a = \n"x"\nb =\n"y"\n',
        '<span class="py">a</span> <span class="p">=</span> \n<span class="s">"x"</span>\n<span class="py">b</span> <span class="p">=</span>\n<span class="err">"y"</span>\n',
    ),
    (
        "toml",
        "a = \"\"\"x\\\n  y\"\"\"\"\nb = '''\\n'''''\n",
        '<span class="py">a</span> <span class="p">=</span> <span class="s">"""x</span><span class="se">\\\n</span><span class="s">  y""""</span><span class="err">\n</span><span class="py">b</span> <span class="p">=</span> <span class="s">\'\'\'\\n\'\'\'\'\'</span>\n',
    ),
    (
        "docker",
        "FROM a  AS  b\nFROM --platform=x a\nONBUILD COPYx\nONBUILD RUN a\n",
        '<span class="k">FROM</span><span class="w"> </span><span class="s">a </span><span class="w"> </span><span class="k">AS</span><span class="w">  </span><span class="s">b</span>\n<span class="k">FROM</span><span class="s"> --platform=x a</span>\n<span class="k">ONBUILD</span><span class="w"> </span><span class="k">COPY</span><span class="s">x</span>\n<span class="k">ONBUILD RUN </span>a\n',
    ),
    (
        "docker",
        "RUN a \\\\\n&& b\nRUN a \\x\\\n&& b\n",
        '<span class="k">RUN </span>a <span class="se">\\\\</span>\n&amp;&amp; b\n<span class="k">RUN </span>a <span class="se">\\x\\\n</span><span class="o">&amp;&amp;</span> b\n',
    ),
    (
        "docker",
        "RUN echo 'a \\\nb\\c' d\nRUN echo 'a \\\n\\b'&& c\n",
        '<span class="k">RUN </span><span class="nb">echo</span> <span class="s1">\'a </span><span class="se">\\\n</span><span class="s1">b\\c\'</span> d\n<span class="k">RUN </span><span class="nb">echo</span> <span class="s1">\'a </span><span class="se">\\\n\\b</span><span class="s1">\'</span><span class="o">&amp;&amp;</span> c\n',
    ),
    (
        "docker",
        'RUN a # b \\\n&& c\nRUN echo "x\nRUN b\n',
        '<span class="k">RUN </span>a <span class="c"># b </span><span class="se">\\\n</span><span class="o">&amp;&amp;</span> c\n<span class="k">RUN </span><span class="nb">echo</span> <span class="s2">"x</span>\n<span class="k">RUN </span>b\n',
    ),
    (
        "docker",
        "x-y #c\n- #c\nx:\t#\nCMDé x\nFROMé a\n",
        'x-y <span class="c">#c</span>\n- #c\nx:\t#\nCMDé x\nFROMé a\n',
    ),
    (
        "docker",
        "RUN\n&& a\nRUN a\\",
        '<span class="k">RUN\n</span><span class="o">&amp;&amp;</span> a\n<span class="k">RUN </span>a<span class="err">\\</span>',
    ),
    (
        "make",
        'A = "x\ny"\nB = 1\na:\n\techo y\nC = 1\n',
        '<span class="nv">A</span> <span class="o">=</span> <span class="s2">"x</span>\n<span class="err">y"</span>\n<span class="nv">B</span> <span class="o">=</span><span class="s2"> 1</span>\n<span class="nl">a</span><span class="o">:</span>\n\t<span class="s2">echo y</span>\n<span class="nv">C</span> <span class="o">=</span> 1\n',
    ),
    (
        "make",
        "a:\n\t$$(x) $(x $(a b) ${a b} x${Y} $(A:.c=.o) $(a-b)\n",
        '<span class="nl">a</span><span class="o">:</span>\n\t<span class="err">$</span><span class="nv">$(x)</span> <span class="err">$</span><span class="o">(</span>x <span class="err">$</span><span class="o">(</span>a b<span class="o">)</span> <span class="k">${</span><span class="nv">a</span><span class="p"> b</span><span class="k">}</span> x<span class="nv">${Y}</span> <span class="nv">$(A:.c=.o)</span> <span class="err">$</span><span class="o">(</span>a-b<span class="o">)</span>\n',
    ),
    (
        "make",
        'A = $(shell echo "a)b") $(shell echo (a)) b\n',
        '<span class="nv">A</span> <span class="o">=</span> <span class="nf">$(</span><span class="nb">shell</span> <span class="nb">echo</span> <span class="s2">"a</span><span class="nf">)</span><span class="s2">b"</span><span class="o">)</span> <span class="nf">$(</span><span class="nb">shell</span> <span class="nb">echo</span> <span class="o">(</span>a<span class="nf">))</span> b\n',
    ),
    (
        "make",
        "a: b, c | d # e\\f\n\t@-rm x\n\t @x\n\t+make\n\n\tnot\n",
        '<span class="nl">a</span><span class="o">:</span> <span class="nf">b</span><span class="p">,</span><span class="nf"> c | d </span><span class="c">#</span><span class="nf"> e</span>\\f\n\t<span class="p">@</span><span class="nt">-rm</span> x\n\t <span class="p">@</span>x\n\t+make\n\n\t<span class="err">not</span>\n',
    ),
    (
        "make",
        "export A B\nexport A B = 1\nunexport A\nexport \nA\n",
        '<span class="k">export</span> <span class="nv">A</span> <span class="nv">B</span>\n<span class="k">export </span><span class="err">A</span> <span class="nv">B</span> <span class="o">=</span> 1\n<span class="err">un</span><span class="k">export</span> <span class="nv">A</span>\n<span class="k">export </span>\n<span class="err">A</span>\n',
    ),
    (
        "make",
        "include a # c\ninclude  \nifdef\nelse # c\nendif\n-include b\n",
        '<span class="k">include</span><span class="sx"> a</span> <span class="c"># c\n</span><span class="err">include</span>  \n<span class="err">ifdef</span>\n<span class="k">else </span><span class="c"># c\n</span><span class="k">endif</span>\n<span class="k">-include</span><span class="sx"> b</span>\n',
    ),
    (
        "make",
        'A ::= 1\nA != ls\nA B = 1\nA\n= 1\n"a" = 1\n# c',
        '<span class="nl">A </span><span class="o">::</span><span class="nf">= 1</span>\n<span class="nv">A</span> <span class="o">!=</span> <span class="nb">ls</span>\n<span class="err">A</span> <span class="nv">B</span> <span class="o">=</span> 1\n<span class="err">A</span>\n<span class="err">=</span> <span class="err">1</span>\n<span class="s2">"a"</span> <span class="err">=</span> <span class="err">1</span>\n<span class="err">#</span> <span class="err">c</span>',
    ),
    (
        "make",
        "A = $(shell ls\nB = 1\n",
        '<span class="nv">A</span> <span class="o">=</span> <span class="nf">$(</span><span class="nb">shell</span> <span class="nb">ls</span>\nB <span class="o">=</span> 1\n',
    ),
    (
        "make",
        "a:\n\t${shell ls} ${Y$} $(shell\n",
        '<span class="nl">a</span><span class="o">:</span>\n\t<span class="nf">${</span><span class="nb">shell</span> <span class="nb">ls</span><span class="nf">}</span> <span class="k">${</span><span class="nv">Y</span><span class="err">$</span><span class="k">}</span> <span class="err">$</span><span class="o">(</span>shell\n',
    ),
    (
        "bash",
        "echo ${a:-\"x y\"} ${a:-'x}'} ${a#*:} ${a%:*} ${a:1:$b}\n",
        '<span class="nb">echo</span> <span class="k">${</span><span class="nv">a</span><span class="k">:-</span><span class="s2">"x y"</span><span class="k">}</span> <span class="k">${</span><span class="nv">a</span><span class="k">:-</span><span class="s1">\'x}\'</span><span class="k">}</span> <span class="k">${</span><span class="nv">a</span><span class="p">#*</span>:<span class="k">}</span> <span class="k">${</span><span class="nv">a</span><span class="p">%</span>:<span class="p">*</span><span class="k">}</span> <span class="k">${</span><span class="nv">a</span>:1:<span class="nv">$b</span><span class="k">}</span>\n',
    ),
    (
        "bash",
        'echo ${a \\b c} ${a\\b} "a$\nb" . && .',
        '<span class="nb">echo</span> <span class="k">${</span><span class="nv">a</span><span class="p"> \\b c</span><span class="k">}</span> <span class="k">${</span><span class="nv">a</span><span class="p">\\b</span><span class="k">}</span> <span class="s2">"a</span><span class="err">$</span><span class="s2">\nb"</span> <span class="nb">.</span> <span class="o">&amp;&amp;</span> .',
    ),
]


@pytest.mark.parametrize(("lang", "code", "rouge"), CASES)
def test_matches_rouge(lang: str, code: str, rouge: str) -> None:
    assert highlight_span(code, lang) == rouge


def test_aliases_share_a_lexer() -> None:
    code = "a:\n\t$(CC) -o $@\n"
    assert highlight_span(code, "makefile") == highlight_span(code, "make") == highlight_span(code, "gnumake")
    assert highlight_span("FROM a\n", "Dockerfile") == highlight_span("FROM a\n", "docker")
    assert highlight_span("@misc{k}\n", "bib") == highlight_span("@misc{k}\n", "bibtex")

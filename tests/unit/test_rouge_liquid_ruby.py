# ruff: noqa: E501
"""Liquid and Ruby highlighting match rouge 3.30 on tricky inputs.

Every expected string was produced by rouge 3.30.0 with
``Rouge::Formatters::HTML.new.format(lexer.lex(code))``, used as a black box.
"""

from __future__ import annotations

import pytest

from homepage_gen.render.highlight import highlight_span

# (language, code, rouge 3.30 HTML)
CASES = [
    (
        "liquid",
        "{% for post in site.posts limit:5 %}{{ post.title | upcase }}{% endfor %}\n",
        '<span class="p">{%</span><span class="w"> </span><span class="nt">for</span><span class="w"> </span><span class="nv">post</span><span class="w"> </span><span class="nt">in</span><span class="w"> </span><span class="nv">site.posts</span><span class="w"> </span><span class="na">limit</span><span class="o">:</span><span class="mi">5</span><span class="w"> </span><span class="p">%}{{</span><span class="w"> </span><span class="nv">post</span><span class="p">.</span><span class="nv">title</span><span class="w"> </span><span class="p">|</span><span class="w"> </span><span class="nf">upcase</span><span class="w"> </span><span class="p">}}{%</span><span class="w"> </span><span class="nt">endfor</span><span class="w"> </span><span class="p">%}</span>\n',
    ),
    (
        "liquid",
        "{% if a.size > 0 and forloop.last %}{% elsif x contains 'y' %}{% endif %}\n",
        '<span class="p">{%</span><span class="w"> </span><span class="kr">if</span><span class="w"> </span><span class="nv">a</span><span class="p">.</span><span class="nf">size</span><span class="w"> </span><span class="o">&gt;</span><span class="w"> </span><span class="mi">0</span><span class="w"> </span><span class="ow">and</span><span class="w"> </span><span class="nb">forloop.last</span><span class="w"> </span><span class="p">%}{%</span><span class="w"> </span><span class="kr">elsif</span><span class="w"> </span><span class="nv">x</span><span class="w"> </span><span class="ow">contains</span><span class="w"> </span><span class="s1">\'y\'</span><span class="w"> </span><span class="p">%}{%</span><span class="w"> </span><span class="kr">endif</span><span class="w"> </span><span class="p">%}</span>\n',
    ),
    (
        "liquid",
        '{% include video.html id="x" n=page.n k=v %}{% include {{ page.x }} %}\n',
        '<span class="p">{%</span><span class="w"> </span><span class="nt">include</span><span class="w"> </span>video.html<span class="w"> </span><span class="na">id</span><span class="o">=</span><span class="s2">"x"</span><span class="w"> </span><span class="na">n</span><span class="o">=</span>page.n<span class="w"> </span><span class="na">k</span><span class="o">=</span><span class="nv">v</span><span class="w"> </span><span class="p">%}{%</span><span class="w"> </span><span class="nt">include</span><span class="w"> </span><span class="p">{{</span><span class="w"> </span><span class="nv">page</span><span class="p">.</span><span class="nv">x</span><span class="w"> </span><span class="p">}}</span><span class="w"> </span><span class="p">%}</span>\n',
    ),
    (
        "liquid",
        "{% comment %}{{ x }}{% endcomment %}{% raw -%}{{ y }}{%- endraw %}\n",
        '<span class="p">{%</span><span class="w"> </span><span class="nt">comment</span><span class="w"> </span><span class="p">%}</span><span class="c">{{ x }}</span><span class="p">{%</span><span class="w"> </span><span class="nt">endcomment</span><span class="w"> </span><span class="p">%}{%</span><span class="w"> </span><span class="nt">raw</span><span class="w"> </span><span class="p">-%}</span>{{ y }}<span class="p">{%-</span><span class="w"> </span><span class="nt">endraw</span><span class="w"> </span><span class="p">%}</span>\n',
    ),
    (
        "liquid",
        "{% when 'a', 'b' %}{{ x | }}{{ x || y }}{% post_url 2010-07-21-name %}\n",
        '<span class="p">{%</span><span class="w"> </span><span class="kr">when</span><span class="w"> </span><span class="s1">\'a\'</span><span class="err">,</span><span class="w"> </span><span class="s1">\'b\'</span><span class="w"> </span><span class="p">%}{{</span><span class="w"> </span><span class="nv">x</span><span class="w"> </span><span class="err">|</span><span class="w"> </span><span class="p">}}{{</span><span class="w"> </span><span class="nv">x</span><span class="w"> </span><span class="err">|</span><span class="p">|</span><span class="w"> </span><span class="nf">y</span><span class="w"> </span><span class="p">}}{%</span><span class="w"> </span><span class="nt">post_url</span><span class="w"> </span><span class="mi">2010</span><span class="o">-</span><span class="mi">07</span><span class="o">-</span><span class="mi">21</span><span class="o">-</span>name<span class="w"> </span><span class="p">%}</span>\n',
    ),
    (
        "liquid",
        '{%- assign x = y.z[0].w | where: "a", 1 -%}{{ -3 | plus: 1.5 }}\n',
        '<span class="p">{%-</span><span class="w"> </span><span class="nt">assign</span><span class="w"> </span><span class="nv">x</span><span class="w"> </span><span class="o">=</span><span class="w"> </span><span class="nv">y</span><span class="p">.</span><span class="nv">z</span><span class="p">[</span><span class="mi">0</span><span class="p">].</span><span class="nv">w</span><span class="w"> </span><span class="p">|</span><span class="w"> </span><span class="nf">where</span><span class="p">:</span><span class="w"> </span><span class="s2">"a"</span><span class="p">,</span><span class="w"> </span><span class="mi">1</span><span class="w"> </span><span class="p">-%}{{</span><span class="w"> </span><span class="o">-</span><span class="mi">3</span><span class="w"> </span><span class="p">|</span><span class="w"> </span><span class="nf">plus</span><span class="p">:</span><span class="w"> </span><span class="mf">1.5</span><span class="w"> </span><span class="p">}}</span>\n',
    ),
    (
        "ruby",
        'gem "github-pages", group: :jekyll_plugins\nf(c:1, a:\n1)\n',
        '<span class="n">gem</span> <span class="s2">"github-pages"</span><span class="p">,</span> <span class="ss">group: :jekyll_plugins</span>\n<span class="n">f</span><span class="p">(</span><span class="n">c</span><span class="p">:</span><span class="mi">1</span><span class="p">,</span> <span class="ss">a:\n</span><span class="mi">1</span><span class="p">)</span>\n',
    ),
    (
        "ruby",
        "self.process(@name); x&.y&.z; x.Foo; 1.5e3.round; 0o17\n",
        '<span class="nb">self</span><span class="p">.</span><span class="nf">process</span><span class="p">(</span><span class="vi">@name</span><span class="p">);</span> <span class="n">x</span><span class="o">&amp;</span><span class="p">.</span><span class="nf">y</span><span class="o">&amp;</span><span class="p">.</span><span class="nf">z</span><span class="p">;</span> <span class="n">x</span><span class="o">.</span><span class="no">Foo</span><span class="p">;</span> <span class="mf">1.5e3</span><span class="p">.</span><span class="nf">round</span><span class="p">;</span> <span class="mi">0</span><span class="n">o17</span>\n',
    ),
    (
        "ruby",
        "a = <<~EOS.strip\n  #{x} hi\n  EOS\nb = <<-'RAW'\n  #{y}\n  RAW\n",
        '<span class="n">a</span> <span class="o">=</span> <span class="o">&lt;&lt;~</span><span class="no">EOS</span><span class="p">.</span><span class="nf">strip</span><span class="sh">\n  </span><span class="si">#{</span><span class="n">x</span><span class="si">}</span><span class="sh"> hi\n</span><span class="no">  EOS</span>\n<span class="n">b</span> <span class="o">=</span> <span class="o">&lt;&lt;-</span><span class="no">\'RAW\'</span><span class="sh">\n  </span><span class="si">#{</span><span class="n">y</span><span class="si">}</span><span class="sh">\n</span><span class="no">  RAW</span>\n',
    ),
    (
        "ruby",
        "a / b\nx = a /2\nf /re/\n%w(a b) %r{a/b}x\nz = ?a + nil?\n",
        '<span class="n">a</span> <span class="o">/</span> <span class="n">b</span>\n<span class="n">x</span> <span class="o">=</span> <span class="n">a</span> <span class="sr">/2\nf /</span><span class="n">re</span><span class="o">/</span>\n<span class="sx">%w(a b)</span> <span class="sr">%r{a/b}x</span>\n<span class="n">z</span> <span class="o">=</span> <span class="sc">?a</span> <span class="o">+</span> <span class="kp">nil</span><span class="p">?</span>\n',
    ),
    (
        "ruby",
        "def self.x=(v); end\nclass Foo::Bar < Base::X\nmodule A\n=begin\nz\n=end\n",
        '<span class="k">def</span> <span class="nc">self</span><span class="o">.</span><span class="nf">x</span><span class="o">=</span><span class="p">(</span><span class="n">v</span><span class="p">);</span> <span class="k">end</span>\n<span class="k">class</span> <span class="nc">Foo::Bar</span> <span class="o">&lt;</span> <span class="no">Base</span><span class="o">::</span><span class="no">X</span>\n<span class="k">module</span> <span class="nn">A</span>\n<span class="cm">=begin\nz\n=end</span>\n',
    ),
    (
        "ruby",
        'puts "a\\tb#{c}\\x41" \'\\\'\'\n:a= :[]= :"q#{1}"\n__END__\ntail\n',
        '<span class="nb">puts</span> <span class="s2">"a</span><span class="se">\\t</span><span class="s2">b</span><span class="si">#{</span><span class="n">c</span><span class="si">}</span><span class="se">\\x41</span><span class="s2">"</span> <span class="s1">\'\\\'\'</span>\n<span class="ss">:a</span><span class="o">=</span> <span class="ss">:[]=</span> <span class="ss">:"q</span><span class="si">#{</span><span class="mi">1</span><span class="si">}</span><span class="ss">"</span>\n<span class="cp">__END__\ntail\n</span>',
    ),
]


@pytest.mark.parametrize(("lang", "code", "rouge"), CASES)
def test_matches_rouge(lang: str, code: str, rouge: str) -> None:
    assert highlight_span(code, lang) == rouge


def test_rb_alias_is_ruby() -> None:
    assert highlight_span("x.y\n", "rb") == highlight_span("x.y\n", "ruby")

"""The Liquid renderer with Jekyll's tags (homepage_gen.render.liquid).

Values marked "Jekyll 4.3.1" were produced by a real `jekyll build` (Debian's
jekyll 4.3.1 with Liquid 5.4) of a scratch site holding the same templates.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from homepage_gen.errors import BuildError, Diagnostics
from homepage_gen.render.filters import JekyllFilters
from homepage_gen.render.liquid import LiquidRenderer

CONFIG = {
    "title": 'My "Site" & Co',
    "url": "https://Example.COM",
    "baseurl": "/blog",
    "timezone": "Asia/Shanghai",
}
SITE = {
    **CONFIG,
    "pages": [{"path": "index.md", "url": "/"}, {"path": "about.md", "url": "/about/"}],
    "static_files": [{"path": "/static.txt", "url": "/static.txt"}],
    "posts": [
        {
            "path": "_posts/2024-01-02-hello-world.md",
            "url": "/2024/01/02/hello-world.html",
            "slug": "hello-world",
            "date": dt.datetime(2024, 1, 2, tzinfo=ZoneInfo("Asia/Shanghai")),
        }
    ],
    "data": {
        "items": [
            {"t": "b", "y": 2021, "n": None},
            {"t": "a", "y": 2020},
            {"t": "C", "y": 2021},
        ],
        "h": {"a": 1, "b": "two", "c": None, "d": [1, 2.5, True], "e": {"f": "g"}},
        "arr": [1, [2, [3, None]], "x", {"k": "v"}],
    },
}


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def site_dir(tmp_path: Path) -> Path:
    source = tmp_path / "site"
    write(
        source / "_includes" / "p.html",
        "P[{{ include.a }}|{{ include.b }}|{{ include.c }}|{{ include.d }}|{{ outer }}|{{ page.title }}]\n",
    )
    write(source / "_includes" / "side.html", "ok-{{ include.v }}\n")
    write(source / "_includes" / "icons" / "star.html", '<img src="{{ include.name }}">\n')
    write(source / "sub" / "part.txt", "REL[{{ include.x }}|{{ page.title }}]\n")
    return source


@pytest.fixture
def theme_dir(tmp_path: Path) -> Path:
    theme = tmp_path / "theme" / "_includes"
    write(theme / "side.html", "theme-side\n")
    write(theme / "only-theme.html", "from theme\n")
    return theme


@pytest.fixture
def diagnostics() -> Diagnostics:
    return Diagnostics()


@pytest.fixture
def renderer(site_dir: Path, theme_dir: Path, diagnostics: Diagnostics) -> LiquidRenderer:
    return make_renderer(site_dir, [site_dir / "_includes", theme_dir], diagnostics)


def make_renderer(
    source: Path, include_dirs: list[Path], diagnostics: Diagnostics, strict: bool = False
) -> LiquidRenderer:
    return LiquidRenderer(
        source_dir=source,
        include_dirs=include_dirs,
        filters=JekyllFilters(CONFIG).as_dict(),
        diagnostics=diagnostics,
        strict=strict,
    )


def render(
    renderer: LiquidRenderer, text: str, page: dict[str, object] | None = None, **kwargs: object
) -> str:
    context = {"site": SITE, "page": page if page is not None else {"title": "T page"}}
    kwargs.setdefault("path", "page.html")
    return renderer.render(text, context, **kwargs)  # type: ignore[arg-type]


# ---------------------------------------------------------------- include (Jekyll 4.3.1)


def test_include_parameters(renderer: LiquidRenderer) -> None:
    text = """{% assign f1 = 1.0 %}{% include p.html a=page.title b="dq \\"x\\"" c='sq' d=f1 %}"""
    assert render(renderer, text) == 'P[T page|dq "x"|sq|1.0||T page]\n'


def test_include_sees_including_variables(renderer: LiquidRenderer) -> None:
    text = '{% assign outer = "OUT" %}{% include p.html %}|'
    assert render(renderer, text) == "P[||||OUT|T page]\n|"


def test_include_dynamic_names(renderer: LiquidRenderer) -> None:
    page = {"title": "T", "sidebar": "side.html", "iname": "star"}
    text = '{% include {{ page.sidebar }} v=1 %}|{% include icons/{{ page.iname }}.html name="n.png" %}|'
    assert render(renderer, text, page) == 'ok-1\n|<img src="n.png">\n|'


def test_include_relative(renderer: LiquidRenderer, site_dir: Path) -> None:
    out = render(renderer, '{% include_relative sub/part.txt x="r" %}', source_file=site_dir / "t.html")
    assert out == "REL[r|T page]\n"


def test_include_cached_is_include(renderer: LiquidRenderer) -> None:
    assert render(renderer, "{% include_cached side.html v=2 %}") == "ok-2\n"


def test_site_includes_come_before_theme(renderer: LiquidRenderer) -> None:
    assert render(renderer, "{% include side.html %}{% include only-theme.html %}") == "ok-\nfrom theme\n"


def test_include_without_params_keeps_outer_include(renderer: LiquidRenderer, site_dir: Path) -> None:
    write(site_dir / "_includes" / "outer.html", "{% include inner.html %}")
    write(site_dir / "_includes" / "inner.html", "[{{ include.k }}]")
    assert render(renderer, "{% include outer.html k=7 %}") == "[7]"


def test_no_partial_variable_leaks_into_includes(renderer: LiquidRenderer, site_dir: Path) -> None:
    write(site_dir / "_includes" / "q.html", "<{{ partial }}>")
    assert render(renderer, "{% include q.html %}") == "<>"


def test_missing_include_names_file_line_and_dirs(renderer: LiquidRenderer) -> None:
    with pytest.raises(BuildError) as info:
        render(renderer, "a\nb\n{% include nope.html %}", path="_pages/about.md", line_offset=4)
    err = info.value
    assert (err.path, err.line) == ("_pages/about.md", 7)
    assert "'nope.html'" in err.message and "_includes" in err.message and "theme" in err.message


@pytest.mark.parametrize("name", ["../secret.html", "a/../b.html", "/../etc/passwd", "a//b.html"])
def test_include_refuses_escaping_names(renderer: LiquidRenderer, name: str) -> None:
    with pytest.raises(BuildError, match="invalid file name") as info:
        render(renderer, f"{{% include {name} %}}")
    assert info.value.path == "page.html" and info.value.line == 1


def test_include_relative_refuses_parent_dirs(renderer: LiquidRenderer, site_dir: Path) -> None:
    with pytest.raises(BuildError, match="invalid file name"):
        render(renderer, "{% include_relative ../x.txt %}", source_file=site_dir / "sub" / "p.md")


def test_recursive_include_is_stopped(renderer: LiquidRenderer, site_dir: Path) -> None:
    write(site_dir / "_includes" / "self.html", "{% include self.html %}")
    with pytest.raises(BuildError, match="deeper than 50") as info:
        render(renderer, "{% include self.html %}")
    assert info.value.path == "_includes/self.html"
    assert info.value.context[-1] == "included from page.html:1"
    assert len(info.value.context) == 2  # the recursive run is folded into one entry


def test_error_inside_include_reports_its_own_file(renderer: LiquidRenderer, site_dir: Path) -> None:
    write(site_dir / "_includes" / "bad.html", "line1\n{{ 'x' | date_to_xmlschema }}\n")
    write(site_dir / "_includes" / "mid.html", "a\n\n{% include bad.html %}\n")
    with pytest.raises(BuildError, match="Invalid Date") as info:
        render(renderer, "x\n{% include mid.html %}", path="_pages/about.md", line_offset=10)
    err = info.value
    assert (err.path, err.line) == ("_includes/bad.html", 2)
    assert err.context == ["included from _includes/mid.html:3", "included from _pages/about.md:12"]


def test_syntax_error_inside_include(renderer: LiquidRenderer, site_dir: Path) -> None:
    write(site_dir / "_includes" / "syn.html", "ok\n{% if x %}\n")
    with pytest.raises(BuildError, match="syntax error") as info:
        render(renderer, "{% include syn.html %}")
    assert info.value.path == "_includes/syn.html"
    assert info.value.context == ["included from page.html:1"]


def test_invalid_include_parameters(renderer: LiquidRenderer) -> None:
    with pytest.raises(BuildError, match="invalid syntax for include"):
        render(renderer, '{% include p.html a="unterminated %}')


def test_edited_include_is_reloaded(renderer: LiquidRenderer, site_dir: Path) -> None:
    target = site_dir / "_includes" / "v.html"
    write(target, "one")
    assert render(renderer, "{% include v.html %}") == "one"
    write(target, "second")
    assert render(renderer, "{% include v.html %}") == "second"


# ---------------------------------------------------------------- errors and strictness


def test_syntax_error_line_counts_front_matter(renderer: LiquidRenderer) -> None:
    with pytest.raises(BuildError) as info:
        render(renderer, "ok\n\n{% if %}", path="about.md", line_offset=5)
    assert (info.value.path, info.value.line, info.value.col) == ("about.md", 8, 4)


def test_filter_error_is_located(renderer: LiquidRenderer) -> None:
    with pytest.raises(BuildError, match="divide by 0") as info:
        render(renderer, "a\n{{ 1 | divided_by: 0 }}", path="x.md", line_offset=2)
    assert (info.value.path, info.value.line) == ("x.md", 4)


def test_unknown_filter_warns_and_passes_through(renderer: LiquidRenderer, diagnostics: Diagnostics) -> None:
    # Jekyll 4.3.1 prints "abc" (no strict_filters)
    assert render(renderer, '\n{{ "abc" | no_such_filter: 1 }}', path="x.md") == "\nabc"
    assert [(w.path, w.line) for w in diagnostics.warnings] == [("x.md", 2)]
    assert "no_such_filter" in diagnostics.warnings[0].message


def test_undefined_renders_empty(renderer: LiquidRenderer) -> None:
    assert render(renderer, "[{{ nope }}|{{ nope.x.y }}|{{ page.missing }}]") == "[||]"


def test_strict_mode(site_dir: Path, diagnostics: Diagnostics) -> None:
    strict = make_renderer(site_dir, [site_dir / "_includes"], diagnostics, strict=True)
    assert render(strict, "{{ page.title }}") == "T page"
    with pytest.raises(BuildError, match="undefined") as info:
        render(strict, "\n{% if page.x %}y{% endif %}", path="s.md")
    assert (info.value.path, info.value.line) == ("s.md", 2)
    with pytest.raises(BuildError, match="unknown filter"):
        render(strict, "{{ 'a' | nofilter }}")


def test_templates_are_compiled_once(renderer: LiquidRenderer) -> None:
    render(renderer, "{{ page.title }}", path="a.md")
    render(renderer, "{{ page.title }}", path="a.md")
    render(renderer, "{{ page.title }}", path="b.md")
    assert len(renderer._templates) == 2


# ---------------------------------------------------------------- output and semantics (Jekyll 4.3.1)


def test_values_print_as_ruby(renderer: LiquidRenderer) -> None:
    text = (
        "{{ site.data.h }}|{{ site.data.arr }}|{{ f1 }}|{{ f2 }}|{{ f3 }}|{{ n }}|{{ t }}|"
        "{{ 10 | divided_by: 4.0 }}|{{ 1.5 | times: 2 }}|{{ d }}"
    )
    context = {
        "site": SITE,
        "f1": 1.0,
        "f2": 1e16,
        "f3": 1e-05,
        "n": None,
        "t": True,
        "d": dt.datetime(2024, 5, 1, 10, tzinfo=ZoneInfo("Asia/Shanghai")),
    }
    assert renderer.render(text, context, path="x") == (
        '{"a"=>1, "b"=>"two", "c"=>nil, "d"=>[1, 2.5, true], "e"=>{"f"=>"g"}}|123x{"k"=>"v"}|'
        "1.0|1.0e+16|1.0e-05||true|2.5|3.0|2024-05-01 10:00:00 +0800"
    )


def test_truthiness(renderer: LiquidRenderer) -> None:
    text = (
        '{% if "" %}T{% else %}F{% endif %}{% if 0 %}T{% else %}F{% endif %}'
        "{% if nil %}T{% else %}F{% endif %}{% if s == empty %}T{% else %}F{% endif %}"
        "{% if n == nil %}T{% else %}F{% endif %}{% if site.data.items == empty %}T{% else %}F{% endif %}"
    )
    assert renderer.render(text, {"site": SITE, "s": "", "n": None}, path="x") == "TTFTTF"


def test_builtin_tags(renderer: LiquidRenderer) -> None:
    text = (
        '{% case "b" %}{% when "a", "b" %}AB{% else %}X{% endcase %}|{% unless false %}U{% endunless %}|'
        '{% if "abc" contains "b" %}C{% endif %}|{% for i in (1..3) %}{% cycle "x", "y" %}{% endfor %}|'
        "{% for i in (1..5) limit:2 offset:1 %}{{ i }}{{ forloop.index }}{% endfor %}|"
        "{% comment %}no{% endcomment %}"
        "{% raw %}{{ not rendered }}{% endraw %}"
    )
    assert render(renderer, text) == "AB|U|C|xyx|2132|{{ not rendered }}"


def test_tablerow(renderer: LiquidRenderer) -> None:
    out = render(renderer, "{% tablerow i in (1..3) cols:2 %}{{ i }}{% endtablerow %}")
    assert out == (
        '<tr class="row1">\n<td class="col1">1</td><td class="col2">2</td></tr>\n'
        '<tr class="row2"><td class="col1">3</td></tr>\n'
    )


def test_where_exp_sees_template_variables(renderer: LiquidRenderer) -> None:
    text = (
        '{{ site.data.items | where_exp: "i", "i.y == page.yr" | map: "t" | join: "," }}|'
        '{{ site.data.items | group_by_exp: "i", "i.t | downcase" | map: "name" | join: "," }}|'
        '{{ site.data.items | find_exp: "i", "i.y == 2020" | map: "t" }}'
    )
    assert render(renderer, text, {"yr": 2021}) == "b,C|b,a,c|a"


def test_liquid_standard_filters_are_ruby_like(renderer: LiquidRenderer) -> None:
    text = (
        '{{ m | join: "," }}|{{ 2.5 | round }}|{{ -2.5 | round }}|'
        '{{ site.data.items | map: "n" | compact | size }}|'
        '{{ 0.1 | times: 3 }}|{{ 1.1 | plus: 2.2 }}|{{ "it\'s" | escape }}'
    )
    out = renderer.render(text, {"site": SITE, "m": [1.0, None, True, "s", 2]}, path="x")
    assert out == "1.0,,true,s,2|3|-3|0|0.3|3.3|it&#39;s"


# ---------------------------------------------------------------- Jekyll's other tags (Jekyll 4.3.1)


def test_link_and_post_url(renderer: LiquidRenderer) -> None:
    text = (
        "{% link index.md %}|{% link static.txt %}|{% post_url 2024-01-02-hello-world %}|{% link {{ p }} %}"
    )
    out = renderer.render(text, {"site": SITE, "p": "about.md"}, path="x")
    assert out == "/blog/|/blog/static.txt|/blog/2024/01/02/hello-world.html|/blog/about/"


def test_link_to_missing_document(renderer: LiquidRenderer) -> None:
    with pytest.raises(BuildError, match="Could not find document 'nope.md'") as info:
        render(renderer, "\n{% link nope.md %}", path="x.md")
    assert info.value.line == 2


def test_post_url_missing_and_malformed(renderer: LiquidRenderer) -> None:
    with pytest.raises(BuildError, match="Could not find post"):
        render(renderer, "{% post_url 2020-01-01-none %}")
    with pytest.raises(BuildError, match="Could not parse name of post"):
        render(renderer, "{% post_url nodate %}")


def test_feed_meta(renderer: LiquidRenderer) -> None:
    assert render(renderer, "{% feed_meta %}") == (
        '<link type="application/atom+xml" rel="alternate" href="https://example.com/blog/feed.xml" '
        'title="My &quot;Site&quot; &amp; Co" />'
    )


@pytest.mark.skipif(
    importlib.util.find_spec("homepage_gen.render.highlight") is None,
    reason="highlight module not written yet",
)
def test_highlight_block_passes_code_lang_and_linenos(
    renderer: LiquidRenderer, monkeypatch: pytest.MonkeyPatch
) -> None:
    import homepage_gen.render.highlight as highlight

    calls: list[tuple[str, str, bool]] = []

    def fake(code: str, lang: str, linenos: bool = False) -> str:
        calls.append((code, lang, linenos))
        return "<hl>"

    monkeypatch.setattr(highlight, "highlight_tag", fake)
    text = (
        "{% highlight Ruby linenos %}\n\ndef {{ name }}; end\n{% endhighlight %}|"
        "{% highlight js %}x{% endhighlight %}"
    )
    assert renderer.render(text, {"name": "x"}, path="x") == "<hl>|<hl>"
    assert calls == [("def x; end", "ruby", True), ("x", "js", False)]


def test_highlight_needs_a_language(renderer: LiquidRenderer) -> None:
    with pytest.raises(BuildError, match="highlight"):
        render(renderer, "{% highlight %}x{% endhighlight %}")


# ---------------------------------------------------------------- fast paths keep python-liquid's meaning


def test_text_rule_tokenizes_as_python_liquid_does() -> None:
    """The fast text rule gives python-liquid's tokens (and errors) for any text."""
    import functools
    import random
    import re

    from liquid.lex import _tokenize_template, compile_liquid_rules

    from homepage_gen.render.liquid import _lexer

    rules = compile_liquid_rules("{%", "%}", "{{", "}}", "", "")
    reference = functools.partial(
        _tokenize_template, rules=re.compile(rules.pattern.replace("|$)", r"|\Z)"), rules.flags)
    )
    fast = _lexer(("{%", "%}", "{{", "}}", "", ""))
    assert fast.keywords["rules"].pattern != reference.keywords["rules"].pattern

    def tokens(lexer: object, text: str) -> object:
        try:
            return list(lexer(text))  # type: ignore[operator]
        except Exception as err:  # noqa: BLE001
            return type(err), str(err)

    pieces = ["{", "}", "%", "-", "{{", "}}", "{%", "%}", "{%-", "-%}", "{{-", "-}}", " ", "\n", "\r", "a", "é",
              "raw", "endraw", "comment", "endcomment", "if", "endif", "#", "doc", "enddoc"]  # fmt: skip
    rnd = random.Random(7)
    texts = ["", "{", "x{", "{{", "{%", "a{{{ x }}b", "{{ x }}\n", "{%- if x -%} y\n{%- endif -%}\n",
             "{% raw %}{{{% endraw %}"]
    texts += ["".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 14))) for _ in range(20_000)]
    for text in texts:
        assert tokens(fast, text) == tokens(reference, text), text


def test_ruby_whitespace_split_fast_path(renderer: LiquidRenderer) -> None:
    """Only Ruby's six whitespace characters separate words (not NBSP, U+3000 or \\x1c)."""
    text = (
        '{{ "a b\\tc" | number_of_words }}|{{ x | number_of_words }}|{{ y | number_of_words }}|'
        '{{ z | split: " " | join: "," }}'
    )
    context = {"x": "a\u00a0b c\u3000d é", "y": "a\x1cb  c\n", "z": " p\x1fq  r "}
    assert renderer.render(text, context, path="x") == "2|3|2|p\x1fq,r"  # Liquid strings keep `\t` as is


def test_output_limit_counts_utf8_bytes(renderer: LiquidRenderer) -> None:
    renderer.environment.output_stream_limit = 10
    assert renderer.render("{{ a }}", {"a": "0123456789"}, path="x") == "0123456789"
    assert renderer.render("{{ a }}", {"a": "éééé"}, path="x") == "éééé"
    for text in ("{{ a }}", "{% capture c %}{{ a }}{% endcapture %}"):
        with pytest.raises(BuildError, match="output stream limit"):
            renderer.render(text, {"a": "ééééé!"}, path="x")  # 6 characters, 11 bytes


def test_removed_include_falls_back_to_the_next_folder(renderer: LiquidRenderer, site_dir: Path) -> None:
    assert render(renderer, "{% include side.html v=1 %}") == "ok-1\n"
    (site_dir / "_includes" / "side.html").unlink()
    assert render(renderer, "{% include side.html v=1 %}") == "theme-side\n"
    (site_dir / "_includes" / "side.html").mkdir()  # a folder of that name is no include
    assert render(renderer, "{% include side.html v=1 %}") == "theme-side\n"


def test_for_loop_names_and_continue(renderer: LiquidRenderer) -> None:
    text = (
        "{% for i in site.data.arr limit: 2 %}{{ forloop.name }}:{{ forloop.index }}/{{ forloop.length }} {% endfor %}|"
        "{% for i in site.data.arr offset: continue %}{{ i }}{% if forloop.last %}!{% endif %}{% endfor %}|"
        "{% for i in (1..5) %}{% if i == 2 %}{% continue %}{% endif %}{% if i == 4 %}{% break %}{% endif %}"
        "{% for j in (1..2) %}{{ forloop.parentloop.index }}{{ j }},{% endfor %}{% endfor %}|"
        "{% for i in (1..3) %} {% assign k = i %} {% endfor %}{{ k }}|{% for i in empty %}x{% else %}none{% endfor %}"
    )
    assert render(renderer, text) == (
        "i-site.data.arr:1/2 i-site.data.arr:2/2 |x{\"k\"=>\"v\"}!|11,12,31,32,|3|none"
    )

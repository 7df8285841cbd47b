"""Jekyll's filters (homepage_gen.render.filters).

Values marked "Jekyll 4.3.1" were produced by a real `jekyll build` (Debian's
jekyll 4.3.1 with Liquid 5.4) of a scratch site holding the same inputs.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from zoneinfo import ZoneInfo

import pytest

from homepage_gen.render.filters import (
    FilterError,
    JekyllFilters,
    liquid_standard_filters,
    ruby_inspect,
    ruby_to_s,
)

SHANGHAI = ZoneInfo("Asia/Shanghai")
ITEMS = [
    {"title": "Beta", "year": 2021, "tags": ["x", "y"], "rank": 2},
    {"title": "alpha", "year": 2020, "tags": ["y"], "rank": "10"},
    {"title": "Gamma", "year": 2022, "rank": 1.5},
    {"title": "delta", "year": "2021", "tags": "x"},
]


@pytest.fixture
def f() -> JekyllFilters:
    config = {"url": "https://Example.COM", "baseurl": "/blog", "timezone": "Asia/Shanghai"}
    return JekyllFilters(config)


def titles(items: list[dict[str, object]]) -> str:
    return ",".join(str(item["title"]) for item in items)


# ---------------------------------------------------------------- slugify (Jekyll 4.3.1)


@pytest.mark.parametrize(
    ("text", "mode", "expected"),
    [
        ("The _config.yml file?!  ", None, "the-config-yml-file"),
        ("The _config.yml file?!  ", "raw", "the-_config.yml-file?!"),
        ("The _config.yml file?!  ", "pretty", "the-_config.yml-file-!"),
        ("Café Ünïcode 日本語 ß Æ ø", "ascii", "caf-n-code"),
        ("Café Ünïcode 日本語 ß Æ ø Ł", "latin", "cafe-unicode-ss-ae-o-l"),
        ("Café Ünïcode 日本語", "none", "café ünïcode 日本語"),
        ("Café Ünïcode 日本語 ß", "default", "café-ünïcode-日本語-ß"),
        ("a.b~c!d$e&f'g(h)i+j,k;l=m@n/o?p#q*r", "pretty", "a.b~c!d$e&f'g(h)i+j,k;l=m@n-o-p-q-r"),
        ("--Hello--World--", None, "hello-world"),
        ("Hello World", "bogus", "hello world"),
        ("  x  ", "raw", "x"),
        ("x_y-z", "default", "x-y-z"),
    ],
)
def test_slugify_modes(f: JekyllFilters, text: str, mode: str | None, expected: str) -> None:
    assert f.slugify(text, mode) == expected


def test_slugify_nil(f: JekyllFilters) -> None:
    assert f.slugify(None) is None


# ---------------------------------------------------------------- dates
# Jekyll 4.3.1 with timezone Asia/Shanghai


def test_date_to_xmlschema(f: JekyllFilters) -> None:
    assert f.date_to_xmlschema(dt.date(2024, 5, 1)) == "2024-05-01T00:00:00+08:00"
    assert f.date_to_xmlschema(dt.datetime(2024, 5, 1, 10, tzinfo=SHANGHAI)) == "2024-05-01T10:00:00+08:00"
    assert f.date_to_xmlschema("2024-05-01") == "2024-05-01T00:00:00+08:00"
    assert f.date_to_xmlschema("2024-05-01 10:00:00 +0800") == "2024-05-01T10:00:00+08:00"


def test_date_to_rfc822_converts_to_site_zone(f: JekyllFilters) -> None:
    assert f.date_to_rfc822(dt.date(2024, 5, 1)) == "Wed, 01 May 2024 00:00:00 +0800"
    assert f.date_to_rfc822("2024-05-01T23:30:00Z") == "Thu, 02 May 2024 07:30:00 +0800"


def test_date_to_string_and_long_string(f: JekyllFilters) -> None:
    assert f.date_to_string("2024-05-01") == "01 May 2024"
    assert f.date_to_string("2024-05-01", "ordinal") == "1st May 2024"
    assert f.date_to_string("2024-05-01", "ordinal", "US") == "May 1st, 2024"
    assert f.date_to_long_string("2024-05-22") == "22 May 2024"
    assert f.date_to_long_string("2024-05-22", "ordinal") == "22nd May 2024"
    assert f.date_to_long_string("2024-05-22", "ordinal", "US") == "May 22nd, 2024"


@pytest.mark.parametrize(
    ("day", "expected"),
    [(11, "11th"), (12, "12th"), (13, "13th"), (3, "3rd"), (23, "23rd"), (31, "31st"), (2, "2nd")],
)
def test_ordinals(f: JekyllFilters, day: int, expected: str) -> None:
    assert f.date_to_string(f"2024-05-{day:02d}", "ordinal") == f"{expected} May 2024"


def test_empty_dates_pass_through(f: JekyllFilters) -> None:
    assert f.date_to_string("") == ""
    assert f.date_to_xmlschema(None) is None


def test_invalid_date_raises(f: JekyllFilters) -> None:
    with pytest.raises(FilterError, match="Invalid Date"):
        f.date_to_string("garbage")


def test_date_filter_ruby_strftime(f: JekyllFilters) -> None:
    # Jekyll 4.3.1
    value = "2024-05-01 10:00:00 +0800"
    assert (
        f.date(value, "%Y %-m %e %B %b %a %A %H:%M:%S %z %Z %j %p %I %l %y %%")
        == "2024 5  1 May May Wed Wednesday 10:00:00 +0800 CST 122 AM 10 10 24 %"
    )
    assert (
        f.date(value, "%-d %-H %k %P %s %U %u %w %C %D %F %T %R %r %c %x %X %h")
        == "1 10 10 am 1714528800 17 3 3 20 05/01/24 2024-05-01 10:00:00 10:00 10:00:00 AM "
        "Wed May  1 10:00:00 2024 05/01/24 10:00:00 May"
    )
    assert f.date(value, "%G %V %N %L %:z") == "2024 18 000000000 000 +08:00"


def test_date_filter_inputs(f: JekyllFilters) -> None:
    # Jekyll 4.3.1: epochs and loose strings are read in the site's zone, garbage passes through
    assert f.date(1700000000, "%F %T %z") == "2023-11-15 06:13:20 +0800"
    assert f.date("1700000000", "%F %T") == "2023-11-15 06:13:20"
    assert f.date("May 3, 2024", "%F %T %z") == "2024-05-03 00:00:00 +0800"
    assert f.date("3 May 2024 14:00", "%F %T %z") == "2024-05-03 14:00:00 +0800"
    assert f.date("garbage", "%F") == "garbage"
    assert f.date("2024-05-01", "") == "2024-05-01"


def test_date_filter_keeps_the_written_offset() -> None:
    # Jekyll 4.3.1 without `timezone` on a UTC machine: `date` keeps the string's own offset
    utc = JekyllFilters({"timezone": "UTC"})
    assert utc.date("2024-05-01T23:30:00Z", "%H %z %Z|%-I%p") == "23 +0000 UTC|11PM"
    assert utc.date("2024-05-01 10:00:00 +0800", "%H:%M %z %Z") == "10:00 +0800 "
    assert utc.date_to_rfc822("2024-05-01 10:00:00 +0800") == "Wed, 01 May 2024 02:00:00 +0000"


# ---------------------------------------------------------------- collections (Jekyll 4.3.1)


def test_where(f: JekyllFilters) -> None:
    assert titles(f.where(ITEMS, "year", 2021)) == "Beta,delta"
    assert titles(f.where(ITEMS, "year", "2021")) == "Beta,delta"
    assert titles(f.where(ITEMS, "tags", "x")) == "Beta,delta"
    assert titles(f.where(ITEMS, "tags", "y")) == "Beta,alpha"
    assert titles(f.where(ITEMS, "rank", 10)) == "alpha"
    assert titles(f.where(ITEMS, "nope", None)) == "Beta,alpha,Gamma,delta"


def test_where_on_hash_uses_values(f: JekyllFilters) -> None:
    assert f.where({"a": {"k": 1}, "b": {"k": 2}}, "k", 2) == [{"k": 2}]


def test_where_exp(f: JekyllFilters) -> None:
    assert titles(f.where_exp(ITEMS, "item", "item.year == 2021 or item.year == 2022")) == "Beta,Gamma"
    assert titles(f.where_exp(ITEMS, "i", "i.tags contains 'y'")) == "Beta,alpha"
    assert titles(f.where_exp(ITEMS, "i", "i.title == 'alpha' or i.rank == 1.5")) == "alpha,Gamma"
    assert titles(f.where_exp(ITEMS, "i", "i.tags and i.rank")) == "Beta,alpha"


def test_where_exp_sees_given_variables(f: JekyllFilters) -> None:
    # a plain mapping stands in for the template's variables (how Jinja2 calls it)
    found = f.where_exp(ITEMS, "i", "i.year == page.yr", context={"page": {"yr": 2020}})
    assert titles(found) == "alpha"


def test_find_and_find_exp(f: JekyllFilters) -> None:
    assert f.find(ITEMS, "title", "Gamma") == ITEMS[2]
    assert f.find(ITEMS, "title", "zzz") is None
    assert f.find_exp(ITEMS, "i", "i.rank == 1.5") == ITEMS[2]
    assert f.find_exp(ITEMS, "i", "i.rank == 99") is None


def test_expressions_are_parsed_once_per_instance(f: JekyllFilters) -> None:
    f.where_exp(ITEMS, "i", "i.rank == 2")
    f.where_exp(ITEMS, "i", "i.rank == 2")
    assert list(f._conditions) == ["i.rank == 2"]
    assert JekyllFilters({})._conditions == {}


def test_invalid_expression(f: JekyllFilters) -> None:
    with pytest.raises(FilterError, match="invalid expression"):
        f.where_exp(ITEMS, "i", "i.rank ==")


def test_group_by(f: JekyllFilters) -> None:
    assert f.jsonify(f.group_by(ITEMS, "year")) == (
        '[{"name":"2021","items":[{"title":"Beta","year":2021,"tags":["x","y"],"rank":2},'
        '{"title":"delta","year":"2021","tags":"x"}],"size":2},'
        '{"name":"2020","items":[{"title":"alpha","year":2020,"tags":["y"],"rank":"10"}],"size":1},'
        '{"name":"2022","items":[{"title":"Gamma","year":2022,"rank":1.5}],"size":1}]'
    )
    names = [group["name"] for group in f.group_by(ITEMS, "tags")]
    assert f.jsonify(names) == '["[\\"x\\", \\"y\\"]","[\\"y\\"]","","x"]'


def test_group_by_exp_keeps_value_types(f: JekyllFilters) -> None:
    groups = f.group_by_exp(ITEMS, "i", "i.year | plus: 0 | modulo: 2")
    assert [(g["name"], g["size"]) for g in groups] == [(1, 2), (0, 2)]


def test_sort(f: JekyllFilters) -> None:
    assert titles(f.sort(ITEMS, "title")) == "Beta,Gamma,alpha,delta"
    assert titles(f.sort(ITEMS, "tags")) == "Gamma,Beta,alpha,delta"
    assert titles(f.sort(ITEMS, "rank", "last")) == "Gamma,Beta,alpha,delta"
    assert titles(f.sort(ITEMS, "rank")) == "delta,Gamma,Beta,alpha"
    assert f.sort(["b", "a", "C", "10", "9"]) == ["10", "9", "C", "a", "b"]


def test_sort_errors(f: JekyllFilters) -> None:
    with pytest.raises(FilterError, match="null"):
        f.sort(None)
    with pytest.raises(FilterError, match="nils order"):
        f.sort(ITEMS, "rank", "middle")
    with pytest.raises(FilterError, match="comparison"):
        f.sort([1, "a"])


def test_array_helpers(f: JekyllFilters) -> None:
    abc = ["a", "b", "c"]
    assert f.push(abc, "d") == ["a", "b", "c", "d"]
    assert f.pop(abc) == ["a", "b"]
    assert f.pop(abc, 2) == ["a"]
    assert f.shift(abc) == ["b", "c"]
    assert f.shift(abc, 2) == ["c"]
    assert f.unshift(abc, "z") == ["z", "a", "b", "c"]
    assert abc == ["a", "b", "c"]
    assert f.push("abc", "d") == "abc"


def test_sample(f: JekyllFilters) -> None:
    assert f.sample([1, 2, 3]) in (1, 2, 3)
    picked = f.sample([1, 2, 3], 2)
    assert len(picked) == 2 and set(picked) <= {1, 2, 3}
    assert f.sample("abc") == "abc"


# ---------------------------------------------------------------- strings (Jekyll 4.3.1)


def test_array_to_sentence_string(f: JekyllFilters) -> None:
    assert f.array_to_sentence_string([]) == ""
    assert f.array_to_sentence_string(["a"]) == "a"
    assert f.array_to_sentence_string(["a", "b"]) == "a and b"
    assert f.array_to_sentence_string(["a", "b", "c"]) == "a, b, and c"
    assert f.array_to_sentence_string(["a", "b", "c"], "or") == "a, b, or c"


def test_number_of_words(f: JekyllFilters) -> None:
    assert f.number_of_words("Hello   world, this is  me") == 5
    assert f.number_of_words("Hello 日本語 world", "cjk") == 5
    assert f.number_of_words("Hello 日本語 world", "auto") == 5
    assert f.number_of_words("Hello world", "auto") == 2


def test_escapes(f: JekyllFilters) -> None:
    assert f.xml_escape("foo \"bar\" <baz> & 'q'") == "foo &quot;bar&quot; &lt;baz&gt; &amp; &apos;q&apos;"
    assert f.xml_escape('"quoted"') == "&quot;quoted&quot;"
    assert f.cgi_escape("foo,bar;baz? é/~*") == "foo%2Cbar%3Bbaz%3F+%C3%A9%2F~%2A"
    assert (
        f.uri_escape("foo, bar \\baz? é %41 %2f [x] {y} ^|`")
        == "foo,%20bar%20%5Cbaz?%20%C3%A9%20A%20/%20[x]%20%7By%7D%20%5E%7C%60"
    )
    assert f.escape_once("&lt; & < \"x\" 'y' &#39; &amp") == (
        "&lt; &amp; &lt; &quot;x&quot; &#39;y&#39; &#39; &amp;amp"
    )


def test_whitespace_and_html(f: JekyllFilters) -> None:
    assert f.normalize_whitespace("  a \n\t b  ") == "a b"
    assert f.strip_newlines("a\nb\r\nc") == "abc"
    assert f.strip_html("<p>Hi <b>x</b></p><script>y</script><!-- c -->z") == "Hi xz"


def test_to_integer(f: JekyllFilters) -> None:
    values = ["12abc", "abc", 3.9, True, False, None, " 42", "-7.5"]
    assert [f.to_integer(v) for v in values] == [12, 0, 3, 1, 0, 0, 42, -7]


def test_jsonify(f: JekyllFilters) -> None:
    value = {"a": 1, "b": "two", "c": None, "d": [1, 2.5, True], "e": {"f": "g"}}
    assert f.jsonify(value) == '{"a":1,"b":"two","c":null,"d":[1,2.5,true],"e":{"f":"g"}}'
    assert f.jsonify('a"<b>&/é\u0001 \u2028') == '"a\\"<b>&/é\\u0001 \u2028"'
    assert [f.jsonify(v) for v in (1.0, 1e16, 1e-05, None, 5)] == ["1.0", "1.0e+16", "1.0e-05", "null", "5"]
    assert f.jsonify(dt.datetime(2024, 5, 1, 10, tzinfo=SHANGHAI)) == '"2024-05-01 10:00:00 +0800"'
    assert f.jsonify(dt.date(2024, 5, 1)) == '"2024-05-01"'


def test_inspect(f: JekyllFilters) -> None:
    value = {"a": 1, "b": "two", "c": None, "d": [1, 2.5, True], "e": {"f": "g"}}
    assert f.inspect(value) == (
        "{&quot;a&quot;=&gt;1, &quot;b&quot;=&gt;&quot;two&quot;, &quot;c&quot;=&gt;nil, "
        "&quot;d&quot;=&gt;[1, 2.5, true], &quot;e&quot;=&gt;{&quot;f&quot;=&gt;&quot;g&quot;}}"
    )
    assert f.inspect('a"b\\c\té#{x}\n') == "&quot;a\\&quot;b\\\\c\\té\\#{x}\\n&quot;"
    assert f.inspect(dt.date(2024, 5, 1)) == "#&lt;Date: 2024-05-01 ((2460432j,0s,0n),+0s,2299161j)&gt;"
    assert f.inspect(None) == "nil"


def test_ruby_to_s() -> None:
    assert ruby_to_s([1, [2, [3, None]], "x", {"k": "v"}]) == '[1, [2, [3, nil]], "x", {"k"=>"v"}]'
    assert ruby_to_s(dt.datetime(2024, 5, 1, 10, tzinfo=SHANGHAI)) == "2024-05-01 10:00:00 +0800"
    assert ruby_to_s(dt.datetime(2024, 5, 1, 10, tzinfo=dt.timezone.utc)) == "2024-05-01 10:00:00 UTC"
    assert [ruby_to_s(v) for v in (1.0, 1e16, 1e-05, None, True)] == ["1.0", "1.0e+16", "1.0e-05", "", "true"]
    assert ruby_inspect("x") == '"x"'


# ---------------------------------------------------------------- URLs
# Jekyll 4.3.1 with url https://Example.COM, baseurl /blog


def test_relative_url(f: JekyllFilters) -> None:
    assert f.relative_url("/about/") == "/blog/about/"
    assert f.relative_url("about") == "/blog/about"
    assert f.relative_url("") == "/blog"
    assert f.relative_url("/a b/ü?x=1 2&y=+#frag ment") == "/blog/a%20b/%C3%BC?x=1%202&y=+#frag%20ment"
    assert f.relative_url("http://X.com/a") == "http://X.com/a"
    assert f.relative_url("#top") == "/blog/#top"
    assert f.relative_url("/a/../b/./c") == "/blog/b/c"
    assert f.relative_url(None) is None
    assert f.relative_url(5) == "/blog/5"


def test_absolute_url(f: JekyllFilters) -> None:
    assert f.absolute_url("/about/") == "https://example.com/blog/about/"
    assert f.absolute_url("") == "https://example.com/blog"
    assert f.absolute_url("mailto:me@x.com") == "mailto:me@x.com"
    assert f.absolute_url("//cdn.x.com/a") == "https://example.com/blog//cdn.x.com/a"
    assert f.absolute_url("index.html") == "https://example.com/blog/index.html"


def test_urls_without_site_url_or_baseurl() -> None:
    plain = JekyllFilters({})
    assert plain.relative_url("/x/") == "/x/"
    assert plain.absolute_url("/x/") == "/x/"
    assert plain.relative_url({"url": "/post/"}) == "/post/"


# ---------------------------------------------------------------- converters and plumbing


def test_markdownify_and_smartify_use_the_callbacks() -> None:
    filters = JekyllFilters({}, markdownify=lambda s: f"<p>{s}</p>\n", smartify=lambda s: s.upper())
    assert filters.markdownify(3) == "<p>3</p>\n"
    assert filters.smartify("a") == "A"
    with pytest.raises(FilterError):
        JekyllFilters({}).markdownify("x")


def test_as_dict_names(f: JekyllFilters) -> None:
    names = set(f.as_dict())
    expected = {
        "relative_url", "absolute_url", "markdownify", "smartify", "jsonify", "slugify", "xml_escape",
        "cgi_escape", "uri_escape", "date_to_xmlschema", "date_to_rfc822", "date_to_string",
        "date_to_long_string", "where", "where_exp", "group_by", "group_by_exp", "find", "find_exp",
        "sort", "number_of_words", "array_to_sentence_string", "strip_html", "strip_newlines",
        "escape_once", "normalize_whitespace", "inspect", "sample", "push", "pop", "shift", "unshift",
        "to_integer",
    }  # fmt: skip
    assert expected <= names
    assert getattr(f.as_dict()["where_exp"], "with_context", False)


def test_liquid_standard_filters_behave_as_ruby() -> None:
    # Jekyll 4.3.1: join prints nil as "", true as "true"; round halves away from zero
    std = liquid_standard_filters()
    assert std["join"]([1.0, None, True, "s", 2], ",") == "1.0,,true,s,2"
    assert [std["round"](v) for v in (3.7, 2.5, -2.5)] == [4, 3, -3]
    assert std["round"](2.567, 2) == 2.57
    assert std["map"]([{"n": None}, {"t": 1}], "n") == [None, None]
    assert std["escape"]("it's") == "it&#39;s"
    assert std["upcase"]("a") == "A"
    assert "sum" not in std  # not a filter in Jekyll's Liquid


def test_filters_module_does_not_load_python_liquid() -> None:
    code = (
        "import sys, homepage_gen.render.filters as m; m.JekyllFilters({}).slugify('x'); "
        "sys.exit(1 if 'liquid' in sys.modules else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0

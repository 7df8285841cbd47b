"""Hypothesis strategies for hostile site input, shared by test_properties.py and tests/fuzz/.

Random text finds little in a template engine: these strategies glue together the
tokens each language cares about (Liquid delimiters and tags, Markdown markers, YAML
indicators), with some plain text and arbitrary characters in between.
"""

from __future__ import annotations

from hypothesis import strategies as st

# Printable text; control characters come in through the token lists, rarely.
_TEXT = st.text(st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]), max_size=6)


def _joined(tokens: list[str], *, max_size: int) -> st.SearchStrategy[str]:
    piece = st.one_of(st.sampled_from(tokens), st.sampled_from(tokens), _TEXT)
    return st.lists(piece, max_size=max_size).map("".join)


LIQUID_TOKENS = [
    "{{", "}}", "{%", "%}", "{%-", "-%}", "{{-", "-}}", " ", "\n", "'", '"', "|", ":", ",", "..",
    "if ", "elsif ", "else", "endif", "unless ", "endunless", "case ", "when ", "endcase",
    "for ", " in ", "endfor", "break", "continue", "assign ", "capture ", "endcapture",
    "raw", "endraw", "comment", "endcomment", "cycle ", "increment ", "decrement ", "tablerow ",
    "endtablerow", "include ", "include_relative ", "highlight ruby", "endhighlight", "link ",
    "post_url ", "echo ", "liquid ", "ifchanged", "endifchanged", "render ",
    "x", "y", "page.title", "page.url", "site.title", "site.data.items", "site.pages", "content",
    "forloop.index", "include.a", "page", "site", "nil", "empty", "blank", "true", "false",
    "1", "-1", "2.5", "0", "99999999999999999999", "(1..3)", "(1..x)", "(1..100000000)", "x=1", "a='b'",
    " == ", " != ", " < ", " > ", " and ", " or ", " contains ", "[0]", ".first", ".size", ".last",
    "| upcase", "| append: 'x'", "| split: ','", "| join", "| times: 2", "| divided_by: 0",
    "| date: '%Y'", "| markdownify", "| jsonify", "| relative_url", "| where: 'a', 'b'",
    "| sort", "| map: 'url'", "| slice: 1, 2", "| truncate: 3", "| escape", "| default: 'd'",
    "| no_such_filter", "| plus: 1", "| round: 2", "| strip_html", "| xml_escape",
    "x.html", "y.html", "../etc/passwd", "/abs.html", "missing.html",
]

MARKDOWN_TOKENS = [
    "\n", "\n\n", " ", "  ", "    ", "\t", "*", "**", "_", "__", "`", "```", "~~~", "[", "]", "(", ")",
    "![", "](", "<", ">", "> ", "# ", "## ", "- ", "* ", "+ ", "1. ", "2) ", "|", "| --- |", "---",
    "***", "===", "{:", "}", "{: .cls}", "{: #id}", "{::nomarkdown}", "{:/}", "{::comment}",
    "$$", "[^1]", "[^1]: ", "*[HTML]: ", ": ", "\\", "&amp;", "&", "&#x", ";", "http://x.org",
    "<div>", "</div>", '<div markdown="1">', "<span>", "</span>", "<!--", "-->", "<pre>", "</pre>",
    "<script>", "</script>", "<http://a.b>", "[a]: /url", "[a][]", "\"", "'", "--", "...", "<<", ">>",
    "a", "word", "é", "\u00a0", "\u200b", "😀", "\x00", "\x1b",
]

YAML_TOKENS = [
    "\n", "  ", " ", "\t", "- ", ": ", ":", "[", "]", "{", "}", ",", "'", '"', "? ", "|", ">", "#",
    "&a ", "*a", "!!str ", "!!int ", "!!python/object:os.system ", "!!binary ", "!!timestamp ", "%YAML 1.1\n",
    "layout: ", "permalink: ", "title: ", "date: ", "categories: ", "tags: ", "published: ",
    "render_with_liquid: ", "redirect_from: ", "redirect_to: ", "sitemap: ", "excerpt_separator: ",
    "default", "none", "/:title/", "/x/", "2024-01-01", "2024-13-45", "2024-01-01 10:00:00 +0100",
    "null", "~", "yes", "no", "true", "false", ".inf", "-.nan", "0x1F", "1e999", "012", "---", "...",
    "a", "b", "é", "\\u0000", "\x85", "\x07",
]


def liquid_text(max_size: int = 30) -> st.SearchStrategy[str]:
    return _joined(LIQUID_TOKENS, max_size=max_size)


def markdown_text(max_size: int = 40) -> st.SearchStrategy[str]:
    return _joined(MARKDOWN_TOKENS, max_size=max_size)


def yaml_text(max_size: int = 25) -> st.SearchStrategy[str]:
    return _joined(YAML_TOKENS, max_size=max_size)


def page_body(max_size: int = 30) -> st.SearchStrategy[str]:
    """Markdown with Liquid in it, as a page body is."""
    return st.lists(st.one_of(markdown_text(8), liquid_text(8)), max_size=max_size // 6 + 1).map("".join)


@st.composite
def encoded(draw: st.DrawFn, text: st.SearchStrategy[str]) -> bytes:
    """`text` as a file's bytes: sometimes with a BOM, CRLF line ends, or bytes that are not UTF-8."""
    data = draw(text).encode("utf-8")
    if draw(st.booleans()):
        data = data.replace(b"\n", b"\r\n")
    if draw(st.booleans()):
        data = b"\xef\xbb\xbf" + data
    if draw(st.integers(0, 19)) == 19:  # hypothesis favours small numbers: this is rare
        position = draw(st.integers(0, len(data)))
        data = data[:position] + draw(st.sampled_from([b"\xff", b"\xc3", b"\xed\xa0\x80", b"\x00"])) + data[position:]
    return data


@st.composite
def page_file(draw: st.DrawFn) -> bytes:
    """A page: front matter (valid keys or YAML noise) and a Markdown+Liquid body."""
    front = draw(st.one_of(
        yaml_text(),
        st.sampled_from(["layout: default\n", "title: T\n", "permalink: /p/\n", ""]),
    ))
    body = draw(page_body())
    closing = draw(st.sampled_from(["---\n", "---\n", "...\n", "--- \n", ""]))
    return draw(encoded(st.just(f"---\n{front}\n{closing}{body}")))

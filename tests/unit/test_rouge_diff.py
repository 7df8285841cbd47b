# ruff: noqa: E501
"""diff highlighting matches rouge 3.30 byte-for-byte on tricky inputs.

Every expected string was produced by rouge 3.30.0 with
``Rouge::Formatters::HTML.new.format(lexer.lex(code))``, used as a black box.
"""

from __future__ import annotations

import pytest

from homepage_gen.render.highlight import highlight_span

# (code, rouge 3.30 HTML)
CASES = [
    ("@@ -1 +1 @@ def foo():\n", '<span class="p">@@ -1 +1 @@</span> def foo():\n'),
    ("Index: x\n====\n", '<span class="gh">Index: x\n====\n</span>'),
    ("*** a\n--- b\n", '<span class="err">***</span> a\n<span class="gd">--- b\n</span>'),
    ("! changed\n", '<span class="gs">! changed\n</span>'),
    ("> new\n< old\n", '<span class="gi">&gt; new\n</span><span class="gd">&lt; old\n</span>'),
    ("Only in x\n", '<span class="p">Only in x\n</span>'),
    ("diff -u a b\n", '<span class="gh">diff -u a b\n</span>'),
    ("\\ No newline at end of file\n", '<span class="err">\\</span> No newline at end of file\n'),
    ("-a", '<span class="gd">-a</span>'),
    ("+b\n-c\n c\n", '<span class="gi">+b\n</span><span class="gd">-c\n</span> c\n'),
    ("new file mode 100644\n", '<span class="p">new file mode 100644\n</span>'),
    ("@@@ x\n", '<span class="err">@@@</span> x\n'),
    (
        "--- a\n+++ b\n@@ -1,2 +1,2 @@\n-x\n+y\n",
        '<span class="gd">--- a\n</span><span class="gi">+++ b\n</span><span class="p">@@ -1,2 +1,2 @@</span>\n<span class="gd">-x\n</span><span class="gi">+y\n</span>',
    ),
    ("1,2c1,2\n", '<span class="p">1,2c1,2\n</span>'),
    ("  -x\n", "  -x\n"),
    ("- x\n", '<span class="gd">- x\n</span>'),
]


@pytest.mark.parametrize(("code", "rouge"), CASES)
def test_matches_rouge(code: str, rouge: str) -> None:
    assert highlight_span(code, "diff") == rouge

"""Hostile input: the converter stays fast (well under a second) and never recurses out."""

from __future__ import annotations

import time

import pytest

from homepage_gen.render.markdown import KramdownConverter

CASES = {
    "100k stars": "*" * 100_000,
    "100k brackets": "[" * 100_000,
    "100k underscores": "_" * 100_000,
    "unclosed emphasis": "*a " * 33_000,
    "unclosed links": "[a](" * 25_000,
    "images": "![" * 50_000,
    "backticks": "`a " * 33_000,
    "angle brackets": "<" * 100_000,
    "nested spans": "<span>" * 20_000,
    "quotes": "\"'" * 50_000,
    "pipes": "|" * 100_000 + "\n",
    "1000-deep list": "".join("  " * i + "- a\n" for i in range(1000)),
    "1000-deep blockquote": ">" * 1000 + " a\n",
    "growing blockquotes": "".join(">" * i + " a\n" for i in range(1000)),
    "1000 nested divs": "<div>\n" * 1000,
    "1000 nested markdown divs": '<div markdown="1">\n' * 1000,
    "many list items": "- a\n" * 20_000,
    "unclosed span extensions": "{::comment}a " * 20_000,
    "unclosed block extensions": "{::comment}\na\n" * 10_000,
    "span extensions in emphasis": "*a {::comment}" * 20_000,
    "nested anchors": '<a href="u">' * 20_000,
    "stray end tags in spans": "<span>a</b> " * 20_000,
    "space-tab lines": " \ta\n" * 20_000,
    "space-tab list lines": "- a\n\n" + "     \ta\n" * 20_000,
    "long tag names": "<" + "a." * 50_000 + " b",
}


@pytest.fixture(scope="module")
def md() -> KramdownConverter:
    return KramdownConverter()


@pytest.mark.parametrize("name", sorted(CASES))
def test_pathological_input_finishes_quickly(md: KramdownConverter, name: str) -> None:
    start = time.perf_counter()
    html = md.convert(CASES[name])
    elapsed = time.perf_counter() - start
    assert isinstance(html, str)
    assert elapsed < 1.0, f"{name}: {elapsed:.2f}s"


def test_deep_nesting_is_still_structured_near_the_top(md: KramdownConverter) -> None:
    html = md.convert("".join("  " * i + "- a\n" for i in range(5)))
    assert html.count("<ul>") == 5


def test_converter_is_reusable_after_hostile_input(md: KramdownConverter) -> None:
    md.convert("[" * 10_000)
    assert md.convert("[x](u)") == '<p><a href="u">x</a></p>\n'


@pytest.mark.parametrize("source", ["- \n", "-   \n\n- a", "1. \n", "- \n  {: .c}\n", "\n- \\\n1. ", "|\n", "# \n"])
def test_degenerate_items_do_not_crash(md: KramdownConverter, source: str) -> None:
    assert isinstance(md.convert(source), str)

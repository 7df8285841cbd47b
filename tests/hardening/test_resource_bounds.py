"""Pathological templates, Markdown and YAML finish or fail cleanly, in seconds, in bounded memory.

Time is checked around each in-process build. Memory is checked by building the
worst cases in a child process whose address space is capped (RLIMIT_AS): hitting
the cap would show up as a MemoryError ("internal error"), not as our message.
"""

from __future__ import annotations

import resource
import subprocess
import sys
import time

import pytest

from tests.hardening.conftest import HardSite

SECONDS = 8.0  # generous for a slow CI machine; each case takes well under a second here

LIQUID_CASES: dict[str, tuple[str, str]] = {
    # name: (page body, expected message)
    "for over a huge range": ("{% for i in (1..100000000) %}{{ i }}{% endfor %}", "loop iteration limit"),
    "nested loops": ("{% for i in (1..10000) %}{% for j in (1..10000) %}x{% endfor %}{% endfor %}",
                     "loop iteration limit"),
    "many loops in a row": ("{% for k in (1..20) %}{% endfor %}" + "{% for i in (1..200000) %}{% endfor %}" * 8,
                            "loop iteration limit"),
    "tablerow over a huge range": ("{% tablerow i in (1..100000000) %}{{ i }}{% endtablerow %}",
                                   "loop iteration limit"),
    "string doubling": ("{% assign s = 'xxxxxxxxxx' %}{% for i in (1..40) %}{% assign s = s | append: s %}"
                        "{% endfor %}{{ s | size }}", "limit reached"),
    "capture doubling": ("{% capture s %}xxxxxxxxxx{% endcapture %}{% for i in (1..40) %}"
                         "{% capture s %}{{ s }}{{ s }}{% endcapture %}{% endfor %}", "limit reached"),
    "range into a filter": ("{% assign a = (1..100000000) | reverse %}{{ a.first }}", "range too large"),
    "range joined": ("{{ (1..100000000) | join: ',' }}", "range too large"),
    "number squaring": ("{% assign x = 99 %}{% for i in (1..40) %}{% assign x = x | times: x %}{% endfor %}{{ x }}",
                        "number too large"),
    "deeply nested blocks": ("{% if true %}" * 500 + "x" + "{% endif %}" * 500, "nesting limit"),
}


@pytest.mark.parametrize("name", sorted(LIQUID_CASES))
def test_pathological_liquid_fails_fast_with_its_line(hard: HardSite, name: str) -> None:
    body, expected = LIQUID_CASES[name]
    started = time.perf_counter()
    run = hard.fails({"_pages/bad.md": "---\ntitle: t\n---\n\n" + body + "\n"}, "_pages/bad.md:5", expected)
    assert time.perf_counter() - started < SECONDS
    assert "hint:" in run.err


def test_recursive_include_is_limited_with_the_chain(hard: HardSite) -> None:
    started = time.perf_counter()
    run = hard.fails({"_includes/self.html": "a\n{% include self.html %}\n",
                      "_pages/bad.md": "---\n---\n{% include self.html %}\n"},
                     "_includes/self.html:2", "nested deeper than 50 levels", "(x49)", "included from _pages/bad.md:3")
    assert time.perf_counter() - started < SECONDS
    assert run.err.count("\n") < 10  # the chain is folded, not 50 lines


def test_exponential_include_tree_is_limited(hard: HardSite) -> None:
    """Each level includes itself twice, 40 levels deep: 2**40 renders without a budget."""
    tree = ("{% assign d = include.d | plus: 1 %}{% if d < 40 %}{% include tree.html d=d %}"
            "{% assign d = include.d | plus: 1 %}{% include tree.html d=d %}{% endif %}")
    started = time.perf_counter()
    hard.fails({"_includes/tree.html": tree, "_pages/bad.md": "---\n---\n{% include tree.html d=0 %}\n"},
               "_includes/tree.html:1", "includes in one render", "included from _pages/bad.md:3")
    assert time.perf_counter() - started < SECONDS


def test_legitimate_heavy_template_still_renders(hard: HardSite) -> None:
    """A big publication list: 500 entries × 20 authors, nested loops, includes in the loop."""
    hard.write({
        "_data/pubs.yml": "".join(f"- title: Paper {i}\n  authors: [{', '.join(f'A{j}' for j in range(20))}]\n"
                                  for i in range(500)),
        "_includes/pub.html": "<li>{{ include.p.title }}: {% for a in include.p.authors %}{{ a }} {% endfor %}</li>",
        "_pages/notes.md": "---\npermalink: /notes/\n---\n<ul>{% for p in site.data.pubs %}"
                           "{% include pub.html p=p %}{% endfor %}</ul>\n",
    })
    hard.good_build()
    assert (hard.dest / "notes" / "index.html").read_text().count("<li>") == 500


MARKDOWN_CASES = {
    "deeply nested list": "".join("  " * i + "- a\n" for i in range(2000)),
    "deeply nested blockquote": ">" * 5000 + " x\n",
    "100k unmatched brackets": "[" * 100_000 + "\n",
    "100k emphasis markers": "*" * 100_000 + "\n",
    "100k emphasis markers before a word": "*" * 100_000 + "a\n",
    "100k underscores after a word": "a" + "_" * 100_000 + "\n",
    "unclosed emphasis runs": "*a " * 33_000 + "\n",
    "unclosed links": "[a](" * 25_000 + "\n",
    "nested html": "<div>\n" * 5000,
}
@pytest.mark.parametrize("name", sorted(MARKDOWN_CASES))
def test_pathological_markdown_through_the_build(hard: HardSite, name: str) -> None:
    """In a child process, so that a case that does hang costs SECONDS, not the suite."""
    hard.write({"_pages/bad.md": "---\nlayout: default\n---\n" + MARKDOWN_CASES[name]})
    run = hard.build_process("-q", timeout=SECONDS)
    assert run.code in (0, 1), run.err
    assert "Traceback" not in run.err and "internal error" not in run.err, run.err
    if run.code == 1:
        assert "_pages/bad.md" in run.err


YAML_CASES = {
    "deep front matter": ("---\nx: " + "[" * 20000 + "]" * 20000 + "\n---\nx\n", "nested more than"),
    "billion laughs": ("---\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
                       + "".join(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]\n" for i in range(1, 9))
                       + "---\n{{ page | jsonify | size }}\n", "expand to more than"),
    "self-referencing alias": ("---\na: &a [1, *a]\n---\n{{ page | jsonify }}\n", "refers to the value"),
}


@pytest.mark.parametrize("name", sorted(YAML_CASES))
def test_pathological_front_matter_fails_cleanly(hard: HardSite, name: str) -> None:
    text, expected = YAML_CASES[name]
    started = time.perf_counter()
    hard.fails({"_pages/bad.md": text}, "_pages/bad.md:2", expected)
    assert time.perf_counter() - started < SECONDS


def test_deep_json_data_fails_cleanly(hard: HardSite) -> None:
    hard.fails({"_data/deep.json": "[" * 100_000 + "]" * 100_000}, "_data/deep.json:1", "nested")


def test_deep_yaml_data_fails_cleanly(hard: HardSite) -> None:
    hard.fails({"_data/deep.yml": "x: " + "[" * 5000 + "]" * 5000 + "\n"}, "_data/deep.yml:1", "nested more than")


MEMORY_CAP = 1536 * 1024 * 1024  # bytes of address space for the whole child process


def _capped() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))


@pytest.mark.skipif(sys.platform != "linux", reason="RLIMIT_AS semantics are Linux's")
@pytest.mark.parametrize("name", ["string doubling", "capture doubling", "range into a filter", "number squaring"])
def test_memory_stays_bounded(hard: HardSite, name: str) -> None:
    body, expected = LIQUID_CASES[name]
    hard.write({"_pages/bad.md": "---\n---\n" + body + "\n"})
    done = subprocess.run(
        [sys.executable, "-m", "homepage_gen.cli", "build", "-s", str(hard.src), "--offline"],
        capture_output=True, text=True, timeout=60, preexec_fn=_capped,
    )
    assert done.returncode == 1
    assert expected in done.stderr and "_pages/bad.md:3" in done.stderr, done.stderr
    assert "MemoryError" not in done.stderr and "internal error" not in done.stderr

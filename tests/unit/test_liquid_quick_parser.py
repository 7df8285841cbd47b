"""The quick Liquid parser must build exactly python-liquid's tree whenever it accepts a template.

`render/liquid.py` tries a small parser of its own first (plain text, simple outputs and
if/unless, our one-line tags) and leaves everything else to python-liquid. These tests
generate templates around its edges (whitespace control, odd whitespace, keywords as names,
broken delimiters, raw/comment blocks, elsif, operators, our tags with good and bad markup)
and compare every attribute and token of both trees; a template python-liquid rejects must
never be accepted.
"""

from __future__ import annotations

import random
import re
from pathlib import Path
from typing import Any

import pytest
from liquid.parser import get_parser
from liquid.token import Token

import homepage_gen.render.liquid as lq
from homepage_gen.errors import Diagnostics


def deep_eq(a: Any, b: Any, path: str = "") -> str | None:
    """None when the two parse trees are equal in every attribute and token; else where they differ."""
    if type(a) is not type(b):
        return f"{path}: type {type(a).__name__} != {type(b).__name__}"
    if isinstance(a, (Token, str, int, float, bool, type(None))):
        return None if a == b else f"{path}: {a!r} != {b!r}"
    if isinstance(a, re.Pattern):
        return None if a.pattern == b.pattern else f"{path}: pattern"
    if isinstance(a, (list, tuple)):
        if len(a) != len(b):
            return f"{path}: length {len(a)} != {len(b)}"
        pairs = enumerate(zip(a, b, strict=True))
        return next((d for i, (x, y) in pairs if (d := deep_eq(x, y, f"{path}[{i}]"))), None)
    if isinstance(a, dict):
        if a.keys() != b.keys():
            return f"{path}: keys"
        return next((d for k in a if (d := deep_eq(a[k], b[k], f"{path}.{k}"))), None)
    names = {name for cls in type(a).__mro__ for name in getattr(cls, "__slots__", ())}
    names |= set(getattr(a, "__dict__", {}))
    names -= {"__dict__", "__weakref__"}
    if not names:
        return f"{path}: cannot compare {type(a).__name__}"
    for name in sorted(names):
        x, y = getattr(a, name, "<unset>"), getattr(b, name, "<unset>")
        if name == "env":
            if x is not y:
                return f"{path}.env differs"
            continue
        if difference := deep_eq(x, y, f"{path}.{name}"):
            return difference
    return None


WORDS = ["page", "site", "title", "x", "a-b", "q?", "show_extra", "é", "true", "empty", "if", "else", "0", "1x",
         "_u", "first", "size"]
FILTERS = ["upcase", "relative_url", "default", "append", "nope", "date", "first"]
SPACES = ["", " ", "  ", "\n", "\t", "\r\n", "\x0b", "\u00a0", "\x0c"]
ONE_LINE_TAGS = [
    ("include", ["nav.html", "a.html x=1 y=\"z\"", "{{ page.f }}.html", "", "a.html x=", "../x"]),
    ("include_relative", ["b.md"]), ("link", ["_posts/x.md", "{{ page.p }}", "{{ x"]),
    ("post_url", ["2020-01-01-x", "bad"]), ("seo", ["", "title=false"]), ("feed_meta", [""]),
    ("gist", ["u/1", "u/1 f.py", ""]), ("assign", ["x = 1"]), ("#", ["note"]), ("endif", [""]), ("else", [""]),
    ("bogus", [""]),
]


def variable(rng: random.Random) -> str:
    text = rng.choice(WORDS)
    for _ in range(rng.choice([0, 0, 1, 1, 2])):
        text += rng.choice([".", ".", ".", "..", " . ", "[0]", '["k"]', "["]) + rng.choice(WORDS)
    return text


def primary(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.6:
        return variable(rng)
    if roll < 0.8:
        return rng.choice(['"s"', "'t'", '"a|b"', "'}'", '"', "'x\"'", '""'])
    return rng.choice(["1", "-2", "1.5", "nil", "true", "(1..2)", "", ","])


def expression(rng: random.Random) -> str:
    text = rng.choice(SPACES) + primary(rng)
    for _ in range(rng.choice([0, 0, 1, 1, 2, 3])):
        text += rng.choice(SPACES) + rng.choice(["|", "|", "|", "||", ":"]) + rng.choice(SPACES) + rng.choice(FILTERS)
        if rng.random() < 0.4:
            text += rng.choice([":", ": ", " :", "="]) + rng.choice(SPACES) + primary(rng)
            for _ in range(rng.choice([0, 1, 2])):
                text += rng.choice([",", ", ", " ,", ",,", " "]) + primary(rng)
    if rng.random() < 0.05:
        text += " if x else y"
    return text + rng.choice(SPACES)


def condition(rng: random.Random) -> str:
    text = primary(rng)
    if rng.random() < 0.2:
        text += rng.choice([" == ", " and ", " contains ", " or "]) + primary(rng)
    return "not " + text if rng.random() < 0.05 else text


def dash(rng: random.Random) -> str:
    return rng.choice(["", "", "-"])


def literal(rng: random.Random) -> str:
    pieces = ["abc", " ", "\n", "  \n\t", "{", "}", "%", "{ {", "x}}", "%}", "-", "é", "\u00a0", "\r"]
    return "".join(rng.choice(pieces) for _ in range(rng.randint(0, 5)))


def tag(rng: random.Random, name: str, markup: str = "") -> str:
    spaced = rng.choice([" ", "  ", "\n"]) + markup if markup else ""
    return "{%" + dash(rng) + rng.choice(SPACES[:4]) + name + spaced + rng.choice(SPACES[:4]) + dash(rng) + "%}"


def conditional(rng: random.Random, depth: int) -> str:
    name = rng.choice(["if", "if", "unless", "if"])
    text = tag(rng, name, condition(rng) if rng.random() < 0.97 else "") + block(rng, depth + 1)
    if rng.random() < 0.1:
        text += tag(rng, "elsif", condition(rng)) + block(rng, depth + 1)
    if rng.random() < 0.3:
        text += tag(rng, "else", "" if rng.random() < 0.9 else "x") + block(rng, depth + 1)
    if rng.random() < 0.03:
        text += tag(rng, "else") + block(rng, depth + 1)
    if rng.random() < 0.97:
        text += tag(rng, "end" + name if rng.random() < 0.97 else "endfor", "" if rng.random() < 0.95 else "x")
    return text


def block(rng: random.Random, depth: int) -> str:
    parts = []
    for _ in range(rng.randint(0, 4)):
        roll = rng.random()
        if roll < 0.3:
            parts.append(literal(rng))
        elif roll < 0.6:
            parts.append("{{" + dash(rng) + expression(rng) + dash(rng) + "}}")
        elif roll < 0.8 and depth < 4:
            parts.append(conditional(rng, depth))
        elif roll < 0.95:
            name, markups = rng.choice(ONE_LINE_TAGS)
            parts.append(tag(rng, name, rng.choice(markups)))
        else:
            parts.append(rng.choice([
                tag(rng, "raw") + "{{ x }}" + tag(rng, "endraw"), tag(rng, "comment") + "x" + tag(rng, "endcomment"),
                "{{", "{%", "{{}}", "{% %}", "{{{ x }}", "{%%}",
            ]))
    return "".join(parts)


@pytest.fixture(scope="module")
def env() -> Any:
    renderer = lq.LiquidRenderer(source_dir=Path("."), include_dirs=[], filters={}, diagnostics=Diagnostics())
    environment = renderer._env
    environment._parse("x")
    return environment


def reference(env: Any, source: str) -> Any:
    return get_parser(env).parse(lq._TokenStream(env.tokenizer()(source), env.expression_shapes))


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_quick_parser_builds_python_liquids_tree(env: Any, seed: int) -> None:
    rng = random.Random(seed)
    quick = env.quick_parser()
    assert quick is not None
    accepted = 0
    for _ in range(3000):
        source = block(rng, 0)
        got = quick.parse(source)
        if got is None:
            continue
        accepted += 1
        try:
            expected = reference(env, source)
        except Exception as err:  # noqa: BLE001 - any rejection by python-liquid is a failure here
            pytest.fail(f"quick parser accepted {source!r}, python-liquid rejects it: {err!r}")
        difference = deep_eq(expected, got)
        assert difference is None, (source, difference)
    assert accepted > 500  # the generator must keep exercising the quick path


def test_the_comparison_sees_differences(env: Any) -> None:
    pairs = [("{{ a }}", "{{ b }}"), ("{{ a | f }}", "{{ a | g }}"), ("{{ a.b }}", "{{ a.c }}"),
             ("{% if a %}x{% endif %}", "{% if a %}y{% endif %}"), ("{{ a | f: 'x' }}", "{{ a | f: 'y' }}"),
             ("{{ a }}", " {{a}}"), ("{% include a.html x=1 %}", "{% include a.html x=2 %}")]
    for first, second in pairs:
        assert deep_eq(reference(env, first), reference(env, second)) is not None, (first, second)


def test_a_typical_page_body_takes_the_quick_path(env: Any) -> None:
    quick = env.quick_parser()
    for source in ["{% if site.show_extra %}Extra for {{ page.title | upcase }}.{% endif %}",
                   "{% include a.html x=1 %}", "{{ 'a' | f: b.c, 'd' }}",
                   "a {%- unless x -%} b {%- else -%} c {%- endunless -%}\n"]:
        got = quick.parse(source)
        assert got is not None, source
        assert deep_eq(reference(env, source), got) is None

"""The flat `key: value` reader must agree with PyYAML whenever it answers at all."""

from __future__ import annotations

from pathlib import Path

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from homepage_gen.yamlflat import read_flat_mapping
from homepage_gen.yamlload import FRONT_MATTER, _Loader, parse_yaml

ROOT = Path(__file__).resolve().parents[2]


def pyyaml(text: str) -> object:
    return yaml.load(text, Loader=_Loader)  # noqa: S506 - the project's safe loader


def agrees(text: str) -> bool:
    """True when the fast reader declines `text` or returns exactly what PyYAML returns."""
    flat = read_flat_mapping(text)
    if flat is None:
        return True
    try:
        expected = pyyaml(text)
    except yaml.YAMLError:
        return False
    data = flat[0]
    return data == expected and [type(v) for v in data.values()] == [type(v) for v in expected.values()]


# Pieces chosen to sit on the subset's edges: YAML 1.1 booleans and nulls, numbers with
# octal/sexagesimal/float readings, indicators, comments, quotes, escapes, unicode, tabs.
KEYS = st.sampled_from(["title", "layout", "on", "yes", "null", "y", "n", "a-b", "_x", "Key9", "1", "<<", "~"])
VALUES = st.one_of(
    st.sampled_from([
        "", "true", "True", "TRUE", "tRue", "yes", "No", "off", "ON", "null", "NULL", "nUll", "~", "y", "n",
        "0", "7", "012", "0x1F", "1_000", "1:20", "1e5", "1.5", ".inf", "-1", "+1", "2024-01-05",
        "/p1/", "a b", "a  b", "a: b", "a #b", "a#b", "#x", "- x", "-x", "[a]", "{a: 1}", "&a x", "*a", "!x y",
        "|", ">", "%x", "@x", "`x`", "'it''s'", "'a'", '"a"', '"a\\"b"', '"a\\nb"', '"caf\u00e9"', "'caf\u00e9'",
        '"\u2028"', '"\x85"', '"\ufeff"', '"\ufffe"', '"\x07"', "a\tb", '"a\tb"', "x ", "Page 101", "ok.",
        "99999999999999999999", "0o7", "a/b.c-d_e",
    ]),
    st.text(alphabet="aZ0 _./-:#'\"\\\t\u00e9", max_size=12),
)
LINES = st.one_of(
    st.tuples(KEYS, VALUES).map(lambda kv: f"{kv[0]}: {kv[1]}" if kv[1] else f"{kv[0]}:"),
    st.tuples(KEYS, VALUES).map(lambda kv: f"{kv[0]}:{kv[1]}"),
    st.sampled_from(["", " ", "  - item", "- item", "# comment", "\t", "  nested: 1", "...", "---", "key: [1, 2]"]),
)


@settings(max_examples=3000, deadline=None)
@given(st.lists(LINES, min_size=0, max_size=6))
def test_agrees_with_pyyaml_on_generated_front_matter(lines: list[str]) -> None:
    assert agrees("\n".join(lines) + "\n")


def test_reads_the_common_shapes() -> None:
    text = 'title: "Page 101"\npermalink: /p101/\nauthor_profile: true\norder: 3\nsummary: \'x\'\nempty:\n'
    assert read_flat_mapping(text) == (
        {"title": "Page 101", "permalink": "/p101/", "author_profile": True, "order": 3, "summary": "x", "empty": None},
        {"title": 0, "permalink": 1, "author_profile": 2, "order": 3, "summary": 4, "empty": 5},
    )
    assert agrees(text)


def test_declines_what_it_does_not_model() -> None:
    for text in ["date: 2024-01-05\n", "tags:\n- a\n", "x: 012\n", "a: b # c\n", "on: 1\n", "\n", "k: 'it''s'\n",
                 "title: \"a\\nb\"\n", "t: a: b\n", "  k: v\n"]:
        assert read_flat_mapping(text) is None, text


def test_parse_yaml_gives_the_same_document_either_way() -> None:
    text = "layout: default\ntitle: \"About\"\n\nredirect_from: /old/\n"
    document = parse_yaml(text, "about.md", first_line=2)
    assert document.value == pyyaml(text)
    assert document.key_lines == {"layout": 2, "title": 3, "redirect_from": 5}


def test_agrees_on_every_front_matter_in_the_repository() -> None:
    """Real front matter from the fixture sites, the seed and the embedded site."""
    checked = 0
    for path in [*ROOT.rglob("*.md"), *ROOT.rglob("*.html")]:
        if ".git" in path.parts or "_site" in path.parts:
            continue
        text = path.read_text("utf-8", errors="replace").replace("\r\n", "\n")
        match = FRONT_MATTER.match(text)
        if match:
            assert agrees(match.group(1)), path
            checked += 1
    assert checked > 50

"""Sass source maps list each file once, as Jekyll's importer-less sassc run writes them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from homepage_gen.errors import BuildError
from homepage_gen.sourcemap import _vlq_decode, _vlq_encode, compile_with_map, dedupe_sources, remap_sources


@pytest.mark.parametrize("values", [[0], [0, 0, 0, 0], [1, -1, 15, -16, 16], [1000, -123456, 31, 32, -33]])
def test_vlq_round_trip(values: list[int]) -> None:
    assert _vlq_decode(_vlq_encode(values)) == values


def test_vlq_known_values() -> None:
    assert _vlq_encode([0, 0, 0, 0]) == "AAAA"
    assert _vlq_encode([16]) == "gB"
    assert _vlq_decode("AACD") == [0, 0, 1, -1]


def test_remap_sources_renumbers_the_delta_coded_source_field() -> None:
    # sources 0, 2, 3, 1 through [0, 1, 1, 2]: absolute 0, 1, 2, 1.
    segments = [[0, 0, 0, 0], [2, 2, 1, 0], [2, 1, 0, 3], [1, -2, 0, 0, 5]]
    mappings = ",".join(_vlq_encode(s) for s in segments[:2]) + ";;" + ",".join(_vlq_encode(s) for s in segments[2:])
    out = remap_sources(mappings, [0, 1, 1, 2])
    lines = out.split(";")
    assert lines[1] == ""
    decoded = [_vlq_decode(s) for line in lines if line for s in line.split(",")]
    assert [d[1] for d in decoded] == [0, 1, 1, -1]
    assert [d[0] for d in decoded] == [0, 2, 2, 1]  # the other fields are left alone
    assert [d[2:] for d in decoded] == [s[2:] for s in segments]


def test_remap_sources_keeps_one_field_segments() -> None:
    assert remap_sources("A,C;AAAA", [0]) == "A,C;AAAA"


def test_dedupe_leaves_a_map_without_repeats_byte_for_byte() -> None:
    text = '{\n\t"version": 3,\n\t"sources": [\n\t\t"a.scss"\n\t],\n\t"mappings": "AAAA"\n}'
    assert dedupe_sources(text) is text


def _site(tmp_path: Path) -> Path:
    sass = tmp_path / "_sass" / "icons"
    sass.mkdir(parents=True)
    (sass / "_variables.scss").write_text("$size: 2em !default;\n")
    (sass / "icons.scss").write_text('@import "variables";\n.ic { font-size: $size; }\n')
    (sass / "solid.scss").write_text('@import "variables";\n.ic-solid { font-weight: 900; width: $size; }\n')
    (sass / "brands.scss").write_text('@import "variables";\n.ic-brands { font-weight: 400; height: $size; }\n')
    return tmp_path


def test_a_partial_imported_three_times_is_listed_once(tmp_path: Path) -> None:
    site = _site(tmp_path)
    text = '@import "icons/icons";\n@import "icons/solid";\n@import "icons/brands";\nb { color: red; }\n'
    css, source_map = compile_with_map(
        text, name="main.scss", include_paths=[site / "_sass"], style="expanded", source_dir=site
    )
    data = json.loads(source_map)
    assert data["sources"] == [
        "main.scss",
        "_sass/icons/icons.scss",
        "_sass/icons/_variables.scss",
        "_sass/icons/solid.scss",
        "_sass/icons/brands.scss",
    ]
    assert len(data["sourcesContent"]) == 5
    assert data["sourcesContent"][2] == "$size: 2em !default;\n"
    assert source_map.startswith('{\n\t"version": 3,\n\t"file": "main.css",\n\t"sources": [\n\t\t"main.scss",\n')
    assert '"_sass/icons/brands.scss"\n\t],\n\t"sourcesContent": [\n' in source_map
    # every mapped segment points at a listed source, and each rule at its own file
    used: list[int] = []
    index = 0
    for line in data["mappings"].split(";"):
        for segment in filter(None, line.split(",")):
            fields = _vlq_decode(segment)
            if len(fields) >= 4:
                index += fields[1]
                used.append(index)
    assert set(used) <= set(range(5))
    assert {0, 1, 3, 4} <= set(used)
    assert css.rstrip().endswith("/*# sourceMappingURL=main.css.map */")


def test_the_import_guard_still_refuses_files_outside_the_site(tmp_path: Path) -> None:
    site = tmp_path / "site"
    (site / "_sass").mkdir(parents=True)
    outside = tmp_path / "secret.scss"
    outside.write_text("$secret: 1;\n")
    (site / "_sass" / "_leak.scss").symlink_to(outside)
    with pytest.raises(BuildError):
        compile_with_map(
            '@import "leak";\n', name="main.scss", include_paths=[site / "_sass"], style="expanded", source_dir=site
        )

"""Sass with a source map, as jekyll-sass-converter writes it (`sourcemap: always`).

libsass only makes maps for files, so the stylesheet's text (after Liquid) is
written to a scratch folder under its own name; the map's `sources` are then
rewritten relative to the site, where Jekyll's sassc run puts them.

With an importer set (our `ImportGuard`), libsass lists a file in `sources` once per
`@import` of it; Jekyll's sassc run has none and lists each file once. `dedupe_sources`
keeps the first of each, with its `sourcesContent`, and renumbers `mappings` to match.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

from .assets import ImportGuard
from .errors import BuildError


def sourcemap_wanted(sass_config: dict[str, object] | None) -> bool:
    """`sass: sourcemap:` is `always` (the default), `development` or `never`."""
    option = str((sass_config or {}).get("sourcemap", "always"))
    if option == "never":
        return False
    if option == "development":
        return (os.environ.get("JEKYLL_ENV") or "development") == "development"
    return True


def compile_with_map(
    text: str, *, name: str, include_paths: Sequence[Path], style: str, source_dir: Path
) -> tuple[str, str]:
    """(css ending in its sourceMappingURL comment, the map's JSON text)."""
    import sass

    # The blank lines after the front matter are gone already (the reader drops them); blank
    # lines the page's Liquid writes (`{% if %}…{% endif %}` first) stay in sourcesContent.
    stem = name.rsplit(".", 1)[0]
    with tempfile.TemporaryDirectory(prefix="homepage-sass-") as scratch:
        folder = Path(scratch)
        source = folder / name
        source.write_text(text, encoding="utf-8")
        try:
            css, source_map = sass.compile(
                filename=str(source),
                include_paths=[str(p) for p in include_paths],
                output_style=style,
                precision=10,
                source_map_filename=str(folder / f"{stem}.css.map"),
                output_filename_hint=str(folder / f"{stem}.css"),
                source_map_contents=True,
                importers=[(0, ImportGuard(include_paths, extra_roots=[folder]))],
            )
        except sass.CompileError as err:
            raise BuildError(f"Sass error: {str(err).strip().splitlines()[0]}", name) from None
        for original in json.loads(source_map).get("sources", []):
            if original == name:
                continue
            absolute = os.path.normpath(folder / original)
            relative = os.path.relpath(absolute, source_dir)
            if relative.startswith(".."):
                relative = absolute  # a theme file outside the site: keep it absolute
            source_map = source_map.replace(json.dumps(original), json.dumps(relative))
    source_map = dedupe_sources(source_map)
    # libsass marks non-ASCII compressed output with a BOM; jekyll-sass-converter drops it.
    return css.removeprefix("\ufeff"), source_map


_BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_BASE64_VALUE = {char: value for value, char in enumerate(_BASE64)}


def _vlq_decode(segment: str) -> list[int]:
    values: list[int] = []
    value = shift = 0
    for char in segment:
        digit = _BASE64_VALUE[char]
        value += (digit & 31) << shift
        if digit & 32:
            shift += 5
            continue
        values.append(-(value >> 1) if value & 1 else value >> 1)
        value = shift = 0
    return values


def _vlq_encode(values: Sequence[int]) -> str:
    out: list[str] = []
    for number in values:
        value = (-number << 1) | 1 if number < 0 else number << 1
        while True:
            digit = value & 31
            value >>= 5
            out.append(_BASE64[digit | 32 if value else digit])
            if not value:
                break
    return "".join(out)


def remap_sources(mappings: str, new_index: Sequence[int]) -> str:
    """`mappings` with each segment's source index (field 2, delta-coded) sent through `new_index`."""
    old = new = 0  # the running source index, before and after renumbering
    lines: list[str] = []
    for line in mappings.split(";"):
        segments: list[str] = []
        for segment in line.split(",") if line else []:
            fields = _vlq_decode(segment)
            if len(fields) >= 4:
                old += fields[1]
                target = new_index[old]
                fields[1] = target - new
                new = target
            segments.append(_vlq_encode(fields))
        lines.append(",".join(segments))
    return ";".join(lines)


def _array_block(lines: list[str], key: str) -> tuple[int, int] | None:
    """(first, end) line numbers of the entries of libsass's `"key": [` array, one entry a line."""
    try:
        start = lines.index(f'\t"{key}": [')
        end = lines.index("\t],", start)
    except ValueError:
        return None
    return start + 1, end


def dedupe_sources(source_map: str) -> str:
    """Keep the first of each repeated `sources` entry, as a run without importers writes the map.

    Edits libsass's own layout (one array entry a line, tab-indented) rather than
    re-serialising, so every other byte stays as libsass wrote it.
    """
    data = json.loads(source_map)
    sources: list[str] = data.get("sources", [])
    if len(set(sources)) == len(sources):
        return source_map
    first: dict[str, int] = {}
    keep: list[int] = []
    new_index: list[int] = []
    for index, source in enumerate(sources):
        if source not in first:
            first[source] = len(keep)
            keep.append(index)
        new_index.append(first[source])
    lines = source_map.split("\n")
    blocks = [_array_block(lines, key) for key in ("sources", "sourcesContent")]
    contents = data.get("sourcesContent")
    if blocks[0] is None or blocks[0][1] - blocks[0][0] != len(sources):
        return source_map  # not the layout this knows; leave it be
    if contents is not None and (blocks[1] is None or blocks[1][1] - blocks[1][0] != len(contents)):
        return source_map
    for block in reversed([b for b in blocks if b is not None]):
        begin, end = block
        entries = [lines[begin + i].removesuffix(",") for i in keep if begin + i < end]
        lines[begin:end] = [entry + "," for entry in entries[:-1]] + entries[-1:]
    prefix = '\t"mappings": "'
    for number, line in enumerate(lines):
        if line.startswith(prefix):
            mappings = json.loads(line[len(prefix) - 1:].removesuffix(","))
            tail = "," if line.endswith(",") else ""
            lines[number] = prefix + remap_sources(mappings, new_index) + '"' + tail
            break
    return "\n".join(lines)

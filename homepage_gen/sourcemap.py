"""Sass with a source map, as jekyll-sass-converter writes it (`sourcemap: always`).

libsass only makes maps for files, so the stylesheet's text (after Liquid) is
written to a scratch folder under its own name; the map's `sources` are then
rewritten relative to the site, where Jekyll's sassc run puts them.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import Sequence
from pathlib import Path

from .assets import ImportGuard
from .errors import BuildError

# Jekyll's front matter pattern also swallows the blank lines after the closing `---`.
_LEADING_BLANK_LINES = re.compile(r"\A(?:[ \t\r\f\v]*\n)+")


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

    text = _LEADING_BLANK_LINES.sub("", text, count=1)
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
    # libsass marks non-ASCII compressed output with a BOM; jekyll-sass-converter drops it.
    return css.removeprefix("\ufeff"), source_map

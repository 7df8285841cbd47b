"""Sass/SCSS compilation with libsass (the engine GitHub Pages' Jekyll uses)."""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from pathlib import Path

from .errors import BuildError

_SASS_LINE = re.compile(r"on line (\d+)(?::(\d+))? of ([^\s]+)")
_SASS_EXTENSIONS = ("", ".scss", ".sass", ".css")


class ImportGuard:
    """A libsass importer that reads nothing outside the site and the theme (Jekyll's safe mode).

    libsass resolves `@import "name"` itself; this looks at every file it could pick
    (`name`, `_name`, with each extension, `name/_index`, in the importing file's
    folder, the include paths and the working folder) and refuses the import when one
    of them exists but resolves, through a symlink or `..`, outside the allowed roots.
    Otherwise it returns None and libsass goes on as usual.
    """

    def __init__(self, include_paths: Sequence[Path], extra_roots: Sequence[Path] = ()) -> None:
        self.include_paths = [Path(p) for p in include_paths]
        self.roots = [Path(p).parent.resolve() for p in include_paths] + [Path(p).resolve() for p in extra_roots]
        self.refused: tuple[str, str] | None = None

    def _candidates(self, name: str, prev: str) -> list[Path]:
        bases = [*self.include_paths, Path.cwd()]
        if prev and prev not in ("stdin", "[stdin]"):
            bases.insert(0, Path(prev).parent)
        head, tail = os.path.split(name)
        stems = [tail, "_" + tail, os.path.join(tail, "index"), os.path.join(tail, "_index")]
        return [base / head / (stem + ext) for base in bases for stem in stems for ext in _SASS_EXTENSIONS]

    def __call__(self, name: str, prev: str) -> None:
        if "://" in name or name.startswith("url("):
            return None
        for candidate in self._candidates(name, prev):
            if not os.path.lexists(candidate) or os.path.isdir(candidate):
                continue  # a folder named like the import is never what libsass reads
            real = candidate.resolve()
            if not any(real.is_relative_to(root) for root in self.roots):
                self.refused = (name, str(real))
                raise PermissionError(f"@import {name!r} leads outside the site")
        return None

    def error(self, path: str, line: int | None, col: int | None) -> BuildError | None:
        if self.refused is None:
            return None
        name, real = self.refused
        return BuildError(
            f"Sass @import \"{name}\" leads outside the site (to {real}); not read", path, line, col,
            hint="symlinks and paths that leave the site are not followed, as in Jekyll's safe mode; "
            "copy the file into _sass/",
        )


def compile_sass(
    text: str, *, path: str, include_paths: Sequence[Path], style: str, indented: bool, line_offset: int = 0
) -> str:
    """Compile one stylesheet's text (front matter already removed).

    `line_offset` blank lines are prepended so libsass reports the file's own line numbers.
    """
    import sass  # libsass is only loaded when a stylesheet is built

    padded = "\n" * line_offset + text
    guard = ImportGuard(include_paths)
    try:
        css = sass.compile(
            string=padded,
            include_paths=[str(p) for p in include_paths],
            output_style=style,
            indented=indented,
            precision=10,  # jekyll-sass-converter's precision
            importers=[(0, guard)],
        )
    except sass.CompileError as err:
        message = str(err).strip()
        first = message.splitlines()[0] if message else "Sass error"
        first = first.removeprefix("Error: ").strip()
        match = _SASS_LINE.search(message)
        line = int(match.group(1)) if match else None
        col = int(match.group(2)) if match and match.group(2) else None
        where = path
        if match and match.group(3) not in ("stdin", "[stdin]"):
            where = match.group(3)
        refused = guard.error(where, line, col)
        if refused is not None:
            raise refused from None
        raise BuildError(f"Sass error: {first}", where, line, col, context=[f"compiling {path}"]) from None
    return css

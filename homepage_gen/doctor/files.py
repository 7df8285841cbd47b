"""The site's own files, walked the way doctor needs: skipping output, caches and version control."""

from __future__ import annotations

import fnmatch
from collections.abc import Iterator, Sequence
from pathlib import Path

TEXT_SUFFIXES = frozenset(
    {
        ".md",
        ".markdown",
        ".mkdown",
        ".mkdn",
        ".mkd",
        ".html",
        ".htm",
        ".xhtml",
        ".yml",
        ".yaml",
        ".json",
        ".txt",
        ".liquid",
        ".jinja",
        ".xml",
        ".csv",
        ".tsv",
        ".bib",
        ".scss",
        ".sass",
        ".css",
        ".js",
        ".svg",
    }
)
IMAGE_SUFFIXES = frozenset(
    {
        ".jpg",
        ".jpeg",
        ".png",
        ".gif",
        ".webp",
        ".avif",
        ".bmp",
        ".tif",
        ".tiff",
        ".svg",
        ".ico",
        ".heic",
    }
)
ALWAYS_SKIPPED = frozenset(
    {
        ".git",
        ".homepage-cache",
        ".jekyll-cache",
        ".sass-cache",
        "node_modules",
        "vendor",
        "__pycache__",
        ".venv",
        "venv",
    }
)


def site_files(source: Path, skip: Sequence[Path] = (), exclude: Sequence[str] = ()) -> Iterator[Path]:
    """Files under `source`, except folders in `skip` (the destination), dot/cache folders and `exclude`."""
    skipped = {p.resolve() for p in skip}
    patterns = [str(e).strip("/") for e in exclude if str(e).strip("/")]

    def excluded(relative: str) -> bool:
        return any(
            relative == p or relative.startswith(p + "/") or fnmatch.fnmatch(relative, p) for p in patterns
        )

    stack = [source]
    while stack:
        folder = stack.pop()
        try:
            entries = sorted(folder.iterdir())
        except OSError:
            continue
        for entry in entries:
            relative = entry.relative_to(source).as_posix()
            if entry.is_symlink() or excluded(relative):
                continue
            if entry.is_dir():
                if entry.name in ALWAYS_SKIPPED or entry.name.startswith(".") or entry.resolve() in skipped:
                    continue
                stack.append(entry)
            elif entry.is_file():
                yield entry

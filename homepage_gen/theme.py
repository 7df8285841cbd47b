"""Where the bundled theme lives.

In a wheel the repository's `_layouts`, `_includes`, `_sass` and `assets` are
shipped as `homepage_gen/theme/`; in a source checkout (editable install) they
are the repository root itself, next to the package.
"""

from __future__ import annotations

from pathlib import Path

THEME_PARTS = ("_layouts", "_includes", "_sass", "assets")


def theme_dir() -> Path:
    package = Path(__file__).resolve().parent
    shipped = package / "theme"
    if (shipped / "_layouts").is_dir():
        return shipped
    return package.parent

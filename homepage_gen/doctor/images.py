"""Images too heavy for a homepage: over 1 MB each."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from .files import IMAGE_SUFFIXES
from .report import Report

LIMIT_BYTES = 1_000_000


def check_images(source: Path, files: Iterable[Path], report: Report, limit: int = LIMIT_BYTES) -> None:
    for path in files:
        if path.suffix.lower() not in IMAGE_SUFFIXES:
            continue
        size = path.stat().st_size
        if size <= limit:
            continue
        report.warning(
            "images",
            f"image is {size / 1_000_000:.1f} MB (over {limit / 1_000_000:g} MB): slow to load, "
            "especially on phones",
            path.relative_to(source).as_posix(),
            hint="resize it to the size it is shown at (an avatar needs about 400x400 pixels) "
            "and save it as JPEG or WebP at quality 80-85",
        )

"""Atomic file writes: readers (and a scheduled job's next run) see the old file or the new one."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path


def atomic_write_texts(files: Mapping[Path, str]) -> None:
    """Write every file to a temporary sibling first, then move each into place.

    Nothing is replaced unless all temporary files were written, so a failure
    (disk full, permissions) leaves every existing file as it was.
    """
    staged: list[tuple[Path, Path]] = []
    try:
        for path, text in files.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            staged.append((_write_temp(path, text), path))
        for temp, path in staged:
            os.replace(temp, path)
    finally:
        for temp, _ in staged:
            with contextlib.suppress(FileNotFoundError):
                temp.unlink()


def _write_temp(path: Path, text: str) -> Path:
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    temp = Path(name)
    try:
        os.chmod(temp, 0o644)  # mkstemp makes 0600; these are ordinary, shareable files
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        raise
    return temp

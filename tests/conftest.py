"""Shared test helpers: write real site trees into temporary folders."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def write_tree(root: Path, files: dict[str, str | bytes]) -> Path:
    """Create `files` (relative path → content) under `root`."""
    for relative, content in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return root


@pytest.fixture
def site_dir(tmp_path: Path) -> Path:
    root = tmp_path / "site"
    root.mkdir()
    return root


def tree_snapshot(root: Path) -> dict[str, bytes]:
    """Every file under `root` with its bytes, for before/after comparisons."""
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def requires_shared() -> pytest.MarkDecorator:
    return pytest.mark.skipif(not SHARED.is_dir(), reason="../shared (seed and Jekyll reference) is not present")

"""The served output folder: what it holds, and single-file updates that are never half-written.

Full builds are written by `build_site` itself (staged, then swapped in whole).
Between them, single outputs are replaced through a temporary file and
`os.replace`, so a reader sees the old file or the new one, never a mix.
`Fingerprints` remembers what each file looked like, to tell which outputs a
build really changed (which tells the browser what to reload).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from pathlib import Path

from ..errors import BuildError

_HASHED_UP_TO = 8 * 1024 * 1024  # bigger files are compared by size, time and inode

Fingerprint = tuple[object, ...]


def fingerprint(path: Path) -> Fingerprint:
    stat = path.stat()
    if stat.st_size > _HASHED_UP_TO:
        return ("stat", stat.st_size, stat.st_mtime_ns, stat.st_ino)
    return ("hash", hashlib.blake2b(path.read_bytes(), digest_size=16).digest())


def fingerprints(root: Path) -> dict[str, Fingerprint]:
    """Every file under `root` (relative POSIX path → fingerprint); temporary files left out."""
    found: dict[str, Fingerprint] = {}
    if not root.is_dir():
        return found
    for folder, _dirs, files in os.walk(root):
        for name in files:
            if name.endswith(".tmp") and name.startswith("."):
                continue
            path = Path(folder, name)
            try:
                found[path.relative_to(root).as_posix()] = fingerprint(path)
            except OSError:
                continue
    return found


def changed_paths(before: dict[str, Fingerprint], after: dict[str, Fingerprint]) -> list[str]:
    """Outputs added, removed or different."""
    return sorted(p for p in before.keys() | after.keys() if before.get(p) != after.get(p))


def _target(root: Path, relative: str) -> Path:
    resolved_root = root.resolve()
    target = (resolved_root / relative).resolve()
    if not target.is_relative_to(resolved_root) or target == resolved_root:
        raise BuildError(f"output path escapes the destination: {relative}", relative)
    return target


def replace_file(root: Path, relative: str, content: bytes | Path) -> None:
    """Write `content` (bytes, or a file to copy) to `root/relative` atomically."""
    target = _target(root, relative)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            if isinstance(content, Path):
                with content.open("rb") as source:
                    shutil.copyfileobj(source, out, 256 * 1024)
            else:
                out.write(content)
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise

"""Converted Markdown remembered between builds, by content hash.

A rebuild after editing one page of a large site converts that page only; every other
page's HTML comes from `.homepage-cache/markdown.bin`. The key is a hash of the text, the
`kramdown:` options and the code that converts (the Markdown engine and the highlighters),
so an upgrade or a local edit of that code can never serve stale HTML. The file keeps only
the entries the last successful build used, so it does not grow with old versions of pages.

The format is a header (magic line, then the engine digest) and `marshal` of `{digest: html}`.
A file made by other code or options is not even decoded; one that is unreadable, truncated
or of another format is ignored (the build converts everything again).
"""

from __future__ import annotations

import hashlib
import marshal
import os
from pathlib import Path
from typing import Any

MAGIC = b"homepage-markdown-cache 1\n"
FILE_NAME = "markdown.bin"
# The modules whose code decides the HTML a text converts to.
_ENGINE_PARTS = ("kd", "highlight.py", "markdown.py")
_ENGINE_PREFIX = "rouge_"


def engine_digest(options: Any) -> bytes:
    """What besides the text decides the output: the converter's code and its options."""
    digest = hashlib.blake2b(digest_size=16)
    digest.update(repr(options).encode("utf-8", "surrogateescape"))
    render_dir = Path(__file__).resolve().parent
    files = [p for part in _ENGINE_PARTS for p in sorted((render_dir / part).rglob("*.py"))
             if (render_dir / part).is_dir()]
    files += [render_dir / part for part in _ENGINE_PARTS if part.endswith(".py")]
    files += sorted(render_dir.glob(f"{_ENGINE_PREFIX}*.py"))
    for path in files:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.digest()


class MarkdownCache:
    """Text → HTML for one build: the previous build's entries plus this build's."""

    def __init__(self, folder: Path, salt: bytes) -> None:
        self.path = folder / FILE_NAME
        self.salt = salt
        self._previous = self._load()
        self._used: dict[bytes, str] = {}
        self.added = 0

    def key(self, text: str) -> bytes:
        digest = hashlib.blake2b(self.salt, digest_size=16)
        digest.update(text.encode("utf-8", "surrogatepass"))
        return digest.digest()

    def get(self, key: bytes) -> str | None:
        html = self._used.get(key)
        if html is None:
            html = self._previous.get(key)
            if html is not None:
                self._used[key] = html
        return html

    def put(self, key: bytes, html: str) -> None:
        if key not in self._used:
            self.added += 1
        self._used[key] = html

    def new_entries(self) -> dict[bytes, str]:
        """Entries converted in this process and not known before (a forked child sends these back)."""
        return {k: v for k, v in self._used.items() if k not in self._previous}

    def merge(self, entries: dict[bytes, str]) -> None:
        for key, html in entries.items():
            self.put(key, html)

    def save(self) -> None:
        """Keep what this build used; skip the write when that is exactly what the file holds."""
        if not self.added and len(self._used) == len(self._previous):
            return
        data = MAGIC + self.salt + marshal.dumps(self._used)
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_bytes(data)
            os.replace(tmp, self.path)
        except OSError:
            tmp.unlink(missing_ok=True)  # a cache: failing to keep it costs time, nothing else

    def _load(self) -> dict[bytes, str]:
        try:
            data = self.path.read_bytes()
        except OSError:
            return {}
        header = MAGIC + self.salt
        if not data.startswith(header):
            return {}  # another format, or converted by other code or options
        try:
            entries = marshal.loads(memoryview(data)[len(header):])
        except (EOFError, ValueError, TypeError):
            return {}
        if not isinstance(entries, dict):
            return {}
        return {k: v for k, v in entries.items() if isinstance(k, bytes) and isinstance(v, str)}

"""Map request paths to files of the output folder, safely; content types.

A request path is decoded once and split into segments; `..`, backslashes, NUL
bytes and drive letters are refused outright, and the final file must resolve
(symlinks included) inside the output folder. Nothing else is ever opened.
"""

from __future__ import annotations

import mimetypes
import posixpath
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".htm": "text/html; charset=utf-8",
    ".xhtml": "application/xhtml+xml; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".mjs": "text/javascript; charset=utf-8",
    ".json": "application/json",
    ".map": "application/json",
    ".xml": "application/xml; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".md": "text/markdown; charset=utf-8",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".webp": "image/webp",
    ".avif": "image/avif",
    ".ico": "image/x-icon",
    ".pdf": "application/pdf",
    ".woff": "font/woff",
    ".woff2": "font/woff2",
    ".ttf": "font/ttf",
    ".otf": "font/otf",
    ".eot": "application/vnd.ms-fontobject",
    ".mp4": "video/mp4",
    ".webm": "video/webm",
    ".mp3": "audio/mpeg",
    ".wasm": "application/wasm",
    ".bib": "text/plain; charset=utf-8",
    ".webmanifest": "application/manifest+json",
}


def content_type(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in _TYPES:
        return _TYPES[suffix]
    guessed, _ = mimetypes.guess_type(path.name, strict=False)
    return guessed or "application/octet-stream"


def is_html_type(kind: str) -> bool:
    return kind.startswith(("text/html", "application/xhtml+xml"))


class BadPath(ValueError):
    """The request path is malformed or tries to leave the output folder (400)."""


_DRIVE = re.compile(r"^[A-Za-z]:")


def request_segments(raw_path: str) -> list[str]:
    """The decoded path segments of a URL path (without query), or BadPath."""
    try:
        decoded = unquote(raw_path, errors="strict") if "%" in raw_path else raw_path
    except UnicodeDecodeError:
        raise BadPath("the path is not valid UTF-8") from None
    if "\x00" in decoded or "\\" in decoded:
        raise BadPath("backslashes and NUL bytes are not allowed in paths")
    segments = [s for s in decoded.split("/") if s not in ("", ".")]
    if any(s == ".." for s in segments):
        raise BadPath("`..` is not allowed in paths")
    if segments and _DRIVE.match(segments[0]):
        raise BadPath("drive letters are not allowed in paths")
    return segments


@dataclass(frozen=True)
class Resolved:
    """What a request path names: a file to send, or a redirect to the folder's URL."""

    file: Path | None = None
    redirect_to_slash: bool = False


def resolve(root: Path, segments: list[str], trailing_slash: bool) -> Resolved:
    """Find the file for `segments` under `root` (already resolved), as Jekyll's server does.

    `a/` → `a/index.html`; a folder without the slash → redirect; `a` → `a.html`
    when there is no `a`. Returns `Resolved()` when nothing matches.
    """
    candidate = root.joinpath(*segments) if segments else root
    if candidate.is_dir():
        if segments and not trailing_slash:
            return Resolved(redirect_to_slash=True)
        candidate = candidate / "index.html"
    elif not candidate.exists() and segments and not posixpath.splitext(segments[-1])[1]:
        candidate = candidate.with_name(segments[-1] + ".html")
    return Resolved(file=inside(root, candidate))


def inside(root: Path, candidate: Path) -> Path | None:
    """`candidate` resolved, if it is a regular file inside `root`; else None."""
    try:
        real = candidate.resolve(strict=True)
    except (OSError, RuntimeError):
        return None
    if not real.is_relative_to(root) or not real.is_file():
        return None
    return real

"""The no-change short-circuit: skip a build whose inputs are byte-for-byte those of the last one.

A successful build records in `.homepage-cache/build.json` a digest of everything it
could have read (site files by content, the bundled theme, this package's own code,
the options) and the size and modification time of every file it wrote. The next
`homepage build` recomputes the input digest with the standard library only — before
Liquid, Jinja2, the Markdown engine or libsass are imported — and, when nothing
differs and the output is still as written, reports that the site is up to date.

Any doubt falls through to a full build: a missing or unreadable record, a build
that needed the network (Scholar stats), a changed option, a touched output file.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Any, NamedTuple

# NamedTuple rather than dataclasses: this module runs before every build, and
# `dataclasses` (with `inspect`) alone costs a few milliseconds to import.

RECORD_NAME = "build.json"
FORMAT = 1
# Never inputs: version control, our cache, dependency folders of other tools.
_NEVER = frozenset({".git", ".hg", ".svn", ".homepage-cache", ".jekyll-cache", "__pycache__"})


class BuildKey(NamedTuple):
    """What besides the files decides a build's output: the command line, resolved."""

    source: str
    destination: str | None  # the -d option; None = what the configuration says
    options: dict[str, Any]
    environment: dict[str, str | None] = {}  # noqa: RUF012 - never mutated; compared as a value
    revision: str | None = None  # the source's git HEAD (site.github.build_revision)


# Environment variables that change what a build writes (jekyll.environment, site.github, jemoji).
OUTPUT_ENVIRONMENT = ("JEKYLL_ENV", "PAGES_ENV", "PAGES_REPO_NWO", "JEKYLL_BUILD_REVISION", "ASSET_HOST_URL")


def make_build_key(source: Path, destination: Path | None, options: dict[str, Any]) -> BuildKey:
    """The key of a build of `source` (already resolved) with these command-line options."""
    return BuildKey(
        source=str(source),
        destination=str(destination) if destination is not None else None,
        options=options,
        environment={name: os.environ.get(name) for name in OUTPUT_ENVIRONMENT},
        revision=git_head(source),
    )


def git_head(source: Path) -> str | None:
    """The checked-out commit as `.git` records it (site.github.build_revision), read without git."""
    git = source / ".git"
    try:
        head = (git / "HEAD").read_text(encoding="utf-8").strip()
        if not head.startswith("ref: "):
            return head
        ref = head[5:]
        if (git / ref).is_file():
            return (git / ref).read_text(encoding="utf-8").strip()
        packed = (git / "packed-refs").read_text(encoding="utf-8")
        return next((line.split()[0] for line in packed.splitlines() if line.endswith(" " + ref)), head)
    except (OSError, UnicodeDecodeError):
        return None


def matches_any(patterns: list[str], relative: str, is_dir: bool) -> bool:
    """Jekyll's include/exclude matching: a glob, or a path prefix."""
    for pattern in patterns:
        pattern = pattern.lstrip("/")
        if not pattern:
            continue
        if fnmatchcase(relative, pattern) or relative.startswith(pattern):
            return True
        if is_dir and pattern == relative + "/":
            return True
    return False


def _hash_file(digest: Any, path: str, size: int, keep: dict[str, bytes] | None = None) -> None:
    content = _read_file(path, size)
    digest.update(content)
    digest.update(size.to_bytes(8, "little"))
    if keep is not None and content.startswith(_FRONT_MATTER_HEADS):
        keep[path] = content


def _read_file(path: str, size: int) -> bytes:
    """The whole file, with bare read(2) calls (a file object costs three more system calls)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        chunks = [os.read(fd, size + 1)]  # one call unless the file grew since it was listed
        while chunks[-1]:
            chunks.append(os.read(fd, 1 << 20))
    finally:
        os.close(fd)
    return b"".join(chunks)


# What a page (a file with front matter) starts with; such files are kept for the reader.
_FRONT_MATTER_HEADS = (b"---", b"\xef\xbb\xbf---")


def _walk(
    root: str, skip: set[str], include: list[str], exclude: list[str], digest: Any,
    keep: dict[str, bytes] | None = None,
) -> None:
    """Every file below `root` that a build could read, in a stable order, by content."""
    stack = [root]
    while stack:
        directory = stack.pop()
        try:
            entries = sorted(os.scandir(directory), key=lambda e: e.name)
        except OSError:
            digest.update(b"\0unlistable:" + directory.encode("utf-8", "surrogateescape"))
            continue
        subdirs: list[str] = []
        prefix = "" if directory == root else os.path.relpath(directory, root).replace(os.sep, "/") + "/"
        for entry in entries:
            if entry.path in skip or entry.name in _NEVER:
                continue
            relative = prefix + entry.name
            is_dir = entry.is_dir()
            included = matches_any(include, entry.name, is_dir) or matches_any(include, relative, is_dir)
            if not included and (entry.name.startswith(".") or matches_any(exclude, relative, is_dir)):
                continue
            name = relative.encode("utf-8", "surrogateescape")
            if is_dir:
                digest.update(b"\0d:" + name)
                subdirs.append(entry.path)
            elif entry.is_file():
                digest.update(b"\0f:" + name)
                _hash_file(digest, entry.path, entry.stat().st_size, keep)
        stack.extend(reversed(subdirs))


def _package_digest(digest: Any) -> None:
    """Our own code and bundled theme: an upgrade or a local edit invalidates the record."""
    package = Path(__file__).resolve().parent
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode())
        _hash_file(digest, str(path), path.stat().st_size)


def input_digest(source: Path, destination: Path, theme: Path | None, include: list[str],
                 exclude: list[str], extra_files: list[Path], keep: dict[str, bytes] | None = None) -> str:
    """The digest of everything a build of `source` could read. With `keep`, the bytes of the
    site's files that start like front matter are left there by path, so the build that follows
    reads exactly the bytes that were hashed (and each file once)."""
    digest = hashlib.blake2b(digest_size=20)
    skip = {str(destination), str(source / ".homepage-cache")}
    _walk(str(source), skip, include, exclude, digest, keep)
    if theme is not None and theme != source:
        for part in ("_layouts", "_includes", "_sass", "assets"):
            if (theme / part).is_dir():
                digest.update(b"\0theme:" + part.encode())
                _walk(str(theme / part), set(), [], [], digest)
    for path in extra_files:  # config files outside the source, the Scholar cache
        digest.update(b"\0extra:" + str(path).encode("utf-8", "surrogateescape"))
        if path.is_file():
            _hash_file(digest, str(path), path.stat().st_size)
    _package_digest(digest)
    return digest.hexdigest()


def output_listing(destination: Path) -> dict[str, list[int]]:
    """Relative path → [size, mtime_ns] of every file in the output (ours, so times are fine)."""
    listing: dict[str, list[int]] = {}
    root = str(destination)
    stack = [root]
    while stack:
        directory = stack.pop()
        with os.scandir(directory) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    stack.append(entry.path)
                else:
                    info = entry.stat(follow_symlinks=False)
                    listing[os.path.relpath(entry.path, root)] = [info.st_size, info.st_mtime_ns]
    return listing


class BuildRecord(NamedTuple):
    format: int
    key: dict[str, Any]
    destination: str
    inputs: str
    include: list[str]
    exclude: list[str]
    extra_files: list[str]
    outputs: dict[str, list[int]]
    summary: dict[str, Any]
    warnings: list[str]


def _record_path(source: Path) -> Path:
    return source / ".homepage-cache" / RECORD_NAME


def write_record(record: BuildRecord, source: Path) -> None:
    path = _record_path(source)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(record._asdict()), encoding="utf-8")
    os.replace(temporary, path)


def forget(source: Path) -> None:
    with contextlib.suppress(OSError):
        _record_path(source).unlink()


def up_to_date(key: BuildKey, theme: Path | None) -> BuildRecord | None:
    """The last build's record when building again would change nothing; else None."""
    source = Path(key.source)
    try:
        raw = json.loads(_record_path(source).read_text(encoding="utf-8"))
        record = BuildRecord(**raw)
    except (OSError, ValueError, TypeError):
        return None
    if record.format != FORMAT or record.key != key._asdict():
        return None
    destination = Path(record.destination)
    try:
        if output_listing(destination) != record.outputs:
            return None
    except OSError:
        return None
    extra = [Path(p) for p in record.extra_files]
    digest = input_digest(source, destination, theme, record.include, record.exclude, extra)
    return record if digest == record.inputs else None

"""Atomic output: build into a staging directory, swap it in only on success.

A failed build leaves the previous site untouched and no staging files behind.
`keep_files` entries of the previous site are carried over. Destinations that
would put the source or the user's files at risk are refused.
"""

from __future__ import annotations

import errno
import os
import shutil
import tempfile
from pathlib import Path

from .errors import BuildError


def check_destination(destination: Path, source: Path) -> None:
    """Refuse destinations where replacing the folder could destroy the user's files."""
    dest = destination.resolve()
    src = source.resolve()
    home = Path.home().resolve()
    if dest == src:
        raise BuildError(
            "the destination is the source folder; building would delete your site",
            str(destination), hint="use the default `_site` or another empty folder",
        )
    if src.is_relative_to(dest):
        raise BuildError(
            "the destination contains the source folder; building would delete your site",
            str(destination), hint="choose a destination inside or beside the source, e.g. `_site`",
        )
    if dest == home or dest == Path(dest.anchor):
        raise BuildError(
            "refusing to use your home folder or a filesystem root as the destination",
            str(destination), hint="choose a dedicated folder such as `_site`",
        )


def _listing_key(relative: str) -> str:
    """`relative` as `fingerprint.output_listing` names the file (no empty or `.` parts)."""
    return "/".join(part for part in relative.replace("\\", "/").split("/") if part not in ("", "."))


class StagedOutput:
    """Collects a build's files in a staging folder beside the destination."""

    def __init__(self, destination: Path, keep_files: list[str]) -> None:
        self.destination = destination
        self.keep_files = [k.strip("/") for k in keep_files if k and k.strip("/")]
        destination.parent.mkdir(parents=True, exist_ok=True)
        self.staging = Path(tempfile.mkdtemp(prefix=f".{destination.name}.staging-", dir=destination.parent))
        self._made_dirs: set[Path] = {self.staging}
        # Relative path → [size, mtime_ns] of every file written, as `fingerprint.output_listing`
        # would find them after the swap; `listing_complete` is False once files were carried in.
        self.listing: dict[str, list[int]] = {}
        self.listing_complete = True

    def _target(self, relative: str) -> Path:
        """The staging path for `relative`, with its folder made; BuildError if it leaves the staging folder.

        The check is lexical: the staging folder holds only folders and files this build made,
        never a symlink, so no path inside it can lead elsewhere.
        """
        parts = relative.replace("\\", "/").split("/")
        if relative.startswith("/") or ".." in parts or not relative.strip("/"):
            raise BuildError(f"output path escapes the destination: {relative}", relative)
        target = self.staging.joinpath(*(part for part in parts if part not in ("", ".")))
        parent = target.parent
        if parent not in self._made_dirs:
            try:
                parent.mkdir(parents=True, exist_ok=True)
            except OSError as err:
                raise self._cannot_write(relative, err) from None
            self._made_dirs.add(parent)
        return target

    @staticmethod
    def _cannot_write(relative: str, err: OSError) -> BuildError:
        return BuildError(
            f"cannot write {relative} in the output: {err.strerror or err}", relative,
            hint="two files of the site want the same output path; check their permalinks",
        )

    def _replace_earlier(self, relative: str, target: Path) -> None:
        """Remove a file an earlier output put at `target` (never write through it: it may be a
        hard link to a source file, e.g. a static `files/index.html` and a page with
        `permalink: /files/`); a folder there is an error."""
        try:
            if target.is_dir():
                raise IsADirectoryError(errno.EISDIR, "a folder of the output is at this path")
            target.unlink()
        except OSError as err:
            raise self._cannot_write(relative, err) from None

    def write_text(self, relative: str, text: str) -> None:
        self.write_bytes(relative, text.encode("utf-8"))

    def write_bytes(self, relative: str, data: bytes) -> None:
        target = self._target(relative)
        for _attempt in range(2):
            try:
                fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
            except FileExistsError:
                self._replace_earlier(relative, target)
                continue
            except OSError as err:
                raise self._cannot_write(relative, err) from None
            try:  # plain write(2) calls: a file object would add fstat, ioctl and lseek per file
                view = memoryview(data)
                while view:
                    view = view[os.write(fd, view):]
                info = os.fstat(fd)
            except OSError as err:
                raise self._cannot_write(relative, err) from None
            finally:
                os.close(fd)
            self.listing[_listing_key(relative)] = [info.st_size, info.st_mtime_ns]
            return
        raise self._cannot_write(relative, FileExistsError(errno.EEXIST, "the path keeps reappearing"))

    def copy_file(self, relative: str, source_file: Path) -> None:
        target = self._target(relative)
        if target.exists() or target.is_symlink():
            self._replace_earlier(relative, target)
        try:
            # A hard link is free and safe: output files are never written in place (see _replace_earlier).
            os.link(source_file, target)
        except OSError:
            shutil.copy2(source_file, target)
        info = os.stat(target, follow_symlinks=False)
        self.listing[_listing_key(relative)] = [info.st_size, info.st_mtime_ns]

    def merge_listing(self, entries: dict[str, list[int]]) -> None:
        """Files another process wrote into this staging folder (the build's second core)."""
        self.listing.update(entries)

    def exists(self, relative: str) -> bool:
        return (self.staging / relative).exists()

    def commit(self) -> None:
        """Swap the staging folder in as the destination."""
        dest = self.destination
        old: Path | None = None
        if dest.exists() or dest.is_symlink():
            if dest.is_symlink() or not dest.is_dir():
                raise BuildError(
                    "the destination exists and is not a folder; not replacing it", str(dest),
                    hint="remove it or choose another destination",
                )
            # Beside the (uniquely named) staging folder; never a folder someone else made.
            old = self.staging.with_name(self.staging.name.replace(".staging-", ".old-", 1))
            if old.exists() or old.is_symlink():
                raise BuildError(f"a folder is in the way of the build: {old}", str(old),
                                 hint="remove it and build again")
            carried = self._carry_kept_files(dest)
            try:
                os.replace(dest, old)
            except OSError:
                for source, target in reversed(carried):  # the kept files go back where they were
                    os.replace(target, source)
                raise
        os.replace(self.staging, dest)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)

    def _carry_kept_files(self, previous: Path) -> list[tuple[Path, Path]]:
        """Move `keep_files` entries of the previous site into the staging folder; (from, to) of each."""
        carried: list[tuple[Path, Path]] = []
        for keep in self.keep_files:
            if ".." in keep.split("/") or "\\" in keep:
                continue  # keep_files name paths inside the old site; `..` names nothing there
            source = previous / keep
            if not (source.exists() or source.is_symlink()):
                continue
            if not source.parent.resolve().is_relative_to(previous.resolve()):
                continue  # a kept path through a symlinked folder that leads elsewhere
            target = self.staging / keep
            if target.exists():
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(source, target)
            carried.append((source, target))
            self.listing_complete = False
        return carried

    def discard(self) -> None:
        shutil.rmtree(self.staging, ignore_errors=True)

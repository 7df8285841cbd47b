"""`homepage clean`: remove what builds leave behind — the destination and `.homepage-cache/`.

The same safety rules as the writer apply: a destination that is the source, holds
the source, or is the home folder or a filesystem root is refused. Leftover
staging folders of interrupted builds (`.<dest>.staging-*`) go too.
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

from .config import load_config
from .errors import UsageError
from .writer import check_destination

CACHE_DIR = ".homepage-cache"


def add_clean_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-s", "--source", default=".", help="site source folder (default: .)")
    parser.add_argument("-d", "--destination", help="output folder (default: _site in the source)")
    parser.add_argument("--config", help="configuration file(s), comma separated (default: _config.yml)")
    parser.add_argument("-q", "--quiet", action="store_true", help="print nothing")


def clean_targets(
    source: Path, destination: Path | None = None, config_files: str | None = None
) -> list[Path]:
    """The folders `homepage clean` would remove (existing or not), after the safety checks."""
    source = source.resolve()
    config = load_config(source, config_files=config_files, destination=destination)
    check_destination(config.destination, source)
    dest = config.destination
    if dest.exists() and not dest.is_symlink() and not dest.is_dir():
        raise UsageError(f"the destination {dest} is a file, not a build folder; not removing it")
    leftovers = [*dest.parent.glob(f".{dest.name}.staging-*"), *dest.parent.glob(f".{dest.name}.old-*")]
    return [dest, source / CACHE_DIR, *sorted(leftovers)]


def clean(source: Path, destination: Path | None = None, config_files: str | None = None) -> list[Path]:
    """Remove the destination, the cache and stale staging folders; return what was removed."""
    removed: list[Path] = []
    for target in clean_targets(source, destination, config_files):
        if target.is_symlink() or target.is_file():
            target.unlink()
        elif target.is_dir():
            shutil.rmtree(target)
        else:
            continue
        removed.append(target)
    return removed


def run_clean(args: argparse.Namespace) -> int:
    source = Path(getattr(args, "source", ".") or ".")
    if not source.is_dir():
        raise UsageError(f"source folder not found: {source}")
    destination = getattr(args, "destination", None)
    removed = clean(source, Path(destination) if destination else None, getattr(args, "config", None))
    if not getattr(args, "quiet", False):
        if removed:
            for path in removed:
                print(f"removed {path}")
        else:
            print("nothing to clean")
    return 0

"""`homepage doctor`: check a site for the mistakes that break a published homepage.

Prints one finding per line as `path:line: error|warning: message` with a hint,
then a summary; exits 1 when any finding is an error. Modules: `config_keys`
(unknown/misspelled keys), `urls` (url/baseurl/repository), `links` (menu anchors,
internal links and images of the built site), `text` + `mojibake` (damaged text),
`images` (files over 1 MB), `scholar_check` (stats reachable), `report` (output).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..errors import UsageError
from .checkup import DoctorOptions, diagnose
from .report import Finding, Report, Severity

__all__ = ["DoctorOptions", "Finding", "Report", "Severity", "add_doctor_arguments", "diagnose", "run_doctor"]


def add_doctor_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-s", "--source", default=".", help="site source folder (default: .)")
    parser.add_argument("--config", help="configuration file(s), comma separated (default: _config.yml)")
    parser.add_argument(
        "--baseurl",
        help="check links as served at this path (default: _config.yml's baseurl, else the one the deploy "
        "workflow derives from `repository`)",
    )
    parser.add_argument(
        "--offline", action="store_true", help="skip the checks that need the network (Scholar stats)"
    )
    parser.add_argument(
        "--fix", action="store_true", help="repair garbled text (mojibake) in place, then check"
    )


def run_doctor(args: argparse.Namespace) -> int:
    source = Path(args.source)
    if not source.is_dir():
        raise UsageError(f"source folder not found: {source}")
    if getattr(args, "fix", False):
        _fix(source)
    report = diagnose(
        DoctorOptions(
            source=source,
            config_files=getattr(args, "config", None),
            baseurl=getattr(args, "baseurl", None),
            offline=getattr(args, "offline", False),
        )
    )
    for note in report.notes:
        print(f"doctor: {note}")
    print(report.format())
    return 1 if report.errors else 0


def _fix(source: Path) -> None:
    from ..config import load_config
    from ..errors import BuildError
    from .files import site_files
    from .text import fix_text

    try:
        config = load_config(source.resolve())
        files = site_files(source.resolve(), skip=[config.destination], exclude=config.get("exclude") or [])
    except BuildError:
        files = site_files(source.resolve())
    for relative in fix_text(source.resolve(), list(files)):
        print(f"doctor: repaired garbled text in {relative}")


def main(argv: list[str] | None = None) -> int:  # pragma: no cover - `python -m homepage_gen.doctor`
    parser = argparse.ArgumentParser(prog="homepage doctor")
    add_doctor_arguments(parser)
    try:
        return run_doctor(parser.parse_args(argv))
    except UsageError as err:
        print(f"homepage: error: {err}", file=sys.stderr)
        return 2

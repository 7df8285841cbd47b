"""Print the fidelity table: each fixture site (or SOURCE JEKYLL_OUTPUT pairs) against Jekyll's output.

    python tools/fidelity_report.py                 # every site under tests/fidelity/sites
    python tools/fidelity_report.py -v              # with every difference
    python tools/fidelity_report.py --site SRC OUT  # any site you built with Jekyll into OUT
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.fidelity.sites_harness import SITES, compare_built, fixture_names  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="list every difference")
    parser.add_argument("--site", nargs=2, action="append", metavar=("SOURCE", "JEKYLL_OUTPUT"), default=[])
    args = parser.parse_args(argv)
    targets = [(Path(src).name, Path(src), Path(out)) for src, out in args.site] or [
        (name, SITES / name / "site", SITES / name / "jekyll") for name in fixture_names()
    ]
    failing = 0
    for name, source, jekyll_output in targets:
        with tempfile.TemporaryDirectory(prefix="fidelity-") as scratch:
            report = compare_built(name, source, jekyll_output, Path(scratch) / "_site")
        print(report.row())
        lines = report.details()
        for line in lines if args.verbose else lines[:10]:
            print(line)
        if not args.verbose and len(lines) > 10:
            print(f"  … {len(lines) - 10} more (-v lists them)")
        failing += not (report.paths_equal and report.html_ratio >= 0.98)
    return 1 if failing else 0


if __name__ == "__main__":
    raise SystemExit(main())

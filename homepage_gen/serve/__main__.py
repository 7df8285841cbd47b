"""`python -m homepage_gen.serve`: the preview server on its own (the same as `homepage serve`)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..build import BuildOptions
from ..errors import HomepageError
from . import add_serve_arguments, run_serve


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m homepage_gen.serve", description="Preview a site.")
    parser.add_argument("-s", "--source", default=".", help="site source folder (default: .)")
    parser.add_argument("-d", "--destination", help="output folder (default: a temporary folder)")
    parser.add_argument("--config", help="configuration file(s), comma separated")
    parser.add_argument("--baseurl", help="serve the site from this path, e.g. /repo")
    parser.add_argument("--strict", action="store_true", help="treat warnings as errors")
    parser.add_argument("--offline", action="store_true", help="do not use the network (Scholar stats)")
    parser.add_argument("-q", "--quiet", action="store_true", help="print only errors")
    add_serve_arguments(parser)
    args = parser.parse_args(argv)
    options = BuildOptions(
        source=Path(args.source), destination=Path(args.destination) if args.destination else None,
        config_files=args.config, baseurl=args.baseurl, strict=args.strict, offline=args.offline,
    )
    try:
        return run_serve(args, options)
    except HomepageError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())

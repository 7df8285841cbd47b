"""The `homepage` command: parses arguments, calls the library, maps errors to exit codes.

Exit codes: 0 success, 1 build error (printed as `path:line:col: message`),
2 usage error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__

# `errors` and `traceback` are imported on the error paths only: a no-change build is
# mostly interpreter start-up, and every module counts there.


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse exits 2 on usage errors, as we want
        self.print_usage(sys.stderr)
        self.exit(2, f"homepage: error: {message}\n")


def _add_build_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-s", "--source", default=".", help="site source folder (default: .)")
    parser.add_argument("-d", "--destination", help="output folder (default: _site in the source)")
    parser.add_argument("--config", help="configuration file(s), comma separated (default: _config.yml)")
    parser.add_argument("--baseurl", help="serve the site from this path, e.g. /repo")
    parser.add_argument("--strict", action="store_true", help="treat warnings as errors")
    parser.add_argument("--offline", action="store_true", help="do not use the network (Scholar stats)")
    parser.add_argument("--future", action="store_true", help="publish posts dated in the future")
    parser.add_argument("--unpublished", action="store_true", help="render pages marked published: false")
    verbosity = parser.add_mutually_exclusive_group()
    verbosity.add_argument("-q", "--quiet", action="store_true", help="print only errors")
    verbosity.add_argument("-V", "--verbose", action="store_true", help="print timings of each stage")
    parser.add_argument("--trace", action="store_true", help="show a Python traceback on errors")


VERBS = {
    "build": "build the site into the destination folder",
    "serve": "build, serve on 127.0.0.1 and rebuild on every change, with live reload",
    "new": "create a new homepage site in a folder",
    "doctor": "check a site for mistakes (config keys, links, anchors, mojibake, images)",
    "clean": "remove the destination folder and .homepage-cache/",
    "scholar": "Google Scholar statistics (scholar fetch writes gs_data.json)",
}


def _add_verb_arguments(verb: str, parser: argparse.ArgumentParser) -> None:
    """Only the chosen verb's module is imported: start-up time is part of every build."""
    if verb == "build":
        _add_build_options(parser)
        parser.add_argument("-D", "--drafts", action="store_true", help="render posts in _drafts")
        parser.add_argument("--force", action="store_true",
                            help="build even when nothing changed since the last build")
        parser.add_argument("-j", "--jobs", type=int, choices=(1, 2), default=2,
                            help="render large sites on 2 cores (default) or 1")
    elif verb == "serve":
        from .serve import add_serve_arguments

        _add_build_options(parser)
        add_serve_arguments(parser)
    elif verb == "new":
        from .scaffold import add_new_arguments

        add_new_arguments(parser)
    elif verb == "doctor":
        from .doctor import add_doctor_arguments

        add_doctor_arguments(parser)
    elif verb == "clean":
        from .clean import add_clean_arguments

        add_clean_arguments(parser)
    elif verb == "scholar":
        from .scholar.fetcher import add_fetch_arguments

        actions = parser.add_subparsers(dest="scholar_action", metavar="ACTION", parser_class=_Parser)
        add_fetch_arguments(actions.add_parser("fetch", help="fetch citation counts into gs_data.json"))


def make_parser(argv: Sequence[str] = ()) -> argparse.ArgumentParser:
    parser = _Parser(prog="homepage", description="Build and preview academic homepages (Jekyll-compatible).")
    parser.add_argument("--version", action="version", version=f"homepage {__version__}")
    verbs = parser.add_subparsers(dest="verb", metavar="COMMAND", parser_class=_Parser)
    chosen = next((a for a in argv if not a.startswith("-")), None)
    for verb, help_text in VERBS.items():
        sub = verbs.add_parser(verb, help=help_text, description=help_text)
        if verb == chosen:
            _add_verb_arguments(verb, sub)
    return parser


def _options_from(args: argparse.Namespace):  # noqa: ANN202 - imported lazily below
    from .build import BuildOptions

    return BuildOptions(
        source=Path(args.source),
        destination=Path(args.destination) if args.destination else None,
        config_files=args.config,
        baseurl=args.baseurl,
        strict=args.strict,
        offline=args.offline,
        future=getattr(args, "future", False),
        unpublished=getattr(args, "unpublished", False),
        drafts=getattr(args, "drafts", False),
        jobs=getattr(args, "jobs", 1),
    )


def _print_warnings(result, quiet: bool) -> None:  # noqa: ANN001
    if quiet:
        return
    for warning in result.warnings:
        print(f"warning: {warning.format()}", file=sys.stderr)


def _report_up_to_date(args: argparse.Namespace, started: float) -> int | None:
    """Exit early when the last build's inputs are unchanged (stdlib only: no heavy imports)."""
    import time

    from .fingerprint import make_build_key, up_to_date
    from .theme import theme_dir

    source = Path(args.source).resolve()
    destination = Path(args.destination).resolve() if args.destination else None
    key = make_build_key(
        source,
        destination,
        {
            "config": args.config, "baseurl": args.baseurl, "strict": args.strict,
            "offline": args.offline, "drafts": args.drafts, "future": args.future,
            "unpublished": args.unpublished,
        },
    )
    record = up_to_date(key, theme_dir())
    if record is None:
        return None
    if not args.quiet:
        for warning in record.warnings:
            print(f"warning: {warning}", file=sys.stderr)
        print(
            f"Nothing changed since the last build: {record.summary.get('pages', 0)} pages and "
            f"{record.summary.get('files', 0)} files in {record.destination} are up to date "
            f"({time.perf_counter() - started:.2f}s)"
        )
    return 0


def run_build(args: argparse.Namespace) -> int:
    import time

    started = time.perf_counter()
    if not Path(args.source).is_dir():
        from .errors import UsageError

        raise UsageError(f"source folder not found: {args.source}")
    if not args.force:
        early = _report_up_to_date(args, started)
        if early is not None:
            return early

    from .build import build_site

    options = _options_from(args)
    result = build_site(options)
    _print_warnings(result, args.quiet)
    if not args.quiet:
        print(
            f"Wrote {result.pages_written} pages and copied {result.files_copied} files "
            f"to {result.destination} in {result.seconds:.2f}s"
            + (f" ({len(result.warnings)} warning(s))" if result.warnings else "")
        )
        if args.verbose:
            for stage, seconds in result.timings.items():
                print(f"  {stage:<10} {seconds * 1000:8.1f} ms")
    return 0


def run_serve(args: argparse.Namespace) -> int:
    from .serve import run_serve as serve

    return serve(args, _options_from(args))


def run_new(args: argparse.Namespace) -> int:
    from .scaffold import run_new as new

    return new(args)


def run_doctor(args: argparse.Namespace) -> int:
    from .doctor import run_doctor as doctor

    return doctor(args)


def run_clean(args: argparse.Namespace) -> int:
    from .clean import run_clean as clean

    return clean(args)


def run_scholar(args: argparse.Namespace) -> int:
    if getattr(args, "scholar_action", None) != "fetch":
        from .errors import UsageError

        raise UsageError("say what to do: `homepage scholar fetch --help`")
    from .scholar.fetcher import run_fetch

    return run_fetch(args)


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    parser = make_parser(arguments)
    args = parser.parse_args(arguments)
    if args.verb is None:
        parser.print_help(sys.stderr)
        return 2
    handlers = {
        "build": run_build, "serve": run_serve, "new": run_new,
        "doctor": run_doctor, "clean": run_clean, "scholar": run_scholar,
    }
    try:
        return handlers[args.verb](args)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except Exception as err:
        return _report_failure(err, trace=getattr(args, "trace", False))


def _report_failure(err: Exception, *, trace: bool) -> int:
    """Exit code and message for an exception: the user's mistake, or a bug of ours."""
    import traceback

    from .errors import HomepageError, UsageError

    if isinstance(err, UsageError):
        print(f"homepage: error: {err}", file=sys.stderr)
        return 2
    if trace:
        traceback.print_exception(err)
    if isinstance(err, HomepageError):
        print(f"error: {err}", file=sys.stderr)
        return 1
    # Anything else is a bug of ours, not the user's: say so and how to report it.
    print(
        f"internal error: {type(err).__name__}: {err}\n"
        "  this is a bug in homepage; run again with --trace and report the output",
        file=sys.stderr,
    )
    return 1


def console_main() -> None:
    """The `homepage` command. After a build, the process ends without tearing down the
    interpreter: freeing a large site's objects one by one takes tens of milliseconds and
    nothing is left to flush but the standard streams (every file is closed by then)."""
    import os

    code = main()
    verb = next((arg for arg in sys.argv[1:] if not arg.startswith("-")), None)
    if verb == "build":
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    sys.exit(code)


if __name__ == "__main__":
    console_main()

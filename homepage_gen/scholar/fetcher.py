"""`homepage scholar fetch`: write `gs_data.json` and `gs_data_shieldsio.json` as AcadHomepage's crawler did.

Run on a schedule (see the README's GitHub Actions snippet). It writes nothing
and exits 1 unless it got valid data, and both files are replaced atomically,
so a failed run never replaces good numbers with empty ones.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from .files import atomic_write_texts
from .schema import StatsShapeError, shields_endpoint, validate_stats
from .sources import (
    OPENALEX_URL,
    SEMANTIC_SCHOLAR_URL,
    Client,
    SourceError,
    fetch_google_scholar,
    fetch_openalex,
    fetch_semanticscholar,
    gs_data_from_counts,
)

SOURCES = ("scholar", "openalex", "semanticscholar")
DEFAULT_TIMEOUT = 30.0
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def add_fetch_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of `homepage scholar fetch`."""
    parser.add_argument(
        "--source", choices=SOURCES,
        help="where the counts come from (default: inferred from the id given; scholar for --id)",
    )
    parser.add_argument(
        "--id", dest="scholar_id",
        help="Google Scholar user id, as in citations?user=ID (default: $GOOGLE_SCHOLAR_ID)",
    )
    parser.add_argument("--orcid", metavar="ORCID", help="ORCID iD for --source openalex")
    parser.add_argument("--openalex-id", metavar="ID", help="OpenAlex author id (A…) for --source openalex")
    parser.add_argument("--author-id", metavar="ID", help="Semantic Scholar author id (semanticscholar)")
    parser.add_argument(
        "--out", default=".", metavar="DIR",
        help="folder for gs_data.json and gs_data_shieldsio.json (default: .)",
    )
    parser.add_argument(
        "--base-url", metavar="URL", help="API server to use instead of the public one (mirrors, tests)",
    )
    parser.add_argument(
        "--timeout", type=float, default=DEFAULT_TIMEOUT, metavar="SECONDS",
        help=f"seconds for each API request, retries included (default: {DEFAULT_TIMEOUT:g})",
    )
    parser.add_argument(
        "--mailto", default=os.environ.get("OPENALEX_MAILTO"), metavar="EMAIL",
        help="your e-mail, sent to OpenAlex as it asks (default: $OPENALEX_MAILTO)",
    )


def run_fetch(args: argparse.Namespace) -> int:
    """Fetch, validate and write; print what happened. Returns the exit code."""
    source, problem = _choose_source(args)
    if problem:
        print(f"homepage scholar fetch: error: {problem}", file=sys.stderr)
        return EXIT_USAGE
    if args.timeout is None or args.timeout <= 0:
        print("homepage scholar fetch: error: --timeout must be positive", file=sys.stderr)
        return EXIT_USAGE
    try:
        document = _fetch(source, args)
        validated = validate_stats(document)
    except SourceError as err:
        print(f"error: {err}\nnothing written", file=sys.stderr)
        return EXIT_FAILED
    except StatsShapeError as err:
        print(f"error: {source} gave data that is not usable ({err})\nnothing written", file=sys.stderr)
        return EXIT_FAILED
    out = Path(args.out)
    try:
        written = write_outputs(out, document)
    except OSError as err:
        print(f"error: could not write to {out}: {err}", file=sys.stderr)
        return EXIT_FAILED
    stats = validated.stats
    print(
        f"wrote {', '.join(str(p) for p in written)}: {stats['citedby']} citations, "
        f"h-index {stats['hindex']}, i10-index {stats['i10index']}, "
        f"{len(stats['publications'])} publications (from {source})"
    )
    return EXIT_OK


def _choose_source(args: argparse.Namespace) -> tuple[str, str | None]:
    given = {
        "scholar": bool(args.scholar_id),
        "openalex": bool(args.orcid or args.openalex_id),
        "semanticscholar": bool(args.author_id),
    }
    source = args.source
    if source is None:
        chosen = [name for name, present in given.items() if present]
        if len(chosen) > 1:
            return "", "give the id of one source only (or choose with --source)"
        source = chosen[0] if chosen else "scholar"
    needs = {
        "scholar": "--id SCHOLAR_ID (or $GOOGLE_SCHOLAR_ID)",
        "openalex": "--orcid ORCID or --openalex-id ID",
        "semanticscholar": "--author-id ID",
    }
    if source == "scholar" and not args.scholar_id:
        args.scholar_id = os.environ.get("GOOGLE_SCHOLAR_ID") or None
    if not (given[source] or (source == "scholar" and args.scholar_id)):
        return source, f"--source {source} needs {needs[source]}"
    if source == "scholar" and args.base_url:
        return source, "--base-url applies to --source openalex and semanticscholar"
    return source, None


def _fetch(source: str, args: argparse.Namespace) -> dict[str, Any]:
    if source == "scholar":
        return fetch_google_scholar(args.scholar_id)
    if source == "openalex":
        params = {"mailto": args.mailto} if args.mailto else {}
        if os.environ.get("OPENALEX_API_KEY"):
            params["api_key"] = os.environ["OPENALEX_API_KEY"]
        client = Client(args.base_url or OPENALEX_URL, args.timeout, params=params)
        return gs_data_from_counts(fetch_openalex(client, orcid=args.orcid, openalex_id=args.openalex_id))
    headers = {"x-api-key": os.environ["S2_API_KEY"]} if os.environ.get("S2_API_KEY") else {}
    client = Client(args.base_url or SEMANTIC_SCHOLAR_URL, args.timeout, headers=headers)
    return gs_data_from_counts(fetch_semanticscholar(client, author_id=args.author_id))


def write_outputs(out: Path, document: dict[str, Any]) -> list[Path]:
    """`gs_data.json` and `gs_data_shieldsio.json` in `out`, both written before either replaces the old."""
    data_path, badge_path = out / "gs_data.json", out / "gs_data_shieldsio.json"
    citedby = validate_stats(document).stats["citedby"]
    atomic_write_texts({
        data_path: json.dumps(document, ensure_ascii=False) + "\n",
        badge_path: json.dumps(shields_endpoint(citedby), ensure_ascii=False) + "\n",
    })
    return [data_path, badge_path]

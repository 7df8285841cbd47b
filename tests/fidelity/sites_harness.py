"""Build a fixture site with `homepage` and compare it with its committed Jekyll golden."""

from __future__ import annotations

import tempfile
from pathlib import Path

from homepage_gen.build import BuildOptions, build_site
from tests.fidelity.compare import SiteReport, compare_sites, jekyll_build_time

SITES = Path(__file__).resolve().parent / "sites"


def fixture_names() -> list[str]:
    return sorted(p.name for p in SITES.iterdir() if (p / "site").is_dir() and (p / "jekyll").is_dir())


def compare_built(name: str, source: Path, jekyll_output: Path, destination: Path) -> SiteReport:
    result = build_site(BuildOptions(source=source, destination=destination, offline=True))
    times = (jekyll_build_time(jekyll_output), result.site.time)
    return compare_sites(name, jekyll_output, destination, times)


def compare_fixture(name: str) -> SiteReport:
    with tempfile.TemporaryDirectory(prefix=f"fidelity-{name}-") as scratch:
        return compare_built(name, SITES / name / "site", SITES / name / "jekyll", Path(scratch) / "_site")

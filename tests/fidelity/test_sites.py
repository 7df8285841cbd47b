"""Fixture sites built by `homepage` match what Jekyll 4.3.1 published (goldens committed)."""

from __future__ import annotations

import pytest

from tests.fidelity.sites_harness import compare_fixture, fixture_names

# Pages known to differ, with the reason documented in docs/compatibility.md.
KNOWN_DIFFERENCES: dict[str, set[str]] = {}


@pytest.mark.parametrize("name", fixture_names())
def test_fixture_site_matches_jekyll(name: str) -> None:
    report = compare_fixture(name)
    detail = "\n".join([report.row(), *report.details()])
    assert report.paths_equal, detail
    assert report.html_ratio >= 0.98, detail
    unexplained = {d.path for d in report.html_diffs} - KNOWN_DIFFERENCES.get(name, set())
    assert not unexplained, detail
    assert not report.css_diffs, detail
    assert not report.other_diffs, detail

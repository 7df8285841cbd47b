"""Can the Scholar stats of `repository` (or `scholar.url`) be reached? A warning when not."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from ..errors import Diagnostics
from .report import Report

WORKFLOW_HINT = (
    "the page then shows no citation numbers. Run the Scholar workflow once (Actions -> "
    "Refresh Scholar stats -> Run workflow) after setting the GOOGLE_SCHOLAR_ID variable, "
    "or fix `repository`"
)


def check_scholar(config: Mapping[str, Any], shown_path: str, line: int | None, report: Report) -> None:
    from ..scholar.http import bounded_get
    from ..scholar.stats import scholar_settings

    diagnostics = Diagnostics()
    settings = scholar_settings(config, diagnostics)
    for warning in diagnostics.warnings:
        report.warning("scholar", warning.message, shown_path, line)
    if settings is None:
        return
    result = bounded_get(settings.url, timeout=settings.timeout)
    if not result.ok:
        report.warning(
            "scholar",
            f"the Scholar stats at {settings.url} cannot be reached ({result.describe()})",
            shown_path,
            line,
            hint=WORKFLOW_HINT,
        )
        return
    try:
        from ..scholar.schema import validate_stats

        validate_stats(json.loads(result.body))
    except ValueError as err:
        report.warning(
            "scholar",
            f"the Scholar stats at {settings.url} are not gs_data.json as the workflow writes it ({err})",
            shown_path,
            line,
            hint=WORKFLOW_HINT,
        )

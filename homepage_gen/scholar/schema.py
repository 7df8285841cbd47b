"""The `gs_data.json` shape AcadHomepage's crawler writes, validated into the numbers a site may show.

The crawler dumps scholarly's author object: `citedby`, `hindex`, `i10index`,
`updated` (``str(datetime.now())``) and `publications` keyed by `author_pub_id`,
each with `num_citations`; many other keys come along and are allowed.

Only numbers and a date-shaped `updated` come out: the document comes from the
network and templates print `site.scholar` values without escaping, so no text
from it may reach a page.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

# `str(datetime.now())`, ISO 8601 dates and times, with optional zone; nothing that could be markup.
_DATE_TIME = re.compile(
    r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)?(?:Z|[+-]\d{2}:?\d{2})?"
)
_SHOWN_IDS = 5


class StatsShapeError(ValueError):
    """The document is JSON but not the shape of `gs_data.json`."""


@dataclass(frozen=True)
class ValidatedStats:
    """The numbers of a valid document, and notes about the parts that were left out."""

    stats: dict[str, Any]
    notes: list[str] = field(default_factory=list)


def validate_stats(document: Any) -> ValidatedStats:
    """Check `document` has the crawler's shape; raise StatsShapeError if the numbers can't be used."""
    if not isinstance(document, dict):
        raise StatsShapeError(f"expected a JSON object, got {_json_type(document)}")
    notes: list[str] = []
    citedby = _count(document, "citedby", required=True)
    hindex = _count(document, "hindex", required=False)
    i10index = _count(document, "i10index", required=False)
    updated = _updated(document.get("updated"), notes)
    publications = _publications(document.get("publications"), notes)
    stats = {
        "citedby": citedby,
        "hindex": hindex,
        "i10index": i10index,
        "updated": updated,
        "publications": publications,
    }
    return ValidatedStats(stats, notes)


def _count(document: Mapping[str, Any], key: str, *, required: bool) -> int | None:
    if key not in document or document[key] is None:
        if required:
            raise StatsShapeError(f"no `{key}`")
        return None
    value = as_count(document[key])
    if value is None:
        raise StatsShapeError(f"`{key}` must be a whole number, got {_preview(document[key])}")
    return value


def as_count(value: Any) -> int | None:
    """A non-negative integer from a JSON value (digit strings too), or None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if value >= 0 else None
    if isinstance(value, float) and value.is_integer() and value >= 0:
        return int(value)
    if isinstance(value, str) and value.strip().isascii() and value.strip().isdigit():
        return int(value.strip())
    return None


def _updated(value: Any, notes: list[str]) -> str | None:
    if value is None:
        return None
    if isinstance(value, str) and _DATE_TIME.fullmatch(value.strip()):
        return value.strip()
    notes.append(f"ignored `updated`: not a date ({_preview(value)})")
    return None


def _publications(value: Any, notes: list[str]) -> dict[str, dict[str, int]]:
    if value is None:
        raise StatsShapeError("no `publications`")
    if not isinstance(value, dict):
        raise StatsShapeError(f"`publications` must be an object keyed by paper id, got {_json_type(value)}")
    publications: dict[str, dict[str, int]] = {}
    skipped: list[str] = []
    for pub_id, entry in value.items():
        count = as_count(entry.get("num_citations")) if isinstance(entry, dict) else None
        if count is None:
            skipped.append(pub_id)
        else:
            publications[pub_id] = {"num_citations": count}
    if skipped:
        shown = ", ".join(repr(s) for s in skipped[:_SHOWN_IDS])
        shown += ", …" if len(skipped) > _SHOWN_IDS else ""
        notes.append(f"ignored {len(skipped)} publication(s) without a whole-number `num_citations`: {shown}")
    return publications


def shields_endpoint(citedby: int) -> dict[str, Any]:
    """The shields.io endpoint badge AcadHomepage's crawler writes as `gs_data_shieldsio.json`."""
    return {"schemaVersion": 1, "label": "citations", "message": f"{citedby}"}


def _json_type(value: Any) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean", type(None): "null"}
    for kind, name in names.items():
        if isinstance(value, kind):
            return name
    return "a number" if isinstance(value, int | float) else type(value).__name__


def _preview(value: Any, limit: int = 40) -> str:
    text = json.dumps(value, ensure_ascii=True)
    return text if len(text) <= limit else text[: limit - 1] + "…"

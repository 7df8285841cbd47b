"""What counts as a valid `gs_data.json`, and what of it reaches templates."""

from __future__ import annotations

from typing import Any

import pytest

from homepage_gen.scholar.schema import StatsShapeError, as_count, shields_endpoint, validate_stats
from homepage_gen.scholar.sources import h_index, i10_index

CRAWLER_OUTPUT: dict[str, Any] = {
    # the keys scholarly's author object brings along, as AcadHomepage's crawler dumps them
    "container_type": "Author", "filled": ["basics", "indices", "counts", "publications"],
    "scholar_id": "pGBngNMAAAAJ", "source": "AUTHOR_PROFILE_PAGE", "name": "Zhangqiang Ming",
    "affiliation": "HUST", "interests": ["Systems"], "citedby": 77, "citedby5y": 77,
    "hindex": 4, "hindex5y": 4, "i10index": 2, "i10index5y": 2, "cites_per_year": {"2024": 30},
    "updated": "2025-01-02 03:04:05.678901",
    "publications": {
        "pGBngNMAAAAJ:u5HHmVD_uO8C": {
            "container_type": "Publication", "author_pub_id": "pGBngNMAAAAJ:u5HHmVD_uO8C",
            "num_citations": 25, "bib": {"title": "ADTopk", "pub_year": "2024"}, "filled": False,
        },
    },
}


def test_crawler_output_is_valid_and_reduced_to_numbers() -> None:
    result = validate_stats(CRAWLER_OUTPUT)
    assert result.notes == []
    assert result.stats == {
        "citedby": 77, "hindex": 4, "i10index": 2, "updated": "2025-01-02 03:04:05.678901",
        "publications": {"pGBngNMAAAAJ:u5HHmVD_uO8C": {"num_citations": 25}},
    }


def test_optional_keys_may_be_missing() -> None:
    stats = validate_stats({"citedby": 3, "publications": {}}).stats
    assert stats == {"citedby": 3, "hindex": None, "i10index": None, "updated": None, "publications": {}}


@pytest.mark.parametrize("updated", ["2024-05-01", "2024-05-01T10:00:00Z", "2024-05-01T10:00:00+08:00",
                                     "2024-05-01 10:00:00.123456"])
def test_date_shaped_updated_is_kept(updated: str) -> None:
    assert validate_stats({"citedby": 1, "publications": {}, "updated": updated}).stats["updated"] == updated


def test_bad_publication_entries_are_left_out_with_one_note() -> None:
    document = {"citedby": 1, "publications": {
        "ok": {"num_citations": "7"}, "a": {"num_citations": "many"}, "b": {}, "c": 5,
        "d": {"num_citations": True},
    }}
    result = validate_stats(document)
    assert result.stats["publications"] == {"ok": {"num_citations": 7}}
    assert len(result.notes) == 1 and "ignored 4 publication(s)" in result.notes[0]


@pytest.mark.parametrize("document", [
    None, "text", 5, [], {"publications": {}}, {"citedby": None, "publications": {}},
    {"citedby": True, "publications": {}}, {"citedby": 1.5, "publications": {}},
    {"citedby": 1, "i10index": [], "publications": {}}, {"citedby": 1, "publications": "x"},
])
def test_wrong_shapes_raise(document: Any) -> None:
    with pytest.raises(StatsShapeError):
        validate_stats(document)


@pytest.mark.parametrize(("value", "count"), [
    (0, 0), (12, 12), (12.0, 12), (" 42 ", 42), ("4٢", None), (-1, None), (True, None), ("1e3", None),
    (None, None),
])
def test_as_count(value: Any, count: int | None) -> None:
    assert as_count(value) == count


def test_shields_endpoint_shape() -> None:
    assert shields_endpoint(5) == {"schemaVersion": 1, "label": "citations", "message": "5"}


@pytest.mark.parametrize(("counts", "h", "i10"), [
    ([], 0, 0), ([0, 0], 0, 0), ([10, 8, 5, 4, 3], 4, 1), ([25, 8, 5, 3, 3], 3, 1), ([100] * 12, 12, 12),
])
def test_h_and_i10_index(counts: list[int], h: int, i10: int) -> None:
    assert (h_index(counts), i10_index(counts)) == (h, i10)

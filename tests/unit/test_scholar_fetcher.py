"""`homepage scholar fetch` against a local server answering like OpenAlex and Semantic Scholar."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

import pytest

from homepage_gen.scholar.fetcher import add_fetch_arguments, run_fetch
from tests.httpfixtures import LocalServer, Reply, Request, json_reply, serve

ORCID = "0000-0002-1825-0097"
AUTHOR = "A5023888391"

# Shaped like the documented OpenAlex Author object (trimmed; real ones carry many more keys).
OPENALEX_AUTHOR: dict[str, Any] = {
    "id": f"https://openalex.org/{AUTHOR}",
    "orcid": f"https://orcid.org/{ORCID}",
    "display_name": "Jason Priem",
    "works_count": 3,
    "cited_by_count": 150,
    "summary_stats": {"2yr_mean_citedness": 1.5, "h_index": 2, "i10_index": 2},
    "counts_by_year": [{"year": 2024, "works_count": 1, "cited_by_count": 20}],
}


def openalex_work(number: int, cited: int, year: int, title: str | None = "") -> dict[str, Any]:
    work = {
        "id": f"https://openalex.org/W{number}",
        "doi": f"https://doi.org/10.1234/{number}",
        "title": title if title != "" else f"Paper {number}",
        "display_name": f"Paper {number}",
        "publication_year": year,
        "cited_by_count": cited,
        "authorships": [{"author": {"id": f"https://openalex.org/{AUTHOR}"}}],
    }
    return work


def openalex_works(request: Request) -> Reply:
    """Cursor paging as documented: `cursor=*` starts, `meta.next_cursor` continues, null ends."""
    assert request.param("filter") == f"author.id:{AUTHOR}"
    assert request.param("per-page") == "200"
    pages = {
        "*": ([openalex_work(1, 120, 2019), openalex_work(2, 25, 2021, title=None)], "Y3Vyc29yMg=="),
        "Y3Vyc29yMg==": ([openalex_work(3, 5, 2024)], None),
    }
    results, next_cursor = pages[request.param("cursor") or ""]
    return json_reply({
        "meta": {"count": 3, "db_response_time_ms": 12, "page": None, "per_page": 200,
                 "next_cursor": next_cursor},
        "results": results,
        "group_by": [],
    })


def s2_papers(request: Request) -> Reply:
    """Offset paging as documented: `next` is absent on the last page."""
    assert request.param("fields") == "title,citationCount,year"
    offset = int(request.param("offset") or 0)
    if offset == 0:
        return json_reply({"offset": 0, "next": 2, "data": [
            {"paperId": "649def34f8be52c8b66281af98ae884c09aef38b",
             "title": "Construction of the Literature Graph", "citationCount": 12, "year": 2018},
            {"paperId": "5c5751d45e298cea054f32b392c12c61027d2fe7", "title": "S2ORC", "citationCount": 30,
             "year": 2020},
        ]})
    return json_reply({"offset": 2, "data": [
        {"paperId": "0b6f7a2fbd1a4a4cb2e7e9f1f5f0f3f1e2d3c4b5", "title": "A third", "citationCount": 3,
         "year": None},
    ]})


S2_ROUTES = {
    "/graph/v1/author/1741101": json_reply(
        {"authorId": "1741101", "name": "Oren Etzioni", "citationCount": 45, "hIndex": 2, "paperCount": 3}),
    "/graph/v1/author/1741101/papers": s2_papers,
}


def fetch(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="homepage scholar fetch")
    add_fetch_arguments(parser)
    return run_fetch(parser.parse_args(list(argv)))


def outputs(out: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    return (json.loads((out / "gs_data.json").read_text()),
            json.loads((out / "gs_data_shieldsio.json").read_text()))


def test_openalex_by_orcid(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    routes = {f"/authors/orcid:{ORCID}": json_reply(OPENALEX_AUTHOR), "/works": openalex_works}
    with serve(routes) as server:
        code = fetch("--source", "openalex", "--orcid", f"https://orcid.org/{ORCID}",
                     "--base-url", server.url(""), "--out", str(tmp_path), "--timeout", "2",
                     "--mailto", "me@x.org")
        assert server.requests[0].param("mailto") == "me@x.org"
        assert [r.param("cursor") for r in server.requests[1:]] == ["*", "Y3Vyc29yMg=="]
    assert code == 0
    data, badge = outputs(tmp_path)
    assert (data["citedby"], data["hindex"], data["i10index"]) == (150, 2, 2)  # the author's own numbers
    assert data["source"] == "openalex" and data["source_author_id"] == AUTHOR
    assert data["publications"]["W1"] == {
        "author_pub_id": "W1", "num_citations": 120, "bib": {"title": "Paper 1", "pub_year": "2019"}}
    assert data["publications"]["W2"]["bib"]["title"] == "Paper 2"  # display_name when title is null
    assert sorted(data["publications"]) == ["W1", "W2", "W3"]
    assert badge == {"schemaVersion": 1, "label": "citations", "message": "150"}
    assert "150 citations" in capsys.readouterr().out


def test_openalex_by_id_computes_missing_indices(tmp_path: Path) -> None:
    author = {k: v for k, v in OPENALEX_AUTHOR.items() if k != "summary_stats"}
    routes = {f"/authors/{AUTHOR}": json_reply(author), "/works": openalex_works}
    with serve(routes) as server:
        assert fetch("--openalex-id", f"https://openalex.org/{AUTHOR}", "--base-url", server.url(""),
                     "--out", str(tmp_path)) == 0
    data, _ = outputs(tmp_path)
    assert (data["hindex"], data["i10index"]) == (3, 2)  # from per-work counts 120, 25, 5


def test_semanticscholar(tmp_path: Path) -> None:
    with serve(S2_ROUTES) as server:
        assert fetch("--source", "semanticscholar", "--author-id", "1741101", "--base-url", server.url(""),
                     "--out", str(tmp_path)) == 0
        author_request = server.requests[0]
        pages = [r for r in server.requests if r.path.endswith("/papers")]
    assert author_request.param("fields") == "name,citationCount,hIndex,paperCount"
    assert [(r.param("offset"), r.param("limit")) for r in pages] == [("0", "1000"), ("2", "1000")]
    data, badge = outputs(tmp_path)
    assert (data["citedby"], data["hindex"], data["i10index"]) == (45, 2, 2)  # i10 computed: 12 and 30
    assert data["publications"]["5c5751d45e298cea054f32b392c12c61027d2fe7"]["bib"] == {
        "title": "S2ORC", "pub_year": "2020"}
    assert "pub_year" not in data["publications"]["0b6f7a2fbd1a4a4cb2e7e9f1f5f0f3f1e2d3c4b5"]["bib"]
    assert badge["message"] == "45"


def test_semanticscholar_profile_url_is_accepted(tmp_path: Path) -> None:
    with serve(S2_ROUTES) as server:
        assert fetch("--author-id", "https://www.semanticscholar.org/author/Oren-Etzioni/1741101",
                     "--base-url", server.url(""), "--out", str(tmp_path)) == 0


def write_previous(out: Path) -> dict[str, bytes]:
    out.mkdir(parents=True, exist_ok=True)
    (out / "gs_data.json").write_text('{"citedby": 99, "publications": {}}\n')
    (out / "gs_data_shieldsio.json").write_text(
        '{"schemaVersion": 1, "label": "citations", "message": "99"}\n')
    return {p.name: p.read_bytes() for p in out.iterdir()}


@pytest.mark.parametrize("routes", [
    {},  # 404 for the author
    {f"/authors/{AUTHOR}": json_reply(OPENALEX_AUTHOR)},  # works: 404
    {f"/authors/{AUTHOR}": json_reply(OPENALEX_AUTHOR), "/works": json_reply({"meta": {}, "results": "x"})},
    {f"/authors/{AUTHOR}": Reply(200, {}, "<html>rate limited</html>")},
    {f"/authors/{AUTHOR}": json_reply([OPENALEX_AUTHOR])},
], ids=["author-404", "works-404", "works-shape", "not-json", "not-object"])
def test_a_failed_fetch_writes_nothing(routes: dict[str, Any], tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "results"
    before = write_previous(out)
    with serve(routes) as server:
        code = fetch("--openalex-id", AUTHOR, "--base-url", server.url(""), "--out", str(out),
                     "--timeout", "1")
    assert code == 1
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before  # untouched, no temporary files
    assert "nothing written" in capsys.readouterr().err


def test_server_errors_are_retried(tmp_path: Path) -> None:
    author_path = f"/authors/{AUTHOR}"
    routes = {author_path: [Reply(502), json_reply(OPENALEX_AUTHOR)], "/works": openalex_works}
    server = LocalServer(routes).start()
    try:
        assert fetch("--openalex-id", AUTHOR, "--base-url", server.url(""), "--out", str(tmp_path),
                     "--timeout", "5") == 0
        assert server.count(author_path) == 2
    finally:
        server.close()


@pytest.mark.parametrize("argv", [
    ["--source", "openalex"],
    ["--source", "semanticscholar", "--orcid", ORCID],
    ["--orcid", ORCID, "--author-id", "1"],
    ["--id", "abc", "--base-url", "http://127.0.0.1:9"],
    ["--orcid", ORCID, "--timeout", "0"],
])
def test_usage_errors_exit_2(argv: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GOOGLE_SCHOLAR_ID", raising=False)
    assert fetch(*argv, "--out", str(tmp_path)) == 2
    assert list(tmp_path.iterdir()) == []


def test_bad_ids_fail_without_network(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert fetch("--orcid", "12345", "--base-url", "http://127.0.0.1:9", "--out", str(tmp_path)) == 1
    assert "not an ORCID iD" in capsys.readouterr().err


def test_google_scholar_without_scholarly_says_how_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "scholarly", None)  # as if the optional extra were not installed
    monkeypatch.setenv("GOOGLE_SCHOLAR_ID", "pGBngNMAAAAJ")  # AcadHomepage's workflow passes the id this way
    assert fetch("--out", str(tmp_path)) == 1
    err = capsys.readouterr().err
    assert "pip install 'homepage-gen[scholar]'" in err and "nothing written" in err
    assert list(tmp_path.iterdir()) == []


def test_outputs_are_world_readable(tmp_path: Path) -> None:
    with serve(S2_ROUTES) as server:
        assert fetch("--author-id", "1741101", "--base-url", server.url(""), "--out", str(tmp_path)) == 0
    mode = os.stat(tmp_path / "gs_data.json").st_mode & 0o777
    assert mode & 0o044 == 0o044

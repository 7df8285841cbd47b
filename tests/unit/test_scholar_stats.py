"""Build-time Scholar stats against a real HTTP server on 127.0.0.1: fetch, retry, cache, fall back."""

from __future__ import annotations

import gzip
import json
import time
from pathlib import Path
from typing import Any

import pytest

from homepage_gen.errors import Diagnostics
from homepage_gen.scholar.stats import (
    CACHE_FILE,
    default_stats_url,
    load_stats,
    read_cache,
    scholar_settings,
    shields_endpoint_json,
)
from tests.httpfixtures import Reply, Request, hang, json_reply, serve, trickle, unused_port

GS_DATA: dict[str, Any] = {
    "name": "Ada Lovelace",
    "citedby": 1234,
    "hindex": 12,
    "i10index": 14,
    "updated": "2024-05-01 10:00:00.123456",
    "cites_per_year": {"2023": 100},
    "publications": {
        "Xk2mAAAAJ:u5HHmVD_uO8C": {
            "author_pub_id": "Xk2mAAAAJ:u5HHmVD_uO8C", "num_citations": 42,
            "bib": {"title": "Notes on the Analytical Engine", "pub_year": "1843"},
        },
        "Xk2mAAAAJ:d1gkVwhDpl0C": {"author_pub_id": "Xk2mAAAAJ:d1gkVwhDpl0C", "num_citations": 0},
    },
}
EXPECTED = {
    "citedby": 1234, "hindex": 12, "i10index": 14, "updated": "2024-05-01 10:00:00.123456",
    "publications": {
        "Xk2mAAAAJ:u5HHmVD_uO8C": {"num_citations": 42}, "Xk2mAAAAJ:d1gkVwhDpl0C": {"num_citations": 0},
    },
}
PATH = "/gs_data.json"


def load(url: str, cache: Path, *, offline: bool = False, timeout: float = 1) -> tuple[Any, list[str]]:
    diagnostics = Diagnostics()
    config = {"repository": "someone/site", "scholar": {"url": url, "timeout": timeout}}
    stats = load_stats(config, cache, offline=offline, diagnostics=diagnostics)
    return stats, [w.message for w in diagnostics.warnings]


@pytest.fixture
def cache(tmp_path: Path) -> Path:
    return tmp_path / ".homepage-cache" / "scholar"


def seed_cache(cache: Path, document: dict[str, Any] = GS_DATA) -> None:
    with serve({PATH: json_reply(document)}) as server:
        stats, warnings = load(server.url(PATH), cache)
    assert stats is not None and warnings == []


# --- where the numbers come from -------------------------------------------------------------


def test_default_urls_are_acadhomepages() -> None:
    assert default_stats_url("me/me.github.io", True) == (
        "https://cdn.jsdelivr.net/gh/me/me.github.io@google-scholar-stats/gs_data.json")
    assert default_stats_url("me/me.github.io", False) == (
        "https://raw.githubusercontent.com/me/me.github.io/google-scholar-stats/gs_data.json")


@pytest.mark.parametrize(("use_cdn", "host"), [
    (True, "cdn.jsdelivr.net"), (False, "raw.githubusercontent.com"), (None, "raw.githubusercontent.com"),
    ("false", "cdn.jsdelivr.net"),  # Liquid truthiness: a non-empty string is true
])
def test_settings_follow_use_cdn(use_cdn: Any, host: str) -> None:
    config = {"repository": "me/me.github.io", "google_scholar_stats_use_cdn": use_cdn}
    settings = scholar_settings(config, Diagnostics())
    assert settings is not None and f"//{host}/" in settings.url
    assert settings.timeout == 5


def test_scholar_url_and_timeout_override() -> None:
    config = {"repository": "me/x", "scholar": {"url": "http://mirror.invalid/gs.json", "timeout": 2.5}}
    settings = scholar_settings(config, Diagnostics())
    assert settings is not None
    assert (settings.url, settings.timeout) == ("http://mirror.invalid/gs.json", 2.5)


@pytest.mark.parametrize("config", [
    {}, {"repository": ""}, {"repository": "me/x", "scholar": False},
    {"repository": "me/x", "scholar": {"enabled": False}},
])
def test_no_source_or_disabled_means_no_numbers_and_no_warning(config: dict[str, Any], cache: Path) -> None:
    diagnostics = Diagnostics()
    assert load_stats(config, cache, offline=False, diagnostics=diagnostics) is None
    assert diagnostics.warnings == []


@pytest.mark.parametrize(("section", "needle"), [
    ({"timeout": "soon"}, "scholar.timeout"), ({"timeout": 0}, "scholar.timeout"),
    ({"url": "ftp://x/gs.json"}, "scholar.url"), ("yes", "`scholar` must be a mapping"),
])
def test_bad_settings_warn_and_use_defaults(section: Any, needle: str) -> None:
    diagnostics = Diagnostics()
    settings = scholar_settings({"repository": "me/x", "scholar": section}, diagnostics)
    assert settings is not None and settings.timeout == 5
    assert [w for w in diagnostics.warnings if needle in w.message and w.path == "_config.yml"]


# --- fresh -------------------------------------------------------------------------------------


def test_200_with_valid_data_gives_the_numbers_and_fills_the_cache(cache: Path) -> None:
    with serve({PATH: json_reply(GS_DATA, headers={"ETag": '"v1"'})}) as server:
        stats, warnings = load(server.url(PATH), cache)
        assert server.requests[0].headers["user-agent"].startswith("homepage-gen/")
    assert stats == EXPECTED
    assert warnings == []
    saved = json.loads((cache / CACHE_FILE).read_text())
    assert saved["document"] == GS_DATA and saved["etag"] == '"v1"'
    assert [p.name for p in cache.iterdir()] == [CACHE_FILE]  # no temporary files left behind


def test_304_uses_the_cache_after_a_conditional_request(cache: Path) -> None:
    def conditional(request: Request) -> Reply:
        if request.headers.get("if-none-match") == '"v1"':
            return Reply(304, {"ETag": '"v1"'})
        return json_reply(GS_DATA, headers={"ETag": '"v1"', "Last-Modified": "Wed, 01 May 2024 10:00:00 GMT"})

    with serve({PATH: conditional}) as server:
        first, _ = load(server.url(PATH), cache)
        before = read_cache(cache, Diagnostics())
        time.sleep(0.01)
        second, warnings = load(server.url(PATH), cache)
        sent = server.requests[1].headers
    assert first == second == EXPECTED
    assert warnings == []
    assert sent["if-none-match"] == '"v1"'
    assert sent["if-modified-since"] == "Wed, 01 May 2024 10:00:00 GMT"
    after = read_cache(cache, Diagnostics())
    assert before is not None and after is not None and after.fetched_at > before.fetched_at


def test_conditional_headers_only_for_the_same_url(cache: Path) -> None:
    seed_cache(cache)
    with serve({"/other.json": json_reply(GS_DATA)}) as server:
        stats, _ = load(server.url("/other.json"), cache)
        assert "if-none-match" not in server.requests[0].headers
    assert stats == EXPECTED


def test_500_then_200_is_retried(cache: Path) -> None:
    with serve({PATH: [Reply(500, {}, "oops"), json_reply(GS_DATA)]}) as server:
        stats, warnings = load(server.url(PATH), cache)
        assert server.count(PATH) == 2
    assert stats == EXPECTED and warnings == []


def test_persistent_500_gives_up_after_two_retries(cache: Path) -> None:
    with serve({PATH: Reply(503, {}, "down")}) as server:
        stats, warnings = load(server.url(PATH), cache)
        assert server.count(PATH) == 3
    assert stats is None
    assert len(warnings) == 1 and "HTTP 503" in warnings[0]


def test_gzip_and_redirects_as_cdns_send_them(cache: Path) -> None:
    body = gzip.compress(json.dumps(GS_DATA).encode())
    routes = {
        "/old.json": Reply(302, {"Location": PATH}),
        PATH: Reply(200, {"Content-Type": "application/json", "Content-Encoding": "gzip"}, body),
    }
    with serve(routes) as server:
        stats, warnings = load(server.url("/old.json"), cache)
    assert stats == EXPECTED and warnings == []


# --- failures: one warning, cached numbers or none ----------------------------------------------


def test_404_without_cache_warns_once_and_gives_none(cache: Path) -> None:
    with serve({}) as server:
        stats, warnings = load(server.url(PATH), cache)
        assert server.count(PATH) == 1  # 4xx is not retried
    assert stats is None
    assert len(warnings) == 1
    assert "HTTP 404" in warnings[0] and server.url(PATH) in warnings[0] and "no cached copy" in warnings[0]


def test_404_with_cache_uses_it_and_says_how_old(cache: Path) -> None:
    seed_cache(cache)
    with serve({}) as server:
        stats, warnings = load(server.url(PATH), cache)
    assert stats == EXPECTED
    assert len(warnings) == 1
    assert "HTTP 404" in warnings[0] and "cached copy fetched less than a minute ago" in warnings[0]


def test_connection_refused(cache: Path) -> None:
    started = time.monotonic()
    stats, warnings = load(f"http://127.0.0.1:{unused_port()}{PATH}", cache)
    assert time.monotonic() - started < 2
    assert stats is None
    assert len(warnings) == 1 and "refused" in warnings[0].lower()


@pytest.mark.parametrize("route", [hang(), trickle(json.dumps(GS_DATA), delay=0.1)], ids=["hang", "trickle"])
def test_a_server_that_never_finishes_is_bounded_by_the_timeout(route: Any, cache: Path) -> None:
    seed_cache(cache)
    with serve({PATH: route}) as server:
        started = time.monotonic()
        stats, warnings = load(server.url(PATH), cache, timeout=1)
        took = time.monotonic() - started
    assert took < 1 + 0.5, took
    assert stats == EXPECTED  # the cached copy
    assert len(warnings) == 1
    assert "timed out" in warnings[0] or "no complete answer within 1 s" in warnings[0]


def test_malformed_json_keeps_the_cached_copy(cache: Path) -> None:
    seed_cache(cache)
    before = (cache / CACHE_FILE).read_bytes()
    with serve({PATH: Reply(200, {"Content-Type": "application/json"}, '{"citedby": 1,')}) as server:
        stats, warnings = load(server.url(PATH), cache)
    assert stats == EXPECTED
    assert len(warnings) == 1 and "not valid JSON" in warnings[0]
    assert (cache / CACHE_FILE).read_bytes() == before


def test_absurdly_nested_json_is_a_warning(cache: Path) -> None:
    with serve({PATH: Reply(200, {}, "[" * 100_000)}) as server:
        stats, warnings = load(server.url(PATH), cache)
    assert stats is None and len(warnings) == 1 and "not valid JSON" in warnings[0]


@pytest.mark.parametrize(("document", "why"), [
    ([1, 2, 3], "expected a JSON object"),
    ({"citations": 5, "publications": {}}, "no `citedby`"),
    ({"citedby": 5}, "no `publications`"),
    ({"citedby": -1, "publications": {}}, "`citedby` must be a whole number"),
    ({"citedby": 5, "hindex": "high", "publications": {}}, "`hindex` must be a whole number"),
    ({"citedby": 5, "publications": ["a"]}, "`publications` must be an object"),
])
def test_valid_json_of_the_wrong_shape_is_a_warning(document: Any, why: str, cache: Path) -> None:
    with serve({PATH: json_reply(document)}) as server:
        stats, warnings = load(server.url(PATH), cache)
    assert stats is None
    assert len(warnings) == 1 and why in warnings[0]
    assert not (cache / CACHE_FILE).exists()  # only good copies are cached


def test_markup_in_values_never_reaches_the_numbers(cache: Path) -> None:
    hostile = {**GS_DATA, "citedby": "<script>alert(1)</script>"}
    with serve({PATH: json_reply(hostile)}) as server:
        stats, warnings = load(server.url(PATH), cache)
    assert stats is None and "`citedby` must be a whole number" in warnings[0]

    dated = {**GS_DATA, "updated": "<img src=x onerror=alert(1)>"}
    with serve({PATH: json_reply(dated)}) as server:
        stats, warnings = load(server.url(PATH), cache)
    assert stats is not None and stats["updated"] is None and stats["citedby"] == 1234
    assert len(warnings) == 1 and "ignored `updated`" in warnings[0]


# --- offline and the cache file ------------------------------------------------------------------


def test_offline_with_cache_uses_it_without_the_network(cache: Path) -> None:
    seed_cache(cache)
    with serve({PATH: json_reply({**GS_DATA, "citedby": 1})}) as server:
        stats, warnings = load(server.url(PATH), cache, offline=True)
        assert server.requests == []
    assert stats == EXPECTED and warnings == []


def test_offline_without_cache_warns_once(cache: Path) -> None:
    with serve({PATH: json_reply(GS_DATA)}) as server:
        stats, warnings = load(server.url(PATH), cache, offline=True)
        assert server.requests == []
    assert stats is None
    assert len(warnings) == 1 and "--offline" in warnings[0] and "placeholders" in warnings[0]


def test_a_damaged_cache_is_ignored_with_a_warning(cache: Path) -> None:
    cache.mkdir(parents=True)
    (cache / CACHE_FILE).write_text("{not json")
    stats, warnings = load("http://127.0.0.1:9/gs.json", cache, offline=True)
    assert stats is None
    assert any("ignoring the Scholar stats cache" in w for w in warnings)


def test_shields_endpoint_json() -> None:
    assert json.loads(shields_endpoint_json(EXPECTED)) == {
        "schemaVersion": 1, "label": "citations", "message": "1234"}

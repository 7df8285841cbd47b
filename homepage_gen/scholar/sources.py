"""Where `homepage scholar fetch` gets counts: Google Scholar (scholarly), OpenAlex, Semantic Scholar.

Google Scholar blocks most cloud runners, so the two public APIs are offered
too; their counts are mapped into the same `gs_data.json` shape, with
`publications` keyed by the source's own stable work id and carrying titles so
users can match them to their papers.

Response shapes used (from the APIs' documentation):

- OpenAlex `GET /authors/{A…|orcid:…}`: `id`, `display_name`, `cited_by_count`,
  `summary_stats.h_index`, `summary_stats.i10_index`.
- OpenAlex `GET /works?filter=author.id:A…&per-page=200&cursor=*`: `meta.next_cursor`
  (null on the last page) and `results[]` with `id`, `title`/`display_name`,
  `cited_by_count`, `publication_year`.
- Semantic Scholar `GET /graph/v1/author/{id}?fields=name,citationCount,hIndex,paperCount`.
- Semantic Scholar `GET /graph/v1/author/{id}/papers?fields=title,citationCount,year&limit=…&offset=…`:
  `offset`, `next` (absent on the last page), `data[]` with `paperId`, `title`,
  `citationCount`, `year`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any
from urllib.parse import quote

from .http import RetryPolicy, bounded_get
from .schema import as_count

OPENALEX_URL = "https://api.openalex.org"
SEMANTIC_SCHOLAR_URL = "https://api.semanticscholar.org"
OPENALEX_PAGE = 200
SEMANTIC_SCHOLAR_PAGE = 1000  # the largest `limit` the author papers endpoint takes
MAX_PAGES = 100  # a guard against a server that never stops paging
FETCH_POLICY = RetryPolicy(retries=3, backoff=1.0, min_attempt=1.0)  # patient: a scheduled job, not a build
INSTALL_HINT = "pip install 'homepage-gen[scholar]'"

_ORCID = re.compile(r"(\d{4}-\d{4}-\d{4}-\d{3}[\dX])")
_OPENALEX_AUTHOR = re.compile(r"(?:https?://openalex\.org/)?(A\d+)", re.IGNORECASE)


class SourceError(Exception):
    """No valid data from a source; the message says why."""


@dataclass(frozen=True)
class Work:
    id: str
    title: str
    citations: int
    year: int | None = None


@dataclass(frozen=True)
class AuthorCounts:
    """One author's counts from a public API, before they become `gs_data.json`."""

    source: str
    author_id: str
    name: str | None
    citedby: int | None
    hindex: int | None
    i10index: int | None
    works: list[Work] = field(default_factory=list)


def h_index(citations: Iterable[int]) -> int:
    """The largest h such that h works have at least h citations each."""
    ranked = sorted(citations, reverse=True)
    return sum(1 for rank, count in enumerate(ranked, start=1) if count >= rank)


def i10_index(citations: Iterable[int]) -> int:
    """How many works have at least 10 citations."""
    return sum(1 for count in citations if count >= 10)


@dataclass(frozen=True)
class Client:
    """GETs JSON from one API's base URL, each request within `timeout` seconds (retries included)."""

    base_url: str
    timeout: float
    headers: Mapping[str, str] = field(default_factory=dict)
    params: Mapping[str, str] = field(default_factory=dict)  # sent with every request (mailto, api_key)

    def get_json(self, path: str, params: Mapping[str, str]) -> Any:
        url = self.base_url.rstrip("/") + path
        result = bounded_get(
            url, timeout=self.timeout, params={**self.params, **params},
            headers=self.headers, policy=FETCH_POLICY,
        )
        if not result.ok:
            raise SourceError(f"{url}: {result.describe()}")
        try:
            return json.loads(result.body)
        except (ValueError, RecursionError) as err:
            raise SourceError(f"{url}: the response is not valid JSON ({err})") from err


def normalize_orcid(value: str) -> str:
    found = _ORCID.search(value.strip().upper())
    if not found:
        raise SourceError(f"not an ORCID iD: {value!r} (expected 0000-0000-0000-0000)")
    return found.group(1)


def normalize_openalex_id(value: str) -> str:
    found = _OPENALEX_AUTHOR.fullmatch(value.strip())
    if not found:
        raise SourceError(f"not an OpenAlex author id: {value!r} (expected A followed by digits)")
    return found.group(1).upper()


def normalize_semanticscholar_id(value: str) -> str:
    """An author id, also from a profile URL (`…/author/Name/1741101`)."""
    last = value.strip().rstrip("/").rsplit("/", 1)[-1]
    if not last.isdigit():
        raise SourceError(f"not a Semantic Scholar author id: {value!r} (expected digits)")
    return last


def fetch_openalex(
    client: Client, *, orcid: str | None = None, openalex_id: str | None = None
) -> AuthorCounts:
    if openalex_id:
        key = normalize_openalex_id(openalex_id)
    elif orcid:
        key = f"orcid:{normalize_orcid(orcid)}"
    else:
        raise SourceError("OpenAlex needs --orcid or --openalex-id")
    author = _mapping(client.get_json(f"/authors/{key}", {}), "the OpenAlex author")
    author_id = _short_openalex_id(author.get("id"))
    if not author_id:
        raise SourceError("the OpenAlex author has no `id`")
    works = list(_openalex_works(client, author_id))
    stats = author.get("summary_stats") if isinstance(author.get("summary_stats"), Mapping) else {}
    return AuthorCounts(
        "openalex", author_id, _text(author.get("display_name")),
        as_count(author.get("cited_by_count")), as_count(stats.get("h_index")),
        as_count(stats.get("i10_index")), works,
    )


def _openalex_works(client: Client, author_id: str) -> Iterable[Work]:
    cursor = "*"
    seen: set[str] = set()
    for _ in range(MAX_PAGES):
        page = _mapping(client.get_json("/works", {
            "filter": f"author.id:{author_id}", "per-page": str(OPENALEX_PAGE), "cursor": cursor,
        }), "an OpenAlex works page")
        results = page.get("results")
        if not isinstance(results, list):
            raise SourceError("an OpenAlex works page has no `results` list")
        for work in results:
            parsed = _openalex_work(work)
            if parsed and parsed.id not in seen:
                seen.add(parsed.id)
                yield parsed
        meta = page.get("meta") if isinstance(page.get("meta"), Mapping) else {}
        next_cursor = meta.get("next_cursor")
        if not results or not isinstance(next_cursor, str) or not next_cursor or next_cursor == cursor:
            return
        cursor = next_cursor
    raise SourceError(f"OpenAlex kept paging past {MAX_PAGES} pages")


def _openalex_work(work: Any) -> Work | None:
    if not isinstance(work, Mapping):
        return None
    work_id = _short_openalex_id(work.get("id"))
    if not work_id:
        return None
    title = _text(work.get("title")) or _text(work.get("display_name")) or ""
    year = as_count(work.get("publication_year"))
    return Work(work_id, title, as_count(work.get("cited_by_count")) or 0, year)


def _short_openalex_id(value: Any) -> str | None:
    """`https://openalex.org/W123` → `W123` (the stable id without the URL)."""
    if not isinstance(value, str) or not value.strip():
        return None
    return value.strip().rstrip("/").rsplit("/", 1)[-1]


def fetch_semanticscholar(client: Client, *, author_id: str) -> AuthorCounts:
    key = quote(normalize_semanticscholar_id(author_id), safe="")
    author = _mapping(client.get_json(
        f"/graph/v1/author/{key}", {"fields": "name,citationCount,hIndex,paperCount"},
    ), "the Semantic Scholar author")
    works = list(_semanticscholar_papers(client, key))
    return AuthorCounts(
        "semanticscholar", str(author.get("authorId") or key), _text(author.get("name")),
        as_count(author.get("citationCount")), as_count(author.get("hIndex")), None, works,
    )


def _semanticscholar_papers(client: Client, key: str) -> Iterable[Work]:
    offset = 0
    seen: set[str] = set()
    for _ in range(MAX_PAGES):
        page = _mapping(client.get_json(f"/graph/v1/author/{key}/papers", {
            "fields": "title,citationCount,year", "limit": str(SEMANTIC_SCHOLAR_PAGE), "offset": str(offset),
        }), "a Semantic Scholar papers page")
        data = page.get("data")
        if not isinstance(data, list):
            raise SourceError("a Semantic Scholar papers page has no `data` list")
        for paper in data:
            parsed = _semanticscholar_paper(paper)
            if parsed and parsed.id not in seen:
                seen.add(parsed.id)
                yield parsed
        following = as_count(page.get("next"))
        if not data or following is None or following <= offset:
            return
        offset = following
    raise SourceError(f"Semantic Scholar kept paging past {MAX_PAGES} pages")


def _semanticscholar_paper(paper: Any) -> Work | None:
    if not isinstance(paper, Mapping) or not isinstance(paper.get("paperId"), str) or not paper["paperId"]:
        return None
    title = _text(paper.get("title")) or ""
    citations = as_count(paper.get("citationCount")) or 0
    return Work(paper["paperId"], title, citations, as_count(paper.get("year")))


def gs_data_from_counts(counts: AuthorCounts, now: datetime | None = None) -> dict[str, Any]:
    """The `gs_data.json` document for counts from a public API.

    Totals the API doesn't give are computed from the per-work counts.
    """
    citations = [work.citations for work in counts.works]
    publications = {
        work.id: {
            "author_pub_id": work.id,
            "num_citations": work.citations,
            "bib": {"title": work.title, **({"pub_year": str(work.year)} if work.year else {})},
        }
        for work in counts.works
    }
    return {
        "name": counts.name,
        "source": counts.source,
        "source_author_id": counts.author_id,
        "citedby": counts.citedby if counts.citedby is not None else sum(citations),
        "hindex": counts.hindex if counts.hindex is not None else h_index(citations),
        "i10index": counts.i10index if counts.i10index is not None else i10_index(citations),
        "updated": _now_text(now),
        "publications": publications,
    }


def fetch_google_scholar(scholar_id: str, now: datetime | None = None) -> dict[str, Any]:
    """What AcadHomepage's `google_scholar_crawler/main.py` writes, through the optional scholarly package."""
    try:
        from scholarly import scholarly  # optional extra, imported only when this source is used
    except ImportError as err:
        raise SourceError(f"the Google Scholar source needs the scholarly package: {INSTALL_HINT}") from err
    try:
        author = scholarly.search_author_id(scholar_id)
        scholarly.fill(author, sections=["basics", "indices", "counts", "publications"])
    except Exception as err:  # scholarly raises many kinds when Google blocks or the id is wrong
        raise SourceError(
            f"Google Scholar: {type(err).__name__}: {err} "
            "(Google often blocks cloud runners; --source openalex or semanticscholar do not)"
        ) from err
    document = json.loads(json.dumps(author, default=str))  # plain JSON types only
    pubs = document.get("publications") or []
    document["publications"] = {
        p["author_pub_id"]: p for p in pubs if isinstance(p, dict) and p.get("author_pub_id")
    }
    document["updated"] = _now_text(now)
    return document


def _now_text(now: datetime | None) -> str:
    return (now or datetime.now(timezone.utc)).isoformat(timespec="seconds")


def _mapping(value: Any, what: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise SourceError(f"{what} is not a JSON object")
    return value


def _text(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None

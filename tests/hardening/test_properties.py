"""Property-based tests: random front matter, Markdown, Liquid and YAML through the real code paths.

The build either succeeds or raises the project's own `HomepageError` — never anything
else, never a hang (each example has a deadline) — and a failed build leaves the
previous output exactly as it was. The whole file runs in well under a minute; the
long run of the same strategies is tests/fuzz/fuzz_build.py.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from homepage_gen.build import BuildOptions, build_site
from homepage_gen.errors import BuildError, Diagnostics, HomepageError
from homepage_gen.render.liquid import LiquidRenderer
from homepage_gen.render.markdown import KramdownConverter
from homepage_gen.serve.files import BadPath, request_segments, resolve
from homepage_gen.yamlload import decode_text, parse_yaml, split_front_matter
from tests.conftest import write_tree
from tests.hardening.conftest import GOOD_SITE, full_snapshot
from tests.hardening.strategies import encoded, liquid_text, markdown_text, page_body, page_file, yaml_text

FAST = settings(max_examples=600, deadline=timedelta(seconds=2), suppress_health_check=[HealthCheck.too_slow])
BUILDS = settings(max_examples=300, deadline=timedelta(seconds=3),
                  suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("prop") / "site"
    write_tree(root, GOOD_SITE)
    build_site(BuildOptions(source=root, offline=True))
    return root


def _build_checked(site: Path) -> None:
    """Build; on failure, the previous output must be untouched and no staging folder left."""
    dest = site / "_site"
    before = full_snapshot(dest)
    try:
        build_site(BuildOptions(source=site, offline=True))
    except HomepageError as err:
        assert isinstance(err, BuildError)
        assert err.format()  # formats without raising
        assert full_snapshot(dest) == before
    assert not [p for p in site.iterdir() if ".staging-" in p.name or ".old-" in p.name]


@BUILDS
@given(page=page_file())
def test_random_page_builds_or_fails_cleanly(site: Path, page: bytes) -> None:
    (site / "_pages" / "random.md").write_bytes(page)
    _build_checked(site)


@BUILDS
@given(config=encoded(yaml_text(12)), data=encoded(yaml_text(12)))
def test_random_config_and_data_build_or_fail_cleanly(site: Path, config: bytes, data: bytes) -> None:
    (site / "_pages" / "random.md").write_bytes(b"---\nlayout: default\n---\n{{ site.data.random }}\n")
    try:
        (site / "_config.yml").write_bytes(GOOD_SITE["_config.yml"].encode() + config)  # type: ignore[union-attr]
        (site / "_data" / "random.yml").write_bytes(data)
        _build_checked(site)
    finally:
        (site / "_config.yml").write_text(GOOD_SITE["_config.yml"])  # type: ignore[arg-type]
        (site / "_data" / "random.yml").unlink()


@settings(BUILDS, max_examples=40)
@given(front=st.sampled_from(["title: T\n", "layout: default\ntitle: T\n", "permalink: /x/\n"]),
       body=page_body())
def test_bom_and_crlf_do_not_change_the_output(site: Path, front: str, body: str) -> None:
    body = body.replace("\r", "")
    page = site / "_pages" / "random.md"
    outputs = []
    for raw in (f"---\n{front}---\n{body}".encode(), b"\xef\xbb\xbf" + f"---\n{front}---\n{body}".replace(
            "\n", "\r\n").encode()):
        page.write_bytes(raw)
        try:
            build_site(BuildOptions(source=site, offline=True))
        except HomepageError as err:
            outputs.append(("error", err.message))
            continue
        outputs.append(("ok", full_snapshot(site / "_site")))
    assert outputs[0] == outputs[1]


@pytest.fixture(scope="module")
def liquid(site: Path) -> LiquidRenderer:
    from homepage_gen.render.filters import JekyllFilters

    filters = JekyllFilters({"url": "https://x.org", "baseurl": ""}, markdownify=str).as_dict()
    return LiquidRenderer(source_dir=site, include_dirs=[site / "_includes"], filters=filters,
                          diagnostics=Diagnostics())


@settings(FAST, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(text=liquid_text(40))
def test_random_liquid_renders_or_raises_build_error(liquid: LiquidRenderer, site: Path, text: str) -> None:
    context = {"site": {"title": "T", "data": {"nav": [{"title": "a", "url": "/a/"}]}, "pages": []},
               "page": {"title": "P", "url": "/p/"}}
    try:
        out = liquid.render(text, context, path="_pages/random.md", source_file=site / "_pages" / "random.md")
    except BuildError as err:
        assert err.path is not None  # every Liquid error names a file
        return
    assert isinstance(out, str)


@pytest.fixture(scope="module")
def markdown() -> KramdownConverter:
    return KramdownConverter({})


@settings(FAST, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(text=st.one_of(markdown_text(80), page_body(60)))
def test_random_markdown_always_converts(markdown: KramdownConverter, text: str) -> None:
    assert isinstance(markdown.convert(text), str)


@FAST
@given(text=yaml_text(40))
def test_random_yaml_parses_or_raises_build_error(text: str) -> None:
    try:
        parse_yaml(text, "_config.yml")
    except BuildError as err:
        assert err.path == "_config.yml" and err.line is not None and err.line >= 1


@FAST
@given(raw=encoded(st.one_of(yaml_text(30), markdown_text(30))))
def test_random_bytes_through_front_matter_reading(raw: bytes) -> None:
    try:
        text = decode_text(raw, "p.md")
    except BuildError as err:
        assert "byte offset" in err.message
        return
    assert "\r" not in text and not text.startswith("\ufeff")
    try:
        document = split_front_matter(("---\n" if raw[:1] == b"a" else "") + text, "p.md")
    except BuildError as err:
        assert err.line is not None
        return
    assert isinstance(document.data, dict) and document.body_line >= 1


_URL_PIECES = ["/", "..", ".", "%2e", "%2f", "%5c", "%00", "\\", "files", "paper.pdf", "index.html", "%", "?",
               "#", "//", "C:", "~", "escape", "%252e", "%c0%ae", "\u00e9"]


@pytest.fixture(scope="module")
def served_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("served")
    root = write_tree(base / "out", {"index.html": "i", "files/paper.pdf": "p", "files/sub/x.txt": "x"})
    (base / "secret.txt").write_text("s")
    (root / "escape").symlink_to(base / "secret.txt")
    return root.resolve()


@settings(FAST, max_examples=500, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(path=st.lists(st.sampled_from(_URL_PIECES), max_size=12).map("".join))
def test_served_paths_never_leave_the_output_folder(served_root: Path, path: str) -> None:
    try:
        segments = request_segments("/" + path)
    except BadPath:
        return
    found = resolve(served_root, segments, path.endswith("/"))
    if found.file is not None:
        assert found.file.is_relative_to(served_root) and found.file.is_file()

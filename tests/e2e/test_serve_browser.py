"""`homepage serve` in real Chromium: edits appear by themselves, errors as an overlay, CSS swaps in place."""

from __future__ import annotations

import io
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from homepage_gen.build import BuildOptions
from homepage_gen.serve import PreviewSession, ServeSettings
from homepage_gen.serve.console import Reporter
from homepage_gen.theme import theme_dir

REPO = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium")
sync_api = pytest.importorskip("playwright.sync_api", reason="needs playwright (pip install -e '.[test]')")

OVERLAY_TEXT = """() => {
  const host = document.getElementById("__homepage_overlay__");
  if (!host) { return null; }
  const root = host.shadowRoot || host;
  const pre = root.querySelector("pre");
  return pre ? pre.textContent : null;
}"""


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """The embedded site's own files, plus the theme's stylesheet sources to edit."""
    root = tmp_path / "site"
    root.mkdir()
    shutil.copy2(REPO / "_config.yml", root / "_config.yml")
    for folder in ("_pages", "_data", "images"):
        shutil.copytree(REPO / folder, root / folder)
    theme = theme_dir()
    shutil.copytree(theme / "_sass", root / "_sass")
    (root / "assets" / "css").mkdir(parents=True)
    shutil.copy2(theme / "assets" / "css" / "main.scss", root / "assets" / "css" / "main.scss")
    return root


@pytest.fixture
def session(site: Path) -> Iterator[PreviewSession]:
    preview = PreviewSession(
        BuildOptions(source=site, offline=True), ServeSettings(port=0), Reporter(io.StringIO(), io.StringIO())
    )
    preview.start()
    try:
        yield preview
    finally:
        preview.stop()


@pytest.fixture
def page(session: PreviewSession) -> Iterator[Any]:
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            tab = browser.new_page()
            tab.set_default_timeout(10_000)
            tab.goto(session.url, wait_until="load")
            tab.wait_for_function("() => window.__homepageLive && window.__homepageLive.socket"
                                  " && window.__homepageLive.socket.readyState === 1")
            yield tab
        finally:
            browser.close()


def _sass_partial(site: Path) -> Path:
    partials = sorted(site.glob("_sass/**/_page.scss")) or sorted(site.glob("_sass/**/_*.scss"))
    assert partials, "the theme's Sass partials were not copied"
    return partials[0]


def test_edits_errors_styles_and_config_reach_the_open_tab(
    site: Path, session: PreviewSession, page: Any
) -> None:
    about = site / "_pages" / "about.md"
    original = about.read_text(encoding="utf-8")
    assert "About Me" in original

    # 1. A page edit shows up without the test reloading the tab.
    about.write_text(original.replace("About Me", "About Me (edited in the e2e test)", 1), encoding="utf-8")
    page.wait_for_function("() => document.body.innerText.includes('edited in the e2e test')")

    # 2. Broken front matter: the overlay shows the same `path:line: message` as the terminal.
    broken = original.replace("permalink: /", "permalink: [/", 1)
    about.write_text(broken, encoding="utf-8")
    page.wait_for_function(f"() => ({OVERLAY_TEXT})() !== null")
    message = page.evaluate(f"({OVERLAY_TEXT})()")
    assert message.startswith("_pages/about.md:") and "YAML" in message
    assert session.last_error is not None and session.last_error.format() == message

    # 3. The fix removes the overlay and reloads.
    about.write_text(original.replace("About Me", "About Me (fixed)", 1), encoding="utf-8")
    page.wait_for_function(
        f"() => ({OVERLAY_TEXT})() === null && document.body.innerText.includes('About Me (fixed)')"
    )

    # 4. A Sass edit applies without a navigation (the marker on window survives).
    page.evaluate("() => { window.__noNavigation = true; }")
    partial = _sass_partial(site)
    partial.write_text(partial.read_text(encoding="utf-8") + "\nbody { outline: 3px solid rgb(1, 2, 3); }\n",
                       encoding="utf-8")
    page.wait_for_function("() => getComputedStyle(document.body).outlineColor === 'rgb(1, 2, 3)'")
    assert page.evaluate("() => window.__noNavigation === true")

    # 5. A config change is picked up without a restart.
    config = site / "_config.yml"
    text = config.read_text(encoding="utf-8")
    assert '"Zhangqiang Ming"' in text
    config.write_text(text.replace('"Zhangqiang Ming"', '"E2E Renamed Site"', 1), encoding="utf-8")
    page.wait_for_function("() => document.title.includes('E2E Renamed Site')")

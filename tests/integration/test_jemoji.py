"""jemoji in real builds: after layouts, on HTML output only, body only, never in code.

No Jekyll golden: jemoji is not installable here (see tests/unit/test_emoji.py); the
expectations follow jemoji's README and issue threads (post_render hook on pages and
documents with a `.html` output extension; code blocks untouched).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from homepage_gen.build import BuildOptions, build_site
from tests.conftest import write_tree

TADA_SRC = "https://github.githubassets.com/images/icons/emoji/unicode/1f389.png"
TADA = f'<img class="emoji" title=":tada:" alt=":tada:" src="{TADA_SRC}" height="20" width="20">'

LAYOUT = (
    "<!DOCTYPE html>\n<html>\n<head><title>{{ page.title }}</title></head>\n"
    "<body>\n<footer>:sparkles:</footer>\n{{ content }}\n</body>\n</html>\n"
)


def site(root: Path, config: str) -> Path:
    return write_tree(root, {
        "_config.yml": config,
        "_layouts/default.html": LAYOUT,
        "index.md": (
            "---\nlayout: default\ntitle: \"Party :tada:\"\n---\n"
            "We shipped :tada: and `:tada:` in code.\n\n```\n:tada:\n```\n\n[link](/x \":tada:\")\n"
        ),
        "plain.html": "---\n---\n<p>:tada:</p>\n",
        "slash.md": "---\npermalink: /slash/\n---\n:tada:\n",
        "feed.xml": "---\n---\n<title>:tada:</title>\n",
        "_notes/n.md": "---\n---\n:tada:\n",
        "_posts/2024-01-02-p.md": "---\nlayout: default\n---\n:+1:\n",
    })


@pytest.fixture(autouse=True)
def _no_asset_host(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ASSET_HOST_URL", raising=False)


def build(root: Path) -> Path:
    return build_site(BuildOptions(source=root, offline=True)).destination


def test_pages_and_posts_get_emoji_after_layouts(site_dir: Path) -> None:
    out = build(site(site_dir, "plugins:\n  - jemoji\ncollections:\n  notes:\n    output: false\n"))
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "<title>Party :tada:</title>" in index  # the head is left alone
    assert "<footer><img class=\"emoji\" title=\":sparkles:\"" in index  # layout text is emojified
    assert f"<p>We shipped {TADA} and <code class=\"language-plaintext highlighter-rouge\">:tada:</code>" in index
    assert "<code>:tada:\n</code></pre>" in index
    assert 'title=":tada:">link</a>' in index  # attributes stay
    assert (out / "plain.html").read_text(encoding="utf-8") == f"<p>{TADA}</p>\n"
    assert TADA in (out / "slash" / "index.html").read_text(encoding="utf-8")
    assert (out / "feed.xml").read_text(encoding="utf-8") == "<title>:tada:</title>\n"
    post = (out / "2024" / "01" / "02" / "p.html").read_text(encoding="utf-8")
    assert 'title=":+1:"' in post and "unicode/1f44d.png" in post


def test_emoji_src_from_the_configuration(site_dir: Path) -> None:
    out = build(site(site_dir, "plugins: [jemoji]\nemoji:\n  src: /assets/images\n"))
    assert 'src="/assets/images/emoji/unicode/1f389.png"' in (out / "plain.html").read_text(encoding="utf-8")


def test_without_the_plugin_names_stay_text(site_dir: Path) -> None:
    out = build(site(site_dir, "plugins: [jekyll-feed]\n"))
    assert (out / "plain.html").read_text(encoding="utf-8") == "<p>:tada:</p>\n"

"""Every kramdown fixture converts DOM-equal to what Jekyll 4.3.1 wrote for it.

Goldens were made by `tests/fidelity/kramdown/make_goldens.sh` (real Jekyll, kramdown 2,
kramdown-parser-gfm, rouge 3.30). The seed page is compared with the section of the
reference build in `../shared`.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from homepage_gen.render.highlight import highlight_tag
from homepage_gen.render.markdown import KramdownConverter
from tests.domcompare import dom_equal

FIXTURES = Path(__file__).resolve().parent / "kramdown"
SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
SEED_URL = (
    "https%3A%2F%2Fcdn.jsdelivr.net%2Fgh%2Fzhangqiang%2Fzhangqiangming.github.io"
    "%40google-scholar-stats%2Fgs_data_shieldsio.json"
)
SEED_CONFIG = {
    "input": "GFM",
    "hard_wrap": False,
    "auto_ids": True,
    "footnote_nr": 1,
    "entity_output": "as_char",
    "toc_levels": "1..6",
    "smart_quotes": "lsquo,rsquo,ldquo,rdquo",
    "enable_coderay": False,
}

# Fixtures whose highlighted code is compared by text only: rouge and Pygments tokenise
# these languages differently (see docs/architecture-markdown.md).
TOKENS_DIFFER = {"fenced_code": "YAML and shell tokens differ between rouge and Pygments"}
# Languages whose highlighted tokens must match rouge's exactly.
EXACT_LANGUAGES = ("python", "ruby", "javascript", "html", "plaintext")

_HIGHLIGHT_BODY = re.compile(r'(<pre class="highlight"><code>)(.*?)(</code>)', re.DOTALL)
_SPAN_TAG = re.compile(r'<span class="[^"]*">|</span>')
_BLOCK = re.compile(r'<div class="language-(\w+) highlighter-rouge">(.*?)</div></div>', re.DOTALL)


def _flatten_highlighting(html: str) -> str:
    return _HIGHLIGHT_BODY.sub(lambda m: m.group(1) + _SPAN_TAG.sub("", m.group(2)) + m.group(3), html)


@pytest.fixture(scope="module")
def converter() -> KramdownConverter:
    return KramdownConverter(SEED_CONFIG)


def _fixture_names() -> list[str]:
    return sorted(p.stem for p in FIXTURES.glob("*.md"))


@pytest.mark.parametrize("name", _fixture_names())
def test_fixture_is_dom_equal_to_jekyll(converter: KramdownConverter, name: str) -> None:
    source = (FIXTURES / f"{name}.md").read_text(encoding="utf-8")
    golden = (FIXTURES / f"{name}.html").read_text(encoding="utf-8")
    ours = converter.convert(source)
    if name in TOKENS_DIFFER:
        ours, golden = _flatten_highlighting(ours), _flatten_highlighting(golden)
    equal, diff = dom_equal(ours, golden)
    assert equal, f"{name}: {diff}"


def test_highlighted_tokens_match_rouge_for_common_languages(converter: KramdownConverter) -> None:
    ours = dict(_BLOCK.findall(converter.convert((FIXTURES / "fenced_code.md").read_text(encoding="utf-8"))))
    golden = dict(_BLOCK.findall((FIXTURES / "fenced_code.html").read_text(encoding="utf-8")))
    for lang in EXACT_LANGUAGES:
        equal, diff = dom_equal(ours[lang], golden[lang])
        assert equal, f"{lang}: {diff}"


def test_highlight_tag_matches_jekyll() -> None:
    source = (FIXTURES / "highlight" / "tags.liquid").read_text(encoding="utf-8")
    golden = (FIXTURES / "highlight" / "tags.html").read_text(encoding="utf-8")
    tag = re.compile(r"\{% highlight (\S+)( linenos)? %\}(.*?)\{% endhighlight %\}", re.DOTALL)
    ours = "\n".join(highlight_tag(m.group(3), m.group(1), bool(m.group(2))) for m in tag.finditer(source))
    equal, diff = dom_equal(ours, golden)
    assert equal, diff


def _seed_markdown(text: str) -> str:
    body = text.split("---\n", 2)[2]  # drop the front matter
    lines = [line for line in body.split("\n") if not line.lstrip().startswith("{%")]
    return "\n".join(lines).replace("{{ url | url_encode }}", SEED_URL)


def _page_content(html: str) -> str:
    start = html.index('<section class="page__content" itemprop="text">')
    start = html.index(">", start) + 1
    return html[start : html.index("</section>", start)]


@pytest.mark.skipif(
    not (SHARED / "seed").is_dir(), reason="../shared (seed and Jekyll reference) is not present"
)
def test_seed_page_is_dom_equal_to_jekyll(converter: KramdownConverter) -> None:
    source = _seed_markdown((SHARED / "seed" / "about.md").read_text(encoding="utf-8"))
    golden = _page_content((SHARED / "reference" / "seed" / "index.html").read_text(encoding="utf-8"))
    equal, diff = dom_equal(converter.convert(source), golden)
    assert equal, diff

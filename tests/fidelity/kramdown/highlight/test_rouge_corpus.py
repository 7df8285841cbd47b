"""Every corpus snippet highlights byte-for-byte as rouge 3.30 does.

``corpus/<lang>.txt`` holds realistic code blocks; ``corpus/<lang>.json`` is rouge's HTML for
each, made by ``make_rouge_goldens.py`` beside this file (rouge as a black box). Languages in
APPROXIMATE are still lexed by Pygments and differ from rouge in places; for them only the
text (tags removed) is compared.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from homepage_gen.render.highlight import highlight_span

CORPUS = Path(__file__).resolve().parent / "corpus"
SEPARATOR = "=====8<=====\n"
APPROXIMATE: frozenset[str] = frozenset()
_TAG = re.compile(r"<[^>]+>")


def _cases() -> list[tuple[str, int, str, str]]:
    cases = []
    for source in sorted(CORPUS.glob("*.txt")):
        lang = source.stem
        snippets = [s for s in source.read_text(encoding="utf-8").split(SEPARATOR) if s]
        goldens = json.loads((CORPUS / f"{lang}.json").read_text(encoding="utf-8"))
        assert len(snippets) == len(goldens), f"{lang}: regenerate the goldens"
        cases += [(lang, i, code, html) for i, (code, html) in enumerate(zip(snippets, goldens, strict=True))]
    return cases


@pytest.mark.parametrize(("lang", "index", "code", "rouge"), _cases(), ids=lambda v: str(v)[:12])
def test_snippet_matches_rouge(lang: str, index: int, code: str, rouge: str) -> None:
    ours = highlight_span(code, lang)
    assert ours is not None
    if lang in APPROXIMATE:
        assert _TAG.sub("", ours) == _TAG.sub("", rouge), f"{lang} #{index}"
    else:
        assert ours == rouge, f"{lang} #{index}"

"""Language names are looked up as rouge 3.30 does: exactly, case included.

Jekyll (kramdown with rouge) highlights ```R and ```TeX blocks but writes ```Bash and
```Python blocks as plain ``<pre><code class="language-Bash">``: rouge's lexer lookup is
case-sensitive and only a few aliases are capitalised (R, S, TeX, LaTeX, HAML, …).
"""

from __future__ import annotations

import pytest

from homepage_gen.render.highlight import highlight_fenced


@pytest.mark.parametrize("lang", ["Bash", "Python", "JSON", "Yaml", "JS", "Matlab", "C++"])
def test_capitalised_names_rouge_does_not_know_stay_plain(lang: str) -> None:
    assert highlight_fenced("x = 1\n", lang) == f'<pre><code class="language-{lang}">x = 1\n</code></pre>\n'


@pytest.mark.parametrize(("lang", "body"), [
    ("R", '<span class="n">x</span><span class="w">\n</span>'),
    ("TeX", '<span class="k">\\x</span>\n'),
    ("LaTeX", '<span class="k">\\x</span>\n'),
])  # fmt: skip
def test_capitalised_aliases_rouge_knows_are_highlighted(lang: str, body: str) -> None:
    code = "\\x\n" if "T" in lang else "x\n"
    assert highlight_fenced(code, lang) == (
        f'<div class="language-{lang} highlighter-rouge"><div class="highlight"><pre class="highlight">'
        f"<code>{body}</code></pre></div></div>\n"
    )

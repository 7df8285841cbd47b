"""Differential test of the clean-room converter (homepage_gen.render.kd) against real kramdown.

Generates random documents (lines mixed from the fixtures, or character soup of Markdown
syntax), converts each with kramdown (Jekyll's options) and with KramdownConverter, and
reports how many are byte-equal. Highlighted code is compared with its token spans removed
(rouge and Pygments tokenise differently). Not a pytest test: run it by hand,

    python tests/fidelity/kramdown/differential.py --seed 1 --count 500 [--chars] [--option k=v]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
from pathlib import Path

from homepage_gen.render.kd import KramdownConverter

HERE = Path(__file__).resolve().parent
RUBY = r"""
require 'json'
require 'kramdown'
require 'kramdown-parser-gfm'
opts = {input: 'GFM', hard_wrap: false, auto_ids: true, entity_output: :as_char,
        toc_levels: (1..6).to_a, smart_quotes: 'lsquo,rsquo,ldquo,rdquo', footnote_nr: 1,
        syntax_highlighter: 'rouge', syntax_highlighter_opts: {default_lang: 'plaintext', guess_lang: true}}
extra = JSON.parse(ARGV[0]).transform_keys(&:to_sym)
extra[:entity_output] = extra[:entity_output].to_sym if extra[:entity_output]
opts = opts.merge(extra)
docs = JSON.parse(STDIN.read)
html = docs.map do |d|
  Kramdown::Document.new(d, opts).to_html
rescue StandardError
  nil
end
puts JSON.dump(html)
"""
ATOMS = [*"*_`[]()<>!\"'-.\\~:|#{}&$^= \n\n\t"] + [
    "a", "word", "1.", "- ", "> ", "# ", "    ", "<div>", "</div>", "<span>", "</span>", "&amp;",
    "&nbsp;", "http://a.b", "{: .c}", "[^1]", "[^1]: n\n", "[a]: /u\n", "<!--", "-->", "```", "~~",
    "**", "__", "|---|", "\n\n", "<<", ">>", "...", "--", "it's", '"q"', '<div markdown="1">\n',
    "\n</div>\n", "$$", "*[a]: b\n", ": d\n", "\n- ", "\n1. ", "\n\t- ", "  \n", "\\\n",
]  # fmt: skip
_HIGHLIGHT = re.compile(r'(<pre class="highlight"><code>)(.*?)(</code>)', re.DOTALL)
_SPAN = re.compile(r'<span class="[^"]*">|</span>')


def _without_tokens(html: str) -> str:
    return _HIGHLIGHT.sub(lambda m: m.group(1) + _SPAN.sub("", m.group(2)) + m.group(3), html)


def _documents(rng: random.Random, count: int, chars: bool) -> list[str]:
    if chars:
        return ["".join(rng.choice(ATOMS) for _ in range(rng.randint(1, 40))) for _ in range(count)]
    lines = [line for p in sorted(HERE.glob("*.md")) for line in p.read_text(encoding="utf-8").split("\n")]
    return ["\n".join(rng.choice(lines) for _ in range(rng.randint(1, 12))) for _ in range(count)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--count", type=int, default=500)
    parser.add_argument("--chars", action="store_true", help="character soup instead of fixture lines")
    parser.add_argument("--option", action="append", default=[], help="kramdown option k=v (JSON value)")
    parser.add_argument("--show", type=int, default=3, help="print this many differences")
    args = parser.parse_args()
    options = {}
    for item in args.option:
        key, _, value = item.partition("=")
        try:
            options[key] = json.loads(value)
        except json.JSONDecodeError:
            options[key] = value
    docs = _documents(random.Random(args.seed), args.count, args.chars)
    run = subprocess.run(
        ["ruby", "-e", RUBY, json.dumps(options)],
        input=json.dumps(docs),
        capture_output=True,
        text=True,
        check=True,
    )
    converter = KramdownConverter(options)
    compared = equal = shown = 0
    for doc, expected in zip(docs, json.loads(run.stdout), strict=True):
        if expected is None:  # kramdown itself raised
            continue
        compared += 1
        ours = converter.convert(doc)
        if _without_tokens(ours) == _without_tokens(expected):
            equal += 1
        elif shown < args.show:
            shown += 1
            print(f"--- source\n{doc!r}\n--- kramdown\n{expected}\n--- ours\n{ours}")
    print(f"{equal}/{compared} byte-equal (highlighting compared without token spans), options={options}")


if __name__ == "__main__":
    main()

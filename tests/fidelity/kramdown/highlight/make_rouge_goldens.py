"""Regenerate the rouge goldens of the highlighting corpus with real rouge 3.30 (a black box).

Each ``corpus/<lang>.txt`` holds snippets separated by a line ``=====8<=====``; every snippet
is one fenced code block's content (it ends with a line break). Rouge's HTML for each one is
written, in order, to ``corpus/<lang>.json``. Run by hand after editing a corpus file:

    python tests/fidelity/kramdown/highlight/make_rouge_goldens.py [LANG ...]

It is also the probe used while writing the tokenizers: ``--probe LANG FILE`` prints rouge's
HTML for one file.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

CORPUS = Path(__file__).resolve().parent / "corpus"
SEPARATOR = "=====8<=====\n"
RUBY = r"""
require 'json'
require 'rouge'
raise "rouge #{Rouge.version}, want 3.30.x" unless Rouge.version.start_with?('3.30.')
jobs = JSON.parse(STDIN.read)
formatter = Rouge::Formatters::HTML.new
puts JSON.dump(jobs.map { |lang, code| formatter.format(Rouge::Lexer.find(lang).new.lex(code)) })
"""


def snippets(lang: str) -> list[str]:
    """The corpus snippets of one language."""
    text = (CORPUS / f"{lang}.txt").read_text(encoding="utf-8")
    return [part for part in text.split(SEPARATOR) if part]


def rouge_html(jobs: list[tuple[str, str]]) -> list[str]:
    """Rouge's HTML formatter output for each (language, code) pair, in one Ruby process."""
    done = subprocess.run(["ruby", "-e", RUBY], input=json.dumps(jobs), capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def main(argv: list[str]) -> None:
    if argv[:1] == ["--probe"]:
        print(rouge_html([(argv[1], Path(argv[2]).read_text(encoding="utf-8"))])[0], end="")
        return
    langs = argv or sorted(p.stem for p in CORPUS.glob("*.txt"))
    for lang in langs:
        html = rouge_html([(lang, code) for code in snippets(lang)])
        (CORPUS / f"{lang}.json").write_text(json.dumps(html, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"{lang}: {len(html)} snippets")


if __name__ == "__main__":
    main(sys.argv[1:])

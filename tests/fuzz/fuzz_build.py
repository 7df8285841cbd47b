"""Fuzz the front-matter, Markdown and Liquid paths and whole builds with hypothesis-generated input.

    python tests/fuzz/fuzz_build.py --minutes 10            # all targets, round robin
    python tests/fuzz/fuzz_build.py --minutes 3 --target markdown

Not collected by pytest (the file name does not start with `test_`). Hypothesis is
used as a generator only: every example runs, a failure is recorded and fuzzing goes
on. A failure is any exception other than the project's own `HomepageError`, an
example slower than `--slow` seconds, or a build that leaves staging folders behind.
A hang that Python cannot interrupt ends the process after `--hang` seconds with
every thread's traceback (faulthandler); the input is in `--workdir`/current-input.
Exit status: 0 when nothing was found, 1 otherwise.
"""

from __future__ import annotations

import argparse
import faulthandler
import hashlib
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from hypothesis import HealthCheck, Phase, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from homepage_gen.errors import Diagnostics, HomepageError  # noqa: E402
from tests.hardening.strategies import (  # noqa: E402
    encoded,
    liquid_text,
    markdown_text,
    page_body,
    page_file,
    yaml_text,
)

LAYOUT = "<html><title>{{ page.title }}</title>{{ content }}</html>\n"
# Mostly valid, so that most builds get as far as rendering; sometimes YAML noise.
_CONFIG_EXTRA = st.one_of(
    st.sampled_from([b"", b"permalink: pretty\n", b"baseurl: /b\n", b"plugins: [jekyll-sitemap, jekyll-feed]\n",
                     b"kramdown: {auto_ids: false}\n", b"defaults: [{scope: {path: ''}, values: {layout: default}}]\n",
                     b"keep_files: [keep]\n", b"exclude: [_pages/fuzz.md]\n"]),
    encoded(yaml_text(10)),
)
_DATA_FILE = st.one_of(st.sampled_from([b"", b"a: 1\n", b"- x\n- y\n"]), encoded(yaml_text(15)))


@dataclass
class Finding:
    target: str
    kind: str
    detail: str
    example: Any


@dataclass
class Tally:
    examples: int = 0
    errors: int = 0  # HomepageError: the expected outcome for bad input
    slowest: float = 0.0
    findings: list[Finding] = field(default_factory=list)


class Fuzzer:
    def __init__(self, workdir: Path, slow: float) -> None:
        self.workdir = workdir
        self.slow = slow
        self.site = workdir / "site"
        self.tallies: dict[str, Tally] = {}
        self.seen: set[str] = set()
        self._setup_site()

    # -- a small site the targets write into ----------------------------------

    def _setup_site(self) -> None:
        files = {
            "_config.yml": "title: Fuzz\ninclude: [_pages]\n",
            "_layouts/default.html": LAYOUT,
            "_includes/x.html": "<i>{{ include.a }}</i>",
            "_includes/y.html": "{% include x.html a='1' %}",
            "_data/items.yml": "- {t: a, url: /a/}\n- {t: b, url: /b/}\n",
            "_pages/index.md": "---\nlayout: default\npermalink: /\n---\nhome\n",
        }
        for relative, text in files.items():
            path = self.site / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")

    def _current(self, example: Any) -> None:
        (self.workdir / "current-input").write_text(repr(example), encoding="utf-8")

    # -- targets: each returns normally or raises HomepageError ---------------

    def front_matter(self, data: bytes) -> None:
        from homepage_gen.config import load_config
        from homepage_gen.reader import FrontMatterDefaults, read_page

        path = self.site / "_pages" / "fuzz.md"
        path.write_bytes(data)
        config = load_config(self.site)
        read_page("_pages/fuzz.md", path, config, FrontMatterDefaults(config.get("defaults") or []))

    def markdown(self, text: str) -> None:
        from homepage_gen.render.markdown import KramdownConverter

        html = KramdownConverter({}).convert(text)
        assert isinstance(html, str)

    def liquid(self, text: str) -> None:
        from homepage_gen.render.liquid import LiquidRenderer

        renderer = LiquidRenderer(
            source_dir=self.site, include_dirs=[self.site / "_includes"], filters=_jekyll_filters(),
            diagnostics=Diagnostics(),
        )
        context = {"site": {"title": "T", "data": {"items": [{"t": "a", "url": "/a/"}]}, "pages": []},
                   "page": {"title": "P", "url": "/p/"}}
        renderer.render(text, context, path="_pages/fuzz.md", source_file=self.site / "_pages" / "fuzz.md")

    def build(self, example: tuple[bytes, bytes, bytes]) -> None:
        from homepage_gen.build import BuildOptions, build_site

        page, config, data = example
        (self.site / "_pages" / "fuzz.md").write_bytes(page)
        (self.site / "_config.yml").write_bytes(b"title: Fuzz\ninclude: [_pages]\n" + config)
        (self.site / "_data" / "fuzz.yml").write_bytes(data)
        try:
            build_site(BuildOptions(source=self.site, offline=True))
        finally:
            left = [p.name for p in self.site.iterdir() if ".staging-" in p.name or ".old-" in p.name]
            if left:
                raise AssertionError(f"build left {left} behind")

    # -- the loop ---------------------------------------------------------------

    def run(self, name: str, target: Callable[[Any], None], strategy: st.SearchStrategy[Any],
            examples: int) -> None:
        tally = self.tallies.setdefault(name, Tally())

        @settings(max_examples=examples, deadline=None, database=None, phases=[Phase.generate],
                  suppress_health_check=list(HealthCheck))
        @given(strategy)
        def fuzz(example: Any) -> None:
            self._current(example)
            tally.examples += 1
            started = time.perf_counter()
            try:
                target(example)
            except HomepageError:
                tally.errors += 1
            except Exception as err:  # anything else is a crash of ours
                self._record(tally, Finding(name, "crash", _summary(err), example))
            elapsed = time.perf_counter() - started
            tally.slowest = max(tally.slowest, elapsed)
            if elapsed > self.slow:
                self._record(tally, Finding(name, "slow", f"{elapsed:.1f}s", example))

        fuzz()

    def _record(self, tally: Tally, finding: Finding) -> None:
        key = hashlib.sha1(f"{finding.target}{finding.kind}{finding.detail}".encode()).hexdigest()
        if key in self.seen:
            return
        self.seen.add(key)
        tally.findings.append(finding)
        print(f"\n!! {finding.target} {finding.kind}: {finding.detail}\n   input: {finding.example!r}",
              flush=True)


def _jekyll_filters() -> dict[str, Callable[..., Any]]:
    from homepage_gen.render.filters import JekyllFilters

    return JekyllFilters({"url": "https://x.org", "baseurl": ""}, markdownify=lambda s: str(s)).as_dict()


def _summary(err: BaseException) -> str:
    """Exception type, message and innermost frame of ours: the key that de-duplicates findings."""
    frames = [f for f in traceback.extract_tb(err.__traceback__) if "homepage_gen" in f.filename]
    where = f" at {Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else ""
    return f"{type(err).__name__}: {str(err)[:200]}{where}"


def _engine() -> str:
    """Which Markdown engine `render/markdown.py` is (it is being replaced by render/kd/)."""
    text = (REPO / "homepage_gen" / "render" / "markdown.py").read_text(encoding="utf-8")
    kind = "kd package" if "from .kd" in text or "homepage_gen.render.kd" in text else "monolithic markdown.py"
    return f"{kind} ({len(text.splitlines())} lines, sha1 {hashlib.sha1(text.encode()).hexdigest()[:10]})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--target", choices=["all", "front-matter", "markdown", "liquid", "build"], default="all")
    parser.add_argument("--batch", type=int, default=200, help="examples per target per round")
    parser.add_argument("--slow", type=float, default=5.0, help="seconds after which an example is a finding")
    parser.add_argument("--hang", type=float, default=120.0, help="seconds after which the process is ended")
    parser.add_argument("--workdir", type=Path, default=None)
    args = parser.parse_args(argv)

    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="homepage-fuzz-"))
    workdir.mkdir(parents=True, exist_ok=True)
    fuzzer = Fuzzer(workdir, args.slow)
    targets: dict[str, tuple[Callable[[Any], None], st.SearchStrategy[Any], int]] = {
        "front-matter": (fuzzer.front_matter, page_file(), args.batch),
        "markdown": (fuzzer.markdown, st.one_of(markdown_text(80), page_body(60)), args.batch),
        "liquid": (fuzzer.liquid, liquid_text(60), args.batch),
        "build": (fuzzer.build, st.tuples(page_file(), _CONFIG_EXTRA, _DATA_FILE), max(1, args.batch // 4)),
    }
    chosen = targets if args.target == "all" else {args.target: targets[args.target]}
    print(f"fuzzing {', '.join(chosen)} for {args.minutes:g} min; Markdown engine: {_engine()}; "
          f"workdir {workdir}", flush=True)
    started = time.monotonic()
    end = started + args.minutes * 60
    next_report = started + 60
    rounds = 0
    while time.monotonic() < end:
        for name, (target, strategy, batch) in chosen.items():
            faulthandler.dump_traceback_later(args.hang, exit=True)
            fuzzer.run(name, target, strategy, batch)
            faulthandler.cancel_dump_traceback_later()
            if time.monotonic() >= end:
                break
        rounds += 1
        if time.monotonic() >= next_report:
            next_report += 60
            done = ", ".join(f"{n} {t.examples}" for n, t in fuzzer.tallies.items())
            print(f"[{(time.monotonic() - started) / 60:.1f} min] examples: {done}", flush=True)

    minutes = (time.monotonic() - started) / 60
    total = sum(t.examples for t in fuzzer.tallies.values())
    findings = [f for t in fuzzer.tallies.values() for f in t.findings]
    print(f"\n{total} examples in {minutes:.1f} min ({rounds} rounds); Markdown engine: {_engine()}")
    print(f"{'target':<14}{'examples':>10}{'BuildError':>12}{'slowest':>10}{'findings':>10}")
    for name, tally in fuzzer.tallies.items():
        print(f"{name:<14}{tally.examples:>10}{tally.errors:>12}{tally.slowest:>9.2f}s{len(tally.findings):>10}")
    if args.workdir is None:
        shutil.rmtree(workdir, ignore_errors=True)
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())

"""Save-to-visible latency of the live preview, measured in real Chromium.

    python3 bench/serve_latency.py [--edits 20] [--only homepage-embedded,homepage-minimal,jekyll-minimal]

For each edit the script writes `_pages/about.md` with a new unique word and
takes `time.time()` the moment the write returns ("save"). A MutationObserver,
installed in every document the tab loads (Playwright's init script), records
`performance.timeOrigin + performance.now()` when the word first appears in
the page ("visible"). Both are wall-clock milliseconds on the same machine.
The tab is never reloaded by the script: the server has to do it.

Scenarios:
- homepage-embedded: `homepage serve` on a copy of the embedded site
  (`_config.yml`, `_pages`, `_data`, `images`; the bundled theme).
- homepage-minimal / jekyll-minimal: the same scratch site for both tools: the
  embedded `_pages/about.md` with `layout: default` and a minimal Liquid
  `_layouts/default.html`; `jekyll serve --livereload` runs only when
  /usr/bin/jekyll exists.
Each server runs in its own process. Results go to stdout (and --json FILE).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import secrets
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
JEKYLL = Path("/usr/bin/jekyll")
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
MARKER = "About Me"  # a heading in the embedded about.md; the edit puts a new word next to it

# Runs at the start of every document of the tab: watch for the word the
# benchmark is waiting for (kept in sessionStorage, which survives reloads).
OBSERVER = """
(() => {
  const check = () => {
    const target = sessionStorage.getItem("bench-target");
    if (!target || sessionStorage.getItem("bench-seen-" + target)) { return; }
    const root = document.body || document.documentElement;
    if (root && root.textContent.includes(target)) {
      sessionStorage.setItem("bench-seen-" + target, String(performance.timeOrigin + performance.now()));
      sessionStorage.setItem("bench-origin-" + target, String(performance.timeOrigin));
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });
  document.addEventListener("DOMContentLoaded", check);
})();
"""

MINIMAL_LAYOUT = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{ site.title }}</title></head>
<body><main>{{ content }}</main></body></html>
"""


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(fraction * len(ordered) + 0.5) - 1))
    return ordered[rank]


def embedded_site(root: Path) -> Path:
    site = root / "embedded"
    site.mkdir()
    shutil.copy2(REPO / "_config.yml", site / "_config.yml")
    for folder in ("_pages", "_data", "images"):
        shutil.copytree(REPO / folder, site / folder)
    return site


def minimal_site(root: Path, name: str) -> Path:
    site = root / name
    (site / "_layouts").mkdir(parents=True)
    (site / "_pages").mkdir()
    (site / "_config.yml").write_text("title: Bench\ninclude: [_pages]\n", encoding="utf-8")
    (site / "_layouts" / "default.html").write_text(MINIMAL_LAYOUT, encoding="utf-8")
    about = (REPO / "_pages" / "about.md").read_text(encoding="utf-8")
    about = re.sub(r"^---\n", "---\nlayout: default\n", about, count=1)
    (site / "_pages" / "about.md").write_text(about, encoding="utf-8")
    return site


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def running(command: list[str], cwd: Path, ready: str, log: Path) -> Iterator[subprocess.Popen[bytes]]:
    """Start a server process and wait until its output contains `ready`."""
    with log.open("wb") as out:
        process = subprocess.Popen(command, cwd=cwd, stdout=out, stderr=subprocess.STDOUT,
                                   start_new_session=True)
        try:
            deadline = time.time() + 60
            while ready not in log.read_text(errors="replace"):
                if process.poll() is not None or time.time() > deadline:
                    raise RuntimeError(f"server did not start: {' '.join(command)}\n{log.read_text()}")
                time.sleep(0.05)
            yield process
        finally:
            os.killpg(process.pid, signal.SIGINT)
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()


def measure(url: str, about: Path, edits: int, settle: float) -> list[float]:
    from playwright.sync_api import TimeoutError as PlaywrightTimeout
    from playwright.sync_api import sync_playwright

    original = about.read_text(encoding="utf-8")
    latencies: list[float] = []
    navigations: list[float] = []  # save → the new document's time origin (negative: no navigation)
    misses = 0
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()
            page.add_init_script(OBSERVER)
            page.goto(url, wait_until="load")
            time.sleep(1.0)  # let the reload channel connect
            for number in range(edits):
                word = f"bench{number}x{secrets.token_hex(4)}"
                page.evaluate("w => sessionStorage.setItem('bench-target', w)", word)
                text = original.replace(MARKER, f"{MARKER} {word}", 1)
                with about.open("w", encoding="utf-8") as handle:
                    handle.write(text)
                saved = time.time() * 1000
                try:
                    page.wait_for_function(
                        "w => sessionStorage.getItem('bench-seen-' + w)", arg=word, timeout=5_000, polling=20,
                    )
                except PlaywrightTimeout:
                    misses += 1  # the edit never showed up: counted, not timed
                    page.reload(wait_until="load")
                    time.sleep(settle)
                    continue
                seen = float(page.evaluate("w => sessionStorage.getItem('bench-seen-' + w)", word))
                latencies.append(seen - saved)
                origin = float(page.evaluate("w => sessionStorage.getItem('bench-origin-' + w)", word))
                navigations.append(origin - saved)
                page.wait_for_load_state("load")
                time.sleep(settle)  # the reloaded page reconnects before the next save
        finally:
            browser.close()
            about.write_text(original, encoding="utf-8")
    print(f"  save → navigation start: median {statistics.median(navigations):.1f} ms; "
          f"{misses} edit(s) never shown within 5 s", flush=True)
    return latencies


def run_homepage(site: Path, work: Path, edits: int, settle: float) -> list[float]:
    port = free_port()
    command = [sys.executable, "-m", "homepage_gen.serve", "-s", str(site), "--port", str(port), "--offline"]
    with running(command, REPO, "Serving at", work / f"{site.name}-homepage.log"):
        return measure(f"http://127.0.0.1:{port}/", site / "_pages" / "about.md", edits, settle)


def run_jekyll(site: Path, work: Path, edits: int, settle: float) -> list[float]:
    port, reload_port = free_port(), free_port()
    command = [str(JEKYLL), "serve", "--livereload", "--port", str(port),
               "--livereload-port", str(reload_port), "-d", str(work / "jekyll-out")]
    with running(command, site, "Server running", work / "jekyll.log"):
        return measure(f"http://127.0.0.1:{port}/", site / "_pages" / "about.md", edits, settle)


def _interrupted(_signum: int, _frame: object) -> None:
    raise KeyboardInterrupt


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--edits", type=int, default=20)
    parser.add_argument("--settle", type=float, default=1.0, help="seconds between edits (default 1.0)")
    parser.add_argument("--only", default="homepage-embedded,homepage-minimal,jekyll-minimal")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()
    signal.signal(signal.SIGTERM, _interrupted)  # so the `finally`s stop the servers
    if not CHROMIUM.exists():
        print("needs /usr/bin/chromium (apt-get install chromium)", file=sys.stderr)
        return 2
    wanted = args.only.split(",")
    results: dict[str, dict[str, object]] = {}
    with tempfile.TemporaryDirectory(prefix="serve-latency-") as tmp:
        work = Path(tmp)
        for name in wanted:
            if name == "homepage-embedded":
                latencies = run_homepage(embedded_site(work), work, args.edits, args.settle)
            elif name == "homepage-minimal":
                site = minimal_site(work, "minimal-homepage")
                latencies = run_homepage(site, work, args.edits, args.settle)
            elif name == "jekyll-minimal":
                if not JEKYLL.exists():
                    print("jekyll-minimal: skipped (no /usr/bin/jekyll)")
                    continue
                latencies = run_jekyll(minimal_site(work, "minimal-jekyll"), work, args.edits, args.settle)
            else:
                parser.error(f"unknown scenario {name}")
            results[name] = {
                "edits": len(latencies),
                "median_ms": round(statistics.median(latencies), 1),
                "p95_ms": round(percentile(latencies, 0.95), 1),
                "min_ms": round(min(latencies), 1),
                "max_ms": round(max(latencies), 1),
                "all_ms": [round(v, 1) for v in latencies],
            }
            row = results[name]
            print(f"{name:<18} median {row['median_ms']:7.1f} ms   p95 {row['p95_ms']:7.1f} ms   "
                  f"min {row['min_ms']:6.1f}   max {row['max_ms']:6.1f}   ({row['edits']} edits)", flush=True)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

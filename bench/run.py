"""Build-speed benchmark: homepage vs Jekyll vs Hugo, side by side in one run.

    python3 bench/run.py                 # full run, writes bench/results.md (several minutes)
    python3 bench/run.py --quick         # smoke run: 1 repetition, 1,000 pages only, prints only
    python3 bench/run.py --reps 7 --reps-large 2 --sizes 1000,10000 --out /tmp/results.md

What is measured (whole-process runs via subprocess; wall time with
`time.perf_counter`, peak RSS of the child from `os.wait4`'s `ru_maxrss`):

(a) the embedded site (the repository root: `_config.yml`, `_pages`, `_data`,
    `images`), first build: homepage with no `.homepage-cache/` and no
    destination vs Jekyll with no `.jekyll-cache` and no destination;
(b) the same site rebuilt with nothing changed: homepage again vs Jekyll with
    its cache;
(c) the synthetic sites of `../shared/tools/synth_site.py` (1,000 and 10,000
    pages): first build and no-change rebuild, homepage vs Jekyll vs Hugo;
(d) the peak RSS of every run above;
(f) after each no-change rebuild, a rebuild after appending a word to one
    page (output and caches in place): what a save-and-rebuild costs;
(e) serve mode: the in-process incremental rebuild after a one-page edit
    (`homepage_gen.serve.incremental.LiveSite.update`), median over `--edits`
    edits, next to Jekyll's own "...done in N seconds" for the same edit
    under `jekyll build --watch` (what `jekyll serve` runs on save).

Jekyll cannot run our Jinja2 theme, so for (a)/(b) it builds a scratch copy
of the same content with `bench/jekyll_embedded/` (Liquid twins of the
theme's layout and includes, same HTML), our `_sass/` and
`assets/css/main.scss` (same Sass, libsass on both sides) and
`assets/js/main.js`. Every repetition runs each tool once, one after the
other, so load on the machine hits all tools alike. Scratch sites live in a
temporary folder that is removed at the end (`--keep` keeps it).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import queue
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
SYNTH = REPO.parent / "shared" / "tools" / "synth_site.py"
JEKYLL_TWIN = BENCH / "jekyll_embedded"
EMBEDDED_PARTS = ("_config.yml", "_pages", "_data", "images")
EDIT_MARKER = "# 👨‍🎓 About Me"  # a heading of the embedded about.md; the serve edit changes its text


# -- running one process --------------------------------------------------------------------------


@dataclass
class Sample:
    seconds: float
    max_rss_kb: int
    cpu_seconds: float = 0.0  # user + system time of the child (all its threads)


class RunFailed(RuntimeError):
    pass


CHILD_ENV: dict[str, str] | None = None  # set by main(): the environment of every measured child
LOADS: list[str] = []  # the 1-minute load average as each group of runs starts
EDITED_DURING: list[str] = []  # groups during which homepage_gen/ changed (a shared working tree)


def child_env(scratch: Path, keep_env: bool) -> dict[str, str]:
    """Let Python cache bytecode (in the scratch folder) even where PYTHONDONTWRITEBYTECODE is set.

    A pip install compiles `.pyc` files at install time; an editable install writes them on first
    use. Some CI and sandbox environments forbid writing them, and then every `homepage` run
    recompiles the whole package from source (about 50 ms here). `--no-pyc-cache` keeps that.
    """
    env = dict(os.environ)
    if not keep_env:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(scratch / "pycache")
    return env


def run_measured(argv: Sequence[str], *, cwd: Path, env: dict[str, str] | None = None) -> Sample:
    """Run `argv` to completion; its wall time and peak RSS (the child's own `ru_maxrss`)."""
    with tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        proc = subprocess.Popen(list(argv), cwd=cwd, env=env if env is not None else CHILD_ENV,
                                stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            err.seek(0)
            tail = err.read().decode("utf-8", "replace")[-2000:]
            raise RunFailed(f"{' '.join(argv[:3])} … exited {proc.returncode}:\n{tail}")
    return Sample(seconds, usage.ru_maxrss, usage.ru_utime + usage.ru_stime)  # ru_maxrss: KB on Linux


# -- tools ----------------------------------------------------------------------------------------


def homepage_argv() -> list[str]:
    """The installed console script next to this Python (not a pyenv/asdf shim: that adds a bash start)."""
    script = Path(sys.executable).parent / "homepage"
    if script.is_file():
        return [str(script)]
    return [sys.executable, "-c", "from homepage_gen.cli import console_main; console_main()"]


@dataclass
class Tools:
    homepage: list[str]
    jekyll: str | None
    hugo: str | None


def find_tools(args: argparse.Namespace) -> Tools:
    jekyll = None if args.no_jekyll else shutil.which("jekyll")
    hugo = None if args.no_hugo else shutil.which("hugo")
    return Tools(homepage=homepage_argv(), jekyll=jekyll, hugo=hugo)


def _rm(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    elif path.exists() or path.is_symlink():
        path.unlink()


@dataclass
class Case:
    """One tool on one site: how to make it cold (no cache, no output) and how to build."""

    tool: str
    source: Path
    dest: Path
    argv: list[str]
    caches: list[Path]  # removed for a first (uncached) build
    edit_page: Path | None = None  # the page a one-page-edit rebuild changes

    def edit(self, rep: int) -> None:
        """Change one page's body (a word appended to its last line), as a save in an editor would."""
        if self.edit_page is not None:
            text = self.edit_page.read_text("utf-8")
            self.edit_page.write_text(text.rstrip("\n") + f" edit{rep}\n", "utf-8")

    def make_cold(self) -> None:
        for path in [self.dest, *self.caches]:
            _rm(path)


def homepage_case(tools: Tools, source: Path, dest: Path, edit: str | None = None) -> Case:
    argv = [*tools.homepage, "build", "-s", str(source), "-d", str(dest), "--offline", "-q"]
    return Case("homepage", source, dest, argv, [source / ".homepage-cache"], source / edit if edit else None)


def jekyll_case(tools: Tools, source: Path, dest: Path, edit: str | None = None) -> Case:
    assert tools.jekyll
    for name in ("Gemfile", "Gemfile.lock"):
        _rm(source / name)
    argv = [tools.jekyll, "build", "-s", str(source), "-d", str(dest), "-q"]
    return Case("jekyll", source, dest, argv, [source / ".jekyll-cache", source / ".sass-cache"],
                source / edit if edit else None)


def hugo_case(tools: Tools, source: Path, dest: Path, edit: str | None = None) -> Case:
    assert tools.hugo
    argv = [tools.hugo, "--quiet", "-s", str(source), "-d", str(dest)]
    return Case("hugo", source, dest, argv, [source / "resources", source / ".hugo_build.lock"],
                source / edit if edit else None)


# -- scratch sites --------------------------------------------------------------------------------


def _copy_into(parts: Sequence[Path], target: Path) -> None:
    for part in parts:
        destination = target / part.name
        if part.is_dir():
            shutil.copytree(part, destination)
        else:
            shutil.copy2(part, destination)
    for path in [target, *target.rglob("*")]:  # the repo keeps some pages read-only
        path.chmod(path.stat().st_mode | 0o200)


def embedded_for_homepage(target: Path) -> Path:
    """The embedded site as a user has it: content only; layouts, Sass and assets come from the theme."""
    target.mkdir(parents=True)
    _copy_into([REPO / p for p in EMBEDDED_PARTS], target)
    return target


def embedded_for_jekyll(target: Path) -> Path:
    """Same content, our Sass and JS, and the Liquid twins of the Jinja2 layout and includes."""
    target.mkdir(parents=True)
    _copy_into([REPO / p for p in EMBEDDED_PARTS] + [REPO / "_sass"], target)
    (target / "assets" / "css").mkdir(parents=True)
    (target / "assets" / "js").mkdir(parents=True)
    shutil.copy2(REPO / "assets" / "css" / "main.scss", target / "assets" / "css" / "main.scss")
    shutil.copy2(REPO / "assets" / "js" / "main.js", target / "assets" / "js" / "main.js")
    _copy_into([JEKYLL_TWIN / "_layouts", JEKYLL_TWIN / "_includes"], target)
    return target


def synth_sites(pages: int, root: Path, synth: Path) -> tuple[Path, Path]:
    """Write the synthetic site once (Jekyll layout + Hugo layout); returns (jekyll_src, hugo_src)."""
    jekyll_src, hugo_src = root / f"synth{pages}", root / f"synth{pages}-hugo"
    subprocess.run([sys.executable, str(synth), str(pages), str(jekyll_src), "--hugo", str(hugo_src)],
                   check=True)
    return jekyll_src, hugo_src


def twin_check(ours: Path, theirs: Path) -> str:
    """Same files, and the same HTML from the Liquid twins (each line stripped, blank lines dropped)?"""

    def lines(path: Path) -> list[str]:
        text = path.read_text("utf-8") if path.is_file() else ""
        return [line.strip() for line in text.splitlines() if line.strip()]

    def files(root: Path) -> set[str]:
        return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}

    mine, jekylls = files(ours), files(theirs)
    extra = [f"only Jekyll: {', '.join(sorted(jekylls - mine))}" if jekylls - mine else "",
             f"only ours: {', '.join(sorted(mine - jekylls))}" if mine - jekylls else ""]
    written = f"both write {len(mine & jekylls)} files" + "".join(f"; {e}" for e in extra if e)
    a, b = lines(ours / "index.html"), lines(theirs / "index.html")
    if not a or not b:
        return f"{written}; `index.html` not compared (missing)"
    differing = sum(1 for x, y in zip(a, b, strict=False) if x != y) + abs(len(a) - len(b))
    if differing == 0:
        return f"{written}; `index.html` identical to ours, whitespace aside ({len(a)} lines)"
    return (f"{written}; `index.html` differs from ours in {differing} of {len(a)} lines: update "
            "`bench/jekyll_embedded/` to match the theme")


# -- measuring groups -----------------------------------------------------------------------------


@dataclass
class Cell:
    group: str  # e.g. "embedded", "1,000 pages"
    mode: str  # "first", "rebuild" (nothing changed) or "edit" (one page changed)
    tool: str
    samples: list[Sample] = field(default_factory=list)

    @property
    def times(self) -> list[float]:
        return [s.seconds for s in self.samples]

    @property
    def median(self) -> float:
        return statistics.median(self.times)

    @property
    def cpu_median(self) -> float:
        return statistics.median(s.cpu_seconds for s in self.samples)

    @property
    def peak_mb(self) -> float:
        return max(s.max_rss_kb for s in self.samples) / 1024


def measure_group(
    group: str, cases: list[Case], reps: int, log: Callable[[str], None], *, warm_up: bool = True
) -> list[Cell]:
    """First builds, then no-change rebuilds; in every round each tool runs once, in turn."""
    first = {c.tool: Cell(group, "first", c.tool) for c in cases}
    again = {c.tool: Cell(group, "rebuild", c.tool) for c in cases}
    edited = {c.tool: Cell(group, "edit", c.tool) for c in cases if c.edit_page is not None}
    LOADS.append(f"{group} {os.getloadavg()[0]:.1f}")
    code_before = code_digest()
    for case in cases if warm_up else []:  # warm the OS file cache and start-up files; not timed
        case.make_cold()
        run_measured(case.argv, cwd=case.source.parent)
    for rep in range(reps):
        order = cases if rep % 2 == 0 else cases[::-1]  # alternate who goes first
        for case in order:
            case.make_cold()
            first[case.tool].samples.append(run_measured(case.argv, cwd=case.source.parent))
        for case in order:  # the previous build's output and cache are in place; nothing changed
            again[case.tool].samples.append(run_measured(case.argv, cwd=case.source.parent))
        for case in order:  # output and cache in place; one page's text changed
            if case.tool in edited:
                case.edit(rep)
                edited[case.tool].samples.append(run_measured(case.argv, cwd=case.source.parent))
        log(f"  {group}: round {rep + 1}/{reps}: " + ", ".join(
            f"{c.tool} {first[c.tool].samples[-1].seconds:.2f}s/{again[c.tool].samples[-1].seconds:.2f}s"
            for c in cases))
    if code_digest() != code_before:
        EDITED_DURING.append(group)
    return [*first.values(), *again.values(), *edited.values()]


# -- (e) serve-mode rebuild -----------------------------------------------------------------------


def _edit(page: Path, original: str, word: str) -> None:
    if EDIT_MARKER in original:
        page.write_text(original.replace(EDIT_MARKER, f"{EDIT_MARKER} {word}", 1), "utf-8")
    else:
        page.write_text(original + f"\n\n{word}\n", "utf-8")


def serve_probe(source: Path, page: Path, work: Path, edits: int) -> dict[str, object]:
    """Runs in a child Python: build a LiveSite, then time `update()` after each one-page edit."""
    import inspect

    from homepage_gen.build import BuildOptions
    from homepage_gen.serve.incremental import LiveSite

    output = work / "_site"
    options = BuildOptions(source=source, offline=True)
    if "work_dir" in inspect.signature(LiveSite).parameters:  # the serve session's private folder
        site = LiveSite(options, output, work)
    else:
        site = LiveSite(options, output)
    started = time.perf_counter()
    site.build()
    initial = time.perf_counter() - started
    if hasattr(site, "prime"):  # what `homepage serve` does after its first build
        site.prime()
    original = page.read_text("utf-8")
    times: list[float] = []
    scopes: set[str] = set()
    try:
        for n in range(edits):
            _edit(page, original, f"benchedit{n}")
            started = time.perf_counter()
            update = site.update([page])
            times.append(time.perf_counter() - started)
            if update is None:
                raise RuntimeError("the edit was not seen as a change")
            scopes.add(str(update.scope))
    finally:
        page.write_text(original, "utf-8")
    return {"initial": initial, "times": times, "scopes": sorted(scopes)}


def measure_serve_homepage(source: Path, page: Path, work: Path, edits: int) -> dict[str, object]:
    code = (
        "import json, sys; from pathlib import Path; sys.path.insert(0, sys.argv[1]); import run; "
        "print(json.dumps(run.serve_probe(Path(sys.argv[2]), Path(sys.argv[3]), Path(sys.argv[4]),"
        " int(sys.argv[5]))))"
    )
    work.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        [sys.executable, "-c", code, str(BENCH), str(source.resolve()), str(page.resolve()),
         str(work.resolve()), str(edits)],
        capture_output=True, text=True, env=CHILD_ENV,
    )
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        return {"times": [], "error": f"the serve probe failed: {last}"}
    return json.loads(done.stdout.strip().splitlines()[-1])


_DONE = re.compile(r"done in ([0-9.]+) seconds")


def measure_serve_jekyll(jekyll: str, source: Path, page: Path, dest: Path, edits: int) -> dict[str, object]:
    """`jekyll build --watch`: Jekyll's own regeneration time ("...done in N seconds") per edit."""
    proc = subprocess.Popen([jekyll, "build", "--watch", "-s", str(source), "-d", str(dest)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=source.parent)
    lines: queue.Queue[str] = queue.Queue()

    def pump() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.put(line)

    threading.Thread(target=pump, daemon=True).start()

    def next_done(timeout: float) -> float:
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError("jekyll --watch did not report a rebuild")
            match = _DONE.search(lines.get(timeout=remaining))
            if match:
                return float(match.group(1))

    original = page.read_text("utf-8")
    times: list[float] = []
    initial = 0.0
    try:
        initial = next_done(300)
        time.sleep(1.0)  # let the watcher (listen) settle before the first edit
        for n in range(edits):
            _edit(page, original, f"benchedit{n}")
            times.append(next_done(60))
            time.sleep(0.3)  # one change set per edit
    except (TimeoutError, queue.Empty) as err:
        return {"times": times, "error": f"jekyll --watch: {err or 'no rebuild reported'}"}
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        page.write_text(original, "utf-8")
    return {"initial": initial, "times": times}


# -- machine and versions -------------------------------------------------------------------------


def _output(argv: Sequence[str]) -> str:
    try:
        done = subprocess.run(list(argv), capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return "n/a"
    return (done.stdout or done.stderr).strip()


def machine_info() -> dict[str, str]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = _output(["free", "-h"]).splitlines()
    return {
        "CPU": cpu,
        "nproc": _output(["nproc"]),
        "memory (free -h)": " ".join(memory[1].split()[:2]).replace("Mem: ", "total ") if len(memory) > 1
        else "n/a",
        "OS": f"{platform.system()} {platform.release()} ({platform.machine()})",
    }


def _dist(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "not installed"


def code_digest() -> str:
    """Digest of the product code, to notice edits made while the benchmark runs (a shared tree)."""
    digest = hashlib.blake2b(digest_size=8)
    for path in sorted((REPO / "homepage_gen").rglob("*.py")):
        digest.update(path.relative_to(REPO).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def versions(tools: Tools) -> dict[str, str]:
    commit = _output(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"])
    dirty = _output(["git", "-C", str(REPO), "status", "--porcelain", "--untracked-files=no"])
    found = {
        "homepage": f"{_dist('homepage-gen')} (commit {commit}{', with local changes' if dirty else ''})",
        "Python": platform.python_version(),
        "python-liquid / Jinja2 / markdown-it-py / libsass": " / ".join(
            _dist(n) for n in ("python-liquid", "Jinja2", "markdown-it-py", "libsass")),
    }
    if tools.jekyll:
        found["Jekyll"] = _output([tools.jekyll, "--version"]).removeprefix("jekyll ")
        found["Ruby"] = _output(["ruby", "-e", "print RUBY_VERSION"])
    else:
        found["Jekyll"] = "not installed (skipped)"
    if tools.hugo:
        found["Hugo"] = _output([tools.hugo, "version"]).split(" BuildDate")[0].removeprefix("hugo ")
    else:
        found["Hugo"] = "not installed (skipped)"
    return found


# -- report ---------------------------------------------------------------------------------------


@dataclass
class Target:
    label: str
    ratio: float | None
    limit: float
    detail: str

    @property
    def verdict(self) -> str:
        if self.ratio is None:
            return "n/a"
        return "PASS" if self.ratio <= self.limit else "FAIL"


def _find(cells: list[Cell], group: str, mode: str, tool: str) -> Cell | None:
    return next((c for c in cells if (c.group, c.mode, c.tool) == (group, mode, tool)), None)


def _ratio(a: Cell | None, b: Cell | None) -> float | None:
    return a.median / b.median if a and b else None


def size_label(pages: int) -> str:
    return f"{pages:,} pages"


def targets(cells: list[Cell], sizes: list[int]) -> list[Target]:
    emb, small = "embedded", size_label(sizes[0]) if sizes else ""
    found = [
        Target("embedded no-change rebuild vs Jekyll cached", _ratio(
            _find(cells, emb, "rebuild", "homepage"), _find(cells, emb, "rebuild", "jekyll")), 0.15,
            "homepage rebuild / Jekyll rebuild with .jekyll-cache"),
        Target("embedded first build vs Jekyll uncached", _ratio(
            _find(cells, emb, "first", "homepage"), _find(cells, emb, "first", "jekyll")), 0.5,
            "no .homepage-cache / no .jekyll-cache, no destination"),
    ]
    if 1000 in sizes:
        small = size_label(1000)
    if sizes:
        found += [
            Target(f"{small} first build vs Hugo", _ratio(
                _find(cells, small, "first", "homepage"), _find(cells, small, "first", "hugo")), 1.0,
                "fresh destination, no resources/"),
            Target(f"{small} no-change rebuild vs Hugo", _ratio(
                _find(cells, small, "rebuild", "homepage"), _find(cells, small, "rebuild", "hugo")), 0.5,
                "second build, nothing changed"),
        ]
    large = [s for s in sizes if s > 1000]
    if large and 1000 in sizes:
        big = size_label(large[-1])
        scale = large[-1] / 1000
        found.append(Target(f"{big} / {small} first-build time (homepage)", _ratio(
            _find(cells, big, "first", "homepage"), _find(cells, small, "first", "homepage")),
            1.1 * scale, f"linear would be {scale:.0f}x"))
        peak = max((c.peak_mb for c in cells if c.tool == "homepage" and c.group == big), default=None)
        found.append(Target(f"{big} peak memory (homepage), MB", peak, 600.0, "max ru_maxrss of the runs"))
    return found


def _fmt_ratio(value: float | None, limit: float) -> str:
    if value is None:
        return "n/a"
    return f"{value:.0f}" if limit >= 100 else f"{value:.3f}x"  # 3 decimals: margins near a limit show


def render_report(
    cells: list[Cell],
    found: list[Target],
    serve: dict[str, dict[str, object]],
    info: dict[str, dict[str, str]],
    settings: dict[str, str],
) -> str:
    out: list[str] = []
    out.append("| site | build | tool | median (s) | min–max (s) | runs | CPU (s) | peak RSS (MB) "
               "| vs homepage |")
    out.append("|---|---|---|---:|---:|---:|---:|---:|---:|")
    for cell in cells:
        ours = _find(cells, cell.group, cell.mode, "homepage")
        versus = f"{cell.median / ours.median:.2f}x" if ours and cell.tool != "homepage" else ""
        mode = {"first": "first (no cache)", "rebuild": "no-change rebuild"}.get(cell.mode, "one page edited")
        out.append(
            f"| {cell.group} | {mode} | {cell.tool} | {cell.median:.4f} | "
            f"{min(cell.times):.3f}–{max(cell.times):.3f} | {len(cell.samples)} | {cell.cpu_median:.2f} | "
            f"{cell.peak_mb:.0f} | {versus} |"
        )
    table = "\n".join(out)

    lines = ["| target | measured | limit | result | how |", "|---|---:|---:|---|---|"]
    for t in found:
        limit = f"< {t.limit:.0f}" if t.limit >= 100 else f"≤ {t.limit:.2f}x"
        measured = _fmt_ratio(t.ratio, t.limit)
        lines.append(f"| {t.label} | {measured} | {limit} | **{t.verdict}** | {t.detail} |")
    ratios = "\n".join(lines)

    serve_lines = [
        "| site | tool | what is timed | median (ms) | min–max (ms) | edits |",
        "|---|---|---|---:|---:|---:|",
    ]
    for result in serve.values():
        times = [float(t) * 1000 for t in result.get("times", [])]  # type: ignore[attr-defined]
        what = str(result["what"])
        if result.get("scopes"):
            what += f" (scope: {', '.join(result['scopes'])})"  # type: ignore[arg-type]
        if not times:
            serve_lines.append(f"| {result['site']} | {result['tool']} | {what} | "
                               f"{result.get('error', 'no result')} | | 0 |")
            continue
        serve_lines.append(
            f"| {result['site']} | {result['tool']} | {what} | {statistics.median(times):.1f} | "
            f"{min(times):.1f}–{max(times):.1f} | {len(times)} |"
        )
    serve_table = "\n".join(serve_lines)

    def kv(d: dict[str, str]) -> str:
        return "\n".join(f"- {k}: {v}" for k, v in d.items())

    return f"""# Build-speed benchmark

Generated by `python3 bench/run.py{settings['flags']}` on {settings['date']}
({settings['wall']} for the whole run). Rerun with the same command; `--quick` is a smoke run.
{settings['code']}
## Results

Wall time of whole-process runs (`time.perf_counter` around `subprocess`, start-up included),
median and min–max over the repetitions; CPU is the child's user + system time (median; Hugo
uses both cores, so its CPU exceeds its wall time); peak RSS is the child's `ru_maxrss` from
`os.wait4`, the maximum over the repetitions. "vs homepage" is that tool's median wall time over
ours (above 1: we are faster). Where our time goes and what to change: `bench/profile.md`.

{table}

## Targets (ratios of medians measured in this run)

{ratios}

## Serve mode: rebuild after a one-page edit

homepage: `LiveSite.update([about.md])` of `homepage_gen/serve/incremental.py`, timed in-process
around the call (the site built once, then {settings['edits']} edits, each changing one heading's
text in the page body). Jekyll: the same edit under `jekyll build --watch` (what `jekyll serve`
runs on save), its own "...done in N seconds" line (regeneration only, without the file watcher's
delay). Save-to-browser latency is `bench/serve_latency.py`'s job.

{serve_table}

## Method

- Each round runs every tool once on each site, alternating which tool goes first, so background
  load hits all tools alike; one untimed warm-up run per tool comes first (OS file cache, `.pyc`).
- First build: the destination and the tool's cache are deleted before the run (homepage:
  `.homepage-cache/`; Jekyll: `.jekyll-cache/`, `.sass-cache/`; Hugo: `resources/`). No-change
  rebuild: the same command right after the previous build, output and cache in place. One page
  edited: then a word is appended to one page (`about.md`; the middle page of a synthetic site)
  and the same command runs again, output and caches in place.
- homepage: `homepage build -s SRC -d DEST --offline -q` (the console script next to the Python
  that runs the benchmark, not a version-manager shim). Python bytecode: {settings['pyc']}, as
  a pip-installed package has it. Jekyll: `jekyll build -s SRC -d DEST -q`
  (no Gemfile in the scratch copies). Hugo: `hugo --quiet -s SRC -d DEST`.
- Embedded site: homepage builds a copy of the repository's `_config.yml`, `_pages/`, `_data/`
  and `images/`; its layouts, includes, Sass and `assets/` come from the bundled theme. Jekyll
  cannot run Jinja2, so it builds a copy of the same content plus `bench/jekyll_embedded/`
  (Liquid twins of `_layouts/default.jinja` and `_includes/*.jinja`: head, masthead, sidebar with
  the profile links and icons, scripts), our
  `_sass/` and `assets/css/main.scss` (libsass on both sides) and `assets/js/main.js`. Both read
  the same `plugins:` list (redirect-from, sitemap, feed; Jekyll also loads paginate and gist).
  Checked in this run: {settings['twin']}.
- Synthetic sites: `../shared/tools/synth_site.py N SRC --hugo HUGO_SRC` (identical Markdown; one
  layout, two includes, a nav from `_data`). homepage and Jekyll build the Jekyll form, Hugo the
  Hugo form; every tool has its own scratch copy.
- Scratch folder (sources, outputs, caches of every tool): {settings['scratch']}
- Machine load is not controlled: other jobs may run, and with 2 cores one busy neighbour takes
  half the machine (hurting Hugo, which builds on both cores, most). 1-minute load average as
  each group started: {settings['load']}. Compare ratios from one run, not times across runs.

## Machine

{kv(info['machine'])}

## Versions

{kv(info['versions'])}
"""


# -- where to work --------------------------------------------------------------------------------


def mount_type(path: Path) -> str:
    """The file-system type of the mount holding `path` (from /proc/mounts; "unknown" elsewhere)."""
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return "unknown"
    best, kind = "", "unknown"
    resolved = str(path.resolve())
    for line in mounts:
        fields = line.split()
        if len(fields) < 3 or len(fields[1]) < len(best):
            continue
        if resolved == fields[1] or resolved.startswith(fields[1].rstrip("/") + "/"):
            best, kind = fields[1], fields[2]
    return kind


def default_scratch_parent() -> Path | None:
    """/dev/shm when it is a writable tmpfs, else None (the system's temporary folder).

    Every repetition deletes and recreates thousands of output files. On ext4 without a journal
    (this machine's root file system) the kernel avoids reusing an inode freed within the last
    1–6 minutes by scanning past each such inode on every create, so creates slow down as a run
    goes on (system time of one 1,000-page build grew from 0.05 s to 0.8 s in a row of builds),
    whichever tool runs. A tmpfs has no such history, and neither do journalled disks.
    """
    shm = Path("/dev/shm")
    if shm.is_dir() and os.access(shm, os.W_OK) and mount_type(shm) == "tmpfs":
        return shm
    return None


def filesystem_note(parent: Path | None, *, explicit: bool) -> str:
    where = parent if parent is not None else Path(tempfile.gettempdir())
    how = "chosen with --scratch-dir" if explicit else "the default: /dev/shm when it is a writable tmpfs"
    return f"`{where}` ({mount_type(where)}; {how}; see `default_scratch_parent` in bench/run.py for why)"


# -- main -----------------------------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="smoke run: 1 repetition, 1,000 pages, 5 edits")
    parser.add_argument("--reps", type=int, default=5, help="repetitions for the embedded and small sites")
    parser.add_argument("--reps-large", type=int, default=3, help="repetitions for sites above 1,000 pages")
    parser.add_argument("--sizes", default="1000,10000", help="synthetic site sizes, comma separated")
    parser.add_argument("--edits", type=int, default=20, help="one-page edits for the serve-mode rebuild")
    parser.add_argument("--out", type=Path, help="write the report here (default: bench/results.md, "
                        "not written by --quick)")
    parser.add_argument("--no-jekyll", action="store_true", help="skip Jekyll even when installed")
    parser.add_argument("--no-hugo", action="store_true", help="skip Hugo even when installed")
    parser.add_argument("--no-serve", action="store_true", help="skip (e), the serve-mode rebuild")
    parser.add_argument("--synth", type=Path, default=SYNTH, help="the synthetic site generator")
    parser.add_argument("--keep", action="store_true", help="keep the scratch folder and print it")
    parser.add_argument("--scratch-dir", type=Path,
                        help="where the scratch sites and outputs go (default: /dev/shm when it is a "
                        "writable tmpfs, else the system's temporary folder; see filesystem_note)")
    parser.add_argument("--no-pyc-cache", action="store_true",
                        help="run children with this environment as is (e.g. PYTHONDONTWRITEBYTECODE)")
    args = parser.parse_args(argv)
    if args.quick:
        args.reps, args.reps_large, args.sizes, args.edits = 1, 1, "1000", 5
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    started = time.perf_counter()
    load_start = os.getloadavg()[0]
    code_at_start = code_digest()
    tools = find_tools(args)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    if sizes and not args.synth.is_file():
        print(f"synthetic site generator not found: {args.synth}", file=sys.stderr)
        return 2

    def log(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    log(f"homepage: {' '.join(tools.homepage)}; jekyll: {tools.jekyll or 'skipped'}; "
        f"hugo: {tools.hugo or 'skipped'}")
    scratch_parent = args.scratch_dir or default_scratch_parent()
    scratch = Path(tempfile.mkdtemp(prefix="homepage-bench-", dir=scratch_parent))
    global CHILD_ENV
    CHILD_ENV = child_env(scratch, args.no_pyc_cache)
    cells: list[Cell] = []
    serve: dict[str, dict[str, object]] = {}
    twin = "not compared"
    try:
        # (a), (b): the embedded site
        log("embedded site")
        cases = [homepage_case(tools, embedded_for_homepage(scratch / "emb-homepage" / "site"),
                               scratch / "emb-homepage" / "out", "_pages/about.md")]
        if tools.jekyll:
            cases.append(jekyll_case(tools, embedded_for_jekyll(scratch / "emb-jekyll" / "site"),
                                     scratch / "emb-jekyll" / "out", "_pages/about.md"))
        cells += measure_group("embedded", cases, args.reps, log)
        twin = twin_check(cases[0].dest, cases[1].dest) if len(cases) > 1 else "Jekyll not run"

        # (c): synthetic sites
        for pages in sizes:
            log(f"synthetic site, {pages} pages")
            root = scratch / f"synth{pages}"
            root.mkdir()
            jekyll_src, hugo_src = synth_sites(pages, root, args.synth)
            cases = []
            home = root / "homepage"
            home.mkdir()
            shutil.copytree(jekyll_src, home / "site")
            middle = f"p{pages // 2}.md"
            cases.append(homepage_case(tools, home / "site", home / "out", f"_pages/{middle}"))
            if tools.jekyll:
                jek = root / "jekyll"
                jek.mkdir()
                shutil.copytree(jekyll_src, jek / "site")
                cases.append(jekyll_case(tools, jek / "site", jek / "out", f"_pages/{middle}"))
            if tools.hugo:
                hug = root / "hugo"
                hug.mkdir()
                shutil.copytree(hugo_src, hug / "site")
                cases.append(hugo_case(tools, hug / "site", hug / "out", f"content/{middle}"))
            reps = args.reps if pages <= 1000 else args.reps_large
            # Above 1,000 pages the tools are already warm from the smaller sites: no untimed run.
            cells += measure_group(size_label(pages), cases, reps, log, warm_up=pages <= 1000)
            for case in cases:  # free the disk before the next size
                case.make_cold()

        # (e): serve-mode rebuild after a one-page edit
        if not args.no_serve and args.edits > 0:
            log("serve-mode rebuild")
            site = scratch / "emb-homepage" / "site"
            result = measure_serve_homepage(site, site / "_pages" / "about.md",
                                            scratch / "serve-homepage", args.edits)
            result.update(site="embedded", tool="homepage", what="LiveSite.update() call")
            serve["homepage-embedded"] = result
            if 1000 in sizes:
                site = scratch / "synth1000" / "homepage" / "site"
                result = measure_serve_homepage(site, site / "_pages" / "p500.md",
                                                scratch / "serve-homepage-1k", args.edits)
                result.update(site=size_label(1000), tool="homepage", what="LiveSite.update() call")
                serve["homepage-1000"] = result
            if tools.jekyll:
                site = scratch / "emb-jekyll" / "site"
                result = measure_serve_jekyll(tools.jekyll, site, site / "_pages" / "about.md",
                                              scratch / "serve-jekyll-out", args.edits)
                result.update(site="embedded", tool="jekyll", what="`--watch` regeneration (own report)")
                serve["jekyll-embedded"] = result
                if 1000 in sizes:
                    site = scratch / "synth1000" / "jekyll" / "site"
                    result = measure_serve_jekyll(tools.jekyll, site, site / "_pages" / "p500.md",
                                                  scratch / "serve-jekyll-1k", args.edits)
                    result.update(site=size_label(1000), tool="jekyll",
                                  what="`--watch` regeneration (own report)")
                    serve["jekyll-1000"] = result
    finally:
        if args.keep:
            log(f"scratch kept: {scratch}")
        else:
            shutil.rmtree(scratch, ignore_errors=True)

    found = targets(cells, sizes)
    if code_digest() != code_at_start and not EDITED_DURING:
        EDITED_DURING.append("serve mode")
    if EDITED_DURING:
        log(f"warning: homepage_gen/ changed during: {', '.join(EDITED_DURING)}")
    given = list(argv if argv is not None else sys.argv[1:])
    flags = [f for i, f in enumerate(given)
             if f != "--keep" and not f.startswith(("--out", "--synth"))
             and not (i > 0 and given[i - 1] in ("--out", "--synth"))]
    settings = {
        "flags": "".join(f" {f}" for f in flags),
        "pyc": "as the environment has it (--no-pyc-cache)" if args.no_pyc_cache else
        "cached in the scratch folder (`PYTHONPYCACHEPREFIX`; `PYTHONDONTWRITEBYTECODE` unset)",
        "date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "wall": f"{time.perf_counter() - started:.0f} s",
        "load": f"start {load_start:.1f}; " + "; ".join(LOADS) + f"; end {os.getloadavg()[0]:.1f}",
        "edits": str(args.edits),
        "twin": twin,
        "scratch": filesystem_note(scratch_parent, explicit=args.scratch_dir is not None),
        "code": "\n**Note: `homepage_gen/` was edited while these groups ran: "
        f"{', '.join(EDITED_DURING)}. Their rows mix two code versions, and a no-change rebuild "
        "right after an edit is a full build (the package's own code is part of the short-circuit's "
        "digest). The other groups ran on one version.**\n" if EDITED_DURING else "",
    }
    info = {"machine": machine_info(), "versions": versions(tools)}
    report = render_report(cells, found, serve, info, settings)
    print(report)
    out = args.out if args.out else (None if args.quick else BENCH / "results.md")
    if out is not None:
        out.write_text(report, "utf-8")
        log(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

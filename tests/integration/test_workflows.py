"""The GitHub Actions workflows, run here step by step as a runner would, and checked by the linters.

`deploy.yml` and `scholar.yml` (this repository's and a new site's) are executed
in order: `run:` steps with bash `-eo pipefail` and the environment GitHub sets
(GITHUB_REPOSITORY, GITHUB_OUTPUT, GITHUB_ENV, RUNNER_TEMP, …); the four actions
they use are replaced by what they do here (checkout: the workspace is already
there; setup-python: a fresh venv of this module first on PATH; upload-pages-artifact:
the same tar; deploy-pages: nothing). The install step's `HOMEPAGE_GEN` (a version
pin in a new site) is replaced by a wheel built from this checkout. Everything
network-facing points at a server on 127.0.0.1 or a bare repository on disk.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml

from homepage_gen.scaffold import render_workflow

REPO = Path(__file__).resolve().parents[2]
WORKFLOWS = ("deploy.yml", "scholar.yml")
STEP_TIMEOUT = 300


# --- the toolchain: a wheel of this checkout and one fresh venv for the module ---------------------


@dataclass(frozen=True)
class Toolchain:
    wheel: Path
    venv: Path

    @property
    def bin(self) -> Path:
        return self.venv / "bin"

    def homepage(
        self, *args: str, cwd: Path | None = None, check: bool = True
    ) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(
            [str(self.bin / "homepage"), *args],
            cwd=cwd,
            capture_output=True,
            text=True,
            timeout=STEP_TIMEOUT,
            env=clean_env({"PATH": f"{self.bin}{os.pathsep}{os.environ['PATH']}"}),
        )
        if check:
            assert done.returncode == 0, f"homepage {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}"
        return done


def clean_env(extra: Mapping[str, str]) -> dict[str, str]:
    """The parent environment without anything that would leak this checkout into the venv."""
    keep = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("PYTHON", "VIRTUAL_ENV", "GITHUB_", "RUNNER_"))
    }
    keep.update({"PIP_DISABLE_PIP_VERSION_CHECK": "1", "PYTHONNOUSERSITE": "1"})
    keep.update(extra)
    return keep


@pytest.fixture(scope="module")
def toolchain(tmp_path_factory: pytest.TempPathFactory) -> Toolchain:
    root = tmp_path_factory.mktemp("toolchain")
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(root / "dist"), str(REPO)],
        capture_output=True,
        text=True,
        timeout=STEP_TIMEOUT,
    )
    if built.returncode != 0:
        pytest.skip(
            f"cannot build a wheel of this checkout (needs hatchling from the package index): {built.stderr}"
        )
    wheel = next((root / "dist").glob("homepage_gen-*.whl"))
    subprocess.run([sys.executable, "-m", "venv", str(root / "venv")], check=True, timeout=STEP_TIMEOUT)
    installed = subprocess.run(  # the README's `pip install homepage-gen`, from this checkout
        [str(root / "venv" / "bin" / "python"), "-m", "pip", "install", "-q", str(wheel)],
        capture_output=True,
        text=True,
        timeout=STEP_TIMEOUT,
        env=clean_env({}),
    )
    if installed.returncode != 0:
        pytest.skip(
            f"cannot install the dependencies into a fresh venv (no package index?): {installed.stderr}"
        )
    return Toolchain(wheel, root / "venv")


# --- a server on 127.0.0.1: a fake OpenAlex API and the published Scholar stats ----------------------

OPENALEX_AUTHOR = "A5000000001"
CITATIONS = 137


@dataclass
class FakeServer:
    url: str
    stats_source: Path | None = None  # a bare repository whose google-scholar-stats branch is served
    fail: bool = False  # answer every API call with HTTP 503
    hits: list[str] = field(default_factory=list)


def _openalex(path: str, query: str) -> Any:
    if path in (f"/authors/{OPENALEX_AUTHOR}", "/authors/orcid:0000-0002-1825-0097"):
        return {
            "id": f"https://openalex.org/{OPENALEX_AUTHOR}",
            "display_name": "Ada Lovelace",
            "cited_by_count": CITATIONS,
            "summary_stats": {"h_index": 2, "i10_index": 2},
        }
    if path == "/works":
        return {
            "results": [
                {
                    "id": "https://openalex.org/W1",
                    "title": "Notes on the Engine",
                    "cited_by_count": 120,
                    "publication_year": 1843,
                },
                {
                    "id": "https://openalex.org/W2",
                    "title": "A Sketch",
                    "cited_by_count": 17,
                    "publication_year": 1842,
                },
            ],
            "meta": {"next_cursor": None},
        }
    return None


@pytest.fixture(scope="module")
def server() -> Iterator[FakeServer]:
    state = FakeServer(url="")

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            parts = urlsplit(self.path)
            state.hits.append(parts.path)
            body: Any = None
            if parts.path.startswith("/openalex/"):
                if state.fail:
                    return self._send(503, b'{"error": "overloaded"}')
                body = _openalex(parts.path[len("/openalex") :], parts.query)
            elif parts.path == "/stats/gs_data.json" and state.stats_source is not None:
                shown = subprocess.run(
                    [
                        "git",
                        "--git-dir",
                        str(state.stats_source),
                        "show",
                        "google-scholar-stats:gs_data.json",
                    ],
                    capture_output=True,
                )
                if shown.returncode == 0:
                    return self._send(200, shown.stdout)
            if body is None:
                return self._send(404, b'{"error": "not found"}')
            return self._send(200, json.dumps(body).encode())

        def _send(self, status: int, payload: bytes) -> None:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, *args: Any) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.url = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        httpd.shutdown()
        httpd.server_close()


# --- the runner ------------------------------------------------------------------------------------

_EXPRESSION = re.compile(r"\$\{\{\s*(.*?)\s*\}\}")


@dataclass
class RunResult:
    steps: list[str] = field(default_factory=list)  # names of the steps that ran
    failed: str | None = None  # the step that failed, if one did
    log: str = ""
    artifact: Path | None = None


@dataclass
class Runner:
    """Runs one workflow's jobs in `needs` order, as a GitHub-hosted runner would, in a workspace."""

    toolchain: Toolchain
    workspace: Path
    repository: str
    temp: Path
    secrets: dict[str, str] = field(default_factory=dict)
    variables: dict[str, str] = field(default_factory=dict)
    event: str = "workflow_dispatch"
    server_url: str = "https://github.com"
    overrides: dict[str, str] = field(default_factory=dict)  # env values the test substitutes
    run_temp: Path | None = None  # RUNNER_TEMP of the current run: fresh for each, as on GitHub

    def github_env(self) -> dict[str, str]:
        owner = self.repository.split("/", 1)[0]
        return {
            "CI": "true",
            "GITHUB_ACTIONS": "true",
            "GITHUB_REPOSITORY": self.repository,
            "GITHUB_REPOSITORY_OWNER": owner,
            "GITHUB_WORKSPACE": str(self.workspace),
            "GITHUB_EVENT_NAME": self.event,
            "GITHUB_SERVER_URL": self.server_url,
            "GITHUB_REF": "refs/heads/main",
            "GITHUB_REF_NAME": "main",
            "GITHUB_SHA": "0" * 40,
            "GITHUB_RUN_ID": "1",
            "GITHUB_ACTOR": owner,
            "RUNNER_OS": "Linux",
            "RUNNER_TEMP": str(self.run_temp),
        }

    def run(self, workflow: Path) -> RunResult:
        document = yaml.safe_load(workflow.read_text(encoding="utf-8"))
        self.run_temp = Path(tempfile.mkdtemp(prefix="run-", dir=self.temp))
        result = RunResult()
        for job_id in _job_order(document["jobs"]):
            job = document["jobs"][job_id]
            outputs: dict[str, dict[str, str]] = {}
            env = {**self.github_env(), **{k: str(v) for k, v in (job.get("env") or {}).items()}}
            path_prefix: list[str] = []
            for index, step in enumerate(job["steps"]):
                name = step.get("name") or step.get("uses") or f"step {index}"
                assert "if" not in step, (
                    f"{name}: this runner does not evaluate `if:`; keep the workflows simple"
                )
                if "uses" in step:
                    self._action(step, env, path_prefix, result)
                    result.steps.append(name)
                    continue
                step_env = {k: self._expand(str(v), outputs) for k, v in (step.get("env") or {}).items()}
                step_env.update({k: v for k, v in self.overrides.items() if k in step_env})
                code, log = self._shell(
                    step["run"], {**env, **step_env}, path_prefix, outputs, step.get("id"), env
                )
                result.log += f"--- {name}\n{log}"
                result.steps.append(name)
                if code != 0:
                    result.failed = name
                    return result
        return result

    def _expand(self, text: str, outputs: Mapping[str, Mapping[str, str]]) -> str:
        return _EXPRESSION.sub(lambda m: self._evaluate(m.group(1), outputs), text)

    def _evaluate(self, expression: str, outputs: Mapping[str, Mapping[str, str]]) -> str:
        for operand in (part.strip() for part in expression.split("||")):
            value = self._operand(operand, outputs)
            if value:
                return value
        return ""

    def _operand(self, operand: str, outputs: Mapping[str, Mapping[str, str]]) -> str:
        if operand.startswith("'") and operand.endswith("'"):
            return operand[1:-1].replace("''", "'")
        scope, _, rest = operand.partition(".")
        if scope == "secrets":
            return self.secrets.get(rest, "")
        if scope == "vars":
            return self.variables.get(rest, "")
        if scope == "github" and rest == "token":
            return "test-token"
        if scope == "steps":
            step_id, _, output = rest.partition(".outputs.")
            return outputs.get(step_id, {}).get(output, "")
        raise AssertionError(f"the test runner does not know the expression {operand!r}")

    def _shell(
        self,
        script: str,
        env: dict[str, str],
        path_prefix: list[str],
        outputs: dict[str, dict[str, str]],
        step_id: str | None,
        job_env: dict[str, str],
    ) -> tuple[int, str]:
        assert self.run_temp is not None
        files = {
            name: self.run_temp / f"{name.lower()}-{os.urandom(4).hex()}"
            for name in ("GITHUB_OUTPUT", "GITHUB_ENV", "GITHUB_PATH", "GITHUB_STEP_SUMMARY")
        }
        for path in files.values():
            path.write_text("")
        script_file = self.run_temp / f"step-{os.urandom(4).hex()}.sh"
        script_file.write_text(script)
        path = os.pathsep.join([*path_prefix, os.environ["PATH"]])
        done = subprocess.run(
            ["bash", "--noprofile", "--norc", "-eo", "pipefail", str(script_file)],
            cwd=self.workspace,
            capture_output=True,
            text=True,
            timeout=STEP_TIMEOUT,
            env=clean_env({**env, **{k: str(v) for k, v in files.items()}, "PATH": path}),
        )
        if step_id:
            outputs[step_id] = _key_values(files["GITHUB_OUTPUT"].read_text())
        job_env.update(_key_values(files["GITHUB_ENV"].read_text()))
        path_prefix[:0] = [line for line in files["GITHUB_PATH"].read_text().splitlines() if line][::-1]
        return done.returncode, done.stdout + done.stderr

    def _action(
        self, step: dict[str, Any], env: dict[str, str], path_prefix: list[str], result: RunResult
    ) -> None:
        uses = step["uses"]
        action, _, ref = uses.partition("@")
        assert re.fullmatch(r"[0-9a-f]{40}", ref), f"{uses} is not pinned to a commit"
        inputs = step.get("with") or {}
        if action == "actions/checkout":
            assert inputs.get("persist-credentials") is False
            assert (self.workspace / "_config.yml").is_file()
        elif action == "actions/setup-python":
            assert inputs.get("cache") == "pip"
            assert (self.workspace / inputs["cache-dependency-path"]).is_file(), "pip cache key file missing"
            path_prefix.insert(0, str(self.toolchain.bin))
        elif action == "actions/upload-pages-artifact":
            folder = self.workspace / inputs.get("path", "_site/")
            assert (folder / "index.html").is_file(), f"nothing built in {folder}"
            artifact = (self.run_temp or self.temp) / "artifact.tar"
            with tarfile.open(artifact, "w") as tar:
                tar.add(folder, arcname=".", filter=lambda t: None if _hidden(t.name) else t)
            result.artifact = artifact
        elif action == "actions/deploy-pages":
            pass
        else:
            raise AssertionError(f"the test runner does not know {uses}")


def _hidden(name: str) -> bool:
    return any(part.startswith(".") and part not in (".", "..") for part in name.split("/"))


def _key_values(text: str) -> dict[str, str]:
    """GITHUB_OUTPUT / GITHUB_ENV syntax: `k=v` lines and `k<<EOF` … `EOF` blocks."""
    values: dict[str, str] = {}
    lines = iter(text.splitlines())
    for line in lines:
        if "<<" in line and ("=" not in line or line.index("<<") < line.index("=")):
            key, _, marker = line.partition("<<")
            block = []
            for inner in lines:
                if inner == marker:
                    break
                block.append(inner)
            values[key] = "\n".join(block)
        elif "=" in line:
            key, _, value = line.partition("=")
            values[key] = value
    return values


def _job_order(jobs: Mapping[str, Any]) -> list[str]:
    done: list[str] = []
    while len(done) < len(jobs):
        ready = [j for j in jobs if j not in done and all(n in done for n in _needs(jobs[j]))]
        assert ready, "jobs with circular needs"
        done.extend(ready)
    return done


def _needs(job: Mapping[str, Any]) -> list[str]:
    needs = job.get("needs") or []
    return [needs] if isinstance(needs, str) else list(needs)


# --- helpers for the checks ------------------------------------------------------------------------


def new_site(toolchain: Toolchain, root: Path, repository: str, scholar_url: str | None = None) -> Path:
    site = root / "site"
    toolchain.homepage("new", str(site), "--name", "Ada Lovelace", "--repository", repository)
    if scholar_url is not None:  # keep the build off the network: the stats come from the local server
        with (site / "_config.yml").open("a", encoding="utf-8") as config:
            config.write(f"\nscholar:\n  url: {scholar_url}\n  timeout: 5\n")
    return site


def runner_for(toolchain: Toolchain, site: Path, repository: str, tmp: Path, **kwargs: Any) -> Runner:
    temp = tmp / "runner-temp"
    temp.mkdir(exist_ok=True)
    return Runner(
        toolchain, site, repository, temp, overrides={"HOMEPAGE_GEN": str(toolchain.wheel)}, **kwargs
    )


def hrefs(html: str) -> list[str]:
    return re.findall(r'(?:href|src)="([^"]+)"', html)


def assert_served_under(site: Path, baseurl: str) -> None:
    index = (site / "_site" / "index.html").read_text(encoding="utf-8")
    assert 'class="sidebar' in index
    for anchor in ("about-me", "news", "publications"):
        assert f'href="{baseurl}/#{anchor}"' in index, f"menu link to #{anchor} without {baseurl!r}"
    assert f'href="{baseurl}/assets/css/main.css' in index
    assert f'src="{baseurl}/images/avatar.svg"' in index
    root_relative = [h for h in hrefs(index) if h.startswith("/") and not h.startswith("//")]
    assert root_relative and all(h == baseurl + "/" or h.startswith(baseurl + "/") for h in root_relative), (
        f"links outside {baseurl!r}: {[h for h in root_relative if not h.startswith(baseurl + '/')]}"
    )
    assert (site / "_site" / "about" / "index.html").is_file()


# --- the tests -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("repository", "baseurl"), [("ada/ada.github.io", ""), ("ada/homepage", "/homepage")]
)
def test_deploy_workflow_builds_with_the_baseurl_of_the_repository(
    toolchain: Toolchain,
    server: FakeServer,
    tmp_path: Path,
    repository: str,
    baseurl: str,
) -> None:
    site = new_site(toolchain, tmp_path, repository, scholar_url=f"{server.url}/stats/gs_data.json")
    runner = runner_for(toolchain, site, repository, tmp_path, event="push")
    result = runner.run(site / ".github/workflows/deploy.yml")
    assert result.failed is None, result.log
    assert result.steps[-1] == "Publish to GitHub Pages"
    assert_served_under(site, baseurl)
    assert result.artifact is not None
    with tarfile.open(result.artifact) as tar:
        assert "./index.html" in tar.getnames()
    doctor = toolchain.homepage("doctor", "--offline", cwd=site, check=False)
    assert doctor.returncode == 0, doctor.stdout
    assert f"baseurl {baseurl!r}" in doctor.stdout


def test_deploy_workflow_keeps_a_baseurl_set_in_the_config(toolchain: Toolchain, tmp_path: Path) -> None:
    site = new_site(toolchain, tmp_path, "ada/homepage")
    config = site / "_config.yml"
    config.write_text(
        config.read_text(encoding="utf-8").replace("baseurl                      :", 'baseurl: "/lab/ada"')
    )
    result = runner_for(toolchain, site, "ada/homepage", tmp_path).run(site / ".github/workflows/deploy.yml")
    assert result.failed is None, result.log
    assert_served_under(site, "/lab/ada")


def test_this_repositorys_deploy_workflow_builds_the_embedded_site(
    toolchain: Toolchain, tmp_path: Path
) -> None:
    workspace = tmp_path / "checkout"
    shutil.copytree(
        REPO,
        workspace,
        ignore=shutil.ignore_patterns(
            ".git",
            "_site",
            ".homepage-cache",
            "__pycache__",
            ".pytest_cache",
            ".ruff_cache",
            "*.egg-info",
            ".venv",
        ),
    )
    config = workspace / "_config.yml"  # no network in tests: the stats URL points nowhere reachable
    config.write_text(config.read_text(encoding="utf-8") + "\nscholar:\n  enabled: false\n", encoding="utf-8")
    runner = runner_for(toolchain, workspace, "ada/homepage", tmp_path)
    result = runner.run(workspace / ".github/workflows/deploy.yml")
    assert result.failed is None, result.log
    index = (workspace / "_site" / "index.html").read_text(encoding="utf-8")
    assert 'href="/homepage/#about-me"' in index


def _bare_remote(root: Path, repository: str) -> Path:
    bare = root / "server" / f"{repository}.git"
    bare.parent.mkdir(parents=True)
    subprocess.run(["git", "init", "-q", "--bare", str(bare)], check=True)
    return bare


def _branch_files(bare: Path) -> dict[str, str]:
    listing = subprocess.run(
        ["git", "--git-dir", str(bare), "ls-tree", "--name-only", "google-scholar-stats"],
        capture_output=True,
        text=True,
    )
    if listing.returncode != 0:
        return {}
    return {
        name: subprocess.run(
            ["git", "--git-dir", str(bare), "show", f"google-scholar-stats:{name}"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for name in listing.stdout.split()
    }


def _scholar_runner(toolchain: Toolchain, site: Path, tmp: Path, server: FakeServer) -> Runner:
    return runner_for(
        toolchain,
        site,
        "ada/homepage",
        tmp,
        server_url=(tmp / "server").as_uri(),
        # Google Scholar fails here (no scholarly, no internet), so the OpenAlex fallback runs
        secrets={"GOOGLE_SCHOLAR_ID": "AbC123xyZ"},
        variables={"OPENALEX_AUTHOR_ID": OPENALEX_AUTHOR, "OPENALEX_BASE_URL": f"{server.url}/openalex"},
    )


def test_scholar_workflow_publishes_the_numbers_and_the_deploy_shows_them(
    toolchain: Toolchain,
    server: FakeServer,
    tmp_path: Path,
) -> None:
    site = new_site(toolchain, tmp_path, "ada/homepage", scholar_url=f"{server.url}/stats/gs_data.json")
    bare = _bare_remote(tmp_path, "ada/homepage")
    server.fail = False
    result = _scholar_runner(toolchain, site, tmp_path, server).run(site / ".github/workflows/scholar.yml")
    assert result.failed is None, result.log
    assert "Fetched the numbers from OpenAlex" in result.log
    files = _branch_files(bare)
    assert set(files) == {"gs_data.json", "gs_data_shieldsio.json"}
    assert json.loads(files["gs_data.json"])["citedby"] == CITATIONS
    assert json.loads(files["gs_data_shieldsio.json"])["message"] == str(CITATIONS)

    server.stats_source = bare  # the page's stats URL now serves what the workflow pushed
    try:
        deploy = runner_for(toolchain, site, "ada/homepage", tmp_path).run(
            site / ".github/workflows/deploy.yml"
        )
    finally:
        server.stats_source = None
    assert deploy.failed is None, deploy.log
    index = (site / "_site" / "index.html").read_text(encoding="utf-8")
    assert re.search(rf"id=\"total_cit\"[^>]*>{CITATIONS}<", index), "the build did not bake in the numbers"


def test_a_failed_scholar_run_leaves_the_branch_as_it_was(
    toolchain: Toolchain,
    server: FakeServer,
    tmp_path: Path,
) -> None:
    site = new_site(toolchain, tmp_path, "ada/homepage")
    bare = _bare_remote(tmp_path, "ada/homepage")
    runner = _scholar_runner(toolchain, site, tmp_path, server)
    assert runner.run(site / ".github/workflows/scholar.yml").failed is None
    before = _branch_files(bare)
    server.fail = True
    try:
        result = _scholar_runner(toolchain, site, tmp_path, server).run(
            site / ".github/workflows/scholar.yml"
        )
    finally:
        server.fail = False
    assert result.failed == "Fetch the numbers", result.log
    assert "keeps the last good ones" in result.log
    assert _branch_files(bare) == before and before


def test_scheduled_scholar_run_without_any_id_does_nothing_quietly(
    toolchain: Toolchain, tmp_path: Path
) -> None:
    site = new_site(toolchain, tmp_path, "ada/homepage")
    bare = _bare_remote(tmp_path, "ada/homepage")
    runner = runner_for(
        toolchain, site, "ada/homepage", tmp_path, event="schedule", server_url=(tmp_path / "server").as_uri()
    )
    result = runner.run(site / ".github/workflows/scholar.yml")
    assert result.failed is None, result.log
    assert "No Scholar id configured" in result.log
    assert _branch_files(bare) == {}


# --- static checks of the workflow files -----------------------------------------------------------


def test_this_repositorys_workflows_are_the_starter_ones() -> None:
    for name in WORKFLOWS:
        written = (REPO / ".github" / "workflows" / name).read_text(encoding="utf-8")
        assert written == render_workflow(name, "."), (
            f".github/workflows/{name} differs from homepage_gen/starter/workflows/{name}: "
            f"write homepage_gen.scaffold.render_workflow('{name}', '.') to it"
        )


def _workflow_files(tmp_path: Path) -> list[Path]:
    site = tmp_path / "new"
    from homepage_gen.scaffold import StarterOptions, write_starter

    write_starter(site, StarterOptions(name="Ada", scholar_id="AbC123xyZ", repository="ada/homepage"))
    return [REPO / ".github" / "workflows" / n for n in WORKFLOWS] + [
        site / ".github" / "workflows" / n for n in WORKFLOWS
    ]


def _tool(name: str) -> str:
    found = shutil.which(name) or (
        str(Path(sys.executable).parent / name) if (Path(sys.executable).parent / name).exists() else None
    )
    if found is None:
        pytest.skip(f"{name} is not installed (pip install {name}); it is in the test requirements")
    return found


def test_workflows_validate_against_the_github_workflow_schema(tmp_path: Path) -> None:
    tool = _tool("check-jsonschema")
    done = subprocess.run(
        [tool, "--builtin-schema", "vendor.github-workflows", *map(str, _workflow_files(tmp_path))],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_zizmor_finds_nothing_of_medium_or_high_severity(tmp_path: Path) -> None:
    tool = _tool("zizmor")
    files = _workflow_files(tmp_path)
    done = subprocess.run(
        [tool, "--offline", "--format", "json", "--min-severity", "medium", *map(str, files)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    try:  # zizmor exits 0 without findings and 11-14 with them; the JSON says which
        findings = json.loads(done.stdout)
    except ValueError:
        pytest.fail(f"zizmor did not run: exit {done.returncode}\n{done.stderr}")
    assert findings == [], json.dumps(findings, indent=1)[:4000]


def test_actions_are_pinned_to_commits_with_the_version_in_a_comment(tmp_path: Path) -> None:
    for path in _workflow_files(tmp_path):
        for line in path.read_text(encoding="utf-8").splitlines():
            if "uses:" in line:
                assert re.search(r"uses: [\w.-]+/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$", line), (
                    f"{path}: {line}"
                )


# --- the README's walk from `pip install` to a published page -----------------------------------------

# The commands of the README section "From nothing to a published homepage", in order. Two are
# substituted here: `pip install homepage-gen` installs the wheel of this checkout, and the GitHub
# remote is a bare repository on disk. Between steps 2 and 3 the user edits the files; the test's
# edit points the Scholar stats URL at the local server (no internet in tests).
README_COMMANDS = [
    "pip install homepage-gen",
    'homepage new ada.github.io --name "Ada Lovelace" --repository ada/ada.github.io --scholar-id AbC123xyZ',
    "cd ada.github.io",
    "homepage build",
    "homepage doctor",
    "git init -b main",
    "git add .",
    'git commit -m "My homepage"',
    "git remote add origin https://github.com/ada/ada.github.io.git",
    "git push -u origin main",
    "homepage clean",
]


README_SECTION = "## From nothing to a published homepage"


def readme_commands() -> list[str] | None:
    """The commands in the README's walkthrough (code lines of its numbered steps), once it is there."""
    text = (REPO / "README.md").read_text(encoding="utf-8")
    start = text.find(README_SECTION)
    if start < 0:
        return None
    end = text.find("\n## ", start + len(README_SECTION))
    section = text[start : end if end > 0 else len(text)]
    return [line.strip() for line in section.splitlines() if line.startswith(" " * 7) and line.strip()]


def test_the_readme_walkthrough_publishes_a_page(
    toolchain: Toolchain, server: FakeServer, tmp_path: Path
) -> None:
    in_readme = readme_commands()
    assert in_readme is None or in_readme == README_COMMANDS, "README and README_COMMANDS differ"
    home = tmp_path / "home"
    home.mkdir()
    bare = _bare_remote(tmp_path, "ada/ada.github.io")
    substitutions = {
        "pip install homepage-gen": f"python -m pip install -q {toolchain.wheel}",
        "https://github.com/ada/ada.github.io.git": str(bare),
    }
    env = clean_env(
        {
            "PATH": f"{toolchain.bin}{os.pathsep}{os.environ['PATH']}",
            "GIT_AUTHOR_NAME": "Ada",
            "GIT_AUTHOR_EMAIL": "ada@example.org",
            "GIT_COMMITTER_NAME": "Ada",
            "GIT_COMMITTER_EMAIL": "ada@example.org",
        }
    )
    cwd = home
    for command in README_COMMANDS:
        if command.startswith("cd "):
            cwd = cwd / command[3:]
            continue
        if command == "homepage build":  # the user's edits of step 3
            with (cwd / "_config.yml").open("a", encoding="utf-8") as config:
                config.write(f"\nscholar:\n  url: {server.url}/stats/gs_data.json\n")
        for old, new in substitutions.items():
            command = command.replace(old, new)
        done = subprocess.run(
            ["bash", "-c", command], cwd=cwd, env=env, capture_output=True, text=True, timeout=STEP_TIMEOUT
        )
        assert done.returncode == 0, f"{command}\n{done.stdout}\n{done.stderr}"
        if command == "homepage doctor":
            assert "0 errors" in done.stdout or "no problems found" in done.stdout
    assert not (cwd / "_site").exists()

    # GitHub's side: the pushed main branch, checked out and run through both workflows
    workspace = tmp_path / "runner-workspace"
    subprocess.run(["git", "clone", "-q", "--branch", "main", str(bare), str(workspace)], check=True)
    runner = runner_for(
        toolchain,
        workspace,
        "ada/ada.github.io",
        tmp_path,
        server_url=(tmp_path / "server").as_uri(),
        variables={"ORCID": "0000-0002-1825-0097", "OPENALEX_BASE_URL": f"{server.url}/openalex"},
    )
    # the workflow's GOOGLE_SCHOLAR_ID default (from --scholar-id) fails here, ORCID is looked up instead
    server_log = len(server.hits)
    scholar = runner.run(workspace / ".github/workflows/scholar.yml")
    assert scholar.failed is None, scholar.log
    assert "/openalex/authors/orcid:0000-0002-1825-0097" in server.hits[server_log:]
    assert set(_branch_files(bare)) == {"gs_data.json", "gs_data_shieldsio.json"}
    server.stats_source = bare
    try:
        deploy = runner.run(workspace / ".github/workflows/deploy.yml")
    finally:
        server.stats_source = None
    assert deploy.failed is None, deploy.log
    assert deploy.artifact is not None
    assert_served_under(workspace, "")

"""`homepage doctor` on real sites in temporary folders: findings with file:line, exit 1 on errors."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from homepage_gen.doctor.mojibake import find_mojibake, repair_text
from homepage_gen.scaffold import StarterOptions, write_starter
from tests.conftest import SHARED, requires_shared

SEED = SHARED / "seed"


def doctor(site: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "homepage_gen.cli", "doctor", "-s", str(site), *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def new_site(root: Path, repository: str | None = None) -> Path:
    site = root / "site"
    write_starter(site, StarterOptions(name="Ada Lovelace", repository=repository))
    return site


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def line_of(path: Path, needle: str) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in {path}")


def test_a_clean_site_has_no_findings(tmp_path: Path) -> None:
    done = doctor(new_site(tmp_path), "--offline")
    assert done.returncode == 0, done.stdout
    assert done.stdout.strip().endswith("doctor: no problems found")


# --- mojibake ---------------------------------------------------------------------------------------


@requires_shared()
def test_the_seed_page_with_mojibake_is_reported_line_by_line_with_the_repair(tmp_path: Path) -> None:
    site = new_site(tmp_path)
    page = site / "_pages" / "about.md"
    page.write_bytes((SEED / "about.original.md").read_bytes())
    done = doctor(site, "--offline")
    assert done.returncode == 1
    damaged = (SEED / "about.original.md").read_text(encoding="utf-8").splitlines()
    intact = (SEED / "about.md").read_text(encoding="utf-8").splitlines()
    expected = [n for n, (a, b) in enumerate(zip(damaged, intact, strict=True), start=1) if a != b]
    reported = [
        int(n) for n in re.findall(r"^_pages/about\.md:(\d+): error: garbled text", done.stdout, re.M)
    ]
    assert reported == expected
    assert len(expected) > 30
    heading = line_of(page, "About Me")
    assert (
        f"_pages/about.md:{heading}: error: garbled text (UTF-8 that was read as Mac OS Roman)" in done.stdout
    )
    assert "the line should read: # 👨‍🎓 About Me" in done.stdout
    assert "Master’s degree" in done.stdout


@requires_shared()
def test_fix_repairs_the_seed_page_byte_for_byte(tmp_path: Path) -> None:
    site = new_site(tmp_path)
    page = site / "_pages" / "about.md"
    page.write_bytes((SEED / "about.original.md").read_bytes())
    done = doctor(site, "--offline", "--fix")
    assert "repaired garbled text in _pages/about.md" in done.stdout
    assert page.read_bytes() == (SEED / "about.md").read_bytes()
    assert "garbled" not in done.stdout.split("repaired garbled text in _pages/about.md", 1)[1]


def test_mojibake_detection_leaves_real_text_alone() -> None:
    text = "Zürich Straße, Łódź, São Paulo, naïve café, Ελληνικά, Привет, 中文, 한국어, ±×÷§¶©®™°µ, “q” — 🎓"
    assert list(find_mojibake(text)) == []
    for codec in ("mac_roman", "cp1252", "latin-1"):
        sample = "Straße café — “quotes” 🎓 ’"
        try:
            damaged = sample.encode("utf-8").decode(codec)
        except UnicodeDecodeError:
            continue  # cp1252 can't decode every byte; real damage then shows other characters
        assert repair_text(damaged) == sample, codec


def test_invalid_utf8_is_an_error_with_its_line(tmp_path: Path) -> None:
    site = new_site(tmp_path)
    (site / "_pages" / "cv.md").write_bytes(b"---\ntitle: CV\n---\nline\nbad \xff here\n")
    done = doctor(site, "--offline")
    assert done.returncode == 1
    assert "_pages/cv.md:5: error: not valid UTF-8" in done.stdout


# --- navigation and links ---------------------------------------------------------------------------


def test_a_menu_link_to_a_missing_anchor_is_named_with_its_line(tmp_path: Path) -> None:
    site = new_site(tmp_path)
    navigation = site / "_data" / "navigation.yml"
    edit(navigation, 'url: "/#invited-talks"', 'url: "/#talks"')
    edit(navigation, 'url: "/#news"', 'url: "/#newz"')
    done = doctor(site, "--offline")
    assert done.returncode == 1
    talks = line_of(navigation, "/#talks")
    assert (
        f"_data/navigation.yml:{talks}: error: menu link 'Invited Talks' (/#talks): "
        "no element with id 'talks'" in done.stdout
    )
    news = line_of(navigation, "/#newz")
    assert f"_data/navigation.yml:{news}: error: menu link 'News' (/#newz)" in done.stdout
    assert "did you mean #news?" in done.stdout
    assert "<span class='anchor' id='talks'></span>" in done.stdout
    assert done.stdout.count("/#talks") == 1, "the same link must not also be reported from every page"


def test_a_menu_link_to_a_missing_page(tmp_path: Path) -> None:
    site = new_site(tmp_path)
    navigation = site / "_data" / "navigation.yml"
    navigation.write_text(navigation.read_text(encoding="utf-8") + '\n  - title: "CV"\n    url: "/cv/"\n')
    done = doctor(site, "--offline")
    assert done.returncode == 1
    assert (
        f"_data/navigation.yml:{line_of(navigation, '/cv/')}: error: menu link 'CV' (/cv/) points to no page"
        in done.stdout
    )


def test_broken_images_and_links_name_the_source_line(tmp_path: Path) -> None:
    site = new_site(tmp_path)
    page = site / "_pages" / "about.md"
    text = page.read_text(encoding="utf-8")
    text += "\n![Group photo](images/group.jpg)\n\nSee [my talks](/talks/) and [the news](#nothing-here).\n"
    page.write_text(text, encoding="utf-8")
    done = doctor(site, "--offline")
    assert done.returncode == 1
    assert (
        f"_pages/about.md:{line_of(page, 'group.jpg')}: error: image 'images/group.jpg' points to nothing"
        in done.stdout
    )
    assert (
        f"_pages/about.md:{line_of(page, '/talks/')}: error: link '/talks/' points to nothing" in done.stdout
    )
    assert (
        f"_pages/about.md:{line_of(page, '#nothing-here')}: error: link '#nothing-here' goes to #nothing-here"
        in done.stdout
    )


def test_links_are_checked_under_the_baseurl_the_deploy_will_use(tmp_path: Path) -> None:
    site = new_site(tmp_path, repository="ada/homepage")
    (site / "files").mkdir()
    (site / "files" / "cv.pdf").write_bytes(b"%PDF-1.4\n")
    edit(site / "_config.yml", "include:\n  - _pages\n", "include:\n  - _pages\n  - files\n")
    page = site / "_pages" / "about.md"
    page.write_text(
        page.read_text(encoding="utf-8")
        + "\n[CV, hard-coded](/files/cv.pdf)\n\n[CV, right]({{ '/files/cv.pdf' | relative_url }})\n"
        + "\n[CV, relative](files/cv.pdf)\n",
        encoding="utf-8",
    )
    done = doctor(site, "--offline")
    assert done.returncode == 1
    assert (
        "baseurl '/homepage', as the deploy workflow derives it from repository ada/homepage" in done.stdout
    )
    line = line_of(page, "hard-coded")
    assert (
        f"_pages/about.md:{line}: error: link '/files/cv.pdf' leaves out the baseurl '/homepage'"
        in done.stdout
    )
    assert "relative_url" in done.stdout
    assert len(re.findall(r"error: link .*cv\.pdf", done.stdout)) == 1
    # the same site served from the root (a USER.github.io repository) is fine
    assert doctor(site, "--offline", "--baseurl", "").returncode == 0


# --- configuration ----------------------------------------------------------------------------------


def test_misspelled_keys_are_errors_with_a_suggestion_and_unknown_ones_warnings(tmp_path: Path) -> None:
    site = new_site(tmp_path)
    config = site / "_config.yml"
    edit(config, "google_scholar_stats_use_cdn :", "google_scholar_stats_use_cnd :")
    edit(config, "  googlescholar :", "  googlescolar :")
    config.write_text(config.read_text(encoding="utf-8") + "\nBaseURL: /x\nlab_motto: Measure twice\n")
    done = doctor(site, "--offline")
    assert done.returncode == 1
    out = done.stdout
    cnd = line_of(config, "use_cnd")
    assert (
        f"_config.yml:{cnd}: error: unknown key `google_scholar_stats_use_cnd`; did you mean "
        "`google_scholar_stats_use_cdn`?" in out
    )
    assert (
        f"_config.yml:{line_of(config, 'googlescolar')}: error: unknown key `author.googlescolar`; "
        "did you mean `author.googlescholar`?" in out
    )
    assert (
        f"_config.yml:{line_of(config, 'BaseURL')}: error: unknown key `BaseURL`; did you mean `baseurl`?"
        in out
    )
    assert f"_config.yml:{line_of(config, 'lab_motto')}: warning: unknown key `lab_motto`" in out


def test_warnings_alone_exit_0(tmp_path: Path) -> None:
    site = new_site(tmp_path)
    config = site / "_config.yml"
    config.write_text(config.read_text(encoding="utf-8") + "\nlab_motto: Measure twice\n")
    done = doctor(site, "--offline")
    assert done.returncode == 0, done.stdout
    assert "doctor: 0 errors, 1 warning" in done.stdout


@pytest.mark.parametrize(
    ("settings", "expected"),
    [
        ("url: ada.github.io", "error: url 'ada.github.io' is not an address"),
        ("url: https://ada.github.io/", "warning: url 'https://ada.github.io/' ends with a slash"),
        ("url: https://ada.github.io/homepage", "error: url 'https://ada.github.io/homepage' has a path"),
        ("baseurl: homepage", "error: baseurl 'homepage' must start with a slash"),
        (
            "baseurl: https://ada.github.io/homepage",
            "error: baseurl 'https://ada.github.io/homepage' is a full",
        ),
        ("baseurl: /homepage/", "warning: baseurl '/homepage/' ends with a slash"),
        ("repository: ada", "error: repository 'ada' is not OWNER/REPO"),
    ],
)
def test_url_and_baseurl_mistakes(tmp_path: Path, settings: str, expected: str) -> None:
    site = new_site(tmp_path, repository="ada/homepage")
    config = site / "_config.yml"
    key = settings.split(":", 1)[0]
    lines = [ln for ln in config.read_text(encoding="utf-8").splitlines() if not re.match(rf"{key}\s*:", ln)]
    config.write_text("\n".join(lines) + f"\n{settings}\n", encoding="utf-8")
    done = doctor(site, "--offline")
    assert f"_config.yml:{line_of(config, settings)}: {expected}" in done.stdout, done.stdout


def test_a_baseurl_that_does_not_match_the_repository(tmp_path: Path) -> None:
    site = new_site(tmp_path, repository="ada/ada.github.io")
    config = site / "_config.yml"
    edit(config, "baseurl                      :", 'baseurl: "/ada.github.io"')
    done = doctor(site, "--offline")
    assert (
        f"_config.yml:{line_of(config, 'baseurl:')}: warning: baseurl '/ada.github.io' does not match "
        "repository ada/ada.github.io: GitHub Pages serves it at the root" in done.stdout
    )


def test_a_build_error_is_reported_with_its_location(tmp_path: Path) -> None:
    site = new_site(tmp_path)
    (site / "_pages" / "cv.md").write_text("---\ntitle: [broken\n---\nx\n", encoding="utf-8")
    done = doctor(site, "--offline")
    assert done.returncode == 1
    assert re.search(r"^_pages/cv\.md:\d+: error: the site does not build: invalid YAML", done.stdout, re.M)


# --- images -----------------------------------------------------------------------------------------


def test_images_over_1_mb_are_a_warning(tmp_path: Path) -> None:
    site = new_site(tmp_path)
    (site / "images" / "photo.jpg").write_bytes(b"\xff\xd8\xff" + bytes(1_200_000))
    (site / "images" / "small.jpg").write_bytes(b"\xff\xd8\xff" + bytes(900_000))
    done = doctor(site, "--offline")
    assert done.returncode == 0
    assert "images/photo.jpg: warning: image is 1.2 MB (over 1 MB)" in done.stdout
    assert "small.jpg" not in done.stdout


# --- Scholar stats ----------------------------------------------------------------------------------


@pytest.fixture
def stats_server() -> Iterator[str]:
    document = {
        "citedby": 42,
        "hindex": 3,
        "i10index": 1,
        "updated": "2025-01-01 10:00:00",
        "publications": {},
    }

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            if self.path == "/ok/gs_data.json":
                body, status = json.dumps(document).encode(), 200
            else:
                body, status = b"not found", 404
            self.send_response(status)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_unreachable_scholar_stats_are_a_warning(tmp_path: Path, stats_server: str) -> None:
    site = new_site(tmp_path, repository="ada/homepage")
    config = site / "_config.yml"
    config.write_text(
        config.read_text(encoding="utf-8")
        + f"\nscholar:\n  url: {stats_server}/missing/gs_data.json\n  timeout: 3\n",
        encoding="utf-8",
    )
    done = doctor(site)
    assert done.returncode == 0, done.stdout
    line = line_of(config, "scholar:")
    assert (
        f"_config.yml:{line}: warning: the Scholar stats at {stats_server}/missing/gs_data.json cannot be "
        "reached (HTTP 404" in done.stdout
    )
    assert "Run the Scholar workflow once" in done.stdout
    edit(config, "/missing/", "/ok/")
    assert "Scholar stats" not in doctor(site).stdout


def test_a_user_site_repository_under_the_wrong_owner(tmp_path: Path) -> None:
    site = new_site(tmp_path, repository="zhang/zhangming.github.io")
    done = doctor(site, "--offline")
    assert done.returncode == 0
    assert (
        f"_config.yml:{line_of(site / '_config.yml', 'repository ')}: warning: repository "
        "zhang/zhangming.github.io is named like a user site" in done.stdout
    )

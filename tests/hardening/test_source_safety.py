"""Source safety, as Jekyll's safe mode: nothing outside the site is read through symlinks or `..`.

Every test puts a secret file beside the site and checks that its text reaches no
output file, whichever way the site points at it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.hardening.conftest import HardSite

SECRET = "TOP-SECRET-8d1f"


@pytest.fixture
def outside(hard: HardSite) -> Path:
    folder = hard.root / "outside"
    folder.mkdir()
    (folder / "secret.md").write_text(f"---\npermalink: /secret/\n---\n{SECRET}\n")
    (folder / "secret.txt").write_text(f"{SECRET}\n")
    (folder / "secret.yml").write_text(f"value: {SECRET}\n")
    (folder / "_secret.scss").write_text(f".x {{ content: \"{SECRET}\"; }}\n")
    (folder / "secret.html").write_text(f"<p>{SECRET}</p>\n")
    (folder / "dir").mkdir()
    (folder / "dir" / "page.md").write_text(f"---\n---\n{SECRET}\n")
    return folder


def _leaked(hard: HardSite) -> list[str]:
    if not hard.dest.exists():
        return []
    return [p.relative_to(hard.dest).as_posix() for p in hard.dest.rglob("*")
            if p.is_file() and SECRET.encode() in p.read_bytes()]


def _link(link: Path, target: Path) -> None:
    link.parent.mkdir(parents=True, exist_ok=True)
    link.symlink_to(target, target_is_directory=target.is_dir())


def test_symlinked_page_outside_the_source_is_not_read(hard: HardSite, outside: Path) -> None:
    _link(hard.src / "secret.md", outside / "secret.md")
    run = hard.build()
    assert run.code == 0, run.err
    assert "secret.md: symlink points outside the site; not followed" in run.err
    assert not (hard.dest / "secret").exists() and _leaked(hard) == []


def test_symlinked_static_file_and_folder_outside_the_source_are_not_copied(hard: HardSite, outside: Path) -> None:
    _link(hard.src / "files" / "secret.txt", outside / "secret.txt")
    _link(hard.src / "linked", outside / "dir")
    run = hard.build()
    assert run.code == 0, run.err
    assert "files/secret.txt" in run.err and "linked" in run.err
    assert _leaked(hard) == [] and not (hard.dest / "linked").exists()


def test_symlink_inside_the_source_is_followed(hard: HardSite) -> None:
    _link(hard.src / "files" / "alias.pdf", hard.src / "files" / "paper.pdf")
    hard.good_build()
    assert (hard.dest / "files" / "alias.pdf").read_bytes() == b"%PDF-1.4 fake\n"


def test_symlinked_data_file_outside_the_source_is_not_read(hard: HardSite, outside: Path) -> None:
    _link(hard.src / "_data" / "secret.yml", outside / "secret.yml")
    hard.write({"_pages/notes.md": "---\npermalink: /notes/\n---\n[{{ site.data.secret.value }}]\n"})
    hard.good_build()
    assert "<p>[]</p>" in (hard.dest / "notes" / "index.html").read_text()
    assert _leaked(hard) == []


def test_symlinked_layout_outside_the_source_is_not_used(hard: HardSite, outside: Path) -> None:
    _link(hard.src / "_layouts" / "secret.html", outside / "secret.html")
    hard.write({"_pages/notes.md": "---\nlayout: secret\npermalink: /notes/\n---\nnotes\n"})
    run = hard.build()
    assert run.code == 0
    assert "layout 'secret' does not exist" in run.err
    assert _leaked(hard) == []


@pytest.mark.parametrize("tag", ["include", "include_relative"])
def test_symlinked_include_outside_the_source_is_refused(hard: HardSite, outside: Path, tag: str) -> None:
    folder = "_includes" if tag == "include" else "_pages"
    _link(hard.src / folder / "secret.html", outside / "secret.html")
    run = hard.fails({"_pages/notes.md": f"---\npermalink: /notes/\n---\n\n{{% {tag} secret.html %}}\n"},
                     "_pages/notes.md:5", "outside the site", "not included")
    assert SECRET not in run.err


def test_symlinked_jinja_include_outside_the_source_is_refused(hard: HardSite, outside: Path) -> None:
    _link(hard.src / "_includes" / "secret.jinja", outside / "secret.html")
    run = hard.fails({
        "_layouts/j.jinja": "<html>{% include 'secret.jinja' %}{{ content }}</html>\n",
        "_pages/notes.md": "---\nlayout: j\npermalink: /notes/\n---\nx\n",
    }, "secret.jinja", "outside the site")
    assert SECRET not in run.err


@pytest.mark.parametrize("name", ["../outside/secret.html", "../../outside/secret.html", "a/../../secret.html",
                                  "..", "/../outside/secret.html", "x//y.html"])
@pytest.mark.parametrize("tag", ["include", "include_relative"])
def test_include_refuses_dotdot(hard: HardSite, outside: Path, tag: str, name: str) -> None:
    run = hard.fails({"_pages/notes.md": f"---\npermalink: /notes/\n---\n{{% {tag} {name} %}}\n"},
                     "_pages/notes.md:4", f"invalid file name in {tag} tag")
    assert SECRET not in run.err


def test_include_with_an_absolute_path_stays_in_the_includes_folder(hard: HardSite, outside: Path) -> None:
    absolute = str(outside / "secret.html")
    run = hard.fails({"_pages/notes.md": f"---\npermalink: /notes/\n---\n{{% include {absolute} %}}\n"},
                     "_pages/notes.md:4", "Could not locate the included file")
    assert SECRET not in run.err


@pytest.mark.parametrize("name", ["../outside/secret.txt", "/etc/passwd", str(Path("/etc/passwd"))])
def test_link_tag_only_names_documents_of_the_site(hard: HardSite, outside: Path, name: str) -> None:
    run = hard.fails({"_pages/notes.md": f"---\npermalink: /notes/\n---\n{{% link {name} %}}\n"},
                     "_pages/notes.md:4", "Could not find document")
    assert SECRET not in run.err and "root:" not in run.err


def test_sass_import_through_a_symlink_outside_the_source_is_refused(hard: HardSite, outside: Path) -> None:
    _link(hard.src / "_sass" / "_secret.scss", outside / "_secret.scss")
    run = hard.fails({"assets/css/main.scss": "---\n---\n\n@import \"secret\";\nbody { color: red; }\n"},
                     "assets/css/main.scss:4", "leads outside the site", "not read")
    assert SECRET not in run.err


def test_sass_import_with_dotdot_out_of_the_source_is_refused(hard: HardSite, outside: Path) -> None:
    hard.write({"_sass/base.scss": "body { color: red; }\n"})
    run = hard.fails({"assets/css/main.scss": "---\n---\n@import \"base\";\n@import \"../../outside/secret\";\n"},
                     "assets/css/main.scss:4", "leads outside the site")
    assert SECRET not in run.err


def test_sass_import_inside_the_site_still_works(hard: HardSite) -> None:
    hard.write({"_sass/_vars.scss": "$c: #123456;\n", "_sass/parts/_box.scss": ".box { color: $c; }\n",
                "assets/css/main.scss": "---\n---\n@import \"vars\";\n@import \"parts/box\";\n"})
    hard.good_build()
    assert "#123456" in (hard.dest / "assets" / "css" / "main.css").read_text()


def test_a_folder_named_like_a_sass_import_in_the_working_directory_is_not_an_escape(
    hard: HardSite, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """libsass also looks in the working directory; a folder there called `vars` is not a file it
    could read, so it must not turn `@import "vars"` into a refused import."""
    (hard.root / "vars").mkdir()
    monkeypatch.chdir(hard.root)
    hard.write({"_sass/_vars.scss": "$c: #123456;\n", "assets/css/main.scss": "---\n---\n@import \"vars\";\n"
                "body { color: $c; }\n"})
    hard.good_build()
    assert "#123456" in (hard.dest / "assets" / "css" / "main.css").read_text()

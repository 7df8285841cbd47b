from pathlib import Path

import pytest

from homepage_gen.errors import BuildError
from homepage_gen.writer import StagedOutput, check_destination
from tests.conftest import tree_snapshot


def test_commit_replaces_destination_and_keeps_kept_files(tmp_path: Path) -> None:
    dest = tmp_path / "_site"
    (dest / ".git").mkdir(parents=True)
    (dest / ".git" / "HEAD").write_text("ref")
    (dest / "stale.html").write_text("old")
    out = StagedOutput(dest, [".git"])
    out.write_text("index.html", "new")
    out.commit()
    assert tree_snapshot(dest) == {".git/HEAD": b"ref", "index.html": b"new"}
    assert [p.name for p in tmp_path.iterdir()] == ["_site"]  # no staging or old folders left


def test_discard_leaves_previous_site_untouched(tmp_path: Path) -> None:
    dest = tmp_path / "_site"
    dest.mkdir()
    (dest / "index.html").write_text("good")
    before = tree_snapshot(dest)
    out = StagedOutput(dest, [])
    out.write_text("index.html", "half")
    out.discard()
    assert tree_snapshot(dest) == before
    assert [p.name for p in tmp_path.iterdir()] == ["_site"]


def test_output_path_cannot_escape(tmp_path: Path) -> None:
    out = StagedOutput(tmp_path / "_site", [])
    with pytest.raises(BuildError):
        out.write_text("../evil.html", "x")
    out.discard()
    assert not (tmp_path / "evil.html").exists()


def test_destination_that_is_a_file_is_not_replaced(tmp_path: Path) -> None:
    dest = tmp_path / "_site"
    dest.write_text("precious")
    out = StagedOutput(dest, [])
    with pytest.raises(BuildError):
        out.commit()
    out.discard()
    assert dest.read_text() == "precious"


@pytest.mark.parametrize("which", ["same", "parent", "home", "root"])
def test_dangerous_destinations_are_refused(tmp_path: Path, which: str, monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "src"
    source.mkdir()
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    (tmp_path / "home").mkdir()
    dest = {"same": source, "parent": tmp_path, "home": tmp_path / "home", "root": Path("/")}[which]
    with pytest.raises(BuildError):
        check_destination(dest, source)


def test_sibling_and_nested_destinations_are_fine(tmp_path: Path) -> None:
    source = tmp_path / "src"
    source.mkdir()
    check_destination(source / "_site", source)
    check_destination(tmp_path / "out", source)

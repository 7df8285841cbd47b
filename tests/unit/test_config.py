from pathlib import Path

import pytest

from homepage_gen.config import load_config, normalize_baseurl
from homepage_gen.errors import ConfigError
from tests.conftest import write_tree


def test_defaults_under_config(site_dir: Path) -> None:
    write_tree(site_dir, {"_config.yml": "title: Lab\nkramdown:\n  hard_wrap: true\n"})
    config = load_config(site_dir)
    assert config["title"] == "Lab"
    # nested mappings merge with Jekyll's defaults instead of replacing them
    assert config["kramdown"]["hard_wrap"] is True
    assert config["kramdown"]["input"] == "GFM"
    assert config["permalink"] == "date"
    assert "node_modules" in config["exclude"]
    assert config.destination == (site_dir / "_site").resolve()


def test_later_config_files_win(site_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_tree(site_dir, {"a.yml": "title: A\nurl: https://a.example\n", "b.yml": "title: B\n"})
    monkeypatch.chdir(site_dir)
    config = load_config(site_dir, config_files="a.yml,b.yml")
    assert config["title"] == "B"
    assert config.url == "https://a.example"


def test_invalid_yaml_names_file_and_line(site_dir: Path) -> None:
    write_tree(site_dir, {"_config.yml": "title: ok\nauthor:\n  name: x\n  bio: [unclosed\nurl: y\n"})
    with pytest.raises(ConfigError) as info:
        load_config(site_dir)
    assert info.value.path == "_config.yml"
    assert info.value.line in (4, 5)
    assert "_config.yml:" in info.value.format()


def test_wrong_type_names_the_key_line(site_dir: Path) -> None:
    write_tree(site_dir, {"_config.yml": "title: ok\n\nexclude: 42\n"})
    with pytest.raises(ConfigError) as info:
        load_config(site_dir)
    assert (info.value.path, info.value.line) == ("_config.yml", 3)
    assert "exclude" in info.value.message


def test_bom_and_crlf_are_accepted(site_dir: Path) -> None:
    (site_dir / "_config.yml").write_bytes(b"\xef\xbb\xbftitle: Lab\r\nurl: https://x.example\r\n")
    config = load_config(site_dir)
    assert config["title"] == "Lab"
    assert config.url == "https://x.example"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [(None, ""), ("", ""), ("/", ""), ("/repo", "/repo"), ("repo/", "/repo"), ("/a/b/", "/a/b")],
)
def test_baseurl_normalisation(raw: str | None, expected: str) -> None:
    assert normalize_baseurl(raw) == expected

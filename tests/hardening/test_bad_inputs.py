"""Every user mistake: exit 1, `file:line` and what was expected, no traceback, nothing changed.

Each failing case goes through `HardSite.fails()` (see conftest.py): a good build
first, then the bad input, then a build that must fail and leave every file under
the temporary folder (previous `_site`, source, neighbours) exactly as it was.
"""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from tests.hardening.conftest import HardSite

# -- YAML ------------------------------------------------------------------------------------


def test_front_matter_yaml_error_names_file_line_and_column(hard: HardSite) -> None:
    run = hard.fails({"_pages/bad.md": "---\ntitle: ok\ntags: [a, b\nlayout: default\n---\nx\n"},
                     "_pages/bad.md:4:", "invalid YAML")
    assert "hint:" in run.err


def test_front_matter_that_is_not_closed(hard: HardSite) -> None:
    hard.fails({"_pages/bad.md": "---\ntitle: ok\n\nbody without the closing line\n"},
               "_pages/bad.md:1:", "front matter is not closed", "add a line with `---`")


def test_front_matter_that_is_a_list_not_a_mapping(hard: HardSite) -> None:
    hard.fails({"_pages/bad.md": "---\n- a\n- b\n---\nx\n"}, "_pages/bad.md:2:", "must be a mapping")


@pytest.mark.parametrize("value", ["!!int seven", "!!timestamp 0x1F", "!!float x", "!!binary abc*"])
def test_front_matter_value_of_the_wrong_yaml_type(hard: HardSite, value: str) -> None:
    hard.fails({"_pages/bad.md": f"---\ntitle: ok\ncount: {value}\n---\nx\n"}, "_pages/bad.md:3:", "invalid YAML")


def test_config_yaml_error_names_line_and_column(hard: HardSite) -> None:
    hard.fails({"_config.yml": "title: Lab\ninclude: [_pages]\nauthor:\n  name: \"unclosed\n"},
               "_config.yml:4:", "invalid YAML")


def test_config_value_of_the_wrong_type_names_its_line(hard: HardSite) -> None:
    hard.fails({"_config.yml": "title: Lab\ninclude: [_pages]\nexclude: 5\n"}, "_config.yml:3", "exclude")


def test_missing_config_file_given_on_the_command_line(hard: HardSite) -> None:
    hard.fails({}, "nope.yml", args=("--config", "nope.yml"))


def test_data_yaml_error_names_the_data_file(hard: HardSite) -> None:
    hard.fails({"_data/people.yml": "- name: A\n  role: [x\n- name: B\n"}, "_data/people.yml:3:", "invalid YAML")


def test_data_json_error_names_the_data_file(hard: HardSite) -> None:
    hard.fails({"_data/people.json": '{"a": 1,\n "b": }\n'}, "_data/people.json:2:", "invalid JSON")


# -- Liquid ----------------------------------------------------------------------------------


def test_liquid_syntax_error_has_the_file_line(hard: HardSite) -> None:
    page = "---\nlayout: default\n---\nline 4\n\n{% if page.title %}\nno endif\n"
    run = hard.fails({"_pages/bad.md": page}, "_pages/bad.md:", "Liquid syntax error")
    line = int(run.err.split("_pages/bad.md:")[1].split(":")[0])
    assert line in (6, 7), run.err


def test_liquid_unknown_tag_says_it_is_a_plugin_tag(hard: HardSite) -> None:
    hard.fails({"_pages/bad.md": "---\n---\n\n{% bibliography --file refs %}\n"},
               "_pages/bad.md:4:", "unexpected tag", "plugin")


def test_liquid_runtime_error_has_the_file_line(hard: HardSite) -> None:
    hard.fails({"_pages/bad.md": "---\n---\nok\n{{ 10 | divided_by: 0 }}\n"}, "_pages/bad.md:4:", "divide")


def test_liquid_error_inside_an_include_names_the_include_chain(hard: HardSite) -> None:
    run = hard.fails({
        "_includes/inner.html": "one\ntwo\nthree\n{{ 1 | divided_by: 0 }}\n",
        "_includes/outer.html": "a\n{% include inner.html %}\n",
        "_pages/bad.md": "---\n---\n" + "text\n" * 9 + "{% include outer.html %}\n",
    }, "_includes/inner.html:4:", "included from _includes/outer.html:2", "included from _pages/bad.md:12")
    # innermost first, as a reader follows it
    assert run.err.index("outer.html:2") < run.err.index("bad.md:12")


def test_liquid_syntax_error_inside_an_include(hard: HardSite) -> None:
    hard.fails({
        "_includes/broken.html": "ok\n{% for x in site.pages %}\n",
        "_pages/bad.md": "---\n---\n\n{% include broken.html %}\n",
    }, "_includes/broken.html:", "Liquid syntax error", "included from _pages/bad.md:4")


def test_liquid_error_in_a_layout_names_the_layout_line(hard: HardSite) -> None:
    hard.fails({"_layouts/default.html": "<html>\n{{ content }}\n{{ 'x' | divided_by: 0 }}\n</html>\n"},
               "_layouts/default.html:3:")


def test_missing_include_names_the_page_line_and_the_folders_searched(hard: HardSite) -> None:
    hard.fails({"_pages/bad.md": "---\n---\n\n\n{% include nope.html %}\n"},
               "_pages/bad.md:5", "Could not locate the included file 'nope.html'", "_includes")


def test_include_with_bad_parameters(hard: HardSite) -> None:
    hard.fails({"_pages/bad.md": "---\n---\n{% include nav.html a=\"x b %}\n"}, "_pages/bad.md:3", "include")


def test_recursive_include_is_stopped_with_a_message(hard: HardSite) -> None:
    hard.fails({
        "_includes/loop.html": "again {% include loop.html %}\n",
        "_pages/bad.md": "---\n---\n{% include loop.html %}\n",
    }, "_includes/loop.html:1", "nested deeper than", "included from _pages/bad.md:3")


# -- Jinja2 (the bundled theme's engine, for *.jinja layouts and includes) ------------------------


def test_jinja_syntax_error_names_the_template_line(hard: HardSite) -> None:
    hard.fails({
        "_layouts/j.jinja": "<html>\n{{ content }}\n{% if page.title %}\n</html>\n",
        "_pages/notes.md": "---\nlayout: j\npermalink: /notes/\n---\nx\n",
    }, "_layouts/j.jinja:", "Jinja2 syntax error")


def test_jinja_runtime_error_names_the_template_line(hard: HardSite) -> None:
    hard.fails({
        "_layouts/j.jinja": "<html>\n{{ content }}\n{{ 1 // 0 }}\n</html>\n",
        "_pages/notes.md": "---\nlayout: j\npermalink: /notes/\n---\nx\n",
    }, "_layouts/j.jinja:3", "ZeroDivisionError")


def test_jinja_error_inside_an_include_names_the_include_and_its_line(hard: HardSite) -> None:
    hard.fails({
        "_layouts/j.jinja": "<html>\n\n\n\n\n{% include 'part.jinja' %}\n{{ content }}\n</html>\n",
        "_includes/part.jinja": "a\nb\n{{ 1 // 0 }}\n",
        "_pages/notes.md": "---\nlayout: j\npermalink: /notes/\n---\nx\n",
    }, "_includes/part.jinja:3", "j.jinja:6")


def test_jinja_missing_include(hard: HardSite) -> None:
    hard.fails({
        "_layouts/j.jinja": "<html>\n{% include 'nope.jinja' %}\n</html>\n",
        "_pages/notes.md": "---\nlayout: j\npermalink: /notes/\n---\nx\n",
    }, "_layouts/j.jinja:2", "nope.jinja")


# -- Sass ------------------------------------------------------------------------------------------


def test_sass_syntax_error_names_the_file_line(hard: HardSite) -> None:
    hard.fails({"assets/css/main.scss": "---\n---\nbody {\n  color: red;\n  margin: $nope;\n}\n"},
               "assets/css/main.scss:5", "Sass error", "Undefined variable")


# -- encodings ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("where", ["_pages/bad.md", "_config.yml", "_data/bad.yml", "_layouts/default.html",
                                   "_includes/nav.html"])
def test_invalid_utf8_is_named_with_the_byte_offset(hard: HardSite, where: str) -> None:
    original = (hard.src / where).read_bytes() if (hard.src / where).exists() else b"---\n---\n"
    if where.endswith(".md"):
        original = b"---\ntitle: x\n---\n"
    bad = original + b"caf\xe9 ok\n"
    hard.fails({where: bad}, where, "not valid UTF-8", f"byte offset {len(original) + 3}")


def test_bom_and_crlf_are_accepted_everywhere(hard: HardSite) -> None:
    hard.write({
        "_sass/_vars.scss": "$accent: #123456;\n",
        "assets/css/main.scss": "---\n---\n@import \"vars\";\nh1 {\n  color: $accent;\n}\n",
        "_data/people.csv": "name,role\nAda,PI\n",
        "_data/links.json": '{"home": "/"}\n',
        "_includes/people.html": "{% for p in site.data.people %}{{ p.name }}={{ p.role }};{% endfor %}"
                                 "{{ site.data.links.home }}\n",
        "_pages/notes.md": "---\nlayout: default\ntitle: Notes\npermalink: /notes/\n---\n"
                           "{% include people.html %}\n\n```\ncode\n```\n",
    })
    hard.good_build()
    assert "Ada=PI;/" in (hard.dest / "notes" / "index.html").read_text()
    # (A Sass source map embeds its sources as they are, BOM and all: it is left out.)
    clean = {p.relative_to(hard.dest).as_posix(): p.read_bytes() for p in hard.dest.rglob("*")
             if p.is_file() and p.suffix != ".map"}
    for path in hard.src.rglob("*"):
        if path.is_file() and "_site" not in path.parts and path.suffix != ".pdf":
            path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes().replace(b"\n", b"\r\n"))
    run = hard.build()
    assert run.code == 0, run.err
    assert "warning" not in run.err, run.err
    crlf = {p.relative_to(hard.dest).as_posix(): p.read_bytes() for p in hard.dest.rglob("*")
            if p.is_file() and p.suffix != ".map"}
    assert crlf == clean
    assert not any(b"\xef\xbb\xbf" in data or b"\r" in data for data in crlf.values())


def test_a_static_file_that_is_not_utf8_is_copied_as_is(hard: HardSite) -> None:
    hard.write({"files/latin1.txt": b"caf\xe9\r\n"})
    hard.good_build()
    assert (hard.dest / "files" / "latin1.txt").read_bytes() == b"caf\xe9\r\n"


# -- layouts, warnings and --strict --------------------------------------------------------------------


def test_unknown_layout_is_a_warning_naming_the_page(hard: HardSite) -> None:
    hard.write({"_pages/notes.md": "---\nlayout: nope\npermalink: /notes/\n---\nx\n"})
    run = hard.build()
    assert run.code == 0, run.err
    assert "warning: _pages/notes.md" in run.err and "layout 'nope' does not exist" in run.err
    assert (hard.dest / "notes" / "index.html").read_text() == "<p>x</p>\n"


def test_strict_turns_an_unknown_layout_into_an_error(hard: HardSite) -> None:
    hard.fails({"_pages/notes.md": "---\nlayout: nope\npermalink: /notes/\n---\nx\n"},
               "_pages/notes.md", "layout 'nope' does not exist", "--strict", args=("--strict",))


def test_strict_turns_an_undefined_variable_into_an_error_with_its_line(hard: HardSite) -> None:
    page = "---\nlayout: default\npermalink: /notes/\n---\nfine {{ page.title }}\n{{ page.nope }}\n"
    assert hard.build().code == 0
    hard.fails({"_pages/notes.md": page}, "_pages/notes.md:6", "undefined", args=("--strict",))


def test_unknown_filter_is_a_warning_and_a_strict_error(hard: HardSite) -> None:
    page = "---\npermalink: /notes/\n---\n\n{{ 'x' | no_such_filter }}\n"
    hard.write({"_pages/notes.md": page})
    run = hard.build()
    assert run.code == 0 and "_pages/notes.md:5" in run.err and "no_such_filter" in run.err
    hard.fails({}, "_pages/notes.md:5", "no_such_filter", args=("--strict",))


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_strict_turns_a_failed_stats_fetch_into_an_error(hard: HardSite) -> None:
    url = f"http://127.0.0.1:{_closed_port()}/gs_data.json"
    config = f"title: Lab\ninclude: [_pages]\nscholar:\n  url: {url}\n  timeout: 2\n"
    hard.write({"_config.yml": config})
    # --offline is given by HardSite.build; a fetch needs it off, so call main directly here.
    from homepage_gen.cli import main

    assert main(["build", "-s", str(hard.src), "-q"]) == 0  # a warning only
    hard.capsys.readouterr()
    code = main(["build", "-s", str(hard.src), "--strict"])
    err = hard.capsys.readouterr().err
    assert code == 1 and "Scholar stats" in err and "--strict" in err and "Traceback" not in err


# -- what a user sees: a real process, no traceback unless --trace --------------------------------------


@pytest.mark.parametrize("files", [
    {"_pages/bad.md": "---\ntitle: [x\n---\n"},
    {"_pages/bad.md": "---\n---\n{% include nope.html %}\n"},
    {"_pages/bad.md": b"---\n---\n\xff\n"},
], ids=["yaml", "include", "utf8"])
def test_no_traceback_in_a_real_process_unless_trace(hard: HardSite, files: dict[str, str | bytes]) -> None:
    hard.write(files)
    run = hard.build_process()
    assert run.code == 1 and "_pages/bad.md:" in run.err
    assert "Traceback" not in run.err and "internal error" not in run.err
    traced = hard.build_process("--trace")
    assert traced.code == 1 and "Traceback" in traced.err and "_pages/bad.md:" in traced.err


def test_source_that_does_not_exist_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from homepage_gen.cli import main

    assert main(["build", "-s", str(tmp_path / "nope")]) == 2
    assert "source folder not found" in capsys.readouterr().err

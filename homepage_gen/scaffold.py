"""`homepage new DIR`: write a complete starter site that builds at once with the bundled theme.

The files come from `homepage_gen/starter/` (shipped inside the wheel). Text files
carry `%%NAME%%` placeholders filled from the command line; values that land in
YAML are written as JSON strings (valid YAML, any characters safe).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from . import __version__
from .errors import UsageError

STARTER = Path(__file__).resolve().parent / "starter"

# starter file -> where it goes in the new site (dot names can't ship reliably as package data)
FILES: dict[str, str] = {
    "_config.yml": "_config.yml",
    "_pages/about.md": "_pages/about.md",
    "_data/navigation.yml": "_data/navigation.yml",
    "images/avatar.svg": "images/avatar.svg",
    "images/paper-figure.svg": "images/paper-figure.svg",
    "gitignore": ".gitignore",
    "README.md": "README.md",
    "workflows/deploy.yml": ".github/workflows/deploy.yml",
    "workflows/scholar.yml": ".github/workflows/scholar.yml",
}

WORKFLOWS = ("deploy.yml", "scholar.yml")
DEFAULT_NAME = "Your Name"
REPOSITORY = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]{1,100}$")
SCHOLAR_ID = re.compile(r"^[A-Za-z0-9_-]{4,40}$")
_PLACEHOLDER = re.compile(r"%%([A-Z_]+)%%")


@dataclass(frozen=True)
class StarterOptions:
    name: str = DEFAULT_NAME
    scholar_id: str | None = None
    repository: str | None = None
    homepage_gen: str = f"homepage-gen=={__version__}"  # what the workflows install


def add_new_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("directory", help="folder for the new site (created if missing)")
    parser.add_argument(
        "--name", default=DEFAULT_NAME, help="your name, shown as the title and in the sidebar"
    )
    parser.add_argument("--scholar-id", help="your Google Scholar id (the user= part of your profile URL)")
    parser.add_argument("--repository", help="the GitHub repository that will host the site, OWNER/REPO")
    parser.add_argument("--force", action="store_true", help="write into a folder that is not empty")


def run_new(args: argparse.Namespace) -> int:
    target = Path(args.directory)
    options = StarterOptions(
        name=str(args.name).strip() or DEFAULT_NAME,
        scholar_id=args.scholar_id,
        repository=args.repository,
    )
    written = write_starter(target, options, force=args.force)
    print(f"Created a new site in {target} ({len(written)} files).")
    print("Next:")
    print(f"  homepage build -s {_shell_word(str(target))}   # then open _site/index.html")
    print(f"  homepage doctor -s {_shell_word(str(target))}  # check for mistakes")
    print('  push it to GitHub and set Settings -> Pages -> Source to "GitHub Actions"')
    return 0


def _shell_word(text: str) -> str:
    return text if re.fullmatch(r"[A-Za-z0-9_./~-]+", text) else "'" + text.replace("'", "'\\''") + "'"


def check_options(options: StarterOptions) -> None:
    if options.repository is not None and not REPOSITORY.match(options.repository):
        raise UsageError(
            f"--repository must look like OWNER/REPO (e.g. ada/ada.github.io), got {options.repository!r}"
        )
    if options.scholar_id is not None and not SCHOLAR_ID.match(options.scholar_id):
        raise UsageError(
            f"--scholar-id must be the id in your profile URL (…?user=ID), got {options.scholar_id!r}"
        )
    if any(ch in options.name for ch in "\n\r"):
        raise UsageError("--name must be one line")


def substitutions(options: StarterOptions) -> dict[str, str]:
    """Placeholder values for the starter files."""
    scholar_url = (
        f"https://scholar.google.com/citations?user={options.scholar_id}" if options.scholar_id else ""
    )
    owner = options.repository.split("/", 1)[0] if options.repository else ""
    return {
        "NAME": options.name,
        "NAME_MD": _markdown_text(options.name),
        "NAME_YAML": _yaml(options.name),
        "TITLE_YAML": _yaml(options.name),
        "DESCRIPTION_YAML": _yaml(f"The academic homepage of {options.name}."),
        "REPOSITORY_YAML": _yaml(options.repository or ""),
        "URL_YAML": _yaml(f"https://{owner.lower()}.github.io" if owner else ""),
        "SCHOLAR_URL": scholar_url or "https://scholar.google.com/",
        "SCHOLAR_URL_YAML": _yaml(scholar_url),
        "GITHUB_YAML": _yaml(owner),
        "INITIALS": _xml_text(initials(options.name)),
        "HOMEPAGE_GEN": options.homepage_gen,
        "HOMEPAGE_GEN_SCHOLAR": with_extra(options.homepage_gen, "scholar"),
        "HOMEPAGE_GEN_NOTE": (
            "this repository is homepage-gen itself: build with its own code"
            if options.homepage_gen.startswith(".")
            else "the release that builds this site; raise the version to upgrade"
        ),
        "SCHOLAR_ID_DEFAULT": f" || '{options.scholar_id}'" if options.scholar_id else "",
    }


def with_extra(requirement: str, extra: str) -> str:
    """`homepage-gen==1.0` -> `homepage-gen[scholar]==1.0`; `.` -> `.[scholar]`."""
    match = re.match(r"^([A-Za-z0-9._-]+|\.)(\[[^\]]*\])?(.*)$", requirement)
    if not match or match.group(2):
        return requirement
    return f"{match.group(1)}[{extra}]{match.group(3)}"


def _yaml(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def _markdown_text(text: str) -> str:
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return re.sub(r"([\\`*_{}\[\]|])", r"\\\1", escaped).replace("{{", "{ {").replace("{%", "{ %")


def _xml_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def initials(name: str) -> str:
    """Up to two initials for the placeholder avatar: "Ada Lovelace" -> "AL"."""
    words = [w for w in re.split(r"[\s\-]+", name) if w and w[0].isalnum()]
    if not words:
        return "?"
    letters = words[0][0] + (words[-1][0] if len(words) > 1 else "")
    return letters.upper()


def render_template(text: str, values: dict[str, str], relative: str) -> str:
    def sub(match: re.Match[str]) -> str:
        key = match.group(1)
        if key not in values:
            raise KeyError(f"starter/{relative}: unknown placeholder %%{key}%%")
        return values[key]

    return _PLACEHOLDER.sub(sub, text)


def render_starter(options: StarterOptions) -> dict[str, str]:
    """The new site's files: relative path -> text."""
    check_options(options)
    values = substitutions(options)
    files: dict[str, str] = {}
    for source, target in FILES.items():
        text = (STARTER / source).read_text(encoding="utf-8")
        files[target] = render_template(text, values, source)
    return files


def render_workflow(name: str, homepage_gen: str) -> str:
    """One of the starter workflows as it is written for a site installing `homepage_gen`."""
    if name not in WORKFLOWS:
        raise ValueError(f"unknown workflow {name!r}")
    values = substitutions(StarterOptions(homepage_gen=homepage_gen))
    return render_template((STARTER / "workflows" / name).read_text(encoding="utf-8"), values, name)


def write_starter(target: Path, options: StarterOptions, *, force: bool = False) -> list[Path]:
    """Write the starter site into `target`; refuse a non-empty folder unless `force`."""
    files = render_starter(options)
    if target.exists() and not target.is_dir():
        raise UsageError(f"{target} exists and is not a folder")
    if target.is_dir() and any(target.iterdir()) and not force:
        raise UsageError(
            f"{target} is not empty; choose a new folder, or add --force to write the starter files "
            "into it (files with the same names are replaced)"
        )
    written: list[Path] = []
    for relative, text in files.items():
        path = target / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="\n")
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:  # pragma: no cover - for `python -m homepage_gen.scaffold`
    parser = argparse.ArgumentParser(prog="homepage new")
    add_new_arguments(parser)
    try:
        return run_new(parser.parse_args(argv))
    except UsageError as err:
        print(f"homepage: error: {err}", file=sys.stderr)
        return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

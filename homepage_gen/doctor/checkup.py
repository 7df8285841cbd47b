"""One doctor run: read the configuration, build the site into a scratch folder, run every check."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ..config import SiteConfig, load_config
from ..errors import BuildError, HomepageError
from .config_keys import check_config_keys
from .files import site_files
from .images import check_images
from .links import BuiltPage, BuiltSite, SourceFinder, check_links, check_navigation, navigation_entries
from .report import Report
from .text import check_text
from .urls import check_urls as check_url_settings
from .urls import served_at
from .yamlpos import file_yaml_lines

NAVIGATION_FILES = ("_data/navigation.yml", "_data/navigation.yaml")


@dataclass(frozen=True)
class DoctorOptions:
    source: Path
    config_files: str | None = None
    baseurl: str | None = None  # check links as served at this path instead of the derived one
    offline: bool = False  # skip the Scholar stats reachability check


def _relative(path: Path, source: Path) -> str:
    try:
        return path.resolve().relative_to(source.resolve()).as_posix()
    except ValueError:
        return str(path)


def diagnose(options: DoctorOptions) -> Report:
    report = Report()
    source = options.source.resolve()
    try:
        config = load_config(source, config_files=options.config_files)
    except BuildError as err:
        report.error("config", err.message, err.path, err.line, hint=err.hint)
        files = list(site_files(source))
        check_text(source, files, report)
        check_images(source, files, report)
        return report

    for path in config.files:
        _check_keys(path, source, report)
    check_url_settings(config.data, config.key_lines, source, report)
    files = list(site_files(source, skip=[config.destination], exclude=config.get("exclude") or []))
    check_text(source, files, report)
    check_images(source, files, report)
    _check_built_site(config, options, report)
    if not options.offline and config.get("repository"):
        from .scholar_check import check_scholar

        where, line = config.where("scholar") if config.get("scholar") else config.where("repository")
        check_scholar(config.data, where or "_config.yml", line, report)
    return report


def _check_keys(path: Path, source: Path, report: Report) -> None:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return  # load_config reported it
    if isinstance(data, dict):
        check_config_keys(data, file_yaml_lines(path), _relative(path, source), report)


def _check_built_site(config: SiteConfig, options: DoctorOptions, report: Report) -> None:
    from ..build import BuildOptions, build_site

    served = served_at(config.data, config.source, options.baseurl)
    report.notes.append(
        f"links checked as served at {config.url or ''}{served.baseurl or ''}/ "
        f"(baseurl {served.baseurl!r}, {served.why})"
    )
    with tempfile.TemporaryDirectory(prefix="homepage-doctor-") as scratch:
        destination = Path(scratch) / "site"
        try:
            result = build_site(
                BuildOptions(
                    source=config.source,
                    destination=destination,
                    config_files=options.config_files,
                    baseurl=served.baseurl,
                    offline=True,
                )
            )
        except BuildError as err:
            report.error(
                "build", f"the site does not build: {err.message}", err.path, err.line, hint=err.hint
            )
            return
        except HomepageError as err:
            report.error("build", f"the site does not build: {err}")
            return
        for warning in result.warnings:
            if not warning.message.startswith("Scholar stats"):  # doctor checks those itself
                report.warning("build", warning.message, warning.path, warning.line)
        site = result.site
        if site is None:
            return
        pages = [
            BuiltPage(
                page.url,
                page.relative_path if page.source_file is not None else None,
                page.output_path,
                page.output or "",
            )
            for page in site.pages
            if page.is_html
        ]
        built = BuiltSite.load(destination, served.baseurl, config.url, pages)
        skip: set[tuple[str, str]] = set()
        navigation = _navigation_file(config.source)
        if navigation is not None:
            data: Any = site.data.get("navigation")
            entries = navigation_entries(data, file_yaml_lines(navigation))
            skip = check_navigation(built, entries, _relative(navigation, config.source), report)
        finder = SourceFinder(config.source, _template_files(config.source))
        check_links(built, finder, report, skip)


def _navigation_file(source: Path) -> Path | None:
    for name in NAVIGATION_FILES:
        if (source / name).is_file():
            return source / name
    return None


def _template_files(source: Path) -> list[str]:
    found: list[str] = []
    for folder in ("_layouts", "_includes", "_data"):
        base = source / folder
        if base.is_dir():
            found.extend(sorted(p.relative_to(source).as_posix() for p in base.rglob("*") if p.is_file()))
    found.extend(name for name in ("_config.yml", "_config.yaml") if (source / name).is_file())
    return found

"""Jinja2 for `*.jinja` layouts and includes.

The environment sees the same `site`, `page`, `layout` and `content` values and
the same filters as Liquid. Output is not auto-escaped (Liquid does not escape
either); templates escape attribute values with `escape`/`xml_escape`.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import jinja2
from jinja2.bccache import Bucket, BytecodeCache

from ..errors import BuildError


class RoutedBytecodeCache(BytecodeCache):
    """Compiled templates on disk: the bundled theme's in a per-user cache, the site's in its own.

    Compiling the theme costs ~40 ms a process; its bytecode depends only on the installed
    theme, so every site (and a site's very first build) can reuse it. Jinja2 checks each
    entry against the template source's checksum, so a stale entry is never used.
    """

    def __init__(self, site_dir: Path, theme_root: Path, user_dir: Path | None) -> None:
        # Entries depend on the Jinja2 version and our environment settings, not only the source.
        salt = f"{jinja2.__version__}-2"
        self.site_dir = site_dir / salt
        self.theme_root = str(theme_root)
        self.user_dir = user_dir / salt if user_dir is not None else None
        self._dirs: dict[str, Path] = {}

    def get_bucket(self, environment: jinja2.Environment, name: str, filename: str | None, source: str) -> Bucket:
        in_theme = filename is not None and filename.startswith(self.theme_root + os.sep)
        directory = self.user_dir if in_theme and self.user_dir is not None else self.site_dir
        self._dirs[self.get_cache_key(name, filename)] = directory
        return super().get_bucket(environment, name, filename, source)

    def _file(self, bucket: Bucket) -> Path:
        return self._dirs.get(bucket.key, self.site_dir) / f"{bucket.key}.jinja2"

    def load_bytecode(self, bucket: Bucket) -> None:
        with contextlib.suppress(OSError), self._file(bucket).open("rb") as handle:
            bucket.load_bytecode(handle)

    def dump_bytecode(self, bucket: Bucket) -> None:
        target = self._file(bucket)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            temporary = target.with_name(f"{target.name}.{os.getpid()}.tmp")
            with temporary.open("wb") as handle:
                bucket.write_bytecode(handle)
            os.replace(temporary, target)
        except OSError:
            pass  # a cache that cannot be written only costs speed


def _never_folded(func: Callable[..., Any]) -> Callable[..., Any]:
    """Jinja2 evaluates filters on constants at compile time (`"/x" | relative_url`); ours depend
    on the build (baseurl, url, time), and compiled code outlives a build in the bytecode cache.
    A filter that takes the render context is never folded."""

    @jinja2.pass_context
    def call(_context: Any, *args: Any, **kwargs: Any) -> Any:
        return func(*args, **kwargs)

    call.__name__ = getattr(func, "__name__", "filter")
    return call


def user_cache_dir() -> Path | None:
    """`$XDG_CACHE_HOME/homepage` (or `~/.cache/homepage`); None when there is no home."""
    base = os.environ.get("XDG_CACHE_HOME")
    if base:
        return Path(base) / "homepage" / "jinja2"
    try:
        return Path.home() / ".cache" / "homepage" / "jinja2"
    except RuntimeError:
        return None


class _SiteLoader(jinja2.FileSystemLoader):
    """Templates from the layout and include folders, never through a symlink that leaves them
    (Jekyll's safe mode): the folder's parent (the site, or the theme) must hold the real file."""

    def get_source(self, environment: jinja2.Environment, template: str) -> tuple[str, str, Callable[[], bool]]:
        source, filename, uptodate = super().get_source(environment, template)
        real = Path(filename).resolve()
        if not any(real.is_relative_to(Path(d).resolve().parent) for d in self.searchpath):
            raise BuildError(
                f"template '{template}' is a symlink to a file outside the site; not read", template,
                hint="symlinks that leave the site are not followed (as in Jekyll's safe mode); copy the file in",
            )
        return source, filename, uptodate


class JinjaRenderer:
    def __init__(
        self,
        *,
        template_dirs: Sequence[Path],
        filters: Mapping[str, Callable[..., Any]],
        bytecode_cache: BytecodeCache | None = None,
    ) -> None:
        self.template_dirs = [Path(d) for d in template_dirs]
        self.env = jinja2.Environment(
            loader=_SiteLoader([str(d) for d in template_dirs]),
            autoescape=False,
            undefined=jinja2.ChainableUndefined,
            keep_trailing_newline=True,
            bytecode_cache=bytecode_cache,
        )
        self.env.filters.update({name: _never_folded(f) for name, f in filters.items()})
        self._compiled: dict[tuple[str, str], jinja2.Template] = {}

    def _template(self, text: str, path: str, line_offset: int, filename: str | None) -> jinja2.Template:
        key = (path, text)
        template = self._compiled.get(key)
        if template is None:
            # Leading newlines keep Jinja's line numbers equal to the file's.
            padded = "\n" * line_offset + text
            try:
                template = self._load(padded, path, filename)
            except jinja2.TemplateSyntaxError as err:
                where = path if err.name is None else err.name
                raise BuildError(f"Jinja2 syntax error: {err.message}", where, err.lineno) from None
            template.name = path
            self._compiled[key] = template
        return template

    def _load(self, source: str, name: str, filename: str | None) -> jinja2.Template:
        """Compile a layout's text, through the bytecode cache when there is one."""
        cache = self.env.bytecode_cache
        bucket = cache.get_bucket(self.env, name, filename, source) if cache else None
        code = bucket.code if bucket else None
        if code is None:
            code = self.env.compile(source, name, filename or "<template>")
            if cache is not None and bucket is not None:
                bucket.code = code
                cache.set_bucket(bucket)
        return self.env.template_class.from_code(self.env, code, self.env.make_globals(None), None)

    def render(
        self, text: str, context: dict[str, Any], *, path: str, line_offset: int = 0, filename: Path | None = None
    ) -> str:
        template = self._template(text, path, line_offset, str(filename) if filename else None)
        try:
            return template.render(context)
        except jinja2.TemplateSyntaxError as err:
            # an included template is compiled when it is first included
            frames = self._frames(path, filename)
            where = self._shown(err.filename) if err.filename else (err.name or path)
            if frames and frames[-1][0] == where:
                frames.pop()  # the frame that was compiling it
            raise BuildError(f"Jinja2 syntax error: {err.message}", where, err.lineno,
                             context=_chain(frames)) from None
        except jinja2.TemplateNotFound as err:
            frames = self._frames(path, filename)
            shown, line = frames[-1] if frames else (path, None)
            raise BuildError(f"template not found: {err.name}", shown, line, context=_chain(frames[:-1]),
                             hint="check the name in {% include %}; includes live in _includes/") from None
        except BuildError:
            raise
        except Exception as err:  # any runtime error inside a template is the template's
            frames = self._frames(path, filename)
            shown, line = frames[-1] if frames else (path, None)
            raise BuildError(f"Jinja2 error: {type(err).__name__}: {err}", shown, line,
                             context=_chain(frames[:-1])) from None

    def _shown(self, filename: str) -> str:
        """A template file's name for messages: relative to the folder that holds `_layouts`/`_includes`."""
        for directory in self.template_dirs:
            try:
                return Path(filename).relative_to(directory.parent).as_posix()
            except ValueError:
                continue
        return filename

    def _frames(self, path: str, filename: Path | None) -> list[tuple[str, int]]:
        """(template, line) of the exception being handled, outermost first; the layout is `path`.

        Jinja2 rewrites tracebacks so that template frames carry the template's file and line.
        """
        layout_files = {"<template>", path, str(filename) if filename else path}
        frames: list[tuple[str, int]] = []
        tb = sys.exc_info()[2]
        while tb is not None:
            code_file = tb.tb_frame.f_code.co_filename
            if code_file in layout_files:
                shown = path
            elif code_file.endswith(".jinja") or any(
                code_file.startswith(str(d) + os.sep) for d in self.template_dirs
            ):
                shown = self._shown(code_file)
            else:
                tb = tb.tb_next
                continue
            if frames and frames[-1][0] == shown:
                frames[-1] = (shown, tb.tb_lineno)  # a macro or block of the same file: keep the inner line
            else:
                frames.append((shown, tb.tb_lineno))
            tb = tb.tb_next
        return frames


def _chain(outer: list[tuple[str, int]]) -> list[str]:
    """BuildError context for the outer frames: innermost first, as Liquid's include chain reads."""
    return [f"included from {shown}:{line}" for shown, line in reversed(outer)]

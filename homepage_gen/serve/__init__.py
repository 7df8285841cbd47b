"""`homepage serve`: build, serve at `baseurl`, watch, rebuild what changed, reload the browser.

The served output lives in a temporary folder (removed on exit) unless
`--destination` names one; `homepage build` output never contains the reload
script, which is injected into HTML responses only.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from typing import TYPE_CHECKING, Any

from ..errors import UsageError

if TYPE_CHECKING:
    from ..build import BuildOptions
    from .session import PreviewSession, ServeSettings

__all__ = ["PreviewSession", "ServeSettings", "add_serve_arguments", "run_serve"]


def __getattr__(name: str) -> Any:
    # The server, watcher and build load only when serving: `homepage build` imports this module too.
    if name in ("PreviewSession", "ServeSettings"):
        from . import session

        return getattr(session, name)
    raise AttributeError(name)


def _port(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a port number: {text!r}") from None
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"port must be between 0 and 65535, not {value}")
    return value


def add_serve_arguments(parser: argparse.ArgumentParser) -> None:
    """The serve-only flags (the build options are added by the CLI)."""
    parser.add_argument("--host", default="127.0.0.1",
                        help="address to listen on (default: 127.0.0.1, this machine only)")
    parser.add_argument("--port", "-P", type=_port, default=4000,
                        help="port to listen on (default: 4000; 0 picks a free one)")
    parser.add_argument("--no-livereload", dest="livereload", action="store_false",
                        help="do not reload the browser on changes")
    parser.add_argument("--open", "-o", dest="open_browser", action="store_true",
                        help="open the site in the default browser")
    parser.add_argument("--drafts", "-D", action="store_true", help="set site.show_drafts (render drafts)")


def _interrupt(_signum: int, _frame: object) -> None:
    raise KeyboardInterrupt


def run_serve(args: argparse.Namespace, options: BuildOptions) -> int:
    """Serve until Ctrl-C; returns the exit code (errors at start-up raise HomepageError)."""
    import webbrowser

    from .console import Reporter
    from .session import PreviewSession, ServeSettings

    if not options.source.is_dir():
        raise UsageError(f"source folder not found: {options.source}")
    settings = ServeSettings(
        host=getattr(args, "host", "127.0.0.1"),
        port=getattr(args, "port", 4000),
        livereload=getattr(args, "livereload", True),
        drafts=getattr(args, "drafts", False),
    )
    reporter = Reporter(sys.stdout, sys.stderr, quiet=getattr(args, "quiet", False),
                        verbose=getattr(args, "verbose", False))
    session = PreviewSession(options, settings, reporter)
    stop = threading.Event()
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _interrupt)  # `kill` stops as cleanly as Ctrl-C
    try:
        reporter.info(f"Building {options.source.resolve()} …")
        session.start()
        reporter.serving(session.url, str(session.output), settings.livereload, session.temporary_output)
        if getattr(args, "open_browser", False):
            webbrowser.open(session.url)
        while not stop.wait(3600):
            pass
    except KeyboardInterrupt:
        reporter.info("\nStopping…")
        session.stop()
        reporter.info("Stopped.")
        return 0
    finally:
        session.stop()  # idempotent: also after a start-up error
    return 0

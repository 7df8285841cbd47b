"""Screenshot a built site in Debian's Chromium at desktop and phone widths.

    python tools/screenshot.py _site docs/screenshots

Serves the folder on 127.0.0.1 (a random free port), opens `/` with Playwright
driving /usr/bin/chromium (no browser download), and writes
`desktop-1280.png` and `phone-390.png`.
"""

from __future__ import annotations

import functools
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
WIDTHS = {"desktop-1280.png": (1280, 900), "phone-390.png": (390, 844)}


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
        pass


def screenshot(site: Path, out_dir: Path, chromium: str = "/usr/bin/chromium") -> list[Path]:
    from playwright.sync_api import sync_playwright

    out_dir.mkdir(parents=True, exist_ok=True)
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    written: list[Path] = []
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
            for name, (width, height) in WIDTHS.items():
                page = browser.new_page(viewport={"width": width, "height": height})
                # Block anything not on this machine: the page must look right offline.
                page.route("**/*", lambda route: route.continue_()
                           if route.request.url.startswith(url) else route.abort())
                page.goto(url, wait_until="load")
                target = out_dir / name
                page.screenshot(path=str(target), full_page=False)
                written.append(target)
                page.close()
            browser.close()
    finally:
        server.shutdown()
    return written


if __name__ == "__main__":
    site_dir = Path(sys.argv[1] if len(sys.argv) > 1 else "_site")
    out = Path(sys.argv[2] if len(sys.argv) > 2 else "docs/screenshots")
    for path in screenshot(site_dir, out):
        print(path)

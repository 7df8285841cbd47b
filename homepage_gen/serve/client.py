"""The browser side of the preview: a small script, injected into served HTML only.

The script listens on the reload channel (a WebSocket on the same port). It reloads the
page when the page changed, swaps stylesheets in place when only CSS changed,
and shows build errors in an overlay that the next good build removes.
`homepage build` output never contains it: injection happens per response.
"""

from __future__ import annotations

import json
import re

#: Paths of the preview's own endpoints; no site file can live under them.
ENDPOINT_PREFIX = "/__homepage__/"
LIVE_PATH = ENDPOINT_PREFIX + "live"

# The page's epoch is the build it was served from; a channel that connects
# later and reports another epoch means the page is stale and reloads.
_SCRIPT = r"""
(function () {
  "use strict";
  if (window.__homepageLive) { return; }
  var epoch = %(epoch)s;
  var path = %(path)s;
  var OVERLAY_ID = "__homepage_overlay__";
  var live = window.__homepageLive = { epoch: epoch };

  function samePath(a, b) {
    return a.replace(/index\.html$/, "").replace(/\.html$/, "") ===
           b.replace(/index\.html$/, "").replace(/\.html$/, "");
  }
  function showsThisPage(urls) {
    var here = decodeURI(location.pathname);
    for (var i = 0; i < urls.length; i++) {
      if (urls[i] === "*" || samePath(urls[i], here)) { return true; }
    }
    return false;
  }
  function hideOverlay() {
    var old = document.getElementById(OVERLAY_ID);
    if (old) { old.remove(); }
  }
  function showOverlay(message) {
    hideOverlay();
    var host = document.createElement("div");
    host.id = OVERLAY_ID;
    host.style.cssText = "position:fixed;inset:0;z-index:2147483647;";
    var root = host.attachShadow ? host.attachShadow({ mode: "open" }) : host;
    var box = document.createElement("div");
    box.setAttribute("role", "alert");
    box.style.cssText = "position:absolute;inset:0;overflow:auto;background:rgba(20,20,24,.94);" +
      "color:#f3f3f3;font:14px/1.5 ui-monospace,Menlo,Consolas,monospace;padding:32px;";
    var title = document.createElement("div");
    title.textContent = "homepage: the build failed \u2014 " +
      "fix the file and save; this page updates by itself";
    title.style.cssText = "color:#ff8080;font-weight:bold;margin-bottom:16px;";
    var pre = document.createElement("pre");
    pre.className = "message";
    pre.textContent = message;
    pre.style.cssText = "white-space:pre-wrap;margin:0;";
    box.appendChild(title);
    box.appendChild(pre);
    root.appendChild(box);
    (document.body || document.documentElement).appendChild(host);
  }
  function swapStylesheets(urls) {
    var links = document.querySelectorAll('link[rel~="stylesheet"][href]');
    var swapped = 0;
    links.forEach(function (link) {
      var target = new URL(link.href, location.href);
      if (target.origin !== location.origin) { return; }
      var path = decodeURI(target.pathname);
      if (urls.indexOf("*") < 0 && urls.indexOf(path) < 0) { return; }
      target.searchParams.set("__homepage", String(Date.now()));
      var fresh = link.cloneNode(false);
      fresh.href = target.href;
      fresh.addEventListener("load", function () { link.remove(); });
      fresh.addEventListener("error", function () { link.remove(); });
      link.after(fresh);
      swapped++;
    });
    return swapped;
  }
  var delay = 250;
  function handle(data) {
    if (data.type === "hello") {
      if (data.error) { showOverlay(data.error); return; }
      hideOverlay();
      if (data.epoch !== epoch) { location.reload(); }
    } else if (data.type === "build") {
      var hadError = !!document.getElementById(OVERLAY_ID);
      hideOverlay();
      epoch = live.epoch = data.epoch;
      if (hadError || showsThisPage(data.pages)) { location.reload(); return; }
      if (data.styles.length) { swapStylesheets(data.styles); }
    } else if (data.type === "failure") {
      showOverlay(data.error);
    }
  }
  function connect() {
    var scheme = location.protocol === "https:" ? "wss://" : "ws://";
    var socket = new WebSocket(scheme + location.host + path);
    live.socket = socket;
    socket.onopen = function () { delay = 250; };
    socket.onmessage = function (e) { handle(JSON.parse(e.data)); };
    socket.onclose = function () {
      if (live.leaving) { return; }
      setTimeout(connect, delay);
      delay = Math.min(delay * 2, 5000);
    };
  }
  window.addEventListener("pagehide", function () {
    live.leaving = true;
    if (live.socket) { live.socket.close(); }
  });
  window.addEventListener("pageshow", function (e) {
    if (e.persisted) { live.leaving = false; connect(); }
  });
  connect();
})();
"""


def client_script(epoch: int, live_path: str) -> str:
    """The script text for a page served at build `epoch`."""
    return _SCRIPT % {"epoch": json.dumps(epoch), "path": json.dumps(live_path)}


_BODY_END = re.compile(rb"</body\s*>", re.IGNORECASE)


def inject_script(html: bytes, script: str) -> bytes:
    """Put `script` into an HTML document: before the last `</body>`, else at the end.

    At the end it never holds up the page: an inline script in `<head>` would
    wait for the stylesheets above it before the body is even parsed.
    """
    tag = b"<script>" + script.encode("utf-8") + b"</script>"
    matches = list(_BODY_END.finditer(html))
    if matches:
        at = matches[-1].start()
        return html[:at] + tag + html[at:]
    return html + tag

"""How Raqib's pages are served: ASGI middleware in front of Streamlit's own routes (`dashboard/server.py`).

- **Each page says where its server is.** Opened at any address but `/` (`/network`, a shared
  link, a reload), Streamlit's page first asks `<page>/_stcore/health`, gets a 404, waits 100 ms
  and asks one level up: 0.13 s of every such visit (BENCHMARKS.md). The page's HTML gets a line
  setting `window.__streamlit.BACKEND_BASE_URL` (Streamlit's own setting for a page served from
  elsewhere) to what that probe would find: the page's address less the page's own path, worked
  out in the browser so that a proxy's path prefix is kept.
- **plotly.js is compressed once.** The chart's frame loads the 1.1 MB scatter bundle from
  Streamlit's component route, which gzips it at level 9 on every request (~35 ms of the server's
  one event loop, which meanwhile sends no page anything) and sends no validator, so every visit
  downloads it again. Here it is compressed on the first request and sent with an ETag: a browser
  that has it gets a 304.
"""
from __future__ import annotations

import gzip
import hashlib
import json
from functools import cache
from pathlib import Path

from streamlit import config

PLOTLY_JS = Path(__file__).resolve().parent / "chart_frontend" / "plotly-scatter.min.js"
PLOTLY_PATH = "/component/dashboard.chart.raqib_chart/plotly-scatter.min.js"  # as the chart's frame asks for it
# Streamlit's own routes (code, health, websocket, components, media, app/static): never a page;
# nor is a file at the root (favicon.png): `is_page` tells it by the dot.
NOT_PAGES = frozenset({"static", "_stcore", "component", "media", "app"})


@cache
def _plotly_bytes() -> tuple[bytes, bytes, str]:
    """plotly.js as is, gzipped, and its ETag."""
    body = PLOTLY_JS.read_bytes()
    return body, gzip.compress(body, 9), '"' + hashlib.sha256(body).hexdigest()[:20] + '"'


def _header(scope, name: bytes) -> str:
    return next((v.decode("latin-1") for k, v in scope.get("headers", []) if k == name), "")


def route_path(scope) -> str:
    """The request's path below the app's root (a mount's `root_path`, then `server.baseUrlPath`)."""
    path = scope.get("path", "") or "/"
    for prefix in (scope.get("root_path", ""), "/" + (config.get_option("server.baseUrlPath") or "").strip("/")):
        prefix = prefix.rstrip("/")
        if prefix and (path == prefix or path.startswith(prefix + "/")):
            path = path[len(prefix):] or "/"
    return path


def is_page(path: str) -> bool:
    """A path Streamlit answers with its page (`/`, `/network`, …), not one of its own routes."""
    first = path.strip("/").split("/", 1)[0]
    return first not in NOT_PAGES and "." not in first


def backend_script(path: str) -> str:
    """The <script> that sets the server's address for a page at `path` (below the app's root)."""
    # The path is the visitor's (any URL is answered with the page): as JSON, with <, > and & escaped,
    # it cannot close the <script> or open another.
    suffix = json.dumps(path.rstrip("/")).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return ("<script>(() => { const path = location.pathname.replace(/\\/+$/, \"\"); "
            f"const suffix = {suffix}; if (!path.endsWith(suffix)) return; "
            "window.__streamlit = Object.assign({BACKEND_BASE_URL: location.origin + "
            "path.slice(0, path.length - suffix.length) + \"/\"}, window.__streamlit); })();</script>")


async def send_plotly(scope, send) -> None:
    body, zipped, etag = _plotly_bytes()
    headers = [(b"content-type", b"text/javascript; charset=utf-8"), (b"etag", etag.encode()),
               (b"cache-control", b"no-cache"), (b"vary", b"Accept-Encoding")]
    if etag in _header(scope, b"if-none-match"):
        await send({"type": "http.response.start", "status": 304, "headers": headers})
        await send({"type": "http.response.body", "body": b""})
        return
    if "gzip" in _header(scope, b"accept-encoding"):
        body = zipped
        headers.append((b"content-encoding", b"gzip"))
    headers.append((b"content-length", str(len(body)).encode()))
    await send({"type": "http.response.start", "status": 200, "headers": headers})
    await send({"type": "http.response.body", "body": body})


class PageServing:
    """ASGI middleware: plotly.js from memory, and `backend_script` in every page's HTML."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope.get("method") != "GET":
            return await self.app(scope, receive, send)
        path = route_path(scope)
        if path == PLOTLY_PATH:
            return await send_plotly(scope, send)
        if not is_page(path):
            return await self.app(scope, receive, send)
        # Asked for uncompressed (Streamlit gzips the page, 3 KB, at every path but `/`) so it can be added to.
        scope = dict(scope, headers=[(k, v) for k, v in scope["headers"] if k != b"accept-encoding"])
        await self.app(scope, receive, _HeadAdder(send, backend_script(path)).send)


class _HeadAdder:
    """Collects one response and sends it on with `extra` before `</head>`, if it is HTML."""

    def __init__(self, send, extra: str):
        self._send, self._extra = send, extra.encode()
        self._start: dict | None = None
        self._body: list[bytes] = []

    async def send(self, message) -> None:
        if message["type"] == "http.response.start":
            self._start = message
            return
        if message["type"] != "http.response.body" or self._start is None:
            return await self._send(message)
        self._body.append(message.get("body", b""))
        if message.get("more_body"):
            return
        start, body = self._start, b"".join(self._body)
        headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
        html = start.get("status") == 200 and b"text/html" in dict(headers).get(b"content-type", b"")
        if html and b"</head>" in body:
            body = body.replace(b"</head>", self._extra + b"</head>", 1)
        await self._send(dict(start, headers=headers + [(b"content-length", str(len(body)).encode())]))
        await self._send({"type": "http.response.body", "body": body})

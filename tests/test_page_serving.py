"""dashboard/page_serving.py: every page says where its server is; plotly.js is compressed once, with a validator."""
from __future__ import annotations

import asyncio
import gzip
from concurrent.futures import ThreadPoolExecutor

from dashboard import page_serving
from dashboard.page_serving import PLOTLY_JS, PLOTLY_PATH, PageServing

HTML = b"<!DOCTYPE html><html><head><title>Streamlit</title></head><body></body></html>"


def run(app, path: str, headers: dict[str, str] | None = None, method: str = "GET", root_path: str = ""):
    """One request through an ASGI app: (status, headers, body)."""
    sent = []
    scope = {"type": "http", "method": method, "path": path, "root_path": root_path,
             "headers": [(k.lower().encode(), v.encode()) for k, v in (headers or {}).items()]}

    async def receive():
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message):
        sent.append(message)

    # On a thread of its own: the browser tests' Playwright keeps an event loop running on this one.
    with ThreadPoolExecutor(1) as pool:
        pool.submit(asyncio.run, app(scope, receive, send)).result()
    start = next(m for m in sent if m["type"] == "http.response.start")
    body = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    return start["status"], dict(start["headers"]), body


def streamlit_like(body: bytes = HTML, content_type: bytes = b"text/html"):
    """An inner app answering like Streamlit, in two pieces; `asked` keeps each request's headers."""
    async def app(scope, receive, send):
        app.asked.append(dict(scope["headers"]))
        await send({"type": "http.response.start", "status": 200,
                    "headers": [(b"content-type", content_type), (b"content-length", str(len(body)).encode())]})
        half = len(body) // 2
        await send({"type": "http.response.body", "body": body[:half], "more_body": True})
        await send({"type": "http.response.body", "body": body[half:]})

    app.asked = []
    return app


def test_a_page_is_told_where_its_server_is():
    inner = streamlit_like()
    status, headers, body = run(PageServing(inner), "/network", {"Accept-Encoding": "gzip"})
    page = body.decode()
    assert status == 200 and page.index('const suffix = "/network";') < page.index("</head>")
    assert "window.__streamlit = Object.assign({BACKEND_BASE_URL:" in page
    assert int(headers[b"content-length"]) == len(body)
    assert b"accept-encoding" not in inner.asked[0]  # asked uncompressed, so that it can be added to
    _, _, body = run(PageServing(streamlit_like()), "/")
    assert b'const suffix = "";' in body


def test_a_mounted_app_pages_suffix_is_below_its_root():
    _, _, body = run(PageServing(streamlit_like()), "/raqib/network/", root_path="/raqib")
    assert b'const suffix = "/network";' in body


def test_streamlits_own_routes_and_other_responses_pass_untouched():
    for path in ("/static/js/index.js", "/_stcore/health", "/component/x/index.html", "/favicon.png", "/app/static/a.ttf"):
        inner = streamlit_like()
        _, _, body = run(PageServing(inner), path, {"Accept-Encoding": "gzip"})
        assert body == HTML and inner.asked[0][b"accept-encoding"] == b"gzip", path
    _, _, body = run(PageServing(streamlit_like(b'{"a": "</head>"}', b"application/json")), "/claims")
    assert body == b'{"a": "</head>"}'
    _, _, body = run(PageServing(streamlit_like()), "/claims", method="HEAD")
    assert body == HTML


def test_plotly_js_is_sent_compressed_with_a_validator():
    never = streamlit_like(b"not this")
    status, headers, body = run(PageServing(never), PLOTLY_PATH, {"Accept-Encoding": "gzip, br"})
    assert status == 200 and headers[b"content-encoding"] == b"gzip"
    assert gzip.decompress(body) == PLOTLY_JS.read_bytes()
    assert int(headers[b"content-length"]) == len(body) and headers[b"cache-control"] == b"no-cache"
    status, _, body = run(PageServing(never), PLOTLY_PATH, {"If-None-Match": headers[b"etag"].decode()})
    assert status == 304 and body == b""
    status, headers, body = run(PageServing(never), PLOTLY_PATH)
    assert status == 200 and b"content-encoding" not in headers and body == PLOTLY_JS.read_bytes()
    assert never.asked == []


def test_the_chart_frame_asks_for_plotly_where_it_is_served_from_memory():
    frame = (PLOTLY_JS.parent / "index.html").read_text(encoding="utf-8")
    assert f'<script src="{PLOTLY_JS.name}"></script>' in frame
    assert PLOTLY_PATH.endswith("/" + PLOTLY_JS.name) and page_serving.is_page("/network")


def test_plotly_path_is_the_chart_components_own():
    from dashboard.chart import _chart

    assert PLOTLY_PATH == f"/component/{_chart.name}/{PLOTLY_JS.name}"


def test_a_base_url_path_is_below_the_root(monkeypatch):
    """`server.baseUrlPath` (Raqib behind a proxy at /raqib/): pages and plotly.js are found below it."""
    real = page_serving.config.get_option
    monkeypatch.setattr(page_serving.config, "get_option", lambda key: "raqib/" if key == "server.baseUrlPath" else real(key))
    _, _, body = run(PageServing(streamlit_like()), "/raqib/network")
    assert b'const suffix = "/network";' in body
    never = streamlit_like(b"not this")
    status, headers, _ = run(PageServing(never), "/raqib" + PLOTLY_PATH)
    assert status == 200 and headers[b"etag"] and never.asked == []


def test_a_hostile_address_stays_inside_the_script():
    """Any address is answered with the page: one holding </script> must not close the script and run its own."""
    _, _, body = run(PageServing(streamlit_like()), "/</script><script>alert(1)</script>&x")
    page = body.decode()
    assert "<script>alert(1)" not in page and "</script>&x" not in page
    assert '"/\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\\u0026x"' in page
    assert page.count("<script>") == 1 and page.count("</script>") == 1  # the one added, whole

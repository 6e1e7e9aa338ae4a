"""In a real browser: a page opened at its own address connects at once (no probe of `<page>/_stcore/health`),
and the chart's plotly.js comes compressed, with a validator (dashboard/page_serving.py)."""
from __future__ import annotations

from urllib.parse import urlparse

import pytest
from chart_support import wait_for_chart

from dashboard.page_serving import PLOTLY_PATH

pytestmark = pytest.mark.browser

IDLE = '[data-test-script-state="notRunning"]'


def health_checks(page) -> list[str]:
    names = page.evaluate("performance.getEntriesByType('resource').map(e => e.name)")
    return [urlparse(n).path for n in names if urlparse(n).path.endswith("/_stcore/health")]


@pytest.mark.parametrize("path", ["", "network", "claims", "articles?article=none"])
def test_page_serving_browser_page_connects_without_a_probe(streamlit_url, page, path):
    page.goto(f"{streamlit_url}/{path}", wait_until="domcontentloaded")
    page.wait_for_selector(IDLE, state="attached", timeout=90_000)
    assert page.evaluate("window.__streamlit.BACKEND_BASE_URL") == streamlit_url + "/"
    assert health_checks(page) == ["/_stcore/health"]
    assert page.locator('[data-testid="stException"]').count() == 0
    assert page.errors == []


def test_page_serving_browser_chart_plotly_js_is_compressed_with_a_validator(streamlit_url, page):
    answers = []
    page.on("response", lambda r: answers.append(r) if urlparse(r.url).path == PLOTLY_PATH else None)
    page.goto(f"{streamlit_url}/network", wait_until="domcontentloaded")
    wait_for_chart(page)
    [answer] = answers
    headers = answer.all_headers()
    assert answer.status == 200 and headers["content-encoding"] == "gzip" and headers["etag"]
    assert page.errors == []


def test_page_serving_browser_hostile_address_runs_nothing(streamlit_url, page):
    """Any address is answered with the page, and its path is written into the added script: never run."""
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(f"{streamlit_url}/%3C/script%3E%3Cscript%3Ewindow.__raqib_pwned=1;alert(1)%3C/script%3E", wait_until="load")
    page.wait_for_timeout(1000)  # (Streamlit finds no server below such a path and never connects: nothing else to wait for)
    assert "\\u003cscript\\u003ewindow.__raqib_pwned" in page.content()  # the path is in the added script, escaped
    assert page.evaluate("window.__raqib_pwned") is None and dialogs == []

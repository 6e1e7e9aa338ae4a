"""Shared pytest fixtures."""
from __future__ import annotations

# ---------------------------------------------------------------------------------------------
# Browser fixtures (dashboard): a Streamlit server subprocess and Debian's Chromium via Playwright.
# Used by tests/browser/ (marker `browser`). Environment knobs:
#   RAQIB_CHROMIUM  path of the Chromium binary (default /usr/bin/chromium)
#   RAQIB_CORPUS    corpus folder the server reads (default: the bundled seeds/)
# ---------------------------------------------------------------------------------------------
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest

# The extraction cache of a test run (and of the servers it starts) lives in a temporary folder,
# never in the user's ~/.cache: tests start cold and leave nothing behind.
os.environ.setdefault("RAQIB_CACHE_DIR", tempfile.mkdtemp(prefix="raqib-test-cache-"))

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM = os.environ.get("RAQIB_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
PRESENTER_VIEWPORT = {"width": 1920, "height": 1080}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_healthy(url: str, proc: subprocess.Popen, log: Path, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited with {proc.returncode}:\n{log.read_text(errors='replace')[-4000:]}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"streamlit not healthy after {timeout}s:\n{log.read_text(errors='replace')[-4000:]}")


def streamlit_server(log: Path, **env_extra: str):
    """Run `streamlit run dashboard/server.py` (the README's start command) on a free port with extra environment; yields its base URL.

    A generator for fixtures of any scope: `yield from streamlit_server(log, RAQIB_CORPUS=str(folder))`.
    """
    port = _free_port()
    env = {**os.environ, "PYTHONUNBUFFERED": "1", **env_extra}
    cmd = [sys.executable, "-m", "streamlit", "run", "dashboard/server.py", "--server.headless", "true",
           "--server.port", str(port), "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false",
           "--server.fileWatcherType", "none"]
    with log.open("w") as out:
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(url, proc, log)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.fixture(scope="session")
def streamlit_url(tmp_path_factory):
    """Base URL of `streamlit run dashboard/server.py` on the bundled seeds, for the whole session."""
    yield from streamlit_server(tmp_path_factory.mktemp("streamlit") / "server.log")


@pytest.fixture(scope="session")
def start_streamlit():
    """`streamlit_server` for fixtures that need a server of their own (another corpus, another cache)."""
    return streamlit_server


@pytest.fixture(scope="session")
def chromium():
    """Debian's Chromium driven by Playwright (`playwright install` is not needed)."""
    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium not found at {CHROMIUM}: apt-get install chromium (or set RAQIB_CHROMIUM)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture
def page(chromium):
    """A fresh 1920×1080 page (presenter size), with console errors collected on `page.errors`."""
    context = chromium.new_context(viewport=PRESENTER_VIEWPORT, locale="ar", accept_downloads=True)
    pg = context.new_page()
    pg.errors = []
    pg.on("pageerror", lambda exc: pg.errors.append(str(exc)))
    yield pg
    context.close()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    """tests/artifacts/ (git-ignored): screenshots to look at."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS
# ----------------------------- end of browser fixtures ---------------------------------------

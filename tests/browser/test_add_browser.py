"""In a real browser: add an article through the dashboard's Add page, then find it on the timeline.

The server reads and writes a temporary copy of the seeds (RAQIB_CORPUS) with a temporary
extraction cache (RAQIB_CACHE_DIR), so the repository is never changed. The server is
conftest's, started with that environment.
"""
from __future__ import annotations

import re
import shutil
from pathlib import Path
from urllib.parse import quote

import pytest
from chart_support import chart_event_ids, wait_for_chart

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
OUTLET = "Browser Test Outlet"
ARTICLE = ("واشنطن - اتهمت وزارة الخارجية الأمريكية روسيا بالتدخل في الانتخابات المولدوفية عبر حملات تضليل.\n"
           "ونفى الكرملين هذه الاتهامات ووصفها بأنها لا أساس لها.\n")
IDLE = '[data-test-script-state="notRunning"]'
ARTIFACTS = ROOT / "tests" / "artifacts"  # git-ignored: screenshots to look at


@pytest.fixture
def add_server(tmp_path, start_streamlit):
    """`streamlit run dashboard/app.py` (conftest's server), reading a temporary copy of the seeds."""
    corpus = Path(shutil.copytree(ROOT / "seeds", tmp_path / "corpus"))
    for url in start_streamlit(tmp_path / "server.log", RAQIB_CORPUS=str(corpus), RAQIB_CACHE_DIR=str(tmp_path / "cache")):
        yield url, corpus


@pytest.fixture
def browser_page(chromium):
    """A 1920×1080 page in the session's Chromium (conftest), collecting page errors on `.errors`."""
    context = chromium.new_context(viewport={"width": 1920, "height": 1080}, locale="ar")
    page = context.new_page()
    page.errors = []
    page.on("pageerror", lambda exc: page.errors.append(str(exc)))
    try:
        yield page
    finally:
        context.close()


def settle(page, timeout: float = 60_000) -> None:
    """Wait until Streamlit has finished running the script."""
    page.wait_for_selector(IDLE, state="attached", timeout=timeout)
    page.wait_for_timeout(300)
    page.wait_for_selector(IDLE, state="attached", timeout=timeout)


def test_add_browser_article_added_in_the_dashboard_appears_on_the_timeline(add_server, browser_page):
    """Paste an article, preview it, save it, and find its events on the timeline with their evidence."""
    url, corpus = add_server
    page = browser_page
    page.goto(f"{url}/add", wait_until="domcontentloaded")
    page.wait_for_selector(".st-key-add_text textarea", timeout=60_000)
    settle(page)

    page.locator(".st-key-add_text textarea").fill(ARTICLE)
    page.locator(".st-key-add_outlet input").fill(OUTLET)
    date_box = page.locator(".st-key-add_published input")
    date_box.fill("2024-10-21")
    date_box.press("Enter")
    page.keyboard.press("Escape")
    settle(page)

    page.locator(".st-key-add_preview button").click()
    evidence = page.locator('[data-testid="evidence"]')
    evidence.first.wait_for(timeout=60_000)
    settle(page)
    cards = " ".join(evidence.all_inner_texts())  # the accusation and denial cards of the preview
    assert "اتهمت" in cards and "الكرملين" in cards
    assert "الكرملين" in page.locator('[data-testid="rtl-preview"]').text_content()  # the full text (in an expander)
    assert page.locator('[data-testid="rtl-preview"]').get_attribute("dir") == "rtl"
    assert not list(corpus.glob("005_*.txt")), "preview must not store anything"
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=ARTIFACTS / "add_preview.png", full_page=True)

    page.locator(".st-key-add_save button").click()
    saved = page.locator('[data-testid="stAlertContentSuccess"]')
    saved.first.wait_for(timeout=60_000)
    settle(page)
    match = re.search(r"(\d{3}_[0-9a-f]{16})\.txt", saved.first.inner_text())
    assert match, saved.first.inner_text()
    new_id = match[1]
    assert (corpus / f"{new_id}.txt").read_text(encoding="utf-8") == ARTICLE
    assert page.locator(".st-key-add_text textarea").input_value() == ""

    # Same session: the sidebar link to the timeline already shows the new article's events.
    page.locator('[data-testid="stSidebarNav"] a', has_text="Timeline").click()
    wait_for_chart(page, 60_000)
    settle(page)
    assert any(i.startswith(f"{new_id}-") for i in chart_event_ids(page))

    # A shared link filtered to the new outlet shows exactly those events, and their evidence.
    timeline = f"{url}/?outlet={quote(OUTLET)}"  # the timeline is the default page: it lives at the root
    page.goto(timeline, wait_until="domcontentloaded")
    wait_for_chart(page, 60_000)
    settle(page)
    ids = chart_event_ids(page)
    ours = [i for i in ids if i.startswith(f"{new_id}-")]
    assert ours, ids
    assert set(ids) == set(ours), "the outlet filter shows only the new article's events"

    page.goto(f"{timeline}&event={quote(ours[0])}", wait_until="domcontentloaded")
    card = page.locator(f'[data-testid="evidence"][data-event-id="{ours[0]}"]')
    card.wait_for(timeout=60_000)
    assert any(word in card.inner_text() for word in ("الكرملين", "روسيا", "الخارجية"))
    page.screenshot(path=ARTIFACTS / "add_then_timeline.png", full_page=True)
    assert page.get_by_text("Page not found").count() == 0
    assert page.errors == []


def test_add_browser_uploads_name_each_file_in_their_messages(add_server, browser_page, tmp_path):
    """Upload several files at once: the good one is saved, the empty one and the duplicate are refused by name."""
    url, corpus = add_server
    page = browser_page
    files = {"good_upload.txt": ARTICLE.encode(), "blank.txt": b"  \n ",
             "copy.txt": (corpus / "000_48626bc91c3a8d8f.txt").read_bytes()}
    paths = []
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
        paths.append(str(tmp_path / name))
    page.goto(f"{url}/add", wait_until="domcontentloaded")
    page.wait_for_selector(".st-key-add_mode", timeout=60_000)
    settle(page)
    page.locator(".st-key-add_mode label", has_text="Upload files").click()
    page.wait_for_selector('[data-testid="stFileUploaderDropzoneInput"]', state="attached", timeout=30_000)
    settle(page)
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(paths)
    page.locator(".st-key-add_files_0").get_by_text("copy.txt").wait_for(timeout=30_000)
    settle(page)

    page.locator(".st-key-add_preview button").click()
    page.locator('[data-testid="evidence"]').first.wait_for(timeout=60_000)
    settle(page)
    warnings = " ".join(page.locator('[data-testid="stAlertContentWarning"]').all_inner_texts())
    errors = " ".join(page.locator('[data-testid="stAlertContentError"]').all_inner_texts())
    assert "copy.txt" in warnings and "already in the corpus" in warnings
    assert "blank.txt" in errors and "whitespace" in errors

    page.locator(".st-key-add_save button").click()
    page.locator('[data-testid="stAlertContentSuccess"]').first.wait_for(timeout=60_000)
    settle(page)
    saved = " ".join(page.locator('[data-testid="stAlertContentSuccess"]').all_inner_texts())
    errors = " ".join(page.locator('[data-testid="stAlertContentError"]').all_inner_texts())
    assert "good_upload.txt" in saved and (corpus / "good_upload.txt").read_text(encoding="utf-8") == ARTICLE
    assert "blank.txt" in errors and "copy.txt" in errors and "duplicate of 000_48626bc91c3a8d8f.txt" in errors
    assert page.locator(".st-key-add_files_0").count() == 0  # the uploader was emptied (a new key)
    assert page.locator(".st-key-add_files_1").get_by_text("copy.txt").count() == 0
    assert page.errors == []

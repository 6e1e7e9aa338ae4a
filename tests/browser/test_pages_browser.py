"""In a real browser (Debian's Chromium through Playwright): every page of the dashboard.

One Streamlit server on the bundled seeds for the whole session (`streamlit_url` in conftest),
one on a temporary corpus holding a hostile article, one browser. Each test waits for Streamlit
to finish its run (`data-test-script-state="notRunning"`) before asserting, and leaves a
1920×1080 screenshot in tests/artifacts/ (git-ignored) to look at.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from chart_support import chart_box, chart_labels, plotted_points, wait_for_chart, x_axis_boxes

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
IDLE = '[data-test-script-state="notRunning"]'
PRESENTATION_FORMS = re.compile("[\uFB50-\uFDFF\uFE70-\uFEFF]")
PAGES = {  # url path -> the start of the page's title
    "/": "Timeline", "/timeline": "Timeline", "/network": "Actor network", "/claims": "Accusations",
    "/articles": "Articles", "/data": "Data", "/add": "Add",
}
HOSTILE_ID = "hostile_article"
SCRIPT = "<script>window.__raqib_pwned = 1; alert('script ran')</script>"
IMG = "<img src=x onerror=\"window.__raqib_pwned = 2; alert('onerror ran')\">"
HOSTILE = (
    "طهران - اتهمت وزارة الخارجية الأمريكية إيران بالتدخل في الانتخابات الأمريكية عبر حملات تضليل "
    f"{SCRIPT} يوم 20 أكتوبر 2024.\n"
    f"ونفت بعثة إيران لدى الأمم المتحدة هذه الاتهامات {IMG} ووصفتها بأنها لا أساس لها.\n"
)


# ------------------------------------------------------------------------------------ helpers


def settle(page, timeout: float = 90_000) -> None:
    """Wait until Streamlit has finished running the script (twice: a rerun may follow a first run)."""
    page.wait_for_selector(IDLE, state="attached", timeout=timeout)
    page.wait_for_timeout(400)
    page.wait_for_selector(IDLE, state="attached", timeout=timeout)


def open_page(page, url: str, ready: str = "h1") -> None:
    page.goto(url, wait_until="domcontentloaded")
    page.wait_for_selector(ready, timeout=90_000)
    settle(page)


def squash(text: str) -> str:
    """Text without any whitespace (a `<br>` in the DOM has no text of its own)."""
    return re.sub(r"\s+", "", text)


def seed_texts() -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8-sig") for p in sorted(SEEDS.glob("*.txt"))}


def shot(page, artifacts: Path, name: str) -> None:
    page.screenshot(path=artifacts / f"{name}.png")


def rtl_blocks(page, testid: str) -> list[dict]:
    """Every element with this data-testid: its dir attribute, computed direction and text."""
    return page.evaluate(
        """(testid) => Array.from(document.querySelectorAll(`[data-testid="${testid}"]`)).map(el => ({
            dir: el.getAttribute('dir'), direction: getComputedStyle(el).direction, text: el.textContent}))""",
        testid,
    )


def page_text(page) -> str:
    return page.evaluate("() => document.body.innerText")


def assert_clean(page) -> None:
    """No Python exception on the page, no "Page not found", no JavaScript error."""
    assert page.locator('[data-testid="stException"]').count() == 0, page.locator('[data-testid="stException"]').first.inner_text()
    assert page.get_by_text("Page not found").count() == 0
    assert page.errors == []


# ----------------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def hostile_url(tmp_path_factory, start_streamlit):
    """A server on a corpus of one article carrying a <script> and an <img onerror>."""
    folder = tmp_path_factory.mktemp("hostile")
    corpus = folder / "corpus"
    corpus.mkdir()
    (corpus / f"{HOSTILE_ID}.txt").write_text(HOSTILE, encoding="utf-8")
    (corpus / "manifest.csv").write_text(
        f"file,outlet,published,url,title\n{HOSTILE_ID}.txt,<b>Outlet</b>,2024-10-21,javascript:alert(3),"
        f"\"عنوان <script>alert(4)</script>\"\n", encoding="utf-8")
    yield from start_streamlit(folder / "server.log", RAQIB_CORPUS=str(corpus), RAQIB_CACHE_DIR=str(folder / "cache"))


# -------------------------------------------------------------------------------------- tests


@pytest.mark.parametrize(("path", "title"), PAGES.items())
def test_pages_browser_every_page_loads(streamlit_url, page, artifacts, path, title):
    """Each page (and `/timeline` besides `/`) loads with its title, no error, no presentation forms."""
    open_page(page, streamlit_url + path)
    page.wait_for_timeout(800)  # charts draw after the run
    assert page.locator("h1").first.inner_text().startswith(title)
    text = page_text(page)
    assert "رقيب" in text  # Arabic reaches the page...
    assert not PRESENTATION_FORMS.findall(text), "...in logical order, never reshaped into presentation forms"
    assert_clean(page)
    shot(page, artifacts, "page_" + (path.strip("/") or "root"))


@pytest.mark.parametrize("path", ["/", "/network", "/claims", "/data"])
def test_pages_browser_first_visit_draws_no_select_or_switch(streamlit_url, page, path):
    """Filters and chart options wait behind buttons: a first visit draws no multiselect, select box or
    switch (their code cost every visit 0.1-0.3 s before the page was done, BENCHMARKS.md)."""
    open_page(page, streamlit_url + path)
    page.wait_for_timeout(500)
    drawn = page.locator('[data-testid="stMultiSelect"], [data-testid="stSelectbox"], [data-testid="stCheckbox"], '
                         '[data-testid="stToggle"], .stCheckbox, .stToggle')
    assert drawn.count() == 0, drawn.first.evaluate("el => el.outerHTML.slice(0, 200)")
    assert_clean(page)


def test_pages_browser_country_filter_opens_picks_and_names_the_choice(streamlit_url, page, artifacts):
    """Open the country filter, pick Iran: the timeline redraws with Iran's events only, the button says
    "Countries: IR", the URL holds ?country=IR, and the filter stays open for a second pick."""
    open_page(page, streamlit_url + "/?dates=2024-01-01&dates=2024-11-30&statements=true")
    wait_for_chart(page)
    button = page.locator(".st-key-country_filter button").first
    assert "Countries: all" in button.inner_text()
    button.click()
    page.locator(".st-key-country input").first.click()
    page.get_by_role("option", name=re.compile(r"^IR ")).first.click()
    page.wait_for_function("() => location.search.includes('country=IR')", timeout=30_000)
    settle(page)
    assert "Countries: IR" in button.inner_text()
    assert page.locator(".st-key-country input").count() == 1, "the filter stays open after a pick"
    for _ in range(40):  # the chart's frame redraws once the rerun's figure reaches it
        points = plotted_points(page)
        if points and all("[IR]" in p["custom"][3] or "[IR]" in p["custom"][4] for p in points):
            break
        page.wait_for_timeout(250)
    assert points and all("[IR]" in p["custom"][3] or "[IR]" in p["custom"][4] for p in points), points
    shot(page, artifacts, "country_filter_open")
    page.keyboard.press("Escape")
    assert_clean(page)


@pytest.mark.parametrize("article_id", sorted(seed_texts()))
def test_pages_browser_article_text_is_the_file_in_logical_order_rtl(streamlit_url, page, article_id):
    """The reader shows the article's characters exactly as in the file (logical order), in a dir="rtl" block."""
    open_page(page, f"{streamlit_url}/articles?article={article_id}", '[data-testid="rtl-article"]')
    [block] = rtl_blocks(page, "rtl-article")
    assert block["dir"] == "rtl" and block["direction"] == "rtl"
    assert squash(block["text"]) == squash(seed_texts()[article_id])
    assert not PRESENTATION_FORMS.search(block["text"])
    assert_clean(page)


def test_pages_browser_claim_quotes_are_article_sentences_rtl(streamlit_url, page, artifacts):
    """Every quoted sentence on the claims page is a piece of a seed article, in logical order, dir="rtl"."""
    open_page(page, f"{streamlit_url}/claims", '[data-testid="rtl-quote"]')
    quotes = rtl_blocks(page, "rtl-quote")
    texts = [squash(t) for t in seed_texts().values()]
    assert len(quotes) >= 3
    for q in quotes:
        assert q["dir"] == "rtl" and q["direction"] == "rtl"
        assert any(squash(q["text"]) in t for t in texts), q["text"]
        assert not PRESENTATION_FORMS.search(q["text"])
    heads = page.locator('[data-testid="story-head"]').all_inner_texts()
    assert heads and all(re.match(r"(\d{4}-\d{2}-\d{2}|undated)", h) for h in heads)
    assert_clean(page)
    shot(page, artifacts, "claims_quotes")


def test_pages_browser_undated_read_also_claims_say_undated(streamlit_url, page):
    """Undated accusations (a "read also" block) are shown as undated, never with a publication date."""
    open_page(page, f"{streamlit_url}/claims?order=oldest+first", '[data-testid="story-head"]')
    text = page_text(page)
    assert "published; no date" not in text and "publication date" not in text
    undated = [h for h in page.locator('[data-testid="story-head"]').all_inner_texts() if h.startswith("undated")]
    assert undated, "the seeds hold undated accusations from a read-also block"
    assert_clean(page)


def test_pages_browser_iran_link_shows_only_iran(streamlit_url, page, artifacts):
    """A shared link `?country=IR` shows only events with Iran on one side, on the timeline and the claims."""
    open_page(page, f"{streamlit_url}/?country=IR&dates=2024-01-01&dates=2024-11-30&statements=true")
    wait_for_chart(page)
    page.wait_for_timeout(500)
    assert "Countries: IR" in page.locator(".st-key-country_filter").inner_text()  # the filter's button names it
    points = plotted_points(page)
    assert points
    for p in points:  # custom data: event_id, type, when, source "… [CC]", target "… [CC]", outlet, excerpt
        assert "[IR]" in p["custom"][3] or "[IR]" in p["custom"][4], p["custom"]
    shot(page, artifacts, "timeline_only_iran")

    open_page(page, f"{streamlit_url}/claims?country=IR&dates=2024-01-01&dates=2024-11-30",
              '[data-testid="story-head"]')
    stories = page.locator('[class*="st-key-story_"]').all_inner_texts()
    assert stories and all(re.search(r"\bIR\b", s) for s in stories)
    assert_clean(page)


def test_pages_browser_timeline_click_shows_evidence(streamlit_url, page, artifacts):
    """Clicking a timeline point opens the evidence of that very event: its sentence, right-to-left."""
    open_page(page, streamlit_url + "/")
    wait_for_chart(page)
    page.wait_for_timeout(500)
    point = plotted_points(page)[0]
    event_id = point["custom"][0]
    page.mouse.click(point["x"], point["y"])
    card = page.locator(f'[data-testid="evidence"][data-event-id="{event_id}"]')
    card.wait_for(timeout=60_000)
    settle(page)
    quote = card.locator('[data-testid="rtl-quote"]')
    assert quote.get_attribute("dir") == "rtl"
    assert any(squash(quote.text_content()) in squash(t) for t in seed_texts().values())
    assert f"event={event_id}" in page.url  # the click is in the URL: the view can be shared
    card.scroll_into_view_if_needed()
    shot(page, artifacts, "timeline_clicked")
    assert_clean(page)


@pytest.mark.parametrize("width", [1400, 1920])
def test_pages_browser_timeline_axis_title_clears_the_dates(streamlit_url, page, artifacts, width):
    """The x axis title sits below every date label, inside the chart (on a laptop's width the dates
    were rotated into it)."""
    page.set_viewport_size({"width": width, "height": 900})
    open_page(page, streamlit_url + "/")
    wait_for_chart(page)
    page.wait_for_timeout(500)
    boxes = x_axis_boxes(page)
    assert boxes["ticks"] and boxes["title"]
    assert boxes["title"]["top"] >= max(t["bottom"] for t in boxes["ticks"]) - 1
    assert boxes["title"]["bottom"] <= boxes["height"]
    shot(page, artifacts, f"timeline_axis_{width}")


def test_pages_browser_network_node_click_shows_actor_card(streamlit_url, page, artifacts):
    """Clicking a graph node opens that actor's card with its events' evidence sentences."""
    open_page(page, streamlit_url + "/network")
    wait_for_chart(page)
    page.wait_for_timeout(500)
    nodes = sorted((p for p in plotted_points(page) if p["custom"][0] == "actor"), key=lambda p: -p["w"])
    assert nodes
    actor_id = nodes[0]["custom"][1]  # the biggest node: the busiest actor
    page.mouse.click(nodes[0]["x"], nodes[0]["y"])
    page.locator('[data-testid="actor-name"]').wait_for(timeout=60_000)
    settle(page)
    card = page.locator(".st-key-actor_card")
    assert actor_id in card.inner_text()
    quotes = card.locator('[data-testid="rtl-quote"]')
    assert quotes.count() >= 1 and quotes.first.get_attribute("dir") == "rtl"
    assert any(squash(quotes.first.text_content()) in squash(t) for t in seed_texts().values())
    assert f"actor={actor_id}" in page.url
    shot(page, artifacts, "network_clicked")
    assert_clean(page)


def test_pages_browser_network_presenter_mode_fills_the_screen(streamlit_url, page, artifacts):
    """Presenter mode: no sidebar, the graph as wide as the screen, every label inside the plot."""
    open_page(page, streamlit_url + "/network?presenter=true", "iframe")  # no title in presenter mode
    wait_for_chart(page)
    page.wait_for_timeout(800)
    assert not page.locator('[data-testid="stSidebar"]').is_visible()
    plot = chart_box(page)
    assert plot["width"] >= 1800 and plot["y"] + plot["height"] <= 1080
    labels = chart_labels(page)
    assert labels
    for label in labels:
        assert plot["x"] <= label["left"] and label["right"] <= plot["x"] + plot["width"], label
        assert plot["y"] <= label["top"] and label["bottom"] <= plot["y"] + plot["height"], label
        assert not PRESENTATION_FORMS.search(label["text"])
    shot(page, artifacts, "network_presenter")
    assert_clean(page)


def test_pages_browser_hostile_article_is_text_never_run(hostile_url, page, artifacts):
    """<script> and <img onerror> in an article (and its metadata) are shown as text on every page, never run."""
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    open_page(page, f"{hostile_url}/articles?article={HOSTILE_ID}", '[data-testid="rtl-article"]')
    [block] = rtl_blocks(page, "rtl-article")
    assert SCRIPT in block["text"] and IMG in block["text"]  # the literal characters, visible
    assert squash(block["text"]) == squash(HOSTILE)
    assert page.get_by_text("window.__raqib_pwned = 1").first.is_visible()
    shot(page, artifacts, "hostile_article")
    for path in ("/", "/claims", "/network", "/data"):
        open_page(page, hostile_url + path)
        page.wait_for_timeout(500)
    assert page.evaluate("() => window.__raqib_pwned") is None
    assert page.locator('img[src="x"]').count() == 0
    assert dialogs == []
    assert page.errors == []

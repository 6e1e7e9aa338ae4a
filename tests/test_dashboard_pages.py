"""AppTest smoke tests: every page runs headless on the bundled seeds and on the sample tables.

AppTest cannot see Plotly charts or clicks (tests/browser/ covers those); it checks that each page
runs without an exception and shows its key elements, and that article text stays escaped.
"""
from datetime import date
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

import dashboard.data
from dashboard.filters import countries_label
from dashboard.sample import make_sample_tables

APP = str(Path(__file__).resolve().parents[1] / "dashboard" / "app.py")
PAGES = {
    "app_pages/timeline.py": "Timeline",
    "app_pages/network.py": "Actor network",
    "app_pages/claims.py": "Accusations ↔ denials",
    "app_pages/articles.py": "Articles",
    "app_pages/data.py": "Data",
}


def bodies(at: AppTest) -> list[str]:
    return [el.proto.body for el in at.get("html")]


def popover_labels(at: AppTest) -> list[str]:
    return [block.proto.popover.label for block in at.get("popover")]


def run_page(page: str, **state) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120)
    for key, value in state.items():
        at.session_state[key] = value
    at.switch_page(page)
    return at.run()


ALL_DATES = (date(2000, 1, 1), date(2030, 12, 31))


@pytest.fixture
def dev_corpus(monkeypatch):
    """Serve the tables of tests/corpus_dev (59 articles: many stories and accused countries)."""
    from core.pipeline import extract_corpus

    dev = Path(__file__).resolve().parent / "corpus_dev"
    monkeypatch.setattr(dashboard.data, "extract", lambda root: extract_corpus(str(dev)))
    dashboard.data.clear_caches()
    yield dev
    dashboard.data.clear_caches()


@pytest.fixture
def sample(monkeypatch):
    """Serve the hand-made sample tables instead of extracting the seeds."""
    monkeypatch.setattr(dashboard.data, "extract", lambda root: make_sample_tables())
    dashboard.data.clear_caches()
    yield make_sample_tables()
    dashboard.data.clear_caches()


@pytest.mark.parametrize(("page", "title"), PAGES.items())
def test_dashboard_pages_run_on_the_seeds(page, title):
    """Each page runs on the bundled seeds with a title, a help line and the sidebar filters."""
    at = run_page(page)
    assert not at.exception, at.exception
    assert at.title and at.title[0].value.startswith(title)
    assert at.caption, "every page has a one-line help"
    assert [m.key for m in at.multiselect][:3] == ["country", "type", "outlet"]
    assert at.date_input[0].key == "dates"


@pytest.mark.parametrize(("page", "title"), PAGES.items())
def test_dashboard_pages_run_on_the_sample(sample, page, title):
    """Each page runs on the sample tables too (hostile article included)."""
    at = run_page(page)
    assert not at.exception, at.exception
    assert at.title[0].value.startswith(title)


def test_dashboard_pages_default_page_is_the_timeline(sample):
    """The app opens on the timeline with the default date window."""
    at = AppTest.from_file(APP, default_timeout=120).run()
    assert not at.exception
    assert at.title[0].value.startswith("Timeline")
    assert [str(d) for d in at.date_input[0].value] == ["2024-10-01", "2024-11-30"]


def test_dashboard_pages_hostile_article_is_shown_as_text(sample):
    """An article with <script> and <img onerror> is escaped in the reader, title included."""
    at = run_page("app_pages/articles.py", article="a005")
    assert not at.exception
    html = "\n".join(bodies(at))
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "<script" not in html and "<img" not in html
    assert "javascript:" not in html.replace('<code dir="ltr">javascript:alert(1)</code>', "")


def test_dashboard_pages_article_reader_is_rtl_with_highlights(sample):
    """The reader shows the whole article RTL, with the article's cues marked."""
    at = run_page("app_pages/articles.py", article="a003")
    article = [b for b in bodies(at) if 'data-testid="rtl-article"' in b]
    assert len(article) == 1 and 'dir="rtl"' in article[0]
    assert article[0].count('data-kind="cue') >= 3


def test_dashboard_pages_country_filter_on_claims(sample):
    """Only Iran: the claims page shows the Iran story once, with both outlets."""
    at = run_page("app_pages/claims.py", country=["IR"])
    heads = [b for b in bodies(at) if 'data-testid="story-head"' in b]
    assert len(heads) == 1 and "s-iran-hack" in heads[0]
    assert "الجزيرة نت" in heads[0] and "العربية" in heads[0]


def test_dashboard_pages_country_filter_button_names_the_choice(sample):
    """The country filter sits behind a button (its widget is drawn only when opened) that names
    what the filter holds, so the sidebar still shows it at a glance."""
    at = run_page("app_pages/timeline.py")
    assert "Countries: all" in popover_labels(at)
    at.multiselect(key="country").set_value(["IR", "RU"]).run()
    assert not at.exception, at.exception
    assert "Countries: IR, RU" in popover_labels(at)
    assert at.query_params["country"] == ["IR", "RU"]


def test_countries_label_names_a_few_codes_then_counts():
    assert countries_label([]) == countries_label(None) == "Countries: all"
    assert countries_label(["IR"]) == "Countries: IR"
    assert countries_label(["RU", "IR", "US", "CN", "DE", "FR"]) == "Countries: RU, IR, US, CN +2"


def test_dashboard_pages_no_denial_is_said(sample):
    """A story without a denial says so."""
    at = run_page("app_pages/claims.py", country=["GE"])
    assert any('data-testid="no-denial"' in b for b in bodies(at))


def test_dashboard_pages_filter_matching_nothing_says_so(sample):
    """A filter that matches nothing shows an info message on each filtered page."""
    for page in ("app_pages/timeline.py", "app_pages/network.py", "app_pages/claims.py"):
        at = run_page(page, country=["CN"])  # China only appears in May, outside the default dates
        assert not at.exception
        assert any("No " in i.value and "match" in i.value for i in at.info), page


def test_dashboard_pages_all_dates_button_widens_the_range(sample):
    """One click on "All dates" shows events outside October–November (China, May 2024)."""
    at = run_page("app_pages/claims.py", country=["CN"])
    at.button(key="all_dates").click().run()
    assert not at.exception
    heads = [b for b in bodies(at) if 'data-testid="story-head"' in b]
    assert len(heads) == 1 and "s-china-disinfo" in heads[0]


def test_dashboard_pages_timeline_event_param_shows_evidence(sample):
    """`?event=ID` (what a click sets) shows that event's evidence card with the cue marked."""
    at = AppTest.from_file(APP, default_timeout=120)
    at.query_params["event"] = "e003"
    at.run()
    cards = [b for b in bodies(at) if 'data-event-id="e003"' in b]
    assert len(cards) == 1 and 'data-kind="cue"' in cards[0] and 'dir="rtl"' in cards[0]


def test_dashboard_pages_network_actor_card(sample):
    """`?actor=ID` opens the actor card: names, aliases RTL, its events with evidence."""
    at = AppTest.from_file(APP, default_timeout=120)
    at.query_params["actor"] = "iran"
    at.switch_page("app_pages/network.py").run()
    assert not at.exception
    html = "\n".join(bodies(at))
    assert 'data-testid="actor-name"' in html and "Iran" in html
    assert 'data-testid="rtl-aliases"' in html and "طهران" in html
    assert 'data-event-id="e003"' in html


def test_dashboard_pages_data_page_lists_problems_and_downloads(sample):
    """The data page shows the loading problems and, for each table picked, the table and a CSV/JSON/Parquet download."""
    at = run_page("app_pages/data.py")
    assert not at.exception
    assert any("problem" in w.value for w in at.warning)
    assert any('data-testid="problems-table"' in b for b in bodies(at))
    seen = set()
    for name in ("articles", "actors", "mentions", "events", "accusations", "problems"):
        at.segmented_control(key="data_table").set_value(name).run()
        assert not at.exception, at.exception
        preview = [b for b in bodies(at) if 'data-testid="table-preview"' in b]
        assert len(preview) == 1 and preview[0].count("<tr>") == 1 + min(len(getattr(sample, name)), 100)
        assert not at.dataframe, "the grid is drawn only when asked"
        seen |= {el.proto.id for el in at.get("download_button")}
    assert len(seen) == 18
    at.segmented_control(key="data_grid").set_value("grid").run()
    assert not at.exception and len(at.dataframe) == 1


def test_dashboard_claims_page_pages_many_stories(dev_corpus):
    """Many stories are drawn a page at a time, with a page control; page 2 shows the next ones."""
    at = run_page("app_pages/claims.py", dates=ALL_DATES)
    assert not at.exception, at.exception
    heads = [b for b in bodies(at) if 'data-testid="story-head"' in b]
    assert len(heads) == 10, len(heads)
    control = at.selectbox(key="story_page")
    assert len(control.options) > 1 and control.value == 1
    assert any(f"newest first · page 1 of {len(control.options)}" in c.value for c in at.caption)
    control.set_value(2).run()
    second = [b for b in bodies(at) if 'data-testid="story-head"' in b]
    assert second and second != heads
    assert any(f"page 2 of {len(control.options)}" in c.value for c in at.caption)


def test_dashboard_pages_timeline_table_on_request(dev_corpus):
    """The events table is drawn when its button is pressed, and hidden again by the same button."""
    at = run_page("app_pages/timeline.py", dates=ALL_DATES)
    assert not at.dataframe, "many events: the table waits to be asked for"
    at.button(key="events_table_button").click().run()
    assert not at.exception, at.exception
    assert len(at.dataframe) == 1 and at.button(key="events_table_button").label.startswith("Hide the table")
    at.button(key="events_table_button").click().run()
    assert not at.dataframe and at.button(key="events_table_button").label.startswith("Show the table")


def test_dashboard_pages_network_presenter_button(sample):
    """The presenter button puts `?presenter=true` in the URL and drops the title; pressed again, both come back."""
    at = run_page("app_pages/network.py")
    assert at.title and "presenter" not in at.query_params
    at.button(key="presenter_button").click().run()
    assert not at.exception, at.exception
    assert at.query_params["presenter"] == "true" and not at.title
    assert at.button(key="presenter_button").label == "Leave presenter mode"
    at.button(key="presenter_button").click().run()
    assert "presenter" not in at.query_params and at.title


def test_dashboard_pages_share_the_tables_without_changing_them(monkeypatch):
    """Every session gets the same tables object (no copy per rerun), so no page may modify it:
    after every page ran, with its filters and selections, the tables equal freshly built ones."""
    shared = make_sample_tables()
    calls = []
    monkeypatch.setattr(dashboard.data, "extract", lambda root: calls.append(root) or shared)
    dashboard.data.clear_caches()
    try:
        for page in [*PAGES, "app_pages/add.py"]:
            for state in ({}, {"country": ["IR"]}, {"dates": (date(2000, 1, 1), date(2030, 12, 31))}):
                at = run_page(page, **state)
                assert not at.exception, (page, at.exception)
        assert len(calls) == 1, "the corpus was extracted more than once"
        fresh = make_sample_tables()
        for name in ("articles", "actors", "mentions", "events", "accusations", "problems"):
            assert getattr(shared, name).equals(getattr(fresh, name)), f"{name} changed by a page"
    finally:
        dashboard.data.clear_caches()


def test_dashboard_pages_timeline_draws_the_busiest_lanes(dev_corpus):
    """With more accused countries than lanes, a control says how many are drawn; lowering it redraws."""
    at = run_page("app_pages/timeline.py", dates=ALL_DATES)
    assert not at.exception, at.exception
    control = at.selectbox(key="lanes")
    assert control.value == 8
    assert any("busiest of" in c.value for c in at.caption)
    control.set_value(4).run()
    assert not at.exception, at.exception
    assert any("The 4 busiest of" in c.value for c in at.caption)


def listed(at: AppTest) -> list[str]:
    """The article ids the picker offers (its options are labels: "⁦id⁩ · date · title · outlet")."""
    return [label.split(" · ")[0].strip("\u2066\u2069") for label in at.selectbox(key="article").options]


def test_dashboard_pages_article_search_opens_the_newest_match(sample):
    """Typing words of a title opens the newest article that has them all; the picker lists the matches
    (and the article open before the search, so it stays selectable)."""
    at = run_page("app_pages/articles.py", article="a004")
    assert not at.exception and at.selectbox(key="article").value == "a004"
    at.text_input(key="article_query").input("اتهامات").run()
    assert not at.exception
    assert at.selectbox(key="article").value == "a000"
    assert at.query_params["article"] == "a000"
    assert listed(at) == ["a000", "a002"]
    at.query_params["article"] = "a004"  # a link to an article the search does not find
    at.run()
    assert at.selectbox(key="article").value == "a004"
    assert listed(at) == ["a004", "a000", "a002"]
    at.text_input(key="article_query").input("لا يوجد هذا").run()
    assert not at.exception
    assert any("No article" in i.value for i in at.info)

"""Pure table transforms behind the pages, on the hand-made sample tables (dashboard/sample.py)."""
import io
import json
from datetime import date

import pandas as pd
import pytest

from dashboard.sample import (
    ACCUSATION_COLUMNS,
    ACTOR_COLUMNS,
    ARTICLE_COLUMNS,
    EVENT_COLUMNS,
    MENTION_COLUMNS,
    PROBLEM_COLUMNS,
    make_sample_tables,
)
from dashboard.views.claims import stories
from dashboard.views.evidence import actor_names, article_spans, event_spans
from dashboard.views.export import to_csv, to_json, to_parquet
from dashboard.views.filtering import (
    ALL,
    Filters,
    country_options,
    date_bounds,
    filter_articles,
    filter_events,
    outlet_options,
    type_options,
)


@pytest.fixture(scope="module")
def tables():
    return make_sample_tables()


def ids(frame):
    return sorted(frame["event_id"])


def test_dashboard_views_sample_has_the_core_columns(tables):
    """The sample tables carry every column of the core's contract, in order."""
    for name, columns in [("articles", ARTICLE_COLUMNS), ("actors", ACTOR_COLUMNS), ("mentions", MENTION_COLUMNS),
                          ("events", EVENT_COLUMNS), ("accusations", ACCUSATION_COLUMNS),
                          ("problems", PROBLEM_COLUMNS)]:
        assert list(getattr(tables, name).columns) == columns


def test_dashboard_views_sample_offsets_index_the_article_text(tables):
    """text[start:end] is the sentence, text[cue_start:cue_end] the cue, for every event and mention."""
    texts = dict(zip(tables.articles.article_id, tables.articles.text))
    for e in tables.events.itertuples():
        assert texts[e.article_id][e.start:e.end] == e.text
        assert texts[e.article_id][e.cue_start:e.cue_end] == e.cue
    for m in tables.mentions.itertuples():
        assert texts[m.article_id][m.start:m.end] == m.surface


def test_dashboard_views_country_options_put_ru_ir_us_first(tables):
    """RU, IR, US lead, then every other country present, alphabetically."""
    assert country_options(tables) == ["RU", "IR", "US", "CN", "GE"]


@pytest.mark.parametrize(
    ("countries", "expected"),
    [
        (("IR",), ["e003", "e004", "e005"]),  # Iran accused (e003, e005) and denying (e004); e002 is August
        (("CN",), []),  # only in May: outside the default dates
        (("GE",), ["e010"]),
        (("RU", "IR"), ["e000", "e001", "e003", "e004", "e005", "e006", "e007", "e010"]),
    ],
)
def test_dashboard_views_country_filter_matches_source_or_target(tables, countries, expected):
    """A country filter keeps events whose source OR target is that country (default dates)."""
    assert ids(filter_events(tables.events, Filters(countries=countries))) == expected


@pytest.mark.parametrize(
    ("f", "expected"),
    [
        (Filters(), ["e000", "e001", "e003", "e004", "e005", "e006", "e007", "e008", "e010"]),
        (Filters(start=date(2024, 11, 1), end=date(2024, 11, 2)), ["e000", "e001"]),
        (ALL, [f"e{i:03d}" for i in range(12)]),
        (Filters(event_types=("deny",)), ["e001", "e004", "e007"]),
        (Filters(outlets=("العربية",)), ["e005"]),
        (Filters(countries=("CN",), start=None, end=None, include_undated=True), ["e009"]),
    ],
)
def test_dashboard_views_filters(tables, f, expected):
    """Dates use the event date (publication date as fallback); undated events only under all dates."""
    assert ids(filter_events(tables.events, f)) == expected


def test_dashboard_views_filter_articles(tables):
    """Articles are kept when one of their events passes; all of them under ALL."""
    assert sorted(filter_articles(tables.articles, tables.events, Filters(countries=("IR",)))["article_id"]) == [
        "a001", "a002"]
    assert len(filter_articles(tables.articles, tables.events, ALL)) == len(tables.articles)


def test_dashboard_views_options_and_bounds(tables):
    """Types in canonical order, outlets sorted, date bounds widened to include the default window."""
    assert type_options(tables)[:2] == ["accuse", "deny"]
    assert "العربية" in outlet_options(tables)
    assert date_bounds(tables) == (date(2024, 5, 1), date(2024, 11, 30))


def test_dashboard_views_story_reported_by_two_outlets_appears_once(tables):
    """The Iran story (two outlets, one denial) is one row with both accusations and outlets."""
    rows = stories(tables.events, tables.accusations, Filters(countries=("IR",)))
    assert list(rows["story_id"]) == ["s-iran-hack"]
    row = rows.iloc[0]
    assert row["accusation_ids"] == ["e003", "e005"] and row["denial_ids"] == ["e004"]
    assert row["outlets"] == ["الجزيرة نت", "العربية"]


def test_dashboard_views_stories_sorted_and_without_denial(tables):
    """Newest first by default; an accusation nobody denied has no denial ids."""
    rows = stories(tables.events, tables.accusations, ALL)
    assert list(rows["story_id"]) == ["s-russia-video", "s-georgia", "s-iran-hack", "s-china-disinfo"]
    assert rows.set_index("story_id").loc["s-china-disinfo", "denial_ids"] == []
    oldest = stories(tables.events, tables.accusations, ALL, newest_first=False)
    assert list(oldest["story_id"]) == list(reversed(rows["story_id"]))


def test_dashboard_views_unlisted_accusation_becomes_its_own_story(tables):
    """An accuse event missing from the pairing table still shows, without a denial."""
    rows = stories(tables.events, tables.accusations.iloc[:0], ALL)
    assert len(rows) == 5 and all(d == [] for d in rows["denial_ids"])


def test_dashboard_views_event_spans_mark_cue_source_and_target(tables):
    """The evidence of e003 marks its cue, its source (DOJ) and its target (Iran)."""
    event = tables.events.set_index("event_id").loc["e003"].to_dict() | {"event_id": "e003"}
    spans = event_spans(event, tables.mentions, actor_names(tables.actors))
    text = tables.articles.set_index("article_id").loc["a001", "text"]
    got = {(s.kind, text[s.start:s.end]) for s in spans}
    assert {("cue", "اتهمت"), ("source", "وزارة العدل الأمريكية"), ("target", "إيران")} <= got


def test_dashboard_views_article_spans_cover_mentions_and_events(tables):
    """An article's spans: every mention, every event sentence and cue."""
    spans = article_spans("a003", tables.mentions, tables.events)
    kinds = [s.kind for s in spans]
    assert kinds.count("cue") == 3 and kinds.count("deny") == 1 and kinds.count("actor") >= 4


@pytest.mark.parametrize("name", ["articles", "actors", "mentions", "events", "accusations", "problems"])
def test_dashboard_views_exports_round_trip(tables, name):
    """CSV, JSON and Parquet downloads read back with the same rows, Arabic intact."""
    frame = getattr(tables, name)
    assert len(pd.read_csv(io.BytesIO(to_csv(frame)))) == len(frame)
    records = json.loads(to_json(frame))
    assert len(records) == len(frame)
    assert len(pd.read_parquet(io.BytesIO(to_parquet(frame)))) == len(frame)
    if name == "articles":
        assert "سكاي نيوز عربية" in to_json(frame).decode("utf-8")


@pytest.fixture
def undated(tables):
    """The sample with two events whose text gives no date (e.g. a "read also" block): e007, e009."""
    events = tables.events.copy()
    events.loc[events["event_id"].isin(["e007", "e009"]), ["date", "date_precision"]] = [pd.NaT, pd.NA]
    return events


def test_dashboard_views_undated_event_is_shown_undated_never_published(undated):
    """An undated event's card says undated, not its article's publication date."""
    from dashboard.views.cards import when

    event = undated.set_index("event_id", drop=False).loc["e007"]
    assert pd.notna(event["published"]) and when(event).startswith("undated")
    assert f"{event['published']:%Y-%m-%d}" not in when(event)


def test_dashboard_views_undated_events_are_not_drawn_on_the_timeline(undated):
    """The timeline draws events at their own date only: undated ones are counted, not placed."""
    from dashboard.figures.timeline import points, undated_count

    drawn = set(points(filter_events(undated, ALL))["event_id"])
    assert "e007" not in drawn and "e009" not in drawn and "e006" in drawn
    assert undated_count(filter_events(undated, ALL)) == 3  # e007, e009 and e011 (no date at all)


def test_dashboard_views_undated_story_has_no_date(tables, undated):
    """A story whose accusations are all undated has no date (NaT), and sorts last."""
    rows = stories(undated, tables.accusations, ALL)
    china = rows[rows["story_id"] == "s-china-disinfo"].iloc[0]
    assert pd.isna(china["date"])
    assert rows["date"].isna().iloc[-1]


def test_dashboard_views_undated_event_still_passes_the_publication_window(undated):
    """Filtering keeps an undated event when its article was published in the date range."""
    assert "e007" in set(filter_events(undated, Filters())["event_id"])


def test_find_articles_newest_first_undated_last(tables):
    """An empty search lists every article, newest publication first, undated ones last."""
    from dashboard.views.picker import find_articles

    assert find_articles(tables.articles, "  ") == ["a000", "a003", "a002", "a001", "a004", "a005"]


def test_find_articles_every_word_with_arabic_folding(tables):
    """Every word must match (title, outlet, file or id); hamza forms and case are folded."""
    from dashboard.views.picker import find_articles

    arts = tables.articles
    assert find_articles(arts, "اتهامات") == ["a000", "a002"]
    assert find_articles(arts, "اتهامات طهران") == ["a002"]
    assert find_articles(arts, "ايران") == ["a001"]  # written إيران in the title
    assert find_articles(arts, "cnn") == ["a003"]  # the outlet, in another case
    assert find_articles(arts, "A004") == ["a004"]  # the id
    assert find_articles(arts, "اتهامات بكين") == []


def test_article_labels_show_id_date_title_outlet(tables):
    """Labels keep the id apart from the Arabic title and give the publication day."""
    from dashboard.views.picker import article_labels

    labels = article_labels(tables.articles)
    assert labels["a001"].startswith("\u2066a001\u2069 · 2024-10-10 · ") and "الجزيرة" in labels["a001"]
    assert " · undated · " in labels["a005"]


def test_table_preview_escapes_cuts_and_gives_each_cell_its_direction():
    """Cells are escaped and `dir="auto"`; a long text is cut, the whole of it kept as the tooltip."""
    from dashboard.views.preview import CELL_CHARS, table_html

    long = "قالت وزارة الخارجية " * 20
    frame = pd.DataFrame({"id": ["a<1>", "b2", "c3"], "text": ['<script>alert("x")</script>', long, None]})
    html = table_html(frame, 2)
    assert "<script>" not in html and "&lt;script&gt;" in html and "a&lt;1&gt;" in html
    assert html.count("<tr>") == 3, "the header and the first 2 rows"
    assert html.count('<td dir="auto"') == 4
    assert f'title="{long.strip()}"' in html
    cut = html.split(f'title="{long.strip()}">')[1].split("</td>")[0]
    assert cut.endswith(" …") and len(cut) <= CELL_CHARS + 2
    dates = table_html(pd.DataFrame({"d": pd.to_datetime(["2024-11-02 00:00", "2024-11-02 13:05"])}), 2)
    assert ">2024-11-02<" in dates and ">2024-11-02 13:05:00<" in dates
    assert 'white-space:nowrap">2024-11-02<' in dates, "a date stays on one line"

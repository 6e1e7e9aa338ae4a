"""Data: the tidy tables behind every view, with downloads, and the problems met while loading."""
import streamlit as st

from dashboard.components import header
from dashboard.data import corpus_root, load_tables
from dashboard.filters import current
from dashboard.rtl import render
from dashboard.views.export import TABLES, to_csv, to_json, to_parquet
from dashboard.views.filtering import filter_articles, filter_events
from dashboard.views.preview import table_html

header("Data · البيانات",
       "The tables the core extracted (articles, actors, mentions, events, accusations, problems), "
       "to inspect and download as CSV, JSON or Parquet.")

tables = load_tables()
st.caption(f"Corpus folder: `{corpus_root()}` (set RAQIB_CORPUS=DIR to read another)")

PROBLEM_ROWS = 500
problems = tables.problems
if len(problems):
    st.warning(f"{len(problems)} problem(s) while loading the corpus: the files below were skipped or are "
               "suspicious; the rest of the corpus loaded.", icon=":material/warning:")
    if len(problems) > PROBLEM_ROWS:
        st.caption(f"The first {PROBLEM_ROWS} of {len(problems):,}: the problems table below has them all.")
    render(table_html(problems, PROBLEM_ROWS, testid="problems-table"))
else:
    st.success("No problems while loading the corpus.", icon=":material/check_circle:")

# Choices as segmented controls, like the table's: no switch on the page, whose code would cost every
# visit ~0.1 s more (BENCHMARKS.md).
ROWS = {"all": "All rows", "filtered": "Only rows matching the sidebar filters (events and articles)"}
only_filtered = st.segmented_control("Rows", list(ROWS), default="all", key="data_filtered", required=True,
                                     format_func=ROWS.get) == "filtered"
frames = {name: getattr(tables, name) for name in TABLES}
if only_filtered:
    frames["events"] = filter_events(tables.events, current())
    frames["articles"] = filter_articles(tables.articles, tables.events, current())

PREVIEW_ROWS = 100  # drawn as plain HTML on every visit
SHOWN_ROWS = 2_000  # what the interactive grid shows; the downloads are complete
# One table at a time: tabs would draw all six grids on every visit (seconds at 10,000 articles).
name = st.segmented_control("Table", TABLES, default=TABLES[0], key="data_table", bind="query-params", required=True,
                            format_func=lambda n: f"{n} ({len(frames[n]):,})")
frame = frames[name]
shown = frame.drop(columns=["text"]) if name == "articles" and "text" in frame else frame
# The grid (sorting, search, 2,000 rows) when asked: its code cost every visit 0.3 s (BENCHMARKS.md).
VIEWS = {"preview": f"Preview (the first {min(len(shown), PREVIEW_ROWS):,} rows)",
         "grid": f"Interactive table (sort, search; the first {min(len(shown), SHOWN_ROWS):,} rows)"}
if st.segmented_control("View", list(VIEWS), default="preview", key="data_grid", required=True,
                        format_func=VIEWS.get) == "grid":
    if len(shown) > SHOWN_ROWS:
        st.caption(f"The first {SHOWN_ROWS:,} of {len(shown):,} rows; the downloads hold them all.")
    st.dataframe(shown.head(SHOWN_ROWS), hide_index=True, width="stretch", key=f"table_{name}")
else:
    st.caption(f"The first {min(len(shown), PREVIEW_ROWS):,} of {len(shown):,} rows (hover a cut text for all of "
               "it); the downloads hold them all.")
    render(table_html(shown, PREVIEW_ROWS))
cols = st.columns(3)
# Files are built when a button is clicked, not on every rerun (a 10,000-article corpus makes ~250 MB).
cols[0].download_button("CSV", data=lambda f=frame: to_csv(f), file_name=f"{name}.csv", mime="text/csv",
                        key=f"csv_{name}", on_click="ignore", icon=":material/download:")
cols[1].download_button("JSON", data=lambda f=frame: to_json(f), file_name=f"{name}.json",
                        mime="application/json", key=f"json_{name}", on_click="ignore", icon=":material/download:")
cols[2].download_button("Parquet", data=lambda f=frame: to_parquet(f), file_name=f"{name}.parquet",
                        mime="application/vnd.apache.parquet", key=f"parquet_{name}", on_click="ignore",
                        icon=":material/download:")

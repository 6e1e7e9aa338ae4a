"""Timeline: events over time in one lane per accused country; click a point for its evidence."""
import pandas as pd
import streamlit as st

from dashboard import cached
from dashboard.chart import plotly_chart
from dashboard.components import evidence_card, header, selected_custom, show_or_hide
from dashboard.data import load_tables
from dashboard.filters import current, nothing_matches
from dashboard.views.filtering import filter_events

header("Timeline · الخط الزمني",
       "Events by date, one lane per accused (target) country; shape and colour give the event type, "
       "hollow markers an approximate date (a bar: a whole month or year). Click a point to read its evidence.")

tables = load_tables()
f = current()
counts = cached.in_view(tables, f)
# The chart's controls behind one button: a closed popover's widgets are not drawn, and a switch's
# and a select box's code would cost every visit ~0.2 s before the chart could start (BENCHMARKS.md).
options = st.popover("Chart options", icon=":material/tune:", key="chart_options")
# Plain statements outnumber everything else: off by default, one switch away (or chosen as a type).
show_statements = options.toggle(
    f"Show statements ({counts.statements}) · تصريحات", key="statements", bind="query-params",
    help="Statements (تصريح) are reported speech without an accusation, denial or contact. Hidden by default "
         "so the claims stand out; choosing the type in the sidebar shows them too.",
) or "statement" in f.event_types
if not show_statements and counts.statements:
    st.caption(f"{counts.statements} statement(s) hidden: switch on **Show statements** (Chart options) to draw them.")
if counts.events == (0 if show_statements else counts.statements):
    nothing_matches("events")
    st.stop()

LANES = 8  # a tall chart is slow to draw and hard to read on one screen: the busiest countries first
# A selectbox, not a number input: one widget kind fewer to load when the options open.
LANE_CHOICES = (2, 4, 6, 8, 10, 12, 16, 20, 30, 50, 100, 200)

lanes = int(st.session_state.get("lanes", LANES))
chart = cached.timeline(tables, f, show_statements, lanes)
if chart.lanes > LANES or "lanes" in st.session_state:
    options.selectbox("Countries drawn (lanes)", LANE_CHOICES, index=LANE_CHOICES.index(LANES), key="lanes",
                      help="The accused countries with most events get a lane; a country chosen in the sidebar "
                           "always has one.")
    if chart.lanes > lanes:
        st.caption(f"The {lanes} busiest of {chart.lanes} accused countries are drawn; raise **Countries drawn** "
                   "(Chart options) or choose countries in the sidebar for the others.")
if chart.slot_days:
    st.caption(f"{chart.events:,} events in view: each marker stands for those of its lane and type within "
               f"{chart.slot_days} day(s) (hover says how many). Narrow the filters to see every event as its own point.")
state = plotly_chart(chart.spec, key="timeline_chart", config={"displaylogo": False, "scrollZoom": True})
if chart.undated:
    st.caption(f"{chart.undated} event(s) in view have no date in their text (e.g. a “read also” block): "
               "they are not drawn; they are in the table below, marked undated.")


def drawn(found):
    """The events found that the chart can show: in view, and not hidden statements."""
    return found if show_statements else found[found["event_type"] != "statement"]


clicked = list(drawn(cached.events_by_id(tables, selected_custom(state), f))["event_id"])
if clicked:
    st.query_params["event"] = clicked[0]
wanted = clicked or ([st.query_params["event"]] if "event" in st.query_params else [])
chosen = cached.events_by_id(tables, wanted, f)  # a shared ?event= link works with statements hidden too

st.subheader("Evidence · الدليل")
if chosen.empty:
    st.info("Click a point on the timeline to see the sentence it comes from.", icon=":material/touch_app:")
for _, event in chosen.iterrows():
    evidence_card(event, tables)

TABLE_ROWS = 1000  # a longer table is for the Data page's download, not for reading here (and costs the browser)
# Shown on request, not in a folded expander: a folded table is still drawn (and its grid code loaded) on every visit.
if show_or_hide("events_table", f"table of the {chart.events:,} events in view", default=chosen.empty and chart.events <= 12):
    st.caption("Select a row to read its evidence.")
    events = drawn(filter_events(tables.events, f))
    if len(events) > TABLE_ROWS:
        st.caption(f"The first {TABLE_ROWS:,} of {len(events):,}, by date; the Data page downloads them all.")
    table = events.sort_values(["date", "event_id"], kind="stable").head(TABLE_ROWS)[
        ["event_id", "date", "date_precision", "event_type", "source_name_en", "target_name_en",
         "source_country", "target_country", "outlet"]].reset_index(drop=True)
    picked = st.dataframe(
        table.assign(date=pd.to_datetime(table["date"]).dt.date,
                     date_precision=table["date_precision"].where(table["date"].notna(), "undated")),
        hide_index=True, width="stretch", key="timeline_table", on_select="rerun", selection_mode="single-row",
    )
    rows = picked.selection.rows if picked else []
    if rows:
        for _, event in events[events["event_id"] == table.loc[rows[0], "event_id"]].iterrows():
            evidence_card(event, tables)

"""Timeline: events over time in one lane per accused country; click a point for its evidence."""
import pandas as pd
import streamlit as st

from dashboard import cached
from dashboard.chart import plotly_chart
from dashboard.components import evidence_card, header, selected_custom
from dashboard.data import load_tables
from dashboard.figures.timeline import undated_count
from dashboard.filters import current, nothing_matches
from dashboard.views.filtering import filter_events

header("Timeline · الخط الزمني",
       "Events by date, one lane per accused (target) country; shape and colour give the event type, "
       "hollow markers an approximate date (a bar: a whole month or year). Click a point to read its evidence.")

tables = load_tables()
f = current()
in_view = filter_events(tables.events, f)
events = in_view
statements = events["event_type"] == "statement"
# Plain statements outnumber everything else: off by default, one switch away (or chosen as a type).
show_statements = st.toggle(
    f"Show statements ({int(statements.sum())}) · تصريحات", key="statements", bind="query-params",
    help="Statements (تصريح) are reported speech without an accusation, denial or contact. Hidden by default "
         "so the claims stand out; choosing the type in the sidebar shows them too.",
) or "statement" in f.event_types
if not show_statements and statements.any():
    events = events[~statements]
    st.caption(f"{int(statements.sum())} statement(s) hidden: switch on **Show statements** to draw them.")
if events.empty:
    nothing_matches("events")
    st.stop()

LANES = 8  # a tall chart is slow to draw and hard to read on one screen: the busiest countries first

control = st.container()  # filled below, once we know whether there are more countries than lanes
lanes = int(st.session_state.get("lanes", LANES))
fig, slot_days, all_lanes = cached.timeline(tables, f, show_statements, lanes)
if all_lanes > LANES or "lanes" in st.session_state:
    with control:
        st.number_input("Countries drawn (lanes)", min_value=1, max_value=200, value=LANES, step=1, key="lanes",
                        help="The accused countries with most events get a lane; a country chosen in the sidebar "
                             "always has one.")
        if all_lanes > lanes:
            st.caption(f"The {lanes} busiest of {all_lanes} accused countries are drawn; raise **Countries drawn** "
                       "or choose countries in the sidebar for the others.")
if slot_days:
    st.caption(f"{len(events):,} events in view: each marker stands for those of its lane and type within "
               f"{slot_days} day(s) (hover says how many). Narrow the filters to see every event as its own point.")
state = plotly_chart(fig, key="timeline_chart", config={"displaylogo": False, "scrollZoom": True})
missing = undated_count(events)
if missing:
    st.caption(f"{missing} event(s) in view have no date in their text (e.g. a “read also” block): "
               "they are not drawn; they are in the table below, marked undated.")

clicked = [i for i in selected_custom(state) if i in set(events["event_id"])]
if clicked:
    st.query_params["event"] = clicked[0]
wanted = clicked or ([st.query_params["event"]] if "event" in st.query_params else [])
chosen = in_view[in_view["event_id"].isin(wanted)]  # a shared ?event= link works with statements hidden too

st.subheader("Evidence · الدليل")
if chosen.empty:
    st.info("Click a point on the timeline to see the sentence it comes from.", icon=":material/touch_app:")
for _, event in chosen.iterrows():
    evidence_card(event, tables)

TABLE_ROWS = 1000  # a longer table is for the Data page's download, not for reading here (and costs the browser)
# A switch, not a folded expander: a folded table is still drawn (and its grid code loaded) on every visit.
if st.toggle(f"Table of the {len(events):,} events in view (select a row for its evidence)", key="events_table",
             value=chosen.empty and len(events) <= 12):
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

"""Timeline: events over time in one lane per accused country; click a point for its evidence."""
import streamlit as st

from dashboard.components import evidence_card, header, selected_custom
from dashboard.data import load_tables
from dashboard.figures.timeline import timeline_figure, undated_count
from dashboard.filters import current, nothing_matches
from dashboard.views.filtering import filter_events

header("Timeline · الخط الزمني",
       "Events by date, one lane per accused (target) country; shape and colour give the event type, "
       "hollow markers an approximate date. Click a point to read its evidence.")

tables = load_tables()
events = filter_events(tables.events, current())
if events.empty:
    nothing_matches("events")
    st.stop()

f = current()
fig = timeline_figure(events, f.start, f.end)
state = st.plotly_chart(fig, on_select="rerun", key="timeline_chart", selection_mode="points", theme=None,
                        config={"displaylogo": False, "scrollZoom": True})
missing = undated_count(events)
if missing:
    st.caption(f"{missing} event(s) have no date and no publication date: they are listed below, not drawn.")

clicked = [i for i in selected_custom(state) if i in set(events["event_id"])]
if clicked:
    st.query_params["event"] = clicked[0]
wanted = clicked or ([st.query_params["event"]] if "event" in st.query_params else [])
chosen = events[events["event_id"].isin(wanted)]

st.subheader("Evidence · الدليل")
if chosen.empty:
    st.info("Click a point on the timeline to see the sentence it comes from.", icon=":material/touch_app:")
for _, event in chosen.iterrows():
    evidence_card(event, tables)

with st.expander(f"All {len(events)} events in view", expanded=chosen.empty and len(events) <= 12):
    st.dataframe(
        events[["event_id", "date", "date_precision", "event_type", "source_name_en", "target_name_en",
                "source_country", "target_country", "outlet"]],
        hide_index=True, width="stretch", key="timeline_table",
    )

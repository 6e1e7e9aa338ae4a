"""Accusations ↔ denials: each story once, the accusation beside the denial that answers it."""
import pandas as pd
import streamlit as st

from dashboard import cached
from dashboard.components import evidence_card, header
from dashboard.data import load_tables
from dashboard.filters import current, nothing_matches
from dashboard.rtl import code, escape, inline, render
from dashboard.views.cards import UNDATED, no_denial_html

header("Accusations ↔ denials · الاتهامات والنفي",
       "One row per story: the accusation on the left, the denial that answers it on the right (or “no denial on "
       "record”). A story several outlets reported appears once, with all its sources.")

tables = load_tables()
# Order and page behind one button: a closed popover's widgets are not drawn, and a segmented
# control's and a select box's code would cost every visit ~0.1 s (BENCHMARKS.md). The caption says both.
choose = st.popover("Order and page", icon=":material/swap_vert:", key="order_and_page")
order = choose.segmented_control("Order by date", ["newest first", "oldest first"], default="newest first",
                                 key="order", bind="query-params", required=True)
rows = cached.story_rows(tables, current(), newest_first=order != "oldest first")
if rows.empty:
    nothing_matches("accusations")
    st.stop()

answered = sum(bool(d) for d in rows["denial_ids"])
OTHER_REPORTS = 5  # other reports of a story shown as cards
PER_PAGE = 10  # a page of stories, each with its evidence cards: a screenful to read, quick to draw
pages = max(1, -(-len(rows) // PER_PAGE))
page = 1
if pages > 1:
    if st.session_state.get("story_page", 1) > pages:  # fewer stories since the last filter change
        st.session_state["story_page"] = 1
    # A selectbox, not a number input: the country filter's multiselect shares its code.
    page = int(choose.selectbox(f"Page (of {pages}, {PER_PAGE} stories each)", range(1, pages + 1), key="story_page"))
st.caption(f"{len(rows)} stories · {answered} with a denial on record · {len(rows) - answered} without · "
           f"{order} · page {page} of {pages}")
rows = rows.iloc[(page - 1) * PER_PAGE : page * PER_PAGE]
# The events this page shows, looked up once by id (indexing all 142,000 events by id cost every rerun 0.05 s).
shown = [*rows["accusation_ids"].map(lambda ids: ids[:1 + OTHER_REPORTS]).explode(), *rows["denial_ids"].explode()]
by_id = {e["event_id"]: e for _, e in cached.events_by_id(tables, [i for i in shown if isinstance(i, str)]).iterrows()}

for story in rows.itertuples():
    with st.container(border=True, key=f"story_{story.Index}"):
        date = UNDATED if pd.isna(story.date) else f"{story.date:%Y-%m-%d}"
        sources = " · ".join(inline(o) for o in story.outlets) or "unknown outlet"
        render(f'<div dir="ltr" data-testid="story-head"><b>{escape(date)}</b> · story {code(story.story_id)}'
               f" · {len(story.accusation_ids)} report(s) · sources: {sources}"
               + (f" · paired: {escape(story.pair_basis)}" if story.pair_basis else "") + "</div>")
        left, right = st.columns(2, gap="medium")
        with left:
            st.markdown("**Accusation · الاتهام**")
            first, *others = story.accusation_ids
            evidence_card(by_id[first], tables)
            if others:
                with st.expander(f"Also reported by {len(others)} more report(s)"):
                    # Drawn even while folded: a story of 200 reports would be 200 cards on every visit.
                    for other in others[:OTHER_REPORTS]:
                        evidence_card(by_id[other], tables)
                    if len(others) > OTHER_REPORTS:
                        st.caption(f"… and {len(others) - OTHER_REPORTS} more: their ids are in the Data page's "
                                   f"accusations table (story {story.story_id}).")
        with right:
            st.markdown("**Denial · النفي**")
            if not story.denial_ids:
                render(no_denial_html())
            for denial in story.denial_ids:
                evidence_card(by_id[denial], tables)

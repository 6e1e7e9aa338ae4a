"""Actor network: who accuses, denies, contacts, supports or attacks whom; click a node for its card."""
import streamlit as st

from dashboard import cached
from dashboard.chart import plotly_chart
from dashboard.components import evidence_card, header, selected_custom, show_or_hide
from dashboard.data import load_tables
from dashboard.figures.export import to_html, to_png
from dashboard.figures.network import MAX_EDGES, node_table
from dashboard.filters import current, nothing_matches
from dashboard.rtl import code, escape, inline, render
from dashboard.views.cards import aliases_html, country_badge
from dashboard.views.filtering import filter_events

PRESENTER_CSS = """<style>
section[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], header[data-testid="stHeader"] {display: none;}
[data-testid="stMainBlockContainer"], .block-container {padding: 0.5rem 1rem 1rem 1rem; max-width: 100%;}
</style>"""

TOP_CHOICES = (5, 10, 15, 20, 25, 30, 40, 50, 75, 100, 150, 200)


def _present(on: bool) -> None:
    if on:
        st.query_params["presenter"] = "true"
    else:
        st.query_params.pop("presenter", None)


head = st.container()  # the title goes above the controls, unless presenting
tables = load_tables()
f = current()

# A button for presenter mode and the graph's options behind another: no switch or select box on the
# page, whose code would cost every visit ~0.2 s before the graph could start (BENCHMARKS.md).
# Presenter mode lives in the URL (`?presenter=true`), so a presenter can open the graph straight in it.
presenter = st.query_params.get("presenter") == "true"
controls = st.columns([1, 1, 2], vertical_alignment="bottom")
controls[0].button("Leave presenter mode" if presenter else "Presenter mode", key="presenter_button",
                   on_click=_present, args=(not presenter,), width="stretch",
                   icon=":material/close_fullscreen:" if presenter else ":material/co_present:",
                   help="Large labels, no clutter, fills the screen (1920×1080).")
with controls[1].popover("Graph options", icon=":material/tune:", width="stretch",
                         key="graph_options"):
    english = st.toggle("English names", key="english", bind="query-params")
    # Choices in a selectbox, not a number input: the country filter's multiselect shares its code.
    top_n = st.selectbox("Top actors", TOP_CHOICES, index=TOP_CHOICES.index(25), key="top",
                         help="Show the N actors with most events.")
if presenter:  # the graph alone on the screen: no sidebar, no app header, little padding
    render(PRESENTER_CSS)
else:
    with head:
        header("Actor network · شبكة الفاعلين",
               "Actors sized by their number of events and coloured by country; arrows show who accuses, denies, "
               "contacts, supports or attacks whom (hover an arrow's diamond for counts). Click a node for its card.")

if not cached.in_view(tables, f).events:
    nothing_matches("events")
    st.stop()

graph, fig, spec = cached.network(tables, f, top_n, english, presenter)
if fig is None:
    nothing_matches("actors")
    st.stop()
if graph.number_of_edges() > MAX_EDGES and not presenter:
    st.caption(f"The {MAX_EDGES} strongest of {graph.number_of_edges():,} links are drawn (every actor is); "
               "fewer top actors or a narrower filter shows the rest.")
state = plotly_chart(spec, key="network_chart", config={"displaylogo": False, "scrollZoom": True, "displayModeBar": not presenter})

# Behind one button: a closed popover's buttons are not drawn on every load.
downloads = st.popover("Export · تصدير", icon=":material/download:", key="export")
downloads.download_button("PNG (1920×1080)", data=lambda: to_png(fig), file_name="raqib-network.png",
                          mime="image/png", key="png", on_click="ignore", icon=":material/image:")
downloads.download_button("Standalone HTML", data=lambda: to_html(fig, "Raqib — actor network"),
                          file_name="raqib-network.html", mime="text/html", key="html", on_click="ignore",
                          icon=":material/code:")

picked = selected_custom(state, 1)
kinds = selected_custom(state, 0)
actor_id = next((p for k, p in zip(kinds, picked) if k == "actor"), None)
edge = next((p for k, p in zip(kinds, picked) if k == "edge"), None)
if actor_id:
    st.query_params["actor"] = actor_id
elif edge is None and "actor" in st.query_params:
    actor_id = st.query_params["actor"]

if edge:
    source, target, relation = edge.split("|")
    ids = next((d["event_ids"] for u, v, d in graph.edges(data=True)
                if u == source and v == target and d["relation"] == relation), [])
    render(f"<h3>{inline(graph.nodes[source]['name_ar'])} → {inline(graph.nodes[target]['name_ar'])}: "
           f"{escape(relation)}</h3>")
    for _, event in cached.events_by_id(tables, ids).iterrows():
        evidence_card(event, tables)
elif actor_id and actor_id in set(tables.actors["actor_id"]):
    actor = tables.actors[tables.actors["actor_id"] == actor_id].iloc[0]
    with st.container(border=True, key="actor_card"):
        render(f'<h3 data-testid="actor-name">{escape(actor["name_en"])} · {inline(actor["name_ar"])}</h3>'
               f'<div dir="ltr">{country_badge(actor["country"])} · kind: {escape(actor["kind"]) or "—"} · '
               f'mentions: {escape(actor["mentions"]) or "0"} · id: {code(actor_id)}</div>')
        st.caption("Aliases · الأسماء")
        render(aliases_html(actor["aliases"]))
        every = tables.events
        own = filter_events(every[(every["source_actor_id"] == actor_id) | (every["target_actor_id"] == actor_id)], f)
        st.caption(f"Its events in view ({len(own)}) · أحداثه")
        for _, event in own.sort_values("date", na_position="last").iterrows():
            evidence_card(event, tables)
elif not presenter:
    st.info("Click a node to see that actor's card and evidence.", icon=":material/touch_app:")

if not presenter:
    if show_or_hide("metrics_table", "degree metrics (table)"):  # drawn only when asked: see the timeline's table
        st.dataframe(node_table(graph), hide_index=True, width="stretch", key="network_metrics")

"""Articles: read one article right-to-left with its actors, event sentences and cues highlighted."""
import streamlit as st

from dashboard import cached
from dashboard.components import evidence_card, header
from dashboard.data import load_tables
from dashboard.rtl import arabic, block, escape, render
from dashboard.views.cards import article_meta_html, legend_html
from dashboard.views.evidence import article_spans

header("Articles · المقالات",
       "Read any article as written, right-to-left, with actor mentions, event sentences and cue words highlighted. "
       "Links from the timeline, network and claims open an article here (?article=ID).")

tables = load_tables()
articles = tables.articles
if articles.empty:
    st.info("The corpus has no articles. Check the Data page for problems while loading.", icon=":material/inbox:")
    st.stop()

labels = cached.labels(tables)
# `?article=ID` (the links of every other page) is synced by hand: a bound selectbox would expect
# the formatted label in the URL, not the id.
wanted = st.query_params.get("article")
if wanted in labels and wanted != st.session_state.get("article"):
    st.session_state["article"] = wanted


def _to_url() -> None:
    st.query_params["article"] = st.session_state["article"]


article_id = st.selectbox("Article", list(labels), key="article", on_change=_to_url,
                          format_func=lambda a: labels.get(a, a))
st.query_params["article"] = article_id
article = articles[articles["article_id"] == article_id].iloc[0]
names = cached.names(tables)

render(block(f"<h2 style='margin:0'>{escape(article['title']) or escape(article['file'])}</h2>",
             testid="rtl-title"))
render(article_meta_html(article))
events = tables.events[tables.events["article_id"] == article_id]
mentions = cached.article_mentions(tables, article_id)
st.caption(f"{len(mentions)} actor mentions · {len(events)} events")
render(legend_html())
render(arabic(article["text"], article_spans(article_id, mentions, events, names), testid="rtl-article"))

if len(events):
    st.subheader("Events in this article · أحداث المقال")
    for _, event in events.sort_values("start").iterrows():
        evidence_card(event, tables, link=False)

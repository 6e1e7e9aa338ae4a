"""Articles: read one article right-to-left with its actors, event sentences and cues highlighted."""
import streamlit as st

from dashboard.components import evidence_card, header
from dashboard.data import load_tables
from dashboard.rtl import arabic, block, escape, render, text_of
from dashboard.views.cards import article_meta_html, legend_html
from dashboard.views.evidence import actor_names, article_spans

header("Articles · المقالات",
       "Read any article as written, right-to-left, with actor mentions, event sentences and cue words highlighted. "
       "Links from the timeline, network and claims open an article here (?article=ID).")

tables = load_tables()
articles = tables.articles.sort_values("article_id")
if articles.empty:
    st.info("The corpus has no articles. Check the Data page for problems while loading.", icon=":material/inbox:")
    st.stop()

labels = {
    text_of(a.article_id): f"{text_of(a.article_id)} · {text_of(a.title)[:70] or text_of(a.file)} · {text_of(a.outlet) or '—'}"
    for a in articles.itertuples()
}
article_id = st.selectbox("Article", list(labels), key="article", bind="query-params",
                          format_func=lambda a: labels.get(a, a))
article = articles[articles["article_id"] == article_id].iloc[0]
names = actor_names(tables.actors)

render(block(f"<h2 style='margin:0'>{escape(article['title']) or escape(article['file'])}</h2>",
             testid="rtl-title"))
render(article_meta_html(article))
events = tables.events[tables.events["article_id"] == article_id]
mentions = tables.mentions[tables.mentions["article_id"] == article_id]
st.caption(f"{len(mentions)} actor mentions · {len(events)} events")
render(legend_html())
render(arabic(article["text"], article_spans(article_id, mentions, events, names), testid="rtl-article"))

if len(events):
    st.subheader("Events in this article · أحداث المقال")
    for _, event in events.sort_values("start").iterrows():
        evidence_card(event, tables, link=False)

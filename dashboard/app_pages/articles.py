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


def _open_first_match() -> None:
    """A new search opens its newest match (the picker lists the others)."""
    found = cached.found_articles(load_tables(), st.session_state["article_query"])
    if found:
        st.session_state["article"] = found[0]
        _to_url()


LISTED = 300  # the picker lists this many matches: every article of a large corpus cost each visit 0.4 s
query = st.text_input("Find an article", key="article_query", on_change=_open_first_match,
                      placeholder="words of its title, its outlet, file or id",
                      help="Arabic is matched with letter variants and diacritics folded (أ/إ/ا, ة/ه, ى/ي).")
found = cached.found_articles(tables, query)
if not found:
    st.info(f"No article's title, outlet, file or id holds every word of “{query}”.", icon=":material/search_off:")
    st.stop()
listed = list(found[:LISTED])
current = st.session_state.get("article")
if current in labels and current not in listed:
    listed.insert(0, current)  # the article open (from a link, or before the search) stays selectable
elif current is not None and current not in labels:
    del st.session_state["article"]  # gone from the corpus: the newest match is shown
article_id = st.selectbox("Article (newest first)", listed, key="article", on_change=_to_url,
                          format_func=lambda a: labels.get(a, a))
if len(found) > LISTED:
    st.caption(f"The {LISTED} newest of {len(found):,} {'matching ' if query.strip() else ''}articles are listed: "
               "type words of a title, an outlet or an id above to find the others.")
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

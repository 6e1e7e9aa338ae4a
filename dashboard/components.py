"""Streamlit pieces shared by several pages: the page header and the evidence card with its link."""
from __future__ import annotations

import streamlit as st

from dashboard import cached
from dashboard.rtl import ltr, render, text_of
from dashboard.views.cards import evidence_html
from dashboard.views.evidence import event_spans

ARTICLES_PAGE = "app_pages/articles.py"


def header(title: str, help_line: str) -> None:
    """Every page: a title and one line saying what it is for."""
    st.title(title)
    st.caption(help_line)


def article_link(article_id: object, key_hint: str = "") -> None:
    """A link to the Articles page showing this article (`?article=ID`)."""
    aid = text_of(article_id)
    if aid:
        st.page_link(ARTICLES_PAGE, label=f"Open the article {ltr(aid)} · اقرأ المقال", icon=":material/article:",
                     query_params={"article": aid})


def evidence_card(event, tables, *, link: bool = True) -> None:
    """The evidence of one event: sentence RTL with cue and actors highlighted, metadata, link."""
    spans = event_spans(event, cached.article_mentions(tables, event["article_id"]), cached.names(tables))
    render(evidence_html(event, spans))
    if link:
        article_link(event["article_id"])


def selected_custom(state, index: int = 0) -> list:
    """The `custom_data[index]` values of the points selected in a `st.plotly_chart` state."""
    try:
        points = state.selection.points
    except AttributeError:
        try:
            points = state["selection"]["points"]
        except (KeyError, TypeError):
            return []
    out = []
    for p in points or []:
        data = p.get("customdata") if isinstance(p, dict) else None
        if data is None and isinstance(p, dict):
            data = p.get("custom_data")
        if isinstance(data, (list, tuple)) and len(data) > index:
            out.append(data[index])
        elif data is not None and index == 0 and not isinstance(data, (list, tuple)):
            out.append(data)
    return out

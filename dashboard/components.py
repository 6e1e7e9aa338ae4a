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


def show_or_hide(key: str, what: str, *, default: bool = False) -> bool:
    """A button that shows or hides `what` (something drawn only on request); whether it is shown now.

    A button, not a switch: the sidebar has loaded a button's code on every page already, and a
    switch's code cost a page that showed one ~0.1 s more on every visit (BENCHMARKS.md). Until it is
    pressed, `default` decides (it may change with the view); after that, the reader's choice holds.
    """
    shown = bool(st.session_state.get(key, default))
    st.button(f"{'Hide' if shown else 'Show'} the {what}", key=f"{key}_button", on_click=_set, args=(key, not shown),
              icon=":material/visibility_off:" if shown else ":material/visibility:")
    return shown


def _set(key: str, value: object) -> None:
    st.session_state[key] = value


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

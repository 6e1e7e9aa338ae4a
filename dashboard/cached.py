"""What the pages derive from the tables, computed once per corpus version and choice.

A rerun (any click) that changes neither the corpus nor the choices behind a frame or figure
must not redo it: at 10,000 articles the sidebar's option lists cost 0.3 s, the accusation
stories 1.5 s, the actor graph 1.5 s and the timeline figure 0.5 s. Each cached function is keyed
by `tables_key()` (the corpus and lexicon version) and the choices; the tables themselves are
passed as `_tables`, which Streamlit does not hash (the key stands for them).

`st.cache_data` hands every caller its own copy, so a page may change what it gets back. What a
rerun only reads is a shared, read-only object (`st.cache_resource`): the lookups every evidence
card makes (names, an article's mentions, events by id), the filtered counts, and the charts with
their figure already as JSON (unpickling a copy of the timeline's figure rebuilt and validated it:
0.08 s a rerun at 10,000 articles, and serialising it again 0.03 s).
"""
from __future__ import annotations

from typing import NamedTuple

import pandas as pd
import streamlit as st

from dashboard.data import tables_key
from dashboard.figures.network import build_graph, network_figure
from dashboard.figures.timeline import busiest_lanes, thin, timeline_figure, undated_count
from dashboard.labels import country_code
from dashboard.rtl import text_of
from dashboard.views.claims import stories
from dashboard.views.evidence import actor_names
from dashboard.views.filtering import (
    Filters,
    country_options,
    date_bounds,
    filter_events,
    outlet_options,
    type_options,
)
from dashboard.views.picker import ArticleIndex, article_index, article_labels, matches

ENTRIES = 32  # per function: a session moving through a few dozen filter settings stays cached


class InView(NamedTuple):
    """What the filters leave: `events` in all, `statements` among them."""

    events: int
    statements: int


class TimelineChart(NamedTuple):
    """The timeline's figure as JSON (`spec`), its slot in days (0 when every event is its own
    marker), how many accused countries (`lanes`) the `events` it stands for have, and how many of
    those are `undated` (not drawn)."""

    spec: str
    slot_days: int
    lanes: int
    events: int
    undated: int


@st.cache_data(max_entries=4, show_spinner=False)
def _options(key: str, _tables) -> dict:
    return {"dates": date_bounds(_tables), "countries": country_options(_tables),
            "types": type_options(_tables), "outlets": outlet_options(_tables)}


def options(tables) -> dict:
    """The sidebar's choices: `dates` (bounds), `countries`, `types`, `outlets`."""
    return _options(tables_key(), tables)


@st.cache_data(max_entries=ENTRIES, show_spinner="Pairing accusations and denials…")
def _stories(key: str, f: Filters, newest_first: bool, _tables):
    return stories(_tables.events, _tables.accusations, f, newest_first=newest_first)


def story_rows(tables, f: Filters, newest_first: bool = True):
    """`views.claims.stories` for these filters and order."""
    return _stories(tables_key(), f, newest_first, tables)


@st.cache_resource(max_entries=ENTRIES, show_spinner=False)
def _in_view(key: str, f: Filters, _tables) -> InView:
    events = filter_events(_tables.events, f)
    return InView(len(events), int((events["event_type"] == "statement").sum()))


def in_view(tables, f: Filters) -> InView:
    """How many events pass the filters, statements among them."""
    return _in_view(tables_key(), f, tables)


@st.cache_resource(max_entries=2, show_spinner=False)
def _event_rows(key: str, _tables) -> pd.Index:
    return pd.Index(_tables.events["event_id"])


def events_by_id(tables, ids, f: Filters | None = None) -> pd.DataFrame:
    """The events with these ids (that pass `f`, when given), found through an index instead of a
    scan of every event."""
    wanted = list(dict.fromkeys(text_of(i) for i in ids))
    if not wanted:
        return tables.events.iloc[:0]
    rows = _event_rows(tables_key(), tables).get_indexer(wanted)
    found = tables.events.iloc[rows[rows >= 0]]
    return filter_events(found, f) if f is not None else found


@st.cache_resource(max_entries=ENTRIES, show_spinner="Drawing the actor network…")
def _network(key: str, f: Filters, top_n: int, english: bool, presenter: bool, _tables):
    graph = build_graph(filter_events(_tables.events, f), _tables.actors, top_n=top_n)
    figure = network_figure(graph, english=english, presenter=presenter) if graph.number_of_nodes() else None
    return graph, figure, figure.to_json() if figure is not None else None


def network(tables, f: Filters, top_n: int, english: bool, presenter: bool):
    """The top-`top_n` actor graph of the filtered events, its figure (None when it has no node)
    and the figure as JSON for the chart (read-only, shared)."""
    return _network(tables_key(), f, int(top_n), bool(english), bool(presenter), tables)


@st.cache_resource(max_entries=ENTRIES, show_spinner="Drawing the timeline…")
def _timeline(key: str, f: Filters, statements: bool, lanes: int, _tables) -> TimelineChart:
    events = filter_events(_tables.events, f)
    if not statements:
        events = events[events["event_type"] != "statement"]
    codes = events["target_country"].map(country_code)
    drawn, slot_days = thin(events[codes.isin(busiest_lanes(codes, lanes, keep=f.countries))])
    return TimelineChart(timeline_figure(drawn, f.start, f.end).to_json(), slot_days, codes.nunique(), len(events),
                         undated_count(events))


def timeline(tables, f: Filters, statements: bool, lanes: int) -> TimelineChart:
    """The timeline of the filtered events (statements drawn or not) in the `lanes` busiest accused
    countries."""
    return _timeline(tables_key(), f, bool(statements), int(lanes), tables)


@st.cache_resource(max_entries=2, show_spinner=False)
def _labels(key: str, _tables) -> dict[str, str]:
    return article_labels(_tables.articles)


def labels(tables) -> dict[str, str]:
    """`views.picker.article_labels` of every article (read-only, shared)."""
    return _labels(tables_key(), tables)


@st.cache_resource(max_entries=2, show_spinner=False)
def _article_index(key: str, _tables) -> ArticleIndex:
    return article_index(_tables.articles)


@st.cache_resource(max_entries=ENTRIES, show_spinner=False)
def _found(key: str, query: str, _tables) -> tuple[str, ...]:
    return tuple(matches(_article_index(key, _tables), query))


def found_articles(tables, query: str) -> tuple[str, ...]:
    """The articles a search finds, newest first (`views.picker.matches`; read-only, shared)."""
    return _found(tables_key(), query.strip(), tables)


@st.cache_resource(max_entries=2, show_spinner=False)
def _names(key: str, _tables) -> dict[str, str]:
    return actor_names(_tables.actors)


def names(tables) -> dict[str, str]:
    """`views.evidence.actor_names` of every actor (read-only)."""
    return _names(tables_key(), tables)


@st.cache_resource(max_entries=2, show_spinner=False)
def _mention_rows(key: str, _tables) -> dict:
    return _tables.mentions.groupby("article_id", sort=False).indices


def article_mentions(tables, article_id) -> pd.DataFrame:
    """The mentions of one article, found through an index instead of a scan of every mention
    (600,000 rows at 10,000 articles, for each evidence card)."""
    rows = _mention_rows(tables_key(), tables).get(text_of(article_id))
    return tables.mentions.iloc[rows if rows is not None else []]

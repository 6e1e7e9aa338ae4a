"""The shared sidebar filters, bound to the URL so a filtered view can be shared as a link.

Rendered once per run by the router (`app.py`), before the page: the widgets keep their state
across pages, and every page reads the result with `current()`. URL parameters (repeatable):
`country=IR`, `dates=2024-10-01&dates=2024-11-30`, `type=accuse`, `outlet=…`.
"""
from __future__ import annotations

from datetime import date

import streamlit as st

from dashboard.labels import EVENT_LABELS, country_label
from dashboard.views.filtering import (
    DEFAULT_END, DEFAULT_START, Filters, country_options, date_bounds, describe, outlet_options, type_options,
)

STATE_KEY = "_raqib_filters"
KEYS = ("country", "dates", "type", "outlet")


def _all_dates(lo: date, hi: date) -> None:
    st.session_state["dates"] = (lo, hi)


def _reset() -> None:
    st.session_state["country"] = []
    st.session_state["type"] = []
    st.session_state["outlet"] = []
    st.session_state["dates"] = (DEFAULT_START, DEFAULT_END)


def _country_format(code: str) -> str:
    return country_label(code)


def sidebar(tables) -> Filters:
    """Draw the filters in the sidebar and return what they select."""
    lo, hi = date_bounds(tables)
    with st.sidebar:
        st.markdown("#### Filters · التصفية")
        countries = st.multiselect(
            "Countries (accuser or accused)", country_options(tables), key="country", bind="query-params",
            format_func=_country_format, placeholder="All countries",
            help="An event matches when its source OR its target belongs to a selected country.",
        )
        picked = st.date_input(
            "Dates", value=(DEFAULT_START, DEFAULT_END), min_value=lo, max_value=hi, key="dates",
            bind="query-params", format="YYYY-MM-DD",
            help="The event's date, or its article's publication date when the text gives none.",
        )
        st.button("All dates · كل التواريخ", key="all_dates", on_click=_all_dates, args=(lo, hi),
                  width="stretch")
        types = st.multiselect(
            "Event types", type_options(tables), key="type", bind="query-params", placeholder="All types",
            format_func=lambda t: f"{EVENT_LABELS.get(t, (t, t))[1]} · {EVENT_LABELS.get(t, (t, t))[0]}",
        )
        outlets = st.multiselect("Outlets", outlet_options(tables), key="outlet", bind="query-params",
                                 placeholder="All outlets")
        st.button("Reset filters", key="reset_filters", on_click=_reset, width="stretch")
    start, end = _range(picked)
    result = Filters(
        countries=tuple(countries), start=start, end=end, event_types=tuple(types), outlets=tuple(outlets),
        include_undated=(start is None or start <= lo) and (end is None or end >= hi),
    )
    st.session_state[STATE_KEY] = result
    with st.sidebar:
        st.caption(f"Showing: {describe(result)}")
    return result


def _range(picked) -> tuple[date | None, date | None]:
    """A date_input range, tolerating a half-picked range (one date) or none."""
    if isinstance(picked, date):
        return picked, picked
    values = [d for d in (picked or ()) if d is not None]
    if not values:
        return None, None
    return values[0], values[-1] if len(values) > 1 else None


def current() -> Filters:
    """The filters of this run (set by `sidebar`); defaults when the sidebar was not drawn."""
    return st.session_state.get(STATE_KEY, Filters())


def nothing_matches(what: str = "events") -> None:
    """The message shown when the filters leave nothing."""
    st.info(f"No {what} match the current filters ({describe(current())}). "
            "Widen the dates with **All dates** in the sidebar, or remove a country, type or outlet.",
            icon=":material/filter_alt_off:")

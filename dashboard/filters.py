"""The shared sidebar filters, bound to the URL so a filtered view can be shared as a link.

Rendered once per run by the router (`app.py`), before the page: the widgets keep their state
across pages, and every page reads the result with `current()`. URL parameters (repeatable):
`country=IR`, `dates=2024-10-01&dates=2024-11-30`, `type=accuse`, `outlet=…`.

Countries and types show friendly labels ("IR · إيران / Iran"), and Streamlit's `bind="query-params"`
would put those labels in the URL (and ignore `?country=IR`), so those two are synced by hand
(`url_state`/`to_url`): the URL carries the codes.
"""
from __future__ import annotations

from datetime import date

import streamlit as st

from dashboard import cached
from dashboard.labels import EVENT_LABELS, country_label
from dashboard.views.filtering import DEFAULT_END, DEFAULT_START, Filters, describe

STATE_KEY = "_raqib_filters"
KEYS = ("country", "dates", "type", "outlet")
URL_SYNCED = ("country", "type")  # widgets with a format_func: codes in the URL, labels on screen


def url_state(key: str, valid: list[str]) -> None:
    """Seed a widget's state from `?key=…&key=…` when the URL names values the state lacks.

    A URL without the key (after moving to another page) keeps the current state; `to_url` then
    writes it back, so the address bar always holds a shareable link.
    """
    wanted = [v for v in st.query_params.get_all(key) if v in valid]
    if wanted and wanted != st.session_state.get(key):
        st.session_state[key] = wanted


def to_url(key: str) -> None:
    """Write a widget's values to the URL (removed when empty)."""
    values = [str(v) for v in st.session_state.get(key) or []]
    if values:
        st.query_params[key] = values
    elif key in st.query_params:
        del st.query_params[key]


def _all_dates(lo: date, hi: date) -> None:
    st.session_state["dates"] = (lo, hi)


def _reset() -> None:
    st.session_state["country"] = []
    st.session_state["type"] = []
    st.session_state["outlet"] = []
    st.session_state["dates"] = (DEFAULT_START, DEFAULT_END)
    for key in URL_SYNCED:
        to_url(key)


LABEL_CODES = 4  # country codes a button names before "+N more"


def countries_label(codes) -> str:
    """The country filter's button: the codes chosen (a few, then how many more), or "all"."""
    codes = list(codes or [])
    if not codes:
        return "Countries: all"
    shown = ", ".join(codes[:LABEL_CODES])
    return f"Countries: {shown}" + (f" +{len(codes) - LABEL_CODES}" if len(codes) > LABEL_CODES else "")


def _country_format(code: str) -> str:
    return country_label(code)


def sidebar(tables) -> Filters:
    """Draw the filters in the sidebar and return what they select."""
    choices = cached.options(tables)
    lo, hi = choices["dates"]
    url_state("country", choices["countries"])
    url_state("type", choices["types"])
    with st.sidebar:
        st.markdown("#### Filters · التصفية")
        # Every filter sits behind a button that names what it holds: a closed popover's widgets are
        # not drawn, and no page then loads a select box's code before it is used. The multiselect
        # alone cost every page 0.1 s, the date picker and two more multiselects ~0.2 s (BENCHMARKS.md).
        with st.popover(countries_label(st.session_state.get("country")), icon=":material/public:",
                        width="stretch", key="country_filter"):
            countries = st.multiselect(
                "Countries (accuser or accused)", choices["countries"], key="country", on_change=to_url,
                args=("country",), format_func=_country_format, placeholder="All countries",
                help="An event matches when its source OR its target belongs to a selected country.",
            )
        # The caption below says which of these are active.
        with st.popover("Dates, types, outlets", icon=":material/tune:", width="stretch", key="more_filters"):
            picked = st.date_input(
                "Dates", value=(DEFAULT_START, DEFAULT_END), min_value=lo, max_value=hi, key="dates",
                bind="query-params", format="YYYY-MM-DD",
                help="The event's date. An event whose text gives no date (shown as undated) is kept when its "
                     "article was published in the range.",
            )
            st.button("All dates · كل التواريخ", key="all_dates", on_click=_all_dates, args=(lo, hi),
                      width="stretch")
            types = st.multiselect(
                "Event types", choices["types"], key="type", on_change=to_url, args=("type",), placeholder="All types",
                format_func=lambda t: f"{EVENT_LABELS.get(t, (t, t))[1]} · {EVENT_LABELS.get(t, (t, t))[0]}",
            )
            outlets = st.multiselect("Outlets", choices["outlets"], key="outlet", bind="query-params",
                                     placeholder="All outlets")
        st.button("Reset filters", key="reset_filters", on_click=_reset, width="stretch")
    for key in URL_SYNCED:
        to_url(key)
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

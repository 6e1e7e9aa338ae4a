"""The shared filters as a value, and the functions that apply it to the tables."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import pandas as pd

from dashboard.labels import EVENT_TYPES, NO_COUNTRY, country_code, order_countries
from dashboard.rtl import text_of

DEFAULT_START = date(2024, 10, 1)
DEFAULT_END = date(2024, 11, 30)


@dataclass(frozen=True)
class Filters:
    """What the sidebar selected. Empty tuples mean "no restriction"; `None` dates are open ends."""

    countries: tuple[str, ...] = ()
    start: date | None = DEFAULT_START
    end: date | None = DEFAULT_END
    event_types: tuple[str, ...] = ()
    outlets: tuple[str, ...] = ()
    include_undated: bool = False
    notes: tuple[str, ...] = field(default=(), compare=False)

    @property
    def is_default(self) -> bool:
        return self == Filters()


ALL = Filters(start=None, end=None, include_undated=True)


def effective_date(events: pd.DataFrame) -> pd.Series:
    """The date the *filters* use: the event's own date, or its article's publication date when
    the text gives none (an undated "read also" story still belongs to the article's day for
    filtering). Never shown as the event's date: see `event_date`."""
    return events["date"].fillna(events["published"])


def event_date(events: pd.DataFrame) -> pd.Series:
    """The event's own date, as the core resolved it from the text; null when the text gives none.

    This is the only date shown for an event or drawn on the timeline: an undated event is shown
    as undated, never with its article's publication date.
    """
    return pd.to_datetime(events["date"])


def country_options(tables) -> list[str]:
    """RU, IR, US, then every other country an event or actor names."""
    ev = tables.events
    codes = set(ev["source_country"].dropna()) | set(ev["target_country"].dropna())
    codes |= set(tables.actors["country"].dropna())
    return order_countries(codes)


def type_options(tables) -> list[str]:
    present = [text_of(t) for t in tables.events["event_type"].dropna().unique()]
    return [t for t in EVENT_TYPES if t in present] + sorted(set(present) - set(EVENT_TYPES))


def outlet_options(tables) -> list[str]:
    return sorted({text_of(o) for o in tables.articles["outlet"].dropna()} - {""})


def date_bounds(tables) -> tuple[date, date]:
    """The span of all known dates (events and publications), widened to the default window."""
    values = pd.concat([tables.events["date"], tables.events["published"], tables.articles["published"]]).dropna()
    lo = min([DEFAULT_START, *([values.min().date()] if len(values) else [])])
    hi = max([DEFAULT_END, *([values.max().date()] if len(values) else [])])
    return lo, hi


def filter_events(events: pd.DataFrame, f: Filters) -> pd.DataFrame:
    """Events that pass every filter. Countries match the source OR the target side."""
    keep = pd.Series(True, index=events.index)
    if f.countries:
        wanted = set(f.countries)
        src = events["source_country"].map(country_code)
        tgt = events["target_country"].map(country_code)
        keep &= src.isin(wanted) | tgt.isin(wanted)
    if f.event_types:
        keep &= events["event_type"].isin(list(f.event_types))
    if f.outlets:
        keep &= events["outlet"].isin(list(f.outlets))
    when = effective_date(events)
    if f.start is not None:
        keep &= when.isna() | (when >= pd.Timestamp(f.start))
    if f.end is not None:
        keep &= when.isna() | (when < pd.Timestamp(f.end) + pd.Timedelta(days=1))
    if not f.include_undated:
        keep &= when.notna()
    return events.loc[keep]


def filter_articles(articles: pd.DataFrame, events: pd.DataFrame, f: Filters) -> pd.DataFrame:
    """Articles with at least one event passing the filters (all articles when nothing is set)."""
    if f == ALL:
        return articles
    ids = set(filter_events(events, f)["article_id"])
    return articles[articles["article_id"].isin(ids)]


def describe(f: Filters) -> str:
    """A one-line summary of the active filters, for captions and empty-result messages."""
    parts = []
    if f.countries:
        parts.append("countries " + ", ".join(c for c in f.countries if c != NO_COUNTRY))
    if f.start or f.end:
        parts.append(f"dates {f.start or '…'} – {f.end or '…'}")
    else:
        parts.append("all dates")
    if f.event_types:
        parts.append("types " + ", ".join(f.event_types))
    if f.outlets:
        parts.append("outlets " + ", ".join(f.outlets))
    return "; ".join(parts)

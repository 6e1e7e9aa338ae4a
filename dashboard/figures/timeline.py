"""Events over time, one lane per accused country (the target side), the way analysts read it."""
from __future__ import annotations

from datetime import date

import pandas as pd
import plotly.graph_objects as go

from dashboard.labels import (
    EVENT_LABELS, EVENT_TYPES, EXACT_PRECISION, NO_COUNTRY, PRIORITY_COUNTRIES, country_code,
    country_name, event_colour, event_symbol,
)
from dashboard.rtl import isolate, text_of
from dashboard.views.filtering import effective_date

CUSTOM_FIELDS = ["event_id", "type", "when", "source", "target", "outlet", "excerpt"]
EXCERPT_CHARS = 70
LANE_JITTER = 0.14


def lanes(events: pd.DataFrame) -> list[str]:
    """Lane codes present, RU/IR/US first, others alphabetically, no-target last."""
    present = {country_code(c) for c in events["target_country"]}
    head = [c for c in PRIORITY_COUNTRIES if c in present]
    tail = sorted(present - set(PRIORITY_COUNTRIES) - {NO_COUNTRY})
    return head + tail + ([NO_COUNTRY] if NO_COUNTRY in present else [])


def lane_label(code: str) -> str:
    if code == NO_COUNTRY:
        return f"{NO_COUNTRY} {isolate('بلا هدف')}"
    return f"{code} {isolate(country_name(code, 'ar'))}"


def excerpt(text: object, limit: int = EXCERPT_CHARS) -> str:
    """A short excerpt of a sentence, cut at a word boundary, RLI-isolated."""
    raw = " ".join(text_of(text).split())
    if len(raw) > limit:
        raw = raw[:limit].rsplit(" ", 1)[0] + " …"
    return isolate(raw)


def _when(day: object, precision: object, published: object) -> str:
    if pd.notna(day):
        prec = text_of(precision) or "unknown precision"
        return f"{pd.Timestamp(day):%Y-%m-%d} ({prec})"
    if pd.notna(published):
        return f"{pd.Timestamp(published):%Y-%m-%d} (no date in text: publication date)"
    return "undated"


def _actor(name_ar: object, name_en: object, country: object) -> str:
    code = country_code(country)
    ar, en = text_of(name_ar), text_of(name_en)
    if not ar and not en:
        return "—"
    return f"{isolate(ar)} {en} [{code}]".strip()


def points(events: pd.DataFrame) -> pd.DataFrame:
    """One row per placeable event: x (date), y (lane with jitter), symbol, hover fields."""
    ev = events.assign(x=effective_date(events)).dropna(subset=["x"])
    order = lanes(ev) if len(ev) else []
    lane_index = {code: i for i, code in enumerate(order)}
    ev = ev.assign(lane=ev["target_country"].map(country_code))
    ev = ev.sort_values(["lane", "x", "event_id"], kind="stable")
    rank = ev.groupby(["lane", "x"]).cumcount()
    size = ev.groupby(["lane", "x"])["event_id"].transform("size")
    base = -ev["lane"].map(lane_index).astype(float)
    jitter = ((rank - (size - 1) / 2) * LANE_JITTER).clip(-0.4, 0.4)
    exact = ev["date"].notna() & (ev["date_precision"].map(text_of) == EXACT_PRECISION)
    return ev.assign(
        y=base + jitter,
        symbol=[event_symbol(t, EXACT_PRECISION if ok else "") for t, ok in zip(ev["event_type"], exact)],
        type=ev["event_type"].map(lambda t: " · ".join(reversed(EVENT_LABELS.get(text_of(t), ("", text_of(t)))))),
        when=[_when(d, p, pub) for d, p, pub in zip(ev["date"], ev["date_precision"], ev["published"])],
        source=[_actor(a, e, c) for a, e, c in zip(ev["source_name_ar"], ev["source_name_en"], ev["source_country"])],
        target=[_actor(a, e, c) for a, e, c in zip(ev["target_name_ar"], ev["target_name_en"], ev["target_country"])],
        excerpt=ev["text"].map(excerpt),
        outlet=ev["outlet"].map(lambda o: isolate(o) if text_of(o) else "unknown outlet"),
    )


HOVER = (
    "<b>%{customdata[1]}</b><br>%{customdata[2]}<br>"
    "source: %{customdata[3]}<br>target: %{customdata[4]}<br>"
    "%{customdata[5]}<br>%{customdata[6]}<extra></extra>"
)


def timeline_figure(events: pd.DataFrame, start: date | None = None, end: date | None = None,
                    height: int | None = None, font_size: int = 15) -> go.Figure:
    """The lane chart. `custom_data[0]` of every point is its event_id (for click-to-evidence)."""
    pts = points(events)
    order = lanes(pts) if len(pts) else []
    fig = go.Figure()
    types = [t for t in EVENT_TYPES if t in set(pts["event_type"])] + sorted(set(pts["event_type"]) - set(EVENT_TYPES))
    for etype in types:
        sub = pts[pts["event_type"] == etype]
        ar, en = EVENT_LABELS.get(etype, (etype, etype))
        fig.add_trace(go.Scatter(
            x=sub["x"], y=sub["y"], mode="markers", name=f"{en} {isolate(ar)}",
            marker=dict(symbol=list(sub["symbol"]), size=17, color=event_colour(etype),
                        line=dict(width=2.5, color=event_colour(etype))),
            customdata=sub[CUSTOM_FIELDS].to_numpy(), hovertemplate=HOVER,
        ))
    # Legend-only keys for date precision (filled = exact day, hollow = approximate).
    for label, symbol in (("exact day", "circle"), ("approximate / month / year", "circle-open")):
        fig.add_trace(go.Scatter(x=[None], y=[None], mode="markers", name=label, hoverinfo="skip",
                                 marker=dict(symbol=symbol, size=14, color="#555", line=dict(width=2.5, color="#555"))))
    x_range = None
    if start is not None and end is not None:
        pad = pd.Timedelta(days=2)
        x_range = [pd.Timestamp(start) - pad, pd.Timestamp(end) + pad]
    fig.update_layout(
        height=height or max(360, 150 + 95 * max(len(order), 1)),
        margin=dict(l=150, r=30, t=30, b=50),
        font=dict(size=font_size),
        legend=dict(orientation="h", yanchor="bottom", y=1.02, x=0, title_text=""),
        hoverlabel=dict(font_size=font_size, align="left"),
        clickmode="event+select",
        dragmode="pan",
        plot_bgcolor="white",
    )
    fig.update_yaxes(
        tickmode="array", tickvals=[-i for i in range(len(order))], ticktext=[lane_label(c) for c in order],
        range=[-len(order) + 0.4, 0.6], showgrid=True, gridcolor="#eeeeee", zeroline=False, fixedrange=True,
        title_text="accused (target) country",
    )
    fig.update_xaxes(range=x_range, showgrid=True, gridcolor="#f3f3f3", title_text="date", tickformat="%d %b %Y")
    return fig


def undated_count(events: pd.DataFrame) -> int:
    """Events that have neither a date nor a publication date, hence no place on the timeline."""
    return int(effective_date(events).isna().sum())

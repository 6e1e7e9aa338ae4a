"""Events over time, one lane per accused country (the target side), the way analysts read it.

Only events whose text gives a date are drawn, at that date (never at the publication date).
Events sharing a lane and a day are stacked one above the other, in event-id order, and the lane
grows tall enough for its biggest stack, so no marker hides another. Exact days are filled
markers; approximate dates hollow; month or year precision hollow with a bar over the period.
"""
from __future__ import annotations

from datetime import date

import pandas as pd
import plotly.graph_objects as go

from dashboard.figures.text import label_box
from dashboard.labels import (
    EVENT_LABELS,
    EVENT_TYPES,
    EXACT_PRECISION,
    NO_COUNTRY,
    PRIORITY_COUNTRIES,
    country_code,
    country_name,
    event_colour,
    event_symbol,
)
from dashboard.rtl import isolate, shorten, text_of
from dashboard.views.filtering import event_date

CUSTOM_FIELDS = ["event_id", "type", "when", "source", "target", "outlet", "excerpt"]
EXCERPT_CHARS = 70
STACK_STEP = 0.2  # vertical distance between stacked markers, in lane units (one lane unit ≈ LANE_PX)
LANE_PX = 90
STACK_BINS = 90  # about this many stacking slots across the x axis
PERIOD_DAYS = {"month": "MS", "year": "YS"}  # precisions drawn with a bar over the whole period


def lanes(events: pd.DataFrame) -> list[str]:
    """Lane codes present, RU/IR/US first, others alphabetically, no-target last."""
    present = {country_code(c) for c in events["target_country"]}
    head = [c for c in PRIORITY_COUNTRIES if c in present]
    tail = sorted(present - set(PRIORITY_COUNTRIES) - {NO_COUNTRY})
    return head + tail + ([NO_COUNTRY] if NO_COUNTRY in present else [])


def busiest_lanes(codes: pd.Series, n: int, keep: tuple[str, ...] = ()) -> list[str]:
    """The `n` lane codes (accused countries) with most events (ties by code), plus any in `keep`
    (a country the filters chose is always drawn)."""
    counts = codes.value_counts()
    ranked = sorted(counts.index, key=lambda c: (-counts[c], c))
    return ranked[: max(int(n), 1)] + [c for c in keep if c in counts.index and c not in ranked[: max(int(n), 1)]]


def lane_label(code: str) -> str:
    if code == NO_COUNTRY:
        return f"{NO_COUNTRY} {isolate('بلا هدف')}"
    return f"{code} {isolate(country_name(code, 'ar'))}"


def excerpt(text: object, limit: int = EXCERPT_CHARS) -> str:
    """A short excerpt of a sentence, cut at a word boundary, RLI-isolated."""
    return isolate(shorten(text, limit))


def _when(day: object, precision: object) -> str:
    if pd.notna(day):
        prec = text_of(precision) or "unknown precision"
        return f"{pd.Timestamp(day):%Y-%m-%d} ({prec})"
    return "undated"


def period_ms(day: object, precision: object) -> float:
    """Length in ms of the period a month/year-precision date stands for (0 otherwise)."""
    freq = PERIOD_DAYS.get(text_of(precision))
    if freq is None or pd.isna(day):
        return 0.0
    start = pd.Timestamp(day)
    return float((start + pd.tseries.frequencies.to_offset(freq) - start) / pd.Timedelta(milliseconds=1))


def lane_layout(pts: pd.DataFrame, order: list[str]) -> tuple[dict[str, float], dict[str, float]]:
    """Centre and height (lane units) of each lane: tall enough for its biggest same-day stack."""
    biggest = pts.groupby(["lane", "bin"]).size().groupby(level=0).max() if len(pts) else pd.Series(dtype=int)
    centre, height, top = {}, {}, 0.0
    for code in order:
        h = max(1.0, STACK_STEP * (int(biggest.get(code, 1)) - 1) + 0.6)
        centre[code], height[code] = -(top + h / 2), h
        top += h
    return centre, height


def _actor(name_ar: object, name_en: object, country: object) -> str:
    code = country_code(country)
    ar, en = text_of(name_ar), text_of(name_en)
    if not ar and not en:
        return "—"
    return f"{isolate(ar)} {en} [{code}]".strip()


def bin_days(start: date | None, end: date | None, dates: pd.Series) -> int:
    """Days that share one stack: 1 for the default two-month window, more for a longer span, so
    markers a day or two apart (a few pixels on a year-long axis) stack instead of overlapping."""
    lo = pd.Timestamp(start) if start is not None else dates.min()
    hi = pd.Timestamp(end) if end is not None else dates.max()
    if pd.isna(lo) or pd.isna(hi):
        return 1
    return max(1, int((hi - lo).days // STACK_BINS))


def points(events: pd.DataFrame, days: int = 1) -> pd.DataFrame:
    """One row per dated event: x (its date), y (lane centre + stack offset), symbol, hover fields.

    Events in the same lane within the same `days`-long slot are stacked symmetrically around the
    lane centre in date then event-id order (deterministic: the same data, the same picture).
    """
    ev = events.assign(x=event_date(events)).dropna(subset=["x"])
    order = lanes(ev) if len(ev) else []
    epoch = pd.Timestamp("1970-01-01")
    ev = ev.assign(lane=ev["target_country"].map(country_code),
                   bin=((ev["x"] - epoch).dt.days // max(int(days), 1)).astype(int))
    ev = ev.sort_values(["lane", "bin", "x", "event_id"], kind="stable")
    centre, _ = lane_layout(ev, order)
    rank = ev.groupby(["lane", "bin"]).cumcount()
    size = ev.groupby(["lane", "bin"])["event_id"].transform("size")
    base = ev["lane"].map(centre).astype(float)
    offset = -(rank - (size - 1) / 2) * STACK_STEP
    exact = ev["date"].notna() & (ev["date_precision"].map(text_of) == EXACT_PRECISION)
    return ev.assign(
        y=base + offset,
        period=[period_ms(d, p) for d, p in zip(ev["x"], ev["date_precision"])],
        symbol=[event_symbol(t, EXACT_PRECISION if ok else "") for t, ok in zip(ev["event_type"], exact)],
        type=ev["event_type"].map(lambda t: " · ".join(reversed(EVENT_LABELS.get(text_of(t), ("", text_of(t)))))),
        when=[_when(d, p) for d, p in zip(ev["date"], ev["date_precision"])],
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
    pts = points(events, bin_days(start, end, event_date(events)))
    order = lanes(pts) if len(pts) else []
    centre, heights = lane_layout(pts, order)
    total = sum(heights.values()) or 1.0
    fig = go.Figure()
    types = [t for t in EVENT_TYPES if t in set(pts["event_type"])] + sorted(set(pts["event_type"]) - set(EVENT_TYPES))
    for etype in types:
        sub = pts[pts["event_type"] == etype]
        ar, en = EVENT_LABELS.get(etype, (etype, etype))
        fig.add_trace(go.Scatter(
            x=sub["x"], y=sub["y"], mode="markers", name=f"{en} {isolate(ar)}",
            marker=dict(symbol=list(sub["symbol"]), size=15, color=event_colour(etype),
                        line=dict(width=2.5, color=event_colour(etype))),
            error_x=dict(type="data", symmetric=False, array=list(sub["period"]), arrayminus=[0.0] * len(sub),
                         visible=bool((sub["period"] > 0).any()), color=event_colour(etype), thickness=2, width=5),
            customdata=sub[CUSTOM_FIELDS].to_numpy(), hovertemplate=HOVER,
        ))
    # Legend-only keys for date precision (filled = exact day, hollow = approximate, bar = a whole month/year).
    for label, symbol, bar in (("exact day", "circle", False), ("approximate", "circle-open", False),
                               ("month / year (bar: the period)", "circle-open", True)):
        fig.add_trace(go.Scatter(x=[None], y=[None], mode="markers" + ("+lines" if bar else ""), name=label,
                                 hoverinfo="skip", line=dict(color="#555", width=2),
                                 marker=dict(symbol=symbol, size=13, color="#555", line=dict(width=2.5, color="#555"))))
    x_range = None
    if start is not None and end is not None:
        pad = pd.Timedelta(days=2)
        x_range = [pd.Timestamp(start) - pad, pd.Timestamp(end) + pad]
    fig.update_layout(
        height=height or max(360, 150 + int(LANE_PX * total)),
        margin=margins([lane_label(c) for c in order], font_size),
        font=dict(size=font_size),
        legend=dict(orientation="h", yanchor="bottom", y=1.02, x=0, title_text=""),
        hoverlabel=dict(font_size=font_size, align="left"),
        clickmode="event+select",
        dragmode="pan",
        plot_bgcolor="white",
    )
    for i, code in enumerate(order):  # shade every other lane, so tall lanes read as one band
        if i % 2:
            mid, h = centre[code], heights[code]
            fig.add_hrect(y0=mid - h / 2, y1=mid + h / 2, fillcolor="#f4f4f6", line_width=0, layer="below")
    fig.update_yaxes(
        tickmode="array", tickvals=[centre[c] for c in order], ticktext=[lane_label(c) for c in order],
        range=[-total, 0.0], showgrid=False, gridcolor="#eeeeee", zeroline=False, fixedrange=True,
        title_text="accused (target) country",
    )
    # Day and month over the year: "29 Sep 2024" on one line was rotated by Plotly wherever the ticks
    # were crowded and ran into the axis title. On two lines the dates stand upright at the usual
    # widths, and the title, given a standoff, goes below them as drawn (without one Plotly places it
    # at a fixed distance from the axis); only a narrow chart, whose dates still turn, widens its margin.
    fig.update_xaxes(range=x_range, showgrid=True, gridcolor="#f3f3f3", title_text="date", tickformat=DATE_TICKS,
                     title_standoff=DATE_TITLE_STANDOFF, automargin=True)
    return fig


DATE_TICKS = "%d %b<br>%Y"
DATE_TITLE_STANDOFF = 6


def margins(labels: list[str], font_size: int) -> dict:
    """Room around the plot for the lane labels, the axis titles, the legend and the modebar above it.

    Plotly widens a margin its labels do not fit in (automargin), by drawing the whole chart a
    second time once it has measured them: 0.06 s of every timeline page (BENCHMARKS.md). Margins
    that already fit the usual labels spare that; an unusually long label still gets its room.
    """
    widest = max((label_box(label, font_size)[0] for label in labels), default=0)
    scale = font_size / 15
    # Below the plot: the dates on two lines (DATE_TICKS, upright at the usual widths), the title's standoff, the title.
    bottom = label_box("2024", font_size)[1] * 2 + DATE_TITLE_STANDOFF + label_box("date", font_size)[1] + 8
    return dict(l=max(175, round(widest + 2 * font_size)), r=round(40 * scale),  # + the rotated axis title
                t=round(110 * scale), b=round(bottom))


MAX_POINTS = 400  # beyond this, markers stand for groups: each SVG marker costs the browser (100,000 took 38 s)


def thin(events: pd.DataFrame, limit: int = MAX_POINTS) -> tuple[pd.DataFrame, int]:
    """At most `limit` dated events to draw, and the slot length in days that grouped them.

    With more events than that, one event stands for all those of its lane, type and date
    precision within a slot of days (doubled until the groups fit); its excerpt says how many it
    stands for. The table below the chart still lists every event.
    """
    ev = events.assign(x=event_date(events)).dropna(subset=["x"])
    if len(ev) <= limit:
        return events, 0
    epoch = pd.Timestamp("1970-01-01")
    exact = ev["date_precision"].map(text_of) == EXACT_PRECISION
    keys = [ev["target_country"].map(country_code), ev["event_type"], exact]
    days = 1
    while True:
        slot = (ev["x"] - epoch).dt.days // days
        groups = ev.sort_values("event_id", kind="stable").groupby([*keys, slot], sort=False)
        if groups.ngroups <= limit or days >= 366:
            break
        days *= 2
    first = groups.head(1)
    count = groups["event_id"].transform("size").loc[first.index]
    label = [f"({n} events like this; the first:) {t}" if n > 1 else t for n, t in zip(count, first["text"])]
    return first.drop(columns="x").assign(text=label), days


def undated_count(events: pd.DataFrame) -> int:
    """Events whose text gives no date, hence no place on the timeline (they are listed instead)."""
    return int(event_date(events).isna().sum())

"""Highlights for an evidence sentence or a whole article, computed from the tables' offsets."""
from __future__ import annotations

import pandas as pd

from dashboard.labels import EVENT_LABELS, country_code
from dashboard.rtl import Span, ltr, text_of


def _int(value: object) -> int | None:
    try:
        return None if pd.isna(value) else int(value)
    except (TypeError, ValueError):
        return None


def actor_names(actors: pd.DataFrame) -> dict[str, str]:
    """actor_id -> "name_en (CC)" for tooltips."""
    return {
        text_of(r.actor_id): f"{text_of(r.name_en) or text_of(r.name_ar)} ({country_code(r.country)})"
        for r in actors.itertuples()
    }


def event_spans(event, mentions: pd.DataFrame, names: dict[str, str] | None = None) -> list[Span]:
    """Cue and actor mentions inside one event's sentence, in article offsets.

    The event's own source and target are marked as such; other actors in the sentence as actors.
    """
    names = names or {}
    start, end = _int(event["start"]), _int(event["end"])
    spans: list[Span] = []
    if start is None or end is None:
        return spans
    src, tgt = text_of(event.get("source_actor_id")), text_of(event.get("target_actor_id"))
    inside = mentions[
        (mentions["article_id"] == event["article_id"]) & (mentions["start"] >= start) & (mentions["end"] <= end)
    ]
    for m in inside.itertuples():
        aid = text_of(m.actor_id)
        kind = "source" if aid and aid == src else "target" if aid and aid == tgt else "actor"
        role = {"source": "source · المصدر", "target": "target · المستهدف"}.get(kind, "actor")
        spans.append(Span(int(m.start), int(m.end), kind, f"{role}: {names.get(aid, aid)}"))
    cue_start, cue_end = _int(event.get("cue_start")), _int(event.get("cue_end"))
    if cue_start is not None and cue_end is not None and start <= cue_start < cue_end <= end:
        label = EVENT_LABELS.get(text_of(event["event_type"]), ("", text_of(event["event_type"])))[1]
        spans.append(Span(cue_start, cue_end, "cue", f"cue: {label}"))
    return spans


def article_spans(article_id: str, mentions: pd.DataFrame, events: pd.DataFrame,
                  names: dict[str, str] | None = None) -> list[Span]:
    """Every mention, event sentence (coloured by type) and cue of one article."""
    names = names or {}
    spans: list[Span] = []
    for e in events[events["article_id"] == article_id].itertuples():
        kind = text_of(e.event_type)
        kind = kind if kind in ("accuse", "deny") else "sentence"
        spans.append(Span(int(e.start), int(e.end), kind, f"{text_of(e.event_type)} ({ltr(e.event_id)})"))
        if _int(e.cue_start) is not None and _int(e.cue_end) is not None:
            spans.append(Span(int(e.cue_start), int(e.cue_end), "cue", f"cue: {text_of(e.event_type)}"))
    for m in mentions[mentions["article_id"] == article_id].itertuples():
        aid = text_of(m.actor_id)
        spans.append(Span(int(m.start), int(m.end), "actor", names.get(aid, aid)))
    return spans

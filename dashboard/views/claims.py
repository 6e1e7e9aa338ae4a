"""Accusation ↔ denial stories: one row per story, however many outlets reported it."""
from __future__ import annotations

import pandas as pd

from dashboard.rtl import text_of
from dashboard.views.filtering import Filters, event_date, filter_events

STORY_COLUMNS = ["story_id", "date", "accusation_ids", "denial_ids", "outlets", "pair_basis"]


def _ids(values) -> list[str]:
    return list(dict.fromkeys(text_of(v) for v in values if text_of(v)))


def stories(events: pd.DataFrame, accusations: pd.DataFrame, f: Filters | None = None,
            newest_first: bool = True) -> pd.DataFrame:
    """One row per story: its accusation event ids, denial ids, every outlet, its earliest date.

    The date is the earliest date the text gives for one of its accusations; NaT (undated, listed
    last) when none has one: never a publication date.

    A story is kept when any of its accusations or denials passes the filters. Accusation events
    the pairing table does not list still appear, each as its own story without a denial.
    """
    pairs = accusations.copy()
    listed = set(pairs["accusation_id"].map(text_of))
    orphans = events[(events["event_type"] == "accuse") & ~events["event_id"].isin(listed)]
    if len(orphans):
        extra = pd.DataFrame({"accusation_id": orphans["event_id"], "denial_id": pd.NA,
                              "story_id": orphans["event_id"], "pair_basis": pd.NA})
        pairs = pd.concat([pairs, extra], ignore_index=True)
    pairs["story_id"] = [text_of(s) or text_of(a) for s, a in zip(pairs["story_id"], pairs["accusation_id"])]
    passing = set(filter_events(events, f)["event_id"]) if f is not None else set(events["event_id"])
    by_id = events.set_index("event_id")
    when = event_date(events).set_axis(events["event_id"])
    rows = []
    for story_id, group in pairs.groupby("story_id", sort=False):
        acc = [i for i in _ids(group["accusation_id"]) if i in by_id.index]
        denials = [d for ids in group["denial_ids"] for d in text_of(ids).split("|")] if "denial_ids" in group \
            else []
        den = [i for i in _ids([*group["denial_id"], *denials]) if i in by_id.index]
        if not acc or not (set(acc) | set(den)) & passing:
            continue
        acc.sort(key=lambda i: (pd.isna(when[i]), when[i] if pd.notna(when[i]) else pd.Timestamp.max, i))
        outlets = _ids(by_id.loc[acc + den, "outlet"])
        dates = [when[i] for i in acc if pd.notna(when[i])]
        rows.append({
            "story_id": story_id, "date": min(dates) if dates else pd.NaT,
            "accusation_ids": acc, "denial_ids": den, "outlets": outlets,
            "pair_basis": ", ".join(_ids(group["pair_basis"])),
        })
    frame = pd.DataFrame(rows, columns=STORY_COLUMNS)
    frame["date"] = pd.to_datetime(frame["date"])
    return frame.sort_values(["date", "story_id"], ascending=not newest_first, na_position="last",
                             ignore_index=True)

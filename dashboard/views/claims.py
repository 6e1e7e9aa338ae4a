"""Accusation ↔ denial stories: one row per story, however many outlets reported it."""
from __future__ import annotations

import pandas as pd

from dashboard.rtl import text_of
from dashboard.views.filtering import Filters, event_date, filter_events

UNDATED = pd.NaT.value  # NaT as an integer timestamp
STORY_COLUMNS = ["story_id", "date", "accusation_ids", "denial_ids", "outlets", "pair_basis"]


def _ids(values) -> list[str]:
    texts = (v if isinstance(v, str) else text_of(v) for v in values)
    return list(dict.fromkeys(t for t in texts if t))


def stories(events: pd.DataFrame, accusations: pd.DataFrame, f: Filters | None = None,
            newest_first: bool = True) -> pd.DataFrame:
    """One row per story: its accusation event ids, denial ids, every outlet, its earliest date.

    The date is the earliest date the text gives for one of its accusations; NaT (undated, listed
    last) when none has one: never a publication date.

    A story is kept when any of its accusations or denials passes the filters. Accusation events
    the pairing table does not list still appear, each as its own story without a denial.
    """
    pairs = accusations
    listed = set(pairs["accusation_id"].map(text_of))
    orphans = events[(events["event_type"] == "accuse") & ~events["event_id"].isin(listed)]
    if len(orphans):
        extra = pd.DataFrame({"accusation_id": orphans["event_id"], "denial_id": pd.NA,
                              "story_id": orphans["event_id"], "pair_basis": pd.NA})
        pairs = pd.concat([pairs, extra], ignore_index=True)
    passing = set(filter_events(events, f)["event_id"]) if f is not None else set(events["event_id"])
    ids = [text_of(i) for i in events["event_id"].tolist()]  # lists: iterating Arrow-backed columns is slow
    dates = event_date(events)
    position = {i: n for n, i in enumerate(ids)}
    stamp = dict(zip(ids, dates.to_numpy(dtype="datetime64[ns]").view("int64").tolist()))
    outlet = dict(zip(ids, events["outlet"].tolist()))
    # Plain dicts, not a pandas groupby: 57,000 accusations make ~30,000 stories at 10,000 articles,
    # and per-group pandas indexing cost seconds. Stories keep the order of their first row.
    grouped: dict[str, tuple[list, list, list, list]] = {}  # accusations, denial_id, denial_ids, bases
    columns = [pairs[c].tolist() if c in pairs else [None] * len(pairs)
               for c in ("story_id", "accusation_id", "denial_id", "denial_ids", "pair_basis")]
    for story, acc, denial, denials, basis in zip(*columns):
        accs, first_denials, more_denials, bases = grouped.setdefault(text_of(story) or text_of(acc), ([], [], [], []))
        accs.append(acc)
        first_denials.append(denial)
        more_denials.extend(text_of(denials).split("|"))
        bases.append(basis)
    rows = []
    for story_id, (accs, first_denials, more_denials, bases) in grouped.items():
        acc = [i for i in _ids(accs) if i in position]
        den = [i for i in _ids([*first_denials, *more_denials]) if i in position]
        if not acc or not (set(acc) | set(den)) & passing:
            continue
        acc.sort(key=lambda i: (stamp[i] == UNDATED, stamp[i], i))  # dated first, earliest first
        rows.append({
            "story_id": story_id, "date": dates.iloc[position[acc[0]]],
            "accusation_ids": acc, "denial_ids": den, "outlets": _ids(outlet[i] for i in acc + den),
            "pair_basis": ", ".join(_ids(bases)),
        })
    frame = pd.DataFrame(rows, columns=STORY_COLUMNS)
    frame["date"] = pd.to_datetime(frame["date"])
    return frame.sort_values(["date", "story_id"], ascending=not newest_first, na_position="last",
                             ignore_index=True)

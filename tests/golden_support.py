"""Shared helpers for the golden tests: read the extractor's tables by country, span and file."""
from __future__ import annotations

import math
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]


def country(value) -> str | None:
    """An ISO code in upper case, or None for empty, NaN or 'none'-like values."""
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA:
        return None
    text = str(value).strip()
    return text.upper() if text and text.lower() not in ("nan", "none", "null", "<na>") else None


def occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    """Every (start, end) span where needle occurs in text."""
    spans, i = [], text.find(needle)
    while i >= 0:
        spans.append((i, i + len(needle)))
        i = text.find(needle, i + 1)
    return spans


def overlaps(start, end, spans) -> bool:
    """Whether [start, end) overlaps any of the spans."""
    return any(int(start) < e and int(end) > s for s, e in spans)


def file_of(tables) -> dict:
    """article_id -> file name (basename of the corpus-relative path)."""
    arts = tables.articles
    return {aid: Path(str(f)).name for aid, f in zip(arts["article_id"], arts["file"])}


def resolved_events(tables) -> pd.DataFrame:
    """Events with `file`, `src` and `tgt` columns: the row's country, else its actor's (as score.py reads them)."""
    ev = tables.events.copy()
    actor_country = {a: country(c) for a, c in zip(tables.actors["actor_id"], tables.actors["country"])}
    files = file_of(tables)

    def side(row, name):
        c = country(row.get(f"{name}_country"))
        if c is None:
            c = actor_country.get(row.get(f"{name}_actor_id"))
        return c

    ev["file"] = ev["article_id"].map(files)
    ev["src"] = [side(r, "source") for r in ev.to_dict("records")]
    ev["tgt"] = [side(r, "target") for r in ev.to_dict("records")]
    ev["event_type"] = ev["event_type"].astype(str).str.strip().str.lower()
    # pandas may store a missing country as NaN; gold writes null, read as None
    for col in ("src", "tgt"):
        ev[col] = pd.Series([country(v) for v in ev[col]], index=ev.index, dtype=object)
    return ev


def mention_countries(tables) -> pd.DataFrame:
    """Mentions with `file` and `mcountry` (the mention's own country column if any, else its actor's)."""
    m = tables.mentions.copy()
    actor_country = {a: country(c) for a, c in zip(tables.actors["actor_id"], tables.actors["country"])}
    own = m["country"].map(country) if "country" in m.columns else pd.Series([None] * len(m), index=m.index)
    m["mcountry"] = [o or actor_country.get(a) for o, a in zip(own, m["actor_id"])]
    m["file"] = m["article_id"].map(file_of(tables))
    return m


def iso_date(value) -> str | None:
    """A date-like value as 'YYYY-MM-DD', or None when empty."""
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA:
        return None
    text = str(value).strip()
    if not text or text.lower() in ("nan", "nat", "none", "<na>"):
        return None
    return str(pd.Timestamp(text).date())


def tuple_matches(gold: tuple, got: tuple) -> bool:
    """score.py's rule: kind and source equal; a deny with no gold target matches any target."""
    if gold[0] != got[0] or gold[1] != got[1]:
        return False
    return (gold[0] == "deny" and gold[2] is None) or gold[2] == got[2]

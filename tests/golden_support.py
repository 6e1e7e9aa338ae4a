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


# --- scoring a corpus against its gold (the way ../shared/tools/score.py reads it) -----------------


def as_tuple(c: dict) -> tuple:
    return (c["kind"], c["src"], c["tgt"])


def label(t: tuple) -> str:
    return f"{t[0]}-{t[1]}-{t[2]}"


def claim_tuples(tables) -> dict[str, set]:
    """file -> set of (kind, source country, target country) of its accuse/deny events."""
    ev = resolved_events(tables)
    ev = ev[ev["event_type"].isin(["accuse", "deny"])]
    out: dict[str, set] = {}
    for f, k, s, t in zip(ev["file"], ev["event_type"], ev["src"], ev["tgt"]):
        out.setdefault(f, set()).add((k, s, t))
    return out


def claim_figures(gold: dict, got: dict[str, set]) -> tuple[float, list[str], list[str]]:
    """(F1, misses, extras) of the found tuples against the gold claims; optional readings are neither."""
    tp = fp = fn = 0
    misses, extras = [], []
    for file, g in gold.items():
        claims = [as_tuple(c) for c in g["claims"]]
        optional = {as_tuple(c) for c in g["optional"]}
        found = got.get(file, set())
        for c in claims:
            if any(tuple_matches(c, t) for t in found):
                tp += 1
            else:
                fn += 1
                misses.append(f"{file[:3]} {label(c)}")
        for t in found:
            if t not in optional and not any(tuple_matches(c, t) for c in claims):
                fp += 1
                extras.append(f"{file[:3]} {label(t)}")
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return (2 * p * r / (p + r) if p + r else 0.0), misses, extras


def _pair_found(tables, ev, file, accusation, denial) -> bool:
    for a, d in zip(tables.accusations["accusation_id"].astype(str), tables.accusations["denial_id"].astype(str)):
        if a not in ev.index or d not in ev.index:
            continue
        ea, ed = ev.loc[a], ev.loc[d]
        ta, td = (ea["event_type"], ea["src"], ea["tgt"]), (ed["event_type"], ed["src"], ed["tgt"])
        if file in (ea["file"], ed["file"]) and ta == accusation and tuple_matches(denial, td):
            return True
    return False


def pair_recall(gold: dict, tables) -> tuple[float, list[str]]:
    """Share of gold (accusation, denial) pairs that accusations.csv links, and the missed ones."""
    pairs = [(f, as_tuple(g["claims"][i]), as_tuple(g["claims"][j])) for f, g in gold.items() for i, j in g["pairs"]]
    ev = resolved_events(tables).assign(event_id=lambda d: d["event_id"].astype(str)).set_index("event_id")
    missed = [f"{f[:3]} {label(a)} <- {label(d)}" for f, a, d in pairs if not _pair_found(tables, ev, f, a, d)]
    return (1 - len(missed) / len(pairs) if pairs else 1.0), missed


def actor_recall(gold: dict, tables, corpus: Path) -> tuple[float, list[str]]:
    """Share of gold actor surfaces covered by a mention with the gold country, and the missed ones."""
    m = mention_countries(tables)
    actors = [(f, s, c) for f, g in gold.items() for s, c in g["actors"]]
    missed = []
    for file, surface, iso in actors:
        spans = occurrences((corpus / file).read_text(encoding="utf-8"), surface)
        assert spans, f"gold surface {surface!r} not in {file}"
        mf = m[m["file"] == file]
        found = [c for s, e, c in zip(mf["start"], mf["end"], mf["mcountry"]) if overlaps(s, e, spans)]
        if iso not in found:
            missed.append(f"{file[:3]} {surface} {iso}")
    return (1 - len(missed) / len(actors) if actors else 1.0), missed

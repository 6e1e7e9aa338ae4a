"""Tidy tables: the table contract of GUIDE.md as validated pandas DataFrames.

Reads: articles, mentions, events and pairings. Adds: one DataFrame per table, checked by a
pandera schema, and writers for CSV and Parquet. Column names here are a public contract.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from pathlib import Path

import pandas as pd
import pandera.pandas as pa

from core.claims import Pairing
from core.model import Article, Event, Mention, Problem

ISO2 = r"^[A-Z]{2}$"
EVENT_TYPES = ["accuse", "deny", "consult", "support", "cyber", "decline_comment", "statement"]
PRECISIONS = ["day", "month", "year", "approximate"]


def _nullable(dtype, **checks) -> pa.Column:
    return pa.Column(dtype, nullable=True, **checks)


SCHEMAS = {
    "articles": pa.DataFrameSchema({
        "article_id": pa.Column(str, unique=True),
        "file": pa.Column(str),
        "outlet": _nullable(str),
        "published": _nullable("datetime64[ns]"),
        "published_basis": pa.Column(str, pa.Check.isin(["manifest", "text", "unknown"])),
        "title": _nullable(str),
        "url": _nullable(str),
        "text": pa.Column(str),
    }, strict=False, coerce=True),
    "actors": pa.DataFrameSchema({
        "actor_id": pa.Column(str, unique=True),
        "name_ar": pa.Column(str),
        "name_en": pa.Column(str),
        "country": _nullable(str, checks=pa.Check.str_matches(ISO2)),
        "kind": pa.Column(str),
        "aliases": pa.Column(str),
        "mentions": pa.Column(int, pa.Check.ge(0)),
    }, strict=False, coerce=True),
    "mentions": pa.DataFrameSchema({
        "article_id": pa.Column(str),
        "actor_id": pa.Column(str),
        "start": pa.Column(int, pa.Check.ge(0)),
        "end": pa.Column(int, pa.Check.ge(0)),
        "surface": pa.Column(str),
        "country": _nullable(str, checks=pa.Check.str_matches(ISO2)),
        "how": pa.Column(str),
    }, strict=False, coerce=True),
    "events": pa.DataFrameSchema({
        "event_id": pa.Column(str, unique=True),
        "article_id": pa.Column(str),
        "event_type": pa.Column(str, pa.Check.isin(EVENT_TYPES)),
        "plover": _nullable(str),
        "cameo": pa.Column(str),
        "date": _nullable("datetime64[ns]"),
        "date_precision": _nullable(str, checks=pa.Check.isin(PRECISIONS)),
        "source_actor_id": _nullable(str),
        "target_actor_id": _nullable(str),
        "source_country": _nullable(str, checks=pa.Check.str_matches(ISO2)),
        "target_country": _nullable(str, checks=pa.Check.str_matches(ISO2)),
        "start": pa.Column(int, pa.Check.ge(0)),
        "end": pa.Column(int, pa.Check.ge(0)),
        "text": pa.Column(str),
        "cue": pa.Column(str),
        "cue_start": pa.Column(int),
        "cue_end": pa.Column(int),
    }, strict=False, coerce=True),
    "accusations": pa.DataFrameSchema({
        "accusation_id": pa.Column(str, unique=True),
        "denial_id": _nullable(str),
        "story_id": pa.Column(str),
        "pair_basis": _nullable(str, checks=pa.Check.isin(["same_article", "cross_article"])),
    }, strict=False, coerce=True),
    "problems": pa.DataFrameSchema({
        "file": pa.Column(str),
        "problem": pa.Column(str),
        "severity": pa.Column(str, pa.Check.isin(["error", "warning"])),
    }, strict=False, coerce=True),
}

COLUMNS = {name: list(schema.columns) for name, schema in SCHEMAS.items()}
COLUMNS["events"] += ["source_name_ar", "source_name_en", "target_name_ar", "target_name_en", "segment",
                      "evidence", "reported", "outlet", "published"]
COLUMNS["accusations"] += ["article_id", "denial_article_id", "denial_ids"]


@dataclass
class Tables:
    """The extractor's output: one DataFrame per table of the contract."""

    articles: pd.DataFrame
    actors: pd.DataFrame
    mentions: pd.DataFrame
    events: pd.DataFrame
    accusations: pd.DataFrame
    problems: pd.DataFrame = field(default_factory=lambda: _empty("problems"))

    def items(self):
        return [(f.name, getattr(self, f.name)) for f in fields(self)]

    def write(self, out_dir: str | Path, formats: tuple[str, ...] = ("csv",)) -> list[Path]:
        """Write every table as UTF-8 CSV (and Parquet if asked); returns the paths written."""
        out = Path(out_dir)
        out.mkdir(parents=True, exist_ok=True)
        written = []
        for name, df in self.items():
            if "csv" in formats:
                path = out / f"{name}.csv"
                _for_csv(df).to_csv(path, index=False, encoding="utf-8")
                written.append(path)
            if "parquet" in formats:
                path = out / f"{name}.parquet"
                df.to_parquet(path, index=False)
                written.append(path)
        return written


def _empty(name: str) -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype="object") for c in COLUMNS[name]})


def _for_csv(df: pd.DataFrame) -> pd.DataFrame:
    """Dates as ISO days in CSV (no time part)."""
    out = df.copy()
    for col in out.columns:
        if pd.api.types.is_datetime64_any_dtype(out[col]):
            out[col] = out[col].dt.strftime("%Y-%m-%d")
    return out


def _frame(name: str, rows: list[dict]) -> pd.DataFrame:
    df = pd.DataFrame(rows, columns=COLUMNS[name]) if rows else _empty(name)
    for col in ("published", "date"):
        if col in df.columns:
            df[col] = pd.to_datetime(df[col], errors="coerce").astype("datetime64[ns]")
    for col in ("start", "end", "cue_start", "cue_end", "mentions", "segment"):
        if col in df.columns:
            df[col] = df[col].astype("int64")
    return SCHEMAS[name].validate(df)


def articles_frame(articles: list[Article]) -> pd.DataFrame:
    return _frame("articles", [{
        "article_id": a.article_id, "file": a.file, "outlet": a.outlet, "published": a.published,
        "published_basis": a.published_basis, "title": a.title, "url": a.url, "text": a.text,
    } for a in articles])


def mentions_frame(mentions: dict[str, list[Mention]]) -> pd.DataFrame:
    return _frame("mentions", [{
        "article_id": aid, "actor_id": m.actor_id, "start": m.start, "end": m.end, "surface": m.surface,
        "country": m.country, "how": m.how,
    } for aid, ms in mentions.items() for m in ms])


def actors_frame(mentions: dict[str, list[Mention]]) -> pd.DataFrame:
    """One row per actor: its canonical names, country, kind, the aliases seen and a mention count."""
    seen: dict[str, dict] = {}
    for ms in mentions.values():
        for m in ms:
            row = seen.setdefault(m.actor_id, {
                "actor_id": m.actor_id, "name_ar": m.name_ar, "name_en": m.name_en, "country": m.country,
                "kind": m.kind, "aliases": set(), "mentions": 0,
            })
            row["aliases"].add(m.surface)
            row["mentions"] += 1
            row["country"] = row["country"] or m.country
    rows = [{**r, "aliases": "|".join(sorted(r["aliases"]))} for r in seen.values()]
    return _frame("actors", sorted(rows, key=lambda r: r["actor_id"]))


def events_frame(events: list[Event], articles: dict[str, Article]) -> pd.DataFrame:
    def side(m: Mention | None, attr: str):
        return getattr(m, attr) if m is not None else None

    return _frame("events", [{
        "event_id": e.event_id, "article_id": e.article_id, "event_type": e.event_type,
        "plover": e.plover or None, "cameo": e.cameo, "date": e.date, "date_precision": e.date_precision,
        "source_actor_id": side(e.source, "actor_id"), "target_actor_id": side(e.target, "actor_id"),
        "source_country": side(e.source, "country"), "target_country": side(e.target, "country"),
        "start": e.start, "end": e.end, "text": e.text, "cue": e.cue, "cue_start": e.cue_start, "cue_end": e.cue_end,
        "source_name_ar": side(e.source, "name_ar"), "source_name_en": side(e.source, "name_en"),
        "target_name_ar": side(e.target, "name_ar"), "target_name_en": side(e.target, "name_en"),
        "segment": e.segment, "evidence": e.evidence, "reported": e.reported,
        "outlet": articles[e.article_id].outlet, "published": articles[e.article_id].published,
    } for e in events])


def accusations_frame(pairings: list[Pairing], events: list[Event]) -> pd.DataFrame:
    article_of = {e.event_id: e.article_id for e in events}
    return _frame("accusations", [{
        "accusation_id": p.accusation_id, "denial_id": p.denial_id, "story_id": p.story_id,
        "pair_basis": p.pair_basis, "article_id": article_of[p.accusation_id],
        "denial_article_id": article_of.get(p.denial_id) if p.denial_id else None,
        "denial_ids": p.denial_id or None,
    } for p in pairings])


def problems_frame(problems: list[Problem]) -> pd.DataFrame:
    return _frame("problems", [{"file": p.file, "problem": p.problem, "severity": p.severity} for p in problems])

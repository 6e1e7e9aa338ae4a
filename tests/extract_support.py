"""Helpers to run the extractor on hand-written Arabic snippets."""
from __future__ import annotations

from datetime import date

from core.model import Article
from core.pipeline import Extracted, extract_article

ANCHOR = date(2024, 10, 25)


def extract(text: str, published: date | None = ANCHOR, article_id: str = "t") -> Extracted:
    """Extract one in-memory article."""
    basis = "manifest" if published else "unknown"
    return extract_article(Article(article_id, f"{article_id}.txt", text, published=published, published_basis=basis))


def claims(text: str, published: date | None = ANCHOR) -> set[tuple]:
    """(kind, source country, target country) of the accuse/deny events of a snippet, denial
    targets resolved through pairing as the tables resolve them."""
    from core.pipeline import build_tables

    t = build_tables([extract(text, published)], [])
    ev = t.events[t.events.event_type.isin(["accuse", "deny"])]
    return {(k, _c(s), _c(g)) for k, s, g in zip(ev.event_type, ev.source_country, ev.target_country)}


def _c(v):
    return None if v is None or v != v else v

"""The Articles page's picker: which articles a search finds, newest first, and how each is labelled.

A picker holding every article of a 10,000-article corpus cost each visit of the page 0.4 s in the
browser (BENCHMARKS.md); the page lists the newest matches of a search instead.
"""
from __future__ import annotations

from typing import NamedTuple

import pandas as pd

from core.normalize import fold
from dashboard.rtl import first_strong, ltr, text_of


def article_labels(articles: pd.DataFrame) -> dict[str, str]:
    """Article id -> "id · date · title · outlet". Each part is isolated: an id next to an Arabic
    title must not be reordered by the bidi algorithm."""
    days = pd.to_datetime(articles["published"], errors="coerce").dt.strftime("%Y-%m-%d").fillna("undated")
    return {
        text_of(a.article_id): f"{ltr(a.article_id)} · {day} · {first_strong(text_of(a.title)[:70] or text_of(a.file))} · "
                               f"{first_strong(text_of(a.outlet) or '—')}"
        for a, day in zip(articles.itertuples(), days)
    }


def searchable(text: object) -> str:
    """Text folded for a search: Arabic letter variants and diacritics (as the extractor folds
    them) and Latin case."""
    return fold(text_of(text)).casefold()


class ArticleIndex(NamedTuple):
    """Article ids newest first (undated last, then by id) and, in the same order, each one's id,
    file, outlet and title folded for a search: built once per corpus, not once per search."""

    ids: list[str]
    haystack: pd.Series


def article_index(articles: pd.DataFrame) -> ArticleIndex:
    ordered = articles.assign(_day=pd.to_datetime(articles["published"], errors="coerce")).sort_values(
        ["_day", "article_id"], ascending=[False, True], na_position="last", kind="stable")
    haystack = (ordered["article_id"].map(searchable) + " " + ordered["file"].map(searchable) + " "
                + ordered["outlet"].map(searchable) + " " + ordered["title"].map(searchable))
    return ArticleIndex([text_of(a) for a in ordered["article_id"]], haystack.reset_index(drop=True))


def matches(index: ArticleIndex, query: str) -> list[str]:
    """Ids of the indexed articles whose id, file, outlet or title holds every word of `query`
    (all when it has none), in the index's order."""
    words = searchable(query).split()
    if not words:
        return list(index.ids)
    hit = pd.Series(True, index=index.haystack.index)
    for word in words:
        hit &= index.haystack.str.contains(word, regex=False)
    return [index.ids[i] for i in hit[hit].index]


def find_articles(articles: pd.DataFrame, query: str) -> list[str]:
    """`matches` of `query` among `articles`, newest first (undated last, then by id)."""
    return matches(article_index(articles), query)

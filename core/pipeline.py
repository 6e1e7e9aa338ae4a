"""The whole path from a corpus folder to tables: load → text → actors → dates → events → claims.

`extract_corpus(root)` is what the CLI and the dashboard call. Each article is extracted on its
own (`extract_article`), so work can be cached per article and spread over processes.
"""
from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from core.actors import find_mentions
from core.cache import ExtractCache, cache_enabled
from core.claims import pair_claims
from core.corpus import load_corpus
from core.dates import publication_date_from_text
from core.events import find_events
from core.frames import Tables, accusations_frame, actors_frame, articles_frame, events_frame, mentions_frame, problems_frame
from core.lexicon import refresh, words
from core.model import Article, Event, Mention, Problem
from core.normalize import fold
from core.text import prepare

TITLE_MAX = 140
PARALLEL_FROM = 200  # below this many articles, starting processes costs more than it saves


@dataclass
class Extracted:
    """One article after extraction."""

    article: Article
    mentions: list[Mention]
    events: list[Event]


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off for a while (reference counting still frees memory).

    Its full rounds walk every object alive: with 10,000 articles' mentions and events in memory,
    the rounds that building the tables (or unpickling the workers' results) sets off took 1-3 s
    of the 8-10 s those steps take. Nothing made there forms cycles that need it.
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def with_publication(article: Article) -> Article:
    """Fill the publication date from the text when the manifest did not give one."""
    if article.published is not None:
        return article
    stated = publication_date_from_text(article.text)
    if stated is None:
        return article
    return replace(article, published=stated[0], published_basis="text")


def with_title(article: Article) -> Article:
    """A title from the first line when the manifest gave none, past image credits and captions."""
    if article.title:
        return article
    skip = tuple(words()["not_a_title"])
    first = next((line.strip() for line in article.text.splitlines()
                  if line.strip() and not fold(line.strip()).startswith(skip)), "")
    title = first if len(first) <= TITLE_MAX else first[:TITLE_MAX].rsplit(" ", 1)[0] + "…"
    return replace(article, title=title or None)


def extract_article(article: Article) -> Extracted:
    """Mentions and events of one article (its publication date resolved first)."""
    article = with_title(with_publication(article))
    text = prepare(article.text)
    for seg in text.segments:
        # A "read also" block is another story from another day: it does not inherit the date.
        seg.published = article.published if seg.kind == "main" else None
    mentions = find_mentions(text)
    events = find_events(article.article_id, text, mentions)
    return Extracted(article, mentions, events)


def _extract_all(articles: list[Article], workers: int | None, use_cache: bool = True) -> list[Extracted]:
    """Every article's extraction: from the on-disk cache (core.cache) when there, else computed and stored."""
    cache = ExtractCache() if use_cache and cache_enabled() else None
    done: list[Extracted | None] = [cache.get(a, Extracted) for a in articles] if cache else [None] * len(articles)
    todo = [a for a, x in zip(articles, done) if x is None]
    workers = workers if workers is not None else (os.cpu_count() or 1)
    if workers <= 1 or len(todo) < PARALLEL_FROM:
        fresh = [extract_article(a) for a in todo]
    else:
        chunk = max(1, len(todo) // (workers * 8))
        with ProcessPoolExecutor(max_workers=workers) as pool:
            results = pool.map(extract_article, todo, chunksize=chunk)  # the workers start here, collector on
            with _collector_paused():
                fresh = list(results)
    computed = iter(fresh)
    for i, (article, x) in enumerate(zip(articles, done)):
        if x is None:
            done[i] = next(computed)
            if cache:
                cache.put(article, done[i])
    return done


def build_tables(done: list[Extracted], problems: list[Problem]) -> Tables:
    """Pair claims across the corpus and assemble the validated tables."""
    with _collector_paused():
        return _tables(done, problems)


def _tables(done: list[Extracted], problems: list[Problem]) -> Tables:
    articles = {x.article.article_id: x.article for x in done}
    mentions = {x.article.article_id: x.mentions for x in done}
    events = [e for x in done for e in x.events]
    published = {aid: a.published for aid, a in articles.items()}
    events, pairings = pair_claims(events, mentions, published)
    return Tables(
        articles=articles_frame(list(articles.values())),
        actors=actors_frame(mentions),
        mentions=mentions_frame(mentions),
        events=events_frame(events, articles),
        accusations=accusations_frame(pairings, events),
        problems=problems_frame(problems),
    )


def extract_corpus(root: str | Path, *, workers: int | None = None, use_cache: bool = True) -> Tables:
    """Load a corpus folder and extract every article into tables (unchanged articles from the cache)."""
    refresh()  # an edited lexicon takes effect in a long-running process (the dashboard)
    corpus = load_corpus(root)
    return build_tables(_extract_all(corpus.articles, workers, use_cache), corpus.problems)

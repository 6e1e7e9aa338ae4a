"""core.claims._stories: its candidate index gives the stories of the plain all-pairs loop."""
from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from core.claims import _actors_of, _same_story, _stories
from core.corpus import load_corpus
from core.pipeline import _extract_all

ROOT = Path(__file__).resolve().parents[1]


def all_pairs(accusations, mentions, published) -> dict[str, str]:
    """The definition: every pair in order, joined when _same_story accepts it."""
    actors = {a.event_id: _actors_of(a, mentions) for a in accusations}
    parent = {a.event_id: a.event_id for a in accusations}

    def find(x):
        while parent[x] != x:
            x = parent[x]
        return x

    for i, a in enumerate(accusations):
        for b in accusations[i + 1:]:
            ra, rb = find(a.event_id), find(b.event_id)
            if ra != rb and _same_story(a, b, actors, published):
                parent[rb] = ra
    roots = sorted({find(a.event_id) for a in accusations})
    names = {r: f"S{n + 1:04d}" for n, r in enumerate(roots)}
    return {a.event_id: names[find(a.event_id)] for a in accusations}


@pytest.fixture(scope="module")
def extracted():
    done = _extract_all(load_corpus(ROOT / "tests" / "corpus_dev").articles, workers=1, use_cache=False)
    done += _extract_all(load_corpus(ROOT / "seeds").articles, workers=1, use_cache=False)
    return done


@pytest.mark.parametrize("shift_days", [0, 5, 9, None], ids=["as published", "5 days", "9 days", "undated"])
def test_stories_equal_the_all_pairs_loop(extracted, shift_days):
    """Same story ids, with publication dates as they are, moved apart (near and beyond the window) or gone."""
    mentions = {x.article.article_id: x.mentions for x in extracted}
    published = {}
    for n, x in enumerate(extracted):
        d = x.article.published
        if shift_days is None:
            d = None if n % 3 == 0 else d
        elif d is not None:
            d = d + timedelta(days=shift_days * (n % 4))
        published[x.article.article_id] = d
    # the same accusations twice over (other ids, the same actors): every story has copies to join
    accusations = [e for x in extracted for e in x.events if e.event_type == "accuse"]
    accusations += [replace(e, event_id=e.event_id + "-copy") for e in accusations]
    assert len(accusations) > 100
    got = _stories(accusations, mentions, published)
    assert got == all_pairs(accusations, mentions, published)
    assert len(set(got.values())) < len(accusations)  # some stories join several accusations

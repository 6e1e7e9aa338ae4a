"""Golden tests on the blind corpus (tests/corpus_blind): 12 articles written and annotated by a
helper session that the extractor's authors do not read and never tune on.

The figures measure how the extractor does on text nobody fitted it to; the floors below sit a
little under the figures of the last run (README, "How well it does") so that a change which makes
unseen text worse fails here, while the misses themselves are not printed (reading them would be
tuning on the blind set).
"""
from __future__ import annotations

import json

import pytest
from golden_support import ROOT, actor_recall, claim_figures, claim_tuples, pair_recall

CORPUS = ROOT / "tests" / "corpus_blind"
GOLD = json.loads((CORPUS / "gold.json").read_text(encoding="utf-8"))["articles"]

MIN_CLAIM_F1 = 0.78
MIN_PAIR_RECALL = 0.75
MIN_ACTOR_RECALL = 0.75


@pytest.fixture(scope="module")
def tables():
    from core.pipeline import extract_corpus

    return extract_corpus(str(CORPUS))


def test_golden_blind_claims_f1(tables):
    """Accusations and denials of the blind corpus are found at F1 >= MIN_CLAIM_F1 (country level)."""
    f1, misses, extras = claim_figures(GOLD, claim_tuples(tables))
    assert f1 >= MIN_CLAIM_F1, f"blind F1 {f1:.2f} ({len(misses)} missed, {len(extras)} unexpected)"


def test_golden_blind_pairs_recall(tables):
    """Gold denials of the blind corpus are paired with the accusation they answer, for >= MIN_PAIR_RECALL."""
    recall, missed = pair_recall(GOLD, tables)
    assert recall >= MIN_PAIR_RECALL, f"blind pair recall {recall:.2f} ({len(missed)} missed)"


def test_golden_blind_actor_recall(tables):
    """Gold actors of the blind corpus are found with their country, for >= MIN_ACTOR_RECALL of them."""
    recall, missed = actor_recall(GOLD, tables, CORPUS)
    assert recall >= MIN_ACTOR_RECALL, f"blind actor recall {recall:.2f} ({len(missed)} missed)"

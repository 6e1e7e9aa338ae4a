"""core.pattern_facts and the one-pass cue scan built on it (core.lexicon.cue_starts)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from core.events import _find_hits
from core.lexicon import cue_starts, cues
from core.normalize import fold
from core.pattern_facts import first_chars
from core.text import prepare

ROOT = Path(__file__).resolve().parents[1]
CORPUS = sorted(p for d in ("seeds", "tests/corpus_dev", "tests/corpus_blind") for p in (ROOT / d).glob("*.txt"))


@pytest.mark.parametrize(("pattern", "expected"), [
    ("اتهم(?:ت|وا)?", {"ا"}),
    ("[يتن]تهم", {"ي", "ت", "ن"}),
    ("(?:[يت])?وجه(?:ت|وا)?", {"ي", "ت", "و"}),  # optional first part: its letters and what follows
    ("(?:ال)?(?:ضلوع|تورط)", {"ا", "ض", "ت"}),
    ("(?=ن)نفى", {"ن"}),  # a look-ahead consumes nothing
    ("(?:ب|و)?(?:ال)?تدخل", {"ب", "و", "ا", "ت"}),
])
def test_pattern_facts_first_chars(pattern, expected):
    assert first_chars(pattern) == frozenset(expected)


@pytest.mark.parametrize("pattern", [r"\w+ نفى", "[^ا]بل", ".نفى", "(?:ال)?", "(?i:a)b", "(?:نفى|\\S+)"])
def test_pattern_facts_first_chars_unknown_is_none(pattern):
    """Any character may start these (or none need be consumed): no list, so nothing is ever skipped."""
    assert first_chars(pattern) is None


def test_pattern_facts_every_cue_starts_with_a_listed_letter():
    """The grouping in cue_starts rests on this: no cue falls back to being tried everywhere unnoticed."""
    for cue in cues():
        chars = first_chars(cue.pattern)
        assert chars, cue.pattern
        assert all(re.fullmatch(r"\w", c) for c in chars), cue.pattern


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_cue_starts_are_exactly_where_some_cue_matches(path):
    text = fold(path.read_text(encoding="utf-8"))
    expected = {p for cue in cues() for p in range(len(text)) if cue.regex.match(text, p)}
    assert {m.start() for m in cue_starts().finditer(text)} == expected


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_find_hits_equals_every_cues_own_scan(path):
    """The one-pass scan finds what each cue's finditer finds (overlaps of one cue excluded, as there)."""
    text = prepare(path.read_text(encoding="utf-8"))
    own = sorted((m.span(1), cue.role, cue.event_type, cue.cameo)
                 for cue in cues() for m in cue.regex.finditer(text.folded.text))
    assert sorted(((h.fs, h.fe), h.role, h.event_type, h.cameo) for h in _find_hits(text)) == own

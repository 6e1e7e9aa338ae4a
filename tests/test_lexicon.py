"""The data files in core/data: each is readable, consistent and compiles."""
from __future__ import annotations

import csv
import re
from importlib import resources
from pathlib import Path

import pytest

from core.countries import all_iso2
from core.lexicon import cues, gazetteer, heads, read_rows, words

ISO = set(all_iso2())
DATA = resources.files("core") / "data"
CSV_FILES = sorted(p.name for p in DATA.iterdir() if p.name.endswith(".csv"))


@pytest.mark.parametrize("name", CSV_FILES)
def test_lexicon_every_row_has_every_column(name):
    """No data row has a missing or extra field (an unquoted comma in a pattern would)."""
    with (DATA / name).open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    width = len(rows[0])
    bad = [i + 1 for i, r in enumerate(rows) if len(r) != width]
    assert not bad, f"{name}: lines {bad} do not have {width} fields"


def test_lexicon_actor_ids_unique_and_countries_known():
    """Gazetteer ids are unique, countries are ISO codes (or empty), no alias is empty."""
    rows = read_rows("actors.csv")
    ids = [r["actor_id"] for r in rows]
    assert len(ids) == len(set(ids))
    assert all(r["country"] in ISO or r["country"] == "" for r in rows), [r for r in rows if r["country"] not in ISO | {""}]
    assert all(r["name_ar"] and r["name_en"] and r["kind"] for r in rows)
    assert all(a.strip() for r in rows for a in r["aliases_ar"].split("|") if r["aliases_ar"])


def test_lexicon_aliases_do_not_collide():
    """No folded alias names two different gazetteer actors (the first would silently win)."""
    seen: dict[tuple, str] = {}
    clashes = []
    for r in read_rows("actors.csv"):
        from core.lexicon import tokens_of

        for alias in [r["name_ar"], *filter(None, r["aliases_ar"].split("|"))]:
            key = tokens_of(alias)
            if key in seen and seen[key] != r["actor_id"]:
                clashes.append((alias, seen[key], r["actor_id"]))
            seen.setdefault(key, r["actor_id"])
    assert not clashes


def test_lexicon_cues_compile_and_are_typed():
    """Every cue pattern compiles and carries a known role, event type and CAMEO code."""
    roles = {"accuse_verb", "accuse_passive", "accuse_participle", "accuse_noun", "allegation", "deny_verb", "deny_phrase",
             "decline", "cyber", "consult", "support"}
    for cue in cues():
        assert cue.role in roles
        assert cue.event_type in {"accuse", "deny", "decline_comment", "cyber", "consult", "support"}
        assert re.fullmatch(r"\d{3}", cue.cameo)


def test_lexicon_heads_and_words_are_non_empty():
    """Heads and function words have no empty forms and the roles the extractor reads."""
    assert all(k for k in heads())
    w = words()
    for role in ("speech", "negation", "clause_break", "preposition", "attribution", "report", "anaphor",
                 "bare_official", "complementiser", "intent", "name_stop"):
        assert w.get(role), role
        assert all(form.strip() for form in w[role])


def test_lexicon_gazetteer_has_glued_variants():
    """Multi-word aliases are also found when an article glues them together."""
    assert ("الولاياتالمتحده",) not in gazetteer()  # a country, not a gazetteer actor
    assert ("وولستريتجورنال",) in gazetteer()


def test_lexicon_required_literal_of_a_pattern():
    """Only text every match must contain is a cue's prefilter: nothing optional, nothing from one alternative."""
    from core.pattern_facts import required_literal

    assert required_literal("اتهم(?:ت|وا)?") == "اتهم"
    assert required_literal("(?:[يت])?زعم(?:ت|وا)?") == "زعم"
    assert required_literal("(?:ال)?تدخل") == "تدخل"
    assert required_literal("(?:هراء|افتراء)") is None  # alternatives: no single required run
    assert required_literal("(?:محض )?اكاذيب") == "اكاذيب"


def test_lexicon_required_literals_of_alternatives():
    """An alternation whose every branch holds a run gives all the runs; one branch without gives none."""
    from core.pattern_facts import required_literals

    assert {"هراء", "افتراء"} <= set(required_literals("(?:هراء|افتراء(?:ات)?|محض افتراء)"))
    assert required_literals("(?:ب|و)?(?:ال)?(?:ضلوع|تورط)") == ("ضلوع", "تورط")
    assert required_literals("(?:هراء|[يت]?ه)") is None  # one branch has no run of two plain characters
    assert required_literals("لا (?:علاقه|صله)") in (("علاقه", "صله"), ("لا ",))


def test_lexicon_every_cue_match_holds_its_literal():
    """On every corpus text, each match of a cue contains the literal used to skip texts without it."""
    from core.lexicon import cues
    from core.normalize import fold

    root = Path(__file__).resolve().parents[1]
    texts = [fold(p.read_text(encoding="utf-8")) for d in ("seeds", "tests/corpus_dev") for p in (root / d).glob("*.txt")]
    for cue in cues():
        if cue.literals is None:
            continue
        for t in texts:
            for m in cue.regex.finditer(t):
                assert any(run in m.group(1) for run in cue.literals), (cue.note, cue.literals, m.group(1))

"""Golden tests: the extractor's tables on the five seed articles against tests/data/seed_gold.json.

seed_gold.json is a copy of ../shared/spec/seed_gold.json (a careful analyst's reading of the seeds).
Claims are located by their evidence strings (verbatim substrings of the article); an event "is"
a claim when its span overlaps the evidence and its type and countries match.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from golden_support import (
    ROOT,
    iso_date,
    mention_countries,
    occurrences,
    overlaps,
    resolved_events,
)

GOLD = json.loads((Path(__file__).parent / "data" / "seed_gold.json").read_text(encoding="utf-8"))["articles"]
SEEDS = ROOT / "seeds"

# Expected publication date and its basis: manifest when seeds/manifest.csv gives a date, else the text.
PUBLISHED = {
    "000_48626bc91c3a8d8f.txt": ("2024-11-02", "text"),
    "001_c0c56bfb05ac432f.txt": ("2024-10-25", "manifest"),
    "002_a36bebc570e35d30.txt": ("2024-10-25", "text"),
    "003_180f258d61c8a218.txt": ("2024-08-10", "manifest"),
    "004_ede00b5788d4584d.txt": ("2024-05-30", "manifest"),
}
READ_ALSO_FILE, READ_ALSO_MARKER = "002_a36bebc570e35d30.txt", "إقرأ أيضاً:"
CONFIRM_TRAP = "وأكد بيسكوف أن ترامب أرسل اختبارات كوفيد إلى بوتين"
REAL_DENIAL = "لكنه نفى أي مكالمات بينهما بعد مغادرة ترامب منصبه"


def _claims(optional: bool | None = False):
    """(file, claim) for every claim; non-optional only unless optional is None."""
    return [(f, c) for f, g in GOLD.items() for c in g["claims"]
            if optional is None or bool(c.get("optional")) == optional]


def _claim_by_id(cid: str) -> tuple[str, dict]:
    return next((f, c) for f, c in _claims(None) if c["id"] == cid)


PAIRS = [(f, c["responds_to"], c["id"]) for f, c in _claims(None) if c.get("responds_to")]
TRAPS = [(f, t) for f, g in GOLD.items() for t in g.get("traps", [])]
ACTORS = [(f, a["surface"], a["country"]) for f, g in GOLD.items() for a in g["actors"] if a["country"]]
ACTOR_IDS = [f"{f[:3]}-{a['name_en']}" for f, g in GOLD.items() for a in g["actors"] if a["country"]]
READ_ALSO_CLAIMS = [(f, c) for f, c in _claims(None) if f == READ_ALSO_FILE and c.get("date", "").startswith("2025")]
DAY_DATED = [(f, c) for f, c in _claims(False) if c.get("date_precision") == "day"]


def text_of(file: str) -> str:
    return (SEEDS / file).read_text(encoding="utf-8")


def evidence_spans(file: str, claim: dict) -> list[tuple[int, int]]:
    """Where the claim's evidence (and also_evidence) occur in the article text."""
    text = text_of(file)
    spans = [s for key in ("evidence", "also_evidence") if claim.get(key) for s in occurrences(text, claim[key])]
    assert spans, f"gold evidence not found in {file}: {claim['evidence']!r}"
    return spans


def countries_of(claim: dict) -> tuple[str, set[str]]:
    """The claim's source country and the set of acceptable target countries (target or also_target)."""
    targets = {claim["target"][1]} | ({claim["also_target"][1]} if claim.get("also_target") else set())
    return claim["source"][1], targets


def events_at(events, file: str, claim: dict):
    """Events of the claim's kind in its article whose span overlaps its evidence."""
    spans = evidence_spans(file, claim)
    rows = events[(events["file"] == file) & (events["event_type"] == claim["kind"])]
    return rows[[overlaps(s, e, spans) for s, e in zip(rows["start"], rows["end"])]]


@pytest.fixture(scope="module")
def tables():
    """The extractor's tables for the seed corpus, computed once per module."""
    from core.pipeline import extract_corpus

    return extract_corpus(str(SEEDS))


@pytest.fixture(scope="module")
def events(tables):
    return resolved_events(tables)


@pytest.mark.parametrize(("file", "claim"), _claims(False), ids=[c["id"] for _, c in _claims(False)])
def test_golden_claim_found_with_countries(events, file, claim):
    """Each non-optional gold claim is an event at its evidence with the right source and target countries."""
    src, tgts = countries_of(claim)
    found = events_at(events, file, claim)
    got = list(zip(found["src"], found["tgt"]))
    assert any(s == src and t in tgts for s, t in got), (
        f"{claim['id']} {claim['kind']} {src}->{sorted(tgts)} at {claim['evidence']!r}; events there: {got}")


@pytest.mark.parametrize(("file", "accusation_id", "denial_id"), PAIRS, ids=[d for _, _, d in PAIRS])
def test_golden_pair_found(tables, events, file, accusation_id, denial_id):
    """Each denial is linked in accusations.csv to an accusation of the story it answers."""
    _, acc = _claim_by_id(accusation_id)
    _, den = _claim_by_id(denial_id)
    denials = set(events_at(events, file, den)["event_id"].astype(str))
    a_src, a_tgts = countries_of(acc)
    accusations = events[(events["event_type"] == "accuse") & (events["src"] == a_src) & events["tgt"].isin(a_tgts)]
    matching = set(accusations["event_id"].astype(str))
    links = tables.accusations
    ok = [(a, d) for a, d in zip(links["accusation_id"].astype(str), links["denial_id"].astype(str))
          if d in denials and a in matching]
    assert denials, f"no deny event at {den['evidence']!r}"
    assert ok, f"no accusations row links {denial_id} to an accusation {a_src}->{sorted(a_tgts)}"


@pytest.mark.parametrize(("file", "trap"), TRAPS, ids=[f"{f[:3]}-trap{i}" for i, (f, _) in enumerate(TRAPS)])
def test_golden_trap_is_not_a_denial(events, file, trap):
    """No deny event takes its cue from a trap (a negated denial, a no-comment, a confirmation)."""
    assert {"cue_start", "cue_end"} <= set(events.columns), "events need cue_start/cue_end columns"
    spans = occurrences(text_of(file), trap["evidence"])
    assert spans, f"trap evidence not in {file}"
    deny = events[(events["file"] == file) & (events["event_type"] == "deny")]
    bad = deny[[overlaps(s, e, spans) for s, e in zip(deny["cue_start"], deny["cue_end"])]]
    assert bad.empty, f"deny event(s) cued inside the trap {trap['evidence']!r}: {bad['text'].tolist()}"


def test_golden_confirmation_then_denial_cues_the_denial(events):
    """In 002's 'confirmed the tests but denied any calls', the deny cue lies in the denial half only."""
    text = text_of(READ_ALSO_FILE)
    deny = events[(events["file"] == READ_ALSO_FILE) & (events["event_type"] == "deny")]
    real = occurrences(text, REAL_DENIAL)
    trap = occurrences(text, CONFIRM_TRAP)
    cues = list(zip(deny["cue_start"], deny["cue_end"]))
    assert any(overlaps(s, e, real) for s, e in cues), "no deny cue in 'لكنه نفى أي مكالمات ...'"
    assert not any(overlaps(s, e, trap) for s, e in cues), "a deny cue lies in the confirmation 'وأكد بيسكوف ...'"


@pytest.mark.parametrize(("file", "expected"), sorted(PUBLISHED.items()), ids=sorted(PUBLISHED))
def test_golden_published_date_and_basis(tables, file, expected):
    """Each seed's publication date and its basis (manifest or text) are the gold's."""
    arts = tables.articles.assign(name=tables.articles["file"].map(lambda p: Path(str(p)).name))
    row = arts[arts["name"] == file]
    assert len(row) == 1, f"{file} is not (once) in the articles table"
    got = (iso_date(row["published"].iloc[0]), str(row["published_basis"].iloc[0]))
    assert got == expected


@pytest.mark.parametrize(("file", "claim"), READ_ALSO_CLAIMS, ids=[c["id"] for _, c in READ_ALSO_CLAIMS])
def test_golden_read_also_not_dated_like_article(events, file, claim):
    """Accusations in 002's 'read also' block (a January 2025 story) are not dated 25 October 2024."""
    found = events_at(events, file, claim)
    assert claim.get("optional") or not found.empty, f"no accuse event at {claim['evidence']!r}"
    dates = [iso_date(d) for d in found["date"]]
    assert all(d is None or d.startswith("2025") for d in dates), dates


def test_golden_read_also_block_events_not_dated_2024_10_25(events):
    """No event after 002's 'إقرأ أيضاً:' marker inherits the article's 25 October 2024 date."""
    start = text_of(READ_ALSO_FILE).index(READ_ALSO_MARKER)
    after = events[(events["file"] == READ_ALSO_FILE) & (events["start"].astype(int) >= start)]
    assert "2024-10-25" not in {iso_date(d) for d in after["date"]}


@pytest.mark.parametrize(("file", "claim"), DAY_DATED, ids=[c["id"] for _, c in DAY_DATED])
def test_golden_claim_date_at_day_precision(events, file, claim):
    """A claim the gold dates to the day is dated that day by an event at its evidence."""
    src, tgts = countries_of(claim)
    found = events_at(events, file, claim)
    found = found[(found["src"] == src) & found["tgt"].isin(tgts)]
    assert claim["date"] in {iso_date(d) for d in found["date"]}, found[["date", "text"]].to_dict("records")


@pytest.mark.parametrize(("file", "surface", "iso"), ACTORS, ids=ACTOR_IDS)
def test_golden_actor_surface_has_country(tables, file, surface, iso):
    """Each gold actor surface is covered by a mention whose actor has the gold country."""
    spans = occurrences(text_of(file), surface)
    m = mention_countries(tables)
    m = m[m["file"] == file]
    got = [c for s, e, c in zip(m["start"], m["end"], m["mcountry"]) if overlaps(s, e, spans)]
    assert iso in got, f"{surface!r} mentions with countries {got}, expected {iso}"


def test_golden_offsets_point_into_text(tables, events):
    """Every event's and mention's offsets slice its evidence text or surface out of the article."""
    texts = {f: text_of(f) for f in GOLD}
    for r in events[events["file"].isin(texts)].to_dict("records"):
        assert texts[r["file"]][int(r["start"]):int(r["end"])] == r["text"], r
    m = mention_countries(tables)
    for r in m[m["file"].isin(texts)].to_dict("records"):
        assert texts[r["file"]][int(r["start"]):int(r["end"])] == r["surface"], r

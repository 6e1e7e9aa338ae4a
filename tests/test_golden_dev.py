"""Golden tests on the held-out development corpus (tests/corpus_dev): articles none of the seeds resemble.

The gold (tests/corpus_dev/gold.json) has the format of ../shared/spec/seed_tuples.json and is read
the way ../shared/tools/score.py reads it: per article, the set of (kind, source country, target
country) tuples of accuse/deny events, against gold claims; tuples that are neither claims nor
optional are false positives. These tests are expected to fail until the extractor generalises.
"""
from __future__ import annotations

import csv
import json

import pytest
from golden_support import (
    ROOT,
    iso_date,
    mention_countries,
    occurrences,
    overlaps,
    resolved_events,
    tuple_matches,
)

CORPUS = ROOT / "tests" / "corpus_dev"
GOLD = json.loads((CORPUS / "gold.json").read_text(encoding="utf-8"))["articles"]
with open(CORPUS / "manifest.csv", newline="", encoding="utf-8") as fh:
    MANIFEST_DATED = {r["file"] for r in csv.DictReader(fh) if r["published"].strip()}


def as_tuple(c: dict) -> tuple:
    return (c["kind"], c["src"], c["tgt"])


def label(t: tuple) -> str:
    return f"{t[0]}-{t[1]}-{t[2]}"


CLAIMS = [(f, as_tuple(c)) for f, g in GOLD.items() for c in g["claims"]]
CLAIM_IDS = [f"{f[:3]}-{label(t)}" for f, t in CLAIMS]
PAIRS = [(f, as_tuple(g["claims"][i]), as_tuple(g["claims"][j])) for f, g in GOLD.items() for i, j in g["pairs"]]
PAIR_IDS = [f"{f[:3]}-{label(a)}-{label(d)}" for f, a, d in PAIRS]
ACTORS = [(f, s, c) for f, g in GOLD.items() for s, c in g["actors"]]
ACTOR_IDS = [f"{f[:3]}-actor{i}-{c}" for i, (f, _, c) in enumerate(ACTORS)]


@pytest.fixture(scope="module")
def tables():
    """The extractor's tables for the development corpus, computed once per module."""
    from core.pipeline import extract_corpus

    return extract_corpus(str(CORPUS))


@pytest.fixture(scope="module")
def got(tables):
    """file -> set of (kind, source country, target country) of its accuse/deny events."""
    ev = resolved_events(tables)
    ev = ev[ev["event_type"].isin(["accuse", "deny"])]
    out: dict[str, set] = {}
    for f, k, s, t in zip(ev["file"], ev["event_type"], ev["src"], ev["tgt"]):
        out.setdefault(f, set()).add((k, s, t))
    return out


@pytest.mark.parametrize(("file", "claim"), CLAIMS, ids=CLAIM_IDS)
def test_golden_dev_claim_found(got, file, claim):
    """Each gold claim of a development article is extracted with its source and target countries."""
    found = got.get(file, set())
    assert any(tuple_matches(claim, t) for t in found), f"{label(claim)} missing; extracted {sorted(map(str, found))}"


@pytest.mark.parametrize("file", sorted(GOLD), ids=[f[:3] for f in sorted(GOLD)])
def test_golden_dev_no_unexpected_claims(got, file):
    """A development article yields no accuse/deny tuple that is neither a gold claim nor optional."""
    claims = [as_tuple(c) for c in GOLD[file]["claims"]]
    optional = {as_tuple(c) for c in GOLD[file]["optional"]}
    extra = [t for t in got.get(file, set()) if t not in optional and not any(tuple_matches(c, t) for c in claims)]
    assert not extra, f"false positives: {sorted(map(str, extra))}"


@pytest.mark.parametrize(("file", "accusation", "denial"), PAIRS, ids=PAIR_IDS)
def test_golden_dev_pair_found(tables, file, accusation, denial):
    """Each gold denial is linked in accusations.csv to the accusation it answers (either event in the article)."""
    ev = resolved_events(tables).assign(event_id=lambda d: d["event_id"].astype(str)).set_index("event_id")
    ok = False
    for a, d in zip(tables.accusations["accusation_id"].astype(str), tables.accusations["denial_id"].astype(str)):
        if a not in ev.index or d not in ev.index:
            continue
        ea, ed = ev.loc[a], ev.loc[d]
        ta, td = (ea["event_type"], ea["src"], ea["tgt"]), (ed["event_type"], ed["src"], ed["tgt"])
        ok = ok or (file in (ea["file"], ed["file"]) and ta == accusation and tuple_matches(denial, td))
    assert ok, f"no accusations row links {label(accusation)} to {label(denial)}"


@pytest.mark.parametrize("file", sorted(GOLD), ids=[f[:3] for f in sorted(GOLD)])
def test_golden_dev_published_date_and_basis(tables, file):
    """Each development article's publication date is the gold's, from the manifest or else from its text."""
    arts = tables.articles
    row = arts[arts["file"].astype(str).str.endswith(file)]
    assert len(row) == 1, f"{file} is not (once) in the articles table"
    basis = "manifest" if file in MANIFEST_DATED else "text"
    assert (iso_date(row["published"].iloc[0]), str(row["published_basis"].iloc[0])) == (GOLD[file]["published"], basis)


@pytest.mark.parametrize(("file", "surface", "iso"), ACTORS, ids=ACTOR_IDS)
def test_golden_dev_actor_surface_has_country(tables, file, surface, iso):
    """Each gold actor surface of a development article is covered by a mention with the gold country."""
    spans = occurrences((CORPUS / file).read_text(encoding="utf-8"), surface)
    assert spans, f"gold surface {surface!r} not in {file}"
    m = mention_countries(tables)
    m = m[m["file"] == file]
    found = [c for s, e, c in zip(m["start"], m["end"], m["mcountry"]) if overlaps(s, e, spans)]
    assert iso in found, f"{surface!r} mentions with countries {found}, expected {iso}"

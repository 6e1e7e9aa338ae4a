"""The extractor's knowledge, read from the data files in core/data/ (never from code).

Each loader reads one file once (lru_cache) and returns plain structures keyed by *folded*
forms (core.normalize.fold), because all matching happens on folded text.
"""
from __future__ import annotations

import csv
import hashlib
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from core.normalize import fold
from core.pattern_facts import first_chars, required_literals

DATA = resources.files("core") / "data"


def read_rows(name: str) -> list[dict[str, str]]:
    """Rows of a CSV data file as dicts (whitespace trimmed)."""
    with (DATA / name).open(encoding="utf-8", newline="") as f:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(f)]


def data_fingerprint() -> str:
    """A hash of every data file: cached tables are stale when the lexicons change."""
    h = hashlib.sha256()
    for entry in sorted(DATA.iterdir(), key=lambda p: p.name):
        if entry.name.endswith((".csv", ".json", ".tsv")):
            h.update(entry.name.encode())
            h.update(entry.read_bytes())
    return h.hexdigest()[:16]


_loaded: str | None = None  # fingerprint of the data files the in-memory lexicons came from


def loaded_fingerprint() -> str:
    """The fingerprint of the data files this process's lexicons were read from."""
    global _loaded
    if _loaded is None:
        _loaded = data_fingerprint()
    return _loaded


def refresh() -> bool:
    """Re-read every lexicon if a data file changed since it was loaded (True when it did).

    A long-running process (the dashboard) calls this before extracting, so an analyst's edit to
    core/data/ takes effect without a restart.
    """
    global _loaded
    current = data_fingerprint()
    if _loaded is None or current == _loaded:
        _loaded = current
        return False
    from core import actors, countries, dates

    for loader in (gazetteer, country_entries, heads, cues, cue_starts, words, word_patterns, segment_markers,
                   countries._countries, countries._forms, dates.lexicon, dates.patterns, dates._triggers):
        loader.cache_clear()
    actors._LENGTHS.clear()
    actors._STARTS.clear()
    _loaded = current
    return True


def tokens_of(form: str) -> tuple[str, ...]:
    return tuple(re.findall(r"[\w@]+", fold(form)))


@dataclass(frozen=True)
class Entry:
    """One known name: a gazetteer actor, a country form or a head noun."""

    actor_id: str
    name_ar: str
    name_en: str
    country: str | None
    kind: str  # person, media, agency, ... | state | seat | adjective | demonym | head kinds
    source: str  # gazetteer | country | adjective | demonym | place | head


@lru_cache(maxsize=1)
def gazetteer() -> dict[tuple[str, ...], Entry]:
    """Every alias of every listed actor, as folded token tuples (glued variants included)."""
    out: dict[tuple[str, ...], Entry] = {}
    for row in read_rows("actors.csv"):
        entry = Entry(row["actor_id"], row["name_ar"], row["name_en"], row["country"] or None, row["kind"], "gazetteer")
        for alias in [row["name_ar"], *row["aliases_ar"].split("|")]:
            toks = tokens_of(alias)
            if toks:
                out.setdefault(toks, entry)
                if len(toks) > 1:  # "الولاياتالمتحدة": real articles glue words together
                    out.setdefault(("".join(toks),), entry)
    return out


@lru_cache(maxsize=1)
def country_entries() -> dict[tuple[str, ...], Entry]:
    """Country names, adjectives, demonyms, capitals and seats of power, by folded tokens."""
    from core.countries import country_forms

    out: dict[tuple[str, ...], Entry] = {}
    for cf in country_forms():
        toks = tokens_of(cf.form)
        if not toks:
            continue
        if cf.kind in ("name", "capital", "metonym"):
            entry = Entry(f"state:{cf.iso2}", _country_name_ar(cf.iso2), _country_name_en(cf.iso2), cf.iso2, "state", "country")
        elif cf.kind == "seat":
            entry = Entry(f"seat:{cf.iso2}:{toks[-1]}", cf.form, cf.name_en, cf.iso2, "government", "place")
        elif cf.kind == "region":  # "إقليم كردستان", "كتالونيا": a country's region, not the state itself
            entry = Entry(f"region:{cf.iso2}:{'_'.join(toks)}", cf.form, cf.name_en, cf.iso2, "region", "place")
        elif cf.kind == "demonym":
            entry = Entry(f"state:{cf.iso2}", _country_name_ar(cf.iso2), _country_name_en(cf.iso2), cf.iso2, "state", "demonym")
        else:
            entry = Entry(f"adj:{cf.iso2}", cf.form, cf.name_en, cf.iso2, "adjective", "adjective")
        out.setdefault(toks, entry)
        if len(toks) > 1 and entry.source != "adjective":
            out.setdefault(("".join(toks),), entry)
    return out


def _country_name_ar(iso2: str) -> str:
    from core.countries import country_name_ar

    return country_name_ar(iso2) or iso2


def _country_name_en(iso2: str) -> str:
    from core.countries import country_name_en

    return country_name_en(iso2) or iso2


@lru_cache(maxsize=1)
def heads() -> dict[tuple[str, ...], dict[str, str]]:
    """Institution heads, titles and group nouns that a nationality adjective can qualify."""
    return {tokens_of(r["form"]): r for r in read_rows("heads.csv")}


@dataclass(frozen=True)
class Cue:
    role: str
    event_type: str
    regex: re.Pattern
    plover: str | None
    cameo: str
    note: str
    literals: tuple[str, ...] | None = None  # every match holds one of these: a cheap test before the regex
    pattern: str = ""  # the cue's own pattern, without the clitics and word edges around it


_CLITICS = "(?:[وف]?[بلك]?)"  # a cue may carry leading clitics: و or ف, then ب, ل or ك


@lru_cache(maxsize=1)
def cues() -> list[Cue]:
    """Event cue patterns over folded text, each a word (or words) of its own, clitics allowed."""
    out = []
    for r in read_rows("cues.csv"):
        pattern = r["pattern"].replace(" ", r"[\s\"']+")  # quotes may sit between a cue's words
        rx = re.compile(rf"(?<![\w]){_CLITICS}({pattern})(?![\w])")
        out.append(Cue(r["role"], r["event_type"], rx, r["plover"] or None, r["cameo"], r["note"], required_literals(pattern),
                       pattern))
    return out


@lru_cache(maxsize=1)
def cue_starts() -> re.Pattern:
    """One pattern matching (empty) at every position where some cue matches, and nowhere else.

    Scanning a text once with it and trying each cue only at the positions found gives the same
    hits as scanning with every cue, at a quarter of the cost: a pattern that opens with a
    look-behind gives Python's engine nothing to skip ahead by, so each cue's own scan visits
    every character. Inside, the cues are grouped by the characters they may start with, so at
    a word the engine tries only the cues that can begin there.
    """
    by_first: dict[str, list[str]] = {}
    anywhere: list[str] = []
    for cue in cues():
        chars = first_chars(cue.pattern)
        for c in sorted(chars) if chars else ():
            by_first.setdefault(c, []).append(cue.pattern)
        if not chars:
            anywhere.append(cue.pattern)
    groups = [f"(?={re.escape(c)})(?:{'|'.join(f'(?:{p})' for p in ps)})"
              for c, ps in sorted(by_first.items(), key=lambda kv: -len(kv[1]))]  # the busiest letters first
    groups += [f"(?:{p})" for p in anywhere]
    return re.compile(rf"(?<![\w])(?={_CLITICS}(?:{'|'.join(groups)})(?![\w]))")


@lru_cache(maxsize=1)
def words() -> dict[str, set[str]]:
    """Function-word sets by role (speech verbs, negations, clause breaks, ...), folded."""
    out: dict[str, set[str]] = {}
    for r in read_rows("words.csv"):
        out.setdefault(r["role"], set()).add(fold(r["form"]))
    return out


@cache
def word_patterns(role: str) -> list[re.Pattern]:
    """Multi-word patterns of a role (evidence markers), compiled over folded text."""
    # Patterns are written folded already; fold() would lower-case regex escapes such as \\S.
    forms = [r["form"].replace(" ", r"\s+") for r in read_rows("words.csv") if r["role"] == role]
    return [re.compile(rf"(?<![\w])(?:{form})") for form in forms]


@lru_cache(maxsize=1)
def segment_markers() -> list[tuple[str, str]]:
    """(folded marker, kind) pairs, longest first."""
    rows = [(fold(r["form"]), r["kind"]) for r in read_rows("segment_markers.csv")]
    return sorted(rows, key=lambda x: -len(x[0]))

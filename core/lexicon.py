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

    for loader in (gazetteer, country_entries, heads, cues, words, word_patterns, segment_markers,
                   countries._countries, countries._forms, dates.lexicon, dates.patterns, dates._triggers):
        loader.cache_clear()
    actors._LENGTHS.clear()
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


def required_literals(pattern: str) -> tuple[str, ...] | None:
    """Runs of plain characters one of which every match of `pattern` must contain, if any.

    Taken from the pattern's top level and its plain groups (never from optional parts); an
    alternation counts when each of its branches has such runs ("(?:هراء|افتراء)" -> both). So
    the answer is always safe: when none of the runs is in a text, the pattern cannot match there.
    The most selective choice is kept (the one whose shortest run is longest).
    """
    from re import _parser as sre_parse  # the stdlib's own regex parser (Python 3.11+)

    def better(a, b):
        if not a:
            return b
        if not b:
            return a
        return max(a, b, key=lambda runs: min(map(len, runs)))

    def of(parsed) -> tuple[str, ...] | None:
        best, run = None, ""
        for op, arg in parsed:
            if op is sre_parse.LITERAL:
                run += chr(arg)
                continue
            best, run = better(best, (run,) if len(run) >= 2 else None), ""
            if op is sre_parse.SUBPATTERN:  # a plain group: its own top level is required too
                best = better(best, of(arg[-1]))
            elif op is sre_parse.BRANCH:
                branches = [of(alt) for alt in arg[1]]
                if all(branches):
                    best = better(best, tuple(dict.fromkeys(r for b in branches for r in b)))
        return better(best, (run,) if len(run) >= 2 else None)

    return of(sre_parse.parse(pattern))


def required_literal(pattern: str) -> str | None:
    """The one run of plain characters every match of `pattern` must contain, if there is one."""
    runs = required_literals(pattern)
    return runs[0] if runs and len(runs) == 1 else None


@lru_cache(maxsize=1)
def cues() -> list[Cue]:
    """Event cue patterns over folded text; a cue may carry leading clitics (و ف, then ب ل ك)."""
    out = []
    for r in read_rows("cues.csv"):
        pattern = r["pattern"].replace(" ", r"[\s\"']+")  # quotes may sit between a cue's words
        rx = re.compile(rf"(?<![\w])(?:[وف]?[بلك]?)({pattern})(?![\w])")
        out.append(Cue(r["role"], r["event_type"], rx, r["plover"] or None, r["cameo"], r["note"], required_literals(pattern)))
    return out


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

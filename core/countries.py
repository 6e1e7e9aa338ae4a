"""Country knowledge: names, nationality adjectives, demonyms, capitals and seats of power.

The knowledge lives in two data files that an analyst can read and extend:
- ``core/data/countries.csv``: one row per ISO 3166-1 country (built by
  ``scripts/build_countries.py`` from CLDR plus a short curated layer);
- ``core/data/places.csv``: capitals, seats of power and metonyms (curated by hand).
This module only turns the rows into surface forms. Forms are raw Arabic as written in the
data; callers fold them with ``core.normalize.fold`` before matching, and should let the
longer ``non_country_phrases()`` ("أمريكا اللاتينية", "ولاية جورجيا") win over a country form.
"""
from __future__ import annotations

import csv
import io
import warnings
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from core.normalize import fold

ARTICLE = "ال"
KINDS = ("name", "adjective", "demonym", "capital", "seat", "metonym")


@dataclass(frozen=True)
class CountryForm:
    """One surface form that names or qualifies a country."""

    form: str  # as written in the data, e.g. "الروسية"
    iso2: str
    kind: str  # "name" | "adjective" | "demonym" | "capital" | "seat" | "metonym"
    name_en: str  # the country's English name, or the place's English name for places


@dataclass(frozen=True)
class _Country:
    iso2: str
    name_en: str
    name_ar: str
    aliases: tuple[str, ...]
    adjectives: tuple[str, ...]  # masculine and feminine, without ال
    demonyms: tuple[str, ...]  # with ال, as in the data
    exclude: tuple[str, ...]  # phrases that are or contain a form of this country, not naming it


def _split(cell: str | None) -> tuple[str, ...]:
    return tuple(v.strip() for v in (cell or "").split("|") if v.strip())


def _read_csv(name: str) -> list[dict[str, str]]:
    text = resources.files("core").joinpath("data", name).read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text)))


@lru_cache(maxsize=1)
def _countries() -> dict[str, _Country]:
    """Rows of countries.csv by iso2, in file order."""
    return {
        row["iso2"]: _Country(
            iso2=row["iso2"],
            name_en=row["name_en"],
            name_ar=row["name_ar"],
            aliases=_split(row["aliases_ar"]),
            adjectives=_split(row["adjective_ar"]) + _split(row["adjective_fem_ar"]),
            demonyms=_split(row["demonym_plural_ar"]),
            exclude=_split(row.get("exclude_ar")),
        )
        for row in _read_csv("countries.csv")
    }


def with_article(phrase: str) -> str:
    """روسي -> الروسي; كورية شمالية -> الكورية الشمالية (ال on every word)."""
    return " ".join(ARTICLE + w for w in phrase.split())


def without_article(phrase: str) -> str:
    """الروس -> روس; الكوريون الشماليون -> كوريون شماليون."""
    return " ".join(w[2:] if w.startswith(ARTICLE) and len(w) > 3 else w for w in phrase.split())


def _forms_of(country: _Country) -> list[CountryForm]:
    def make(form: str, kind: str) -> CountryForm:
        return CountryForm(form, country.iso2, kind, country.name_en)

    forms = [make(n, "name") for n in (country.name_ar, *country.aliases)]
    for adj in country.adjectives:
        forms += [make(adj, "adjective"), make(with_article(adj), "adjective")]
    for dem in country.demonyms:
        forms += [make(dem, "demonym"), make(without_article(dem), "demonym")]
    return forms


def _place_forms() -> list[CountryForm]:
    return [
        CountryForm(row["surface_ar"].strip(), row["iso2"], row["kind"], row["name_en"])
        for row in _read_csv("places.csv")
    ]


def _raw_forms() -> list[CountryForm]:
    """Every form from the data, once per (folded form, country, kind); no clash is dropped."""
    excluded = {(fold(x), c.iso2) for c in _countries().values() for x in c.exclude}
    seen: set[tuple[str, str, str]] = set()
    out = []
    for f in [f for c in _countries().values() for f in _forms_of(c)] + _place_forms():
        key = (fold(f.form), f.iso2, f.kind)
        if f.form and key not in seen and key[:2] not in excluded:
            seen.add(key)
            out.append(f)
    return out


def non_country_phrases() -> list[str]:
    """Phrases that are, or contain, a country form but name no country ("أمريكا اللاتينية",
    "بحر الصين الجنوبي", "مالي" = financial): a longest-match caller lets them win and drops them."""
    return [x for c in _countries().values() for x in c.exclude]


def clashes(forms: list[CountryForm]) -> dict[str, set[str]]:
    """Folded forms that name more than one country, with the countries they name."""
    by_form: dict[str, set[str]] = {}
    for f in forms:
        by_form.setdefault(fold(f.form), set()).add(f.iso2)
    return {k: v for k, v in by_form.items() if len(v) > 1}


@lru_cache(maxsize=1)
def _forms() -> tuple[CountryForm, ...]:
    raw = _raw_forms()
    ambiguous = clashes(raw)
    if ambiguous:  # the data tests forbid this; at run time, an ambiguous form names nobody
        warnings.warn(f"country forms naming several countries dropped: {ambiguous}", stacklevel=2)
    return tuple(f for f in raw if fold(f.form) not in ambiguous)


def country_forms() -> list[CountryForm]:
    """Every form: names and aliases, adjectives (masc./fem., with and without ال), demonyms
    (with and without ال) and places; no folded form names two countries."""
    return list(_forms())


def country_name_ar(iso2: str) -> str | None:
    """The Arabic display name of a country (CLDR), or None for an unknown code."""
    c = _countries().get(iso2.upper())
    return c.name_ar if c else None


def country_name_en(iso2: str) -> str | None:
    """The English display name of a country (CLDR), or None for an unknown code."""
    c = _countries().get(iso2.upper())
    return c.name_en if c else None


def all_iso2() -> list[str]:
    """Every ISO 3166-1 alpha-2 code in the data, sorted."""
    return sorted(_countries())


def adjective_forms(iso2: str) -> list[str]:
    """The nationality adjectives of a country, masc. and fem., with and without ال."""
    code = iso2.upper()
    return [f.form for f in _forms() if f.iso2 == code and f.kind == "adjective"]

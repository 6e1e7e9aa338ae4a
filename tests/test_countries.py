"""Country knowledge: the data files' integrity and what the loader makes of them."""
from __future__ import annotations

import csv
from importlib import resources
from pathlib import Path

import pycountry
import pytest

from core.countries import (
    CountryForm,
    _raw_forms,
    adjective_forms,
    all_iso2,
    clashes,
    country_forms,
    country_name_ar,
    country_name_en,
    non_country_phrases,
)
from core.normalize import fold

ROOT = Path(__file__).resolve().parents[1]
ISO2 = {c.alpha_2 for c in pycountry.countries}
PLACE_KINDS = {"capital", "seat", "metonym", "region"}


def _rows(name: str) -> list[dict[str, str]]:
    text = resources.files("core").joinpath("data", name).read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines()))


def _lookup() -> dict[str, CountryForm]:
    return {fold(f.form): f for f in country_forms()}


def test_countries_every_iso_country_has_one_row():
    """countries.csv has exactly one row per ISO 3166-1 country."""
    codes = [r["iso2"] for r in _rows("countries.csv")]
    assert len(codes) == len(set(codes))
    assert set(codes) == ISO2
    assert all_iso2() == sorted(ISO2)


@pytest.mark.parametrize("name", ["countries.csv", "places.csv"])
def test_countries_data_has_no_empty_or_padded_values(name):
    """No cell of either file holds an empty alternative or stray spaces."""
    for row in _rows(name):
        for column, cell in row.items():
            for value in cell.split("|") if cell else []:
                assert value and value == value.strip(), (name, row, column)


def test_countries_every_row_has_both_names():
    """Every country has an English and an Arabic name."""
    for row in _rows("countries.csv"):
        assert row["name_en"] and row["name_ar"], row


def test_countries_places_are_known_countries_and_kinds():
    """Every place names a known country and one of the three place kinds."""
    for row in _rows("places.csv"):
        assert row["iso2"] in ISO2, row
        assert row["kind"] in PLACE_KINDS, row
        assert row["surface_ar"] and row["name_en"], row


def test_countries_no_folded_form_names_two_countries():
    """The data itself is unambiguous: no folded form names two countries."""
    assert clashes(_raw_forms()) == {}


def test_countries_place_rows_are_unique():
    """places.csv lists each spelling of a place once."""
    keys = [(fold(r["surface_ar"]), r["iso2"]) for r in _rows("places.csv")]
    assert len(keys) == len(set(keys))


def test_countries_clashes_reports_forms_of_two_countries():
    """clashes() names a folded form shared by two countries, and only that one."""
    forms = [
        CountryForm("كونغولي", "CD", "adjective", "Congo - Kinshasa"),
        CountryForm("الكونغولي", "CG", "adjective", "Congo - Brazzaville"),
        CountryForm("كونغولى", "CG", "adjective", "Congo - Brazzaville"),
        CountryForm("روسي", "RU", "adjective", "Russia"),
    ]
    assert clashes(forms) == {fold("كونغولي"): {"CD", "CG"}}


def test_countries_non_country_phrases_contain_a_country_form():
    """Each non-country phrase contains (or is) a form of its country, else it blocks nothing."""
    emitted: dict[str, set[str]] = {}
    for f in country_forms():
        emitted.setdefault(f.iso2, set()).add(fold(f.form))
    for row in _rows("countries.csv"):
        own = {fold(v) for col in ("name_ar", "aliases_ar") for v in row[col].split("|") if v}
        for phrase in row["exclude_ar"].split("|") if row["exclude_ar"] else []:
            words = fold(phrase)
            assert words in own or any(e in words for e in emitted[row["iso2"]]), phrase


@pytest.mark.parametrize("phrase", ["أمريكا اللاتينية", "بحر الصين الجنوبي", "ولاية جورجيا",
                                    "جامعة كولومبيا", "المحيط الهندي", "مالي",
                                    "كلاوس", "بروسيا"])
def test_countries_non_country_phrases_listed(phrase):
    """Well-known phrases that contain a country form but name no country are offered as blockers."""
    assert phrase in non_country_phrases()


def test_countries_forms_are_well_formed():
    """Every form is non-empty, of a known kind, and of a known country."""
    kinds = {"name", "adjective", "demonym"} | PLACE_KINDS
    for f in country_forms():
        assert f.form.strip() == f.form and f.form, f
        assert f.kind in kinds and f.iso2 in ISO2 and f.name_en, f


@pytest.mark.parametrize(
    ("form", "iso2", "kind"),
    [
        ("الروسية", "RU", "adjective"),
        ("الإيرانية", "IR", "adjective"),
        ("الأمريكية", "US", "adjective"),
        ("الأميركية", "US", "adjective"),
        ("الصينية", "CN", "adjective"),
        ("الفرنسي", "FR", "adjective"),
        ("الألمانية", "DE", "adjective"),
        ("البريطاني", "GB", "adjective"),
        ("النرويجي", "NO", "adjective"),
        ("الجورجية", "GE", "adjective"),
        ("المولدوفية", "MD", "adjective"),
        ("الرومانية", "RO", "adjective"),
        ("السوفييتية", "RU", "adjective"),
        ("السوفيتي", "RU", "adjective"),
        ("الكورية الشمالية", "KP", "adjective"),
        ("كوري جنوبي", "KR", "adjective"),
        ("التركية", "TR", "adjective"),
        ("السعودي", "SA", "adjective"),
        ("الإسرائيلية", "IL", "adjective"),
        ("الأوكراني", "UA", "adjective"),
        ("الإيرانيون", "IR", "demonym"),
        ("الإيرانيين", "IR", "demonym"),
        ("الروس", "RU", "demonym"),
        ("روس", "RU", "demonym"),
        ("الأميركيين", "US", "demonym"),
        ("الكرملين", "RU", "seat"),
        ("البيت الأبيض", "US", "seat"),
        ("داونينغ ستريت", "GB", "seat"),
        ("موسكو", "RU", "capital"),
        ("بكين", "CN", "capital"),
        ("طهران", "IR", "capital"),
        ("تايوان", "TW", "name"),
        ("الصين", "CN", "name"),
        ("أمريكا", "US", "name"),
        ("بريطانيا", "GB", "name"),
        ("مولدافيا", "MD", "name"),
        ("روسيا البيضاء", "BY", "name"),
        ("السعودية", "SA", "name"),
        ("فلسطين", "PS", "name"),
        ("جمهورية مالي", "ML", "name"),
        ("النروج", "NO", "name"),
        ("الإنجليز", "GB", "demonym"),
        ("قصر الإليزيه", "FR", "seat"),
        ("لندن", "GB", "capital"),
        ("كييف", "UA", "capital"),
        ("بوخارست", "RO", "capital"),
        ("تبليسي", "GE", "capital"),
        ("كيشيناو", "MD", "capital"),
        ("الولايات المتحدة المكسيكية", "MX", "name"),
        ("أيرلندا الشمالية", "GB", "name"),
        ("الدانماركية", "DK", "adjective"),
    ],
)
def test_countries_form_resolves_to_country(form, iso2, kind):
    """A newspaper form resolves, after folding, to its country and kind."""
    found = [f for f in country_forms() if fold(f.form) == fold(form)]
    assert {f.iso2 for f in found} == {iso2}
    assert kind in {f.kind for f in found}


@pytest.mark.parametrize(
    "form",
    ["عربي", "العربية", "العربي", "كوري", "الكورية", "الكونغو", "كونغولي", "مالي", "المالية", "أوروبي",
     "الأوروبية", "الاتحاد الأوروبي", "بروكسل", "جيرسي", "بنين"],
)
def test_countries_ambiguous_or_non_country_forms_are_absent(form):
    """Forms that are not one country (or are common words) name no country."""
    assert fold(form) not in _lookup()


@pytest.mark.parametrize(
    ("iso2", "name_ar", "name_en"),
    [("RU", "روسيا", "Russia"), ("US", "الولايات المتحدة", "United States"),
     ("GB", "المملكة المتحدة", "United Kingdom"), ("IR", "إيران", "Iran"),
     ("KP", "كوريا الشمالية", "North Korea"), ("md", "مولدوفا", "Moldova")],
)
def test_countries_names_come_from_cldr(iso2, name_ar, name_en):
    """Display names are CLDR's, and codes are case-insensitive."""
    assert country_name_ar(iso2) == name_ar
    assert country_name_en(iso2) == name_en


def test_countries_unknown_code_has_no_name():
    """An unknown code gives None rather than raising."""
    assert country_name_ar("XX") is None and country_name_en("SU") is None


@pytest.mark.parametrize(
    ("iso2", "expected"),
    [("RU", {"روسي", "الروسي", "روسية", "الروسية"}),
     ("US", {"أمريكي", "الأميركية"}),
     ("KP", {"كوري شمالي", "الكورية الشمالية"})],
)
def test_countries_adjective_forms_cover_article_and_gender(iso2, expected):
    """adjective_forms gives masculine and feminine, with and without ال."""
    assert expected <= set(adjective_forms(iso2))


def test_countries_forms_are_cached_copies():
    """country_forms returns a fresh list each call, so a caller cannot corrupt the cache."""
    first = country_forms()
    first.clear()
    assert country_forms()



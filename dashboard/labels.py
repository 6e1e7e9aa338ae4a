"""Names, colours and symbols shared by every view: countries, event types, relations.

Pure data and tiny lookups; no Streamlit. Country names come from CLDR (babel), so every ISO
code the corpus names gets an Arabic and English name without a hand-kept list.
"""
from __future__ import annotations

from functools import lru_cache

from dashboard.rtl import text_of

PRIORITY_COUNTRIES = ("RU", "IR", "US")
NO_COUNTRY = "—"  # the lane/legend entry for events or actors without a country

EVENT_TYPES = ("accuse", "deny", "cyber", "consult", "support", "decline_comment", "statement")
EVENT_LABELS = {
    "accuse": ("اتهام", "accuse"),
    "deny": ("نفي", "deny"),
    "cyber": ("هجوم سيبراني", "cyber"),
    "consult": ("اتصال", "consult"),
    "support": ("دعم", "support"),
    "decline_comment": ("رفض التعليق", "decline comment"),
    "statement": ("تصريح", "statement"),
}
# Okabe–Ito based: distinguishable for colour-blind readers, and each type also has its own shape.
EVENT_COLOURS = {
    "accuse": "#D55E00", "deny": "#009E73", "cyber": "#CC79A7", "consult": "#0072B2",
    "support": "#E69F00", "decline_comment": "#7F7F7F", "statement": "#56B4E9",
}
EVENT_SYMBOLS = {
    "accuse": "triangle-up", "deny": "square", "cyber": "x", "consult": "circle",
    "support": "diamond", "decline_comment": "hexagon", "statement": "star",
}
EXACT_PRECISION = "day"

RELATIONS = {
    "accuse": "accuses", "deny": "denies", "consult": "contact", "support": "support", "cyber": "cyber",
}
RELATION_COLOURS = {
    "accuses": "#D55E00", "denies": "#009E73", "contact": "#0072B2", "support": "#E69F00",
    "cyber": "#CC79A7", "other": "#9E9E9E",
}
RELATION_AR = {
    "accuses": "يتهم", "denies": "ينفي", "contact": "اتصال", "support": "يدعم", "cyber": "سيبراني",
    "other": "أخرى",
}

COUNTRY_COLOURS = {"RU": "#C62828", "IR": "#2E7D32", "US": "#1565C0", "CN": "#F9A825", NO_COUNTRY: "#9E9E9E"}
_PALETTE = ["#6A1B9A", "#00838F", "#EF6C00", "#4E342E", "#AD1457", "#283593", "#558B2F",
            "#00695C", "#5D4037", "#37474F", "#9E9D24", "#D84315"]


@lru_cache(maxsize=2)
def _territories(locale: str) -> dict[str, str]:
    try:
        from babel import Locale

        return dict(Locale(locale).territories)
    except Exception:  # babel missing or broken: codes are still shown
        return {}


def country_code(value: object) -> str:
    """An ISO code, or the no-country marker."""
    code = text_of(value).strip().upper()
    return code or NO_COUNTRY


def flag(code: str) -> str:
    """The flag emoji of an ISO 3166-1 alpha-2 code ("" for anything else)."""
    if len(code) != 2 or not code.isalpha() or not code.isascii():
        return ""
    return "".join(chr(0x1F1E6 + ord(c) - ord("A")) for c in code.upper())


def country_name(code: object, lang: str = "ar") -> str:
    """The country's name in Arabic (default) or English; the code when CLDR does not know it."""
    code = country_code(code)
    if code == NO_COUNTRY:
        return "بلا بلد" if lang == "ar" else "no country"
    return _territories(lang).get(code, code)


def country_label(code: object) -> str:
    """`IR · إيران / Iran`: code first, so it reads in every direction."""
    code = country_code(code)
    if code == NO_COUNTRY:
        return f"{NO_COUNTRY} · بلا بلد / none"
    return f"{code} · {country_name(code, 'ar')} / {country_name(code, 'en')}"


def country_colour(code: object) -> str:
    code = country_code(code)
    if code in COUNTRY_COLOURS:
        return COUNTRY_COLOURS[code]
    return _PALETTE[sum(map(ord, code)) % len(_PALETTE)]


def order_countries(codes) -> list[str]:
    """RU, IR, US first (when present or not), then every other code alphabetically."""
    others = sorted({country_code(c) for c in codes} - set(PRIORITY_COUNTRIES) - {NO_COUNTRY})
    return [*PRIORITY_COUNTRIES, *others]


def event_label(event_type: object) -> str:
    ar, en = EVENT_LABELS.get(text_of(event_type), (text_of(event_type), text_of(event_type)))
    return f"{en} · {ar}"


def event_colour(event_type: object) -> str:
    return EVENT_COLOURS.get(text_of(event_type), "#616161")


def event_symbol(event_type: object, precision: object) -> str:
    """The marker shape of a type; hollow ("-open") unless the date is exact to the day."""
    base = EVENT_SYMBOLS.get(text_of(event_type), "circle")
    return base if text_of(precision) == EXACT_PRECISION else f"{base}-open"


def relation_of(event_type: object) -> str:
    return RELATIONS.get(text_of(event_type), "other")

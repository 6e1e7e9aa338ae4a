"""Build core/data/countries.csv from CLDR (through babel) plus a short curated layer.

Run:  python scripts/build_countries.py            (rewrites core/data/countries.csv)
      python scripts/build_countries.py --check    (exits 1 if the committed file is stale)

Where each column comes from:
- iso2: every ISO 3166-1 alpha-2 code that pycountry knows (no Kosovo, no EU, no USSR).
- name_en, name_ar: CLDR territory names (babel), except NAME_AR_OVERRIDES for display names
  that CLDR words awkwardly ("هونغ كونغ الصينية (منطقة إدارية خاصة)"); the CLDR wording is then
  kept as an alias.
- aliases_ar: ALIASES, curated: spellings and long forms newspapers use.
- adjective_ar: the nisba rule (nisba() below) for sovereign states with a one-word name, else
  ADJECTIVES; ADJECTIVES wins where both exist, and "" there means "no adjective on purpose"
  (ambiguous with another country or with a common word, or not sure of the usual form).
- adjective_fem_ar: the masculine + ة on every word (كوري شمالي -> كورية شمالية).
- demonym_plural_ar: the sound plurals of every adjective, with ال (الإيرانيون|الإيرانيين), plus
  BROKEN_PLURALS (الروس، الألمان، الأتراك ...).
- exclude_ar: EXCLUDE, curated: phrases that are, or contain, a form of this country (also
  behind a clitic: كلاوس = ك + لاوس) but do not name it. A form equal to one is never emitted ("مالي" = financial, "بنين" = boys); longer ones
  ("أمريكا اللاتينية", "بحر الصين الجنوبي", "جامعة كولومبيا") are offered to callers as blockers
  for longest-match lookups (core.countries.non_country_phrases).
Multiple values in a cell are "|"-separated. Forms are raw Arabic; callers fold them.
"""
from __future__ import annotations

import argparse
import csv
import io
import sys
from pathlib import Path

import babel
import pycountry

# The CLDR and ISO data the committed CSV was built from; --check is only meaningful with these.
BUILT_WITH = {"babel": "2.18.0", "pycountry": "26.2.16"}
OUT = Path(__file__).resolve().parents[1] / "core" / "data" / "countries.csv"
COLUMNS = [
    "iso2", "name_en", "name_ar", "aliases_ar", "adjective_ar", "adjective_fem_ar",
    "demonym_plural_ar", "exclude_ar",
]

# Display names where CLDR's wording is not what a reader expects; CLDR's stays an alias.
NAME_AR_OVERRIDES = {
    "HK": "هونغ كونغ",
    "MO": "ماكاو",
    "MM": "ميانمار",
    "CD": "جمهورية الكونغو الديمقراطية",
    "CG": "جمهورية الكونغو",
    "TL": "تيمور الشرقية",
    "CC": "جزر كوكوس",
    "PS": "فلسطين",  # CLDR: "الأراضي الفلسطينية"; Arabic outlets write فلسطين
}

# Not sovereign states: no adjective is derived for them by rule.
TERRITORIES = {
    "AQ", "AS", "AI", "AW", "AX", "BL", "BM", "BQ", "BV", "CC", "CK", "CW", "CX", "EH", "FK",
    "FO", "GF", "GG", "GI", "GL", "GP", "GS", "GU", "HK", "HM", "IM", "IO", "JE", "KY", "MF",
    "MO", "MP", "MQ", "MS", "NC", "NF", "NU", "PF", "PM", "PN", "PR", "RE", "SH", "SJ", "SX",
    "TC", "TF", "TK", "UM", "VG", "VI", "WF", "YT",
}

ALIASES = {
    "US": "أمريكا|أميركا|الولايات المتحدة الأمريكية|الولايات المتحدة الأميركية",
    "GB": "بريطانيا|بريطانيا العظمى|إنجلترا|إنكلترا|اسكتلندا|أيرلندا الشمالية|إيرلندا الشمالية",
    "RU": "روسيا الاتحادية|الاتحاد الروسي|الاتحاد السوفيتي|الاتحاد السوفييتي|الاتحاد السوفياتي",
    "IR": "جمهورية إيران الإسلامية|الجمهورية الإسلامية الإيرانية",
    "CN": "جمهورية الصين الشعبية|الصين الشعبية",
    "KP": "جمهورية كوريا الديمقراطية الشعبية|كوريا الديمقراطية",
    "KR": "جمهورية كوريا",
    "UY": "الأوروغواي|أوروغواي|الأوروجواي|أوروجواي|الأورغواي",
    "PY": "الباراغواي|باراغواي|الباراجواي",
    "DE": "جمهورية ألمانيا الاتحادية",
    "FR": "الجمهورية الفرنسية",
    "SA": "السعودية|المملكة السعودية",
    "AE": "الإمارات|دولة الإمارات|دولة الإمارات العربية المتحدة",
    "QA": "دولة قطر",
    "KW": "دولة الكويت",
    "BH": "مملكة البحرين",
    "OM": "سلطنة عمان|سلطنة عُمان",
    "JO": "المملكة الأردنية الهاشمية",
    "SY": "سورية|الجمهورية العربية السورية",
    "IQ": "جمهورية العراق",
    "LB": "الجمهورية اللبنانية",
    "PS": "دولة فلسطين|الأراضي الفلسطينية المحتلة",
    "EG": "جمهورية مصر العربية",
    "LY": "دولة ليبيا",
    "TN": "الجمهورية التونسية",
    "DZ": "الجمهورية الجزائرية",
    "MA": "المملكة المغربية",
    "SD": "جمهورية السودان",
    "YE": "الجمهورية اليمنية",
    "TR": "الجمهورية التركية",
    "IL": "دولة إسرائيل",
    "BY": "بيلاروسيا|روسيا البيضاء|بيلوروسيا",
    "MD": "مولدافيا|جمهورية مولدوفا",
    "AM": "أرمينية",
    "HU": "المجر",
    "CZ": "جمهورية التشيك|تشيكيا",
    "NL": "مملكة هولندا",
    "DK": "الدنمارك|الدنمرك",
    "IS": "أيسلندا",
    "IE": "إيرلندا|جمهورية أيرلندا",
    "BA": "البوسنة",
    "MK": "مقدونيا",
    "ME": "مونتينيغرو",
    "KG": "قرغيزستان",
    "BD": "بنجلاديش",
    "PH": "الفيليبين",
    "MM": "ميانمار (بورما)|بورما",
    "NZ": "نيوزيلاندا",
    "NI": "نيكاراجوا",
    "ZA": "جنوب إفريقيا",
    "CF": "جمهورية إفريقيا الوسطى|أفريقيا الوسطى|إفريقيا الوسطى",
    "CD": "الكونغو - كينشاسا|الكونغو الديمقراطية|الكونغو كينشاسا",
    "CG": "الكونغو - برازافيل|الكونغو برازافيل",
    "CI": "كوت ديفوار",
    "ML": "جمهورية مالي|دولة مالي",
    "BJ": "جمهورية بنين",
    "BF": "بوركينافاسو",
    "SS": "دولة جنوب السودان",
    "MR": "الجمهورية الإسلامية الموريتانية",
    "VA": "الكرسي الرسولي|دولة الفاتيكان",
    "HK": "هونغ كونغ الصينية (منطقة إدارية خاصة)|هونج كونج",
    "MO": "منطقة ماكاو الإدارية الخاصة",
    "TL": "تيمور - ليشتي",
    "CC": "جزر كوكوس (كيلينغ)",
    "UA": "أوكرانيه",
    "NO": "النروج",
    "MX": "الولايات المتحدة المكسيكية",
    "LT": "لتوانيا",
    "KZ": "قازاقستان|كزاخستان",
    "VN": "فييتنام",
    "TH": "تايلندا|تايلند",
    "PE": "البيرو",
    "GT": "جواتيمالا",
    "UG": "أوجندا",
    "SN": "السنجال",
    "GA": "الجابون",
    "SG": "سنجافورة",
    "MN": "منجوليا",
    "VE": "جمهورية فنزويلا البوليفارية|فينزويلا",
    "LK": "سيريلانكا",
}

# Curated nationality adjectives (masculine, without ال). "" = none on purpose.
ADJECTIVES = {
    "US": "أمريكي|أميركي",
    "GB": "بريطاني",
    "SA": "سعودي",
    "AE": "إماراتي",
    "PS": "فلسطيني",
    "KP": "كوري شمالي",
    "KR": "كوري جنوبي",
    "RU": "روسي|سوفيتي|سوفييتي|سوفياتي",  # Soviet: historical KGB, USSR
    "AT": "نمساوي",
    "AM": "أرمني|أرميني",
    "AZ": "أذربيجاني|أذري",
    "HU": "مجري|هنغاري",
    "KZ": "كازاخستاني|كازاخي",
    "UZ": "أوزبكستاني|أوزبكي",
    "KG": "قرغيزي|قيرغيزي|قرغيزستاني|قيرغيزستاني",
    "TJ": "طاجيكي|طاجيكستاني",
    "TM": "تركمانستاني",  # تركماني is also Iraq's and Syria's Turkmen
    "AF": "أفغاني",
    "BA": "بوسني",
    "MK": "مقدوني",
    "CZ": "تشيكي",
    "DK": "دنماركي|دانمركي|دانماركي|دنمركي",
    "MD": "مولدوفي|مولدافي",
    "BY": "بيلاروسي|بيلوروسي",
    "CI": "إيفواري",
    "PE": "بيروفي",
    "TG": "توغولي",
    "MV": "مالديفي",
    "DO": "دومينيكاني",
    "MM": "ميانماري|بورمي",
    "GL": "غرينلاندي",
    "PR": "بورتوريكي",
    "NO": "نرويجي|نروجي",
    "LT": "ليتواني|لتواني",
    "TH": "تايلاندي|تايلندي",
    "VE": "فنزويلي|فينزويلي",
    "GT": "غواتيمالي|جواتيمالي",
    "BD": "بنغلاديشي|بنجلاديشي",
    "UG": "أوغندي|أوجندي",
    "SN": "سنغالي|سنجالي",
    "GA": "غابوني|جابوني",
    "MN": "منغولي|منجولي",
    "IS": "آيسلندي|أيسلندي",
    "IE": "أيرلندي|إيرلندي",
    "PH": "فلبيني|فيليبيني",
    "ZA": "",  # "جنوب أفريقي" takes ال on one word only; the name covers it
    "CD": "", "CG": "",  # كونغولي is either Congo
    "ML": "",  # مالي / المالية = financial
    "KM": "",  # قمري = lunar
    "DM": "",  # دومينيكي vs Dominican Republic
    "GQ": "", "GW": "", "PG": "",  # غيني stays Guinea's
    "SS": "",
    "BN": "", "MC": "", "WS": "", "TO": "", "NR": "", "TV": "", "KI": "", "PW": "", "VU": "",
    "MH": "", "SB": "", "FM": "", "PY": "", "UY": "", "MU": "", "SZ": "", "LS": "", "CV": "",
    "ST": "", "SC": "", "AD": "", "BB": "", "GD": "", "LC": "", "VC": "", "KN": "", "AG": "",
    "TT": "", "BZ": "", "LI": "", "BS": "", "ME": "", "TL": "", "SM": "",
    # names ending in ي or و, where the rule abstains: the usual adjective is the name itself
    "DJ": "جيبوتي", "HT": "هايتي", "BI": "بوروندي", "ZW": "زيمبابوي", "MW": "ملاوي",
    "CL": "تشيلي",
}

# Irregular (broken) plurals for people, with ال; sound plurals are added by rule.
BROKEN_PLURALS = {
    "RU": "الروس|السوفيت|السوفييت|روسا",  # "روسا": accusative indefinite ("قراصنة روسا")
    "US": "الأمريكان|الأميركان",
    "GB": "الإنجليز|الإنكليز",
    "DE": "الألمان",
    "TR": "الأتراك",
    "IN": "الهنود",
    "AF": "الأفغان",
    "AM": "الأرمن",
    "ES": "الإسبان",
    "RS": "الصرب",
    "BG": "البلغار",
    "HR": "الكروات",
    "CZ": "التشيك",
    "SK": "السلوفاك",
    "UZ": "الأوزبك",
    "KZ": "الكازاخ",
    "TJ": "الطاجيك",
    "MA": "المغاربة",
    "TN": "التوانسة",
}

# Forms that are also common words or name something else: never emitted as country forms.
EXCLUDE = {
    "ML": "مالي",  # financial (دعم مالي)
    "BJ": "بنين",  # boys, sons
    "JE": "جيرسي",  # نيو جيرسي (New Jersey)
    "US": "أمريكا اللاتينية|أمريكا الجنوبية|أمريكا الشمالية|أمريكا الوسطى|أميركا اللاتينية"
    "|أميركا الجنوبية|أميركا الشمالية|أميركا الوسطى|جورج واشنطن|واشنطن بوست|واشنطن تايمز",
    "GE": "ولاية جورجيا",  # the US state
    "IN": "المحيط الهندي|الهنود الحمر|الهند الصينية|جزر الهند الغربية|جزر الهند الشرقية",
    "CN": "بحر الصين الجنوبي|بحر الصين الشرقي",
    "JP": "بحر اليابان",
    "OM": "خليج عمان|بحر عمان",
    "MX": "خليج المكسيك",
    "CO": "كولومبيا البريطانية|مقاطعة كولومبيا|جامعة كولومبيا",
    "GN": "غينيا الجديدة",
    "MA": "المغرب العربي|دول المغرب",
    "NE": "نهر النيجر|دلتا النيجر",
    "JO": "نهر الأردن",
    "IL": "بني إسرائيل",
    "RU": "موسكو تايمز|بروسيا|فروسية|بروس|كروس",  # Prussia, chivalry, Bruce, Kroos: ب/ف/ك + form
    # a clitic (و ف ب ل ك) glued to a form can spell another word: the caller's prefix stripping
    # must not read these as countries
    "LA": "كلاوس",  # Klaus (كلاوس يوهانيس)
    "KR": "كسول",  # lazy; ك + سول (Seoul)
    "KE": "بكيني",  # bikini
}

_DIACRITICS = "".join(chr(c) for c in range(0x064B, 0x0653)) + "\u0670"


def _strip_article(word: str) -> str:
    return word[2:] if word.startswith("ال") and len(word) > 3 else word


def nisba(name_ar: str) -> str | None:
    """The regular nationality adjective of a one-word country name, or None when unsure."""
    name = "".join(ch for ch in name_ar if ch not in _DIACRITICS)
    if " " in name or "-" in name or "(" in name:
        return None
    stem = _strip_article(name)
    if stem.endswith("ة"):
        stem = stem[:-1]
    elif stem.endswith("ا"):
        stem = stem[:-1]  # روسيا -> روسي (the ي is already there), فرنسا -> فرنس
    elif stem.endswith(("و", "ي", "ى")):
        return None  # توغو, بيرو, ملاوي: the rule says nothing reliable here
    return stem if stem.endswith("ي") else stem + "ي"


def feminine(adjective: str) -> str:
    """كوري شمالي -> كورية شمالية: ة after every word."""
    return " ".join(w + "ة" for w in adjective.split())


def sound_plurals(adjective: str) -> list[str]:
    """الإيرانيون, الإيرانيين; every word of a multiword adjective takes ال and the ending."""
    words = adjective.split()
    return [" ".join("ال" + w + ending for w in words) for ending in ("ون", "ين")]


def _split(cell: str) -> list[str]:
    return [v.strip() for v in cell.split("|") if v.strip()]


def _join(values) -> str:
    seen: list[str] = []
    for v in values:
        if v and v not in seen:
            seen.append(v)
    return "|".join(seen)


def build_rows() -> list[dict[str, str]]:
    """One row per ISO 3166-1 country, in code order."""
    ar = babel.Locale("ar").territories
    en = babel.Locale("en").territories
    rows = []
    for iso2 in sorted(c.alpha_2 for c in pycountry.countries):
        cldr_ar = ar[iso2]
        name_ar = NAME_AR_OVERRIDES.get(iso2, cldr_ar)
        aliases = [a for a in _split(ALIASES.get(iso2, "")) + [cldr_ar] if a != name_ar]
        if iso2 in ADJECTIVES:
            adjectives = _split(ADJECTIVES[iso2])
        elif iso2 in TERRITORIES:
            adjectives = []
        else:
            rule = nisba(name_ar)
            adjectives = [rule] if rule else []
        demonyms = _split(BROKEN_PLURALS.get(iso2, ""))
        for adj in adjectives:
            demonyms += sound_plurals(adj)
        rows.append({
            "iso2": iso2,
            "name_en": en[iso2],
            "name_ar": name_ar,
            "aliases_ar": _join(aliases),
            "adjective_ar": _join(adjectives),
            "adjective_fem_ar": _join(feminine(a) for a in adjectives),
            "demonym_plural_ar": _join(demonyms),
            "exclude_ar": EXCLUDE.get(iso2, ""),
        })
    return rows


def render(rows: list[dict[str, str]]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the committed CSV is stale")
    args = parser.parse_args(argv)
    text = render(build_rows())
    if args.check:
        if OUT.read_text(encoding="utf-8") != text:
            print(f"{OUT} is stale: run scripts/build_countries.py", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({text.count(chr(10)) - 1} countries)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

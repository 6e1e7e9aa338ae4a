"""Temporal expressions in Arabic news text, resolved against the publication date.

Reads: a text (or a stretch of it) and the date it was published (the *anchor*).
Adds: `DateMention`s whose offsets index the original text, each with a value and a precision
(`day`, `month`, `year`, `approximate`) and a `relative` flag (True when the value needed the
anchor: relative phrases, weekdays, dates without a year).

Who parses what:
- Arabic, Levantine and Maghrebi forms: our own regexes on folded text (`core.normalize.fold`),
  built once from the vocabulary in `core/data/` (months.csv, weekdays.csv, relative_dates.csv,
  date_words.csv). dateparser 1.5 reads complete Arabic dates ("25 أكتوبر 2024") correctly but,
  checked phrase by phrase (tests/test_dates.py, DATEPARSER_GAPS): `parse` returns None for ordinal
  days ("الخامس من نوفمبر"), Levantine months ("تشرين الأول 2024"), paired months ("شباط/ فبراير"),
  parts of a period ("أواخر عام 2022"), weekday phrases ("يوم أمس الثلاثاء", "اليوم الجمعة"),
  "الشهر الجاري" and "هذا العام"; `search_dates` splits "أمس الجمعة" into two dates, reads
  "الخامس من نوفمبر" as 25 November and the name "انتخابات أمريكا 2024" as a date; missing days are
  filled with the anchor's day ("يونيو 2024" -> 25 June) and missing years are not the nearest ones
  ("5 يناير" near 20 December 2024 -> January 2024). It also costs ~100x our regexes per sentence.
- English dates inside Arabic text ("25th, October 2024", "October 25, 2024"): our regex finds the
  span, then `dateparser.parse(..., languages=["en"])` reads it (cached per surface), with our own
  reading as the fallback. dateparser is imported lazily and never runs on text the regexes have
  not already picked out.
"""
from __future__ import annotations

import bisect
import csv
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from importlib.resources import files

from core.model import DateMention
from core.normalize import Folded, fold, fold_with_offsets

_HEAD = 400  # characters at the top of an article where a dateline may stand
# Before a dateline's date: nothing, "(", or a place of up to three words and a dash ("بيروت –").
_WORD = r"(?:[^\W\d_]|[\u064b-\u0652])+"  # letters, with harakat ("عمّان")
# A Hijri date before the Gregorian one ("الثلاثاء - 26 ربيع الآخر 1446 هـ - 29 أكتوبر 2024 مـ").
_HIJRI = rf"[0-3]?\d\s+(?:{_WORD}\s+){{1,2}}1[34]\d\d\s*هـ?"
# Place, outlet and Hijri date before it, each closed by a dash, colon or bar, or a slash ("فيلنيوس/ الأناضول - ").
_DATELINE_LEAD = re.compile(rf"\s*(?:\(|(?:(?:(?:{_WORD}\s+){{0,2}}{_WORD}|{_HIJRI})\s*[-–—:|/]\s*){{1,3}})?\s*")
# A wire dateline with a numeric day and month and no year: "كيشيناو - 1 - 11 (كونا) --".
_NUMERIC_DATELINE = re.compile(rf"^\s*{_WORD}(?:\s+{_WORD})?\s*[-–]\s*(?P<d>[0-3]?\d)\s*[-–/]\s*(?P<m>[01]?\d)\s*\(", re.M)
# Between a marker and its date: punctuation or a time ("نشر في: 10:45 ص - 25/10/2024").
_MARKER_GAP = re.compile(r"[\s:،,|\-–]*(?:[\d٠-٩]{1,2}[:.][\d٠-٩]{2}\s*(?:ص|م|am|pm|AM|PM|GMT)?[\s،,|\-–]*)?")
_WINDOW = 6  # years either side searched when a weekday decides a missing year
# An agency dateline with a day and a month name and no year: "براغ في 4 أكتوبر / وام /" (folded text).
_AGENCY_DATELINE = re.compile(rf"^\s*{_WORD}(?:\s+{_WORD})?\s+في\s+(?P<d>[0-3]?\d)\s+(?P<mon>{_WORD})\s*/\s*{_WORD}\s*/", re.M)


# --------------------------------------------------------------------------- vocabulary


@dataclass(frozen=True)
class _Relative:
    unit: str  # day | week | month | year
    offset: int
    precision: str


@dataclass(frozen=True)
class _Lexicon:
    months: dict[str, int]  # folded form -> 1..12
    weekdays: dict[str, int]  # folded form -> 0 (Monday)..6
    relative: dict[str, _Relative]
    words: dict[str, dict[str, str]]  # role -> folded form -> value


def _rows(name: str) -> list[dict[str, str]]:
    with files("core").joinpath("data", name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _norm(form: str) -> str:
    return " ".join(fold(form).split())


@lru_cache(maxsize=1)
def lexicon() -> _Lexicon:
    """The date vocabulary from the data files, folded for matching.

    date_words.csv (form, role, value) holds the small words around dates, by role:
    ordinal (value: day 1-31), part (value: the month a part of a year starts in: أواخر 10,
    منتصف 7, صيف 7), year_word (عام), month_word (شهر), intro (في, منذ: kept out of the
    surface), direction (value -1/0/1: الماضي, الجاري, المقبل), day_intro (يوم, مساء),
    weekday_intro (منذ, حتى), weekday_follower (أن, إن: "الخميس أن"), not_before / not_after
    (words that make "اليوم" not today: طوال, التالي), verb_before_noun (غدا "became"),
    not_a_noun, event_name_before (ثورة, هجمات: "ثورة 25 يناير" is a name), ago_word (قبل, منذ: "قبل أسبوع من …" is not relative to the anchor),
    anaphor (ذلك العام: the year is elsewhere) and published_marker (تاريخ النشر).
    """
    words: dict[str, dict[str, str]] = {}
    for row in _rows("date_words.csv"):
        words.setdefault(row["role"], {})[_norm(row["form"])] = row["value"]
    return _Lexicon(
        months={_norm(r["form"]): int(r["month"]) for r in _rows("months.csv")},
        weekdays={_norm(r["form"]): int(r["weekday"]) for r in _rows("weekdays.csv")},
        relative={
            _norm(r["form"]): _Relative(r["unit"], int(r["offset"]), r["precision"])
            for r in _rows("relative_dates.csv")
        },
        words=words,
    )


# --------------------------------------------------------------------------- patterns


def _alt(forms) -> str:
    """A regex alternation of folded forms, longest first, any run of spaces between words."""
    forms = sorted(set(forms), key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(w) for w in f.split()) for f in forms)


def _clitic_alt(forms) -> str:
    """Forms with their proclitics: و/ف before anything; ب/ل before the article (بالأمس, للعام)."""
    article = [f[2:] for f in forms if f.startswith("ال")]
    bare = [f for f in forms if not f.startswith("ال")]
    parts = []
    if article:
        parts.append(rf"(?:[وف]?[بك]?ال|[وف]?لل)(?:{_alt(article)})")
    if bare:
        parts.append(rf"[وف]?(?:{_alt(bare)})")
    return "(?:" + "|".join(parts) + r")(?!\w)"


@dataclass(frozen=True)
class _Patterns:
    explicit: re.Pattern  # [weekday] day month [year] [direction]
    english: re.Pattern  # October 25, 2024
    month_year: re.Pattern  # [part] month year
    month: re.Pattern  # month alone, with something that makes it a date
    month_range: re.Pattern  # the first month of "من يناير إلى مارس 2024" takes the year of the second
    year: re.Pattern  # year with عام / في / منذ / part ...
    relative: re.Pattern  # relative phrases, maybe with a weekday
    weekday: re.Pattern  # يوم الأربعاء, ، السبت،
    numeric: re.Pattern  # 25/10/2024, 2024-10-25
    anaphor_after: re.Pattern  # "من ذلك العام": the year is elsewhere, do not guess
    years: re.Pattern  # any 4-digit year (for publication_date_from_text)
    marker: re.Pattern  # تاريخ النشر ...
    month_start: re.Pattern  # the first month name of a month expression


@lru_cache(maxsize=1)
def patterns() -> _Patterns:
    """Every regex, compiled once from the vocabulary."""
    lx = lexicon()
    w = lx.words
    lb = r"(?<!\w)"
    month_forms = list(lx.months)
    mon = rf"[وف]?(?:{_alt(month_forms)})(?!\w)"
    pair = rf"(?:{_alt(month_forms)})(?!\w)"  # the second name of a pair takes no و: "يناير وفبراير" is two months
    mon_expr = rf"(?P<mon>{mon}(?:\s*[/\-(]\s*{pair}\)?|\s+{pair})?)"
    # A month standing alone must be unmistakable: no English, no 2-3 letter forms (آب = أب "father").
    long_forms = [f for f in month_forms if not f.isascii() and (len(f) >= 4 or " " in f)]
    mon_long = rf"[وف]?(?:{_alt(long_forms)})(?!\w)"
    short = rf"[وف]?(?:{_alt(f for f in month_forms if f not in long_forms)})(?!\w)"
    pair_long = rf"(?:{_alt(long_forms)})(?!\w)"
    mon_long_expr = (rf"(?P<mon>{mon_long}(?:\s*[/\-(]\s*{pair}\)?|\s+{pair_long})?"
                     rf"|{short}\s*[/\-(]\s*{pair_long}\)?)")  # "آب/ أغسطس": a short form needs its pair
    year = r"(?P<y>(?:19|20)\d\d)(?!\d)(?:\s?م(?!\w))?"
    year_word = _alt(w["year_word"])
    ylink = rf"\s*[,،]?\s*(?:(?:من\s+)?(?:{year_word})\s+)?"
    part = rf"(?P<part>{_clitic_alt(w['part'])})"
    intro = rf"(?P<intro>{_clitic_alt(w['intro'])})"
    direction = rf"(?P<dir>{_alt(w['direction'])})(?!\w)"
    month_word = _alt(w["month_word"])
    weekday = rf"(?P<wd>{_clitic_alt(lx.weekdays)})"
    day_intro = rf"(?P<di>{_clitic_alt(w['day_intro'])})"
    day_rel = [f for f, r in lx.relative.items() if r.unit == "day"]
    ordinal = rf"(?P<dord>[وف]?(?:{_alt(w['ordinal'])}))"
    day = (
        rf"(?:[وف]?(?:ال|لل)?(?P<d>[0-3]?\d)(?!\d)(?:st|nd|rd|th)?\s*[,،]?\s*(?:من\s+)?"
        rf"|{ordinal}\s+من\s+)(?:(?:{month_word})\s+)?"
    )
    wd_prefix = (
        rf"(?:(?:(?P<wdi>(?:(?:{_alt(w['day_intro'])})\s+)?{_clitic_alt(day_rel)}|{_clitic_alt(w['day_intro'])})\s+)?"
        rf"{weekday}\s*[,،]?\s*)?"
    )
    english = _alt(f for f in month_forms if f.isascii())
    anaphor = _alt(w["anaphor"])
    return _Patterns(
        explicit=re.compile(
            rf"{lb}(?P<x>{wd_prefix}{day}{mon_expr}(?:{ylink}{year})?(?:\s+{direction})?)"
        ),
        english=re.compile(
            rf"{lb}(?P<x>(?:{weekday}\s*,?\s*)?(?P<mon>{english})\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
            rf"\s*,?\s*{year})"
        ),
        month_year=re.compile(
            rf"{lb}(?P<x>(?:{part}\s+(?:(?:من\s+)?(?:{month_word})\s+)?)?(?:(?:{month_word})\s+)?"
            rf"{mon_expr}{ylink}{year})"
        ),
        month=re.compile(
            rf"{lb}(?:{intro}\s+)?(?P<x>(?:{part}\s+)?(?:(?P<mw>{month_word})\s+)?{mon_long_expr}"
            rf"(?:\s+{direction})?)"
        ),
        month_range=re.compile(
            rf"{lb}(?P<x>(?P<mon>{mon}(?:\s*[/\-(]\s*{pair}\)?)?))(?=\s*(?:الي|حتي|-|–)?\s*(?P<mon2>{mon})"
            rf"(?:\s*[/\-(]\s*{pair}\)?)?{ylink}{year})"
        ),
        year=re.compile(rf"{lb}(?:{intro}\s+)?(?P<x>(?:{part}\s+)?(?:(?P<yw>{year_word})\s+)?{year})"),
        relative=re.compile(
            rf"{lb}(?:{intro}\s+)?(?P<x>(?:{part}\s+)?(?:{day_intro}\s+)?(?P<rel>{_clitic_alt(lx.relative)})"
            rf"(?:\s+{weekday})?)"
        ),
        weekday=re.compile(rf"{lb}(?:{intro}\s+)?(?P<x>(?:{day_intro}\s+)?{weekday}(?:\s+{direction})?)"),
        numeric=re.compile(
            r"(?<![\d/.\-])(?P<x>(?P<a>[0-3]?\d)(?P<s>[/.\-])(?P<b>[01]?\d)(?P=s)(?P<y>(?:19|20)\d\d)"
            r"|(?P<y2>(?:19|20)\d\d)(?P<s2>[/.\-])(?P<b2>[01]?\d)(?P=s2)(?P<a2>[0-3]?\d))(?![\d/.\-]?\d)"
        ),
        anaphor_after=re.compile(rf"\s*[,،]?\s*(?:من\s+)?(?:{anaphor})(?!\w)"),
        years=re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)"),
        marker=re.compile(rf"{lb}(?:{_alt(w['published_marker'])})(?!\w)\s*[:：\-–]?\s*"),
        month_start=re.compile(mon),
    )


# --------------------------------------------------------------------------- resolution helpers


def _strip_clitic(form: str, table: dict[str, object]) -> str | None:
    """The dictionary key inside a matched word: drop و/ف/ب/ك/ل proclitics, restore ال after لل."""
    form = " ".join(form.split())
    candidates = [form]
    for _ in range(2):
        nxt = []
        for f in candidates:
            if f[:1] in "وفبكل":
                nxt.append(f[1:])
            if f.startswith("لل"):
                nxt.append("ا" + f[1:])
        candidates += nxt
    for f in candidates:
        if f in table:
            return f
    return None


def _lookup(form: str, table: dict[str, int]) -> int | None:
    key = _strip_clitic(form, table)
    return None if key is None else table[key]


def _month_of(expr: str) -> int | None:
    """The month a month expression names ("شباط/ فبراير" -> 2); None when a pair disagrees."""
    months = {_lookup(name, lexicon().months) for name in patterns().month_start.findall(expr)}
    return months.pop() if len(months) == 1 else None


def _valid(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _resolve_year(anchor: date, month: int, day: int | None, direction: int | None,
                  weekday: int | None = None) -> date | None:
    """The year for a date written without one: by direction, by weekday, else the nearest."""
    cands = [c for y in range(anchor.year - 1, anchor.year + 2) if (c := _valid(y, month, day or 1))]
    if weekday is not None and day is not None:  # a weekday that fits no nearby year is a typo
        cands = [c for c in cands if c.weekday() == weekday] or cands
    if direction is not None:
        # "يوليو الماضي" / "5 نوفمبر المقبل": compare months (or days) with the anchor's
        unit = (lambda c: c.year * 12 + c.month) if day is None else date.toordinal
        here = unit(anchor)
        if direction == -1:
            return max((c for c in cands if unit(c) <= here), key=unit, default=None)
        if direction == 1:
            return min((c for c in cands if unit(c) >= here), key=unit, default=None)
        return next((c for c in cands if c.year == anchor.year), None)
    # nearest; a month is measured from its middle; a tie goes to the past
    middle = (lambda c: c.replace(day=15)) if day is None else (lambda c: c)
    return min(cands, key=lambda c: (abs((middle(c) - anchor).days), middle(c) > anchor), default=None)


def _weekday_near(anchor: date, weekday: int, offset: int = 0, direction: int | None = None) -> date:
    """The date of `weekday` near anchor+offset: on or before it, or after it for the future."""
    target = anchor + timedelta(days=offset)
    if direction == 1 or offset > 0:
        delta = (weekday - target.weekday()) % 7 or (7 if direction == 1 else 0)
        return target + timedelta(days=delta)
    if direction == -1 and offset == 0:
        target -= timedelta(days=1)
    return target - timedelta(days=(target.weekday() - weekday) % 7)


def _shift_month(d: date, months: int) -> date:
    n = d.year * 12 + d.month - 1 + months
    return date(n // 12, n % 12 + 1, 1)


def _word_before(ftext: str, pos: int) -> str:
    m = re.search(r"(\w+)\W*$", ftext[max(0, pos - 30):pos])
    return m.group(1) if m else ""


def _word_after(ftext: str, pos: int) -> str:
    m = re.match(r"\s*(\w+)", ftext[pos:pos + 30])
    return m.group(1) if m else ""


def _punct_around(ftext: str, s: int, e: int) -> bool:
    """A weekday set off by commas ("قال البيت الأبيض، السبت، إنه") stands as a date."""
    before = ftext[max(0, s - 3):s].rstrip()
    after = ftext[e:e + 3].lstrip()
    return before[-1:] in ("،", ",", "(") and after[:1] in ("،", ",", ".", ")", "")


def _direction(m: re.Match) -> int | None:
    d = m.groupdict().get("dir")
    return None if d is None else int(lexicon().words["direction"][" ".join(d.split())])


def _part(m: re.Match) -> int | None:
    """The month where a part of a year begins ("أواخر" 10, "منتصف" 7, "صيف" 7), from date_words.csv."""
    p = m.groupdict().get("part")
    return None if p is None else int(lexicon().words["part"][_strip_clitic(p, lexicon().words["part"])])


# --------------------------------------------------------------------------- resolvers
# Each takes a match on folded text and the anchor; returns (value, precision, relative) or None.


Resolved = tuple[date, str, bool] | None


@lru_cache(maxsize=4096)
def _dateparser_english(surface: str) -> date | None:
    """dateparser reads an English date span our regex found (it handles "25th, October 2024")."""
    import dateparser  # lazy: only English spans reach here

    got = dateparser.parse(surface, languages=["en"],
                           settings={"REQUIRE_PARTS": ["day", "month", "year"], "PREFER_DAY_OF_MONTH": "first"})
    return got.date() if got else None


def _day_of(m: re.Match) -> int:
    """The day of the month, written in digits ("ال5") or as an ordinal word ("الخامس")."""
    if m.group("d"):
        return int(m.group("d"))
    ordinals = lexicon().words["ordinal"]
    return int(ordinals[_strip_clitic(m.group("dord"), ordinals)])


def _explicit(m: re.Match, anchor: date | None, ftext: str) -> Resolved:
    day, month = _day_of(m), _month_of(m.group("mon"))
    wd = _lookup(m.group("wd"), lexicon().weekdays) if m.group("wd") else None
    if month is None or not 1 <= day <= 31:
        return None
    if m.group("y"):
        value = _valid(int(m.group("y")), month, day)
        if value and m.group("mon").isascii() and m.group("d"):
            value = _dateparser_english(ftext[m.start("d"):m.end("y")]) or value
        return (value, "day", False) if value else None
    if anchor is None or patterns().anaphor_after.match(ftext, m.end()):
        return None
    if _strip_clitic(_word_before(ftext, m.start("x")), lexicon().words["event_name_before"]):
        return None  # "ثورة 25 يناير", "هجمات 11 سبتمبر": a name, not a date near the anchor
    value = _resolve_year(anchor, month, day, _direction(m), wd)
    return (value, "day", True) if value else None


def _english(m: re.Match, anchor: date | None, ftext: str) -> Resolved:
    month = lexicon().months[m.group("mon")]
    value = _dateparser_english(ftext[m.start("mon"):m.end("y")]) or _valid(int(m.group("y")), month, int(m.group("d")))
    return (value, "day", False) if value else None


def _month_year(m: re.Match, anchor: date | None, ftext: str) -> Resolved:
    month = _month_of(m.group("mon"))
    return (date(int(m.group("y")), month, 1), "month", False) if month else None


def _month(m: re.Match, anchor: date | None, ftext: str) -> Resolved:
    if anchor is None or not (m.group("intro") or m.group("part") or m.group("mw") or m.group("dir")):
        return None
    if patterns().anaphor_after.match(ftext, m.end()):
        return None
    month = _month_of(m.group("mon"))
    value = _resolve_year(anchor, month, None, _direction(m)) if month else None
    return (value, "month", True) if value else None


def _month_range(m: re.Match, anchor: date | None, ftext: str) -> Resolved:
    first, last = _month_of(m.group("mon")), _month_of(m.group("mon2"))
    if first is None or last is None or first == last:
        return None
    year = int(m.group("y")) - (1 if first > last else 0)  # "من ديسمبر إلى فبراير 2024"
    return date(year, first, 1), "month", False


def _year(m: re.Match, anchor: date | None, ftext: str) -> Resolved:
    if not (m.group("intro") or m.group("part") or m.group("yw")):
        return None  # a bare year after a noun is a name ("انتخابات أمريكا 2024")
    y = int(m.group("y"))
    part = _part(m)
    if part:
        return date(y, part, 1), "approximate", False
    return date(y, 1, 1), "year", False


def _relative(m: re.Match, anchor: date | None, ftext: str) -> Resolved:
    if anchor is None:
        return None
    lx = lexicon()
    rel = lx.relative[_strip_clitic(m.group("rel"), lx.relative)]
    if m.group("rel").split()[0] in lx.words["ago_word"] and _word_after(ftext, m.end("x")) == "من":
        return None  # "قبل أسبوع من الانتخابات": a week before the elections, not before the anchor
    wd = _lookup(m.group("wd"), lx.weekdays) if m.group("wd") else None
    if rel.unit == "day":
        if wd is not None and rel.offset == 0:  # "اليوم السبت": the Saturday nearest the anchor
            back = (anchor.weekday() - wd) % 7
            return anchor + timedelta(days=-back if back <= 3 else 7 - back), "day", True
        if wd is not None:  # "أمس الجمعة": the latest Friday before the anchor
            return _weekday_near(anchor, wd, rel.offset), "day", True
        s, e = m.span("x")
        after = _word_after(ftext, e)
        if _word_before(ftext, s) in lx.words["not_before"] or after in lx.words["not_after"] \
                or after in lx.words["ordinal"]:
            return None  # "طوال اليوم", "اليوم التالي", "اليوم السابع": not the publication day
        if _strip_clitic(m.group("rel"), lx.words["verb_before_noun"]) and after.startswith("ال") \
                and after not in lx.words["not_a_noun"]:
            return None  # "غدا الأمر صعبا": غدا is the verb "became" before a noun
        return anchor + timedelta(days=rel.offset), "day", True
    if rel.unit == "week":
        return anchor + timedelta(days=7 * rel.offset), "approximate", True
    if rel.unit == "month":
        return _shift_month(anchor, rel.offset), "month", True
    part = _part(m)
    if part:
        return date(anchor.year + rel.offset, part, 1), "approximate", True
    return date(anchor.year + rel.offset, 1, 1), "year", True


def _weekday(m: re.Match, anchor: date | None, ftext: str) -> Resolved:
    if anchor is None:
        return None
    s, e = m.span("x")
    lx = lexicon()
    after_weekday = _strip_clitic(_word_before(ftext, s), lx.weekdays) is not None
    before_that = _word_after(ftext, e) in lx.words["weekday_follower"]  # "وذكرت الوكالة الخميس أن"
    since = m.group("intro") and _strip_clitic(m.group("intro"), lx.words["weekday_intro"])  # "منذ الاثنين"
    if not (m.group("di") or m.group("dir") or after_weekday or before_that or since
            or _punct_around(ftext, s, e)):
        return None  # "الاثنين" is also "the two", "الأحد" "the one"
    wd = _lookup(m.group("wd"), lx.weekdays)
    return _weekday_near(anchor, wd, 0, _direction(m)), "day", True


def _numeric(m: re.Match, anchor: date | None, ftext: str) -> Resolved:
    if m.group("y"):
        a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y"))
    else:
        a, b, y = int(m.group("a2")), int(m.group("b2")), int(m.group("y2"))
    value = _valid(y, b, a) or _valid(y, a, b)  # day/month (Arabic order), else month/day
    return (value, "day", False) if value else None


# --------------------------------------------------------------------------- where to look


def _variants(forms) -> frozenset[str]:
    """First words of forms as they may appear as tokens, proclitics included (والجمعة, للعام)."""
    out = set()
    for f in forms:
        w = f.split()[0]
        stems = {w} | ({"ل" + w[1:], "ب" + w, "ك" + w} if w.startswith("ال") else set())
        out |= {c + x for x in stems for c in ("", "و", "ف")}
    return frozenset(out)


@dataclass(frozen=True)
class _Triggers:
    """Cheap token tests that decide which patterns can possibly match a stretch of text."""

    kinds: dict[str, tuple[str, ...]]  # trigger word -> month | relative | weekday
    tokens: re.Pattern
    word_end: re.Pattern
    year: re.Pattern
    numeric: re.Pattern


@lru_cache(maxsize=1)
def _triggers() -> _Triggers:
    lx = lexicon()
    kinds: dict[str, tuple[str, ...]] = {}
    for kind, forms in (("month", lx.months), ("relative", lx.relative), ("weekday", lx.weekdays)):
        for w in _variants(forms):
            kinds[w] = kinds.get(w, ()) + (kind,)
    return _Triggers(
        kinds=kinds,
        tokens=re.compile(r"[^\W\d_]+"),
        word_end=re.compile(r"\w*"),  # a window never ends inside a word
        year=re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)"),
        numeric=re.compile(r"\d[/.\-]\d"),  # next to a year: 25/10/2024, 2024-10-25
    )


# How far before and after a trigger word a pattern's match may reach (characters of folded text).
_REACH = {"month": (70, 60), "year": (40, 12), "relative": (40, 40), "weekday": (40, 40), "numeric": (12, 12)}
_BY_TRIGGER = {
    "month": ("explicit", "month_year", "month", "month_range", "english"),
    "year": ("year",),
    "relative": ("relative",),
    "weekday": ("weekday", "explicit", "english"),
    "numeric": ("numeric",),
}


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _windows(ftext: str, fs: int, fe: int) -> dict[str, list[tuple[int, int]]]:
    """Where each pattern is worth running: near the words that can start or anchor it.

    A cheap token scan replaces seven full regex scans; most sentences hold no date at all.
    """
    tr = _triggers()
    hits: dict[str, list[int]] = {}
    kinds = tr.kinds
    if not kinds.keys().isdisjoint(tr.tokens.findall(ftext, fs, fe)):
        for m in tr.tokens.finditer(ftext, fs, fe):
            for kind in kinds.get(m.group(), ()):
                hits.setdefault(kind, []).append(m.start())
    for m in tr.year.finditer(ftext, fs, fe):
        hits.setdefault("year", []).append(m.start())
        if tr.numeric.search(ftext, max(fs, m.start() - 7), min(fe, m.end() + 7)):
            hits.setdefault("numeric", []).append(m.start())
    spans: dict[str, list[tuple[int, int]]] = {}
    for kind, positions in hits.items():
        before, after = _REACH[kind]
        for name in _BY_TRIGGER[kind]:
            spans.setdefault(name, []).extend((max(fs, p - before), min(fe, p + after)) for p in positions)
    return {name: [(s, tr.word_end.match(ftext, e, fe).end()) for s, e in _merge(v)] for name, v in spans.items()}


_RESOLVERS = (
    ("explicit", _explicit), ("english", _english), ("month_year", _month_year), ("month", _month), ("month_range", _month_range),
    ("year", _year), ("relative", _relative), ("weekday", _weekday), ("numeric", _numeric),
)


# --------------------------------------------------------------------------- API


@lru_cache(maxsize=16)
def _folded(text: str) -> Folded:
    return fold_with_offsets(text)


def _to_folded(folded: Folded, pos: int) -> int:
    return pos if folded.origin is None else bisect.bisect_left(folded.origin, pos)


def _to_original(text: str, folded: Folded, s: int, e: int, limit: int | None = None) -> tuple[int, int]:
    o_s, o_e = folded.to_original(s, e)
    limit = len(text) if limit is None else limit
    while o_e < limit and (unicodedata.category(text[o_e]) == "Mn" or text[o_e] == "\u0640"):
        o_e += 1  # keep a final diacritic or tatweel ("غداً") inside the surface
    return o_s, o_e


def find_dates(text: str, anchor: date | None, start: int = 0, end: int | None = None) -> list[DateMention]:
    """All temporal expressions in text[start:end], offsets into `text`, sorted by start.

    `anchor` (the publication date) resolves relative expressions and missing years; without it
    those are skipped, never guessed.
    """
    if isinstance(anchor, datetime):  # a datetime or pandas Timestamp: only its day counts
        anchor = anchor.date()
    start, end = max(0, start), len(text) if end is None else min(len(text), end)
    if start >= end:
        return []
    folded = _folded(text)
    ftext, fs, fe = folded.text, _to_folded(folded, start), _to_folded(folded, end)
    pats = patterns()
    found = []
    windows = _windows(ftext, fs, fe)
    for name, resolve in _RESOLVERS:
        for ws, we in windows.get(name, ()):
            for m in getattr(pats, name).finditer(ftext, ws, we):
                got = resolve(m, anchor, ftext)
                if got is not None:
                    found.append((m.start("x"), m.end("x"), got))
    found.sort(key=lambda f: (f[0], f[0] - f[1]))
    out, last = [], -1
    for s, e, (value, precision, relative) in found:
        if s < last:
            continue
        last = e
        o_s, o_e = _to_original(text, folded, s, e, end)
        out.append(DateMention(o_s, o_e, text[o_s:o_e], value, precision, relative))
    return out


def _year_by_weekday(ftext: str, month: int, day: int, weekday: int) -> date | None:
    """The year, near the latest year the text mentions, whose calendar puts day/month on weekday."""
    # "حتى عام 2028", "بحلول 2030": a year planned for is not the story's time
    years = [int(m.group(0)) for m in patterns().years.finditer(ftext)
             if not re.search(r"(?:حتي|بحلول)\s+(?:عام\s+)?$", ftext[max(0, m.start() - 14) : m.start()])]
    if not years:
        return None
    ref = max(years)
    cands = [c for y in range(ref - _WINDOW, ref + _WINDOW + 1)
             if (c := _valid(y, month, day)) and c.weekday() == weekday]
    return min(cands, key=lambda c: (abs(c.year - ref), -c.year), default=None)


def _stated_by_marker(text: str, ftext: str, folded: Folded) -> tuple[date, str] | None:
    """"تاريخ النشر: …", "نُشر في …", "آخر تحديث …" at a line start or near either end."""
    for m in patterns().marker.finditer(ftext):
        line_start = ftext.rfind("\n", 0, m.start()) + 1
        if ftext[line_start:m.start()].strip() and 400 < m.start() < len(ftext) - 400:
            continue
        o_s, o_after = folded.to_original(m.start(), m.end())
        for mention in find_dates(text, None, o_after, min(len(text), o_after + 80)):
            if mention.precision == "day" and _MARKER_GAP.fullmatch(text, o_after, mention.start):
                return mention.value, text[o_s:mention.end]
            break
    return None


def _stated_as_dateline(text: str) -> tuple[date, str] | None:
    """A dateline near the top: "(15 أكتوبر 2024)", "موسكو - الاثنين 4 نوفمبر 2024"."""
    for line in re.finditer(r"[^\n]+", text[:_HEAD]):
        mentions = find_dates(text, None, line.start(), line.end())
        if not mentions or mentions[0].precision != "day" or mentions[0].relative:
            continue
        first = mentions[0]
        lead = text[line.start():first.start]
        if not _DATELINE_LEAD.fullmatch(lead):
            continue
        begin = line.start() + len(lead) - len(lead.lstrip())
        close = first.end + 1 if text.startswith(")", first.end) else first.end
        return first.value, text[begin:close]
    return None


def _stated_as_today(text: str, ftext: str, folded: Folded) -> tuple[date, str] | None:
    """"اليوم السبت 2 نوفمبر" near the start, the year from the weekday when it is missing."""
    lx = lexicon()
    for m in patterns().explicit.finditer(ftext, 0, min(len(ftext), 1500)):
        intro = (m.group("wdi") or "").split()  # "اليوم" in "اليوم السبت 2 نوفمبر"
        today = _strip_clitic(intro[-1], lx.relative) if intro else None
        if not (m.group("wd") and today and lx.relative[today].unit == "day" and lx.relative[today].offset == 0):
            continue
        month = _month_of(m.group("mon"))
        if m.group("y"):
            value = _valid(int(m.group("y")), month, _day_of(m)) if month else None
        else:
            value = _year_by_weekday(ftext, month, _day_of(m), _lookup(m.group("wd"), lx.weekdays)) if month else None
        if value:
            o_s, o_e = _to_original(text, folded, *m.span("x"))
            return value, text[o_s:o_e]
    return None


def _stated_as_numeric_dateline(text: str, ftext: str) -> tuple[date, str] | None:
    """"كيشيناو - 1 - 11 (كونا) -- … اليوم الجمعة": the year is the one whose calendar puts that day on
    the weekday the story names ("اليوم الجمعة"), else none is guessed."""
    m = _NUMERIC_DATELINE.search(text, 0, _HEAD)
    if m is None:
        return None
    day, month = int(m.group("d")), int(m.group("m"))
    lx = lexicon()
    for w in re.finditer(r"اليوم\s+([^\s،,.]+)", ftext[: m.end() + 600]):  # "اليوم السبت، …"
        weekday = _lookup(w.group(1), lx.weekdays)
        if weekday is not None:
            value = _year_by_weekday(ftext, month, day, weekday)
            if value:
                return value, text[m.start("d") : m.end("m")]
    return None


def _stated_as_agency_dateline(text: str, ftext: str, folded: Folded) -> tuple[date, str] | None:
    """"براغ في 4 أكتوبر / وام /": the year is the latest the text names (an agency story names the
    year of what it reports, not a later one), else none is guessed."""
    m = _AGENCY_DATELINE.search(ftext, 0, _HEAD)
    years = [int(y) for y in patterns().years.findall(ftext)]
    month = _month_of(m.group("mon")) if m else None
    value = _valid(max(years), month, int(m.group("d"))) if month and years else None
    if value is None:
        return None
    o_s, o_e = _to_original(text, folded, m.start("d"), m.end("mon"))
    return value, text[o_s:o_e]


def publication_date_from_text(text: str) -> tuple[date, str] | None:
    """The article's own statement of its publication date and the surface that says so, or None."""
    folded = _folded(text)
    return (_stated_by_marker(text, folded.text, folded) or _stated_as_dateline(text)
            or _stated_as_numeric_dateline(text, folded.text) or _stated_as_agency_dateline(text, folded.text, folded)
            or _stated_as_today(text, folded.text, folded))


def benchmark(folder: str, rounds: int = 200, anchor: date = date(2024, 10, 25)) -> float:
    """Articles per second for find_dates over every .txt file in `folder`, `rounds` times."""
    import time
    from pathlib import Path

    texts = [p.read_text(encoding="utf-8") for p in sorted(Path(folder).glob("*.txt"))]
    for text in texts:  # compile the patterns and import dateparser outside the timing
        find_dates(text, anchor)
    started = time.perf_counter()
    for _ in range(rounds):
        for text in texts:
            find_dates(text, anchor)
    return rounds * len(texts) / (time.perf_counter() - started)


if __name__ == "__main__":  # python -m core.dates seeds [rounds]
    import sys

    folder = sys.argv[1] if len(sys.argv) > 1 else "seeds"
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    print(f"find_dates: {benchmark(folder, rounds):.0f} articles/s over {folder}/*.txt x {rounds}")

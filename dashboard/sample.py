"""A small hand-made set of tables with the core's exact columns, for tests and demos.

Nothing in the running app reads this module: the app always shows what `core.pipeline`
extracts. Tests use it to exercise the dashboard's pure functions and pages on a corpus whose
every value is known, including hostile input (an article carrying `<script>` and `<img onerror>`).
Offsets are computed by searching the text, so `text[start:end]` always equals the quoted piece.
"""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

ARTICLE_COLUMNS = ["article_id", "file", "outlet", "published", "published_basis", "title", "url", "text"]
ACTOR_COLUMNS = ["actor_id", "name_ar", "name_en", "country", "kind", "aliases", "mentions"]
MENTION_COLUMNS = ["article_id", "actor_id", "start", "end", "surface", "country", "how"]
EVENT_COLUMNS = [
    "event_id", "article_id", "event_type", "plover", "cameo", "date", "date_precision",
    "source_actor_id", "target_actor_id", "source_country", "target_country", "start", "end", "text",
    "cue", "cue_start", "cue_end", "source_name_ar", "source_name_en", "target_name_ar",
    "target_name_en", "outlet", "published", "evidence",
]
ACCUSATION_COLUMNS = ["accusation_id", "denial_id", "story_id", "pair_basis"]
PROBLEM_COLUMNS = ["file", "problem", "severity"]

_CODES = {
    "accuse": ("ACCUSE", "112"), "deny": ("REJECT", "016"), "consult": ("CONSULT", "040"),
    "support": ("SUPPORT", "070"), "cyber": ("COERCE", "176"),
    "decline_comment": ("REJECT", "011"), "statement": ("", "010"),
}

# actor_id, name_ar, name_en, country, kind, aliases
_ACTORS = [
    ("russia", "روسيا", "Russia", "RU", "state", "روسيا|موسكو"),
    ("iran", "إيران", "Iran", "IR", "state", "إيران|طهران"),
    ("china", "الصين", "China", "CN", "state", "الصين|بكين"),
    ("us_intel", "الاستخبارات الأمريكية", "US intelligence community", "US", "agency", "الاستخبارات الأمريكية"),
    ("us_doj", "وزارة العدل الأمريكية", "US Department of Justice", "US", "agency", "وزارة العدل الأمريكية"),
    ("ru_embassy", "السفارة الروسية", "Russian Embassy in the US", "RU", "mission", "السفارة الروسية"),
    ("ir_un", "بعثة إيران لدى الأمم المتحدة", "Iran's mission to the UN", "IR", "mission", "بعثة إيران لدى الأمم المتحدة"),
    ("peskov", "دميتري بيسكوف", "Dmitry Peskov", "RU", "person", "دميتري بيسكوف|بيسكوف"),
    ("musk", "إيلون ماسك", "Elon Musk", "US", "person", "إيلون ماسك|ماسك"),
    ("putin", "فلاديمير بوتين", "Vladimir Putin", "RU", "person", "فلاديمير بوتين|بوتين"),
    ("microsoft", "مايكروسوفت", "Microsoft", "US", "company", "مايكروسوفت"),
    ("white_house", "البيت الأبيض", "White House", "US", "institution", "البيت الأبيض"),
    ("zourabichvili", "سالومي زورابيشفيلي", "Salome Zourabichvili", "GE", "person", "سالومي زورابيشفيلي"),
    ("unknown_site", "موقع مجهول", "Unknown website", None, "organisation", "موقع مجهول"),
]

# article_id, file, outlet, published, basis, title, url, sentences
_ARTICLES = [
    ("a000", "000.txt", "سكاي نيوز عربية", "2024-11-02", "text", "روسيا ترد على اتهامات الاستخبارات الأمريكية",
     "https://example.org/a000", [
         "اتّهمت الاستخبارات الأمريكية موسكو ببث فيديو مزيف عن التصويت في 1 نوفمبر 2024.",
         "ونفت السفارة الروسية هذه الاتهامات ووصفتها بأنها افتراء لا أساس له.",
     ]),
    ("a001", "001.txt", "الجزيرة نت", "2024-10-10", "manifest", "اتهام إيران باختراق حملة ترامب",
     "https://example.org/a001", [
         "اتهمت وزارة العدل الأمريكية إيران باختراق حملة ترامب الانتخابية (Trump 2024) في أغسطس.",
         "ونفت بعثة إيران لدى الأمم المتحدة أي تدخل في الانتخابات الأمريكية.",
     ]),
    ("a002", "002.txt", "العربية", "2024-10-11", "manifest", "طهران تنفي اتهامات واشنطن",
     "", [
         "اتهمت وزارة العدل الأمريكية إيران بقرصنة حملة المرشح الجمهوري.",
     ]),
    ("a003", "003.txt", "CNN Arabic", "2024-10-25", "manifest", "الكرملين يرد على تقرير عن محادثات ماسك وبوتين",
     "https://example.org/a003", [
         "قالت الصحيفة إن إيلون ماسك على اتصال منتظم مع فلاديمير بوتين منذ 2022.",
         "ونفى دميتري بيسكوف صحة التقرير وقال إنه معلومات كاذبة.",
         "ورفض البيت الأبيض التعليق على التقرير.",
     ]),
    ("a004", "004.txt", "RT (republished by tjarbna.com)", "2024-05-30", "manifest", "مايكروسوفت تتهم الصين",
     "", [
         "اتهمت مايكروسوفت الصين بنشر معلومات مضللة قبل الانتخابات في مايو 2024.",
     ]),
    ("a005", "005.txt", "<b>موقع</b> تجريبي", None, "unknown", "<script>alert(1)</script> عنوان",
     "javascript:alert(1)", [
         "اتهمت الرئيسة الجورجية سالومي زورابيشفيلي روسيا بالتدخل <script>alert(1)</script> في الانتخابات.",
         "نص <img src=x onerror=alert(1)> يظهر كنص فقط.",
         "وأعلن موقع مجهول دعمه لحملة ما في أكتوبر 2024.",
     ]),
]

# event_id, article_id, type, sentence index, cue, source, target, date, precision, evidence
_EVENTS = [
    ("e000", "a000", "accuse", 0, "اتّهمت", "us_intel", "russia", "2024-11-01", "approximate", "without_evidence"),
    ("e001", "a000", "deny", 1, "نفت", "ru_embassy", "us_intel", "2024-11-02", "day", None),
    ("e002", "a001", "cyber", 0, "اختراق", "iran", None, "2024-08-15", "month", None),
    ("e003", "a001", "accuse", 0, "اتهمت", "us_doj", "iran", "2024-10-10", "day", "with_evidence"),
    ("e004", "a001", "deny", 1, "نفت", "ir_un", "us_doj", "2024-10-10", "day", None),
    ("e005", "a002", "accuse", 0, "اتهمت", "us_doj", "iran", "2024-10-11", "day", "with_evidence"),
    ("e006", "a003", "consult", 0, "اتصال", "musk", "putin", "2024-10-25", "day", None),
    ("e007", "a003", "deny", 1, "نفى", "peskov", None, "2024-10-25", "day", None),
    ("e008", "a003", "decline_comment", 2, "رفض", "white_house", None, "2024-10-25", "day", None),
    ("e009", "a004", "accuse", 0, "اتهمت", "microsoft", "china", "2024-05-01", "month", "without_evidence"),
    ("e010", "a005", "accuse", 0, "اتهمت", "zourabichvili", "russia", "2024-10-27", "day", None),
    ("e011", "a005", "support", 2, "دعمه", "unknown_site", None, None, None, None),
]

_ACCUSATIONS = [
    ("e000", "e001", "s-russia-video", "same_article"),
    ("e003", "e004", "s-iran-hack", "same_article"),
    ("e005", "e004", "s-iran-hack", "cross_article"),
    ("e009", None, "s-china-disinfo", None),
    ("e010", None, "s-georgia", None),
]

_PROBLEMS = [("broken.txt", "not valid UTF-8 or windows-1256: skipped", "error")]


@dataclass
class SampleTables:
    """The same attributes as `core.frames.Tables`."""

    articles: pd.DataFrame
    actors: pd.DataFrame
    mentions: pd.DataFrame
    events: pd.DataFrame
    accusations: pd.DataFrame
    problems: pd.DataFrame


def _find(text: str, piece: str, start: int = 0) -> int:
    at = text.find(piece, start)
    if at < 0:
        raise ValueError(f"{piece!r} not in {text!r}")
    return at


def _articles() -> tuple[pd.DataFrame, dict[str, list[tuple[int, int]]]]:
    rows, spans = [], {}
    for aid, file, outlet, published, basis, title, url, sentences in _ARTICLES:
        text = title + "\n"
        spans[aid] = []
        for sentence in sentences:
            spans[aid].append((len(text), len(text) + len(sentence)))
            text += sentence + "\n"
        rows.append({"article_id": aid, "file": file, "outlet": outlet, "published": published,
                     "published_basis": basis, "title": title, "url": url or None, "text": text})
    frame = pd.DataFrame(rows, columns=ARTICLE_COLUMNS)
    frame["published"] = pd.to_datetime(frame["published"])
    return frame, spans


def _mentions(articles: pd.DataFrame) -> pd.DataFrame:
    rows = []
    for _, art in articles.iterrows():
        taken: list[tuple[int, int]] = []
        for actor_id, _ar, _en, country, _kind, aliases in _ACTORS:
            for alias in sorted(aliases.split("|"), key=len, reverse=True):
                at = art.text.find(alias)
                while at >= 0:
                    end = at + len(alias)
                    if not any(s < end and at < e for s, e in taken):
                        taken.append((at, end))
                        rows.append({"article_id": art.article_id, "actor_id": actor_id, "start": at,
                                     "end": end, "surface": alias, "country": country, "how": "gazetteer"})
                    at = art.text.find(alias, end)
    frame = pd.DataFrame(rows, columns=MENTION_COLUMNS)
    return frame.sort_values(["article_id", "start"], ignore_index=True).astype({"country": "string"})


def make_sample_tables() -> SampleTables:
    """Build the sample tables; every offset is checked against the article text."""
    articles, spans = _articles()
    texts = dict(zip(articles.article_id, articles.text))
    outlets = dict(zip(articles.article_id, articles.outlet))
    published = dict(zip(articles.article_id, articles.published))
    actors = {a[0]: a for a in _ACTORS}
    mentions = _mentions(articles)
    counts = mentions.groupby("actor_id").size()
    actor_frame = pd.DataFrame(
        [{"actor_id": a[0], "name_ar": a[1], "name_en": a[2], "country": a[3], "kind": a[4],
          "aliases": a[5], "mentions": int(counts.get(a[0], 0))} for a in _ACTORS],
        columns=ACTOR_COLUMNS,
    ).astype({"country": "string"})
    rows = []
    for eid, aid, etype, sent, cue, src, tgt, day, precision, evidence in _EVENTS:
        start, end = spans[aid][sent]
        text = texts[aid]
        cue_start = _find(text, cue, start)
        source, target = actors.get(src), actors.get(tgt)
        rows.append({
            "event_id": eid, "article_id": aid, "event_type": etype, "plover": _CODES[etype][0],
            "cameo": _CODES[etype][1], "date": day, "date_precision": precision,
            "source_actor_id": src, "target_actor_id": tgt,
            "source_country": source[3] if source else None, "target_country": target[3] if target else None,
            "start": start, "end": end, "text": text[start:end], "cue": cue,
            "cue_start": cue_start, "cue_end": cue_start + len(cue),
            "source_name_ar": source[1] if source else None, "source_name_en": source[2] if source else None,
            "target_name_ar": target[1] if target else None, "target_name_en": target[2] if target else None,
            "outlet": outlets[aid], "published": published[aid], "evidence": evidence,
        })
    events = pd.DataFrame(rows, columns=EVENT_COLUMNS)
    events["date"] = pd.to_datetime(events["date"])
    string_cols = ["date_precision", "source_actor_id", "target_actor_id", "source_country",
                   "target_country", "source_name_ar", "source_name_en", "target_name_ar",
                   "target_name_en", "evidence"]
    events = events.astype({c: "string" for c in string_cols})
    accusations = pd.DataFrame(_ACCUSATIONS, columns=ACCUSATION_COLUMNS).astype(
        {"denial_id": "string", "pair_basis": "string"})
    problems = pd.DataFrame(_PROBLEMS, columns=PROBLEM_COLUMNS)
    return SampleTables(articles, actor_frame, mentions, events, accusations, problems)

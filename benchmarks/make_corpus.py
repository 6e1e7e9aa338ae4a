"""Make a synthetic Arabic corpus for scale tests, by recombining and varying real sentences.

    python benchmarks/make_corpus.py N OUT_DIR [--seed S]

Sentences come from `seeds/*.txt` and `tests/corpus_dev/*.txt`. Each article takes a title, a
dateline and 150–900 words of sentences drawn mostly from one source article (so a story stays
coherent) and partly from the others, then varies them:

- actors: a person named in a sentence is replaced by another person of the same country, in one of
  that person's spellings (بوتين / فلاديمير بوتين, ديمتري / دميتري بيسكوف, ترامب / ترمب, ماسك / مسك …);
- dates: day numbers before a month name are redrawn, month names switch between the Egyptian and
  the Levantine series (أكتوبر / تشرين الأول) and move by a month or two;
- spellings: أمريكا / أميركا, ترامب / ترمب; two words glued now and then ("الخارجيةالروسية");
  Arabic-Indic digits (٢٠٢٤) in some articles;
- an occasional "اقرأ أيضاً" block from another story.

`manifest.csv` gives file, outlet, published, url, title (published left empty for ~10 % of
articles, so dates stated in the text are exercised too). The output depends only on N, the seed
and the source files: the same command makes the same bytes. The extractor is not used.
"""
from __future__ import annotations

import argparse
import csv
import random
import re
import sys
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SOURCES = (REPO / "seeds", REPO / "tests" / "corpus_dev")

# Each country: people, each a list of spellings (the first is the usual one). A name found in a
# sentence is swapped for a random spelling of a random person of the same country.
PEOPLE: dict[str, list[list[str]]] = {
    "RU": [
        ["فلاديمير بوتين", "بوتين", "الرئيس الروسي فلاديمير بوتين", "فلاديمير بوتن"],
        ["ديمتري بيسكوف", "دميتري بيسكوف", "بيسكوف", "دميتري بسكوف"],
        ["ماريا زاخاروفا", "زاخاروفا", "ماريا زخاروفا"],
        ["سيرغي لافروف", "سيرجي لافروف", "لافروف"],
        ["سيرجي كيرينكو", "سيرغي كيريينكو", "كيرينكو"],
    ],
    "IR": [
        ["عباس عراقجي", "عراقجي", "عباس عراقچي"],
        ["مسعود بزشكيان", "بزشكيان", "مسعود پزشكيان"],
        ["علي خامنئي", "خامنئي", "آية الله علي خامنئي"],
        ["ناصر كنعاني", "كنعاني"],
    ],
    "US": [
        ["دونالد ترامب", "ترامب", "ترمب", "دونالد ترمب"],
        ["كامالا هاريس", "هاريس", "كمالا هاريس"],
        ["جو بايدن", "بايدن", "جوزيف بايدن"],
        ["أنتوني بلينكن", "بلينكن", "انتوني بلينكن"],
        ["ماثيو ميلر", "ميلر", "ماتيو ميلر"],
        ["إيلون ماسك", "ماسك", "مسك", "إيلون مسك"],
        ["ميريك غارلاند", "غارلاند", "ميريك جارلاند"],
    ],
    "CN": [
        ["شي جين بينغ", "شي جينبينغ", "الرئيس الصيني شي جين بينغ"],
        ["وانغ يي", "وانج يي"],
        ["ماو نينغ", "ماو نينج"],
        ["لين جيان", "لين جيان"],
    ],
    "MD": [["مايا ساندو", "ساندو", "مايا سندو"]],
    "GE": [["سالومي زورابيشفيلي", "زورابيشفيلي", "سالومي زورابشفيلي"], ["بيدزينا إيفانيشفيلي", "إيفانيشفيلي"]],
    "RO": [["كالين جورجيسكو", "جورجيسكو", "كالين جورجسكو"], ["كلاوس يوهانيس", "يوهانيس"]],
}

MONTHS_EG = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
MONTHS_LEV = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
              "تشرين الأول", "تشرين الثاني", "كانون الأول"]
WEEKDAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
SPELLINGS = [("أمريكا", "أميركا"), ("الأمريكية", "الأميركية"), ("الأمريكي", "الأميركي"), ("ترامب", "ترمب"),
             ("إيران", "ايران"), ("إسرائيل", "اسرائيل")]
GLUE_BEFORE = ("الروسية", "الأمريكية", "الأميركية", "المتحدة", "الإيرانية", "الصينية", "موسكو", "طهران")
OUTLETS = ["الجزيرة نت", "RT Arabic", "سكاي نيوز عربية", "الأناضول", "CNN Arabic", "بي بي سي عربي",
           "العربية نت", "الشرق الأوسط", "فرانس 24", "صحيفة الاتحاد", "الميادين", "إندبندنت عربية"]
DATELINES = ["موسكو", "واشنطن", "طهران", "بكين", "بيروت", "القاهرة", "دبي", "كيشيناو", "تبليسي", "بوخارست"]
READ_ALSO = ["اقرأ أيضاً:", "اقرأ أيضا", "إقرأ أيضاً"]
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
START, END = date(2024, 9, 15), date(2024, 12, 15)

_SENTENCE_END = re.compile(r"(?<=[.!؟?])\s+")
_ALL_MONTHS = sorted(MONTHS_EG + MONTHS_LEV, key=len, reverse=True)
_DAY_MONTH = re.compile(r"(?<![\d٠-٩])([0-9٠-٩]{1,2})(\s+(?:" + "|".join(map(re.escape, _ALL_MONTHS)) + r"))")
# "نوفمبر/ تشرين الثاني", "نوفمبر (تشرين الثاني)": a month in both series moves as one.
_MONTH = re.compile(r"(?<![\w])(?:[وب]?)(?:(" + "|".join(map(re.escape, MONTHS_EG)) + r")(\s*[/(]\s*)("
                    + "|".join(map(re.escape, sorted(MONTHS_LEV, key=len, reverse=True))) + r")|("
                    + "|".join(map(re.escape, _ALL_MONTHS)) + r"))(?![\w])")
_NAMES = sorted(((v, c, i) for c, ps in PEOPLE.items() for i, p in enumerate(ps) for v in p), key=lambda t: -len(t[0]))
_NAME_RE = re.compile(r"(?<![\w])(" + "|".join(re.escape(v) for v, _, _ in _NAMES) + r")(?![\w])")
_NAME_COUNTRY = {v: c for v, c, _ in _NAMES}


def source_articles() -> list[list[str]]:
    """Every source article as a list of sentences (its title line dropped), sorted by file name."""
    out = []
    for folder in SOURCES:
        for path in sorted(folder.glob("*.txt")):
            lines = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
            sentences = [s.strip() for ln in lines[1:] for s in _SENTENCE_END.split(ln) if len(s.split()) >= 4]
            if sentences:
                out.append(sentences)
    if not out:
        sys.exit(f"no source sentences found under {', '.join(map(str, SOURCES))}")
    return out


def swap_actors(sentence: str, rng: random.Random) -> str:
    """Replace each known person (p=0.6) by a random spelling of a random same-country person."""
    def repl(m: re.Match) -> str:
        if rng.random() > 0.6:
            return m.group(1)
        person = rng.choice(PEOPLE[_NAME_COUNTRY[m.group(1)]])
        return rng.choice(person)
    return _NAME_RE.sub(repl, sentence)


def shift_dates(sentence: str, rng: random.Random, month_shift: int, levantine: bool) -> str:
    """Redraw day numbers before month names; move months by `month_shift` in one naming series."""
    sentence = _DAY_MONTH.sub(lambda m: f"{rng.randint(1, 28)}{m.group(2)}", sentence)

    def month(m: re.Match) -> str:
        prefix = m.group(0)[: (m.start(1) if m.group(1) else m.start(4)) - m.start(0)]
        if m.group(1):  # both series given: keep both, shifted together
            idx = (MONTHS_EG.index(m.group(1)) + month_shift) % 12
            return f"{prefix}{MONTHS_EG[idx]}{m.group(2)}{MONTHS_LEV[idx]}"
        name = m.group(4)
        idx = MONTHS_EG.index(name) if name in MONTHS_EG else MONTHS_LEV.index(name)
        series = MONTHS_LEV if levantine else MONTHS_EG
        return prefix + series[(idx + month_shift) % 12]
    return _MONTH.sub(month, sentence)


def vary_spelling(sentence: str, rng: random.Random, glue: float) -> str:
    """Swap spelling variants (p=0.5 each) and glue a word to the next one (probability `glue`)."""
    for a, b in SPELLINGS:
        if a in sentence and rng.random() < 0.5:
            sentence = sentence.replace(a, b)
        elif b in sentence and rng.random() < 0.5:
            sentence = sentence.replace(b, a)
    if glue and rng.random() < glue:
        for word in GLUE_BEFORE:
            i = sentence.find(" " + word)
            if i > 0:
                sentence = sentence[:i] + sentence[i + 1:]
                break
    return sentence


def make_article(index: int, sources: list[list[str]], seed: int) -> tuple[str, dict]:
    """The text of article `index` and its manifest row (depends only on index, sources and seed)."""
    rng = random.Random(f"{seed}:{index}")
    published = START + timedelta(days=rng.randrange((END - START).days))
    month_shift = rng.choice([0, 0, 0, 1, -1])  # stays near the Sept.–Dec. 2024 window
    levantine = rng.random() < 0.25
    indic = rng.random() < 0.2
    glue = rng.choice([0.0, 0.0, 0.05, 0.15])
    target = rng.randint(150, 900)
    main = rng.choice(sources)

    def vary(s: str) -> str:
        return vary_spelling(shift_dates(swap_actors(s, rng), rng, month_shift, levantine), rng, glue)

    title_words = vary(rng.choice(main)).split()[: rng.randint(6, 14)]
    title = " ".join(title_words).rstrip("،.:")
    month_names = MONTHS_LEV if levantine else MONTHS_EG
    dateline = f"{rng.choice(DATELINES)} – {WEEKDAYS[published.weekday()]} {published.day} {month_names[published.month - 1]} {published.year}"
    words = len(title.split()) + len(dateline.split())
    limit = 900
    body, used = [], set()
    while words < target:
        pool = main if rng.random() < 0.7 else rng.choice(sources)
        pick = rng.choice(pool)
        for _ in range(3):  # prefer sentences not used yet in this article
            if pick not in used:
                break
            pick = rng.choice(rng.choice(sources))
        used.add(pick)
        s = vary(pick)
        n = len(s.split())
        if words + n > limit:
            if words >= 150:
                break
            s = " ".join(s.split()[: limit - words])
            n = len(s.split())
        body.append(s)
        words += n
    paragraphs, i = [], 0
    while i < len(body):
        k = rng.randint(1, 3)
        paragraphs.append(" ".join(body[i:i + k]))
        i += k
    if len(paragraphs) > 3 and rng.random() < 0.15:  # a "read also" block from another story
        block = f"{rng.choice(READ_ALSO)}\n{vary(rng.choice(rng.choice(sources)))}"
        if words + len(block.split()) <= limit:
            paragraphs.insert(rng.randint(2, len(paragraphs) - 1), block)
    text = "\n\n".join([title, dateline, *paragraphs]) + "\n"
    if indic:
        text = text.translate(ARABIC_INDIC)
    name = f"{index:05d}_{rng.getrandbits(32):08x}.txt"
    row = {
        "file": name,
        "outlet": rng.choice(OUTLETS),
        "published": "" if rng.random() < 0.1 else published.isoformat(),
        "url": f"https://news.example/{published:%Y/%m/%d}/{index:05d}",
        "title": title,
    }
    return text, row


def make_corpus(n: int, out: str | Path, seed: int = 0) -> Path:
    """Write `n` articles and manifest.csv into `out` (created if needed); the folder."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    sources = source_articles()
    rows = []
    for i in range(n):
        text, row = make_article(i, sources, seed)
        (out / row["file"]).write_text(text, encoding="utf-8")
        rows.append(row)
    with (out / "manifest.csv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=["file", "outlet", "published", "url", "title"])
        writer.writeheader()
        writer.writerows(rows)
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="number of articles")
    parser.add_argument("out", help="output folder (created; existing files with the same names are overwritten)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    out = make_corpus(args.n, args.out, args.seed)
    print(f"{args.n} articles and manifest.csv written to {out}")


if __name__ == "__main__":
    main()

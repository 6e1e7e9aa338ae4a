"""Actors: find every span that names an actor, and give each the right country.

Reads: a prepared Text. Adds: Mentions. Three sources, in order of trust:
1. the gazetteer (core/data/actors.csv) and country names, capitals and seats of power;
2. patterns for actors no list names: an institution with a nationality adjective
   ("وزارة الخارجية الصينية"), a head with a country ("بعثة إيران"), a title before a name
   ("الرئيسة الجورجية …", "المتحدث باسم الكرملين …");
3. anaphors ("البعثة", "الصحيفة") and surnames, resolved to an actor already mentioned.
Mentions of one actor in one article share one actor_id.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from core.lexicon import Entry, country_entries, gazetteer, heads, words
from core.model import Mention
from core.normalize import fold
from core.text import Text, Token

# One or two clitics may precede a name: و ف (conjunctions), ب ل ك (prepositions).
_CLITICS = ("وب", "ول", "فب", "فل", "وك", "و", "ف", "ب", "ل", "ك")
_MAX_TOKENS = 8
_ELECTION_KINDS = {"الرئاسيه", "التشريعيه", "البرلمانيه", "المحليه", "العامه", "التمهيديه", "النيابيه",
                   "الفيدراليه", "الاوروبيه", "المبكره", "المقبله", "الاخيره", "الرئاسية", "برلمان", "مجلس"}


@dataclass
class Match:
    """A lexicon hit over tokens [i, j), before it becomes a Mention."""

    i: int
    j: int
    entry: Entry
    skip: int  # clitic characters before the name inside token i
    how: str


@lru_cache(maxsize=65536)
def _variants(tok: str) -> tuple[tuple[str, int], ...]:
    """The token itself and the token without its clitics, with the clitic length."""
    out = [(tok, 0)]
    for c in _CLITICS:
        if tok.startswith(c) and len(tok) - len(c) >= 2:
            rest = tok[len(c):]
            out.append((rest, len(c)))
            if c.endswith("ل") and rest.startswith("ل") and len(rest) > 2:  # لل = ل + ال
                out.append(("ا" + rest, len(c) - 1))
    if tok.startswith("لل") and len(tok) > 3:
        out.append(("ا" + tok[1:], 1))
    return tuple(out)


_LENGTHS: dict[int, dict[str, tuple[int, ...]]] = {}
_STARTS: dict[int, dict[str, tuple[tuple[str, int, tuple[int, ...]], ...]]] = {}
_STARTS_MAX = 200_000  # tokens remembered per table; a long-running process starts afresh past it


def _lengths(table: dict) -> dict[str, tuple[int, ...]]:
    """For each first token of a table's keys, the key lengths, longest first (per table, once)."""
    if id(table) not in _LENGTHS:  # the tables are lru_cached singletons
        out: dict[str, set[int]] = {}
        for key in table:
            out.setdefault(key[0], set()).add(len(key))
        _LENGTHS[id(table)] = {k: tuple(sorted(v, reverse=True)) for k, v in out.items()}
    return _LENGTHS[id(table)]


def _starts(tok: str, table: dict) -> tuple[tuple[str, int, tuple[int, ...]], ...]:
    """(first token, clitic length, key lengths) for each reading of `tok` that begins a key of `table`.

    Remembered per token: a table is asked about every token of every article (three tables, ~1,500
    times an article), and most tokens begin no key at all.
    """
    seen = _STARTS.get(id(table))
    if seen is None:
        seen = _STARTS[id(table)] = {}
    found = seen.get(tok)
    if found is None:
        firsts = _lengths(table)
        found = tuple((first, skip, firsts[first]) for first, skip in _variants(tok) if first in firsts)
        if len(seen) >= _STARTS_MAX:
            seen.clear()
        seen[tok] = found
    return found


def _longest(tokens: list[Token], i: int, table: dict):
    """(entry, token count, clitic length) of the longest key of `table` at token i, or None."""
    best = None
    for first, skip, lengths in _starts(tokens[i].text, table):
        for n in lengths:
            if best is not None and n <= best[1]:
                break
            if i + n > len(tokens):
                continue
            key = (first, *[t.text for t in tokens[i + 1 : i + n]])
            entry = table.get(key)
            if entry is not None:
                best = (entry, n, skip)
                break
    return best


def _lookup(tokens: list[Token], i: int, table: dict, how: str) -> Match | None:
    """The longest entry of `table` starting at token i (clitics allowed on the first token)."""
    found = _longest(tokens, i, table)
    return Match(i, i + found[1], found[0], found[2], how) if found else None


def _adjacent(text: Text, a: Token, b: Token, allow_comma: bool = False) -> bool:
    """True when only spaces (or one comma) separate two tokens in the original text."""
    s, _ = text.span(a.start, a.end)
    _, e = text.span(b.start, b.end)
    between = re.sub(r"[\"'«»“”]", "", text.folded.text[a.end : b.start])
    if allow_comma:
        between = between.replace("،", "", 1).replace(",", "", 1)
    return between.strip() == "" and e >= s


def lexicon_matches(text: Text) -> list[Match]:
    """Gazetteer and country hits, longest first, never overlapping."""
    toks = text.tokens
    gaz, countries = gazetteer(), country_entries()
    out, i = [], 0
    while i < len(toks):
        best = None
        for table, how in ((gaz, "gazetteer"), (countries, "country")):
            m = _lookup(toks, i, table, how)
            if m and (best is None or m.j > best.j):
                best = m
        if best:
            out.append(best)
            i = best.j
        else:
            i += 1
    return _shortened_names(toks, out)


def _shortened_names(toks: list[Token], matches: list[Match]) -> list[Match]:
    """A name shortened later in the article is the actor named in full before or after:
    "الحزب الديمقراطي" after "الحزب الديمقراطي الكردستاني" is the Kurdish party, not the American one."""
    def words_of(m: Match) -> tuple[str, ...]:
        return (toks[m.i].text[m.skip:], *(t.text for t in toks[m.i + 1 : m.j]))

    longer = [(words_of(m), m.entry) for m in matches if m.entry.source == "gazetteer" and m.j - m.i >= 3]
    if not longer:
        return matches
    out = []
    for m in matches:
        w = words_of(m)
        full = next((e for lw, e in longer if len(lw) > len(w) >= 2 and lw[: len(w)] == w and e.actor_id != m.entry.actor_id),
                    None)
        out.append(replace(m, entry=full) if full else m)
    return out


def _head(text: Text, i: int) -> tuple[int, dict] | None:
    """head_at over the article's tokens, computed once per token (the patterns ask it many times)."""
    if i not in text.heads:
        text.heads[i] = head_at(text.tokens, i)
    return text.heads[i]


def head_at(tokens: list[Token], i: int) -> tuple[int, dict] | None:
    """The longest head noun (institution, title, group) starting at token i."""
    found = _longest(tokens, i, heads())
    if found:
        row, n, skip = found
        return i + n, {**row, "skip": skip}
    return None


def _name_after(text: Text, k: int, by_start: dict[int, Match]) -> tuple[int, Match | None]:
    """Tokens of a person's name starting at k: a gazetteer person, or 2–3 plausible tokens."""
    toks = text.tokens
    if k in by_start and by_start[k].entry.kind == "person":
        return by_start[k].j, by_start[k]
    stop = _name_stops()
    j = k
    while j < len(toks) and j - k < 3:
        t = toks[j].text
        if t in stop or _has_article(text, j) or t.isdigit() or j in by_start or len(t) < 2:
            break
        if j > k and (not _adjacent(text, toks[j - 1], toks[j]) or _head(text, j)):
            break  # "مارك كارني وزعيم حزب المحافظين": a title starts the next actor
        if j > k and t[0] in "لب" and t[1:].startswith("ال"):
            break  # "جورج سيميون لإلغاء النتائج": a preposition on a noun follows the name
        if j - k >= 2 and t[0] == "و":
            break  # "ألكسندر فوتشيتش وحزبه": "و" joins the next one to the name
        if j - k == 2 and _recurs_alone(text, k):
            break  # "بدأ وزير الداخلية سليمان صويلو مبكرا" … "ذهب صويلو أبعد": the surname recurs, the word after it not
        if j > k and re.search(r"[\"«»“”]", text.folded.text[toks[j - 1].end : toks[j].start]):
            break  # 'رئيس تحرير "أتلاتسو" تاماش بودوكي': a quote closes a name
        j += 1
    return (j, None) if j - k >= 2 else (k, None)


def _uses(text: Text, word: str) -> int:
    """How many tokens of the article are the word, clitics allowed ("وصويلو", "لصويلو")."""
    if not text.word_counts:
        counts: dict[str, int] = {}
        for tok in text.tokens:
            for form in {v for v, _ in _variants(tok.text)}:
                counts[form] = counts.get(form, 0) + 1
        text.word_counts.update(counts)
    return text.word_counts.get(word, 0)


def _recurs_alone(text: Text, k: int) -> bool:
    """Whether the word after token k ("سليمان صويلو") stands elsewhere in the article on its own: not
    after the word at k, nor before the word after it ("ذهب صويلو أبعد"). A surname, as articles refer
    back to people; the word after it in "سليمان صويلو مبكرا" is then no part of the name."""
    toks = text.tokens
    first = {v for v, _ in _variants(toks[k].text)}
    word, third = toks[k + 1].text, toks[k + 2].text
    if _uses(text, word) < 2:
        return False
    return any(i != k + 1 and word in {v for v, _ in _variants(tok.text)}
               and not (i > 0 and first & {v for v, _ in _variants(toks[i - 1].text)})
               and not (i + 1 < len(toks) and toks[i + 1].text == third)
               for i, tok in enumerate(toks))


def _has_article(text: Text, j: int) -> bool:
    """Token j opens with the article "ال"; "ألكسندر", "أليكسي" (a hamza in the original) do not."""
    tok = text.tokens[j]
    if not tok.text.startswith("ال"):
        return False
    start, _ = text.span(tok.start, tok.end)
    return text.original[start : start + 1] == "ا"


def _name_stops() -> set[str]:
    """Words no name holds: function words, speech verbs, negations, complementisers ("بأن")."""
    w = words()
    return w["name_stop"] | w["speech"] | w["negation"] | w["complementiser"]


def _mention(text: Text, i: int, j: int, skip: int, entry: Entry, how: str) -> Mention:
    toks = text.tokens
    start, end = text.span(toks[i].start + skip, toks[j - 1].end)
    surface = text.original[start:end]
    return Mention(start, end, surface, entry.actor_id, entry.name_ar, entry.name_en, entry.country, entry.kind, how)


def _slug(s: str) -> str:
    return re.sub(r"\W+", "_", s.strip().lower()).strip("_")


def find_mentions(text: Text) -> list[Mention]:
    """Every actor mention in the article, resolved to one actor_id per actor."""
    toks = text.tokens
    matches = lexicon_matches(text)
    text.home = home_country(text, matches)
    text.sections = round_up_sections(text, matches)
    by_start = {m.i: m for m in matches}
    adjectives = {m.i: m for m in matches if m.entry.source == "adjective"}
    consumed: set[int] = set()
    mentions: list[Mention] = []
    persons_by_surname: dict[str, Entry] = {}

    i = 0
    while i < len(toks):
        head = _head(text, i) if i not in by_start or by_start[i].entry.source == "adjective" else None
        if head:
            built = _from_head(text, i, head, by_start, adjectives, mentions)
            if built:
                new, end_tok, name_entry = built
                mentions.extend(new)
                consumed.update(range(i, end_tok))
                if name_entry is not None and name_entry.kind == "person" and name_entry.source == "pattern":
                    persons_by_surname[toks[end_tok - 1].text] = name_entry
                    _family_name_first(text, new[-1], name_entry, persons_by_surname)
                i = end_tok
                continue
        m = by_start.get(i)
        if m and m.entry.source != "adjective":
            j = m.j
            # An institution followed by its nationality adjective: "لجنة الانتخابات الفيدرالية الأمريكية".
            if j in adjectives and m.entry.kind not in ("person", "state") and _adjacent(text, toks[j - 1], toks[j]):
                adj = adjectives[j]
                entry = m.entry if m.entry.country else replace(m.entry, country=adj.entry.country)
                mentions.append(_mention(text, i, adj.j, m.skip, entry, m.how))
                j = adj.j
            else:
                mentions.append(_mention(text, i, j, m.skip, m.entry, m.how))
            consumed.update(range(i, j))
            i = j
            continue
        i += 1

    for mention, entry in _names_before_titles(text, by_start, adjectives, consumed):
        mentions.append(mention)
        persons_by_surname[toks[_last_token(text, mention)].text] = entry
        _family_name_first(text, mention, entry, persons_by_surname)
    mentions.extend(_surname_mentions(text, persons_by_surname, consumed))
    mentions.extend(_bare_officials(text, consumed))
    mentions = _resolve_anaphors(text, mentions)
    return sorted(mentions, key=lambda m: (m.start, -m.end))


def _from_head(text: Text, i: int, head: tuple[int, dict], by_start, adjectives, before: list[Mention] = ()):
    """Build the mention(s) a head noun opens, or None when it qualifies nothing.

    Returns (mentions, the token after them, the entry of a named person if any).
    `before` holds the mentions already found, for an anaphoric seat ("المتحدث باسم السفارة").
    """
    toks = text.tokens
    k, row = head
    country = None
    home = _home(text, i)
    quoted = _quoted_org(text, i, row, by_start, adjectives)
    if quoted is not None:
        return quoted
    if row["kind"] == "party" and home and _quoted_name_end(text, k) is not None:
        return _home_party(text, i, k, row, by_start, before)  # 'ائتلاف "صربيا ضد العنف"' is not Serbia's coalition by idafa
    speaks_for = row["kind"] == "title" and toks[k - 1].text == "باسم"
    # An adjective may follow after up to two modifiers ("لجنة الانتخابات الفيدرالية الأمريكية").
    for gap in range(0 if speaks_for else 3):
        a = adjectives.get(k + gap)
        # after a title the words between are definite modifiers: in "رئيس الوزراء محمد شياع السوداني"
        # the adjective-like word ends a name
        if a and all(_adjacent(text, toks[x], toks[x + 1]) for x in range(k - 1, k + gap)) \
                and (row["kind"] != "title" or all(toks[x].text.startswith("ال") for x in range(k, k + gap))):
            country, k = a.entry.country, a.j
            break
    if country is None and home and k < len(toks) and toks[k].text in ("الوطني", "الوطنيه"):
        country, k = home, k + 1  # "المجلس الأعلى للدفاع الوطني": the home country's
    if country is None and home and row["kind"] == "institution" and fold(row["form"]) in words()["home_body"]:
        country = home  # "اللجنة الوطنية للانتخابات", "المفوضية العليا المستقلة للانتخابات": the election's own
    if country is None and k in by_start and not speaks_for:
        nxt = by_start[k]
        if nxt.entry.source == "demonym" and _adjacent(text, toks[k - 1], toks[k]):
            country, k = nxt.entry.country, nxt.j  # "قراصنة إيرانيين": a plural adjective
        elif nxt.entry.source == "country" and nxt.entry.kind == "state" and row["kind"] != "title" \
                and not toks[i].text.startswith("ال"):  # idafa needs an indefinite head: "بعثة إيران", not "الوحدة بكين"
            country, k = nxt.entry.country, nxt.j  # "بعثة إيران", "حكومة روسيا"
        elif row["kind"] == "title" and row["takes_name"] == "1" and nxt.entry.source in ("place", "country") \
                and _adjacent(text, toks[k - 1], toks[k]) and _name_after(text, nxt.j, by_start)[0] > nxt.j:
            # "عمدة العاصمة وارسو رافال تشاسكوفسكي", "رئيس روسيا فلاديمير بوتين" — only before a name:
            # in "اتهم الرئيس روسيا بالتدخل" Russia is the object
            country, k = nxt.entry.country, nxt.j
    # "المتحدث باسم الكرملين": the title takes the country of what it speaks for, and what it
    # speaks for is an actor of its own (a "seat" mention: listed, never an event's argument).
    seats: list[Mention] = []
    if speaks_for or _heads_known_body(text, i, k, row, by_start):
        country, k, seats = _seat(text, k, by_start, adjectives, before, country)
        while seats and k < len(toks) and toks[k].text.startswith("وال") and len(toks[k].text) > 4 \
                and _adjacent(text, toks[k - 1], toks[k]) and k not in by_start:
            k += 1  # "رئيس اللجنة المستقلة للانتخابات والحدود …": the body's name goes on
    if row["takes_name"] == "1":
        domestic = not seats and fold(row["form"]) in words()["home_title"]
        named = _titled_name(text, k, by_start, country or (home if domestic else None),
                             genitive=not seats and not fold(row["form"]).startswith("ال"))
        if named:
            mention, end, entry = named
            if entry.country is None:  # "رئيس المكتب تاماش لانتسي": of the office named before
                entry = _country_from_genitive(text, k, mention, entry, before, by_start)
                mention = replace(mention, country=entry.country)
            return [*seats, mention], end, entry
    if country is None and row["kind"] == "party" and home:
        return _home_party(text, i, k, row, by_start, before)
    if country is None:
        return None
    head_en = row["name_en"]
    entry = Entry(f"{_slug(head_en)}:{country}", _head_surface(text, i, k, row["skip"]), f"{head_en} ({country})", country,
                  _kind_of(row), "pattern")
    return [_mention(text, i, k, row["skip"], entry, "pattern")], k, entry


def _home_party(text: Text, i: int, k: int, row: dict, by_start, before: list[Mention] = ()):
    """"حركة الجيل الجديد", "حزب القانون والعدالة": a party with no nationality is the election country's,
    unless the article named it in full before ("حزب العمال البريطاني" … "حزب العمال"): then it is that party."""
    toks = text.tokens
    home = _home(text, i)
    quoted = _quoted_name_end(text, k)
    if quoted is not None:  # 'ائتلاف "صربيا ضد العنف"', 'حركة «عازمون»'
        end = quoted
        s, e = text.span(toks[i].start + row["skip"], toks[end - 1].end)
        name = text.original[s:e].rstrip('"»”')
        entry = Entry(f"party:{_slug('_'.join(t.text for t in toks[i:end]))}:{home}", name, name, home, "party", "pattern")
        return [_mention(text, i, end, row["skip"], entry, "pattern")], end, entry
    end, stop = k, _name_stops()
    while end < len(toks) and end - k < 3 and _adjacent(text, toks[end - 1], toks[end]) and toks[end].text not in stop \
            and end not in by_start \
            and (toks[end].text.startswith(("ال", "وال")) or (end == k and toks[end].text[:1] not in "بلكف")):
        end += 1
    if end == k:
        return None
    s, e = text.span(toks[i].start + row["skip"], toks[end - 1].end)
    name = text.original[s:e]
    earlier = _named_before(name, before)
    if earlier is not None:
        return [_mention(text, i, end, row["skip"], earlier, "pattern")], end, earlier
    entry = Entry(f"party:{_slug('_'.join(t.text for t in toks[i:end]))}:{home}", name, name, home, "party", "pattern")
    return [_mention(text, i, end, row["skip"], entry, "pattern")], end, entry


def _named_before(name: str, before) -> Entry | None:
    """The party an earlier, fuller mention names ("حزب العمال البريطاني" for "حزب العمال"), as an entry."""
    short = fold(name)
    for m in reversed(before):
        if m.kind == "party" and m.country and fold(m.surface).startswith(short + " "):
            return Entry(m.actor_id, m.name_ar, m.name_en, m.country, m.kind, "pattern")
    return None


def _country_from_genitive(text: Text, k: int, mention: Mention, entry: Entry, before, by_start) -> Entry:
    """The country of the body a title's genitive refers back to ("المكتب" after "مكتب حماية السيادة" المجري),
    or of the state or region after "في"/"عن" ("قائد الشرطة الوطنية في مولدوفا فيوريل …",
    "النائب عن ولاية ألاباما باري مور", "حاكم ولاية مينيسوتا تيم والز")."""
    last = text.token_of(text.folded_index(mention.start))
    for j in range(k, last - 1):
        if text.tokens[j].text in ("في", "عن") or text.tokens[j].text in words()["region_word"]:
            place = next((by_start[n] for n in (j + 1, j + 2) if n in by_start), None)
            if place and (place.entry.kind == "state" or place.entry.source == "place") and place.entry.country:
                return replace(entry, country=place.entry.country)  # "النائب عن ولاية ألاباما باري مور"
    for t in text.tokens[k:last]:
        if t.text.startswith("ال"):
            antecedent = _antecedent(t.text, [m for m in before if m.how != "seat"], [])
            if antecedent is not None and antecedent.country:
                return replace(entry, country=antecedent.country)
    return entry


def _quoted_org(text: Text, i: int, row: dict, by_start, adjectives):
    """'"مكتب حماية السيادة" المجري', '"مكتب حماية السيادة" في المجر': a body named in quotes is one
    actor; its country is the adjective or the "في X" after the quotes, else the election's."""
    toks = text.tokens
    if row["kind"] not in ("institution", "party", "group", "media") or i == 0 or row["skip"]:
        return None
    end = _quoted_name_end(text, i)
    if end is None or end - i < 2:
        return None
    country = None
    inside = [by_start[j].entry.country for j in range(i, end) if j in by_start and by_start[j].entry.country]
    if inside:
        country = inside[0]  # '"شبكات الكرملين"'
    elif end in adjectives:
        country = adjectives[end].entry.country
    elif end + 1 < len(toks) and toks[end].text == "في" and end + 1 in by_start and by_start[end + 1].entry.kind == "state":
        country = by_start[end + 1].entry.country
    elif row["kind"] in ("institution", "party"):
        country = _home(text, i)  # a group ("شبكات", "جهات") with no country is nobody's
    if country is None:
        return None
    s, e = text.span(toks[i].start, toks[end - 1].end)
    name = text.original[s:e]
    kind = _kind_of(row)
    entry = Entry(f"{kind}:{_slug('_'.join(t.text for t in toks[i:end]))}:{country}", name, name, country, kind, "pattern")
    stop = adjectives[end].j if end in adjectives else end
    mention = _mention(text, i, end, 0, entry, "pattern")
    return [mention], stop, entry


def _quoted_name_end(text: Text, k: int) -> int | None:
    """The token after a quoted name opening at token k ('"صربيا ضد العنف"'), if one does, of up to four tokens."""
    toks = text.tokens
    if k >= len(toks):
        return None
    s, _ = text.span(toks[k - 1].end, toks[k].start)
    gap = text.original[s : text.span(toks[k].start, toks[k].end)[0]]
    if not gap.strip() or gap.strip()[-1] not in '"«“':
        return None
    for j in range(k, min(k + 4, len(toks))):
        after = text.original[text.span(toks[j].start, toks[j].end)[1] :][:2]
        if after[:1] in '"»”':
            return j + 1
    return None


def _heads_known_body(text: Text, i: int, k: int, row: dict, by_start) -> bool:
    """'مديرة وكالة الأمن السيبراني جين إيسترلي': an indefinite title whose genitive is a body the
    gazetteer knows; the body is where the person sits (a seat), the name follows it."""
    if row["kind"] != "title" or row["takes_name"] != "1" or text.tokens[i].text.startswith("ال"):
        return False
    if k >= len(text.tokens) or not _adjacent(text, text.tokens[k - 1], text.tokens[k]):
        return False
    body = by_start.get(k)
    if body is not None:
        return body.entry.source == "gazetteer" and body.entry.kind in BODY_KINDS
    # "رئيس اللجنة المستقلة للانتخابات … وافولا تشيبوكاتي": an election body of the election country
    h = _head(text, k)
    return h is not None and h[1]["kind"] == "institution" and fold(h[1]["form"]) in words()["home_body"] \
        and _home(text, k) is not None


def _seat(text: Text, k: int, by_start, adjectives, before, country):
    """What a spokesperson speaks for, from token k: (country, the token after it, its mentions)."""
    toks = text.tokens
    if k >= len(toks):
        return country, k, []
    if k in by_start and by_start[k].entry.source != "adjective":
        seat = by_start[k]
        entry, end = seat.entry, seat.j
        if end in adjectives:  # "باسم الخارجية الروسية"
            entry, end = replace(entry, country=entry.country or adjectives[end].entry.country), adjectives[end].j
            country = adjectives[seat.j].entry.country
        country = country or entry.country
        return country, end, [_mention(text, k, end, seat.skip, entry, "seat")]
    h2 = _head(text, k)
    if h2 is None or h2[1]["kind"] == "title":
        return country, k, []
    built = _from_head(text, k, h2, by_start, adjectives, before)
    if built:  # "باسم وزارة الخارجية الأميركية"
        mentions, end, entry = built
        return country or entry.country, end, [replace(m, how="seat") for m in mentions]
    # "باسم السفارة": the embassy named before
    antecedent = _antecedent(fold(toks[k].text), [m for m in before if m.how != "seat"], [])
    if antecedent is None:
        return country, k, []
    end = h2[0]
    start, stop = text.span(toks[k].start, toks[end - 1].end)
    seat = replace(antecedent, start=start, end=stop, surface=text.original[start:stop], how="seat")
    return country or antecedent.country, end, [seat]


def _modifier_starts(text: Text, k: int, genitive: bool) -> list[int]:
    """Where a name may start after a title, nearest first: past "السابق", "الليبرالي", "لشؤون أوروبا",
    "لدى المجر", "حزب المحافظين" and, after an indefinite title, its genitive ("رئيس المركز …")."""
    toks = text.tokens
    fillers, complements = words()["title_filler"], words()["title_complement"]
    starts = [k]
    for _ in range(4):
        if k >= len(toks) or (k > 0 and not _adjacent(text, toks[k - 1], toks[k])):
            break
        t = toks[k].text
        if t in fillers or (t.startswith("ال") and len(t) > 5 and t.endswith(("ي", "يه"))):
            k += 1  # a nisba adjective: "رئيس الوزراء الليبرالي"
        elif t in complements and k + 1 < len(toks):
            k += 2  # a complement and its genitive
            if toks[k - 1].text in words()["region_word"] and k < len(toks):
                k += 1  # "عن ولاية تينيسي": the region's name too
        elif genitive and t in words()["region_word"] and k + 1 < len(toks):
            k, genitive = k + 2, False  # "حاكم ولاية مينيسوتا تيم والز"
        elif genitive and t.startswith("ال") and len(t) > 3:
            k, genitive = k + 1, False  # "رئيس المكتب تاماش لانتسي", "زعيم المحافظين بيير بواليفر"
        elif genitive and _quoted_name_end(text, k) is not None:
            k, genitive = _quoted_name_end(text, k), False  # 'رئيس تحرير "أتلاتسو" تاماش بودوكي'
        else:
            break
        starts.append(k)
    return starts


def _titled_name(text: Text, k: int, by_start, country: str | None, genitive: bool = False):
    """The person a title names, from token k: (mention, the token after it, entry) or None."""
    toks = text.tokens
    between = words()["title_filler"] | words()["title_complement"]
    for start in dict.fromkeys(_modifier_starts(text, k, genitive)):
        if start < len(toks) and start > k and toks[start].text in between:
            continue  # "الرئيس المنتهية ولايته لويس …": a modifier word starts no name
        skip_comma = 0 < start < len(toks) and "،" in text.folded.text[toks[start - 1].end : toks[start].start]
        end, person = _name_after(text, start, by_start)
        # past a comma only a known person, or an unknown one right after the title ("الرئيس، جو …")
        if end <= start or (skip_comma and not person and (end - start < 2 or start != k)):
            continue
        if person:
            entry = person.entry
            if entry.country is None and country:
                entry = replace(entry, country=country)
            return _mention(text, start, end, person.skip, entry, "title"), end, entry
        name_tokens = [t.text for t in toks[start:end]]
        s, e = text.span(toks[start].start, toks[end - 1].end)
        name_ar = text.original[s:e]
        entry = Entry(f"person:{_slug('_'.join(name_tokens))}", name_ar, name_ar, country, "person", "pattern")
        return _mention(text, start, end, 0, entry, "title"), end, entry
    return None


def _last_token(text: Text, m: Mention) -> int:
    return text.token_of(text.folded_index(m.end) - 1)


def _name_like(text: Text, k: int, stop: set[str]) -> bool:
    tok = text.tokens[k].text
    return len(tok) >= 2 and not tok.isdigit() and not _has_article(text, k) and tok not in stop \
        and _strip_conj(tok) not in stop


def _names_before_titles(text: Text, by_start, adjectives, consumed: set[int]):
    """A name before its title: "سلافومير منتسن مرشح حزب …", "وقالت فانيسا لويد، نائبة مدير …".

    The name (two or three tokens no lexicon knows) must open a clause: after a speech verb, a
    function word, punctuation, or a conjunction glued to it ("وشيمون هولوفنيا رئيس …").
    """
    toks = text.tokens
    stop = _name_stops()
    out = []
    for j in range(2, len(toks)):
        if j in consumed or toks[j].text.startswith("ال"):
            continue
        head = _head(text, j)
        if head is None or head[1]["kind"] != "title" or head[1]["takes_name"] != "1":
            continue
        end = j - 1
        if not _adjacent(text, toks[end], toks[j], allow_comma=True):
            continue
        k = end
        while k >= 0 and end - k < 3 and k not in consumed and k not in by_start and _name_like(text, k, stop) \
                and (k == end or _adjacent(text, toks[k], toks[k + 1])):
            k -= 1
        first = k + 1
        if end - first + 1 < 2:
            continue
        opener = toks[first].text
        glued = opener[:1] == "و" and _strip_conj(opener) != opener
        boundary = first == 0 or not _adjacent(text, toks[first - 1], toks[first]) or toks[first - 1].text in stop \
            or _strip_conj(toks[first - 1].text) in stop
        if not (boundary or glued):
            continue
        country = _title_country(text, j, by_start, adjectives)
        if country is None and fold(head[1]["form"]) in words()["home_title"]:
            country = _home(text, j)
        skip = 1 if glued and len(opener) >= 5 else 0  # "وشيمون", but not "وانغ"
        name_tokens = [toks[first].text[skip:]] + [t.text for t in toks[first + 1 : end + 1]]
        s, e = text.span(toks[first].start + skip, toks[end].end)
        entry = Entry(f"person:{_slug('_'.join(name_tokens))}", text.original[s:e], text.original[s:e], country, "person",
                      "pattern")
        out.append((_mention(text, first, end + 1, skip, entry, "title"), entry))
        consumed.update(range(first, end + 1))
    return out


def _title_country(text: Text, j: int, by_start, adjectives) -> str | None:
    """The country of the title at token j or of the office it nests ("نائبة مدير جهاز الاستخبارات الكندي")."""
    for t in range(j, min(j + 3, len(text.tokens))):
        head = _head(text, t)
        built = _from_head(text, t, head, by_start, adjectives) if head else None
        if built and built[2] is not None and built[2].kind != "person" and built[2].country:
            return built[2].country
    return None


def _head_surface(text: Text, i: int, k: int, skip: int) -> str:
    """The actor's name as the article writes it, from its head noun on. A head read through "لل"
    (ل + ال: "للإذاعة العامة النرويجية") is named with its article: "الإذاعة العامة النرويجية"."""
    s, e = text.span(text.tokens[i].start + skip, text.tokens[k - 1].end)
    name = text.original[s:e]
    return "ال" + name[2:] if name.startswith("لل") and text.tokens[i].text[skip:].startswith("لل") else name


def _kind_of(row: dict) -> str:
    return {"institution": "government", "media": "media", "group": "group", "title": "office"}.get(row["kind"], row["kind"])


def _family_name_first(text: Text, m: Mention, entry: Entry, persons: dict[str, Entry]) -> None:
    """'المتحدث باسم المكتب تشن بين هوا' … 'واتهم تشن': Chinese, Korean and Vietnamese names put the family
    name first, and later mentions use it alone. Only a name of three words or more, and a family name of
    three letters or more that is no function word ("لي" is also "to me")."""
    if (entry.country or "").lower() not in words()["family_name_first"]:
        return
    first, last = text.token_of(text.folded_index(m.start)), _last_token(text, m)
    if last - first < 2:
        return
    family = text.tokens[first].text
    if len(family) >= 3 and family not in _name_stops() and family not in persons:
        persons[family] = entry


def _surname_mentions(text: Text, persons: dict[str, Entry], consumed: set[int]) -> list[Mention]:
    """Later mentions of a person found by a title pattern, by surname alone."""
    out = []
    for idx, tok in enumerate(text.tokens):
        if idx in consumed:
            continue
        for variant, skip in [(tok.text, 0), *[(v, s) for v, s in ((tok.text[1:], 1),) if tok.text[:1] in "وفبل"]]:
            if variant in persons:
                out.append(_mention(text, idx, idx + 1, skip, persons[variant], "coref"))
                break
    return out


def home_country(text: Text, matches: list[Match]) -> str | None:
    """The country whose election the article is about.

    First the elections it names ("الانتخابات الرئاسية الأمريكية", "انتخابات مولدوفا"), then a
    dateline capital in the first lines ("تبليسي - سكاي نيوز"), then a clear majority of the
    countries of the actors it names.
    """
    toks = text.tokens
    by_start = {m.i: m for m in matches}
    votes: dict[str, int] = {}
    for i, t in enumerate(toks):
        ballot = t.text.endswith("الاقتراع")  # "صناديق الاقتراع التركية": its adjective only ("مراكز الاقتراع في إيطاليا" abroad)
        if not ballot and not t.text.endswith("انتخابات") and t.text not in ("انتخابات", "الانتخابات"):
            continue
        k = i + 1
        while k < len(toks) and toks[k].text in _ELECTION_KINDS:
            k += 1  # "الانتخابات الرئاسية الأمريكية"
        m = by_start.get(k)
        if ballot and m is not None and m.entry.source != "adjective":
            m = None
        if m is None and not ballot and k < len(toks) and toks[k].text == "في":
            m = by_start.get(k + 1)  # "الانتخابات في ألمانيا"
        # "لتقويض الانتخابات.. والهند ترفض": a country after punctuation or "و" starts another clause
        if m and (m.skip or not _adjacent(text, toks[m.i - 1], toks[m.i])):
            m = None
        if m and m.entry.country and (m.entry.source in ("adjective", "country") or m.entry.kind == "region"):
            votes[m.entry.country] = votes.get(m.entry.country, 0) + 1
    if votes:
        return max(votes.items(), key=lambda kv: kv[1])[0]
    head_end = text.original.find("\n", text.original.find("\n") + 1)
    for m in matches:
        if text.span(toks[m.i].start, toks[m.i].end)[0] > max(head_end, 200):
            break
        after = text.folded.text[toks[m.j - 1].end : toks[m.j - 1].end + 3]
        # "تبليسي - سكاي نيوز", and below the headline "أربيل: «الشرق الأوسط»" (a headline "إيران: …" quotes Iran)
        dash = r"\s*(?:[-–/:]|،\s*[\d٠-٩])" if text.span(toks[m.i].start, toks[m.i].end)[0] > text.original.find("\n") >= 0 else r"\s*[-–/]"
        if (m.entry.source == "country" or m.entry.kind == "region") and m.entry.country and re.match(dash, after) \
                and sum(x.entry.country == m.entry.country for x in matches) > 1:
            return m.entry.country  # (a newsroom's city named once, "القاهرة - «الأهرام»", is not the story's country)
    counts: dict[str, int] = {}
    for m in matches:
        if m.entry.country and m.entry.source != "adjective":
            counts[m.entry.country] = counts.get(m.entry.country, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if ranked and (len(ranked) == 1 or ranked[1][1] * 2 <= ranked[0][1]):
        return ranked[0][0]
    return None


def _home(text: Text, i: int) -> str | None:
    """The election country where token i stands (its round-up section's, else the article's)."""
    return text.home_at(text.span(text.tokens[i].start, text.tokens[i].end)[0]) if text.sections else text.home


def round_up_sections(text: Text, matches: list[Match]) -> list[tuple[int, str]]:
    """"كندا: بكين «الأكثر نشاطا»", "مولدوفا: الغاز والانتخابات": short heading lines that open with a
    country and a colon divide a round-up into sections, each on its own country's election. Only
    when two or more countries head sections: one such line ("موسكو: اتهامات بلا دليل") quotes a side."""
    toks = text.tokens
    first_line_end = text.original.find("\n")
    out: list[tuple[int, str]] = []
    for m in matches:
        if m.skip or not (m.entry.source == "country" or m.entry.kind == "region") or not m.entry.country:
            continue
        start, end = text.span(toks[m.i].start, toks[m.j - 1].end)
        line_start = text.original.rfind("\n", 0, start) + 1
        line_end = text.original.find("\n", end)
        line_end = len(text.original) if line_end < 0 else line_end
        line = text.original[line_start:line_end]
        if line_start <= first_line_end or text.original[line_start:start].strip() \
                or not text.original[end:].lstrip(" ").startswith(":") or len(line.split()) > 10 \
                or line.rstrip().endswith("."):
            continue
        out.append((line_start, m.entry.country))
    return out if len({c for _, c in out}) >= 2 else []


def _bare_officials(text: Text, consumed: set[int]) -> list[Mention]:
    """'قال المسؤولون', 'المعارضة', 'الحزب الحاكم' with no nationality: the home country's."""
    if text.home is None and not text.sections:
        return []
    phrases = [tuple(p.split()) for p in words()["bare_official"]]
    firsts = {p[0] for p in phrases}
    entry_of = {}
    out = []
    toks = text.tokens
    for i in range(len(toks)):
        if i in consumed or _strip_conj(toks[i].text) not in firsts:
            continue
        home = _home(text, i)
        if home is None:
            continue
        for phrase in sorted(phrases, key=len, reverse=True):
            n = len(phrase)
            got = (_strip_conj(toks[i].text), *[t.text for t in toks[i + 1 : i + n]])
            if got != phrase:
                continue
            skip = len(toks[i].text) - len(_strip_conj(toks[i].text))
            # Named as the article first spells it ("الحكومة"): the phrase lists are folded ("الحكومه").
            s, e = text.span(toks[i].start + skip, toks[i + n - 1].end)
            name = text.original[s:e]
            entry = entry_of.setdefault((phrase, home), Entry(
                f"{_slug('_'.join(phrase))}:{home}", name, f"{name} ({home})", home, "group", "pattern"))
            out.append(_mention(text, i, i + n, skip, entry, "pattern"))
            consumed.update(range(i, i + n))
            break
    return out


def _strip_conj(tok: str) -> str:
    return tok[1:] if len(tok) > 3 and tok[0] in "وف" else tok


@lru_cache(maxsize=65536)
def _anaphor_in(tok: str, anaphors: frozenset[str]) -> tuple[str, int] | None:
    """(anaphor, clitic length) when the token is one ("والبعثة", "للصحيفة" = ل + الصحيفة), else None."""
    variants = [(tok, 0)] + [(tok[len(c):], len(c)) for c in ("و", "ف", "ب", "ل") if tok.startswith(c)]
    if tok.startswith("لل"):
        variants.append(("ا" + tok[1:], 1))
    return next(((v, s) for v, s in variants if v in anaphors), None)


def _resolve_anaphors(text: Text, mentions: list[Mention]) -> list[Mention]:
    """'البعثة', 'الصحيفة', 'التقرير' refer back to the last actor of that kind."""
    anaphors = frozenset(words()["anaphor"])
    ordered = sorted(mentions, key=lambda m: m.start)
    out = list(mentions)
    taken = [(m.start, m.end) for m in mentions]
    authors = _report_authors(text, ordered)
    for tok in text.tokens:
        hit = _anaphor_in(tok.text, anaphors)
        if hit is None:
            continue
        start, end = text.span(tok.start + hit[1], tok.end)
        if any(s <= start < e for s, e in taken):
            continue
        antecedent = _antecedent(hit[0], [m for m in ordered if m.end <= start], [m for m in authors if m.end <= start])
        if antecedent is None:
            continue
        out.append(replace(antecedent, start=start, end=end, surface=text.original[start:end], how="anaphor"))
    return out


def _report_authors(text: Text, ordered: list[Mention]) -> list[Mention]:
    """Organisations named right after a report word ("تقرير لشركة X", "تقرير نشرته X")."""
    reports = words()["report"]
    out = []
    for i, tok in enumerate(text.tokens):
        if _strip_conj(tok.text) not in reports and tok.text not in reports:
            continue
        lo, hi = tok.end, text.tokens[min(i + 4, len(text.tokens) - 1)].end
        out += [m for m in ordered if lo <= text.folded_index(m.start) <= hi and m.kind in _ORGS]
    return out


_ORGS = {"media", "company", "agency", "government"}
BODY_KINDS = {"agency", "government", "organization", "party", "campaign", "company", "media"}


def _antecedent(anaphor: str, before: list[Mention], authors: list[Mention]) -> Mention | None:
    if anaphor in ("الصحيفه", "المجله"):
        pool = [m for m in before if m.kind == "media"]
    elif anaphor == "التقرير":  # the report is the last one whose author was named
        # (a government is named for many reasons; a report with no named author is no government's)
        pool = authors or [m for m in before if m.kind in _ORGS - {"government"}]
    elif anaphor == "الشركه":
        pool = [m for m in before if m.kind == "company"]
    elif anaphor == "الحمله":
        pool = [m for m in before if m.kind == "campaign"]
    else:
        stem = anaphor[2:] if anaphor.startswith("ال") else anaphor
        pool = [m for m in before if m.how in ("pattern", "gazetteer") and stem[:3] in fold(m.surface)]
        if not pool:  # "الوحدة" after "فرقة العمل الحكومية الكندية": the last official body
            pool = [m for m in before if m.kind in ("government", "agency") and m.how in ("pattern", "gazetteer")]
    return pool[-1] if pool else None

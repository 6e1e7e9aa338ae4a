"""Events: typed statements and actions found at cue words, with a source and a target.

Reads: a prepared Text, its Mentions and its Segments' dates. Adds: Events. The cue words are
data (core/data/cues.csv); this module decides, per cue, who did it to whom:
- an accusation verb takes its subject (before it, or right after it in verb-first order) as the
  accuser and the next actor as the accused; a passive ("متهما من قبل") swaps them;
- an allegation ("قراصنة إيرانيين اخترقوا", "التدخل الروسي") is an accusation only when the
  sentence attributes it to someone (a speaker, "وفقا لتقرير …"), who becomes the accuser;
- a negated or withheld answer ("لم ينكر", "رفضت التعليق") is never a denial;
- a denial phrase ("غير صحيح") belongs to the sentence's speaker, also inside a long quote.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date

from core.dates import find_dates
from core.lexicon import _country_name_ar, _country_name_en, country_entries, cue_starts, cues, word_patterns, words
from core.model import Event, Mention, Segment
from core.text import Text

_PUNCT_BREAK = re.compile(r"[،,؛;:()]")  # quotes do not end a clause: موسكو "تدحض"
_OPEN_QUOTES, _CLOSE_QUOTES = "“«", "”»"
_AUTHORS = {"media", "agency", "company", "government", "organization"}


@dataclass
class CueHit:
    role: str
    event_type: str
    plover: str | None
    cameo: str
    fs: int  # folded span of the cue
    fe: int
    ti: int  # first token index of the cue
    tj: int  # token index after the cue


@dataclass
class Sent:
    """One sentence seen by the event rules: its tokens, actors, speaker and cues."""

    index: int
    start: int
    end: int
    fs: int
    fe: int
    t0: int  # first token index
    t1: int  # token index after the sentence
    segment: Segment
    mentions: list[Mention]
    speaker: Mention | None = None
    hits: list[CueHit] = field(default_factory=list)


def _is_bullet(text: Text, s: Sent) -> bool:
    """A list item: a line opening with a dash, bullet or star."""
    return text.original[s.start : s.start + 1] in ("-", "–", "•", "*", "·") and (
        s.start == 0 or text.original[text.original.rfind("\n", 0, s.start) + 1 : s.start].strip() == "")


def _tok(text: Text, fpos: int) -> int:
    return text.token_at(fpos)


def _in(tok: str, vocabulary: set[str]) -> bool:
    """True when a token, or the token without a leading و / ف, is in the vocabulary."""
    return tok in vocabulary or _bare(tok) in vocabulary


def _topic_in(tok: str, vocabulary: set[str]) -> bool:
    """A topic word with its clitics and a possessive pronoun: "للانتخابات", "تدخلها", "وبتدخلهم"."""
    forms = {tok, _bare(tok)}
    for f in list(forms):
        if f.startswith("لل") and len(f) > 4:
            forms.add("ال" + f[2:])
        if f[:1] in "بل" and len(f) > 4:
            forms.add(f[1:])
    for f in list(forms):
        for suffix in ("هما", "هم", "ها", "ه"):
            if f.endswith(suffix) and len(f) - len(suffix) >= 3:
                forms.add(f[: -len(suffix)])
                break
    return bool(forms & vocabulary)


def _bare(tok: str) -> str:
    """A token without a leading و / ف conjunction."""
    return tok[1:] if len(tok) > 2 and tok[0] in "وف" else tok


def _breaks_between(text: Text, a: int, b: int) -> bool:
    """True if punctuation separates folded offsets a < b."""
    return bool(_PUNCT_BREAK.search(text.folded.text, a, b)) if a < b else False


def _candidates(text: Text, sent_mentions: list[Mention]) -> list[Mention]:
    """Mentions that can be an event's argument: not a place where something happens."""
    loc = words()["locative"]
    out = []
    for m in sent_mentions:
        if _is_byline(text, m) or _is_dateline(text, m) or m.how == "seat":  # "باسم الكرملين": the spokesperson acts
            continue
        fi = text.folded_index(m.start)
        ti = _tok(text, fi)
        prev = text.tokens[ti - 1].text if ti > 0 else ""
        if m.kind in ("state", "region") and prev in loc:
            continue
        if m.how == "country" and m.kind == "state" and _bare(prev) in loc:
            continue
        out.append(m)
    return out


def _is_dateline(text: Text, m: Mention) -> bool:
    """'واشنطن - اتهمت …': the place a story was filed from, at the head of its line, is nobody's subject."""
    line_start = text.original.rfind("\n", 0, m.start) + 1
    return m.kind in ("state", "region", "government") and not text.original[line_start : m.start].strip() \
        and bool(re.match(r"\s*(?:[-–—/]|،\s*[\d٠-٩])", text.original[m.end : m.end + 4]))


def _is_byline(text: Text, m: Mention) -> bool:
    """'أوتاوا (رويترز) -', 'بوخارست/ الأناضول': the agency that filed the story accuses no one."""
    if m.kind != "media":
        return False
    before = text.original[max(0, m.start - 3) : m.start].strip()
    after = text.original[m.end : m.end + 3].strip()
    if before.endswith("(") and after.startswith(")"):
        return True
    line_start = text.original.rfind("\n", 0, m.start) + 1
    line_end = text.original.find("\n", m.end)
    line = text.original[line_start : line_end if line_end >= 0 else len(text.original)]
    return len(line) < 60 and bool(re.search(r"\s[-–/]\s|/\s|\s-", line))


def _find_hits(text: Text) -> list[CueHit]:
    """Every cue in the article: what each cue's finditer would find, tried only where some cue starts."""
    ftext = text.folded.text
    starts = [m.start() for m in cue_starts().finditer(ftext)]
    hits = []
    if not starts:
        return hits
    for cue in cues():
        if cue.literals and not any(run in ftext for run in cue.literals):
            continue  # the cue cannot match in this text
        end = 0
        for p in starts:
            m = cue.regex.match(ftext, p) if p >= end else None  # finditer's matches never overlap
            if m is None:
                continue
            end = m.end()
            s, e = m.span(1)
            ti = text.token_of(s)  # the token holding the cue (its clitic included)
            hits.append(CueHit(cue.role, cue.event_type, cue.plover, cue.cameo, s, e, ti, _tok(text, e)))
    return sorted(hits, key=lambda h: h.fs)


def _speaker(text: Text, s: Sent) -> Mention | None:
    """Who speaks in the sentence: the actor right after (or before) a speech verb.

    An actor after a preposition ("أشارت … إلى موسكو", "في بيان أرسلته إلى رويترز") is not
    the speaker.
    """
    speech = words()["speech"]
    toks = text.tokens
    if _label(text, s) is not None:
        return s.mentions[0]  # a headline "زاخاروفا: …" quotes its first actor
    topic = _topic(text, s)
    if topic is not None:
        return topic
    participles = words()["speech_participle"]
    for ti in range(s.t0, s.t1):
        if _in(toks[ti].text, participles):  # "ردت زاخاروفا على …، قائلة إن": the subject speaks
            subjects = [m for m in s.mentions if text.folded_index(m.end) <= toks[ti].start and not _after_prep(text, m)]
            if subjects:
                return subjects[0]
        if not _in(toks[ti].text, speech) or (ti + 1 < s.t1 and toks[ti + 1].text in words()["anonymity"]):
            continue
        after = [m for m in s.mentions if text.folded_index(m.start) >= toks[ti].end and not _after_prep(text, m)
                 and not _owns_words(text, m)]
        if ti + 1 < s.t1 and toks[ti + 1].text in words()["complementiser"]:
            after = []  # "تقرير أفاد بأن بوتين …": the speaker came before the verb
        if after:
            m = after[0]
            mi = _tok(text, text.folded_index(m.start))
            between = [toks[j].text for j in range(ti + 1, mi)]
            # "قال المتحدث باسم حملة ترامب ستيفن تشيونغ" (a title may stand between), but not
            # "وكتب على منصة إكس … ترامب" (a preposition ends the subject's place) nor "وأضاف البيان
            # أن إيران …" (after "أن" comes what was said)
            if mi - ti <= 7 and not any(_in(w, words()["preposition"]) or _in(w, words()["complementiser"])
                                        for w in between):
                return m
        before = [m for m in s.mentions if text.folded_index(m.end) <= toks[ti].start]
        subjects = [m for m in before if not _after_prep(text, m)]
        # "رفضت زاخاروفا … الاتهامات التي تطلقها فيلنيوس، وقالت إنها …": after a comma, a verb with
        # "و" goes on with the sentence's subject; the actor just before closed the previous clause
        coordinated = toks[ti].text[:1] in "وف" and bool(before) and bool(re.search(
            r"[،,]", text.folded.text[text.folded_index(before[-1].end) : toks[ti].start]))
        if coordinated and subjects:
            return subjects[0]
        if before and text.token_of(text.folded_index(before[-1].end) - 1) >= ti - 1:
            return before[-1]
        if toks[ti].text[:1] in "وف" and subjects:  # "رفض عراقجي الاتهامات، وكتب …": same subject
            return subjects[0]
        # "وكانت الرئيسة زورابيشفيلي، التي …، قد أعلنت": the subject opens the sentence (after "كان")
        if subjects and _tok(text, text.folded_index(subjects[0].start)) <= s.t0 + (1 if _opens_with_kana(text, s) else 0):
            return subjects[0]
    return None


def _label(text: Text, s: Sent) -> Mention | None:
    """The actor a sentence opens with, followed by a colon ("زاخاروفا: …"): a headline or an answer."""
    if s.mentions and s.mentions[0].start == s.start and text.original[s.mentions[0].end : s.mentions[0].end + 2].strip()[:1] == ":":
        return s.mentions[0]
    return None


def _line_start(text: Text, pos: int) -> int:
    return text.original.rfind("\n", 0, pos) + 1


def _opens_with_kana(text: Text, s: Sent) -> bool:
    return _bare(text.tokens[s.t0].text) in ("كان", "كانت", "كانوا")


def _topic(text: Text, s: Sent) -> Mention | None:
    """'أما المتحدثة … زاخاروفا، فذهبت أبعد …، إذ وصفت …': the actor after "أما", closed by a comma and
    a verb glued to "ف", is the subject of the whole sentence."""
    toks = text.tokens
    if s.t1 - s.t0 < 4 or _bare(toks[s.t0].text) != "اما":
        return None
    first = next((m for m in s.mentions if m.how != "seat" and not _after_prep(text, m)), None)
    if first is None:
        return None
    end = text.token_of(text.folded_index(first.end) - 1)
    for ti in range(end + 1, min(end + 6, s.t1)):
        if toks[ti].text.startswith("ف") and "،" in text.folded.text[toks[ti - 1].end : toks[ti].start]:
            return first
    # "أما السفارة الروسية فردّت على …": the verb glued to "ف" right after the actor, with no comma
    if end + 1 < s.t1 and toks[end + 1].text.startswith("ف") and len(toks[end + 1].text) > 3 \
            and _adjacent_tokens(text, end, end + 1) and not any(text.token_of(text.folded_index(m.start)) == end + 1
                                                                 for m in s.mentions):
        return first
    return None


def _owns_words(text: Text, m: Mention) -> bool:
    """'وصفت حديث ساندو عن … بأنه هراء': an actor in the genitive of words said (حديث، تصريحات،
    اتهامات) is whose words they are, not who speaks."""
    ti = _tok(text, text.folded_index(m.start))
    if ti == 0:
        return False
    before = text.tokens[ti - 1].text
    return _in(before, words()["claim_noun"]) or _in(before, words()["words_noun"])


def _adjacent_tokens(text: Text, a: int, b: int) -> bool:
    """Nothing but spaces between tokens a and b."""
    return not text.folded.text[text.tokens[a].end : text.tokens[b].start].strip()


def _has_speech(text: Text, s: Sent) -> bool:
    speech = words()["speech"]
    return any(_in(text.tokens[ti].text, speech) for ti in range(s.t0, min(s.t0 + 3, s.t1)))


def _after_people(text: Text, m: Mention) -> bool:
    """'باحثون في شركة غرافيكا': the organisation the people work for speaks through them."""
    ti = _tok(text, text.folded_index(m.start))
    return ti >= 2 and _in(text.tokens[ti - 2].text, words()["people_noun"])


def _after_prep(text: Text, m: Mention) -> bool:
    """True when the mention is the object of a preposition (its own clitic or the word before)."""
    preps = words()["preposition"]
    ti = _tok(text, text.folded_index(m.start))
    if ti == 0:
        return False
    return _in(text.tokens[ti - 1].text, preps)


def _clause_start(text: Text, s: Sent, ti: int) -> int:
    """Folded offset where the clause holding token ti begins."""
    breaks = words()["clause_break"]
    toks = text.tokens
    j = ti
    while j > s.t0:
        if _breaks_between(text, toks[j - 1].end, toks[j].start):
            return toks[j].start
        if _in(toks[j - 1].text, breaks):
            return toks[j - 1].end
        j -= 1
    return s.fs


def _clause_end(text: Text, s: Sent, tj: int) -> int:
    """Folded offset where the clause after token tj ends (commas do not end it)."""
    breaks = {"بعدما", "لكن", "لكنه", "لكنها", "ولكن", "بينما", "حين", "حيث"}
    toks = text.tokens
    for j in range(tj, s.t1):
        if _in(toks[j].text, breaks):
            return toks[j].start
    return s.fe


def _negated(text: Text, s: Sent, ti: int, reach: int = 2) -> bool:
    neg = words()["negation"]
    toks = text.tokens
    for j in range(ti - 1, max(s.t0, ti - reach) - 1, -1):
        if _breaks_between(text, toks[j].end, toks[j + 1].start):
            return False
        if _in(toks[j].text, neg) and toks[j + 1].text != "سيما":
            return True
    return False


def _between(text: Text, ms: list[Mention], a: int, b: int) -> list[Mention]:
    """Mentions whose folded start lies in [a, b)."""
    return [m for m in ms if a <= text.folded_index(m.start) < b]


def _differs(m: Mention, other: Mention | None) -> bool:
    return other is None or m.actor_id != other.actor_id


def _pick_target(cands: list[Mention], source: Mention | None) -> Mention | None:
    """The accused: prefer an actor of another country than the accuser's."""
    others = [m for m in cands if _differs(m, source)]
    if source is not None and source.country:
        foreign = [m for m in others if m.country and m.country != source.country]
        if foreign:
            return foreign[0]
    return others[0] if others else None


def _subject_and_object(text: Text, s: Sent, hit: CueHit, cands: list[Mention], elided: Mention | None = None):
    """Subject before the verb in its clause, else the first actor after it (verb-first).

    A verb joined by و with a single actor before its charge ("واتهمت روسيا بالوقوف وراء …")
    has an elided subject: the one given as `elided` (the sentence's or the previous speaker).
    """
    cs, ce = _clause_start(text, s, hit.ti), _clause_end(text, s, hit.tj)
    before = [m for m in _between(text, cands, cs, hit.fs) if not _after_prep(text, m)]
    # "رفضت السفارة الروسية … الاتهامات": a long cue holds its own subject
    after = _between(text, cands, text.tokens[hit.ti].end, ce)
    if before:
        return before[-1], after
    # verb-first: the subject follows the verb in its own clause ("تنفي الدول الثلاث أي تدخل، وتتهم
    # واشنطن …": Washington, past the comma, is the next verb's object, not this one's subject)
    subjects = [m for m in after if (not _after_prep(text, m) or _after_people(text, m))
                and not _breaks_between(text, hit.fe, text.folded_index(m.start))]
    toks = text.tokens
    joined = toks[hit.ti].text[:1] in "وف" or (hit.ti > s.t0 and _breaks_between(text, toks[hit.ti - 1].end, toks[hit.ti].start))
    if elided is not None and joined and len(_before_charge(text, s, hit, after)) == 1:
        return elided, after  # "…، تتهم فيها حزب العمال بـ…": the one actor before the charge is the object
    if subjects:
        first = subjects[0]
        return first, [m for m in after if m is not first]
    return None, after


def _before_charge(text: Text, s: Sent, hit: CueHit, after: list[Mention]) -> list[Mention]:
    """Actors between a verb and its charge ("ب…" : بالتدخل، بأنه، بشن)."""
    toks = text.tokens
    inside = {j for m in after for j in range(_tok(text, text.folded_index(m.start)),
                                                text.token_of(text.folded_index(m.end) - 1) + 1)}
    for j in range(hit.tj, s.t1):
        if j not in inside and _is_charge(toks[j].text):
            return [m for m in after if text.folded_index(m.start) < toks[j].start]
    return after


def _is_charge(tok: str) -> bool:
    """A word opening the charge of an accusation ("بالتدخل", "بنشر"), or the bare preposition of a quoted
    charge ('بـ"تدخل أجنبي سافر"', where the quote splits "بـ" off as a token of its own)."""
    return tok == "ب" or (tok.startswith("ب") and len(tok) > 3 and tok not in words()["not_charge"])


def _passive_voice(text: Text, hit: CueHit) -> bool:
    """A damma written on the verb's first letters marks the passive ("اتُّهمت", "وُجهت")."""
    start, end = text.span(hit.fs, hit.fe)
    return "\u064f" in text.original[start : min(end, start + 4)]


def _first_person_target(text: Text, s: Sent, hit: CueHit, speaker: Mention | None) -> Mention | None:
    """'يتهم بلادنا': the speaker's own country is the one accused."""
    fp = words()["first_person_country"]
    for j in range(hit.tj, min(hit.tj + 3, s.t1)):
        if _in(text.tokens[j].text, fp) and speaker is not None:
            return speaker
    return None


class EventBuilder:
    """Turns one article's sentences into events (one instance per article)."""

    def __init__(self, article_id: str, text: Text, mentions: list[Mention]):
        self.article_id = article_id
        self.text = text
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.events: list[Event] = []
        self._seen: set[tuple] = set()

    # -- sentence preparation -------------------------------------------------------------
    def sentences(self) -> list[Sent]:
        text = self.text
        out = []
        last_speaker: Mention | None = None
        in_quote = False
        label: tuple[int, Mention] | None = None  # (line start, actor) of a line opened by "X:"
        all_hits = _find_hits(text)
        starts = [h.fs for h in all_hits]
        for n, sen in enumerate(text.sentences):
            seg = text.segments[sen.segment]
            fs, fe = text.folded_index(sen.start), text.folded_index(sen.end)
            ms = [m for m in self.mentions if sen.start <= m.start and m.end <= sen.end]
            s = Sent(n, sen.start, sen.end, fs, fe, _tok(text, fs), _tok(text, fe), seg, _candidates(text, ms))
            s.hits = [h for h in all_hits[bisect_left(starts, fs) : bisect_left(starts, fe)] if h.fe <= fe]
            s.speaker = _speaker(text, s)
            if _label(text, s) is not None:
                label = (_line_start(text, sen.start), s.speaker)
            elif s.speaker is None and label is not None and label[0] == _line_start(text, sen.start):
                s.speaker = label[1]  # a transcript's answer "زاخاروفا: … . أكرر: روسيا لم تتدخل": all hers
            same_seg = bool(out) and out[-1].segment.index == seg.index
            if s.speaker is None and same_seg and _is_bullet(text, s):
                s.speaker = self._list_intro_subject(text, out)
            # Inside a quotation that runs over several sentences, the quoted speaker goes on.
            if s.speaker is None and same_seg and (in_quote or _has_speech(text, s)):
                s.speaker = last_speaker or out[-1].speaker
            body = text.original[sen.start : sen.end]
            opened = sum(body.count(c) for c in _OPEN_QUOTES) + body.count('"') // 2
            closed = sum(body.count(c) for c in _CLOSE_QUOTES)
            if any(body.count(c) for c in _OPEN_QUOTES + _CLOSE_QUOTES):
                in_quote = opened > closed or (in_quote and opened == closed and closed == 0)
            elif body.count('"') % 2:
                in_quote = not in_quote
            last_speaker = s.speaker or (last_speaker if in_quote else None)
            out.append(s)
        return out

    @staticmethod
    def _list_intro_subject(text: Text, before: list[Sent]) -> Mention | None:
        """'أصدر مكتب … سلسلة من البيانات، أبرزها:' then '- 19 أغسطس: اتهام إيران بـ…': a list item
        is said by whoever introduced the list (its speaker, else its first actor not after a preposition)."""
        for p in reversed(before):
            if _is_bullet(text, p):
                continue
            if not text.original[p.start : p.end].rstrip().endswith(":"):
                return None
            return p.speaker or next((m for m in p.mentions if not _after_prep(text, m)), None)
        return None

    # -- emitting ---------------------------------------------------------------------------
    def emit(self, s: Sent, hit: CueHit, event_type: str, source: Mention | None, target: Mention | None,
             *, reported: bool = False, plover: str | None = None, cameo: str | None = None,
             said_at: int | None = None) -> None:
        key = (s.index, event_type, source.actor_id if source else None, target.actor_id if target else None)
        if key in self._seen:
            return
        if event_type == "accuse" and source is not None and target is not None and source.kind == "state" \
                and source.country == target.country:
            return  # a state does not accuse its own bodies: the accuser was misread
        if event_type in ("accuse", "deny") and self._conditional(s, hit):
            return  # "إذا ثبت أن جهة أجنبية تقف وراء …"
        self._seen.add(key)
        text = self.text
        cs, ce = text.span(hit.fs, hit.fe)
        when, precision = self._date(s, hit, said_at)
        self.events.append(Event(
            event_id=f"{self.article_id}-E{len(self.events) + 1:03d}",
            article_id=self.article_id,
            event_type=event_type,
            plover=plover if plover is not None else (hit.plover or ""),
            cameo=cameo or hit.cameo,
            start=s.start, end=s.end, text=text.original[s.start : s.end],
            cue=text.original[cs:ce], cue_start=cs, cue_end=ce,
            source=source, target=target, date=when, date_precision=precision,
            segment=s.segment.index, evidence=self._evidence(s), reported=reported,
            extra={"home": self.text.home_at(s.start)},
        ))

    def _date(self, s: Sent, hit: CueHit, said_at: int | None = None) -> tuple[date | None, str | None]:
        """The date in the cue's own clause, else the publication date as an approximation.

        An allegation someone put forward ("في يوم الجمعة، كشف تقرير … أن قراصنة اخترقوا في يونيو")
        is dated when it was said: the date nearest the saying, before the allegation.
        """
        text = self.text
        anchor = s.segment.published
        if said_at is not None:
            cue_start = text.span(hit.fs, hit.fe)[0]
            said = text.span(said_at, said_at + 1)[0]
            found = [d for d in find_dates(text.original, anchor, s.start, cue_start) if not self._since(d.start)]
            if found:
                best = min(found, key=lambda d: abs(d.start - said))
                return best.value, best.precision
        lo, hi = text.span(_clause_start(text, s, hit.ti), _clause_end(text, s, hit.tj))
        cue_start = text.span(hit.fs, hit.fe)[0]
        found = [d for d in find_dates(text.original, anchor, lo, hi) if not self._since(d.start)]
        if found:
            best = min(found, key=lambda d: abs(d.start - cue_start))
            return best.value, best.precision
        if anchor is not None:
            return anchor, "approximate"
        return None, None

    def _since(self, start: int) -> bool:
        """'منذ عام 2022' dates a state of affairs, not the event being reported."""
        before = self.text.original[max(0, start - 8) : start]
        return "منذ" in before

    def _evidence(self, s: Sent) -> str | None:
        ftext = self.text.folded.text
        if any(p.search(ftext, s.fs, s.fe) for p in word_patterns("evidence_without")):
            return "without_evidence"
        if any(p.search(ftext, s.fs, s.fe) for p in word_patterns("evidence_with")):
            return "with_evidence"
        return None

    # -- rules, one per cue role ---------------------------------------------------------
    def run(self) -> list[Event]:
        self._sents = self.sentences()
        for s in self._sents:
            declines = [h for h in s.hits if h.role == "decline"]
            # "رفض التعليق على تفاصيل الاتهامات" declines; it does not deny
            s.hits = [h for h in s.hits if not (h.event_type == "deny" and any(
                d.fs < h.fe and h.fs < d.fe for d in declines))]
            deny_hits = [h for h in s.hits if h.role in ("deny_verb", "deny_phrase")]
            for hit in sorted(s.hits, key=lambda h: h.fs):
                rule = getattr(self, f"_{hit.role}", None)
                if rule is not None:
                    rule(s, hit, deny_hits)
            self._statement(s)
        self._resolve_foreign()
        self._drop_unanswering_phrases()
        self._imply_home_accuser()
        return self.events

    def _imply_home_accuser(self) -> None:
        """"اتُّهمت موسكو بالوقوف خلف …" in a story on Romania's election: an accusation with no accuser
        named is the election country's, when it accuses another country (the event stays `reported`)."""
        own: dict[str, Mention | None] = {}  # the election country's own mention, per country
        for e in self.events:
            home = self.text.home_at(e.start)
            if not (e.event_type == "accuse" and e.source is None and e.target is not None and e.target.country
                    and home and e.target.country != home):
                continue
            if home not in own:
                own[home] = next((m for m in self.mentions if m.actor_id == f"state:{home}"), None) or \
                    next((m for m in self.mentions if m.country == home and m.kind == "government"), None)
            if own[home] is not None:
                e.source, e.reported = own[home], True

    def _drop_unanswering_phrases(self) -> None:
        """"لإثارة تساؤلات لا أساس لها" is no denial: a bare phrase denies only for a side the
        article accuses (a phrase about "the accusations" stands on its own)."""
        accused = {e.target.country for e in self.events if e.event_type == "accuse" and e.target is not None}
        self.events = [e for e in self.events if not (
            e.event_type == "deny" and e.source is not None and e.source.country not in accused
            and (e.extra.get("phrase_only") or not self._on_interference(e)))]

    def _on_interference(self, e: Event) -> bool:
        """Whether a denial's sentence speaks of accusations or of interference at all."""
        topic = words()["interference_topic"] | words()["claim_noun"]
        fs, fe = self.text.folded_index(e.start), self.text.folded_index(e.end)
        return any(_in(t.text, topic) for t in self.text.tokens[self.text.token_of(fs) : self.text.token_of(max(fs, fe - 1)) + 1])

    def _off_topic_suspicion(self, s: Sent, hit: CueHit) -> bool:
        """"يُشتبه في أنهما جُنّدا لتنفيذ عمليات اغتيال", "فيديو يزعم حدوث تزوير": a weak verb (suspects,
        claims) accuses only when what follows it speaks of interference or of the vote ("زعم … أن إيران
        ضخت أموالا لدعم قوائم منافسة")."""
        toks = self.text.tokens
        if _bare(toks[hit.ti].text) not in words()["weak_accuse"]:
            return False
        topic = words()["interference_topic"] | words()["election_word"]
        return not any(_topic_in(t.text, topic) for t in toks[hit.ti + 1 : min(s.t1, hit.ti + 25)])

    def _internal_affairs(self, s: Sent, hit: CueHit) -> bool:
        """"تدخل سافر في الشؤون الداخلية للصين" over an arms sale, "أطراف خارجية تتدخل في الشؤون
        الداخلية" over a protest: interference in a country's affairs, with no word of a vote in the
        sentence, is not an election claim."""
        toks = self.text.tokens
        near = toks[hit.tj : min(s.t1, hit.tj + 4)] if hit.role == "allegation" else toks[hit.tj : s.t1]
        if not any(_in(t.text, words()["affairs_noun"]) for t in near):
            return False
        return not any(_in(t.text, words()["election_word"]) for t in toks[s.t0 : s.t1])

    def _accuse_verb(self, s: Sent, hit: CueHit, deny_hits) -> None:
        if _negated(self.text, s, hit.ti) or self._off_topic_suspicion(s, hit) or self._internal_affairs(s, hit):
            return
        cue_start = self.text.span(hit.fs, hit.fe)[0]
        first_before = s.mentions[0] if s.mentions and s.mentions[0].start < cue_start else None
        # "نشر المكتب تقييمه، واتهم فيه روسيا بـ": a verb glued to و after an actor goes on with that
        # subject; the speaker found after it (اتهم counts as speech) is its object. Not so in "ومطلع
        # الشهر، اتهم الرئيس ماكرون … ماسك بـ", where the actor after the verb is its subject.
        glued = self.text.tokens[hit.ti].text[:1] in "وف"
        speaker = s.speaker if s.speaker is not None and (s.speaker.start < cue_start or not (glued and first_before)) else None
        elided = speaker or first_before
        source, after = _subject_and_object(self.text, s, hit, s.mentions, elided=elided or self._previous_subject(s))
        target = _first_person_target(self.text, s, hit, s.speaker) or self._object_right_after(s, hit, source, after) \
            or _pick_target(after, source)
        if target is None:
            target = self._doer_near(s, hit, source)
        passive = _passive_voice(self.text, hit)
        if passive:  # "اتُّهمت إيران بـ": the one after the verb is accused
            inside = self._doer_hint(s, hit)  # "وُجّهت إلى بكين اتهامات": the one inside the cue
            target, source = (inside or source or target), self._agent_after(s, hit)
        if target is None or target.country is None:
            return  # an accusation against no one (or no country) named is a reference, not a claim
        if source is None and not passive:
            return  # an active verb with no subject found: "مقطعا آخر يتهم شخصا …" (a video accuses), not a claim
        partner = self._coordinated_before(s, source)
        if partner is not None and _differs(partner, target):  # "واشنطن وكييف تتهمان موسكو": both accuse
            self.emit(s, hit, "accuse", partner, target)
        self.emit(s, hit, "accuse", source, target)
        also = self._coordinated_after(s, target) or self._next_charged(s, target)
        if also is not None and _differs(also, source) and also.country != (source.country if source else None):
            self.emit(s, hit, "accuse", source, also)  # "اتهامات لإسرائيل والولايات المتحدة": both accused

    def _accuse_participle(self, s: Sent, hit: CueHit, deny_hits) -> None:
        """'…، متهما لجنة الانتخابات بالتلاعب', 'متهماً إياها بالتدخل': an active participle after the main
        clause accuses with the sentence's subject; its object is the accused, and the pronoun "إياها"
        stands for the actor named last before it."""
        text, toks = self.text, self.text.tokens
        if _negated(text, s, hit.ti) or self._off_topic_suspicion(s, hit) or self._internal_affairs(s, hit):
            return
        if hit.tj >= s.t1:
            return
        before = [m for m in s.mentions if text.folded_index(m.end) <= hit.fs and m.how != "seat"]
        source = s.speaker if s.speaker is not None and text.folded_index(s.speaker.end) <= hit.fs else \
            next((m for m in before if not _after_prep(text, m)), None)
        if source is None:
            return
        if _bare(toks[hit.tj].text) in words()["object_pronoun"]:
            pronoun = _bare(toks[hit.tj].text)
            named = [m for m in before if _differs(m, source) and m.country]
            targets = named[-2:] if pronoun in ("اياهما", "اياهم") else named[-1:]
            charge_at = hit.tj + 1
        else:
            first = [m for m in s.mentions if text.token_of(text.folded_index(m.start)) == hit.tj]
            targets = first[:1]
            charge_at = text.token_of(text.folded_index(first[0].end) - 1) + 1 if first else hit.tj
            also = self._coordinated_after(s, first[0]) if first else None
            if also is not None:  # "متهما لجنة الانتخابات والحزب الحاكم بالتلاعب"
                targets.append(also)
                charge_at = text.token_of(text.folded_index(also.end) - 1) + 1
        charged = charge_at < s.t1 and _is_charge(toks[charge_at].text)
        if not charged:
            return  # "متهمين الثلاثة": no charge, no accusation
        for target in targets:
            if target.country and _differs(target, source):
                self.emit(s, hit, "accuse", source, target)

    def _coordinated_after(self, s: Sent, m: Mention) -> Mention | None:
        """The actor joined to `m` by a glued "و" right after it ("لإسرائيل والولايات المتحدة"), if any."""
        text = self.text
        last = text.token_of(text.folded_index(m.end) - 1)
        nxt = [x for x in s.mentions if x.start >= m.end and text.token_of(text.folded_index(x.start)) == last + 1]
        if not nxt or last + 1 >= s.t1 or not text.tokens[last + 1].text.startswith("و"):
            return None
        return nxt[0] if nxt[0].country and _adjacent_tokens(text, last, last + 1) else None

    def _next_charged(self, s: Sent, m: Mention) -> Mention | None:
        """"تتهم … روسيا بنشر مقاطع مفبركة، وإيران باختراق حملة ترامب": a second accused, opening a
        comma-joined "و" clause with a charge of its own."""
        text = self.text
        after = [x for x in s.mentions if x.start >= m.end and x.country]
        for x in after:
            ti = text.token_of(text.folded_index(x.start))
            if text.tokens[ti].text.startswith("و") and ti > s.t0 \
                    and "،" in text.folded.text[text.tokens[ti - 1].end : text.tokens[ti].start] and self._charge_follows(s, x):
                return x
        return None

    def _object_right_after(self, s: Sent, hit: CueHit, source: Mention | None, after: list[Mention]) -> Mention | None:
        """SVO ("الائتلاف … قد اتهم الحزب الحاكم بـ"): the actor right after the verb is the accused,
        of whatever country; only a verb-first sentence needs the foreign-actor preference."""
        text = self.text
        if source is None or not after or text.folded_index(source.end) > hit.fs:
            return None
        first = after[0]
        ti = text.token_of(text.folded_index(first.start))
        return first if ti == hit.tj and _differs(first, source) else None

    def _coordinated_before(self, s: Sent, m: Mention | None) -> Mention | None:
        """The actor joined to `m` by a glued "و" right before it ("واشنطن وكييف"), if any."""
        if m is None:
            return None
        text = self.text
        ti = text.token_of(text.folded_index(m.start))
        if ti <= s.t0 or not text.tokens[ti].text.startswith("و") or m.how == "seat":
            return None
        before = [x for x in s.mentions if x.end <= m.start and text.token_of(text.folded_index(x.end) - 1) == ti - 1]
        return before[-1] if before and before[-1].country and _adjacent_tokens(text, ti - 1, ti) else None

    def _previous_subject(self, s: Sent) -> Mention | None:
        """The actor a sentence continues from: the previous sentence's speaker or first actor."""
        prev = self._sents[s.index - 1] if s.index > 0 else None
        if prev is None or prev.segment.index != s.segment.index:
            return None
        return prev.speaker or (prev.mentions[0] if prev.mentions else None)

    def _accuse_passive(self, s: Sent, hit: CueHit, deny_hits) -> None:
        text = self.text
        if _negated(text, s, hit.ti):
            return
        ce = _clause_end(text, s, hit.tj)
        after = _between(text, s.mentions, hit.fe, ce)
        agent = self._agent_after(s, hit)
        if "موجه" in text.folded.text[hit.fs : hit.fe]:  # "الاتهامات الموجهة إلى روسيا"
            target = _pick_target([m for m in after if m is not agent], agent)
            if target is not None and not any(d.fs < hit.fs for d in deny_hits):
                self.emit(s, hit, "accuse", agent, target, reported=agent is None)
            return
        before = _between(text, s.mentions, s.fs, hit.fs)
        target = before[0] if before else None
        if target is not None:
            self.emit(s, hit, "accuse", agent, target, reported=agent is None)

    def _agent_after(self, s: Sent, hit: CueHit, statements: bool = True) -> Mention | None:
        """The agent of a passive: the actor after 'من قبل' / 'من جانب', or (with `statements`, for
        an accusation: who made it, never who did the act alleged) after 'في بيان لـ' / 'على لسان',
        within a few words."""
        toks = self.text.tokens
        agent_words = words()["agent"]
        for j in range(hit.tj, min(hit.tj + 10, s.t1 - 1)):
            if toks[j].text == "من" and toks[j + 1].text in agent_words:
                after = _between(self.text, s.mentions, toks[j + 1].end, s.fe)
                return after[0] if after else None
        if not statements:
            return None
        window_end = toks[min(hit.tj + 10, s.t1 - 1)].end
        for p in word_patterns("agent_phrase"):
            m = p.search(self.text.folded.text, hit.fe, window_end)
            if m:
                after = _between(self.text, s.mentions, m.start(), s.fe)
                return after[0] if after else None
        return None

    def _accuse_noun(self, s: Sent, hit: CueHit, deny_hits) -> None:
        """'اتهامات X لـ Y' is an accusation only with a named accused (else it is a reference)."""
        if deny_hits or any(h.role in ("accuse_verb", "accuse_passive", "accuse_participle") for h in s.hits):
            return
        text = self.text
        toks = text.tokens
        ce = _clause_end(text, s, hit.tj)
        after = _between(text, s.mentions, hit.fe, ce)
        source = after[0] if after and _tok(text, text.folded_index(after[0].start)) == hit.tj else None
        singular = _bare(toks[hit.ti].text) == "اتهام"
        if source is not None and singular and self._charge_follows(s, source):
            # "اتهام إيران بالوقوف وراء …": the genitive of the act (not "اتهامات واشنطن بـ…",
            # whose genitive is the accuser) with a charge after it is the accused
            if _differs(source, s.speaker) and source.country:
                self.emit(s, hit, "accuse", s.speaker, source, reported=s.speaker is None)
            return
        source = source or self._adjective_state(hit.tj) or self._possessor(s, hit)  # "الاتهامات الأمريكية لموسكو"
        target = None
        for j in range(hit.tj, min(hit.tj + 6, s.t1)):
            t = toks[j].text
            if j > hit.tj and _breaks_between(text, toks[j - 1].end, toks[j].start):
                break  # "ترد على اتهامات زاخاروفا: لا نتدخل في انتخابات الهند": the charge ended
            if t in words()["negation"]:
                continue  # "لا", "لم", "ليس" open with ل but are no preposition
            if t in ("الي", "ضد") or (t.startswith("ل") and not t.startswith("ال")):
                cand = [m for m in after if text.folded_index(m.start) >= toks[j].start and _differs(m, source)]
                target = cand[0] if cand else None
                break
        if target is not None:
            self.emit(s, hit, "accuse", source, target, reported=source is None)

    def _possessor(self, s: Sent, hit: CueHit) -> Mention | None:
        """'وجددت زورابيشفيلي اتهامها لحزب …': a noun with a possessive pronoun is the subject's."""
        text = self.text
        if not text.tokens[hit.ti].text.endswith(("ها", "ه", "هم")):
            return None
        before = [m for m in _between(text, s.mentions, s.fs, hit.fs) if not _after_prep(text, m)]
        return s.speaker or (before[-1] if before else None)

    def _charge_follows(self, s: Sent, m: Mention) -> bool:
        """The word right after a mention is a charge ("بالوقوف", "بالتدخل", "بنشر")."""
        text = self.text
        j = text.token_of(text.folded_index(m.end) - 1) + 1
        if j >= s.t1:
            return False
        return _is_charge(text.tokens[j].text)

    def _allegation(self, s: Sent, hit: CueHit, deny_hits) -> None:
        text = self.text
        if deny_hits:
            return  # the allegation is what is being denied ("كل ما يقال عن تدخل موسكو … أكاذيب")
        if any(h.role in ("accuse_verb", "accuse_passive", "accuse_participle") and h.fs < hit.fs for h in s.hits):
            return  # the accusation verb already carries it
        if _negated(text, s, hit.ti, reach=8):
            self._negated_allegation(s, hit)
            return
        if self._internal_affairs(s, hit):
            return
        source = self._attributor(s, hit)
        doer = self._doer_near(s, hit, source) or self._foreign_doer(s, hit)
        if source is None or doer is None or not _differs(doer, source):
            return
        if doer.country is None and doer.kind != "foreign":
            return  # an allegation against no country is a reference, not a claim
        if doer.country is not None and doer.country == source.country:
            return  # interference is foreign: a domestic allegation needs an explicit accusation verb
        self.emit(s, hit, "accuse", source, doer, said_at=self._saying_at(s, hit))

    def _negated_allegation(self, s: Sent, hit: CueHit) -> None:
        """'روسيا لا تتدخل', 'لا تملك أي نية للتدخل', said by its own side, is a denial.

        Not knowing of a hack ("لا علم لها بأي اختراق") or it being unclear is no denial: the
        negated words must be the act itself (a verb) or an intent to do it.
        """
        speaker = s.speaker
        if speaker is None:
            return
        text = self.text
        cue = text.folded.text[hit.fs : hit.fe]
        window = [_bare(t.text) for t in text.tokens[max(s.t0, hit.ti - 8) : hit.ti]]
        is_verb = cue[:1] in "يتن" or cue.startswith("تدخلت")
        if is_verb and not _negated(text, s, hit.ti, reach=2):
            return  # "لن نقبل أن يتدخل …" negates the accepting, not the interfering
        if not is_verb and not any(w in words()["intent"] or w.removeprefix("ال") in words()["intent"] for w in window):
            return
        cs = _clause_start(text, s, hit.ti)
        subj = _between(text, s.mentions, cs, hit.fs)
        if subj and subj[-1].country and speaker.country and subj[-1].country != speaker.country:
            return
        if not subj and cue[:1] == "ت" and self._addressed(s, cs):
            return  # "أريد أن أقول للمستشار شولتس: لا تتدخل": a prohibition to him, no denial
        self.emit(s, hit, "deny", speaker, None, plover="REJECT", cameo="016")

    def _addressed(self, s: Sent, cs: int) -> bool:
        """Whether the clause at folded offset cs follows a colon after an actor spoken to: "يا X:",
        "أقول لـX:" ("للمستشار شولتس:", "لبوتين:")."""
        text = self.text
        head = text.folded.text[s.fs : cs].rstrip(" \"'«»“”")
        before = _between(text, s.mentions, s.fs, cs)
        if not head.endswith(":") or not before:
            return False
        m = before[-1]
        ti = text.token_of(text.folded_index(m.start))
        own = text.original[text.span(text.tokens[ti].start, text.tokens[ti].end)[0] : m.start]  # its clitics
        prev = text.tokens[ti - 1].text if ti > s.t0 else ""
        return prev == "يا" or own.endswith("ل") or (prev.startswith("لل") and len(prev) > 4)

    def _attributor(self, s: Sent, hit: CueHit) -> Mention | None:
        """Who puts the allegation forward, most explicit first: 'وفقا لـ / بحسب' a source, a
        report's named author, the sentence's speaker, else the outlet the reports come from."""
        text = self.text
        toks = text.tokens
        attrib, reports = words()["attribution"], words()["report"]
        report_seen, own_report = None, False  # where a report word stands; whether the speaker wrote it
        for j in range(s.t0, s.t1):
            if _in(toks[j].text, words()["quoting"]):  # "نقلت رويترز عن مسؤولين أمريكيين قولهم"
                quoted = self._quoted_after(s, j)
                if quoted is not None:
                    return quoted
            t = toks[j].text if toks[j].text in attrib else _bare(toks[j].text)
            if t not in attrib:
                continue
            after = [m for m in _between(text, s.mentions, toks[j].end, s.fe)
                     if _tok(text, text.folded_index(m.start)) - j <= 6]
            if t in reports and report_seen is None:  # a report is written by an organisation, not by the people in it
                report_seen = toks[j].start
                own_report = j > s.t0 and toks[j - 1].text == "في"  # "قالت مايكروسوفت، في تقرير …": her own
            if t in reports or t in words()["finding_verb"]:
                after = [m for m in after if m.kind in _AUTHORS and _differs(m, self._doer_hint(s, hit))]
            if after:
                return after[0]
        # "رد الكرملين على تقرير أفاد بأن …": what the report says is the report's claim
        speaker_first = s.speaker is not None and text.folded_index(s.speaker.start) < (report_seen or 0) < hit.fs \
            and not own_report
        if report_seen is not None and (s.speaker is None or speaker_first):
            author = self._report_author(s)
            if author is not None:
                return author
        return s.speaker

    def _quoted_after(self, s: Sent, j: int) -> Mention | None:
        """The actor after 'عن' a few words past a quoting verb."""
        toks = self.text.tokens
        for k in range(j + 1, min(j + 5, s.t1)):
            if toks[k].text == "عن":
                after = _between(self.text, s.mentions, toks[k].end, s.fe)
                return after[0] if after and _tok(self.text, self.text.folded_index(after[0].start)) <= k + 3 else None
        return None

    def _claim_owner(self, s: Sent, hit: CueHit, source: Mention | None) -> Mention | None:
        """'الاتهامات الأمريكية', 'اتهامات واشنطن': whose claim a denial rejects."""
        text, toks = self.text, self.text.tokens
        nouns = words()["claim_noun"]
        for j in range(s.t0, s.t1):
            if not _in(toks[j].text, nouns):
                continue
            nxt = j + 1
            if nxt < s.t1:
                state = self._adjective_state(nxt)
                if state is not None and state.country != (source.country if source else None):
                    return state
                owner = [m for m in s.mentions if _tok(text, text.folded_index(m.start)) == nxt and _differs(m, source)]
                if owner and owner[0].country and owner[0].country != (source.country if source else None):
                    return owner[0]
        return None

    def _adjective_state(self, j: int) -> Mention | None:
        """The state a nationality adjective at token j names ("الاتهامات الأمريكية"), as a mention."""
        toks = self.text.tokens
        entry = country_entries().get((toks[j].text,)) if j < len(toks) else None
        if entry is None or entry.source != "adjective":
            return None
        start, end = self.text.span(toks[j].start, toks[j].end)
        return Mention(start, end, self.text.original[start:end], f"state:{entry.country}", _country_name_ar(entry.country),
                       _country_name_en(entry.country), entry.country, "state", "adjective")

    def _doer_hint(self, s: Sent, hit: CueHit) -> Mention | None:
        """The actor right at the allegation (never its own accuser)."""
        inside = [m for m in s.mentions if hit.fs <= self.text.folded_index(m.start) < hit.fe]
        return inside[0] if inside else None

    def _saying_at(self, s: Sent, hit: CueHit) -> int | None:
        """Folded offset of the first speech or attribution word before the allegation."""
        vocab = words()["speech"] | words()["attribution"]
        for j in range(s.t0, hit.ti):
            if _in(self.text.tokens[j].text, vocab):
                return self.text.tokens[j].start
        return None

    def _report_author(self, s: Sent) -> Mention | None:
        """'تقرير صحافي' with no author named here: the outlet the segment attributes reports to."""
        media = [m for m in self.mentions if m.kind == "media" and s.segment.start <= m.start < s.segment.end
                 and not _is_byline(self.text, m)]  # the agency that filed the story wrote no report in it
        before = [m for m in media if m.start < s.start]
        after = [m for m in media if m.start >= s.end]
        return before[-1] if before else (after[0] if after else None)

    def _doer_near(self, s: Sent, hit: CueHit, source: Mention | None) -> Mention | None:
        """Who is said to have done it: an actor inside, right after, or just before the cue.

        Among those, an actor of another country than the accuser's comes first: "Putin and Musk
        were in secret contact", reported by an American paper, accuses Russia.
        """
        text = self.text
        ms = [m for m in s.mentions if _differs(m, source)]
        inside = [m for m in ms if hit.fs <= text.folded_index(m.start) < hit.fe]
        agent = self._agent_after(s, hit, statements=False)  # who did it, not who said so
        agents = [agent] if agent is not None and _differs(agent, source) else []
        # a name after its title is further from the cue: "تدخل رئيس الولايات المتحدة دونالد ترامب"
        near_after = [m for m in ms if 0 <= _tok(text, text.folded_index(m.start)) - hit.tj <= (4 if m.how == "title" else 2)
                      and not self._election_venue(m)]
        cs = _clause_start(text, s, hit.ti)
        before = [m for m in reversed(_between(text, ms, cs, hit.fs))
                  if hit.ti - text.token_of(text.folded_index(m.end) - 1) <= 6 and not _after_prep(text, m)
                  and not self._election_venue(m)]
        ordered = inside + agents + near_after + self._adjective_doer(s, hit) + before
        if not ordered:  # "… أن إيران "تظل تهديدا كبيرا" يسعى إلى التأثير": the subject of what was said
            ordered = [m for m in self._said_subject(s, hit) if _differs(m, source)]
        if source is not None and source.country:
            foreign = [m for m in ordered if m.country and m.country != source.country]
            if foreign:
                return foreign[0]
        return ordered[0] if ordered else None

    def _election_venue(self, m: Mention) -> bool:
        """"التدخل في انتخابات رومانيا": the country right after the word for a vote is where it is
        held, not who interferes in it."""
        ti = _tok(self.text, self.text.folded_index(m.start))
        return ti > 0 and _in(self.text.tokens[ti - 1].text, words()["election_venue"])

    def _said_subject(self, s: Sent, hit: CueHit) -> list[Mention]:
        """The actor right after the last "أن / إن / بأن" before the cue in its sentence, if any."""
        text, toks = self.text, self.text.tokens
        for j in range(hit.ti - 1, s.t0 - 1, -1):
            if _in(toks[j].text, words()["complementiser"]):
                found = [m for m in s.mentions if _tok(text, text.folded_index(m.start)) == j + 1]
                if found:  # "… أن السفارة الأميركية انحازت …، معتبرا أن ذلك يمثل تدخلا": past "أن ذلك"
                    return found
        return []

    def _foreign_doer(self, s: Sent, hit: CueHit) -> Mention | None:
        """'مصادر أجنبية معادية': someone foreign, unnamed here (resolved after the article is read)."""
        toks = self.text.tokens
        foreign = words()["foreign"]
        for j in range(max(s.t0, hit.ti - 6), min(s.t1, hit.tj + 6)):
            if _in(toks[j].text, foreign):
                start, end = self.text.span(toks[j].start, toks[j].end)
                return Mention(start, end, self.text.original[start:end], "foreign", "جهة أجنبية", "Foreign actor",
                               None, "foreign", "foreign")
        return None

    def _resolve_foreign(self) -> None:
        """An unnamed foreign accused is the country this article's other accusations accuse."""
        counts: dict[str, int] = {}
        for e in self.events:
            if e.event_type == "accuse" and e.target is not None and e.target.country:
                counts[e.target.country] = counts.get(e.target.country, 0) + 1
        kept = []
        for e in self.events:
            if e.target is not None and e.target.kind == "foreign":
                ranked = sorted((c for c in counts if c != (e.source.country if e.source else None)),
                                key=lambda c: -counts[c])
                if not ranked:
                    continue
                c = ranked[0]
                e.target = Mention(e.target.start, e.target.end, e.target.surface, f"state:{c}",
                                   _country_name_ar(c), _country_name_en(c), c, "state", "foreign")
            kept.append(e)
        self.events = kept

    def _adjective_doer(self, s: Sent, hit: CueHit) -> list[Mention]:
        """'التدخل الروسي', 'حملات تضليل صينية': a nationality adjective right after the cue."""
        if re.search(r" (?:في|علي) ", self.text.folded.text[hit.fs : hit.fe]):
            return []  # "التأثير في الرأي العام الأميركي": the adjective is the object's, not the doer's
        for j in range(hit.tj, min(hit.tj + 2, s.t1)):
            state = self._adjective_state(j)
            if state is not None:
                return [state]
        return []

    def _deny_verb(self, s: Sent, hit: CueHit, deny_hits) -> None:
        text = self.text
        if _negated(text, s, hit.ti, reach=3):
            return
        toks = text.tokens
        prev = _bare(toks[hit.ti - 1].text) if hit.ti > s.t0 else ""
        if prev in ("لكنه", "لكنها", "انه", "انها"):
            source = s.speaker or (s.mentions[0] if s.mentions else None)
            after = _between(text, s.mentions, hit.fe, _clause_end(text, s, hit.tj))
        else:
            source, after = _subject_and_object(text, s, hit, s.mentions)
            topic = _topic(text, s)
            if source is None or (topic is not None and text.folded_index(topic.end) <= hit.fs):
                source = topic or s.speaker  # "أما السفارة الروسية فردّت على بيان الخارجية السلوفاكية بوصف الاتهامات …"
        if source is None and _has_speech(text, s):
            source = self._previous_subject(s)  # "السفارة … ترد على البيان. وقالت: «نرفض هذه التلميحات»"
        if source is None:
            return
        if self._denies_a_meeting(s, hit):
            return  # "نفى أن يكون السفير قد التقى ماسك": a meeting denied is no accusation answered
        target = self._claim_owner(s, hit, source) or next(
            (m for m in after if _differs(m, source) and m.country and m.country != source.country and m.kind != "state"), None)
        count = len(self.events)
        self.emit(s, hit, "deny", source, target)
        # A denied rumour ("تنفي شائعة متداولة") or accusations named with no accuser ("…، وهي اتهامات نفتها
        # موسكو"): the denial stands but answers nobody's accusation (claims neither pairs nor defaults it)
        if len(self.events) > count and (self._denies_a_rumour(s, hit)
                                         or (target is None and self._answers_unattributed(s, hit))):
            self.events[-1].extra["answers_nobody"] = True
        partner = self._coordinated_after(s, source)  # "تنفيها موسكو وطهران": both deny
        if partner is not None and partner.country != source.country and _differs(partner, target):
            self.emit(s, hit, "deny", partner, target)
        also = self._coordinated_adjective(target)
        if also is not None and also.country != source.country:  # "الاتهامات التشيكية والبلجيكية": both answered
            self.emit(s, hit, "deny", source, also)

    def _denies_a_meeting(self, s: Sent, hit: CueHit) -> bool:
        """"نفى … أن يكون سفير بلاده … قد التقى الملياردير": what is denied ("أن يكون … قد …") is a meeting."""
        toks = self.text.tokens
        at = next((j for j in range(hit.tj, min(hit.tj + 10, s.t1 - 1))
                   if toks[j].text == "ان" and toks[j + 1].text in ("يكون", "تكون")), None)
        if at is None:
            return False
        for j in range(at + 2, min(at + 14, s.t1 - 1)):
            if toks[j].text == "قد":
                return any(h.role == "consult" and h.ti == j + 1 for h in s.hits)
        return False

    def _answers_unattributed(self, s: Sent, hit: CueHit) -> bool:
        """"…على خلفية اتهامات بتدخل روسي، وهي اتهامات نفتها موسكو": the resumptive "وهي اتهامات" points at
        this sentence's accusations; when no accuser is named in it, the denial answers nobody named."""
        toks = self.text.tokens
        if hit.ti < s.t0 + 2 or _bare(toks[hit.ti - 2].text) != "هي" or not _in(toks[hit.ti - 1].text, words()["claim_noun"]):
            return False
        return not any(e.event_type == "accuse" and e.start >= s.start and e.end <= s.end for e in self.events)

    def _denies_a_rumour(self, s: Sent, hit: CueHit) -> bool:
        """"هيئة الانتخابات تنفي شائعة متداولة على مواقع التواصل": the object of the denial, right after
        the verb, is a rumour (no accuser)."""
        toks = self.text.tokens
        return any(_in(toks[j].text, words()["rumour_noun"]) for j in range(hit.tj, min(hit.tj + 2, s.t1)))

    def _coordinated_adjective(self, owner: Mention | None) -> Mention | None:
        """The nationality adjective joined by "و" after a claim's owner adjective ("التشيكية والبلجيكية")."""
        if owner is None or owner.how != "adjective":
            return None
        text = self.text
        j = text.token_of(text.folded_index(owner.end) - 1) + 1
        if j >= len(text.tokens) or not text.tokens[j].text.startswith("و") or not _adjacent_tokens(text, j - 1, j):
            return None
        entry = country_entries().get((text.tokens[j].text[1:],))
        if entry is None or entry.source != "adjective" or entry.country == owner.country:
            return None
        start, end = text.span(text.tokens[j].start + 1, text.tokens[j].end)
        return Mention(start, end, text.original[start:end], f"state:{entry.country}", _country_name_ar(entry.country),
                       _country_name_en(entry.country), entry.country, "state", "adjective")

    def _conditional(self, s: Sent, hit: CueHit) -> bool:
        """A condition word shortly before the cue in its clause ("إذا ثبت أن …", "لو تدخلت …")."""
        window = self.text.tokens[max(s.t0, hit.ti - 6) : hit.ti]
        return any(_bare(t.text) in words()["conditional"] or t.text in words()["conditional"] for t in window)

    def _deny_phrase(self, s: Sent, hit: CueHit, deny_hits) -> None:
        if any(d.role == "deny_verb" for d in deny_hits):
            return  # the verb's event already stands for the sentence
        toks = self.text.tokens
        if hit.ti > s.t0 and toks[hit.ti - 1].text in words()["spread"]:
            return  # "لنشر معلومات كاذبة": the falsehood is the charge
        if hit.ti > s.t0 + 1 and toks[hit.ti - 2].text in words()["spread"] and _in(toks[hit.ti - 1].text, words()["claim_noun"]):
            return  # "لاختلاق ادعاءات لا أساس لها ضد مرشح": fabricating baseless claims is the charge
        source = s.speaker
        if source is None:
            cs = _clause_start(self.text, s, hit.ti)
            before = _between(self.text, s.mentions, cs, hit.fs)
            source = before[-1] if before else None
        if source is None:
            return
        before = len(self.events)
        self.emit(s, hit, "deny", source, self._claim_owner(s, hit, source))
        if len(self.events) > before:
            self.events[-1].extra["phrase_only"] = not any(_in(t.text, words()["claim_noun"]) for t in self.text.tokens[s.t0 : s.t1])

    def _decline(self, s: Sent, hit: CueHit, deny_hits) -> None:
        inside = [m for m in s.mentions if hit.fs <= self.text.folded_index(m.start) < hit.fe]
        source, after = _subject_and_object(self.text, s, hit, s.mentions)
        if inside:
            source = inside[0]
        if source is None:
            source = s.speaker
        if source is None:
            return
        target = next((m for m in after if _differs(m, source)), None)
        self.emit(s, hit, "decline_comment", source, target)

    def _cyber(self, s: Sent, hit: CueHit, deny_hits) -> None:
        text = self.text
        victim_first = "تعرض" in text.folded.text[max(s.fs, hit.fs - 12) : hit.fs]
        source, after = _subject_and_object(text, s, hit, s.mentions)
        if victim_first:  # "قالت حملة ترامب إنها تعرضت للاختراق": the speaker was hacked
            before = _between(text, s.mentions, s.fs, hit.fs)
            source, target = None, source or s.speaker or (before[-1] if before else None)
        else:
            target = next((m for m in after if _differs(m, source)), None)
        if source is None and target is None:
            return
        self.emit(s, hit, "cyber", source, target)

    def _consult(self, s: Sent, hit: CueHit, deny_hits) -> None:
        cs, ce = _clause_start(self.text, s, hit.ti), _clause_end(self.text, s, hit.tj)
        people = [m for m in _between(self.text, s.mentions, cs, ce) if m.kind != "media"]
        first = people[0] if people else None
        second = next((m for m in people[1:] if _differs(m, first)), None)
        if first is None or second is None:
            return
        self.emit(s, hit, "consult", first, second)

    def _support(self, s: Sent, hit: CueHit, deny_hits) -> None:
        source, after = _subject_and_object(self.text, s, hit, s.mentions)
        target = next((m for m in after if _differs(m, source)), None)
        if source is None or target is None:
            return
        self.emit(s, hit, "support", source, target)

    def _statement(self, s: Sent) -> None:
        """A speaker with no other event in the sentence still made a statement."""
        if s.speaker is None or any(e.start == s.start for e in self.events):
            return
        toks = self.text.tokens
        speech = words()["speech"]
        ti = next((j for j in range(s.t0, s.t1) if _in(toks[j].text, speech)), s.t0)
        hit = CueHit("speech", "statement", None, "010", toks[ti].start, toks[ti].end, ti, ti + 1)
        target = next((m for m in s.mentions if _differs(m, s.speaker) and m.start > s.speaker.end), None)
        self.emit(s, hit, "statement", s.speaker, target, plover="", cameo="010")


def find_events(article_id: str, text: Text, mentions: list[Mention]) -> list[Event]:
    """All events of one article, in text order."""
    return EventBuilder(article_id, text, mentions).run()

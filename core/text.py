"""Segments, sentences and tokens, all as offsets into the original article text.

Reads: the article text. Adds: a folded copy for matching, the segments ("read also" blocks
are separate stories), sentences, and word tokens — including the word boundaries that real
articles lose when words are glued together ("الأمريكيةموسكو").
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from core.lexicon import segment_markers
from core.model import Segment, Sentence
from core.normalize import Folded, fold_with_offsets

# Teh marbuta and alef maqsura only ever end a word: a letter right after one starts a new word.
_WORD_FINAL = "ةى"
_TOKEN = re.compile(r"[\w@]+")
_GLUE = re.compile(rf"[{_WORD_FINAL}](?=[^\W\d_])")
_SENTENCE_END = re.compile(r"[.!?؟]+[\"'”»)]*(?=\s|$)|\n+")


@dataclass(frozen=True)
class Token:
    start: int  # offsets in the folded text
    end: int
    text: str  # folded


@dataclass
class Text:
    """An article's text prepared for matching."""

    original: str
    folded: Folded
    tokens: list[Token]
    segments: list[Segment]
    sentences: list[Sentence]
    token_starts: list[int] = field(default_factory=list)
    home: str | None = None  # the country whose election the article is about (set by actors)
    # A round-up's sections ("كندا: …", "مولدوفا: …" headings): (original offset, country), in order
    sections: list[tuple[int, str]] = field(default_factory=list)
    heads: dict = field(default_factory=dict, repr=False, compare=False)  # token -> head noun there (actors' memo)
    word_counts: dict = field(default_factory=dict, repr=False, compare=False)  # word -> how often (actors' memo)

    def home_at(self, offset: int) -> str | None:
        """The election country at an original offset: its section's in a round-up, else the article's."""
        i = bisect_right(self.sections, (offset, "\uffff")) - 1
        return self.sections[i][1] if i >= 0 else self.home

    def token_of(self, f_offset: int) -> int:
        """Index of the token that holds a folded offset (or the last one before it)."""
        return max(0, bisect_right(self.token_starts, f_offset) - 1)

    def token_at(self, f_offset: int) -> int:
        """Index of the first token starting at or after a folded offset."""
        return bisect_left(self.token_starts, f_offset)

    def span(self, f_start: int, f_end: int) -> tuple[int, int]:
        """Original offsets of a folded span."""
        return self.folded.to_original(f_start, f_end)

    def folded_index(self, original_offset: int) -> int:
        """The folded offset of an original offset (first kept character at or after it)."""
        return _folded_index(self.folded, original_offset)


def tokenize(original: str, folded: Folded) -> list[Token]:
    """Word tokens of the folded text, split again where the original glued two words."""
    ftext = folded.text
    glue = [_folded_index(folded, m.end()) for m in _GLUE.finditer(original)]
    if not glue:
        return [Token(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(ftext)]
    out = []
    i, n = 0, len(glue)  # tokens come in order: one pointer walks the glue points once
    for m in _TOKEN.finditer(ftext):
        start, end = m.span()
        while i < n and glue[i] <= start:
            i += 1
        while i < n and glue[i] < end:
            out.append(Token(start, glue[i], ftext[start : glue[i]]))
            start = glue[i]
            i += 1
        out.append(Token(start, end, ftext[start:end]))
    return out


def _folded_index(folded: Folded, original_offset: int) -> int:
    return original_offset if folded.origin is None else bisect_left(folded.origin, original_offset)


def find_segments(original: str, folded: Folded) -> list[Segment]:
    """Split an article where a "read also" block or boilerplate begins.

    A marker alone on its line opens a block that runs to the end of the article (another
    story follows); a marker followed by a headline on the same line covers that headline only,
    until the main story resumes ("وفي سياق آخر") or the line ends.
    """
    ftext = folded.text
    cuts: list[tuple[int, int, str]] = []  # folded start, folded end, kind
    for marker, kind in segment_markers():
        if kind == "resume":
            continue
        for m in re.finditer(re.escape(marker), ftext):
            if any(s <= m.start() < e for s, e, _ in cuts):
                continue
            line_end = ftext.find("\n", m.end())
            line_end = len(ftext) if line_end < 0 else line_end
            rest_of_line = ftext[m.end() : line_end].strip(" :|-–\t")
            if kind == "related" and not rest_of_line:
                end = len(ftext)
            else:
                end = line_end
                for resume, rkind in segment_markers():
                    if rkind == "resume":
                        r = ftext.find(resume, m.end(), end)
                        if r >= 0:
                            end = r
            cuts.append((m.start(), end, kind))
    cuts.sort()
    segments: list[Segment] = []
    pos = 0
    for f_start, f_end, kind in cuts:
        if f_start < pos:
            continue
        if f_start > pos:
            segments.append(Segment(len(segments), *folded.to_original(pos, f_start), kind="main"))
        segments.append(Segment(len(segments), *folded.to_original(f_start, f_end), kind=kind))
        pos = f_end
    if pos < len(ftext) or not segments:
        segments.append(Segment(len(segments), *folded.to_original(pos, len(ftext)), kind="main"))
    kept = [s for s in segments if original[s.start : s.end].strip()]
    return [Segment(i, s.start, s.end, s.kind) for i, s in enumerate(kept)]


def find_sentences(original: str, segments: list[Segment]) -> list[Sentence]:
    """Sentences inside each segment (end punctuation or a line break closes one)."""
    out = []
    for seg in segments:
        pos = seg.start
        chunk = original[seg.start : seg.end]
        for m in _SENTENCE_END.finditer(chunk):
            end = seg.start + m.end()
            if original[pos:end].strip():
                s, e = _trim(original, pos, end)
                out.append(Sentence(seg.index, s, e))
            pos = end
        if original[pos : seg.end].strip():
            s, e = _trim(original, pos, seg.end)
            out.append(Sentence(seg.index, s, e))
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def prepare(original: str) -> Text:
    """Fold, tokenise, segment and split an article's text."""
    folded = fold_with_offsets(original)
    segments = find_segments(original, folded)
    tokens = tokenize(original, folded)
    return Text(original, folded, tokens, segments, find_sentences(original, segments), [t.start for t in tokens])

"""Matching-only Arabic normalisation that keeps a map back to the original offsets.

camel-tools decides what each character becomes (alef forms, alef maqsura, teh marbuta,
diacritics, tatweel); we apply its decisions one character at a time so that every character of
the normalised text knows where it came from. Nothing here changes what is shown or stored.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from camel_tools.utils.dediac import dediac_ar
from camel_tools.utils.normalize import (
    normalize_alef_ar,
    normalize_alef_maksura_ar,
    normalize_teh_marbuta_ar,
)

TATWEEL = "\u0640"
_ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩"
_EXTENDED_INDIC = "۰۱۲۳۴۵۶۷۸۹"
# Quotes and dashes vary wildly between outlets; they never decide a match.
_PUNCT_FOLD = {"“": '"', "”": '"', "«": '"', "»": '"', "„": '"', "’": "'", "‘": "'", "–": "-", "—": "-"}


def _fold_char(ch: str) -> str:
    out = normalize_teh_marbuta_ar(normalize_alef_maksura_ar(normalize_alef_ar(dediac_ar(ch))))
    if ch == TATWEEL:
        return ""
    if ch in _ARABIC_INDIC:
        return str(_ARABIC_INDIC.index(ch))
    if ch in _EXTENDED_INDIC:
        return str(_EXTENDED_INDIC.index(ch))
    if ch in ("\u200c", "\u200d", "\u200e", "\u200f", "\u061c", "\ufeff"):  # joiners and bidi marks
        return ""
    return _PUNCT_FOLD.get(out, out)


@lru_cache(maxsize=1)
def _table() -> dict[int, str]:
    """A translate table for every character camel-tools would change (Arabic blocks, digits)."""
    table = {}
    for cp in list(range(0x0600, 0x0700)) + list(range(0x06F0, 0x06FA)) + [0x200C, 0x200D, 0x200E, 0x200F, 0xFEFF]:
        ch = chr(cp)
        folded = _fold_char(ch)
        if folded != ch:
            table[cp] = folded
    for ch, folded in _PUNCT_FOLD.items():
        table[ord(ch)] = folded
    # ASCII only: str.lower() can change a string's length ("İ" -> "i̇") and break the offset map.
    for cp in range(ord("A"), ord("Z") + 1):
        table[cp] = chr(cp + 32)
    return table


def fold(text: str) -> str:
    """Normalise a string for matching (no offsets kept): lexicon entries go through this."""
    return text.translate(_table())


@dataclass(frozen=True)
class Folded:
    """Normalised text plus, for each of its characters, the offset it came from."""

    text: str
    origin: tuple[int, ...] | None  # None when nothing was removed: offsets are unchanged
    length: int  # length of the original text

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised span [start, end) back to the original text."""
        if self.origin is None:
            return start, end
        o_start = self.origin[start] if start < len(self.origin) else self.length
        o_end = self.origin[end - 1] + 1 if end > 0 else 0
        return o_start, o_end


def fold_with_offsets(text: str) -> Folded:
    """Normalise `text`, remembering where each kept character came from.

    Every rule maps one character to one character or to nothing, so the map is a list of the
    kept characters' original positions.
    """
    folded = text.translate(_table())
    if len(folded) == len(text):
        return Folded(folded, None, len(text))
    origin: list[int] = []  # the kept positions: the ranges between runs of removed characters
    pos = 0
    for m in _removed().finditer(text):
        origin.extend(range(pos, m.start()))
        pos = m.end()
    origin.extend(range(pos, len(text)))
    return Folded(folded, tuple(origin), len(text))


@lru_cache(maxsize=1)
def _removed() -> re.Pattern:
    """Runs of the characters folding deletes (diacritics, tatweel, joiners and bidi marks)."""
    gone = sorted(cp for cp, v in _table().items() if v == "")
    return re.compile("[" + "".join(re.escape(chr(cp)) for cp in gone) + "]+")

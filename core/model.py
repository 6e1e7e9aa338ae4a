"""The objects an article becomes on its way to tables.

Every offset (`start`, `end`) indexes the article text exactly as decoded from its file, so
`article.text[start:end] == surface` always holds. Normalised text is for matching only.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass
class Problem:
    """Something wrong with one input file or manifest row; the rest of the corpus still loads."""

    file: str
    problem: str
    severity: str = "error"  # "error": the file was skipped; "warning": loaded, with a caveat


@dataclass
class Article:
    """One article as loaded from the corpus folder (metadata from the manifest when present)."""

    article_id: str
    file: str  # path relative to the corpus folder
    text: str
    outlet: str | None = None
    published: date | None = None
    published_basis: str = "unknown"  # manifest | text | unknown
    url: str | None = None
    title: str | None = None
    encoding: str = "utf-8"


@dataclass
class Segment:
    """A stretch of an article that tells one story ("read also" blocks are separate segments)."""

    index: int
    start: int
    end: int
    kind: str = "main"  # main | related
    published: date | None = None  # the date the segment's relative expressions resolve against


@dataclass
class Sentence:
    segment: int
    start: int
    end: int


@dataclass
class DateMention:
    """A temporal expression resolved to a calendar date, with how precise it is."""

    start: int
    end: int
    surface: str
    value: date
    precision: str  # day | month | year | approximate
    relative: bool = False


@dataclass
class Mention:
    """A span of text that names an actor."""

    start: int
    end: int
    surface: str
    actor_id: str
    name_ar: str
    name_en: str
    country: str | None
    kind: str
    how: str = "gazetteer"  # gazetteer | country | metonym | pattern | title | seat | coref | anaphor


@dataclass
class Event:
    event_id: str
    article_id: str
    event_type: str
    plover: str
    cameo: str
    start: int  # the evidence sentence
    end: int
    text: str
    cue: str
    cue_start: int
    cue_end: int
    source: Mention | None = None
    target: Mention | None = None
    date: date | None = None
    date_precision: str | None = None
    segment: int = 0
    evidence: str | None = None  # with_evidence | without_evidence | None
    reported: bool = False  # the accuser is not named ("الاتهامات الموجهة إلى روسيا")
    extra: dict = field(default_factory=dict)

"""The one place that turns article text into HTML: escaped, right-to-left, with highlights.

Every string that comes from an article is untrusted. It is cut into pieces at the highlight
offsets (which index the *raw* text), each piece is escaped on its own, and only then wrapped in
`<mark>`; so offsets never drift and no article character can become markup. The browser shapes
and orders Arabic itself: text stays in logical order (no reshaping, no bidi reordering, never
`unicode-bidi: bidi-override`). Plotly labels are isolated with RLI…PDI instead (`isolate`).
"""
from __future__ import annotations

import html
from dataclasses import dataclass

import pandas as pd

RLI, PDI = "\u2067", "\u2069"
FSI = "\u2068"
LRI = "\u2066"

# Inline styles (not classes): they survive any HTML sanitiser and need no global CSS.
STYLES = {
    "cue": "background:#ffd54f;color:#1a1a1a;font-weight:700;border-radius:3px",
    "source": "background:#b3e5fc;color:#1a1a1a;border-radius:3px",
    "target": "background:#f8bbd0;color:#1a1a1a;border-radius:3px",
    "actor": "background:#e0e0e0;color:#1a1a1a;border-radius:3px",
    "sentence": "background:#fff8e1;color:inherit",
    "accuse": "background:#ffcdd2;color:#1a1a1a",
    "deny": "background:#c8e6c9;color:#1a1a1a",
}
BLOCK_STYLE = "text-align:right;font-size:1.15rem;line-height:1.9"
_PRIORITY = ["sentence", "accuse", "deny", "actor", "target", "source", "cue"]


@dataclass(frozen=True)
class Span:
    """A highlight over raw-text offsets `[start, end)`; `title` becomes a tooltip."""

    start: int
    end: int
    kind: str
    title: str = ""


def text_of(value: object) -> str:
    """A table cell as text: missing values (None, NaN, NA, NaT) become ""."""
    if value is None:
        return ""
    try:
        if pd.isna(value):
            return ""
    except (TypeError, ValueError):
        pass
    return str(value)


def shorten(value: object, limit: int) -> str:
    """A cell as one line (whitespace runs made one space), cut at a word boundary past `limit`
    characters, with " …"."""
    text = " ".join(text_of(value).split())
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"


def escape(value: object) -> str:
    """Escape a cell for HTML text or attribute context."""
    return html.escape(text_of(value), quote=True)


def isolate(value: object) -> str:
    """Wrap a label in RLI…PDI so Plotly's forced LTR SVG text keeps Arabic/Latin in order."""
    text = text_of(value)
    return f"{RLI}{text}{PDI}" if text else ""


def ltr(value: object) -> str:
    """Plain text (a tooltip, a widget label) with an id or Latin run isolated left-to-right.

    Inside right-to-left text an id such as `000_48626bc…` would otherwise be reordered by the
    bidi algorithm (digit runs around `_` swap places: `48626_000bc…`).
    """
    text = text_of(value)
    return f"{LRI}{text}{PDI}" if text else ""


def first_strong(value: object) -> str:
    """Plain text isolated with FSI…PDI: its direction comes from its own first letter."""
    text = text_of(value)
    return f"{FSI}{text}{PDI}" if text else ""


def code(value: object) -> str:
    """An id in HTML: escaped, monospace, and `dir="ltr"` (which isolates it) in any context."""
    return f'<code dir="ltr">{escape(value)}</code>'


def _style_of(kinds: list[str]) -> str:
    kind = max(kinds, key=lambda k: _PRIORITY.index(k) if k in _PRIORITY else 0)
    return STYLES.get(kind, STYLES["actor"])


def highlight(text: object, spans: list[Span] = (), offset: int = 0) -> str:
    """Escaped HTML of `text` with each span wrapped in `<mark>`.

    `offset` is where `text` starts in the article when spans use article offsets (an evidence
    sentence inside its article). Spans may overlap: the text is cut at every boundary and each
    piece is marked by its most specific kind (cue > source > target > actor > sentence).
    """
    raw = text_of(text)
    local = [
        Span(max(s.start - offset, 0), min(s.end - offset, len(raw)), s.kind, s.title)
        for s in spans
        if s.end - offset > 0 and s.start - offset < len(raw) and s.end > s.start
    ]
    cuts = sorted({0, len(raw), *(s.start for s in local), *(s.end for s in local)})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        piece = html.escape(raw[a:b], quote=True)
        active = [s for s in local if s.start <= a and b <= s.end]
        if not active:
            out.append(piece)
            continue
        titles = " · ".join(dict.fromkeys(s.title for s in active if s.title))
        title = f' title="{html.escape(first_strong(titles), quote=True)}"' if titles else ""
        kinds = " ".join(sorted({s.kind for s in active}))
        out.append(f'<mark data-kind="{kinds}" style="{_style_of([s.kind for s in active])}"{title}>{piece}</mark>')
    return "".join(out).replace("\n", "<br>")


def block(inner_html: str, *, testid: str = "rtl-block", extra_style: str = "") -> str:
    """Wrap already-escaped HTML in the right-to-left Arabic container."""
    style = f"{BLOCK_STYLE};{extra_style}" if extra_style else BLOCK_STYLE
    return f'<div dir="rtl" lang="ar" class="raqib-rtl" data-testid="{testid}" style="{style}">{inner_html}</div>'


def arabic(text: object, spans: list[Span] = (), *, offset: int = 0, testid: str = "rtl-block") -> str:
    """An Arabic block: escaped text, highlights, RTL container."""
    return block(highlight(text, spans, offset), testid=testid)


def quote(text: object, spans: list[Span] = (), *, offset: int = 0, testid: str = "rtl-quote") -> str:
    """A quoted evidence sentence, set off by a border on the reading side (the right)."""
    inner = highlight(text, spans, offset)
    return block(inner, testid=testid,
                 extra_style="border-right:4px solid #c53948;padding:0.2rem 0.8rem;margin:0.3rem 0")


def inline(text: object) -> str:
    """A short Arabic run inside other HTML (a name, a title): escaped and isolated by `<bdi>`."""
    return f'<bdi dir="auto">{escape(text)}</bdi>'


def render(html_text: str) -> None:
    """Show HTML built by this module in the app (imports Streamlit only when called)."""
    import streamlit as st

    st.html(html_text)

"""HTML for evidence, claim sides and actor cards. Every table value is escaped by `dashboard.rtl`."""
from __future__ import annotations

import pandas as pd

from dashboard.labels import EVENT_LABELS, country_code, country_name
from dashboard.rtl import Span, code, escape, inline, quote, text_of

META_STYLE = "font-size:0.9rem;color:#555;margin:0.2rem 0"
UNDATED = "undated (no date in the text)"


def when(event) -> str:
    """`2024-11-01 (approximate)`, or "undated" when the text gives no date.

    Never the article's publication date: a "read also" block reports another day's story.
    """
    day, precision = event.get("date"), text_of(event.get("date_precision"))
    if pd.notna(day):
        return f"{pd.Timestamp(day):%Y-%m-%d}" + (f" ({precision})" if precision and precision != "day" else "")
    return UNDATED


def country_badge(code: object) -> str:
    code = country_code(code)
    return f'<span title="{escape(country_name(code, "en"))}">{escape(code)}</span>'


def actor_html(name_ar: object, name_en: object, country: object) -> str:
    ar, en = text_of(name_ar), text_of(name_en)
    if not ar and not en:
        return '<span style="color:#888">unnamed · غير مسمّى</span>'
    return f"{inline(ar)} <span style='color:#666'>{escape(en)}</span> {country_badge(country)}"


def outlet_html(outlet: object) -> str:
    return inline(outlet) if text_of(outlet) else "unknown outlet"


def type_badge(event_type: object) -> str:
    ar, en = EVENT_LABELS.get(text_of(event_type), (text_of(event_type), text_of(event_type)))
    return f"<b>{escape(en)}</b> · {inline(ar)}"


def evidence_html(event, spans: list[Span], *, testid: str = "evidence") -> str:
    """A card: type, who → whom, date, outlet, then the sentence RTL with highlights."""
    meta = (
        f'<div style="{META_STYLE}" dir="ltr">{type_badge(event.get("event_type"))} — '
        f'{actor_html(event.get("source_name_ar"), event.get("source_name_en"), event.get("source_country"))}'
        f' → {actor_html(event.get("target_name_ar"), event.get("target_name_en"), event.get("target_country"))}'
        f'</div><div style="{META_STYLE}" dir="ltr">{escape(when(event))} · {outlet_html(event.get("outlet"))}'
        f' · {code(event.get("event_id"))}'
        + (f' · evidence: {escape(event.get("evidence"))}' if text_of(event.get("evidence")) else "")
        + "</div>"
    )
    body = quote(event.get("text"), spans, offset=int(event["start"]), testid="rtl-quote")
    return f'<div data-testid="{testid}" data-event-id="{escape(event.get("event_id"))}" ' \
           f'style="border:1px solid #e6e6e6;border-radius:8px;padding:0.5rem 0.8rem;margin:0.4rem 0">{meta}{body}</div>'


def no_denial_html() -> str:
    return ('<div data-testid="no-denial" style="border:1px dashed #bbb;border-radius:8px;padding:1rem;color:#666;'
            'text-align:center">No denial on record · <bdi dir="rtl" lang="ar">لا يوجد نفي مسجّل</bdi></div>')


def aliases_html(aliases: object) -> str:
    names = [a for a in text_of(aliases).split("|") if a.strip()]
    items = "، ".join(escape(a) for a in names) or "—"
    return f'<div dir="rtl" lang="ar" data-testid="rtl-aliases" style="text-align:right;font-size:1.1rem">{items}</div>'


def safe_url(url: object) -> str:
    """The URL when it is http(s); "" otherwise (a `javascript:` URL must never become a link)."""
    value = text_of(url).strip()
    return value if value.lower().startswith(("http://", "https://")) else ""


def article_meta_html(article) -> str:
    """Outlet, publication date and how it was found, file and source link of one article."""
    published = article.get("published")
    day = f"{pd.Timestamp(published):%Y-%m-%d}" if pd.notna(published) else "unknown"
    url = safe_url(article.get("url"))
    link = (f' · <a href="{escape(url)}" target="_blank" rel="noopener noreferrer nofollow">source</a>' if url
            else (f" · url: {code(article.get('url'))}" if text_of(article.get("url")) else ""))
    return (f'<div dir="ltr" data-testid="article-meta" style="{META_STYLE}">outlet: {outlet_html(article.get("outlet"))}'
            f" · published: {escape(day)} ({escape(article.get('published_basis')) or 'unknown basis'})"
            f" · file: {code(article.get('file'))} · id: {code(article.get('article_id'))}"
            f"{link}</div>")


def legend_html() -> str:
    """What the highlight colours mean."""
    items = [("cue", "cue word · كلمة الدلالة"), ("actor", "actor · فاعل"), ("accuse", "accusation sentence"),
             ("deny", "denial sentence"), ("sentence", "other event sentence")]
    from dashboard.rtl import STYLES

    return '<div dir="ltr" style="font-size:0.85rem">' + " ".join(
        f'<mark style="{STYLES[k]}">{escape(label)}</mark>' for k, label in items) + "</div>"

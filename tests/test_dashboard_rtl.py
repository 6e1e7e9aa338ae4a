"""The RTL renderer: article text is escaped, highlighted by offsets, and left in logical order."""
import re

import pandas as pd
import pytest

from dashboard import rtl
from dashboard.rtl import Span
from dashboard.views.cards import article_meta_html, evidence_html, safe_url

PRESENTATION_FORMS = re.compile("[\uFB50-\uFDFF\uFE70-\uFEFF]")
HOSTILE = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", '"><svg onload=alert(1)>']


@pytest.mark.parametrize("payload", HOSTILE)
def test_dashboard_rtl_escapes_markup_in_article_text(payload):
    """Markup inside an article is shown as text: no tag survives, the characters do."""
    out = rtl.arabic(f"نص {payload} نص")
    assert "<script" not in out and "<img" not in out and "<svg" not in out
    assert rtl.escape(payload) in out


@pytest.mark.parametrize("payload", HOSTILE)
def test_dashboard_rtl_escapes_markup_inside_a_highlight(payload):
    """A highlighted span that contains markup is escaped piece by piece."""
    text = f"اتهمت {payload} روسيا"
    out = rtl.highlight(text, [Span(0, len(text), "sentence", payload), Span(0, 5, "cue")])
    assert "<script" not in out and "<img" not in out and "<svg" not in out
    assert out.count("<mark") == 2


def test_dashboard_rtl_block_is_rtl_and_right_aligned():
    """Blocks carry dir=rtl, lang=ar and right alignment, never bidi-override."""
    out = rtl.arabic("نفت روسيا")
    assert 'dir="rtl"' in out and 'lang="ar"' in out and "text-align:right" in out
    assert "bidi-override" not in out


def test_dashboard_rtl_keeps_logical_order_and_no_presentation_forms():
    """The text reaches HTML exactly as stored: no reshaping, no reversal."""
    text = "نفت السفارة الروسية الاتهامات في 2 نوفمبر 2024"
    out = rtl.highlight(text, [Span(4, 19, "actor")])
    assert re.sub(r"<[^>]+>", "", out) == text
    assert not PRESENTATION_FORMS.search(out)


@pytest.mark.parametrize(
    ("spans", "marked"),
    [
        ([Span(4, 9, "cue")], ["روسيا"]),
        ([Span(0, 3, "cue"), Span(4, 9, "target")], ["نفت", "روسيا"]),
        ([Span(0, 9, "sentence"), Span(4, 9, "cue")], ["نفت ", "روسيا"]),
    ],
)
def test_dashboard_rtl_marks_exactly_the_offsets(spans, marked):
    """Each `<mark>` holds exactly the characters between its offsets (overlaps are cut)."""
    out = rtl.highlight("نفت روسيا", spans)
    assert re.findall(r"<mark[^>]*>(.*?)</mark>", out) == marked


def test_dashboard_rtl_highlight_with_offset_uses_article_offsets():
    """An evidence sentence's spans use article offsets; `offset` shifts them into the sentence."""
    article = "عنوان\nاتهمت واشنطن موسكو"
    start = article.index("اتهمت")
    cue = Span(start, start + 5, "cue")
    out = rtl.highlight(article[start:], [cue], offset=start)
    assert re.findall(r"<mark[^>]*>(.*?)</mark>", out) == ["اتهمت"]


def test_dashboard_rtl_missing_values_are_empty():
    """NA, NaN, NaT and None render as empty text, never as 'nan'."""
    for value in (None, float("nan"), pd.NA, pd.NaT):
        assert rtl.text_of(value) == ""
        assert rtl.arabic(value).endswith("></div>")


def test_dashboard_rtl_isolate_wraps_in_rli_pdi():
    """Plotly labels get RLI…PDI so mixed Arabic/Latin keeps its order in forced-LTR SVG."""
    assert rtl.isolate("ترامب 2024") == "\u2067ترامب 2024\u2069"
    assert rtl.isolate(None) == ""


def test_dashboard_rtl_evidence_card_escapes_every_field():
    """Outlet, names and sentence of an event are all escaped in its card."""
    event = pd.Series({"event_id": "e1", "event_type": "accuse", "source_name_ar": "<b>x</b>",
                       "source_name_en": "<i>y</i>", "source_country": "RU", "target_name_ar": None,
                       "target_name_en": None, "target_country": None, "date": pd.Timestamp("2024-10-01"),
                       "date_precision": "day", "published": pd.NaT, "outlet": "<script>alert(1)</script>",
                       "text": "<img src=x onerror=alert(1)>", "start": 0, "evidence": None})
    out = evidence_html(event, [])
    assert "<script" not in out and "<img" not in out and "<b>x" not in out and "<i>y" not in out


@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:text/html,<script>", " JAVASCRIPT:x", ""])
def test_dashboard_rtl_never_links_non_http_urls(url):
    """Only http(s) URLs become links."""
    assert safe_url(url) == ""
    out = article_meta_html(pd.Series({"article_id": "a", "file": "a.txt", "outlet": None, "published": pd.NaT,
                                       "published_basis": "unknown", "url": url}))
    assert "href" not in out


def test_dashboard_rtl_ids_are_isolated_left_to_right():
    """Ids keep their order inside Arabic text: LRI…PDI in plain text, dir="ltr" in HTML."""
    assert rtl.ltr("000_48626bc91c3a8d8f") == "\u2066000_48626bc91c3a8d8f\u2069"
    assert rtl.code("000_48626bc91c3a8d8f") == '<code dir="ltr">000_48626bc91c3a8d8f</code>'
    assert rtl.code("<b>") == '<code dir="ltr">&lt;b&gt;</code>'


def test_dashboard_rtl_tooltips_are_first_strong_isolated():
    """A highlight's tooltip is isolated (FSI…PDI), so "Elon Musk (US)" keeps its brackets in an RTL block."""
    out = rtl.highlight("ماسك", [Span(0, 4, "actor", "Elon Musk (US)")])
    assert 'title="\u2068Elon Musk (US)\u2069"' in out


def test_dashboard_rtl_event_ids_in_article_tooltips_are_ltr():
    """The article reader's event tooltips wrap the event id left-to-right."""
    from dashboard.views.evidence import article_spans

    events = pd.DataFrame([{"article_id": "a", "event_id": "000_48626bc91c3a8d8f-E001", "event_type": "deny",
                            "start": 0, "end": 3, "cue_start": None, "cue_end": None}])
    mentions = pd.DataFrame(columns=["article_id", "actor_id", "start", "end"])
    [span] = article_spans("a", mentions, events)
    assert "\u2066000_48626bc91c3a8d8f-E001\u2069" in span.title

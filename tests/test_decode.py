"""core.decode: bytes -> article text, with every caveat and refusal said in words."""
from __future__ import annotations

import codecs
import os
import random

import pytest

from core.decode import (
    decode_article,
    decode_bytes,
    html_to_text,
    looks_like_html,
    parse_json_article,
    text_problem,
)

ARABIC = "نفت روسيا اليوم السبت أن تكون وراء فيديوهات مزيفة مرتبطة بسباق الانتخابات الأمريكية، بعدما اتهمتها الاستخبارات بذلك."


@pytest.mark.parametrize(
    "data, encoding, note",
    [
        (ARABIC.encode("utf-8"), "UTF-8", None),
        (codecs.BOM_UTF8 + ARABIC.encode("utf-8"), "UTF-8", None),
        (ARABIC.encode("utf-16"), "UTF-16", "UTF-16"),
        (codecs.BOM_UTF16_BE + ARABIC.encode("utf-16-be"), "UTF-16", "UTF-16"),
        (ARABIC.encode("utf-32"), "UTF-32", "UTF-32"),
        (ARABIC.encode("cp1256"), "Windows-1256", "Windows-1256"),
        (ARABIC.encode("utf-16-le"), "UTF-16LE", "UTF-16LE"),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "utf16be-bom", "utf32-bom", "cp1256", "utf16le-no-bom"],
)
def test_decode_bytes_encodings(data, encoding, note):
    """Each supported encoding decodes to the same text, and anything but UTF-8 is said in a note."""
    got = decode_bytes(data)
    assert got.error is None
    assert got.text == ARABIC
    assert got.encoding == encoding
    if note is None:
        assert got.notes == []
    else:
        assert len(got.notes) == 1 and note in got.notes[0] and "not UTF-8" in got.notes[0]


def test_decode_bytes_cp1256_reports_confidence():
    """A Windows-1256 note says the detector and its confidence."""
    note = decode_bytes(ARABIC.encode("cp1256")).notes[0]
    assert "charset-normalizer" in note and "confidence" in note and "%" in note


def test_decode_bytes_newlines_as_text_mode():
    """CRLF and CR become LF, as Python's text mode reads them."""
    assert decode_bytes("سطر\r\nسطر\rسطر".encode()).text == "سطر\nسطر\nسطر"


@pytest.mark.parametrize(
    "data, words",
    [
        (b"%PDF-1.7\n" + os.urandom(200), "PDF"),
        (b"\x89PNG\r\n\x1a\n" + bytes(100), "PNG"),
        (b"PK\x03\x04" + os.urandom(100), "ZIP"),
        (bytes(range(256)) * 8, "binary"),
        (b"\x00\x01\x02\x03abc\x00\x00\x05" * 50, "binary"),
    ],
    ids=["pdf", "png", "zip", "all-bytes", "nul-heavy-ascii"],
)
def test_decode_bytes_binary(data, words):
    """Binary inputs are refused with a message saying they are binary (and what they are when known)."""
    got = decode_bytes(data)
    assert got.text is None
    assert "binary" in got.error and words in got.error


@pytest.mark.parametrize("cut", [lambda b: b[:41] + b"\xff" + b[41:], lambda b: b[:41] + b[42:]], ids=["stray-byte", "cut-character"])
def test_decode_bytes_nearly_utf8_keeps_text(cut):
    """UTF-8 with one corrupt byte keeps the article, replacing the bad bytes and saying where."""
    data = cut((ARABIC * 3).encode("utf-8"))
    got = decode_bytes(data)
    assert got.encoding == "UTF-8" and got.text == data.decode("utf-8", "replace")
    bad = got.text.count("\ufffd")
    assert 1 <= bad <= 3
    assert f"{bad} invalid byte sequence(s) replaced" in got.notes[0] and "byte offset 4" in got.notes[0]


def test_decode_bytes_undetectable_is_refused():
    """Bytes that are not UTF-8 and fit no encoding confidently are refused, asking for UTF-8."""
    rng = random.Random(7)
    data = bytes(rng.randrange(0x20, 0x100) for _ in range(500))
    got = decode_bytes(data)
    assert got.text is None
    assert "not UTF-8" in got.error


@pytest.mark.parametrize(
    "text, problem",
    [
        ("", "empty"),
        ("  \n\t \n", "only whitespace"),
        ("Only English here, and digits 2024.", "no Arabic"),
        ("١٢٣ ، ؟", "no Arabic"),  # Arabic digits and punctuation are not Arabic text
        ("\x01\x02\x03\x04 نص", "control characters"),
    ],
    ids=["empty", "whitespace", "english", "arabic-digits-only", "control"],
)
def test_text_problem_refusals(text, problem):
    """Texts that are not articles are named with their problem."""
    assert problem in text_problem(text)


def test_text_problem_accepts_arabic():
    """Arabic text, even mixed with Latin, is an article."""
    assert text_problem("قال Elon Musk إن 2024") is None


PAGE = """<!DOCTYPE html><html><head><title>عنوان الصفحة | موقع</title>
<style>p{color:red}</style><script>var x = "لا تظهر";</script></head>
<body><nav><a href="/">الرئيسية</a> <a href="/x">أخبار</a></nav>
<header>رأس الموقع</header>
<article><h1>الكرملين ينفي</h1><p>نفى الكرملين اليوم   التقرير.</p>
<p>وقال المتحدث <b>باسم</b> الكرملين إن الأمر كذب.</p><script>track()</script>
<blockquote><p>لا أساس لهذا</p></blockquote></article>
<aside>اقرأ المزيد في الإعلانات</aside><footer>حقوق النشر</footer></body></html>"""


def test_html_to_text_keeps_paragraphs_drops_chrome():
    """Paragraphs are kept (one per block); scripts, styles, navigation, header, aside and footer are dropped."""
    text, title, count = html_to_text(PAGE)
    assert text.split("\n\n") == ["نفى الكرملين اليوم التقرير.", "وقال المتحدث باسم الكرملين إن الأمر كذب.", "لا أساس لهذا"]
    assert count == 3
    assert title == "الكرملين ينفي"
    for gone in ("لا تظهر", "track", "الرئيسية", "رأس الموقع", "الإعلانات", "حقوق النشر", "color"):
        assert gone not in text


@pytest.mark.parametrize(
    "text, expected",
    [
        (PAGE, True),
        ("<p>فقرة</p><p>فقرة</p><div>ثالثة</div>", True),
        ("<html><body>نص</body></html>", True),
        ("قال إن 3 < 5 وإن 7 > 2", False),
        (ARABIC, False),
        ("<b>عنوان</b> ثم نص عادي", False),
    ],
    ids=["page", "fragment", "bare-html", "less-than", "plain", "one-tag"],
)
def test_looks_like_html(text, expected):
    """Pages and fragments are recognised; plain text with a stray '<' is not."""
    assert looks_like_html(text) is expected


def test_decode_article_html_stored_as_txt():
    """A .txt holding an HTML page yields its article text, with a note saying so."""
    got = decode_article(PAGE.encode(), suffix=".txt")
    assert got.kind == "html" and got.error is None
    assert "HTML page stored as text" in got.notes[0]
    assert got.text.startswith("نفى الكرملين")


def test_decode_article_html_without_text():
    """An HTML page with nothing but scripts and navigation is refused."""
    got = decode_article(b"<html><body><nav>menu</nav><script>x()</script></body></html>", suffix=".html")
    assert got.text is None and "no article text" in got.error


def test_decode_article_no_arabic_says_encoding():
    """A refused non-UTF-8 text says which encoding it was read as."""
    got = decode_article("Le président a déclaré que l'élection était libre et régulière".encode("cp1252"))
    assert got.text is None
    assert "no Arabic" in got.error and "decoded as" in got.error


@pytest.mark.parametrize(
    "raw, error",
    [
        ('{"text": "نص", "outlet": 3}', 'field "outlet" must be a string'),
        ('["نص"]', "JSON list"),
        ('{"title": "x"}', 'no "text"'),
        ('{"text": "نص",', "not valid JSON"),
    ],
    ids=["non-string-field", "list", "no-text", "broken"],
)
def test_parse_json_article_errors(raw, error):
    """Malformed JSON articles are refused with the reason."""
    fields, _warnings, got = parse_json_article(raw)
    assert fields is None and error in got


def test_parse_json_article_fields_and_unknown_keys():
    """Known fields are returned, `file` becomes a file-name hint, unknown keys are warned about."""
    fields, warnings, error = parse_json_article('{"text": "نص", "published": "2024-11-02", "file": "a.txt", "author": "x"}')
    assert error is None
    assert fields == {"text": "نص", "published": "2024-11-02", "filename_hint": "a.txt"}
    assert warnings == ["ignored unknown JSON field(s): author"]


def test_html_to_text_line_breaks_and_div_pages():
    """<br> keeps its line break; a page whose story sits in <div>s (not <p>s) still yields it."""
    text, _title, _n = html_to_text("<html><body><p>سطر أول<br>سطر ثان</p></body></html>")
    assert text == "سطر أول\nسطر ثان"
    story = "<div>" + "نفى الكرملين التقرير جملة وتفصيلا. " * 10 + "</div>"
    text, _title, _n = html_to_text(f"<html><body>{story}<div><p>حقوق</p></div></body></html>")
    assert "نفى الكرملين" in text


def test_decode_bytes_meta_charset():
    """A non-UTF-8 page's own <meta charset> decides its encoding, and the note says so."""
    page = f'<html><head><meta charset="windows-1256"></head><body><p>{ARABIC}</p></body></html>'
    got = decode_bytes(page.encode("cp1256"))
    assert got.encoding == "Windows-1256" and ARABIC in got.text
    assert "declared by the page" in got.notes[0]

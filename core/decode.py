"""Bytes -> article text, saying exactly what was done to get there.

An article file is untrusted input. This module turns its bytes into text and reports, in plain
words, anything a reader should know: which encoding was used when it was not UTF-8, that an HTML
page was reduced to its paragraphs, or why no text could be had (binary, empty, no Arabic).

- UTF-8 is tried first and strictly; charset detection (charset-normalizer) runs only when that
  fails, so a clean corpus costs one `bytes.decode` per file.
- A byte-order mark decides UTF-16/UTF-32 (and a UTF-8 BOM is dropped).
- Newlines are read the way Python's text mode reads them ("\\r\\n" and "\\r" become "\\n"), so
  offsets agree with `open(path, encoding="utf-8").read()`.

Nothing here touches the disk or imports Streamlit.
"""
from __future__ import annotations

import codecs
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

__all__ = [
    "Decoded",
    "decode_article",
    "decode_bytes",
    "has_arabic",
    "html_to_text",
    "limits",
    "looks_like_html",
    "parse_json_article",
    "text_problem",
]

JSON_FIELDS = ("text", "outlet", "published", "url", "title")
_JSON_HINT_FIELDS = ("file", "filename")


@lru_cache(maxsize=1)
def _default_limits() -> dict:
    raw = resources.files("core").joinpath("data", "limits.json").read_text(encoding="utf-8")
    return {k: v for k, v in json.loads(raw).items() if not k.startswith("_")}


def limits(**overrides) -> dict:
    """The reading limits of `core/data/limits.json`, with any non-None override applied."""
    out = dict(_default_limits())
    out.update({k: v for k, v in overrides.items() if v is not None})
    return out


@dataclass
class Decoded:
    """What became of one input's bytes: its text, or the reason there is none."""

    text: str | None
    encoding: str | None = None
    notes: list[str] = field(default_factory=list)  # caveats: the text is usable
    error: str | None = None  # why there is no usable text
    title: str | None = None  # from an HTML page's <title>/<h1>, when the input was one
    kind: str = "text"  # text | html


# ---------------------------------------------------------------- encodings

_BOMS = (  # longest first: a UTF-32-LE mark starts with the UTF-16-LE one
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)

_MAGIC = (  # formats an editor may drop into a corpus by mistake
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive or Office document (.docx/.xlsx)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document (.doc/.xls)"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "an executable"),
    (b"{\\rtf", "an RTF document"),
)

_PRETTY = {
    "utf_8": "UTF-8",
    "utf_16": "UTF-16",
    "utf_16_le": "UTF-16LE",
    "utf_16_be": "UTF-16BE",
    "utf_32": "UTF-32",
    "utf_32_le": "UTF-32LE",
    "utf_32_be": "UTF-32BE",
    "cp1256": "Windows-1256",
    "iso8859_6": "ISO-8859-6",
    "mac_arabic": "MacArabic",
    "cp720": "DOS-720 (Arabic)",
    "cp864": "DOS-864 (Arabic)",
}


def _pretty(encoding: str) -> str:
    return _PRETTY.get(encoding, encoding.replace("_", "-").upper() if encoding.startswith("cp") else encoding)


_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def _control_ratio(text: str) -> float:
    if not text:
        return 0.0
    return len(_CONTROL.findall(text)) / len(text)


def _universal_newlines(text: str) -> str:
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def _detect(data: bytes, min_confidence: float) -> Decoded:
    """Ask charset-normalizer; accept its answer only when it is confident."""
    from charset_normalizer import (
        from_bytes,  # imported lazily: clean UTF-8 corpora never need it
    )

    best = from_bytes(data).best()
    if best is None:
        return Decoded(None, error="not UTF-8, and no text encoding fits its bytes")
    confidence = 1.0 - float(best.chaos)
    name = _pretty(best.encoding)
    if confidence < min_confidence:
        return Decoded(
            None,
            error=(
                f"not UTF-8, and its encoding could not be detected with confidence "
                f"(best guess {name}, {confidence:.0%}); re-save it as UTF-8"
            ),
        )
    note = (
        f"encoded in {name}, not UTF-8: decoded as {name} "
        f"(detected by charset-normalizer, confidence {confidence:.0%})"
    )
    return Decoded(str(best), name, [note])


_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9_.:-]{2,40})""", re.IGNORECASE)


def _declared_charset(data: bytes) -> Decoded | None:
    """An HTML page's own <meta charset>, when it decodes the bytes cleanly into Arabic text."""
    m = _META_CHARSET.search(data[:8192])
    if not m:
        return None
    try:
        name = codecs.lookup(m[1].decode("ascii")).name
        text = data.decode(name)
    except (LookupError, UnicodeDecodeError, ValueError):
        return None
    if name.startswith("utf-8") or not has_arabic(text):
        return None
    pretty = _pretty(name.replace("-", "_"))
    return Decoded(_universal_newlines(text), pretty, [f"encoded in {pretty}, not UTF-8: decoded as {pretty} (declared by the page's <meta charset>)"])


def decode_bytes(data: bytes, *, min_confidence: float | None = None) -> Decoded:
    """Decode raw bytes: BOM, then strict UTF-8, then confident detection; never raises."""
    min_confidence = limits(min_encoding_confidence=min_confidence)["min_encoding_confidence"]
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return Decoded(None, error=f"binary file ({what}), not text")
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as exc:
                return Decoded(None, error=f"starts with a {name} byte-order mark but is not valid {name} ({exc.reason} at byte {exc.start})")
            notes = [] if name == "UTF-8" else [f"encoded in {name} (byte-order mark), not UTF-8: decoded as {name}"]
            return Decoded(_universal_newlines(text.lstrip("\ufeff")), name, notes)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad = exc.start
    else:
        if "\x00" not in text and _control_ratio(text) <= limits()["max_control_char_ratio"]:
            return Decoded(_universal_newlines(text), "UTF-8")
        # ASCII-range bytes full of control characters: UTF-16 without a mark, or binary.
        found = _detect(data, min_confidence)
        if found.text is not None and found.encoding and found.encoding.startswith("UTF-") and has_arabic(found.text):
            found.text = _universal_newlines(found.text)
            return found
        return Decoded(None, error=f"binary file ({_control_ratio(text):.0%} control characters), not text")
    declared = _declared_charset(data)
    if declared is not None:
        return declared
    lossy = data.decode("utf-8", "replace")
    bad_count = lossy.count("\ufffd")
    if len(_NON_ASCII.findall(lossy)) - bad_count >= 20 * bad_count and b"\x00" not in data:
        # UTF-8 with a few corrupt bytes (a cut download, a bad copy): keep the article, say where.
        note = (
            f"not valid UTF-8: {bad_count} invalid byte sequence(s) replaced with \ufffd "
            f"(first at byte offset {bad}); the rest decoded as UTF-8"
        )
        return Decoded(_universal_newlines(lossy), "UTF-8", [note])
    found = _detect(data, min_confidence)
    if found.text is None:
        if b"\x00" in data:
            return Decoded(None, error="binary file (contains NUL bytes, not valid UTF-8), not text")
        found.error = f"{found.error} (first invalid UTF-8 byte at offset {bad})"
        return found
    if "\x00" in found.text or _control_ratio(found.text) > limits()["max_control_char_ratio"]:
        return Decoded(None, error=f"binary file (not UTF-8; as {found.encoding} it is full of control characters), not text")
    found.text = _universal_newlines(found.text)
    return found


# ---------------------------------------------------------------- text checks

_ARABIC_LETTER = re.compile(r"[\u0620-\u064A\u066E-\u06D3\u06D5\u06EE\u06EF\u06FA-\u06FF\u0750-\u077F\u08A0-\u08C9\uFB50-\uFDFB\uFE70-\uFEFC]")


def has_arabic(text: str) -> bool:
    """True when the text holds at least one Arabic letter (digits and punctuation do not count)."""
    return _ARABIC_LETTER.search(text) is not None


def text_problem(text: str) -> str | None:
    """Why this text is not an article (empty, control characters, no Arabic), or None."""
    if not text:
        return "empty file (no text)"
    if not text.strip():
        return f"contains only whitespace ({len(text)} characters)"
    ratio = _control_ratio(text)
    if ratio > limits()["max_control_char_ratio"]:
        return f"binary content ({ratio:.0%} control characters), not text"
    if not has_arabic(text):
        return f"no Arabic text ({len(text.strip())} characters, none of them Arabic letters)"
    return None


# ---------------------------------------------------------------- HTML

_HTML_START = re.compile(r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE | re.DOTALL)
_HTML_TAG = re.compile(r"</(?:p|div|span|a|li|td|h[1-6]|article|section|body|html|script|style)\s*>|<br\s*/?>", re.IGNORECASE)
_DROP_TAGS = (
    "script", "style", "nav", "header", "footer", "aside", "form", "noscript", "iframe",
    "svg", "button", "template", "select", "figure", "menu", "object", "embed", "canvas",
)
_PARAGRAPH_TAGS = ("p", "blockquote", "h2", "h3", "h4", "pre")
_WS = re.compile(r"\s+")


def looks_like_html(text: str) -> bool:
    """True for an HTML page or fragment (a doctype/<html> start, or several closing tags)."""
    if "<" not in text:
        return False
    if _HTML_START.match(text[:4096]):
        return True
    return len(_HTML_TAG.findall(text[:20000])) >= 3


def html_to_text(html: str) -> tuple[str, str | None, int]:
    """The article text of an HTML page (paragraphs joined by blank lines), its title, and the paragraph count.

    Scripts, styles, navigation, headers, footers, asides and forms are dropped; the text comes
    from the page's <article> (or <main>, or <body>) paragraphs, or from all its text when it has
    no paragraphs.
    """
    from bs4 import BeautifulSoup  # lazily: only HTML inputs pay for it

    soup = BeautifulSoup(html, "html.parser")
    title = None
    og = soup.find("meta", attrs={"property": "og:title"})
    if og and og.get("content", "").strip():
        title = _WS.sub(" ", og["content"]).strip()
    elif soup.find("h1") and soup.find("h1").get_text(strip=True):
        title = _WS.sub(" ", soup.find("h1").get_text(" ")).strip()
    elif soup.title and soup.title.get_text(strip=True):
        title = _WS.sub(" ", soup.title.get_text(" ")).strip()
    for tag in soup.find_all(_DROP_TAGS):
        tag.decompose()
    for br in soup.find_all("br"):
        br.replace_with("\n")
    root = soup.find("article") or soup.find("main") or soup.body or soup
    paragraphs = []
    for el in root.find_all(_PARAGRAPH_TAGS):
        if el.find_parent(_PARAGRAPH_TAGS) is not None:
            continue  # a <p> inside a <blockquote>: already taken with its parent
        text = _clean_block(el.get_text(" "))
        if text:
            paragraphs.append(text)
    lines = [line for line in (_clean_block(x) for x in root.get_text("\n").split("\n")) if line]
    # Pages that keep the story in <div>s and only a footer in <p>s: fall back to every text line.
    if sum(map(len, paragraphs)) < 0.25 * sum(map(len, lines)):
        paragraphs = lines
    return "\n\n".join(paragraphs), title, len(paragraphs)


_HSPACE = re.compile(r"[^\S\n]+")


def _clean_block(text: str) -> str:
    """Spaces collapsed, line breaks (from <br>) kept, blank lines dropped."""
    return "\n".join(line for line in (_HSPACE.sub(" ", x).strip() for x in text.split("\n")) if line)


# ---------------------------------------------------------------- whole inputs


def decode_article(data: bytes, *, suffix: str = ".txt", min_confidence: float | None = None) -> Decoded:
    """Bytes of one article file -> its article text, or the reason it has none.

    `suffix` is the file's extension: ".html"/".htm" are always parsed as HTML; a ".txt" is parsed
    as HTML only when it looks like a page.
    """
    if not data:
        return Decoded(None, error="empty file (0 bytes)")
    decoded = decode_bytes(data, min_confidence=min_confidence)
    if decoded.error:
        return decoded
    text = decoded.text or ""
    if suffix.lower() in (".html", ".htm") or (text.strip() and looks_like_html(text)):
        body, title, count = html_to_text(text)
        what = "an HTML page" if suffix.lower() in (".html", ".htm") else "an HTML page stored as text"
        decoded.kind, decoded.title = "html", title
        decoded.notes.append(
            f"{what}: article text extracted from {count} paragraph(s); scripts, styles and navigation dropped"
        )
        text = body
        if not body.strip():
            decoded.text, decoded.error = None, "HTML page with no article text (nothing left once scripts, styles and navigation are dropped)"
            return decoded
    problem = text_problem(text)
    if problem:
        if decoded.encoding and decoded.encoding != "UTF-8":
            problem = f"{problem}; decoded as {decoded.encoding}"
        decoded.text, decoded.error = None, problem
        return decoded
    decoded.text = text
    return decoded


def parse_json_article(text: str) -> tuple[dict | None, list[str], str | None]:
    """A JSON object {text, outlet, published, url, title} -> (fields, warnings, error).

    Unknown keys are ignored with a warning; `file`/`filename` is kept as a file-name hint.
    """
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        where = f"column {exc.colno}" if exc.lineno == 1 else f"line {exc.lineno}, column {exc.colno}"
        return None, [], f"not valid JSON ({exc.msg} at {where})"
    if not isinstance(obj, dict):
        return None, [], f"expected a JSON object with a \"text\" field, found a JSON {type(obj).__name__} (several articles go in a JSON Lines file: one object per line)"
    if not isinstance(obj.get("text"), str):
        return None, [], "JSON object has no \"text\" string field"
    fields, warnings = {}, []
    for key in JSON_FIELDS + _JSON_HINT_FIELDS:
        value = obj.get(key)
        if value is None:
            continue
        if not isinstance(value, str):
            return None, [], f"JSON field \"{key}\" must be a string, found {type(value).__name__}"
        fields["filename_hint" if key in _JSON_HINT_FIELDS else key] = value
    extra = sorted(k for k in obj if k not in JSON_FIELDS + _JSON_HINT_FIELDS)
    if extra:
        warnings.append(f"ignored unknown JSON field(s): {', '.join(extra)}")
    return fields, warnings, None

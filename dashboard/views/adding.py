"""Adding articles from the dashboard, as pure functions (no Streamlit): read, preview, save.

A *candidate* is one article as it would be stored: pasted text, or one uploaded file (`.txt`,
`.html`, `.json`; a `.jsonl` upload gives one candidate per line). It is decoded exactly as
`core.store` will decode it, so the preview shows what Save stores. Metadata typed in the form
wins over what a file carries (JSON fields, an HTML `<title>`); empty form fields leave it alone.
"""
from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pandas as pd

from core.corpus import dedup_key, parse_published
from core.decode import (
    decode_article,
    decode_bytes,
    html_to_text,
    looks_like_html,
    parse_json_article,
    text_problem,
)
from core.frames import Tables
from core.model import Article
from core.pipeline import build_tables, extract_article
from core.store import AddResult, add_article, add_file, add_jsonl

PASTED = "pasted text"
UPLOAD_TYPES = ("txt", "html", "htm", "json", "jsonl")
PREVIEW_LINES = 20  # a JSON Lines upload previews at most this many articles
META_FIELDS = ("outlet", "published", "url", "title")


@dataclass
class Candidate:
    """One article before it is stored: its text and metadata, or why it cannot be stored."""

    source: str  # what the user knows it by: "pasted text", "file.txt", "file.jsonl:3"
    text: str | None
    meta: dict = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)  # warnings (an encoding guessed, HTML reduced…)
    error: str | None = None  # why it would be refused


def form_meta(outlet: str | None = None, published: date | str | None = None, url: str | None = None,
              title: str | None = None) -> dict:
    """The form's fields, empty ones dropped, the date as ISO text."""
    if isinstance(published, date):
        published = published.isoformat()
    raw = {"outlet": outlet, "published": published, "url": url, "title": title}
    return {k: v.strip() for k, v in raw.items() if isinstance(v, str) and v.strip()}


def _checked(source: str, text: str, meta: dict, notes: list[str]) -> Candidate:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    problem = text_problem(text)
    _, why = parse_published(meta.get("published"))
    return Candidate(source, text, meta, notes, problem or why)


def from_text(text: str, meta: dict) -> Candidate:
    """Pasted text (an HTML page is reduced to its paragraphs, as Save will do)."""
    notes: list[str] = []
    meta = dict(meta)
    if text and looks_like_html(text):
        text, title, count = html_to_text(text)
        notes.append(f"an HTML page: article text extracted from {count} paragraph(s); scripts, styles and navigation dropped")
        if title and not meta.get("title"):
            meta["title"] = title
    return _checked(PASTED, text or "", meta, notes)


def from_upload(name: str, data: bytes, meta: dict) -> list[Candidate]:
    """The candidates of one uploaded file (one, or one per line of a .jsonl file)."""
    suffix = Path(name).suffix.lower()
    if suffix == ".jsonl":
        raw = decode_bytes(data)
        if raw.error:
            return [Candidate(name, None, {}, [], raw.error)]
        out = []
        for lineno, line in enumerate((raw.text or "").split("\n"), start=1):
            if line.strip():
                out.append(_from_json(f"{name}:{lineno}", line, {}, raw.notes if not out else []))
        return out or [Candidate(name, None, {}, [], "the JSON Lines file holds no articles")]
    if suffix == ".json":
        raw = decode_bytes(data)
        if raw.error:
            return [Candidate(name, None, {}, [], raw.error)]
        return [_from_json(name, raw.text or "", meta, raw.notes)]
    if suffix not in (".txt", ".html", ".htm"):
        return [Candidate(name, None, {}, [], f"unsupported file type ({suffix or 'no extension'}); use .txt, .html or .json")]
    decoded = decode_article(data, suffix=suffix)
    if decoded.error:
        return [Candidate(name, None, {}, list(decoded.notes), decoded.error)]
    merged = dict(meta)
    if not merged.get("title") and decoded.title:
        merged["title"] = decoded.title
    return [_checked(name, decoded.text, merged, list(decoded.notes))]


def _from_json(source: str, text: str, meta: dict, notes) -> Candidate:
    fields, warnings, error = parse_json_article(text)
    notes = list(notes) + list(warnings)
    if error:
        return Candidate(source, None, {}, notes, error)
    fields.pop("filename_hint", None)
    body = fields.pop("text")
    merged = {**{k: v for k, v in fields.items() if k in META_FIELDS and v not in (None, "")}, **meta}
    return _checked(source, body, merged, notes)


def preview(candidate: Candidate, article_id: str = "preview") -> Tables:
    """What the extractor finds in a candidate: the tables of a one-article corpus (nothing is stored)."""
    published, _ = parse_published(candidate.meta.get("published"))
    article = Article(
        article_id=article_id, file=f"{article_id}.txt", text=candidate.text or "",
        outlet=candidate.meta.get("outlet") or None, published=published,
        published_basis="manifest" if published else "unknown",
        url=candidate.meta.get("url") or None, title=candidate.meta.get("title") or None,
    )
    return build_tables([extract_article(article)], [])


def duplicate_of(text: str | None, articles: pd.DataFrame) -> str | None:
    """The file of an article already in the corpus with the same text after normalisation, if any."""
    if not text or articles.empty or "text" not in articles:
        return None
    key = dedup_key(text)
    for row in articles[["file", "text"]].itertuples(index=False):
        if isinstance(row.text, str) and dedup_key(row.text) == key:
            return row.file
    return None


def save_text(root, text: str, meta: dict) -> list[AddResult]:
    """Store pasted text in the corpus folder (core.store.add_article)."""
    return [add_article(root, text, **{k: meta.get(k) for k in META_FIELDS})]


def save_upload(root, name: str, data: bytes, meta: dict) -> list[AddResult]:
    """Store one uploaded file (core.store.add_file / add_jsonl), naming it by its upload name in every message."""
    safe_name = Path(name.replace("\\", "/")).name or "upload.txt"
    with tempfile.TemporaryDirectory(prefix="raqib-upload-") as tmp:
        path = Path(tmp) / safe_name
        path.write_bytes(data)
        if path.suffix.lower() == ".jsonl":
            results = add_jsonl(root, path)
        else:
            results = [add_file(root, path, **{k: meta.get(k) for k in META_FIELDS})]
    for result in results:  # the temporary path means nothing to the user: say the upload's name
        result.source = _renamed(result.source, str(path), name)
        for problem in result.problems:
            problem.file = _renamed(problem.file, str(path), name)
    return results


def _renamed(value: str | None, tmp: str, name: str) -> str:
    return name if value is None else value.replace(tmp, name)


_MD_SPECIAL = set("\\`*_{}[]()#+-.!|<>~$:")


def md_escape(value: object) -> str:
    """Text for st.markdown/st.error with every Markdown and HTML character backslash-escaped."""
    return "".join("\\" + ch if ch in _MD_SPECIAL else ch for ch in str(value or ""))


def result_rows(results: list[AddResult]) -> list[dict]:
    """One row per message of a save: what, stored as, severity and the message itself."""
    rows = []
    for r in results:
        if r.ok and not r.problems:
            rows.append({"source": r.source, "stored_as": r.stored_as, "severity": "saved", "message": "saved"})
        for p in r.problems:
            rows.append({"source": p.file, "stored_as": r.stored_as, "severity": p.severity, "message": p.problem})
        if r.ok and r.problems:
            rows.append({"source": r.source, "stored_as": r.stored_as, "severity": "saved", "message": "saved"})
    return rows

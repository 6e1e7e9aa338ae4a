"""Load a corpus folder safely: every good article loads, every bad input is named with its problem.

A corpus is a folder of `.txt` articles (searched recursively; `.html` pages are read too, reduced
to their paragraphs) plus an optional `manifest.csv` with the columns file, outlet, published, url,
title. `load_corpus` never raises for bad data: what it skips or doubts becomes a `Problem`
("error": skipped; "warning": loaded with a caveat). `check_corpus` reports the same problems and
changes nothing.
"""
from __future__ import annotations

import csv
import hashlib
import io
import os
import re
import stat
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path

import numpy as np

from core.decode import decode_article, limits
from core.model import Article, Problem
from core.normalize import fold

__all__ = [
    "MANIFEST",
    "MANIFEST_COLUMNS",
    "Corpus",
    "Manifest",
    "article_files",
    "check_corpus",
    "corpus_fingerprint",
    "dedup_key",
    "load_corpus",
    "parse_published",
    "read_manifest",
]

MANIFEST = "manifest.csv"
LOCK = MANIFEST + ".lock"
MANIFEST_COLUMNS = ("file", "outlet", "published", "url", "title")
REQUIRED_COLUMNS = ("file",)  # without it no row can be matched to an article
ARTICLE_SUFFIXES = (".txt", ".html", ".htm")
_ISO_DATE = re.compile(r"\A(\d{4})-(\d{2})-(\d{2})\Z")


@dataclass
class Corpus:
    """The articles of one corpus folder and everything that was skipped or suspicious in it."""

    root: Path
    articles: list[Article]
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        """The problems that made something be skipped."""
        return [p for p in self.problems if p.severity == "error"]


def dedup_key(text: str) -> str:
    """The identity of an article's text: folded (core.normalize.fold), whitespace collapsed, hashed.

    Equal keys <=> equal `" ".join(fold(text).split())`. Computed with a numpy lookup table built
    from fold itself, because `str.translate` costs ~0.1 ms per KB and a corpus has thousands of files.
    """
    lut = _fold_lut()
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype="<u4")
    codes = lut[codes]
    codes = codes[codes != _REMOVED]
    space = codes == 32
    keep = ~space
    keep[1:] |= ~space[:-1]  # the first space of each run survives
    codes = codes[keep]
    start, end = 0, len(codes)
    if end and codes[0] == 32:
        start = 1
    if end > start and codes[end - 1] == 32:
        end -= 1
    return hashlib.sha256(codes[start:end].tobytes()).hexdigest()


_REMOVED = np.uint32(0xFFFFFFFF)


@lru_cache(maxsize=1)
def _fold_lut() -> np.ndarray:
    """code point -> folded code point (or _REMOVED), with every whitespace character -> space."""
    lut = np.arange(0x110000, dtype="<u4")
    for cp in range(0x10000):  # fold maps one character to one or none; all whitespace is in the BMP
        ch = chr(cp)
        if 0xD800 <= cp <= 0xDFFF:
            continue
        folded = fold(ch)
        if folded != ch:
            lut[cp] = ord(folded) if folded else _REMOVED
        if folded.isspace():
            lut[cp] = 32
    return lut


def parse_published(value) -> tuple[date | None, str | None]:
    """A publication date (ISO YYYY-MM-DD string or date) -> (date, None), or (None, why not)."""
    if isinstance(value, datetime):
        return value.date(), None
    if value is None or isinstance(value, date):
        return value, None
    raw = str(value).strip()
    if not raw:
        return None, None
    m = _ISO_DATE.match(raw)
    if not m:
        return None, f"published '{raw}' is not an ISO date (expected YYYY-MM-DD)"
    try:
        return date(int(m[1]), int(m[2]), int(m[3])), None
    except ValueError as exc:
        return None, f"published '{raw}' is not a real date ({exc})"


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = " ".join(value.split())
    return value or None


# ---------------------------------------------------------------- files


def _mb(size: int) -> str:
    return f"{size:,} bytes ({size / 2**20:.1f} MB)"


def _walk_error(problems: list[Problem], root: Path):
    def onerror(exc: OSError) -> None:
        where = Path(exc.filename) if exc.filename else root
        try:
            rel = where.relative_to(root).as_posix()
        except ValueError:
            rel = str(where)
        problems.append(Problem(rel or ".", f"cannot read folder: {exc.strerror or exc}"))

    return onerror


def _printable(rel: str) -> str:
    """A path as text that can always be printed: undecodable bytes in a name become \\xNN escapes."""
    try:
        rel.encode("utf-8")
        return rel
    except UnicodeEncodeError:
        return rel.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _is_internal(rel: str) -> bool:
    name = rel.rsplit("/", 1)[-1]
    return rel in (MANIFEST, LOCK) or name.startswith(".") or "__pycache__" in rel.split("/")


def article_files(root: Path, problems: list[Problem] | None = None) -> list[tuple[str, Path]]:
    """(relative path, path) of every candidate article file, sorted; other files become warnings."""
    problems = problems if problems is not None else []
    out = []
    for dirpath, dirnames, filenames in os.walk(root, onerror=_walk_error(problems, root)):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and d != "__pycache__")
        for name in sorted(filenames):
            path = Path(dirpath, name)
            raw_rel = path.relative_to(root).as_posix()
            rel = _printable(raw_rel)
            if _is_internal(rel):
                continue
            if rel != raw_rel:
                problems.append(Problem(rel, "file name is not valid UTF-8 (shown with \\x escapes); rename it", "warning"))
            suffix = path.suffix.lower()
            if suffix in ARTICLE_SUFFIXES:
                out.append((rel, path))
            elif suffix == ".json" or suffix == ".jsonl":
                problems.append(Problem(rel, f"{suffix} file is not an article file; ignored (to import JSON articles, use `python -m core add`)", "warning"))
            else:
                problems.append(Problem(rel, f"not an article file ({suffix or 'no extension'}); ignored (articles are .txt files)", "warning"))
    return out


def _read_article(rel: str, path: Path, max_bytes: int, problems: list[Problem]):
    """(text, encoding, html title) of one file, or None with its problem recorded."""
    try:
        st = path.stat()
    except OSError as exc:
        if path.is_symlink():
            problems.append(Problem(rel, f"broken symbolic link (points to {os.readlink(path)}); skipped"))
        else:
            problems.append(Problem(rel, f"cannot read file: {exc.strerror or exc}; skipped"))
        return None
    if not stat.S_ISREG(st.st_mode):
        problems.append(Problem(rel, "not a regular file (a pipe, socket or device); skipped"))
        return None
    size = st.st_size
    if size > max_bytes:
        problems.append(Problem(rel, f"file is {_mb(size)}, over the size limit of {_mb(max_bytes)} (max_file_bytes); skipped"))
        return None
    try:
        data = path.read_bytes()
    except OSError as exc:
        problems.append(Problem(rel, f"cannot read file: {exc.strerror or exc}; skipped"))
        return None
    decoded = decode_article(data, suffix=path.suffix)
    for note in decoded.notes:
        problems.append(Problem(rel, note, "warning"))
    if decoded.error:
        problems.append(Problem(rel, f"{decoded.error}; skipped"))
        return None
    return decoded.text, decoded.encoding or "UTF-8", decoded.title


# ---------------------------------------------------------------- manifest


@dataclass
class Manifest:
    """manifest.csv as read: its header and raw rows (kept for lossless rewriting) and its problems."""

    exists: bool
    header: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)  # raw, as in the file
    lines: list[int] = field(default_factory=list)  # line number of each row
    problems: list[Problem] = field(default_factory=list)
    usable: bool = True  # False: unreadable or without a `file` column, metadata ignored

    def records(self) -> list[tuple[int, dict[str, str]]]:
        """(line, {column: value}) for each row; missing cells are empty strings."""
        out = []
        for line, row in zip(self.lines, self.rows):
            out.append((line, {col: (row[i] if i < len(row) else "") for i, col in enumerate(self.header)}))
        return out


def read_manifest(root: str | Path) -> Manifest:
    """Read `root/manifest.csv` without trusting it; never raises."""
    path = Path(root, MANIFEST)
    if not path.exists():
        return Manifest(exists=False)
    man = Manifest(exists=True)

    def fail(problem: str) -> Manifest:
        man.problems.append(Problem(MANIFEST, problem))
        man.usable = False
        return man

    try:
        if path.stat().st_size > limits()["max_manifest_bytes"]:
            return fail(f"manifest is over the size limit of {limits()['max_manifest_bytes']:,} bytes; metadata ignored")
        data = path.read_bytes()
    except OSError as exc:
        return fail(f"cannot read manifest: {exc.strerror or exc}; articles load without metadata")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return fail(
            f"manifest is not UTF-8: invalid byte at offset {exc.start}; "
            "re-save it as UTF-8. Articles load without metadata"
        )
    try:
        table = list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error as exc:
        return fail(f"manifest is not valid CSV ({exc}); articles load without metadata")
    if not table:
        return fail("manifest is empty (no header row); articles load without metadata")
    man.header = [h.strip().lstrip("\ufeff").lower() for h in table[0]]
    missing = [c for c in MANIFEST_COLUMNS if c not in man.header]
    if [c for c in REQUIRED_COLUMNS if c in missing]:
        return fail(
            f"manifest has no 'file' column (header is: {', '.join(table[0]) or 'empty'}; expected "
            f"{', '.join(MANIFEST_COLUMNS)}); articles load without metadata"
        )
    if missing:
        man.problems.append(Problem(MANIFEST, f"manifest lacks column(s) {', '.join(missing)}; those fields stay empty", "warning"))
    extra = [h for h in man.header if h not in MANIFEST_COLUMNS]
    if extra:
        man.problems.append(Problem(MANIFEST, f"manifest has extra column(s) {', '.join(extra)}; ignored", "warning"))
    dupes = sorted({h for h in man.header if man.header.count(h) > 1})
    if dupes:
        man.problems.append(Problem(MANIFEST, f"manifest repeats column(s) {', '.join(dupes)}; the last one is used", "warning"))
    # csv rows and file lines differ when a cell holds a newline; count physical lines instead.
    reader = csv.reader(io.StringIO(text, newline=""))
    next(reader)
    for row in reader:
        if not any(cell.strip() for cell in row):
            continue
        man.rows.append(row)
        man.lines.append(reader.line_num)
        if len(row) > len(man.header):
            man.problems.append(Problem(MANIFEST, f"manifest line {reader.line_num} has {len(row)} fields but the header has {len(man.header)}; the extra fields are ignored", "warning"))
    return man


def _manifest_key(value: str) -> str:
    value = value.strip().replace("\\", "/")
    while value.startswith("./"):
        value = value[2:]
    return value


def _apply_manifest(man: Manifest, files: set[str], skipped: set[str], problems: list[Problem]) -> dict[str, dict]:
    """{relative file: metadata} from the manifest rows; bad rows become problems."""
    meta: dict[str, dict] = {}
    if not man.usable:
        return meta
    for line, rec in man.records():
        raw_file = rec.get("file", "")
        where = f"manifest line {line}"
        key = _manifest_key(raw_file)
        if not key:
            problems.append(Problem(MANIFEST, f"{where} has an empty 'file' cell; row ignored"))
            continue
        if key not in files and key + ".txt" in files:
            key += ".txt"
        if key not in files:
            if key in skipped:
                continue  # the file exists but was skipped; its own problem says why
            problems.append(Problem(MANIFEST, f"{where} names '{raw_file}', which is not an article file in the corpus; row ignored"))
            continue
        if key in meta:
            problems.append(Problem(MANIFEST, f"{where} repeats '{key}' (already described on line {meta[key]['line']}); row ignored", "warning"))
            continue
        published, why = parse_published(rec.get("published"))
        if why:
            problems.append(Problem(MANIFEST, f"{where} ({key}): {why}; the article loads without a manifest date"))
        meta[key] = {
            "line": line,
            "outlet": _clean(rec.get("outlet")),
            "published": published,
            "url": _clean(rec.get("url")),
            "title": _clean(rec.get("title")),
        }
    return meta


# ---------------------------------------------------------------- corpus


def load_corpus(root: str | Path, *, max_bytes: int | None = None) -> Corpus:
    """Load every good article of a corpus folder; everything skipped or doubtful is a Problem.

    Never raises for bad data. Duplicates (same text after normalisation) keep the first file in
    sorted path order. `max_bytes` overrides `max_file_bytes` of core/data/limits.json.
    """
    root = Path(root)
    problems: list[Problem] = []
    if not root.is_dir():
        what = "is not a folder" if root.exists() else "does not exist"
        return Corpus(root, [], [Problem(str(root), f"corpus folder {what}")])
    max_bytes = limits(max_file_bytes=max_bytes)["max_file_bytes"]
    man = read_manifest(root)
    problems.extend(man.problems)
    candidates = article_files(root, problems)
    loaded: list[tuple[str, str, str, str | None]] = []
    skipped: set[str] = set()
    by_id: dict[str, str] = {}
    by_key: dict[str, str] = {}
    for rel, path in candidates:
        article_id = rel.rsplit(".", 1)[0]
        if article_id in by_id:
            problems.append(Problem(rel, f"same article id '{article_id}' as {by_id[article_id]}; skipped"))
            skipped.add(rel)
            continue
        got = _read_article(rel, path, max_bytes, problems)
        if got is None:
            skipped.add(rel)
            continue
        text, encoding, html_title = got
        key = dedup_key(text)
        if key in by_key:
            problems.append(Problem(rel, f"duplicate of {by_key[key]} (same text after normalisation); skipped"))
            skipped.add(rel)
            continue
        by_id[article_id], by_key[key] = rel, rel
        loaded.append((rel, text, encoding, html_title))
    meta = _apply_manifest(man, {rel for rel, *_ in loaded}, skipped, problems)
    articles = []
    for rel, text, encoding, html_title in loaded:
        m = meta.get(rel, {})
        articles.append(
            Article(
                article_id=rel.rsplit(".", 1)[0],
                file=rel,
                text=text,
                outlet=m.get("outlet"),
                published=m.get("published"),
                published_basis="manifest" if m.get("published") else "unknown",
                url=m.get("url"),
                title=m.get("title") or html_title,
                encoding=encoding.lower(),
            )
        )
    return Corpus(root, articles, problems)


def check_corpus(root: str | Path, *, max_bytes: int | None = None) -> list[Problem]:
    """Every problem of a corpus folder, found without changing anything."""
    return load_corpus(root, max_bytes=max_bytes).problems


def corpus_fingerprint(root: str | Path) -> str:
    """A cheap hash of the corpus's file names, sizes and mtimes and of the manifest, for cache keys."""
    root = Path(root)
    h = hashlib.sha256()
    if not root.is_dir():
        h.update(f"missing:{root}".encode())
        return h.hexdigest()[:24]
    # Plain strings and os.stat, not Path objects: the dashboard fingerprints on every rerun and
    # Path.relative_to per file made this 4x slower (0.3 s at 10,000 articles).
    top = len(os.path.join(str(root), ""))  # the length of "root/"
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and d != "__pycache__")
        folder = dirpath[top:].replace(os.sep, "/") + "/" if len(dirpath) > top else ""
        for name in sorted(filenames):
            rel = folder + name
            if rel == LOCK or name.startswith("."):
                continue
            try:
                st = os.stat(os.path.join(dirpath, name))
            except OSError:
                h.update(f"{rel}\0unreadable\n".encode())
                continue
            h.update(f"{rel}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    try:
        h.update(Path(root, MANIFEST).read_bytes())
    except OSError:
        pass
    h.update(repr(sorted(limits().items())).encode())
    return h.hexdigest()[:24]

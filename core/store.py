"""Add articles to a corpus folder without ever losing or half-writing anything.

The folder stays the source of truth: one readable UTF-8 `.txt` file per article plus
`manifest.csv`. Every add runs under an exclusive lock (`fcntl.flock` on `manifest.csv.lock`,
which serialises threads and processes alike), then

1. checks the text (not empty, text not binary, some Arabic, under the size limit; an HTML page is
   reduced to its paragraphs) and the metadata (published is a real ISO date),
2. refuses a duplicate (same text after `core.normalize.fold` and whitespace collapsing),
3. writes the article to a temporary file in the corpus folder and `os.replace`s it into place,
4. rewrites the manifest the same way (read-modify-write; unknown columns and rows kept as they
   were), and removes the new article again if that fails, so an interrupted add leaves the
   corpus exactly as it was.

File names come from a sanitised file-name hint or from the text's hash; nothing a user supplies
can place a file outside the corpus folder.
"""
from __future__ import annotations

import csv
import fcntl
import io
import os
import re
import stat
import tempfile
import threading
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from core.corpus import (
    LOCK,
    MANIFEST,
    MANIFEST_COLUMNS,
    dedup_key,
    load_corpus,
    parse_published,
    read_manifest,
)
from core.decode import (
    decode_article,
    decode_bytes,
    html_to_text,
    limits,
    looks_like_html,
    parse_json_article,
    text_problem,
)
from core.model import Article, Problem

__all__ = ["AddResult", "add_article", "add_file", "add_jsonl"]


@dataclass
class AddResult:
    """What one add did: the stored article (None when refused), its problems, and its file name."""

    article: Article | None
    problems: list[Problem] = field(default_factory=list)
    stored_as: str | None = None  # path relative to the corpus folder
    source: str | None = None  # what was added: a path, "path:line", or the file-name hint

    @property
    def ok(self) -> bool:
        return self.article is not None


# ---------------------------------------------------------------- atomic files and the lock

_THREAD_LOCKS: dict[str, threading.Lock] = {}
_THREAD_LOCKS_GUARD = threading.Lock()


@contextmanager
def _locked(root: Path):
    """Hold the corpus's exclusive lock: a flock on manifest.csv.lock (plus a thread lock, cheaply)."""
    key = str(root.resolve())
    with _THREAD_LOCKS_GUARD:
        tlock = _THREAD_LOCKS.setdefault(key, threading.Lock())
    with tlock:
        fd = os.open(root / LOCK, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)


@lru_cache(maxsize=1)
def _umask() -> int:
    """The process umask, read without changing it (os.umask would race with other threads)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    return 0o022


def _atomic_write(path: Path, data: bytes) -> None:
    """Write `data` to `path` via a temporary file in the same folder and os.replace.

    The file gets the mode it had (or 0o666 minus the umask, as `open` would give), not mkstemp's 0o600.
    """
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except OSError:
        mode = 0o666 & ~_umask()
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    try:  # make the rename itself durable; best effort (not every filesystem allows it)
        dfd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)
    except OSError:
        pass


def _manifest_bytes(header: list[str], rows: list[list[str]]) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buf.getvalue().encode("utf-8")


# ---------------------------------------------------------------- names

_TEMP = re.compile(r"\A\.(?:.+\.txt|manifest\.csv)\.[A-Za-z0-9_]+\.tmp\Z")  # what _atomic_write leaves if killed
_SAFE = re.compile(r"[^A-Za-z0-9_-]+")
_NUMBERED = re.compile(r"\A(\d+)_")


def _safe_stem(hint: str | None) -> str | None:
    """An ASCII file stem from a user's hint, with every directory part dropped."""
    if not hint:
        return None
    base = re.split(r"[\\/]", str(hint).strip())[-1]
    if "." in base.strip("."):
        base = base.rsplit(".", 1)[0] if base.lower().endswith((".txt", ".html", ".htm", ".json", ".jsonl")) else base
    stem = _SAFE.sub("-", base).strip("-_.")[:60]
    return stem or None


def _choose_name(root: Path, hint: str | None, key: str) -> str:
    stem = _safe_stem(hint)
    if stem is None:
        numbers = [int(m[1]) for p in root.glob("*.txt") if (m := _NUMBERED.match(p.name))]
        stem = f"{(max(numbers) + 1) if numbers else 0:03d}_{key[:16]}"
    name, n = f"{stem}.txt", 2
    while (root / name).exists() or (root / f"{stem}.html").exists() or (root / f"{stem}.htm").exists():
        name, n = f"{stem}-{n}.txt", n + 1
    return name


# ---------------------------------------------------------------- a locked adding session


class _Session:
    """Adds under one lock: the duplicate index and the manifest are read once."""

    def __init__(self, root: Path):
        self.root = root
        self._sweep_temp_files()
        corpus = load_corpus(root)
        self.keys = {dedup_key(a.text): a.file for a in corpus.articles}
        self.manifest = read_manifest(root)

    def _sweep_temp_files(self) -> None:
        """Remove temporary files left by a writer that was killed: under the lock, no writer is active."""
        for tmp in self.root.glob(".*.tmp"):
            if _TEMP.match(tmp.name):
                tmp.unlink(missing_ok=True)

    def add(self, source: str, text: str, notes: list[Problem], meta: dict, hint: str | None) -> AddResult:
        problems = list(notes)

        def refuse(problem: str) -> AddResult:
            problems.append(Problem(source, problem))
            return AddResult(None, problems, None, source)

        if not self.manifest.usable:
            why = "; ".join(p.problem for p in self.manifest.problems if p.severity == "error")
            return refuse(f"not stored: {MANIFEST} cannot be updated safely ({why}); fix it first")
        published, why = parse_published(meta.get("published"))
        if why:
            return refuse(f"not stored: {why}")
        max_bytes = limits()["max_file_bytes"]
        size = len(text.encode("utf-8"))
        if size > max_bytes:
            return refuse(f"not stored: text is {size:,} bytes, over the size limit of {max_bytes:,} bytes")
        key = dedup_key(text)
        if key in self.keys:
            return refuse(f"not stored: duplicate of {self.keys[key]} (same text after normalisation)")

        name = _choose_name(self.root, hint, key)
        path = self.root / name
        fields = {
            "file": name,
            "outlet": _one_line(meta.get("outlet")),
            "published": published.isoformat() if published else "",
            "url": _one_line(meta.get("url")),
            "title": _one_line(meta.get("title")),
        }
        header = list(self.manifest.header) if self.manifest.exists else list(MANIFEST_COLUMNS)
        header += [c for c in MANIFEST_COLUMNS if c not in header]
        width = len(header)
        rows = [row + [""] * (width - len(row)) if len(row) < width else row for row in self.manifest.rows]
        new_row = [fields.get(col, "") for col in header]
        try:
            _atomic_write(path, text.encode("utf-8"))
            try:
                _atomic_write(self.root / MANIFEST, _manifest_bytes(header, rows + [new_row]))
            except BaseException:
                path.unlink(missing_ok=True)  # no manifest row: take the article back out
                raise
        except OSError as exc:
            return refuse(f"not stored: could not write to the corpus folder ({exc.strerror or exc}); nothing was changed")
        self.manifest = read_manifest(self.root)
        self.keys[key] = name
        article = Article(
            article_id=name[: -len(".txt")],
            file=name,
            text=text,
            outlet=fields["outlet"] or None,
            published=published,
            published_basis="manifest" if published else "unknown",
            url=fields["url"] or None,
            title=fields["title"] or None,
            encoding="utf-8",
        )
        return AddResult(article, problems, name, source)


def _one_line(value) -> str:
    return " ".join(str(value).split()) if value is not None else ""


@contextmanager
def _session(root: str | Path):
    """A locked session on the corpus folder (created if missing)."""
    root = Path(root)
    root.mkdir(parents=True, exist_ok=True)
    with _locked(root):
        yield _Session(root)


def _cannot_open(root, source: str, exc: OSError) -> AddResult:
    return AddResult(None, [Problem(source, f"not stored: cannot open the corpus folder {root} ({exc.strerror or exc})")], None, source)


def _prepare_text(source: str, text: str) -> tuple[str | None, list[Problem], str | None, str | None]:
    """(text, warnings, html title, refusal) for text handed to add_article."""
    notes, title = [], None
    if text and looks_like_html(text):
        text, title, count = html_to_text(text)
        notes.append(Problem(source, f"an HTML page: article text extracted from {count} paragraph(s); scripts, styles and navigation dropped", "warning"))
    text = text.replace("\r\n", "\n").replace("\r", "\n") if text else text
    problem = text_problem(text or "")
    if problem:
        return None, notes, title, f"not stored: {problem}"
    return text, notes, title, None


def _add_text(session: _Session, source: str, text: str, meta: dict, hint: str | None, notes=()) -> AddResult:
    text, more, html_title, refusal = _prepare_text(source, text)
    problems = list(notes) + more
    if refusal:
        return AddResult(None, problems + [Problem(source, refusal)], None, source)
    if not meta.get("title") and html_title:
        meta = {**meta, "title": html_title}
    return session.add(source, text, problems, meta, hint)


# ---------------------------------------------------------------- public API


def add_article(root, text: str, *, outlet=None, published=None, url=None, title=None, filename_hint=None) -> AddResult:
    """Store one article's text (with its metadata) in the corpus folder, or say why not."""
    source = filename_hint or "<pasted text>"
    meta = {"outlet": outlet, "published": published, "url": url, "title": title}
    try:
        with _session(root) as session:
            return _add_text(session, str(source), text, meta, filename_hint)
    except OSError as exc:
        return _cannot_open(root, str(source), exc)


def _read_input(path: Path) -> tuple[bytes | None, Problem | None]:
    max_bytes = limits()["max_file_bytes"]
    try:
        st = path.stat()
        if not stat.S_ISREG(st.st_mode):
            return None, Problem(str(path), "not stored: not a regular file (a pipe, socket, device or folder)")
        size = st.st_size
        if size > max_bytes:
            return None, Problem(str(path), f"not stored: file is {size:,} bytes, over the size limit of {max_bytes:,} bytes")
        return path.read_bytes(), None
    except OSError as exc:
        return None, Problem(str(path), f"not stored: cannot read file: {exc.strerror or exc}")


def add_file(root, path, **meta) -> AddResult:
    """Store a .txt, .html or .json article file (decoded via core.decode); keyword metadata wins over the file's."""
    path = Path(path)
    source = str(path)
    data, problem = _read_input(path)
    if problem:
        return AddResult(None, [problem], None, source)
    hint = meta.pop("filename_hint", None) or path.name
    suffix = path.suffix.lower()
    if suffix == ".json":
        raw = decode_bytes(data)
        if raw.error:
            return AddResult(None, [Problem(source, f"not stored: {raw.error}")], None, source)
        fields, warnings, error = parse_json_article(raw.text or "")
        notes = [Problem(source, n, "warning") for n in raw.notes + warnings]
        if error:
            return AddResult(None, notes + [Problem(source, f"not stored: {error}")], None, source)
        hint = fields.pop("filename_hint", None) or hint
        text = fields.pop("text")
        merged = {**fields, **{k: v for k, v in meta.items() if v is not None}}
        try:
            with _session(root) as session:
                return _add_text(session, source, text, merged, hint, notes)
        except OSError as exc:
            return _cannot_open(root, source, exc)
    if suffix not in (".txt", ".html", ".htm"):
        return AddResult(None, [Problem(source, f"not stored: unsupported file type ({suffix or 'no extension'}); use .txt, .html or .json")], None, source)
    decoded = decode_article(data, suffix=suffix)
    notes = [Problem(source, n, "warning") for n in decoded.notes]
    if decoded.error:
        return AddResult(None, notes + [Problem(source, f"not stored: {decoded.error}")], None, source)
    merged = {k: v for k, v in meta.items() if v is not None}
    if not merged.get("title") and decoded.title:
        merged["title"] = decoded.title
    try:
        with _session(root) as session:
            return session.add(source, decoded.text, notes, merged, hint)
    except OSError as exc:
        return _cannot_open(root, source, exc)


def add_jsonl(root, path) -> list[AddResult]:
    """Store every article of a JSON Lines file (one object per line: text, outlet, published, url, title)."""
    path = Path(path)
    data, problem = _read_input_unbounded(path)
    if problem:
        return [AddResult(None, [problem], None, str(path))]
    raw = decode_bytes(data)
    if raw.error:
        return [AddResult(None, [Problem(str(path), f"not stored: {raw.error}")], None, str(path))]
    results = []
    with ExitStack() as stack:
        try:
            session = stack.enter_context(_session(root))
        except OSError as exc:
            return [_cannot_open(root, str(path), exc)]
        for lineno, line in enumerate((raw.text or "").split("\n"), start=1):
            if not line.strip():
                continue
            source = f"{path}:{lineno}"
            fields, warnings, error = parse_json_article(line)
            file_notes = raw.notes if not results else []  # the file's encoding is said once
            notes = [Problem(source, n, "warning") for n in file_notes + warnings]
            if error:
                results.append(AddResult(None, [*notes, Problem(source, f"not stored: line {lineno}: {error}")], None, source))
                continue
            hint = fields.pop("filename_hint", None)
            text = fields.pop("text")
            results.append(_add_text(session, source, text, fields, hint, notes))
    if not results:
        results.append(AddResult(None, [Problem(str(path), "not stored: the JSON Lines file holds no articles")], None, str(path)))
    return results


def _read_input_unbounded(path: Path) -> tuple[bytes | None, Problem | None]:
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            return None, Problem(str(path), "not stored: not a regular file (a pipe, socket, device or folder)")
        return path.read_bytes(), None
    except OSError as exc:
        return None, Problem(str(path), f"not stored: cannot read file: {exc.strerror or exc}")

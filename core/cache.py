"""An on-disk cache of per-article extractions: only new or changed articles are extracted again.

One file per article result, named by a key that changes whenever anything that could change the
result changes:

- the article itself: its text and every field the manifest gives it (file, outlet, published,
  url, title, …; all `Article` fields, so nothing is forgotten when a field is added),
- the lexicons: `core.lexicon.loaded_fingerprint()` (the data files the running process's
  lexicons were read from; `core.lexicon.refresh()` re-reads them when they change),
- the code: a hash of the source bytes of the `.py` modules under `core/`, read once per process
  when it is imported, since a running process keeps the modules it imported.

A stale entry is therefore never read; it is simply never asked for again (`prune` removes old
files). The value is whatever the pipeline stores (a `core.pipeline.Extracted`), pickled. Writes
are atomic (temporary file in the same folder, then `os.replace`), so concurrent writers and
killed processes leave either a whole entry or none. An entry that cannot be read or unpickled is
treated as a miss and recomputed, never as an error; a cache folder that cannot be written only
costs speed.

Location: `RAQIB_CACHE_DIR` (default `~/.cache/raqib/extract/`). `RAQIB_CACHE=0` turns the cache
off for every caller (the CLI included). Pickle runs code when loading: the folder must be the
user's own, like any cache folder.
"""
from __future__ import annotations

import dataclasses
import hashlib
import logging
import os
import pickle
import tempfile
import time
from datetime import date
from pathlib import Path

from core import lexicon
from core.model import Article

__all__ = ["ExtractCache", "article_key", "cache_dir", "cache_enabled", "code_version", "prune"]

log = logging.getLogger(__name__)

FORMAT = "raqib-extract-1"  # bump when the layout of the cache itself changes
CORE = Path(__file__).resolve().parent
SUFFIX = ".pkl"


def cache_dir() -> Path:
    """`RAQIB_CACHE_DIR` when set, else `~/.cache/raqib/extract/`."""
    value = os.environ.get("RAQIB_CACHE_DIR", "").strip()
    return Path(value).expanduser() if value else Path.home() / ".cache" / "raqib" / "extract"


def cache_enabled() -> bool:
    """False when `RAQIB_CACHE` is 0/false/no/off."""
    return os.environ.get("RAQIB_CACHE", "1").strip().lower() not in ("0", "false", "no", "off")


def _hash_core() -> str:
    h = hashlib.sha256(FORMAT.encode())
    for path in sorted(p for p in CORE.rglob("*.py") if p.is_file() and "__pycache__" not in p.parts
                       and not p.name.startswith(".")):
        h.update(path.relative_to(CORE).as_posix().encode() + b"\0")
        h.update(path.read_bytes())
        h.update(b"\0")
    return h.hexdigest()[:24]


# Hashed when the pipeline is imported (core.pipeline imports this module with the extractor's), not
# at the first extraction: a source file edited in between would otherwise label results of the old
# code, still running in this process, with the new code's version.
_CODE_VERSION = _hash_core()


def code_version() -> str:
    """A hash of every source and data file under core/ (names and bytes), as they were when imported."""
    return _CODE_VERSION


def _field(value) -> str:
    if value is None:
        return "\x00none"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def article_key(article: Article, context: str) -> str:
    """The cache key of one article under one code/lexicon context (hex sha256)."""
    h = hashlib.sha256(context.encode() + b"\x1e")
    for f in dataclasses.fields(article):
        h.update(f.name.encode() + b"\x1f" + _field(getattr(article, f.name)).encode("utf-8", "surrogatepass") + b"\x1e")
    return h.hexdigest()


class ExtractCache:
    """Per-article results on disk, for one code version and one lexicon fingerprint."""

    def __init__(self, root: str | Path | None = None, *, fingerprint: str | None = None):
        self.root = Path(root) if root is not None else cache_dir()
        data = fingerprint if fingerprint is not None else lexicon.loaded_fingerprint()
        self.context = f"{FORMAT}\x1f{code_version()}\x1f{data}"
        self.hits = self.misses = self.writes = 0
        self._write_failed = False
        self.writable = True

    def path(self, article: Article) -> Path:
        key = article_key(article, self.context)
        return self.root / key[:2] / f"{key}{SUFFIX}"

    def get(self, article: Article, expected: type | None = None):
        """The stored result for this article, or None (missing, unreadable, corrupt or of the wrong type)."""
        path = self.path(article)
        try:
            with path.open("rb") as f:
                value = pickle.load(f)
        except FileNotFoundError:
            self.misses += 1
            return None
        except Exception as exc:  # noqa: BLE001 — a corrupt entry is a miss whatever pickle raises
            log.warning("ignoring unreadable extraction cache entry %s (%s: %s)", path, type(exc).__name__, exc)
            self.misses += 1
            return None
        if expected is not None and not isinstance(value, expected):
            log.warning("ignoring extraction cache entry %s: holds %s, not %s", path, type(value).__name__, expected.__name__)
            self.misses += 1
            return None
        got = getattr(value, "article", None)
        if got is not None and getattr(got, "article_id", None) != article.article_id:
            self.misses += 1
            return None
        self.hits += 1
        try:  # a used entry is a fresh entry for `prune`
            os.utime(path)
        except OSError:
            pass
        return value

    def put(self, article: Article, value) -> bool:
        """Store a result atomically; False (logged once) when the folder cannot be written."""
        if not self.writable:
            return False
        path = self.path(article)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem[:16]}.", suffix=".tmp")
            try:
                with os.fdopen(fd, "wb") as f:
                    f.write(data)
                os.replace(tmp, path)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except (OSError, pickle.PicklingError, TypeError, AttributeError, RecursionError) as exc:
            if not self._write_failed:
                log.warning("extraction cache not written in %s (%s); results are still correct, only slower next time",
                            self.root, exc)
                self._write_failed = True
            return False
        self.writes += 1
        return True


def prune(root: str | Path | None = None, *, older_than_days: float = 30) -> int:
    """Remove cache entries (and stray temporary files) not modified for `older_than_days`; their count."""
    root = Path(root) if root is not None else cache_dir()
    cutoff = time.time() - older_than_days * 86400
    removed = 0
    for path in list(root.glob("*/*")):
        if not (path.suffix == SUFFIX or path.name.endswith(".tmp")):
            continue
        try:
            if path.stat().st_mtime < cutoff:
                path.unlink()
                removed += 1
        except OSError:
            continue
    return removed

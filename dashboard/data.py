"""The dashboard's one cached loader: the core's tables for the corpus folder.

The cache key is the corpus fingerprint (file names, sizes, mtimes, manifest) and a hash of the
lexicon files in `core/data/`: editing an article or a lexicon re-extracts; a rerun (any click)
does not. The corpus is the bundled `seeds/` folder unless `RAQIB_CORPUS=DIR` names another.
"""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

import streamlit as st

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO / "seeds"
LEXICON_DIR = REPO / "core" / "data"


def corpus_root() -> Path:
    """`RAQIB_CORPUS` when set (relative paths from the working directory), else bundled seeds."""
    value = os.environ.get("RAQIB_CORPUS", "").strip()
    return Path(value).expanduser().resolve() if value else DEFAULT_CORPUS


def _fallback_fingerprint(root: Path) -> str:
    h = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file()) if root.is_dir() else []:
        stat = path.stat()
        h.update(f"{path.relative_to(root)}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return h.hexdigest()[:24]


def corpus_fingerprint(root: Path) -> str:
    try:
        from core.corpus import corpus_fingerprint as core_fingerprint
    except ImportError:
        return _fallback_fingerprint(root)
    return core_fingerprint(root)


def lexicon_fingerprint(folder: Path = LEXICON_DIR) -> str:
    """Hash of the contents of every lexicon/data file the extractor reads."""
    h = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        h.update(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes() + b"\n")
    return h.hexdigest()[:24]


def extract(root: str):
    """Run the core pipeline (kept apart so tests can substitute hand-made tables)."""
    from core.pipeline import extract_corpus

    return extract_corpus(root)


@st.cache_data(show_spinner="Reading the corpus… · جارٍ قراءة المقالات", max_entries=4)
def _cached_tables(root: str, corpus_key: str, lexicon_key: str):
    return extract(root)


def load_tables():
    """The core's `Tables` for the current corpus, extracted once per corpus/lexicon version."""
    root = corpus_root()
    return _cached_tables(str(root), corpus_fingerprint(root), lexicon_fingerprint())

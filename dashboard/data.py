"""The dashboard's one cached loader: the core's tables for the corpus folder.

The cache key is the corpus fingerprint (file names, sizes, mtimes, manifest) and a hash of the
lexicon files in `core/data/`: editing an article or a lexicon re-extracts; a rerun (any click)
does not. The corpus is the bundled `seeds/` folder unless `RAQIB_CORPUS=DIR` names another.

Cost per rerun: the router asks for the corpus fingerprint once (a `stat` per file, ~0.06 s at
10,000 articles, only after a file under the folder changed: `corpus_watch`) and every later call
in the same rerun reuses what it found. The tables are one shared,
read-only object (`st.cache_resource`): `st.cache_data` would unpickle a fresh copy (~260 MB at
10,000 articles) on every call. Pages therefore never modify the tables in place; they filter
into new frames.
"""
from __future__ import annotations

import gc
import hashlib
import os
from pathlib import Path

import streamlit as st

from dashboard.corpus_watch import CorpusWatch

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


@st.cache_resource(max_entries=4, show_spinner=False, on_release=lambda watch: watch.stop())
def _watch(root: str) -> CorpusWatch:
    return CorpusWatch(Path(root), corpus_fingerprint)


RUN_KEY = "_raqib_tables"  # session state: (corpus key, tables) found by this rerun's router


def out_of_gc(load):
    """`load()`, its result kept out of the garbage collector's rounds (`gc.freeze`).

    Streamlit collects garbage after every script run (`gc.collect(2)`), and a full collection
    walks every object the process holds: 0.1 s a rerun with 10,000 articles' tables, during which
    the server answers neither the page's code requests nor its messages (BENCHMARKS.md). The tables
    live until the corpus changes and make no garbage, so they are frozen once loaded. Unfreezing
    first lets this load's collection free the tables of a corpus version the cache has let go.
    """
    gc.unfreeze()
    loaded = load()
    gc.collect()
    gc.freeze()
    return loaded


@st.cache_resource(show_spinner="Reading the corpus… · جارٍ قراءة المقالات", max_entries=2)
def _cached_tables(root: str, corpus_key: str, lexicon_key: str):
    return out_of_gc(lambda: extract(root))


def refresh_tables():
    """Fingerprint the corpus and fetch its tables; called once per rerun, by the router."""
    root = corpus_root()
    key = (str(root), _watch(str(root)).fingerprint(), lexicon_fingerprint())
    tables = _cached_tables(*key)
    st.session_state[RUN_KEY] = ("|".join(key), tables)
    return tables


def load_tables():
    """The core's `Tables` for the current corpus, extracted once per corpus/lexicon version.

    Read-only: the same object is shared by every session.
    """
    found = st.session_state.get(RUN_KEY)
    return found[1] if found else refresh_tables()


def tables_key() -> str:
    """The version of the corpus and lexicons the loaded tables come from: a cache key for derived frames."""
    found = st.session_state.get(RUN_KEY)
    if not found:
        refresh_tables()
        found = st.session_state[RUN_KEY]
    return found[0]


def clear_caches() -> None:
    """Forget the loaded tables and every frame derived from them (after articles were added)."""
    st.cache_resource.clear()
    st.cache_data.clear()
    st.session_state.pop(RUN_KEY, None)

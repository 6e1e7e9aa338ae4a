"""The per-article extraction cache: unchanged articles are read back, changed ones recomputed."""
from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from core import cache as cache_mod
from core import lexicon, pipeline
from core.cache import ExtractCache, article_key
from core.model import Article

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
TABLES = ("articles", "actors", "mentions", "events", "accusations", "problems")


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    """RAQIB_CACHE_DIR in a temporary folder (the user's ~/.cache is never touched)."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("RAQIB_CACHE_DIR", str(folder))
    monkeypatch.delenv("RAQIB_CACHE", raising=False)
    return folder


@pytest.fixture
def corpus(tmp_path):
    """A writable copy of the bundled seeds."""
    return Path(shutil.copytree(SEEDS, tmp_path / "corpus"))


@pytest.fixture
def counted(monkeypatch):
    """Count calls of core.pipeline.extract_article (by article id), still extracting for real."""
    calls: list[str] = []
    real = pipeline.extract_article

    def counting(article):
        calls.append(article.article_id)
        return real(article)

    monkeypatch.setattr(pipeline, "extract_article", counting)
    return calls


def entries(folder: Path) -> list[Path]:
    return sorted(folder.glob("*/*.pkl"))


def test_cache_second_run_reads_every_article_from_cache(cache_dir, corpus, counted):
    """A second extraction of an unchanged corpus extracts nothing and gives the same tables."""
    first = pipeline.extract_corpus(corpus, workers=1)
    assert len(counted) == 5
    assert len(entries(cache_dir)) == 5
    counted.clear()
    second = pipeline.extract_corpus(corpus, workers=1)
    assert counted == []
    for name in TABLES:
        pd.testing.assert_frame_equal(getattr(first, name), getattr(second, name))


def test_cache_results_equal_uncached_extraction(cache_dir, corpus):
    """Tables built from cached articles are exactly the tables of a run without the cache."""
    pipeline.extract_corpus(corpus, workers=1)
    cached = pipeline.extract_corpus(corpus, workers=1)
    plain = pipeline.extract_corpus(corpus, workers=1, use_cache=False)
    for name in TABLES:
        pd.testing.assert_frame_equal(getattr(cached, name), getattr(plain, name))


def test_cache_changed_text_recomputes_only_that_article(cache_dir, corpus, counted):
    """Editing one article's text re-extracts that article alone."""
    pipeline.extract_corpus(corpus, workers=1)
    counted.clear()
    path = corpus / "002_a36bebc570e35d30.txt"
    path.write_text(path.read_text(encoding="utf-8") + "\nوقالت موسكو إنها تنفي هذه الاتهامات.\n", encoding="utf-8")
    tables = pipeline.extract_corpus(corpus, workers=1)
    assert counted == ["002_a36bebc570e35d30"]
    assert "002_a36bebc570e35d30" in set(tables.articles.article_id)


@pytest.mark.parametrize("column, value", [("outlet", "Another outlet"), ("published", "2024-11-02"),
                                           ("title", "عنوان آخر"), ("url", "https://example.org/x")])
def test_cache_changed_manifest_metadata_recomputes_that_article(cache_dir, corpus, counted, column, value):
    """Changing one manifest field of one article re-extracts that article alone."""
    pipeline.extract_corpus(corpus, workers=1)
    counted.clear()
    manifest = pd.read_csv(corpus / "manifest.csv", dtype=str, keep_default_na=False)
    manifest.loc[manifest.file == "001_c0c56bfb05ac432f.txt", column] = value
    manifest.to_csv(corpus / "manifest.csv", index=False)
    pipeline.extract_corpus(corpus, workers=1)
    assert counted == ["001_c0c56bfb05ac432f"]


def test_cache_new_article_is_the_only_one_extracted(cache_dir, corpus, counted):
    """Adding an article to the corpus extracts the new article and reads the others from the cache."""
    from core.store import add_article

    pipeline.extract_corpus(corpus, workers=1)
    counted.clear()
    result = add_article(corpus, "اتهمت واشنطن طهران بالتدخل في الانتخابات، ونفت إيران ذلك.",
                         outlet="Test", published="2024-10-20", filename_hint="new_one.txt")
    assert result.ok, result.problems
    tables = pipeline.extract_corpus(corpus, workers=1)
    assert counted == ["new_one"]
    assert len(tables.articles) == 6


def test_cache_lexicon_fingerprint_change_invalidates(cache_dir, corpus, counted, monkeypatch):
    """Lexicons read from other data files make every article be extracted again, then cached anew."""
    pipeline.extract_corpus(corpus, workers=1)
    counted.clear()
    monkeypatch.setattr(lexicon, "loaded_fingerprint", lambda: "edited-lexicon")
    pipeline.extract_corpus(corpus, workers=1)
    assert len(counted) == 5
    counted.clear()
    pipeline.extract_corpus(corpus, workers=1)
    assert counted == []


def test_cache_refresh_rereads_edited_lexicons(tmp_path, monkeypatch):
    """A data file edited while the process runs is read again by lexicon.refresh() (no restart)."""
    import shutil
    from importlib import resources

    data = tmp_path / "data"
    shutil.copytree(str(resources.files("core") / "data"), data)
    monkeypatch.setattr(lexicon, "DATA", data)
    lexicon.refresh()
    assert ("زيد", "عمرو") not in lexicon.gazetteer()
    with (data / "actors.csv").open("a", encoding="utf-8") as f:
        f.write("zayd_amr,Zayd Amr,زيد عمرو,,EG,person\n")
    assert lexicon.refresh() is True
    assert lexicon.gazetteer()[("زيد", "عمرو")].country == "EG"
    monkeypatch.undo()
    assert lexicon.refresh() is True  # back to the package's own data files
    assert ("زيد", "عمرو") not in lexicon.gazetteer()


def test_cache_code_version_change_invalidates(cache_dir, corpus, counted, monkeypatch):
    """Another version of the core's source makes every article be extracted again."""
    pipeline.extract_corpus(corpus, workers=1)
    counted.clear()
    monkeypatch.setattr(cache_mod, "code_version", lambda: "edited-code")
    pipeline.extract_corpus(corpus, workers=1)
    assert len(counted) == 5


@pytest.mark.parametrize("garbage", [b"", b"not a pickle", b"\x80\x05\x95\xff\xff", b"\x80\x04K\x01."],
                         ids=["empty", "text", "truncated", "wrong-type"])
def test_cache_corrupt_entry_is_recomputed(cache_dir, corpus, counted, garbage):
    """An unreadable or foreign cache file is a miss: that article is extracted again and the entry repaired."""
    pipeline.extract_corpus(corpus, workers=1)
    counted.clear()
    victim = entries(cache_dir)[0]
    victim.write_bytes(garbage)
    tables = pipeline.extract_corpus(corpus, workers=1)
    assert len(counted) == 1
    assert len(tables.articles) == 5
    counted.clear()
    pipeline.extract_corpus(corpus, workers=1)
    assert counted == []


def test_cache_unwritable_folder_is_not_fatal(tmp_path, corpus, monkeypatch, counted):
    """When the cache folder cannot be created, extraction still succeeds (only slower)."""
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    monkeypatch.setenv("RAQIB_CACHE_DIR", str(blocker / "cache"))
    tables = pipeline.extract_corpus(corpus, workers=1)
    assert len(tables.articles) == 5
    assert len(counted) == 5


def test_cache_use_cache_false_neither_reads_nor_writes(cache_dir, corpus, counted):
    """use_cache=False extracts everything and leaves the cache folder alone."""
    pipeline.extract_corpus(corpus, workers=1, use_cache=False)
    pipeline.extract_corpus(corpus, workers=1, use_cache=False)
    assert len(counted) == 10
    assert not cache_dir.exists()


def test_cache_env_switch_turns_it_off(cache_dir, corpus, counted, monkeypatch):
    """RAQIB_CACHE=0 disables the cache for callers that cannot pass use_cache (the CLI)."""
    monkeypatch.setenv("RAQIB_CACHE", "0")
    pipeline.extract_corpus(corpus, workers=1)
    assert not cache_dir.exists()


def test_cache_key_covers_every_article_field():
    """Each Article field changes the key; equal articles share it."""
    base = Article("a", "a.txt", "نص", outlet="o", url="u", title="t")
    ctx = "ctx"
    assert article_key(base, ctx) == article_key(Article("a", "a.txt", "نص", outlet="o", url="u", title="t"), ctx)
    from dataclasses import replace
    from datetime import date

    variants = [replace(base, text="نص آخر"), replace(base, outlet=None), replace(base, url="v"),
                replace(base, title="x"), replace(base, file="b.txt"), replace(base, published=date(2024, 10, 1)),
                replace(base, published_basis="text"), replace(base, encoding="cp1256")]
    keys = {article_key(v, ctx) for v in variants} | {article_key(base, ctx), article_key(base, "other")}
    assert len(keys) == len(variants) + 2


def test_cache_entries_are_written_atomically(cache_dir):
    """A stored entry leaves no temporary file behind and is read back equal."""
    store = ExtractCache()
    article = Article("a", "a.txt", "نص")
    assert store.put(article, {"value": 1})
    assert store.get(article) == {"value": 1}
    assert [p.name for p in cache_dir.rglob("*") if p.is_file() and p.suffix != ".pkl"] == []


def test_cache_prune_removes_old_entries(cache_dir):
    """prune drops entries older than the given age and keeps fresh ones."""
    import os

    store = ExtractCache()
    old, new = Article("old", "old.txt", "قديم"), Article("new", "new.txt", "جديد")
    store.put(old, 1)
    store.put(new, 2)
    os.utime(store.path(old), (0, 0))
    assert cache_mod.prune(older_than_days=1) == 1
    assert store.get(old) is None and store.get(new) == 2

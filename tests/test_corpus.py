"""core.corpus: every good article loads, every bad input is named with its problem, nothing changes."""
from __future__ import annotations

import os
import random
import shutil
from datetime import date
from pathlib import Path

import pytest

from core.corpus import check_corpus, corpus_fingerprint, load_corpus

SEEDS = Path(__file__).resolve().parents[1] / "seeds"

GOOD_1 = "نفت روسيا اليوم السبت أن تكون وراء فيديوهات مزيفة مرتبطة بسباق الانتخابات الأمريكية.\n"
GOOD_2 = "قال المتحدث باسم الكرملين ديمتري بيسكوف إن التقرير لا أساس له من الصحة.\n"
NEW = "اتهمت وزارة الخارجية الصينية واشنطن بالتدخل في الشؤون الداخلية لتايوان.\n"
NEW_2 = "أعلنت الحكومة الجورجية أن الانتخابات جرت وفق القانون رغم اتهامات المعارضة.\n"
NEW_3 = "رفضت السفارة الإيرانية التعليق على التقرير.\n"
MANIFEST = "file,outlet,published,url,title\ngood1.txt,AFP,2024-11-02,https://example.org/1,روسيا تنفي\ngood2.txt,RT,2024-10-25,,\n"


def snapshot(root: Path) -> dict[str, tuple[bytes, int]]:
    """Every file under root with its bytes and mtime (symlinks by their target)."""
    out = {}
    for path in sorted(root.rglob("*")):
        if path.is_symlink():
            out[path.relative_to(root).as_posix()] = (os.readlink(path).encode(), 0)
        elif path.is_file():
            out[path.relative_to(root).as_posix()] = (path.read_bytes(), path.stat().st_mtime_ns)
    return out


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    """A corpus folder with two good articles and a manifest describing them."""
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "good1.txt").write_text(GOOD_1, encoding="utf-8")
    (root / "good2.txt").write_text(GOOD_2, encoding="utf-8")
    (root / "manifest.csv").write_text(MANIFEST, encoding="utf-8")
    return root


def _write(name: str, data: bytes):
    return lambda root: (root / name).write_bytes(data)


def _manifest(text: str, encoding: str = "utf-8"):
    return lambda root: (root / "manifest.csv").write_bytes(text.encode(encoding))


def _noise(n: int) -> bytes:
    rng = random.Random(7)
    return bytes(rng.randrange(0x20, 0x100) for _ in range(n))


def _dangling_symlink(root: Path) -> None:
    (root / "gone.txt").symlink_to(root / "does-not-exist.txt")


PAGE = (
    "<!DOCTYPE html><html><head><title>صفحة</title><script>alert('x')</script></head><body>"
    "<nav>الرئيسية | أخبار</nav><p>" + NEW.strip() + "</p><p>وردت بكين على ذلك.</p></body></html>"
)

# (id, how to break the corpus, file named, words in the message, severity, good files still loaded)
BAD_INPUTS = [
    ("cp1256", _write("win.txt", NEW.encode("cp1256")), "win.txt", ["Windows-1256", "not UTF-8", "confidence"], "warning", 3),
    ("utf16-bom", _write("u16.txt", NEW_2.encode("utf-16")), "u16.txt", ["UTF-16", "not UTF-8"], "warning", 3),
    ("empty", _write("empty.txt", b""), "empty.txt", ["empty file", "skipped"], "error", 2),
    ("whitespace", _write("blank.txt", b"  \n\t\r\n  "), "blank.txt", ["only whitespace", "skipped"], "error", 2),
    ("binary-png", _write("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(300)), "image.txt", ["binary file", "PNG"], "error", 2),
    ("binary-random", _write("noise.txt", bytes(range(256)) * 20), "noise.txt", ["binary"], "error", 2),
    ("html-as-txt", _write("page.txt", PAGE.encode()), "page.txt", ["HTML page stored as text", "paragraph"], "warning", 3),
    ("html-file", _write("page.html", PAGE.encode()), "page.html", ["HTML page", "scripts, styles and navigation dropped"], "warning", 3),
    ("oversize", _write("huge.txt", ("كلمة " * 450_000).encode()), "huge.txt", ["over the size limit", "2,097,152 bytes (2.0 MB)"], "error", 2),
    ("no-arabic", _write("english.txt", b"Russia denied on Saturday any role in the fake videos.\n"), "english.txt", ["no Arabic text"], "error", 2),
    ("duplicate", _write("zz_copy.txt", ("  " + GOOD_1.replace("روسيا", "رُوسيا") + "\n\n").encode()), "zz_copy.txt", ["duplicate of good1.txt", "same text after normalisation"], "error", 2),
    ("undecodable", _write("mangled.txt", _noise(500)), "mangled.txt", ["not UTF-8", "no text encoding fits"], "error", 2),
    ("unreadable", _dangling_symlink, "gone.txt", ["broken symbolic link", "does-not-exist.txt", "skipped"], "error", 2),
    ("fifo", lambda root: os.mkfifo(root / "pipe.txt"), "pipe.txt", ["not a regular file"], "error", 2),
    ("non-utf8-name", lambda root: Path(os.fsdecode(bytes(root) + b"/bad\xffname.txt")).write_text(NEW_3, encoding="utf-8"), "bad\\xffname.txt", ["not valid UTF-8", "rename"], "warning", 3),
    ("not-an-article", _write("notes.pdf", b"%PDF-1.4"), "notes.pdf", ["not an article file", ".pdf"], "warning", 2),
    ("json-in-folder", _write("one.json", b'{"text": "x"}'), "one.json", ["not an article file", "python -m core add"], "warning", 2),
    ("manifest-impossible-date", _manifest(MANIFEST.replace("2024-11-02", "2024-02-30")), "manifest.csv", ["line 2", "good1.txt", "2024-02-30", "not a real date"], "error", 2),
    ("manifest-not-iso-date", _manifest(MANIFEST.replace("2024-11-02", "02/11/2024")), "manifest.csv", ["line 2", "02/11/2024", "YYYY-MM-DD"], "error", 2),
    ("manifest-missing-file", _manifest(MANIFEST + "ghost.txt,CNN,2024-01-01,,\n"), "manifest.csv", ["line 4", "'ghost.txt'", "not an article file in the corpus"], "error", 2),
    ("manifest-outside-file", _manifest(MANIFEST + "../good1.txt,CNN,,,\n"), "manifest.csv", ["'../good1.txt'", "not an article file"], "error", 2),
    ("manifest-extra-column", _manifest(MANIFEST.replace("title\n", "title,editor\n", 1).replace("روسيا تنفي\n", "روسيا تنفي,سارة\n")), "manifest.csv", ["extra column(s) editor", "ignored"], "warning", 2),
    ("manifest-missing-column", _manifest("file,outlet,published\ngood1.txt,AFP,2024-11-02\n"), "manifest.csv", ["lacks column(s) url, title"], "warning", 2),
    ("manifest-no-file-column", _manifest("name,outlet,published\ngood1.txt,AFP,2024-11-02\n"), "manifest.csv", ["no 'file' column", "without metadata"], "error", 2),
    ("manifest-not-utf8", _manifest(MANIFEST, "cp1256"), "manifest.csv", ["not UTF-8", "invalid byte at offset", "without metadata"], "error", 2),
    ("manifest-empty", _manifest(""), "manifest.csv", ["manifest is empty"], "error", 2),
    ("manifest-repeated-row", _manifest(MANIFEST + "good1.txt,CNN,2024-01-01,,\n"), "manifest.csv", ["line 4", "repeats 'good1.txt'"], "warning", 2),
]


@pytest.mark.parametrize("name, breaker, file, words, severity, loaded", BAD_INPUTS, ids=[c[0] for c in BAD_INPUTS])
def test_corpus_bad_input_is_named_and_the_rest_loads(corpus_dir, name, breaker, file, words, severity, loaded):
    """Each bad input yields one problem naming the file and the problem; good articles load; nothing on disk changes."""
    breaker(corpus_dir)
    before = snapshot(corpus_dir)
    corpus = load_corpus(corpus_dir)
    assert snapshot(corpus_dir) == before
    mine = [p for p in corpus.problems if p.file == file]
    assert mine, f"no problem reported for {file}: {corpus.problems}"
    assert any(all(w in p.problem for w in words) and p.severity == severity for p in mine), mine
    files = {a.file for a in corpus.articles}
    assert {"good1.txt", "good2.txt"} <= files
    assert len(corpus.articles) == loaded
    assert not [p for p in corpus.problems if p.file != file], corpus.problems


@pytest.mark.parametrize(
    "name, file",
    [("cp1256", "win.txt"), ("utf16-bom", "u16.txt"), ("html-as-txt", "page.txt"), ("html-file", "page.html")],
)
def test_corpus_recovered_inputs_load_their_text(corpus_dir, name, file):
    """Decodable non-UTF-8 files and HTML pages load with the article's own text."""
    {c[0]: c[1] for c in BAD_INPUTS}[name](corpus_dir)
    article = {a.file: a for a in load_corpus(corpus_dir).articles}[file]
    assert (NEW_2 if name == "utf16-bom" else NEW).strip() in article.text
    assert "alert" not in article.text and "الرئيسية" not in article.text


def test_corpus_encoding_is_recorded(corpus_dir):
    """An article decoded from Windows-1256 records that encoding."""
    (corpus_dir / "win.txt").write_bytes(NEW.encode("cp1256"))
    articles = {a.file: a for a in load_corpus(corpus_dir).articles}
    assert articles["win.txt"].encoding == "windows-1256"
    assert articles["good1.txt"].encoding == "utf-8"


def test_corpus_manifest_metadata(corpus_dir):
    """Manifest fields reach the article; a manifest date has basis 'manifest'; an empty title stays None."""
    articles = {a.file: a for a in load_corpus(corpus_dir).articles}
    a1, a2 = articles["good1.txt"], articles["good2.txt"]
    assert (a1.article_id, a1.outlet, a1.published, a1.published_basis, a1.url, a1.title) == (
        "good1", "AFP", date(2024, 11, 2), "manifest", "https://example.org/1", "روسيا تنفي")
    assert a2.title is None and a2.url is None and a2.published == date(2024, 10, 25)


def test_corpus_bad_manifest_date_loads_article_undated(corpus_dir):
    """An impossible manifest date leaves the article loaded, undated, with its other metadata."""
    (corpus_dir / "manifest.csv").write_text(MANIFEST.replace("2024-11-02", "2024-02-30"), encoding="utf-8")
    a1 = {a.file: a for a in load_corpus(corpus_dir).articles}["good1.txt"]
    assert (a1.published, a1.published_basis, a1.outlet) == (None, "unknown", "AFP")


def test_corpus_extra_manifest_column_keeps_metadata(corpus_dir):
    """Extra manifest columns are ignored without losing the known ones."""
    BAD_INPUTS[[c[0] for c in BAD_INPUTS].index("manifest-extra-column")][1](corpus_dir)
    a1 = {a.file: a for a in load_corpus(corpus_dir).articles}["good1.txt"]
    assert (a1.outlet, a1.title) == ("AFP", "روسيا تنفي")


def test_corpus_no_manifest_row_still_loads(corpus_dir):
    """An article the manifest does not name loads with no metadata and basis 'unknown'."""
    (corpus_dir / "sub" / "deeper").mkdir(parents=True)
    (corpus_dir / "sub" / "deeper" / "new.txt").write_text(NEW, encoding="utf-8")
    corpus = load_corpus(corpus_dir)
    new = {a.file: a for a in corpus.articles}["sub/deeper/new.txt"]
    assert (new.article_id, new.published, new.published_basis, new.outlet, new.title) == (
        "sub/deeper/new", None, "unknown", None, None)
    assert corpus.problems == []


def test_corpus_manifest_names_subfolder_files(corpus_dir):
    """Manifest rows may name files in subfolders, with / or \\ separators."""
    (corpus_dir / "sub").mkdir()
    (corpus_dir / "sub" / "new.txt").write_text(NEW, encoding="utf-8")
    with open(corpus_dir / "manifest.csv", "a", encoding="utf-8") as f:
        f.write("sub\\new.txt,BBC,2024-11-05,,\n")
    new = {a.file: a for a in load_corpus(corpus_dir).articles}["sub/new.txt"]
    assert (new.outlet, new.published) == ("BBC", date(2024, 11, 5))


def test_corpus_without_manifest(corpus_dir):
    """A corpus without manifest.csv loads every article without metadata and without complaint."""
    (corpus_dir / "manifest.csv").unlink()
    corpus = load_corpus(corpus_dir)
    assert len(corpus.articles) == 2 and corpus.problems == []


def test_corpus_many_bad_inputs_at_once(corpus_dir):
    """Every bad input is reported at once, and the good articles all load."""
    for _name, breaker, *_ in BAD_INPUTS:
        if not _name.startswith("manifest"):
            breaker(corpus_dir)
    corpus = load_corpus(corpus_dir)
    named = {p.file for p in corpus.problems}
    assert named == {c[2] for c in BAD_INPUTS if not c[0].startswith("manifest")}
    assert {"good1.txt", "good2.txt", "win.txt", "u16.txt"} <= {a.file for a in corpus.articles}


@pytest.mark.parametrize("kind", ["missing", "file"])
def test_corpus_root_not_a_folder(tmp_path, kind):
    """A corpus path that is missing or not a folder is one problem, not an exception."""
    root = tmp_path / "nowhere"
    if kind == "file":
        root.write_text("x")
    corpus = load_corpus(root)
    assert corpus.articles == []
    assert len(corpus.problems) == 1 and "corpus folder" in corpus.problems[0].problem


def test_corpus_seeds_are_clean():
    """The five seed articles load cleanly with their manifest dates."""
    corpus = load_corpus(SEEDS)
    assert corpus.problems == []
    assert len(corpus.articles) == 5
    by_id = {a.article_id: a for a in corpus.articles}
    assert by_id["001_c0c56bfb05ac432f"].published == date(2024, 10, 25)
    assert by_id["000_48626bc91c3a8d8f"].published_basis == "unknown"


def test_corpus_check_changes_nothing(corpus_dir):
    """check_corpus returns the problems of load_corpus and leaves the folder untouched."""
    (corpus_dir / "empty.txt").write_bytes(b"")
    before = snapshot(corpus_dir)
    problems = check_corpus(corpus_dir)
    assert [p.file for p in problems] == ["empty.txt"]
    assert snapshot(corpus_dir) == before


def test_corpus_max_bytes_is_configurable(corpus_dir):
    """The size limit can be lowered per call."""
    problems = check_corpus(corpus_dir, max_bytes=50)
    assert {p.file for p in problems} == {"good1.txt", "good2.txt"}
    assert all("over the size limit of 50 bytes" in p.problem for p in problems)


def test_corpus_fingerprint_tracks_changes(corpus_dir, tmp_path):
    """The fingerprint is stable, and changes when an article or the manifest changes."""
    first = corpus_fingerprint(corpus_dir)
    assert corpus_fingerprint(corpus_dir) == first
    copy = tmp_path / "copy"
    shutil.copytree(corpus_dir, copy)
    (corpus_dir / "new.txt").write_text(NEW, encoding="utf-8")
    second = corpus_fingerprint(corpus_dir)
    assert second != first
    (corpus_dir / "manifest.csv").write_text(MANIFEST + "new.txt,BBC,,,\n", encoding="utf-8")
    assert corpus_fingerprint(corpus_dir) != second
    (corpus_dir / "manifest.csv.lock").write_text("")
    assert corpus_fingerprint(corpus_dir) == corpus_fingerprint(corpus_dir)


def test_corpus_hidden_and_lock_files_are_ignored(corpus_dir):
    """Hidden files (temporary writes) and the lock file are neither loaded nor reported."""
    (corpus_dir / ".good1.txt.abc.tmp").write_text(GOOD_1, encoding="utf-8")
    (corpus_dir / "manifest.csv.lock").write_text("")
    (corpus_dir / ".git").mkdir()
    (corpus_dir / ".git" / "x.txt").write_text(NEW, encoding="utf-8")
    corpus = load_corpus(corpus_dir)
    assert corpus.problems == [] and len(corpus.articles) == 2


FOLD_CASES = [
    GOOD_1,
    "  " + GOOD_1.replace("روسيا", "رُوسيا") + "\n\n",
    GOOD_1.replace(" ", "\u00a0\t"),
    "إيران وأمريكا ومصر، الكرملين — «بيسكوف» ٢٠٢٤ ـــ ABC",
    "ايران وامريكا ومصر، الكرملين - \"بيسكوف\" 2024  abc",
    "emoji 😀 and 𝔘nicode beyond the BMP \u200f\u200c",
    "",
    "\n \t",
]


@pytest.mark.parametrize("a", FOLD_CASES)
@pytest.mark.parametrize("b", FOLD_CASES)
def test_corpus_dedup_key_is_fold_and_collapsed_whitespace(a, b):
    """Two texts share a duplicate key exactly when fold() and whitespace collapsing make them equal."""
    from core.corpus import dedup_key
    from core.normalize import fold

    same = " ".join(fold(a).split()) == " ".join(fold(b).split())
    assert (dedup_key(a) == dedup_key(b)) is same


def test_corpus_unreadable_file(corpus_dir, monkeypatch):
    """A file that exists but cannot be read (permissions) is named with the reason; the rest loads."""
    (corpus_dir / "locked.txt").write_text(NEW, encoding="utf-8")
    real = Path.read_bytes

    def read_bytes(self):
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    corpus = load_corpus(corpus_dir)
    assert [(p.file, p.problem, p.severity) for p in corpus.problems] == [
        ("locked.txt", "cannot read file: Permission denied; skipped", "error")]
    assert {a.file for a in corpus.articles} == {"good1.txt", "good2.txt"}


def test_corpus_unreadable_manifest(corpus_dir, monkeypatch):
    """A manifest that cannot be read is one error; the articles load without metadata."""
    real = Path.read_bytes

    def read_bytes(self):
        if self.name == "manifest.csv":
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    corpus = load_corpus(corpus_dir)
    assert [(p.file, p.severity) for p in corpus.problems] == [("manifest.csv", "error")]
    assert "cannot read manifest: Permission denied" in corpus.problems[0].problem
    assert [a.outlet for a in corpus.articles] == [None, None]

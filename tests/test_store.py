"""core.store and core.cli_store: adding articles is atomic, locked, duplicate-proof and says what it did."""
from __future__ import annotations

import csv
import json
import multiprocessing
import os
import subprocess
import sys
import threading
from datetime import date
from pathlib import Path

import pytest

from core import cli_store
from core.corpus import load_corpus
from core.store import add_article, add_file, add_jsonl

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"

GOOD_1 = "نفت روسيا اليوم السبت أن تكون وراء فيديوهات مزيفة مرتبطة بسباق الانتخابات الأمريكية.\n"
GOOD_2 = "قال المتحدث باسم الكرملين ديمتري بيسكوف إن التقرير لا أساس له من الصحة.\n"
NEW = "اتهمت وزارة الخارجية الصينية واشنطن بالتدخل في الشؤون الداخلية لتايوان.\n"
MANIFEST = "file,outlet,published,url,title\ngood1.txt,AFP,2024-11-02,https://example.org/1,روسيا تنفي\ngood2.txt,RT,2024-10-25,,\n"


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file under root with its bytes, except the lock file (created by the first add, never holds data)."""
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and p.name != "manifest.csv.lock"
    }


def manifest_rows(root: Path) -> list[dict]:
    with open(root / "manifest.csv", newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def article_text(i: int) -> str:
    """A distinct Arabic article for each i."""
    return f"أعلنت اللجنة الانتخابية رقم {i} أن عملية الفرز {'انتهت ' * (i % 7 + 1)}في الدائرة {i}.\n"


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    """A corpus folder with two good articles and a manifest describing them."""
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "good1.txt").write_text(GOOD_1, encoding="utf-8")
    (root / "good2.txt").write_text(GOOD_2, encoding="utf-8")
    (root / "manifest.csv").write_text(MANIFEST, encoding="utf-8")
    return root


# ---------------------------------------------------------------- add_article


def test_store_add_article_round_trip(corpus_dir):
    """An added article is a readable UTF-8 file with a manifest row, and loads back with its metadata."""
    result = add_article(corpus_dir, NEW, outlet="Xinhua", published="2024-11-03", url="https://x.cn/1", title="الصين تتهم")
    assert result.problems == [] and result.stored_as
    assert (corpus_dir / result.stored_as).read_text(encoding="utf-8") == NEW
    assert manifest_rows(corpus_dir)[-1] == {
        "file": result.stored_as, "outlet": "Xinhua", "published": "2024-11-03", "url": "https://x.cn/1", "title": "الصين تتهم"}
    loaded = {a.file: a for a in load_corpus(corpus_dir).articles}
    got = loaded[result.stored_as]
    assert (got.text, got.outlet, got.published, got.published_basis, got.title) == (
        NEW, "Xinhua", date(2024, 11, 3), "manifest", "الصين تتهم")
    assert result.article.article_id == got.article_id
    assert {"good1.txt", "good2.txt"} <= set(loaded)


def test_store_corpus_path_is_a_file(tmp_path):
    """Adding to a path that is a file reports the problem instead of raising."""
    (tmp_path / "plain").write_text("x")
    result = add_article(tmp_path / "plain", NEW)
    assert result.article is None and "cannot open the corpus folder" in result.problems[0].problem


def test_store_files_are_world_readable(corpus_dir):
    """Stored articles and the rewritten manifest are readable by others (not mkstemp's 0600)."""
    (corpus_dir / "manifest.csv").chmod(0o664)
    result = add_article(corpus_dir, NEW)
    assert (corpus_dir / result.stored_as).stat().st_mode & 0o444 == 0o444
    assert (corpus_dir / "manifest.csv").stat().st_mode & 0o777 == 0o664


def test_store_add_article_keeps_existing_manifest_rows(corpus_dir):
    """Adding rewrites the manifest with every earlier row unchanged."""
    before = (corpus_dir / "manifest.csv").read_text(encoding="utf-8")
    add_article(corpus_dir, NEW)
    assert (corpus_dir / "manifest.csv").read_text(encoding="utf-8").startswith(before)


def test_store_add_article_keeps_extra_columns(corpus_dir):
    """Extra manifest columns and their values survive an add; missing standard columns are added."""
    (corpus_dir / "manifest.csv").write_text("file,editor,published\ngood1.txt,سارة,2024-11-02\n", encoding="utf-8")
    result = add_article(corpus_dir, NEW, outlet="BBC")
    rows = manifest_rows(corpus_dir)
    assert rows[0] == {"file": "good1.txt", "editor": "سارة", "published": "2024-11-02", "outlet": "", "url": "", "title": ""}
    assert rows[1]["file"] == result.stored_as and rows[1]["outlet"] == "BBC"


def test_store_add_article_creates_corpus(tmp_path):
    """Adding to a new folder creates it with the article and a manifest."""
    root = tmp_path / "fresh"
    result = add_article(root, NEW, published=date(2024, 11, 3))
    assert result.stored_as == "000_" + result.stored_as[4:] and len(result.stored_as) == len("000_") + 16 + 4
    assert manifest_rows(root) == [{"file": result.stored_as, "outlet": "", "published": "2024-11-03", "url": "", "title": ""}]
    assert load_corpus(root).problems == []


def test_store_add_article_numbers_after_existing(tmp_path):
    """Generated names follow the seeds' NNN_hash pattern, numbered after the highest existing one."""
    root = tmp_path / "c"
    first = add_article(root, NEW).stored_as
    second = add_article(root, GOOD_1).stored_as
    assert first.startswith("000_") and second.startswith("001_")


@pytest.mark.parametrize(
    "text",
    [GOOD_1, "  " + GOOD_1.replace("روسيا", "رُوسيا").replace(" ", "   ") + "\n\n", GOOD_1.replace("أن", "ان")],
    ids=["identical", "diacritics-and-spaces", "alef-forms"],
)
def test_store_duplicate_is_refused(corpus_dir, text):
    """A text equal to a stored one after normalisation is reported and not stored; nothing changes."""
    before = snapshot(corpus_dir)
    result = add_article(corpus_dir, text)
    assert result.article is None and result.stored_as is None
    assert "duplicate of good1.txt" in result.problems[-1].problem
    assert snapshot(corpus_dir) == before


@pytest.mark.parametrize(
    "kwargs, words",
    [
        ({"published": "2024-02-30"}, ["2024-02-30", "not a real date"]),
        ({"published": "2024-13-01"}, ["2024-13-01", "not a real date"]),
        ({"published": "25/10/2024"}, ["25/10/2024", "YYYY-MM-DD"]),
        ({"published": "yesterday"}, ["yesterday", "not an ISO date"]),
    ],
    ids=["feb-30", "month-13", "not-iso", "words"],
)
def test_store_bad_published_is_refused(corpus_dir, kwargs, words):
    """An impossible or non-ISO publication date refuses the add, naming the value; nothing changes."""
    before = snapshot(corpus_dir)
    result = add_article(corpus_dir, NEW, filename_hint="new.txt", **kwargs)
    assert result.article is None
    problem = result.problems[-1]
    assert problem.file == "new.txt" and problem.severity == "error"
    assert all(w in problem.problem for w in words) and "not stored" in problem.problem
    assert snapshot(corpus_dir) == before


@pytest.mark.parametrize(
    "text, words",
    [
        ("", ["empty"]),
        (" \n\t ", ["only whitespace"]),
        ("Russia denied any role in the videos.", ["no Arabic text"]),
        ("نص\x00\x01\x02\x03\x04\x05\x06\x07", ["control characters"]),
        ("كلمة " * 450_000, ["over the size limit"]),
    ],
    ids=["empty", "whitespace", "no-arabic", "binary", "oversize"],
)
def test_store_bad_text_is_refused(corpus_dir, text, words):
    """Texts that are not articles are refused with the reason; nothing changes."""
    before = snapshot(corpus_dir)
    result = add_article(corpus_dir, text, filename_hint="pasted.txt")
    assert result.article is None
    assert result.problems[-1].file == "pasted.txt"
    assert all(w in result.problems[-1].problem for w in words)
    assert snapshot(corpus_dir) == before


@pytest.mark.parametrize(
    "hint",
    ["../../etc/x", "/etc/passwd", "..", "sub/../../x.txt", "..\\..\\x", ".hidden", "a b/ج د.txt", "x" * 300],
)
def test_store_filename_hint_stays_inside(corpus_dir, hint):
    """No file-name hint can place a file outside the corpus folder, in a subfolder, or hidden."""
    result = add_article(corpus_dir, NEW, filename_hint=hint)
    assert result.stored_as is not None
    stored = (corpus_dir / result.stored_as).resolve()
    assert stored.parent == corpus_dir.resolve()
    assert "/" not in result.stored_as and not result.stored_as.startswith(".")
    assert result.stored_as.endswith(".txt") and len(result.stored_as) <= 80
    assert {a.file for a in load_corpus(corpus_dir).articles} == {"good1.txt", "good2.txt", result.stored_as}


def test_store_filename_hint_never_overwrites(corpus_dir):
    """A hint naming an existing article gets a fresh name instead of replacing it."""
    result = add_article(corpus_dir, NEW, filename_hint="good1.txt")
    assert result.stored_as == "good1-2.txt"
    assert (corpus_dir / "good1.txt").read_text(encoding="utf-8") == GOOD_1


def test_store_html_text_is_extracted(corpus_dir):
    """Pasted HTML is stored as its article text, with a warning saying so and the page title used."""
    page = f"<html><head><title>عنوان</title><script>x()</script></head><body><nav>قائمة</nav><p>{NEW.strip()}</p></body></html>"
    result = add_article(corpus_dir, page)
    assert result.article.text == NEW.strip()
    assert result.article.title == "عنوان"
    assert any("HTML page" in p.problem and p.severity == "warning" for p in result.problems)


def test_store_unsafe_manifest_refuses(corpus_dir):
    """When the manifest cannot be rewritten without loss (not UTF-8), the add is refused and nothing changes."""
    (corpus_dir / "manifest.csv").write_bytes(MANIFEST.encode("cp1256"))
    before = snapshot(corpus_dir)
    result = add_article(corpus_dir, NEW)
    assert result.article is None and "manifest.csv cannot be updated safely" in result.problems[-1].problem
    assert snapshot(corpus_dir) == before


# ---------------------------------------------------------------- atomicity


@pytest.mark.parametrize("fail_at", [1, 2], ids=["before-article-rename", "before-manifest-rename"])
@pytest.mark.parametrize("exc", [OSError("disk full"), KeyboardInterrupt()], ids=["oserror", "interrupt"])
def test_store_killed_half_way_leaves_corpus_as_it_was(corpus_dir, monkeypatch, fail_at, exc):
    """An exception injected before a rename leaves the corpus exactly as it was, temp files included."""
    before = snapshot(corpus_dir)
    real_replace, calls = os.replace, []

    def flaky_replace(src, dst):
        calls.append(dst)
        if len(calls) == fail_at:
            raise exc
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", flaky_replace)
    if isinstance(exc, OSError):  # an I/O error is reported, not raised
        result = add_article(corpus_dir, NEW, outlet="BBC", published="2024-11-03")
        assert result.article is None
        assert "could not write to the corpus folder (disk full); nothing was changed" in result.problems[-1].problem
    else:
        with pytest.raises(type(exc)):
            add_article(corpus_dir, NEW, outlet="BBC", published="2024-11-03")
    monkeypatch.setattr(os, "replace", real_replace)
    assert snapshot(corpus_dir) == before
    assert load_corpus(corpus_dir).problems == []
    assert add_article(corpus_dir, NEW).article is not None  # the lock was released


KILLED_WRITER = """
import os, sys, time
from pathlib import Path
import core.store

def stall(src, dst):
    Path(sys.argv[2]).write_text("writing")
    time.sleep(120)

os.replace = stall
core.store.add_article(sys.argv[1], sys.argv[3], outlet="BBC")
"""


@pytest.mark.parametrize("signal_name", ["SIGKILL", "SIGTERM"])
def test_store_process_killed_mid_save(corpus_dir, tmp_path, signal_name):
    """A process killed in the middle of a save leaves the corpus as it was and the lock free."""
    import signal

    before = snapshot(corpus_dir)
    flag = tmp_path / "flag"
    child = subprocess.Popen([sys.executable, "-c", KILLED_WRITER, str(corpus_dir), str(flag), NEW], cwd=ROOT)
    try:
        for _ in range(600):
            if flag.exists() or child.poll() is not None:
                break
            threading.Event().wait(0.05)
        assert flag.exists(), "the writer never reached its rename"
        child.send_signal(getattr(signal, signal_name))
        child.wait(30)
    finally:
        if child.poll() is None:
            child.kill()
    visible = {k: v for k, v in snapshot(corpus_dir).items() if not k.split("/")[-1].startswith(".")}
    assert visible == before
    corpus = load_corpus(corpus_dir)
    assert corpus.problems == [] and len(corpus.articles) == 2
    assert any(name.startswith(".") for name in snapshot(corpus_dir)), "the killed writer left no temp file"
    result = add_article(corpus_dir, NEW)  # the lock died with the writer
    assert result.article is not None
    assert snapshot(corpus_dir).keys() == before.keys() | {result.stored_as}  # its temp file was swept


# ---------------------------------------------------------------- concurrency


def test_store_two_threads_both_keep_their_articles(corpus_dir):
    """Two threads adding at once both keep every article, and the manifest stays valid."""
    barrier = threading.Barrier(2)
    results: dict[int, list] = {0: [], 1: []}

    def worker(w: int) -> None:
        barrier.wait()
        for i in range(10):
            results[w].append(add_article(corpus_dir, article_text(w * 100 + i), outlet=f"outlet{w}"))

    threads = [threading.Thread(target=worker, args=(w,)) for w in (0, 1)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    stored = {r.stored_as for rs in results.values() for r in rs}
    assert None not in stored and len(stored) == 20
    corpus = load_corpus(corpus_dir)
    assert corpus.problems == []
    assert {a.file for a in corpus.articles} == stored | {"good1.txt", "good2.txt"}
    assert {r["file"] for r in manifest_rows(corpus_dir)} == stored | {"good1.txt", "good2.txt"}


def test_store_two_processes_both_keep_their_articles(corpus_dir):
    """Several processes adding at once all keep their articles, and the manifest stays valid."""
    ctx = multiprocessing.get_context("spawn")
    procs = [
        ctx.Process(target=add_article, args=(str(corpus_dir), article_text(i)), kwargs={"outlet": f"p{i}", "filename_hint": f"proc{i}"})
        for i in range(4)
    ]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
    assert [p.exitcode for p in procs] == [0, 0, 0, 0]
    corpus = load_corpus(corpus_dir)
    assert corpus.problems == []
    assert {a.file for a in corpus.articles} == {"good1.txt", "good2.txt"} | {f"proc{i}.txt" for i in range(4)}
    rows = {r["file"]: r["outlet"] for r in manifest_rows(corpus_dir)}
    assert all(rows[f"proc{i}.txt"] == f"p{i}" for i in range(4))


def test_store_same_text_from_two_threads_is_stored_once(corpus_dir):
    """The same article saved by two editors at once is stored once; the other is told it is a duplicate."""
    barrier = threading.Barrier(2)
    results = []

    def worker() -> None:
        barrier.wait()
        results.append(add_article(corpus_dir, NEW))

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(r.article is None for r in results) == [False, True]
    assert len(load_corpus(corpus_dir).articles) == 3


# ---------------------------------------------------------------- files and JSON Lines


def test_store_add_file_txt_html_json(corpus_dir, tmp_path):
    """.txt, .html and .json files are stored as UTF-8 text, named after the source file."""
    (tmp_path / "a.txt").write_bytes(article_text(1).encode("cp1256"))
    (tmp_path / "b.html").write_text(f"<html><head><title>ب</title></head><body><p>{article_text(2)}</p></body></html>", encoding="utf-8")
    (tmp_path / "c.json").write_text(json.dumps({"text": article_text(3), "outlet": "AFP", "published": "2024-11-04", "title": "ج"}), encoding="utf-8")
    ra = add_file(corpus_dir, tmp_path / "a.txt", outlet="BBC")
    rb = add_file(corpus_dir, tmp_path / "b.html")
    rc = add_file(corpus_dir, tmp_path / "c.json", outlet="Reuters")
    assert (ra.stored_as, rb.stored_as, rc.stored_as) == ("a.txt", "b.txt", "c.txt")
    assert any("Windows-1256" in p.problem and p.file.endswith("a.txt") for p in ra.problems)
    assert any("HTML page" in p.problem for p in rb.problems)
    assert (corpus_dir / "a.txt").read_text(encoding="utf-8") == article_text(1)
    arts = {a.file: a for a in load_corpus(corpus_dir).articles}
    assert arts["a.txt"].outlet == "BBC"
    assert arts["b.txt"].title == "ب" and arts["b.txt"].text == article_text(2).strip()
    assert (arts["c.txt"].outlet, arts["c.txt"].published, arts["c.txt"].title) == ("Reuters", date(2024, 11, 4), "ج")


@pytest.mark.parametrize(
    "name, data, words",
    [
        ("empty.txt", b"", ["empty file"]),
        ("pic.txt", b"\x89PNG\r\n\x1a\n" + bytes(64), ["binary file", "PNG"]),
        ("english.txt", b"No Arabic here.", ["no Arabic text"]),
        ("doc.pdf", b"%PDF-1.4", ["unsupported file type", ".pdf"]),
        ("bad.json", b'{"text": ', ["not valid JSON"]),
        ("list.json", b'["a"]', ["JSON list"]),
    ],
    ids=["empty", "binary", "no-arabic", "pdf", "broken-json", "json-list"],
)
def test_store_add_file_bad_input(corpus_dir, tmp_path, name, data, words):
    """A bad input file is refused with a message naming it and its problem; the corpus is unchanged."""
    (tmp_path / name).write_bytes(data)
    before = snapshot(corpus_dir)
    result = add_file(corpus_dir, tmp_path / name)
    assert result.article is None
    problem = result.problems[-1]
    assert problem.file.endswith(name) and all(w in problem.problem for w in words)
    assert snapshot(corpus_dir) == before


def test_store_add_file_missing(corpus_dir, tmp_path):
    """A file that cannot be read is refused, naming it."""
    result = add_file(corpus_dir, tmp_path / "nope.txt")
    assert result.article is None and "cannot read file" in result.problems[0].problem


@pytest.mark.parametrize("add", [add_file, add_jsonl], ids=["file", "jsonl"])
def test_store_add_from_pipe_is_refused(corpus_dir, tmp_path, add):
    """A pipe is refused instead of blocking the add forever."""
    os.mkfifo(tmp_path / "pipe.txt")
    result = add(corpus_dir, tmp_path / "pipe.txt")
    result = result[0] if isinstance(result, list) else result
    assert result.article is None and "not a regular file" in result.problems[0].problem


def test_store_add_jsonl_utf16_said_once(corpus_dir, tmp_path):
    """A JSON Lines file in UTF-16 is read, and its encoding is reported once, not on every line."""
    lines = "\n".join(json.dumps({"text": article_text(i)}, ensure_ascii=False) for i in range(3))
    (tmp_path / "in.jsonl").write_bytes(lines.encode("utf-16"))
    results = add_jsonl(corpus_dir, tmp_path / "in.jsonl")
    assert all(r.article is not None for r in results)
    notes = [p.problem for r in results for p in r.problems]
    assert len(notes) == 1 and "UTF-16" in notes[0]


def test_store_add_jsonl(corpus_dir, tmp_path):
    """Each JSON line is stored or refused on its own, naming the line."""
    lines = [
        json.dumps({"text": article_text(1), "outlet": "AFP", "published": "2024-11-01", "url": "https://a/1", "title": "أ"}),
        "",
        "{not json",
        json.dumps({"text": GOOD_1}),
        json.dumps({"text": article_text(2), "published": "2024-02-30"}),
        json.dumps({"text": article_text(3), "author": "x", "file": "../evil"}),
        json.dumps({"text": article_text(1)}),
    ]
    (tmp_path / "in.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    results = add_jsonl(corpus_dir, tmp_path / "in.jsonl")
    assert [r.article is not None for r in results] == [True, False, False, False, True, False]
    sources = [r.problems[-1].file for r in results if r.problems]
    assert all(s.startswith(str(tmp_path / "in.jsonl") + ":") for s in sources)
    msgs = [r.problems[-1].problem if r.problems else "" for r in results]
    assert "line 3" in msgs[1] and "not valid JSON" in msgs[1]
    assert "duplicate of good1.txt" in msgs[2]
    assert "2024-02-30" in msgs[3]
    assert "ignored unknown JSON field(s): author" in msgs[4] and results[4].stored_as == "evil.txt"
    assert "duplicate of " + results[0].stored_as in msgs[5]
    first = {a.file: a for a in load_corpus(corpus_dir).articles}[results[0].stored_as]
    assert (first.outlet, first.published, first.url, first.title) == ("AFP", date(2024, 11, 1), "https://a/1", "أ")


# ---------------------------------------------------------------- CLI


def test_cli_check_clean_exits_zero(capsys):
    """`check` on the seeds reports them clean and exits 0."""
    assert cli_store.main(["check", str(SEEDS)]) == 0
    out = capsys.readouterr().out
    assert "5 article(s) loaded; clean" in out


def test_cli_check_prints_each_problem_and_fails_on_errors(corpus_dir, capsys):
    """`check` prints every problem with its file and exits 1 when any is an error, changing nothing."""
    (corpus_dir / "empty.txt").write_bytes(b"")
    (corpus_dir / "win.txt").write_bytes(NEW.encode("cp1256"))
    with open(corpus_dir / "manifest.csv", "a", encoding="utf-8") as f:
        f.write("ghost.txt,,,,\n")
    before = snapshot(corpus_dir)
    assert cli_store.main(["check", str(corpus_dir)]) == 1
    out = capsys.readouterr().out
    assert "error: empty.txt: empty file" in out
    assert "warning: win.txt: encoded in Windows-1256" in out
    assert "error: manifest.csv: manifest line 4 names 'ghost.txt'" in out
    assert "3 article(s) loaded; 2 error(s), 1 warning(s)" in out
    assert snapshot(corpus_dir) == before


def test_cli_check_warnings_only(corpus_dir, capsys):
    """Warnings alone exit 0, or 1 with --strict; --json prints them as JSON."""
    (corpus_dir / "win.txt").write_bytes(NEW.encode("cp1256"))
    assert cli_store.main(["check", str(corpus_dir)]) == 0
    assert cli_store.main(["check", "--strict", str(corpus_dir)]) == 1
    capsys.readouterr()
    assert cli_store.main(["check", "--json", str(corpus_dir)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["articles"] == 3 and report["problems"][0]["file"] == "win.txt"


def test_cli_add_files(corpus_dir, tmp_path, capsys):
    """`add` prints what it stored and why it refused the rest, and exits 1 when anything was refused."""
    (tmp_path / "new.txt").write_text(NEW, encoding="utf-8")
    (tmp_path / "copy.txt").write_text(GOOD_1, encoding="utf-8")
    code = cli_store.main(["add", str(corpus_dir), str(tmp_path / "new.txt"), str(tmp_path / "copy.txt"),
                           "--outlet", "BBC", "--published", "2024-11-05", "--title", "عنوان"])
    out = capsys.readouterr().out
    assert code == 1
    assert f"stored: {tmp_path / 'new.txt'} -> new.txt (2024-11-05)" in out
    assert f"error: {tmp_path / 'copy.txt'}: not stored: duplicate of good1.txt" in out
    assert "1 of 2 article(s) stored" in out
    assert manifest_rows(corpus_dir)[-1] == {"file": "new.txt", "outlet": "BBC", "published": "2024-11-05", "url": "", "title": "عنوان"}


def test_cli_add_jsonl(corpus_dir, tmp_path, capsys):
    """`add --jsonl` stores each line and exits 0 when all were stored."""
    (tmp_path / "in.jsonl").write_text(
        "\n".join(json.dumps({"text": article_text(i), "outlet": "AFP"}) for i in range(3)), encoding="utf-8")
    assert cli_store.main(["add", str(corpus_dir), "--jsonl", str(tmp_path / "in.jsonl")]) == 0
    assert "3 of 3 article(s) stored" in capsys.readouterr().out
    assert len(load_corpus(corpus_dir).articles) == 5


def test_cli_add_bad_date_and_nothing_to_add(corpus_dir, tmp_path, capsys):
    """`add` refuses an impossible --published, and exits 2 when given nothing to add."""
    (tmp_path / "new.txt").write_text(NEW, encoding="utf-8")
    assert cli_store.main(["add", str(corpus_dir), str(tmp_path / "new.txt"), "--published", "2024-02-30"]) == 1
    assert "not a real date" in capsys.readouterr().out
    assert cli_store.main(["add", str(corpus_dir)]) == 2


@pytest.mark.parametrize("module", ["core.cli_store", "core"])
def test_cli_check_seeds_subprocess(module):
    """`python -m core check seeds` (and the module on its own) reports the seeds clean."""
    done = subprocess.run([sys.executable, "-m", module, "check", "seeds"], check=False, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "clean" in done.stdout

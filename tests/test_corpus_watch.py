"""The dashboard's corpus fingerprint is recomputed after a change under the folder, not on every rerun."""
from __future__ import annotations

import threading
import time

import pytest

from core.corpus import corpus_fingerprint
from dashboard import corpus_watch
from dashboard.corpus_watch import CorpusWatch


class Counting:
    """The core's fingerprint, counting its calls."""

    def __init__(self):
        self.calls = 0

    def __call__(self, root):
        self.calls += 1
        return corpus_fingerprint(root)


def until_seen(watch: CorpusWatch, before: int) -> None:
    """Wait (at most 10 s) for the observer to report a change; the kernel delivers it asynchronously."""
    deadline = time.monotonic() + 10
    while watch.changes == before and time.monotonic() < deadline:
        time.sleep(0.02)


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "a.txt").write_text("اتهمت واشنطن موسكو", encoding="utf-8")
    return tmp_path


def test_corpus_watch_reuses_the_fingerprint_until_a_file_changes(folder):
    count = Counting()
    watch = CorpusWatch(folder, count)
    try:
        assert watch.watching
        first = watch.fingerprint()
        (folder / "a.txt").read_text(encoding="utf-8")  # reading is no change
        assert watch.fingerprint() == first and count.calls == 1
        before = watch.changes
        (folder / "a.txt").write_text("نفت موسكو الاتهامات، وقالت إنها لا أساس لها", encoding="utf-8")
        until_seen(watch, before)
        assert watch.fingerprint() != first and count.calls == 2
        before = watch.changes
        (folder / "b.txt").write_text("مقال جديد", encoding="utf-8")
        until_seen(watch, before)
        assert watch.fingerprint() == corpus_fingerprint(folder) and count.calls == 3
    finally:
        watch.stop()


def test_corpus_watch_fingerprints_every_time_when_it_cannot_watch(tmp_path):
    count = Counting()
    watch = CorpusWatch(tmp_path / "missing", count)
    assert not watch.watching
    watch.fingerprint()
    watch.fingerprint()
    assert count.calls == 2


def test_corpus_watch_rechecks_in_the_background_not_on_a_page_load(folder, monkeypatch):
    """Changes the kernel does not report (a network share) are still found, later, by the watch's
    own thread: a page load (here the test's thread) never pays for that recheck."""
    monkeypatch.setattr(corpus_watch, "RECHECK_SECONDS", 0.05)
    value = ["v1"]
    callers = []

    def fingerprint(root):
        callers.append(threading.current_thread())
        return value[0]

    watch = CorpusWatch(folder, fingerprint)
    try:
        assert watch.fingerprint() == "v1"
        value[0] = "v2"  # changed where no file event reports it
        deadline = time.monotonic() + 10
        while watch.fingerprint() != "v2" and time.monotonic() < deadline:
            time.sleep(0.02)
        assert watch.fingerprint() == "v2"
        assert callers[0] is threading.current_thread()  # the first call has nothing to reuse
        assert len(callers) > 1 and all(c is not threading.current_thread() for c in callers[1:])
    finally:
        watch.stop()


def test_corpus_watch_stops_its_recheck_thread(folder, monkeypatch):
    monkeypatch.setattr(corpus_watch, "RECHECK_SECONDS", 0.02)
    count = Counting()
    watch = CorpusWatch(folder, count)
    watch.stop()
    time.sleep(0.1)  # a recheck already under way when stop() was called may still finish
    calls = count.calls
    time.sleep(0.2)
    assert count.calls == calls

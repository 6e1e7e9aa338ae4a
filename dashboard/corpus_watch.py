"""The corpus fingerprint, recomputed only after the corpus folder changed.

Fingerprinting stats every file: 0.05–0.15 s at 10,000 articles, and while the script holds the
GIL the server is slower to send the browser its code too (about 0.17 s of page load in all,
BENCHMARKS.md). A watchdog observer counts the writes, moves and deletions under the folder
(inotify on Linux); while none happened, the last fingerprint stands. For folders whose changes
the kernel does not see (a network share edited from another machine) a background thread
recomputes it every `RECHECK_SECONDS`, so no page load or click pays for that check (the first
click after half a minute idle used to). When the folder cannot be watched, every call
recomputes it.
"""
from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

RECHECK_SECONDS = 30.0
# Events that can change a file's name, size, mtime or presence; reading an article (open, close
# without writing) is not one.
CHANGES = frozenset({"created", "deleted", "modified", "moved", "closed"})


class CorpusWatch:
    """Counts changes under `root` and keeps the fingerprint of the last count seen."""

    def __init__(self, root: Path, fingerprint: Callable[[Path], str]):
        self.root = Path(root)
        self._fingerprint = fingerprint
        self.changes = 0
        self._known: tuple[int, str] | None = None  # (changes seen before computing, fingerprint)
        self._stopped = threading.Event()
        self._observer = _observe(self.root, self._count)
        if self._observer is not None:
            threading.Thread(target=self._recheck_loop, name="raqib-corpus-recheck", daemon=True).start()

    def _count(self, event) -> None:
        if event.event_type in CHANGES:
            self.changes += 1

    @property
    def watching(self) -> bool:
        return self._observer is not None and self._observer.is_alive()

    def fingerprint(self) -> str:
        known = self._known
        if self.watching and known is not None and known[0] == self.changes:
            return known[1]
        return self.recheck()

    def recheck(self) -> str:
        """Fingerprint the folder now and keep the result."""
        seen = self.changes  # read first: a change made while the files are stat'ed is seen next time
        value = self._fingerprint(self.root)
        self._known = (seen, value)
        return value

    def _recheck_loop(self) -> None:
        while not self._stopped.wait(RECHECK_SECONDS):
            try:
                self.recheck()
            except Exception:  # noqa: BLE001 — e.g. the folder gone for a moment: the thread lives on,
                self._known = None  # and the next page load fingerprints the folder itself (and says what failed)

    def stop(self) -> None:
        self._stopped.set()
        if self._observer is not None:
            self._observer.stop()
            self._observer = None


def _observe(root: Path, on_event):
    """A started watchdog observer calling `on_event` for everything under `root`, or None."""
    try:
        from watchdog.events import FileSystemEventHandler
        from watchdog.observers import Observer
    except ImportError:
        return None

    class Handler(FileSystemEventHandler):
        def on_any_event(self, event):
            on_event(event)

    if not root.is_dir():
        return None
    observer = Observer()
    observer.daemon = True
    try:
        observer.schedule(Handler(), str(root), recursive=True)
        observer.start()
    except OSError:  # no inotify watches left, a folder that cannot be watched
        return None
    return observer

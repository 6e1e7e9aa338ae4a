"""Warm page loads at scale, each alternating with an empty Streamlit page, to steady the ratio.

`dashboard.py` times three new sessions per page, the first of which fills that page's caches; on
a shared machine the median of three swings by a second. This script starts the dashboard on a
corpus (its per-article cache folder given), visits every page once to warm its caches, then
takes N rounds of: one empty-page load, one load of each page — every load a new browser session,
timed with `dashboard.py`'s own `load` (script done, charts drawn, 500 ms quiet) — and prints
each page's median and its ratio to the empty page's median.

    .venv/bin/python benchmarks/dashboard_interleaved.py CORPUS_DIR CACHE_DIR [--pages ,network,claims] [--rounds 6]

CACHE_DIR should hold the corpus's extraction (`RAQIB_CACHE_DIR=CACHE_DIR python -m core extract
CORPUS_DIR --out …`), else the first load extracts every article.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # run as a script, only benchmarks/ is on the path
    sys.path.insert(0, str(REPO))

from benchmarks import dashboard as bench  # noqa: E402


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus")
    parser.add_argument("cache")
    parser.add_argument("--pages", default=",network,claims,articles,data,add", help="url paths; '' is the timeline")
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--browser", choices=("new", "returning"), default="new",
                        help="new: a fresh browser context per load (first visit); returning: one context, a new tab per load")
    args = parser.parse_args(argv)
    from playwright.sync_api import sync_playwright

    work = Path(tempfile.mkdtemp(prefix="raqib-bench-interleaved-"))
    empty = bench.empty_app(work)
    app = bench.Server(bench.SERVER, {"RAQIB_CORPUS": args.corpus, "RAQIB_CACHE_DIR": args.cache}, work / "app.log")
    ref = bench.Server(empty, {}, work / "empty.log")
    pages = args.pages.split(",")
    times: dict[str, list[float]] = {"(empty)": [], **{p: [] for p in pages}}
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=bench.CHROMIUM, args=bench.CHROMIUM_ARGS)
            shared = bench.new_context(browser) if args.browser == "returning" else None

            def visit(url: str, timeout_ms: int = 120_000) -> float:
                return bench.load_ms(browser, url, 500, timeout_ms, shared)

            t = time.perf_counter()
            visit(app.url + "/", 3_600_000)
            print(f"first load on the new server {time.perf_counter() - t:.1f}s", flush=True)
            for p in pages:
                visit(f"{app.url}/{p}", 600_000)  # fills the page's caches for the default filters
            visit(ref.url)
            print(f"browser: {args.browser}", flush=True)
            for _ in range(args.rounds):
                times["(empty)"].append(visit(ref.url))
                for p in pages:
                    times[p].append(visit(f"{app.url}/{p}"))
            browser.close()
    finally:
        app.stop()
        ref.stop()
    base = statistics.median(times["(empty)"])
    for page, xs in times.items():
        m = statistics.median(xs)
        print(f"{'/' + page if page != '(empty)' else page:12s} median {m / 1000:5.2f}s  x empty {m / base:4.2f}  "
              f"runs {[round(x) for x in xs]} ms", flush=True)


if __name__ == "__main__":
    main()

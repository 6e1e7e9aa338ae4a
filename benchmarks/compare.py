"""Same-run comparison of this checkout's dashboard with another's, page by page, against an empty page.

A change to the dashboard moves a page by 0.05–0.3 s, less than a shared machine's drift between
two runs; so both versions run at once, each on its own server on the same corpus, and each round
loads the empty page, this checkout's page and the other's in a shuffled order (every load a new
browser session, timed with `dashboard.py`'s `load`). Prints each page's medians, their ratio to
the empty page's and the difference. Eight rounds once misled (BENCHMARKS.md); use 16.

    git worktree add /tmp/raqib-before <commit>
    .venv/bin/python benchmarks/compare.py CORPUS_DIR CACHE_DIR --against /tmp/raqib-before [--pages ,network,claims] [--rounds 16]

CACHE_DIR should hold the corpus's extraction (as for `dashboard_interleaved.py`). The other
checkout runs with this checkout's Python environment; its `dashboard/server.py` is started (its
`dashboard/app.py` when it has none).
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # run as a script, only benchmarks/ is on the path
    sys.path.insert(0, str(REPO))

from benchmarks import dashboard as bench  # noqa: E402


def entry(checkout: Path) -> Path:
    """The script `streamlit run` starts for a checkout."""
    server = checkout / "dashboard" / "server.py"
    return server if server.exists() else checkout / "dashboard" / "app.py"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus")
    parser.add_argument("cache")
    parser.add_argument("--against", required=True, help="the other checkout (a git worktree of another commit)")
    parser.add_argument("--pages", default=",network,claims", help="url paths; '' is the timeline")
    parser.add_argument("--rounds", type=int, default=16)
    parser.add_argument("--seed", type=int, default=None, help="of the shuffles (default: a new order each run)")
    args = parser.parse_args(argv)
    from playwright.sync_api import sync_playwright

    shuffle = random.Random(args.seed).shuffle
    work = Path(tempfile.mkdtemp(prefix="raqib-bench-compare-"))
    empty = bench.empty_app(work)
    env = {"RAQIB_CORPUS": args.corpus, "RAQIB_CACHE_DIR": args.cache}
    servers = {"(empty)": bench.Server(empty, {}, work / "empty.log")}
    try:
        servers["this"] = bench.Server(entry(REPO), env, work / "this.log")
        servers["other"] = bench.Server(entry(Path(args.against).resolve()), env, work / "other.log")
        pages = args.pages.split(",")
        times = {(page, name): [] for page in pages for name in servers}
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=bench.CHROMIUM, args=bench.CHROMIUM_ARGS)

            def visit(name: str, page: str, timeout_ms: int = 120_000) -> float:
                url = servers[name].url + ("/" if name == "(empty)" else f"/{page}")
                return bench.load_ms(browser, url, 500, timeout_ms)

            for page in pages:  # the first visit of each page fills that server's caches: not counted
                for name in ("this", "other"):
                    visit(name, page, 3_600_000)
            for page in pages:
                for _ in range(args.rounds):
                    order = list(servers)
                    shuffle(order)
                    for name in order:
                        times[(page, name)].append(visit(name, page))
            browser.close()
    finally:
        for server in servers.values():
            server.stop()

    print(f"this: {REPO}\nother: {Path(args.against).resolve()}\n{args.rounds} rounds per page, loads shuffled in each; "
          "medians in s (× the empty page's median of the same page's rounds)")
    print(f"  {'page':<10} {'empty':>6} {'this':>14} {'other':>14} {'this − other':>13}")
    for page in pages:
        e, this, other = (statistics.median(times[(page, n)]) / 1000 for n in ("(empty)", "this", "other"))
        print(f"  /{page:<9} {e:6.2f} {this:6.2f} ({this / e:4.2f}×) {other:6.2f} ({other / e:4.2f}×) {this - other:+12.2f}")


if __name__ == "__main__":
    main()

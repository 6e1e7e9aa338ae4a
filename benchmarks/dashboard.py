"""Dashboard latency in headless Chromium: each page against an empty Streamlit page, same run.

    python benchmarks/dashboard.py [--sizes seeds,10000] [--repeat 5] [--corpus-root DIR] [--seed 0]
                                   [--first-load-timeout 3600]

For each corpus ("seeds" = the bundled seeds/ folder; a number N = N generated articles, made by
benchmarks/make_corpus.py under --corpus-root or a temp dir), a fresh `streamlit run
dashboard/server.py --server.headless true --server.port P` (the README's start command) is started with RAQIB_CORPUS pointing at
it and RAQIB_CACHE_DIR at a fresh empty folder (filled by the pre-extraction below). An empty app
(a temp file holding only `import streamlit as st`) runs from the same folder, with the same
`.streamlit/config.toml`, as the reference.

Page URLs are read from dashboard/app.py at run time (`st.Page(..., url_path=...)`).

What "rendered" means: a script in the page (installed before any of Streamlit's own code runs)
records every change of `[data-testid="stApp"]`'s `data-test-script-state` attribute, every
DOM change inside a Plotly chart and every element added to or removed from the app (Streamlit
loads most widgets' and the data grid's code lazily and shows them ~0.3 s after the script has
finished), with `performance.now()` (ms since navigation start). A page is
rendered once the state is `notRunning`, no element is still a loading skeleton (`stSkeleton`: e.g.
an `st.plotly_chart` whose plotly.js chunk, 4.7 MB, is still being fetched and evaluated), every
`[data-testid="stPlotlyChart"]` holds a drawn `.js-plotly-plot .main-svg`, every chart of Raqib's
chart component (an iframe) has marked its body `data-drawn` after Plotly drew, and nothing has changed for a quiet period (`--quiet`, default
500 ms); the time reported is that of the last change before the quiet period (the quiet period
itself is not counted). Each page load is a new browser context (a new Streamlit session).

Reported, per corpus:
- pre-extraction: `python -m core extract` on the corpus with the server's (empty) cache folder,
  cold, timed: this fills the per-article cache, as a newsroom's nightly run would;
- first load: the default page in a new session right after the server started: the cached loader
  reads every article from that cache, pairs claims, builds the tables, then the page draws;
- warm load of every page (median of --repeat new sessions), and its ratio to the empty page
  measured beside the pages: one empty load next to each page load, first in one round and
  second in the next (its server runs alongside the dashboard's), the reference being the median
  of all of them for the corpus; so it meets the machine as the pages do, not minutes earlier
  (measured once before the corpus too, printed apart);
- filter change: on each page, open the sidebar's country filter, pick its first country and
  time from the pick until the rerun has finished and the chart is redrawn (median of selecting
  then clearing).

Chromium: Debian's /usr/bin/chromium (`apt-get install -y chromium fonts-noto-core`), driven by
Playwright. This script prints figures; it asserts nothing about them.
"""
from __future__ import annotations

import argparse
import ast
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.make_corpus import make_corpus  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
APP = REPO / "dashboard" / "app.py"  # the router: its st.Page calls give the page URLs
SERVER = REPO / "dashboard" / "server.py"  # what `streamlit run` starts (README)

# Installed before any page script: records script-state transitions and Plotly drawing times.
OBSERVER = """
(() => {
  window.__raqib = {states: [], lastChange: 0, lastPlot: 0, state: null};
  const rec = window.__raqib;
  const check = (mutations) => {
    const now = performance.now();
    const app = document.querySelector('[data-testid="stApp"]');
    const state = app ? app.getAttribute('data-test-script-state') : null;
    if (state !== rec.state) { rec.state = state; rec.states.push([now, state]); rec.lastChange = now; }
    for (const m of mutations) {
      const el = m.target.nodeType === 1 ? m.target : m.target.parentElement;
      if (!el || !el.closest) continue;
      if (el.closest('.js-plotly-plot, [data-testid="stPlotlyChart"], [data-testid="stSkeleton"]')) {
        rec.lastPlot = now; rec.lastChange = now; break;
      }
      // An element appearing or its text changing in the app (a widget or a grid Streamlit loads
      // lazily is shown after the script has finished; a button's label rewritten), but not the data
      // grid's screen-reader copy of its cells, rewritten whenever the grid repaints.
      if (m.type !== 'attributes' && el.closest('[data-testid="stApp"]') && !el.closest('[data-testid="data-grid-canvas"]')) {
        rec.lastChange = now; break;
      }
    }
  };
  new MutationObserver(check).observe(document, {subtree: true, childList: true, attributes: true,
                                                 characterData: true});
  // Raqib's charts draw inside the chart component's frame, which marks <body data-drawn> when done.
  setInterval(() => {
    for (const f of document.querySelectorAll('iframe')) {
      let drawn = null;
      try { drawn = f.contentDocument && f.contentDocument.body && f.contentDocument.body.getAttribute('data-drawn'); }
      catch (e) { continue; }
      if (drawn && drawn !== f.__raqibDrawn) { f.__raqibDrawn = drawn; rec.lastPlot = rec.lastChange = performance.now(); }
    }
  }, 20);
})();
"""

# True once rendered (see the module docstring); `since` lets a rerun ignore what came before it.
DONE = """
([quiet, since]) => {
  const rec = window.__raqib;
  if (!rec || rec.state !== 'notRunning') return false;
  // A rerun after `since`: seen running, or (a quick one whose states React drew in one go) the app changed.
  if (since > 0 && !rec.states.some(([t, s]) => t >= since && s === 'running') && !(rec.lastChange > since)) return false;
  // An element whose code is still loading is a skeleton (an st.plotly_chart is not yet an stPlotlyChart).
  if (document.querySelector('[data-testid="stApp"] [data-testid="stSkeleton"]')) return false;
  for (const f of document.querySelectorAll('iframe[src*="raqib_chart"]')) {
    if (!f.__raqibDrawn) return false;
  }
  for (const c of document.querySelectorAll('[data-testid="stPlotlyChart"]')) {
    if (!c.querySelector('.js-plotly-plot .main-svg')) return false;
  }
  return performance.now() - rec.lastChange >= quiet;
}
"""


def page_paths(app: Path = APP) -> list[tuple[str, str]]:
    """(url_path, title) of every visible st.Page in app.py whose file exists, in order ("" = default page)."""
    tree = ast.parse(app.read_text(encoding="utf-8"))
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "Page":
            kw = {k.arg: k.value for k in node.keywords}
            file = node.args[0].value if node.args and isinstance(node.args[0], ast.Constant) else None
            if file and not (app.parent / file).exists():
                continue
            hidden = kw.get("visibility")
            if isinstance(hidden, ast.Constant) and hidden.value == "hidden":
                continue  # a second URL for a page already listed
            url = kw["url_path"].value if "url_path" in kw else Path(file or "page").stem
            title = kw["title"].value if "title" in kw else url
            default = "default" in kw and isinstance(kw["default"], ast.Constant) and kw["default"].value
            out.append(("" if default else url, title))  # the default page is served at the root
    return out


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """One `streamlit run` process on a free port, stopped on exit."""

    def __init__(self, script: Path, env: dict[str, str], log: Path):
        self.port = free_port()
        self.log = log.open("w")
        cmd = [sys.executable, "-m", "streamlit", "run", str(script), "--server.headless", "true",
               "--server.port", str(self.port), "--server.address", "127.0.0.1",
               "--browser.gatherUsageStats", "false"]
        self.proc = subprocess.Popen(cmd, cwd=REPO, env={**os.environ, **env}, stdout=self.log, stderr=subprocess.STDOUT)
        self.url = f"http://127.0.0.1:{self.port}"
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                with urllib.request.urlopen(self.url + "/_stcore/health", timeout=2) as r:
                    if r.status == 200:
                        return
            except OSError:
                time.sleep(0.2)
            if self.proc.poll() is not None:
                raise SystemExit(f"streamlit exited early; see {log}")
        raise SystemExit(f"streamlit did not answer on {self.url}; see {log}")

    def stop(self):
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        self.log.close()


def new_context(browser):
    ctx = browser.new_context(viewport={"width": 1400, "height": 900})
    ctx.add_init_script(OBSERVER)
    return ctx


def load(browser, url: str, quiet: int, timeout_ms: int, context=None) -> tuple[float, object, object]:
    """Open `url` in a new browser context (a first visit: empty HTTP and code caches) or, given
    `context`, in a new tab of it (a returning visitor; still a new Streamlit session). Returns ms
    from navigation start to rendered, what to close afterwards (the context or the tab) and the page."""
    ctx = context or new_context(browser)
    page = ctx.new_page()
    page.goto(url, wait_until="commit", timeout=timeout_ms)
    page.wait_for_function(DONE, arg=[quiet, 0], timeout=timeout_ms, polling=50)
    return page.evaluate("window.__raqib.lastChange"), (page if context is not None else ctx), page


def filter_change(page, quiet: int, timeout_ms: int, clear: bool = False) -> float | None:
    """Open the sidebar's country filter and pick its first country (or clear it); ms until redrawn.
    The clock starts at the pick, not at the opening of the filter (which runs no script)."""
    opener = page.locator('[data-testid="stSidebar"] .st-key-country_filter button').first
    if opener.count() == 0:
        return None
    if page.locator(".st-key-country input").count() == 0:
        opener.click()
    box = page.locator('.st-key-country [data-testid="stMultiSelect"]').first
    box.wait_for(timeout=10_000)
    since = page.evaluate("performance.now()")
    if clear:
        clear_btn = box.locator('[role="button"][aria-label*="lear"], svg[title*="lear"]').first
        if clear_btn.count():
            clear_btn.click()
        else:
            box.locator("input").first.click()
            page.keyboard.press("Backspace")
    else:
        box.locator("input").first.click()
        option = page.locator('[role="option"]:not(:has-text("Select all"))').first  # a country, not all of them
        option.wait_for(timeout=10_000)
        since = page.evaluate("performance.now()")
        option.click()
    page.keyboard.press("Escape")
    try:
        page.wait_for_function(DONE, arg=[quiet, since], timeout=timeout_ms, polling=50)
    except Exception:  # noqa: BLE001 — a change that triggers no rerun is reported as missing
        return None
    return page.evaluate("window.__raqib.lastChange") - since


def corpus_dir(spec: str, base: Path, seed: int) -> Path:
    if spec == "seeds":
        return REPO / "seeds"
    n = int(spec)
    folder = base / f"n{n}_seed{seed}"
    if not ((folder / "manifest.csv").exists() and sum(1 for _ in folder.glob("*.txt")) == n):
        t = time.perf_counter()
        make_corpus(n, folder, seed)
        print(f"  generated {n} articles in {time.perf_counter() - t:.1f}s -> {folder}", flush=True)
    return folder


def empty_app(folder: Path) -> Path:
    """The reference every page is measured against: an app that only imports Streamlit."""
    empty = folder / "empty_app.py"
    empty.write_text("import streamlit as st  # an empty page: the reference\n", encoding="utf-8")
    return empty


def load_ms(browser, url: str, quiet: int, timeout_ms: int, context=None) -> float:
    """The time of one load of `url` in its own new session (closed after it)."""
    ms, ctx, _ = load(browser, url, quiet, timeout_ms, context)
    ctx.close()
    return ms


def median(xs):
    xs = [x for x in xs if x is not None]
    return statistics.median(xs) if xs else None


def fmt(ms) -> str:
    return f"{ms / 1000:7.2f}s" if ms is not None else "     n/a"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="seeds,10000", help="comma-separated: seeds and/or article counts")
    parser.add_argument("--repeat", type=int, default=5, help="new sessions per page, each paired with an empty-page load (medians reported)")
    parser.add_argument("--corpus-root", help="where generated corpora live (kept and reused); default a temp dir")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--quiet", type=int, default=500, help="ms without change that mean 'done' (not counted)")
    parser.add_argument("--first-load-timeout", type=int, default=3600, help="seconds allowed for the cold first load")
    parser.add_argument("--pages", help="comma-separated url paths to measure (default: every page in app.py)")
    parser.add_argument("--browser", choices=("new", "returning"), default="new",
                        help="new: every load in a fresh browser context (first visit: plotly.js fetched and compiled "
                             "again); returning: one context for the run, each load a new tab (HTTP and code caches warm)")
    args = parser.parse_args(argv)

    import streamlit
    from playwright.sync_api import sync_playwright

    base = Path(args.corpus_root) if args.corpus_root else Path(tempfile.mkdtemp(prefix="raqib-bench-corpus-"))
    base.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="raqib-bench-dash-"))
    empty = empty_app(work)
    pages = page_paths()
    if args.pages:
        wanted = args.pages.split(",")
        pages = [p for p in pages if p[0] in wanted]
    print(f"Streamlit {streamlit.__version__}, Chromium {CHROMIUM}, pages from app.py: {[p for p, _ in pages]}")
    print(f"times: ms from navigation (or from the filter click) to script state notRunning, every element shown "
          f"and every chart drawn, quiet period {args.quiet} ms not counted; median of {args.repeat} new sessions; "
          f"browser: {args.browser}\n", flush=True)
    timeout = 300_000
    # A click that starts no rerun (a flaky pick in the option list) is reported as n/a after a minute,
    # not after five: a redraw takes seconds at most.
    redraw_timeout = 60_000
    results, firsts = [], []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        shared = new_context(browser) if args.browser == "returning" else None
        for spec in [s.strip() for s in args.sizes.split(",") if s.strip()]:
            root = corpus_dir(spec, base, args.seed)
            cache = tempfile.mkdtemp(prefix="raqib-bench-cache-", dir=work)
            # The empty page's server runs through the whole corpus: its loads are paired with each
            # page's (below), so the reference meets the machine as the page does, not minutes earlier.
            ref = Server(empty, {}, work / f"empty-{spec}.log")
            try:
                load(browser, ref.url, args.quiet, timeout, shared)[1].close()  # first hit warms the server's imports
                before_ms = [load_ms(browser, ref.url, args.quiet, timeout, shared) for _ in range(args.repeat)]
                print(f"[{spec}] empty Streamlit page, before the corpus: {fmt(median(before_ms))}  "
                      f"(runs: {', '.join(f'{x:.0f}' for x in before_ms)} ms)", flush=True)
                # Pre-extraction: the CLI fills the per-article cache the dashboard will read (cold, both cores).
                t = time.perf_counter()
                subprocess.run([sys.executable, "-m", "core", "extract", str(root), "--out", str(work / f"out-{spec}")],
                               cwd=REPO, env={**os.environ, "RAQIB_CACHE_DIR": cache, "RAQIB_CACHE": "1"}, check=True,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                pre = time.perf_counter() - t
                print(f"[{spec}] pre-extraction (CLI, cold, fills the cache): {pre:.1f}s", flush=True)
                srv = Server(SERVER, {"RAQIB_CORPUS": str(root), "RAQIB_CACHE_DIR": cache}, work / f"app-{spec}.log")
                paired_all: list[float] = []
                measured: list[tuple[str, float, float | None]] = []  # (page, load median, redraw median)
                try:
                    t = time.perf_counter()
                    first_ms, ctx, _ = load(browser, f"{srv.url}/{pages[0][0]}", args.quiet, args.first_load_timeout * 1000, shared)
                    ctx.close()
                    print(f"[{spec}] first load of /{pages[0][0]} (new server: articles from the warm cache, claims paired, "
                          f"tables built, then drawn): {fmt(first_ms)} (wall {time.perf_counter() - t:.1f}s)", flush=True)
                    firsts.append((spec, pre, first_ms))
                    for url, _title in pages:
                        runs, paired, redraws = [], [], []
                        for i in range(args.repeat):
                            if i % 2 == 0:  # the empty page first one round, second the next
                                paired.append(load_ms(browser, ref.url, args.quiet, timeout, shared))
                            ms, ctx, page = load(browser, f"{srv.url}/{url}", args.quiet, timeout, shared)
                            runs.append(ms)
                            if i == 0:
                                redraws.append(filter_change(page, args.quiet, redraw_timeout))
                                redraws.append(filter_change(page, args.quiet, redraw_timeout, clear=True))
                            ctx.close()
                            if i % 2 == 1:
                                paired.append(load_ms(browser, ref.url, args.quiet, timeout, shared))
                        m, r = median(runs), median(redraws)
                        paired_all += paired
                        measured.append((url, m, r))
                        print(f"[{spec}] /{url:<10} warm load {fmt(m)}   filter redraw {fmt(r)}   (loads "
                              f"{', '.join(f'{x:.0f}' for x in runs)} ms; empty page beside them "
                              f"{', '.join(f'{x:.0f}' for x in paired)} ms, median {fmt(median(paired)).strip()}; redraws "
                              f"{', '.join('n/a' if x is None else f'{x:.0f}' for x in redraws)} ms)", flush=True)
                finally:
                    srv.stop()
                # The reference: every empty load made beside the pages (a median of 5 alone swings ±0.2 s).
                e = median(paired_all) if paired_all else median(before_ms)
                print(f"[{spec}] empty Streamlit page beside the pages: {fmt(e)} (median of {len(paired_all)} loads)", flush=True)
                for url, m, r in measured:
                    results.append((spec, url, m, m / e if e else None, r, r / e if (r and e) else None, None))
                results.append((spec, "(empty)", e, 1.0, None, None, None))
            finally:
                ref.stop()
        browser.close()

    print("\nsummary (page load: new session, tables already in Streamlit's cache; redraw: after a filter click)")
    print(f"  {'corpus':>7}  {'page':<10}  {'load':>9}  {'x empty':>7}  {'redraw':>8}  {'x empty':>7}")
    def times(x) -> str:
        return f"{x:6.2f}x" if x is not None and x == x else "    n/a"  # x == x: not NaN

    for spec, url, m, ratio, r, rr, _ in results:
        print(f"  {spec:>7}  {url or '(default)':<10}  {fmt(m):>9}  {times(ratio)}  {fmt(r):>8}  {times(rr)}")
    for spec, pre, first in firsts:
        print(f"  {spec:>7}  extraction before the first load: pre-extraction {pre:.1f}s (cold, CLI); first page load "
              f"on a new server {fmt(first).strip()} (warm per-article cache + claims + tables + drawing)")


if __name__ == "__main__":
    main()

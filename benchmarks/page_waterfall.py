"""Where one page's load time goes: the milestones of a few new-session loads, in ms from navigation.

    .venv/bin/python benchmarks/page_waterfall.py CORPUS_DIR CACHE_DIR [--page network] [--loads 3] [--full] [--app PATH]

Starts the dashboard on a corpus (CACHE_DIR holding its extraction, as for
`dashboard_interleaved.py`), warms the page once, then loads it `--loads` times, each in a new
browser context (a first visit), and prints per load:

- code: the frontend's own files loaded (the last of them to arrive before the first health check);
- probe: a page whose HTML does not say where the server is (`--app dashboard/app.py`) first asks
  `<page>/_stcore/health`; the 404 costs a 100 ms retry (`dashboard/page_serving.py`);
- connected / script: the health check that succeeded, and script state `running` → `notRunning`;
- widget code: the files Streamlit loads when an element kind first appears (first request → last
  byte), which React waits for before it shows any of them (the chart's frame included);
- frame / plotly.js: the chart component's frame starts loading; its plotly.js requested → received;
- drawn / rendered: the chart drawn, and the page's last change (what `dashboard.py` reports).

`--full` also prints every resource (main page and chart frame) and websocket frame. This script
prints figures and asserts nothing; `dashboard.py` and `dashboard_interleaved.py` give the ratios.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # run as a script, only benchmarks/ is on the path
    sys.path.insert(0, str(REPO))

from benchmarks import dashboard as bench  # noqa: E402

RESOURCES = "performance.getEntriesByType('resource').map(e => [e.startTime, e.responseEnd, e.name, e.transferSize])"


def frame_resources(page) -> list[tuple[float, float, str, int]]:
    """Resources of the page and of its same-origin frames, on the page's clock."""
    origin = page.evaluate("performance.timeOrigin")
    rows = [tuple(r) for r in page.evaluate(RESOURCES)]
    for frame in page.frames[1:]:
        try:
            shift = frame.evaluate("performance.timeOrigin") - origin
            rows += [(s + shift, e + shift, name, size) for s, e, name, size in frame.evaluate(RESOURCES)]
            rows.append((shift, shift, "(frame) " + frame.url.split("?")[0], 0))
        except Exception:  # noqa: BLE001 — a frame that went away while being read
            continue
    return sorted(rows)


def milestones(rows, states: list, drawn: float, rendered: float) -> list[tuple[str, str]]:
    """The named phases of one load, from its resources and script states."""
    def first(pred):
        return next((r for r in rows if pred(r)), None)

    running = next((t for t, s in states if s == "running"), None)
    not_running = next((t for t, s in states if s == "notRunning" and running is not None and t >= running), None)
    health = [r for r in rows if r[2].endswith("/_stcore/health")]
    code = [r for r in rows if "/static/" in r[2] and (not health or r[0] < health[0][0])]
    widgets = [r for r in rows if "/static/js/" in r[2] and running is not None and r[0] >= running]
    frame = first(lambda r: r[2].startswith("(frame)"))
    plotly = first(lambda r: "plotly" in r[2] and r[2].endswith(".js"))
    out = [("code", f"{max(r[1] for r in code):.0f}" if code else "n/a")]
    if len(health) > 1:
        out.append(("probe", f"{health[0][0]:.0f} 404 → retry {health[1][0]:.0f}"))
    out.append(("connected", f"{health[-1][1]:.0f}" if health else "n/a"))
    out.append(("script", f"{running or 0:.0f} → {not_running or 0:.0f}"))
    if widgets:
        out.append(("widget code", f"{widgets[0][0]:.0f} → {max(r[1] for r in widgets):.0f} ({len(widgets)} files)"))
    if frame:
        out.append(("frame", f"{frame[0]:.0f}"))
    if plotly:
        out.append(("plotly.js", f"{plotly[0]:.0f} → {plotly[1]:.0f} ({plotly[3] // 1024} KiB sent)"))
    out += [("drawn", f"{drawn:.0f}"), ("rendered", f"{rendered:.0f}")]
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus")
    parser.add_argument("cache")
    parser.add_argument("--page", default="network", help="url path; '' is the timeline")
    parser.add_argument("--loads", type=int, default=3)
    parser.add_argument("--full", action="store_true", help="also every resource and websocket frame")
    parser.add_argument("--app", default=str(bench.SERVER), help="the entry script (another checkout's, to compare)")
    args = parser.parse_args(argv)
    from playwright.sync_api import sync_playwright

    work = Path(tempfile.mkdtemp(prefix="raqib-bench-waterfall-"))
    app = bench.Server(Path(args.app), {"RAQIB_CORPUS": args.corpus, "RAQIB_CACHE_DIR": args.cache}, work / "app.log")
    url = f"{app.url}/{args.page}"
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=bench.CHROMIUM, args=bench.CHROMIUM_ARGS)
            bench.load(browser, url, 500, 3_600_000)[1].close()  # the first load fills the server's caches
            for i in range(args.loads):
                ctx = bench.new_context(browser)
                page = ctx.new_page()
                frames: list[tuple[float, str, int]] = []
                page.on("websocket", lambda ws, frames=frames: ws.on(
                    "framereceived", lambda p: frames.append((time.time() * 1000, "received", len(p)))))
                page.goto(url, wait_until="commit")
                page.wait_for_function(bench.DONE, arg=[500, 0], timeout=120_000, polling=50)
                rec = page.evaluate("window.__raqib")
                origin = page.evaluate("performance.timeOrigin")
                rows = frame_resources(page)
                print(f"load {i + 1} of /{args.page}: " + "; ".join(
                    f"{k} {v}" for k, v in milestones(rows, rec["states"], rec["lastPlot"], rec["lastChange"])), flush=True)
                if args.full:
                    lines = [(s, f"{s:7.0f}–{e:7.0f} {size:9d} B  {name.replace(app.url, '')}") for s, e, name, size in rows]
                    lines += [(t - origin, f"{t - origin:7.0f} websocket {kind} {n} B") for t, kind, n in frames]
                    lines += [(t, f"{t:7.0f} script state {s}") for t, s in rec["states"]]
                    for _, line in sorted(lines):
                        print("   ", line)
                ctx.close()
            browser.close()
    finally:
        app.stop()


if __name__ == "__main__":
    main()

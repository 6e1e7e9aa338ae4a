"""Extraction throughput and peak memory, next to a floor measured in the same run on the same texts.

    python benchmarks/extract.py [--sizes 100,1000,10000] [--workers 1,2] [--corpus-root DIR]
                                 [--seed 0] [--no-warm] [--serial-max 1000] [--profile N]

For each corpus size (made by benchmarks/make_corpus.py into a temporary folder, or into
`--corpus-root/nN` and reused there when it already holds N articles):

- FLOOR: read every file, normalise it with camel-tools (dediac_ar, normalize_alef_ar,
  normalize_alef_maksura_ar, normalize_teh_marbuta_ar) and tokenise it with
  camel_tools.tokenizers.word.simple_word_tokenize — one process;
- PIPELINE: `core.pipeline.extract_corpus(root, workers=W, use_cache=False)` for each W (1 and 2
  processes), COLD: the per-article cache is off (`use_cache=False`, `RAQIB_CACHE=0`) and
  `RAQIB_CACHE_DIR` points at a fresh empty folder in case anything reads it. workers=1 is skipped
  above --serial-max articles (default 1,000: at 10,000 it alone takes ~10 minutes). Below
  `core.pipeline.PARALLEL_FROM` articles the pipeline runs serially whatever W says (printed);
- WARM (unless --no-warm): the same call with the cache on and the largest W, run twice against
  one fresh empty cache folder; the first run (cold, also writing the cache) and the second (warm:
  every article read back from the cache, then claims paired and tables built) are both printed.

Every measurement runs in its own fresh Python process (`--child`), so imports, caches and memory
never carry over. Times exclude interpreter start-up and imports (import time is printed apart).
Peak memory is `resource.getrusage(...).ru_maxrss` of that child process (RUSAGE_SELF: the main
process) and, with workers > 1, RUSAGE_CHILDREN (the largest pool worker) — peak resident set
size, not tracemalloc. The ratio printed is pipeline time / floor time on the same files.

--profile N runs cProfile on N articles with workers=1 (cold) and prints the top functions by own
time and by cumulative time, each with its share of the total.

This script prints figures; it asserts nothing about them.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.make_corpus import make_corpus  # noqa: E402


def corpus_for(n: int, base: Path, seed: int) -> Path:
    """The folder with `n` generated articles under `base` (made unless already there)."""
    folder = base / f"n{n}_seed{seed}"
    manifest = folder / "manifest.csv"
    if manifest.exists() and sum(1 for _ in folder.glob("*.txt")) == n:
        return folder
    t = time.perf_counter()
    make_corpus(n, folder, seed)
    print(f"  generated {n} articles in {time.perf_counter() - t:.1f}s -> {folder}", flush=True)
    return folder


def _maxrss_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux: KiB


def _cpu() -> float:
    """CPU seconds (user + system) of this process and its finished children (pool workers)."""
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


# ---------------------------------------------------------------- child measurements


def child_floor(root: Path) -> dict:
    t0 = time.perf_counter()
    from camel_tools.tokenizers.word import simple_word_tokenize
    from camel_tools.utils.dediac import dediac_ar
    from camel_tools.utils.normalize import normalize_alef_ar, normalize_alef_maksura_ar, normalize_teh_marbuta_ar
    imports = time.perf_counter() - t0
    t, cpu = time.perf_counter(), _cpu()
    files = sorted(root.rglob("*.txt"))
    tokens = chars = 0
    for path in files:
        text = path.read_text(encoding="utf-8")
        norm = normalize_teh_marbuta_ar(normalize_alef_maksura_ar(normalize_alef_ar(dediac_ar(text))))
        tokens += len(simple_word_tokenize(norm))
        chars += len(text)
    seconds = time.perf_counter() - t
    return {"seconds": seconds, "cpu": _cpu() - cpu, "imports": imports, "articles": len(files), "tokens": tokens,
            "chars": chars,
            "maxrss_mb": _maxrss_mb(resource.RUSAGE_SELF)}


def child_pipeline(root: Path, workers: int, warm: bool) -> dict:
    cache_dir = tempfile.mkdtemp(prefix="raqib-bench-cache-")
    os.environ["RAQIB_CACHE_DIR"] = cache_dir
    os.environ["RAQIB_CACHE"] = "1" if warm else "0"
    t0 = time.perf_counter()
    from core import pipeline
    imports = time.perf_counter() - t0

    phases: dict[str, float] = {}

    def timed(name, fn):
        def wrapper(*args, **kwargs):
            t = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                phases[name] = phases.get(name, 0.0) + time.perf_counter() - t
        return wrapper

    # Phase timings without touching core/: wrap the module-level steps extract_corpus calls.
    for name in ("load_corpus", "_extract_all", "build_tables"):
        if hasattr(pipeline, name):
            setattr(pipeline, name, timed(name, getattr(pipeline, name)))

    def run():
        try:
            return pipeline.extract_corpus(root, workers=workers, use_cache=warm)
        except TypeError:  # a core without the use_cache switch: RAQIB_CACHE=0 keeps it cold
            return pipeline.extract_corpus(root, workers=workers)

    first = None
    if warm:
        t = time.perf_counter()
        run()
        first = time.perf_counter() - t
        phases.clear()
    t, cpu = time.perf_counter(), _cpu()
    tables = run()
    seconds = time.perf_counter() - t
    cpu = _cpu() - cpu
    shutil.rmtree(cache_dir, ignore_errors=True)
    return {
        "seconds": seconds, "cpu": cpu, "imports": imports, "first_seconds": first, "phases": phases,
        "articles": len(tables.articles), "events": len(tables.events), "mentions": len(tables.mentions),
        "problems": len(tables.problems),
        "maxrss_mb": _maxrss_mb(resource.RUSAGE_SELF), "children_maxrss_mb": _maxrss_mb(resource.RUSAGE_CHILDREN),
    }


def run_child(*args: str) -> dict:
    """Run one measurement in a fresh interpreter and return its JSON result."""
    proc = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--child", *args],
                          cwd=REPO, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr)
        raise SystemExit(f"measurement {args} failed (exit {proc.returncode})")
    return json.loads(proc.stdout.strip().splitlines()[-1])


# ---------------------------------------------------------------- profile


def profile(n: int, base: Path, seed: int, top: int = 25) -> None:
    import cProfile
    import pstats

    root = corpus_for(n, base, seed)
    os.environ["RAQIB_CACHE"] = "0"
    os.environ["RAQIB_CACHE_DIR"] = tempfile.mkdtemp(prefix="raqib-bench-cache-")
    from core.pipeline import extract_corpus

    prof = cProfile.Profile()
    t = time.perf_counter()
    prof.enable()
    try:
        extract_corpus(root, workers=1, use_cache=False)
    except TypeError:
        extract_corpus(root, workers=1)
    prof.disable()
    wall = time.perf_counter() - t
    stats = pstats.Stats(prof)
    total = stats.total_tt
    print(f"\ncProfile, {n} articles, workers=1, cold: {wall:.1f}s wall under the profiler "
          f"(profiled total {total:.1f}s)")
    rows = [(key, v) for key, v in stats.stats.items()]

    def name(key):
        file, line, fn = key
        file = file.replace(str(REPO) + "/", "")
        if "site-packages/" in file:
            file = file.split("site-packages/")[1]
        return f"{file}:{line}({fn})"

    print(f"\n top {top} by own time (tottime)            share   tottime  calls")
    for key, (_cc, nc, tt, _ct, _) in sorted(rows, key=lambda r: -r[1][2])[:top]:
        print(f"  {100 * tt / total:5.1f}%  {tt:7.2f}s  {nc:>9}  {name(key)}")
    print(f"\n top {top} project functions by cumulative time   share   cumtime  calls")
    ours = [r for r in rows if r[0][0].startswith(str(REPO)) and "benchmarks" not in r[0][0]]
    for key, (_cc, nc, _tt, ct, _) in sorted(ours, key=lambda r: -r[1][3])[:top]:
        print(f"  {100 * ct / total:5.1f}%  {ct:7.2f}s  {nc:>9}  {name(key)}")


# ---------------------------------------------------------------- main


def machine() -> str:
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = "?"
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f"{kb / 1024 / 1024:.1f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    return f"{os.cpu_count()} CPUs ({cpu}), {mem} RAM, Python {sys.version.split()[0]}"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000,10000", help="comma-separated corpus sizes")
    parser.add_argument("--workers", default="1,2", help="comma-separated process counts for the pipeline")
    parser.add_argument("--corpus-root", help="where generated corpora live (kept and reused); default a temp dir")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--no-warm", dest="warm", action="store_false",
                        help="skip the warm-cache run (largest worker count: fill an empty cache, then time a rerun)")
    parser.add_argument("--serial-max", type=int, default=1000,
                        help="run workers=1 only up to this many articles (it takes ~10 min at 10,000); 0 = always")
    parser.add_argument("--profile", type=int, metavar="N", help="only profile N articles with cProfile")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.child:
        kind, root = args.child[0], Path(args.child[1])
        if kind == "floor":
            result = child_floor(root)
        else:
            result = child_pipeline(root, int(args.child[2]), warm=kind == "warm")
        print(json.dumps(result))
        return

    base = Path(args.corpus_root) if args.corpus_root else Path(tempfile.mkdtemp(prefix="raqib-bench-corpus-"))
    base.mkdir(parents=True, exist_ok=True)
    if args.profile:
        profile(args.profile, base, args.seed)
        return

    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    workers = [int(w) for w in args.workers.split(",") if w.strip()]
    print(f"machine: {machine()}")
    print("timings exclude interpreter start-up and imports; memory = ru_maxrss of the measuring child process "
          "(main) and of its largest pool worker (workers), peak RSS in MiB\n", flush=True)
    results, warm_results = [], []

    def ph_of(r):
        return "  ".join(f"{k.strip('_')} {v:.2f}s" for k, v in r["phases"].items())

    for n in sizes:
        root = corpus_for(n, base, args.seed)
        floor = run_child("floor", str(root))
        print(f"  n={n:>6}  floor           {floor['seconds']:8.2f}s  {n / floor['seconds']:9.0f} art/s  "
              f"maxrss {floor['maxrss_mb']:6.0f} MiB  ({floor['tokens']} tokens)", flush=True)
        for w in workers:
            if w == 1 and len(workers) > 1 and args.serial_max and n > args.serial_max:
                print(f"  n={n:>6}  pipeline w=1    skipped above --serial-max {args.serial_max}", flush=True)
                continue
            r = run_child("cold", str(root), str(w))
            ph = "  ".join(f"{k.strip('_')} {v:.2f}s" for k, v in r["phases"].items())
            serial = " (serial: below PARALLEL_FROM)" if w > 1 and r["children_maxrss_mb"] == 0 else ""
            print(f"  n={n:>6}  pipeline w={w}    {r['seconds']:8.2f}s  {n / r['seconds']:9.1f} art/s  "
                  f"maxrss main {r['maxrss_mb']:6.0f} MiB  worker {r['children_maxrss_mb']:6.0f} MiB  "
                  f"ratio {r['seconds'] / floor['seconds']:6.1f}x  cpu ratio {r['cpu'] / floor['cpu']:5.1f}x{serial}  [{ph}]  "
                  f"({r['events']} events, {r['mentions']} mentions, {r['problems']} problems; imports {r['imports']:.1f}s)",
                  flush=True)
            results.append((n, w, r, floor))
        if args.warm:
            w = max(workers)
            r = run_child("warm", str(root), str(w))
            print(f"  n={n:>6}  warm cache w={w}  {r['seconds']:8.2f}s  {n / r['seconds']:9.1f} art/s  "
                  f"ratio {r['seconds'] / floor['seconds']:6.1f}x  (the run filling an empty cache first: "
                  f"{r['first_seconds']:.2f}s, {n / r['first_seconds']:.1f} art/s)  [{ph_of(r)}]",
                  flush=True)
            warm_results.append((n, w, r, floor))

    print("\nsummary (cold = cache off; warm = every article read from the per-article cache)")
    print(f"  {'articles':>8}  {'run':>9}  {'pipeline s':>10}  {'art/s':>8}  {'ms/art':>7}  {'floor s':>8}  "
          f"{'floor a/s':>9}  {'ratio':>6}  {'cpu ratio':>9}  {'peak MiB main/worker':>20}")
    for kind, rows in (("cold", results), ("warm", warm_results)):
        for n, w, r, floor in rows:
            print(f"  {n:>8}  {kind + ' w=' + str(w):>9}  {r['seconds']:>10.2f}  {n / r['seconds']:>8.1f}  "
                  f"{1000 * r['seconds'] / n:>7.2f}  {floor['seconds']:>8.3f}  {n / floor['seconds']:>9.0f}  "
                  f"{r['seconds'] / floor['seconds']:>5.1f}x  {r['cpu'] / floor['cpu']:>8.1f}x  "
                  f"{r['maxrss_mb']:>9.0f}/{r['children_maxrss_mb']:<9.0f}")
    print("  ratio = pipeline wall time / floor wall time (the floor runs in one process); cpu ratio = CPU seconds "
          "of all processes / floor CPU seconds")
    by = {(n, w): r for n, w, r, _ in results}
    if len(workers) > 1:
        print("\nscaling")
        for n in sizes:
            a, b = by.get((n, min(workers))), by.get((n, max(workers)))
            if a and b:
                print(f"  n={n:>6}: {max(workers)} workers are {a['seconds'] / b['seconds']:.2f}x as fast as {min(workers)}")
    small = min(sizes)
    for w in workers:
        s = by.get((small, w))
        if s:
            line = ", ".join(f"n={n}: {1000 * by[(n, w)]['seconds'] / n:.2f} ms/art" for n in sizes if (n, w) in by)
            print(f"  workers={w}: {line}")


if __name__ == "__main__":
    main()

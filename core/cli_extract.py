"""The `extract` and `summary` subcommands: a corpus folder in, tables or counts out."""
from __future__ import annotations

import argparse
import sys
import time

from core.pipeline import extract_corpus


def cmd_extract(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    tables = extract_corpus(args.corpus, workers=args.workers, use_cache=not args.no_cache)
    formats = ("csv", "parquet") if args.parquet else ("csv",)
    paths = tables.write(args.out, formats)
    for p in tables.problems.itertuples():
        print(f"{p.severity}: {p.file}: {p.problem}", file=sys.stderr)
    print(f"{len(tables.articles)} articles, {len(tables.events)} events, "
          f"{(tables.events.event_type == 'accuse').sum()} accusations, "
          f"{(tables.events.event_type == 'deny').sum()} denials -> {len(paths)} files in {args.out} "
          f"({time.perf_counter() - started:.1f}s)")
    return 0


def cmd_summary(args: argparse.Namespace) -> int:
    t = extract_corpus(args.corpus, workers=args.workers)
    ev = t.events
    print(f"{len(t.articles)} articles, {len(t.actors)} actors, {len(t.mentions)} mentions, {len(ev)} events, "
          f"{len(t.problems)} problems")
    if ev.empty:
        return 0
    print("\nevents by type:")
    print(ev.event_type.value_counts().to_string())
    claims = ev[ev.event_type.isin(["accuse", "deny"])]
    if not claims.empty:
        print("\naccusations and denials by source -> target country:")
        table = claims.fillna({"source_country": "?", "target_country": "?"}) \
            .groupby(["event_type", "source_country", "target_country"]).size().rename("events")
        print(table.to_string())
    acc = t.accusations
    print(f"\n{len(acc)} accusations in {acc.story_id.nunique()} stories, {acc.denial_id.notna().sum()} answered by a denial")
    return 0


def register(subparsers) -> None:
    """Add the `extract` and `summary` subcommands."""
    ex = subparsers.add_parser("extract", help="extract a corpus folder into the CSV tables of the contract")
    ex.add_argument("corpus", metavar="CORPUS_DIR")
    ex.add_argument("--out", required=True, metavar="OUT_DIR")
    ex.add_argument("--parquet", action="store_true", help="write Parquet files as well as CSV")
    ex.add_argument("--workers", type=int, default=None, help="processes to use (default: one per core)")
    ex.add_argument("--no-cache", action="store_true",
                    help="extract every article again (default: unchanged articles come from RAQIB_CACHE_DIR)")
    ex.set_defaults(func=cmd_extract)
    su = subparsers.add_parser("summary", help="print counts per country and event type")
    su.add_argument("corpus", metavar="CORPUS_DIR")
    su.add_argument("--workers", type=int, default=None)
    su.set_defaults(func=cmd_summary)

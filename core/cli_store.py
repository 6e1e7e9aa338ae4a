"""`check` and `add`: the corpus commands of `python -m core`.

    python -m core check CORPUS_DIR                 # every problem; exit 1 when any is an error
    python -m core add CORPUS_DIR FILE... [--outlet O --published YYYY-MM-DD --url U --title T]
    python -m core add CORPUS_DIR --jsonl FILE.jsonl

`register(subparsers)` adds both; each sets `func(args) -> int` (the exit code) as its default.
"""
from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict

from core.corpus import load_corpus
from core.model import Problem

__all__ = ["cmd_add", "cmd_check", "main", "register"]


def _line(p: Problem) -> str:
    return f"{p.severity}: {p.file}: {p.problem}"


def cmd_check(args: argparse.Namespace) -> int:
    """Print every problem of the corpus (changing nothing); 1 when any is an error, else 0."""
    corpus = load_corpus(args.corpus, max_bytes=getattr(args, "max_bytes", None))
    problems = corpus.problems
    errors = [p for p in problems if p.severity == "error"]
    if getattr(args, "json", False):
        print(json.dumps({"articles": len(corpus.articles), "problems": [asdict(p) for p in problems]}, ensure_ascii=False, indent=2))
    else:
        for p in problems:
            print(_line(p))
        verdict = "clean" if not problems else f"{len(errors)} error(s), {len(problems) - len(errors)} warning(s)"
        print(f"{args.corpus}: {len(corpus.articles)} article(s) loaded; {verdict}")
    failing = problems if getattr(args, "strict", False) else errors
    return 1 if failing else 0


def cmd_add(args: argparse.Namespace) -> int:
    """Add files (or a JSON Lines file) to the corpus; print what was stored or why not; 1 if anything was refused."""
    from core.store import (  # the store imports fcntl: keep `check` free of it
        add_file,
        add_jsonl,
    )

    if not args.files and not args.jsonl:
        print("error: nothing to add: give one or more FILEs or --jsonl FILE.jsonl", file=sys.stderr)
        return 2
    meta = {"outlet": args.outlet, "published": args.published, "url": args.url, "title": args.title}
    results = []
    for path in args.files:
        results.append(add_file(args.corpus, path, **meta))
    for path in args.jsonl or []:
        results.extend(add_jsonl(args.corpus, path))
    stored = 0
    for r in results:
        for p in r.problems:
            print(_line(p))
        if r.article is not None:
            stored += 1
            when = r.article.published.isoformat() if r.article.published else "no date"
            print(f"stored: {r.source} -> {r.stored_as} ({when})")
    print(f"{stored} of {len(results)} article(s) stored in {args.corpus}")
    return 0 if stored == len(results) else 1


def register(subparsers) -> None:
    """Add the `check` and `add` subcommands to an argparse subparsers object."""
    check = subparsers.add_parser("check", help="report every problem in a corpus folder without changing it")
    check.add_argument("corpus", metavar="CORPUS_DIR")
    check.add_argument("--strict", action="store_true", help="exit 1 on warnings too")
    check.add_argument("--json", action="store_true", help="print the problems as JSON")
    check.add_argument("--max-bytes", type=int, default=None, help="size limit per file (default: core/data/limits.json)")
    check.set_defaults(func=cmd_check)

    add = subparsers.add_parser("add", help="add .txt/.html/.json article files or a JSON Lines file to a corpus")
    add.add_argument("corpus", metavar="CORPUS_DIR")
    add.add_argument("files", metavar="FILE", nargs="*", help=".txt, .html or .json article files")
    add.add_argument("--jsonl", metavar="FILE.jsonl", action="append", help="one article object per line: text, outlet, published, url, title")
    add.add_argument("--outlet")
    add.add_argument("--published", metavar="YYYY-MM-DD")
    add.add_argument("--url")
    add.add_argument("--title")
    add.set_defaults(func=cmd_add)


def main(argv: list[str] | None = None) -> int:
    """Run `check`/`add` on their own (the same as through `python -m core`)."""
    parser = argparse.ArgumentParser(prog="python -m core.cli_store")
    register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())

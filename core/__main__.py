"""`python -m core COMMAND …`: extract, summary, check, add."""
from __future__ import annotations

import argparse
import sys

from core import cli_extract, cli_store


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m core", description="Raqib: Arabic election-interference news -> tables")
    sub = parser.add_subparsers(dest="command", required=True)
    cli_extract.register(sub)
    cli_store.register(sub)
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())

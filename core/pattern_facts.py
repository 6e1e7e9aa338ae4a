"""What any match of a regular expression must hold or start with, read from the pattern itself.

The cue scan (core.events) uses these facts to skip work safely: a text without any of a cue's
required runs cannot match it, and a position whose character no cue may start with is never
tried. Both answers err only on the side of trying more, never less.
"""
from __future__ import annotations

from re import _constants as C  # the stdlib's own regex parser and opcodes (Python 3.11+)
from re import _parser as sre_parse

_SMALL_RANGE = 256  # a character range wider than this is "any character" (not worth listing)


def required_literals(pattern: str) -> tuple[str, ...] | None:
    """Runs of plain characters one of which every match of `pattern` must contain, if any.

    Taken from the pattern's top level and its plain groups (never from optional parts); an
    alternation counts when each of its branches has such runs ("(?:هراء|افتراء)" -> both). So
    the answer is always safe: when none of the runs is in a text, the pattern cannot match there.
    The most selective choice is kept (the one whose shortest run is longest).
    """

    def better(a, b):
        if not a:
            return b
        if not b:
            return a
        return max(a, b, key=lambda runs: min(map(len, runs)))

    def of(parsed) -> tuple[str, ...] | None:
        best, run = None, ""
        for op, arg in parsed:
            if op is sre_parse.LITERAL:
                run += chr(arg)
                continue
            best, run = better(best, (run,) if len(run) >= 2 else None), ""
            if op is sre_parse.SUBPATTERN:  # a plain group: its own top level is required too
                best = better(best, of(arg[-1]))
            elif op is sre_parse.BRANCH:
                branches = [of(alt) for alt in arg[1]]
                if all(branches):
                    best = better(best, tuple(dict.fromkeys(r for b in branches for r in b)))
        return better(best, (run,) if len(run) >= 2 else None)

    return of(sre_parse.parse(pattern))


def required_literal(pattern: str) -> str | None:
    """The one run of plain characters every match of `pattern` must contain, if there is one."""
    runs = required_literals(pattern)
    return runs[0] if runs and len(runs) == 1 else None


def first_chars(pattern: str) -> frozenset[str] | None:
    """The characters a non-empty match of `pattern` may start with, or None when any may.

    Look-arounds and anchors are passed over (they consume nothing), optional parts add their
    first characters to those of what follows. None also when the pattern can match the empty
    string, or uses a construct not worth reasoning about (a class such as \\w, a negated set).
    """
    parsed = sre_parse.parse(pattern)
    if parsed.state.flags & C.SRE_FLAG_IGNORECASE:
        return None  # the listed characters would miss their other case
    chars, nullable = _firsts(parsed)
    return None if chars is None or nullable else frozenset(chars)


def _firsts(items) -> tuple[set[str] | None, bool]:
    """(first characters or None for any, whether the sequence can match empty)."""
    acc: set[str] = set()
    for op, arg in items:
        if op in (C.ASSERT, C.ASSERT_NOT, C.AT):
            continue
        if op is C.LITERAL:
            return acc | {chr(arg)}, False
        if op is C.IN:
            chars = _set_members(arg)
            return (None if chars is None else acc | chars), False
        if op is C.SUBPATTERN:
            if arg[1] & C.SRE_FLAG_IGNORECASE:
                return None, False
            chars, nullable = _firsts(arg[-1])
        elif op is C.BRANCH:
            branches = [_firsts(alt) for alt in arg[1]]
            if any(chars is None for chars, _ in branches):
                return None, False
            chars, nullable = set().union(*(c for c, _ in branches)), any(n for _, n in branches)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            chars, nullable = _firsts(arg[2])
            nullable = nullable or arg[0] == 0
        else:
            return None, False
        if chars is None:
            return None, False
        acc |= chars
        if not nullable:
            return acc, False
    return acc, True


def _set_members(items) -> set[str] | None:
    """The characters of a [...] set made of plain characters and small ranges, else None."""
    out: set[str] = set()
    for op, arg in items:
        if op is C.LITERAL:
            out.add(chr(arg))
        elif op is C.RANGE and arg[1] - arg[0] < _SMALL_RANGE:
            out.update(map(chr, range(arg[0], arg[1] + 1)))
        else:
            return None
    return out

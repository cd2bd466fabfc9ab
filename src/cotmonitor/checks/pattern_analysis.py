r"""What a regular expression promises about its matches, read from its parse tree.

The rule engine runs a rule's regex only in windows around its *anchors*: lower-case literals
at least one of which occurs in every match, with the window reaching ``reach`` characters
past the anchor. A user's rule pack can get either wrong and miss matches silently, and a
user's regex can backtrack catastrophically and stall the monitor's worker. This module reads
the pattern (``re``'s own parser, no matching) to answer three questions:

- ``required_literals``: literals one of which every match contains (derivable anchors);
- ``max_width``: how long a match can be (``None``: without bound);
- ``backtracking_risk``: a nested or ambiguous repetition that can take exponential time
  (``(a+)+``, ``(.*a){12}``, ``(a|aa)+``, ``(\w+\s?)+``), named in words.

All three are conservative: when in doubt they answer "no literal", "unbounded" and "risky".

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Iterable
from typing import Any

if sys.version_info >= (3, 11):
    import re._constants as sre
    import re._parser as sre_parse
else:
    import sre_constants as sre
    import sre_parse

_UNBOUNDED = int(sre.MAXREPEAT)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None))
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
# Characters standing in for "every character" when two parts are compared for overlap.
_SAMPLE = "".join(map(chr, range(1, 128))) + "\u00a0\u00e9\u00df\u00fc\u4e2d\u2019\u0394"
_DIGITS = frozenset(c for c in _SAMPLE if c.isdigit())
_SPACES = frozenset(c for c in _SAMPLE if c.isspace())
_WORD = frozenset(c for c in _SAMPLE if c.isalnum() or c == "_")
_ALL = frozenset(_SAMPLE)
_CATEGORIES = {
    sre.CATEGORY_DIGIT: _DIGITS,
    sre.CATEGORY_NOT_DIGIT: _ALL - _DIGITS,
    sre.CATEGORY_SPACE: _SPACES,
    sre.CATEGORY_NOT_SPACE: _ALL - _SPACES,
    sre.CATEGORY_WORD: _WORD,
    sre.CATEGORY_NOT_WORD: _ALL - _WORD,
}

Literals = frozenset[str]


@functools.lru_cache(maxsize=512)
def _parse(pattern: str) -> Any:
    return sre_parse.parse(pattern)


def max_width(pattern: str) -> int | None:
    """The longest match ``pattern`` can make, in characters; ``None`` when unbounded."""
    _low, high = _parse(pattern).getwidth()
    return None if high >= _UNBOUNDED else int(high)


def window_width(pattern: str) -> int | None:
    r"""The longest span a window must hold for *a* match to be found where one exists.

    A repetition at the very start or end of the pattern can match fewer times (``TICKET-\d+``
    still matches ``TICKET-4`` of a longer number), so it counts with its minimum; one in the
    middle (``foo\s*bar``) counts in full. ``None`` when that span has no bound.
    """
    parsed = _parse(pattern)
    items = list(parsed)
    low = sum(_min_width(op, av) for op, av in items)
    start, end = 0, len(items)
    # A repetition past the first one that cannot vanish is no longer at the edge.
    while start < end and _edge(items[start]):
        start += 1
        if _min_width(*items[start - 1]):
            break
    while end > start and _edge(items[end - 1]):
        end -= 1
        if _min_width(*items[end]):
            break
    middle = sre_parse.SubPattern(parsed.state, items[start:end])
    _mid_low, mid_high = middle.getwidth()
    if mid_high >= _UNBOUNDED:
        return None
    edges = low - _mid_low if start < end else low
    return int(mid_high + edges)


def _edge(item: tuple[Any, Any]) -> bool:
    op, _av = item
    return op in _ZERO_WIDTH or (op in _REPEATS and op is not None)


def _min_width(op: Any, av: Any) -> int:
    low, _high = sre_parse.SubPattern(sre_parse.State(), [(op, av)]).getwidth()
    return int(low)


def required_literals(pattern: str) -> Literals | None:
    """Lower-case literals one of which occurs in every match; ``None`` when none is sure.

    Of the candidate sets the one whose shortest literal is longest is returned.
    """
    return _best(literal_sets(pattern))


def literal_sets(pattern: str) -> list[Literals]:
    """Every set of lower-case literals found such that each match contains one of its members."""
    return _sequence(list(_parse(pattern)))


def covered(anchors: Iterable[str], pattern: str) -> bool:
    """Whether every match of ``pattern`` surely contains one of ``anchors``."""
    chosen = tuple(anchors)
    return any(
        all(any(anchor in literal for anchor in chosen) for literal in candidates)
        for candidates in literal_sets(pattern)
    )


def _best(candidates: Iterable[Literals]) -> Literals | None:
    found = [c for c in candidates if c]
    return max(found, key=lambda c: (min(map(len, c)), -len(c)), default=None)


def _char(op: Any, av: Any) -> str | None:
    """The one lower-case character this item consumes, if it is a single character."""
    if op is sre.LITERAL:
        return chr(av).lower()
    if op is sre.IN and av and all(o is sre.LITERAL for o, _ in av):
        lowered = {chr(v).lower() for _, v in av}
        return lowered.pop() if len(lowered) == 1 else None
    return None


def _sequence(items: list[tuple[Any, Any]]) -> list[Literals]:
    candidates: list[Literals] = []
    run = ""
    for op, av in items:
        char = _char(op, av)
        if char is not None and len(char) == 1:
            run += char
            continue
        if run:
            candidates.append(frozenset({run}))
            run = ""
        if op not in _ZERO_WIDTH:
            candidates += _item(op, av)
    if run:
        candidates.append(frozenset({run}))
    return candidates


def _item(op: Any, av: Any) -> list[Literals]:
    if op is sre.SUBPATTERN:
        return _sequence(list(av[-1]))
    if op is sre.BRANCH:
        branches = [_best(_sequence(list(branch))) for branch in av[1]]
        if any(b is None for b in branches):
            return []
        return [frozenset().union(*(b for b in branches if b is not None))]
    if op in _REPEATS and op is not None and av[0] >= 1:
        return _sequence(list(av[2]))
    return []


def backtracking_risk(pattern: str) -> str | None:
    """Why ``pattern`` can backtrack catastrophically, or ``None`` when no such shape is seen."""
    return _risk(list(_parse(pattern)))


def _risk(items: list[tuple[Any, Any]]) -> str | None:
    for op, av in items:
        found = _risk_of(op, av)
        if found is not None:
            return found
    return None


def _risk_of(op: Any, av: Any) -> str | None:
    if op is sre.SUBPATTERN:
        return _risk(list(av[-1]))
    if op is sre.BRANCH:
        return next((r for b in av[1] if (r := _risk(list(b))) is not None), None)
    if op in (sre.ASSERT, sre.ASSERT_NOT):
        return _risk(list(av[1]))
    if op not in _REPEATS or op is None:
        return None
    high, body = av[1], list(av[2])
    if high > 1:
        found = _repeated_body_risk(body, unbounded=high >= _UNBOUNDED)
        if found is not None:
            return found
    return _risk(body)


def _repeated_body_risk(body: list[tuple[Any, Any]], *, unbounded: bool) -> str | None:
    """A repeated body is risky when it can split the same text in many ways."""
    for index, (op, av) in enumerate(body):
        inner = _unbounded_repeat(op, av)
        if inner is not None:
            rest = [item for i, item in enumerate(body) if i != index]
            if unbounded or not rest or _chars(inner) & _chars(rest):
                return "a repetition inside a repetition (like (a+)+ or (.*a){12})"
        if op is sre.BRANCH and _overlapping(av[1]):
            return "alternatives that can match the same text under a repetition (like (a|aa)+)"
        if op is sre.SUBPATTERN:
            found = _repeated_body_risk(list(av[-1]), unbounded=unbounded)
            if found is not None:
                return found
    return None


def _unbounded_repeat(op: Any, av: Any) -> list[tuple[Any, Any]] | None:
    if op in _REPEATS and op is not None and av[1] >= _UNBOUNDED:
        return list(av[2])
    if op is sre.SUBPATTERN:
        for inner_op, inner_av in av[-1]:
            found = _unbounded_repeat(inner_op, inner_av)
            if found is not None:
                return found
    return None


def _overlapping(branches: list[Any]) -> bool:
    seen: frozenset[str] = frozenset()
    for branch in branches:
        first = _first_chars(list(branch))
        if first & seen:
            return True
        seen |= first
    return False


def _first_chars(items: list[tuple[Any, Any]]) -> frozenset[str]:
    """Characters a match of ``items`` can start with (all of them when it can be empty)."""
    out: frozenset[str] = frozenset()
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        out |= _chars([(op, av)])
        optional = op in _REPEATS and op is not None and av[0] == 0
        if not optional:
            return out
    return _ALL


def _chars(items: list[tuple[Any, Any]]) -> frozenset[str]:
    """Every sample character ``items`` can consume anywhere."""
    out: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            out |= {chr(av), chr(av).lower(), chr(av).upper()}
        elif op is sre.NOT_LITERAL or op is sre.ANY:
            out |= _ALL
        elif op is sre.IN:
            out |= _class(av)
        elif op is sre.SUBPATTERN:
            out |= _chars(list(av[-1]))
        elif op is sre.BRANCH:
            for branch in av[1]:
                out |= _chars(list(branch))
        elif op in _REPEATS and op is not None:
            out |= _chars(list(av[2]))
        elif op not in _ZERO_WIDTH:
            out |= _ALL
    return frozenset(out)


def _class(items: list[tuple[Any, Any]]) -> frozenset[str]:
    out: set[str] = set()
    negate = False
    for op, av in items:
        if op is sre.NEGATE:
            negate = True
        elif op is sre.LITERAL:
            out |= {chr(av), chr(av).lower(), chr(av).upper()}
        elif op is sre.RANGE:
            low, high = av
            out |= {c for c in _SAMPLE if low <= ord(c.lower()) <= high or low <= ord(c) <= high}
        elif op is sre.CATEGORY:
            out |= _CATEGORIES.get(av, _ALL)
        else:
            out |= _ALL
    return _ALL - out if negate else frozenset(out)


def leading_literals(pattern: str, most: int = 128) -> Literals | None:
    """Lower-case literals one of which every match starts with; ``None`` when none is sure.

    Read from the start of the pattern: literals, groups, alternations and optional parts
    (zero-width assertions consume nothing and are stepped over). ``None`` as well when a
    match could start otherwise (a class, a repeat) or there would be more than ``most``.
    """
    found = _leads(list(_parse(pattern)), most)
    if not found:
        return None
    literals = frozenset(prefix for prefix, _whole in found)
    if "" in literals or len(literals) > most:
        return None
    return literals


_Lead = list[tuple[str, bool]]
"""Prefixes a match can start with, each with whether it spells the whole part read."""


def _leads(items: list[tuple[Any, Any]], most: int) -> _Lead | None:
    out: _Lead = [("", True)]
    for op, av in items:
        if not any(whole for _, whole in out):
            break
        if op in _ZERO_WIDTH:
            continue
        alternatives = _lead_of(op, av, most)
        if alternatives is None:
            out = [(prefix, False) for prefix, _ in out]
            break
        out = list(
            dict.fromkeys(
                (prefix + more, whole_more) if whole else (prefix, False)
                for prefix, whole in out
                for more, whole_more in alternatives
            )
        )
        if len(out) > most:
            return None
    return out


_SMALL_CLASS = 8
"""A class of at most this many characters ("[Tt]", "[.:;]") leads with each of them."""


def _lead_of(op: Any, av: Any, most: int) -> _Lead | None:
    char = _char(op, av)
    if char is not None and len(char) == 1:
        return [(char, True)]
    if op is sre.SUBPATTERN:
        return _leads(list(av[-1]), most)
    if op is sre.BRANCH:
        return _branch_leads(av[1], most)
    if op is sre.IN:
        return _class_leads(av)
    if op in _REPEATS and op is not None:
        return _repeat_leads(av, most)
    return None


def _branch_leads(branches: list[Any], most: int) -> _Lead | None:
    found: _Lead = []
    for branch in branches:
        lead = _leads(list(branch), most)
        if lead is None:
            return None
        found += lead
    return found


def _class_leads(av: Any) -> _Lead | None:
    if av and all(o is sre.LITERAL for o, _ in av) and len(av) <= _SMALL_CLASS:
        return [(c, True) for c in sorted({chr(v).lower() for _, v in av})]
    return None


def _repeat_leads(av: Any, most: int) -> _Lead | None:
    low, high, body = av
    lead = _leads(list(body), most)
    if lead is None:
        return None
    if low == 0 and high == 1:
        return [("", True), *lead]
    if low >= 1:
        return [(prefix, False) for prefix, _ in lead]
    return None

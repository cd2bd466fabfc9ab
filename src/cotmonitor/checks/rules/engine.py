"""One multi-pattern pass over a text for every rule family.

Each rule is a small Python regex plus *anchors*: lower-case literals, at least one of which
occurs inside every match. A scan is two steps:

1. find every anchor occurrence in the lower-cased text, in one pass per text with
   hyperscan (the ``fast`` extra) or with ``str.find`` in pure Python;
2. run each rule's regex only on the windows around its anchors' occurrences.

Step 1 yields exactly the same anchor occurrences with either backend, and step 2 is shared
code, so both backends give identical hits by construction (a property test checks it). A
rule without anchors runs its regex over the whole text.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from cotmonitor.checks.rules.casefold import foldable
from cotmonitor.checks.rules.finders import (
    AhoCorasickAnchorFinder,
    AnchorFinder,
    HyperscanAnchorFinder,
    PythonAnchorFinder,
    resolve_backend,
)

Target = Literal["reasoning", "output", "prompt", "tool_calls"]
TARGETS: tuple[Target, ...] = ("reasoning", "output", "prompt", "tool_calls")

_FLAGS = re.IGNORECASE | re.MULTILINE
_WORD_START = re.compile(r"\b(?=\w)")
_log = logging.getLogger("cotmonitor")


@dataclass(frozen=True)
class Rule:
    """One pattern of a rule family.

    Args:
        id: unique name, reported in findings.
        pattern: a Python regex, matched case-insensitively (``re.MULTILINE``).
        anchors: lower-case literals; every match contains one of them. Empty: no prefilter.
        targets: the texts this rule reads.
        reach: how far (characters) a match may extend past the end of its anchor.
        before: how far a match may start before its anchor (``None``: ``reach``). Small
            values keep the windows small: most rules start at or near their anchor. With
            ``0`` every match starts exactly at an anchor occurrence and the regex is tried
            only there (one ``match`` call per occurrence, no scanning).
        requires: groups of lower-case literals; every match holds one literal of each group.
            A window missing a group is skipped without running the regex.
        word_start: every match starts at a word's first character or exactly at an anchor
            occurrence.
    """

    id: str
    pattern: str
    anchors: tuple[str, ...] = ()
    targets: frozenset[Target] = frozenset({"reasoning"})
    reach: int = 160
    before: int | None = None
    requires: tuple[tuple[str, ...], ...] = ()
    word_start: bool = False
    """Every match starts at the start of a word or at an anchor occurrence: only those
    starts are tried (a long ``before`` then costs little)."""
    starts: tuple[str, ...] = ()
    """With ``word_start``: lower-case literals one of which every match starts with (unless
    it starts at an anchor occurrence): only the words that begin so are tried."""

    @property
    def lead(self) -> int:
        """Characters before an anchor occurrence that its window includes."""
        return self.reach if self.before is None else self.before


@dataclass(frozen=True, slots=True)
class Hit:
    """One regex match: the rule, the span and the match object (for named groups)."""

    rule: str
    start: int
    end: int
    match: re.Match[str] = field(compare=False, repr=False)

    def group(self, name: str) -> str | None:
        """A named group of the match, ``None`` when absent or unmatched."""
        try:
            return self.match.group(name)
        except IndexError:
            return None


REMEMBER_LOWERED_FROM = 1024
"""Texts at least this long have their lower-case form remembered (the last few)."""
_REMEMBERED = 4


class _Remembered:
    """The last long texts lowered, newest first; replaced whole, never mutated."""

    pairs: tuple[tuple[str, str], ...] = ()


def lower_same_length(text: str) -> str:
    """``text.lower()``, keeping offsets: characters whose lower form is longer stay as is.

    The checks of one trace lower its reasoning a dozen times over (every scan and most
    checks read it case-blind): a long text's lower-case form is remembered for the next
    asker, found by identity (the same ``str`` object, so never a stale answer).
    """
    if len(text) < REMEMBER_LOWERED_FROM:
        return _lower(text)
    pairs = _Remembered.pairs  # one read: other threads may replace it meanwhile
    for seen, lowered in pairs:
        if seen is text:
            return lowered
    lowered = _lower(text)
    _Remembered.pairs = ((text, lowered), *pairs[: _REMEMBERED - 1])
    return lowered


def _lower(text: str) -> str:
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(low := c.lower()) != 1 else low for c in text)


@dataclass(frozen=True, slots=True)
class _Compiled:
    rule: Rule
    regex: re.Pattern[str]
    begins: re.Pattern[str] | None = None
    """Where a match may start (``Rule.starts``), found in one pass."""
    longest_start: int = 0
    """The length of the longest of ``Rule.starts``."""

    @property
    def starts_near_anchor(self) -> bool:
        """Trying each possible start (one ``match`` call each) beats scanning the window.

        A ``match`` call costs about three regex steps inside a scan: worth it when the
        starts (``lead + 1``) are few next to the window's length.
        """
        if self.rule.word_start:
            return True  # a few word starts, not every position, are tried
        return 3 * (self.rule.lead + 1) < self.rule.lead + self.rule.reach


def _compile(rule: Rule) -> _Compiled:
    return _Compiled(
        rule,
        re.compile(rule.pattern, _FLAGS),
        _begins(rule.starts),
        max(map(len, rule.starts), default=0),
    )


def _begins(starts: tuple[str, ...]) -> re.Pattern[str] | None:
    if not starts:
        return None
    words = "|".join(re.escape(s) for s in sorted(starts, key=len, reverse=True))
    return re.compile(rf"\b(?=(?:{words}))", _FLAGS)


def _holds(
    text: str, subject: str, span: tuple[int, int], requires: tuple[tuple[str, ...], ...]
) -> bool:
    """Whether the lowered window holds a literal of every group.

    ``subject`` is the lowered text, or the text itself when the scan folds: then only the
    window is lowered (the same characters: no literal holds a sigma, the one character
    whose lower form depends on its neighbours).
    """
    start, end = span
    window = lower_same_length(text[start:end]) if subject is text else subject[start:end]
    for group in requires:
        for literal in group:
            if literal in window:
                break
        else:
            return False
    return True


Occurrence = tuple[int, int]
"""Start and end of one anchor occurrence."""


def _matches_at_anchors(
    compiled: _Compiled, found_at: list[Occurrence], text: str, subject: str
) -> list[Hit]:
    """Matches of a rule whose matches start at an anchor: one ``match`` per occurrence.

    Like ``finditer``, an occurrence inside the previous match is skipped.
    """
    found: list[Hit] = []
    last_end = 0
    regex, reach, requires = compiled.regex, compiled.rule.reach, compiled.rule.requires
    for start, anchor_end in sorted(found_at):
        end = min(anchor_end + reach, len(text))
        if start < last_end or (requires and not _holds(text, subject, (start, end), requires)):
            continue
        match = regex.match(text, start, end)
        if match is not None and match.end() > match.start():
            found.append(Hit(compiled.rule.id, match.start(), match.end(), match))
            last_end = match.end()
    return found


def _windows(compiled: _Compiled, found_at: list[Occurrence]) -> list[tuple[int, int, list[int]]]:
    """The merged windows around the occurrences, each with its occurrences' starts."""
    lead, reach = compiled.rule.lead, compiled.rule.reach
    merged: list[tuple[int, int, list[int]]] = []
    for start, anchor_end in sorted(found_at):
        low, high = max(0, start - lead), anchor_end + reach
        if merged and low <= merged[-1][1]:
            previous = merged[-1]
            merged[-1] = (previous[0], max(high, previous[1]), previous[2])
            previous[2].append(start)
        else:
            merged.append((low, high, [start]))
    return merged


def _word_starts(compiled: _Compiled, text: str, low: int, starts: list[int]) -> list[int]:
    """The starts worth a ``match`` in one window of a ``word_start`` rule, in order.

    Matches start at a word (or at the anchor itself) at most ``lead`` before an anchor
    occurrence: the words there (those ``Rule.starts`` allows) and the occurrences.
    ``starts`` is ascending.
    """
    lead = compiled.rule.lead
    first, last = max(low, starts[0] - lead), starts[-1] + 1
    if compiled.begins is not None:
        # Read past ``last`` so that a word starting just before it is still seen whole.
        stop = min(len(text), last + compiled.longest_start)
        words = [m.start() for m in compiled.begins.finditer(text, first, stop)]
    else:
        words = [m.start() for m in _WORD_START.finditer(text, first, last)]
    if len(starts) == 1:
        # One occurrence (the usual window): every word before it is in reach.
        at = starts[0]
        chosen = [w for w in words if w < at]
        chosen.append(at)
        return chosen
    picked = set(starts)
    for at in starts:
        picked.update(words[bisect_left(words, max(low, at - lead)) : bisect_right(words, at)])
    return sorted(picked)


def _matches_in_windows(
    compiled: _Compiled, found_at: list[Occurrence], text: str, subject: str
) -> list[Hit]:
    """Matches in the merged windows: ``finditer``, or ``match`` at each possible start.

    A match holds an anchor occurrence and starts at most ``lead`` characters before it,
    so the possible starts are those ranges; they are tried in order and, like
    ``finditer``, a start inside the previous match is skipped.
    """
    found: list[Hit] = []
    rule_id, regex, lead = compiled.rule.id, compiled.regex, compiled.rule.lead
    requires = compiled.rule.requires
    near = compiled.starts_near_anchor
    for low, high, starts in _windows(compiled, found_at):
        end = min(high, len(text))
        if requires and not _holds(text, subject, (low, end), requires):
            continue
        if not near:
            found.extend(
                Hit(rule_id, m.start(), m.end(), m)
                for m in regex.finditer(text, low, end)
                if m.end() > m.start()
            )
            continue
        last_end = low
        if compiled.rule.word_start:
            tries = _word_starts(compiled, text, low, starts)
        else:
            tries = sorted({s for at in starts for s in range(max(low, at - lead), at + 1)})
        for start in tries:
            if start < last_end:
                continue
            match = regex.match(text, start, end)
            if match is not None and match.end() > match.start():
                found.append(Hit(rule_id, match.start(), match.end(), match))
                last_end = match.end()
    return found


class RuleSet:
    """A compiled set of rules and one scanner per target text.

    Args:
        rules: the rules; ids must be unique.
        backend: ``"auto"`` (hyperscan, else pyahocorasick, when importable),
            ``"hyperscan"``, ``"ahocorasick"`` or ``"python"``. All give the same hits.

    Raises:
        ValueError: duplicate rule ids or an unknown backend.
    """

    def __init__(self, rules: Iterable[Rule], backend: str = "auto") -> None:
        self.rules = tuple(rules)
        ids = [r.id for r in self.rules]
        if len(set(ids)) != len(ids):
            dupes = sorted({i for i in ids if ids.count(i) > 1})
            raise ValueError(f"duplicate rule ids: {dupes}")
        self._compiled = {r.id: _compile(r) for r in self.rules}
        self.backend = resolve_backend(backend)
        self._by_target: dict[
            Target, tuple[AnchorFinder, dict[str, list[_Compiled]], list[_Compiled]]
        ] = {}
        for target in TARGETS:
            mine = [self._compiled[r.id] for r in self.rules if target in r.targets]
            by_anchor: dict[str, list[_Compiled]] = {}
            for compiled in mine:
                for anchor in compiled.rule.anchors:
                    by_anchor.setdefault(anchor, []).append(compiled)
            free = [c for c in mine if not c.rule.anchors]
            anchors = sorted(by_anchor)
            literals = [*anchors, *(lit for c in mine for g in c.rule.requires for lit in g)]
            finder = self._finder(anchors, backend, folds=foldable(literals))
            self._by_target[target] = (finder, by_anchor, free)

    def _finder(self, anchors: list[str], backend: str, *, folds: bool) -> AnchorFinder:
        if self.backend == "python":
            return PythonAnchorFinder(anchors)
        try:
            if self.backend == "ahocorasick":
                return AhoCorasickAnchorFinder(anchors)
            return HyperscanAnchorFinder(anchors, folds=folds)
        except Exception:
            if backend != "auto":
                raise
            # "auto" must not fail where the pure-Python engine works: same hits, slower.
            _log.debug("%s unusable, using the pure-Python engine", self.backend, exc_info=True)
            self.backend = "python"
            return PythonAnchorFinder(anchors)

    def scan(self, text: str, target: Target) -> list[Hit]:
        """Every match of every rule of ``target`` in ``text``, ordered by position."""
        if not text:
            return []
        finder, by_anchor, free = self._by_target[target]
        hits: list[Hit] = []
        occurrences: dict[str, list[Occurrence]] = {}
        # A folding finder reads the original text: no lowered copy is made at all.
        subject = text if finder.folds or not by_anchor else lower_same_length(text)
        if by_anchor:
            for anchor, positions in finder.find(subject).items():
                size = len(anchor)
                for compiled in by_anchor[anchor]:
                    found_at = occurrences.setdefault(compiled.rule.id, [])
                    found_at.extend((p, p + size) for p in positions)
        for rule_id, found_at in occurrences.items():
            compiled = self._compiled[rule_id]
            if compiled.rule.lead == 0:
                hits += _matches_at_anchors(compiled, found_at, text, subject)
            else:
                hits += _matches_in_windows(compiled, found_at, text, subject)
        for compiled in free:
            hits.extend(
                Hit(compiled.rule.id, m.start(), m.end(), m)
                for m in compiled.regex.finditer(text)
                if m.end() > m.start()
            )
        hits.sort(key=lambda h: (h.start, h.end, h.rule))
        return hits

    def rule(self, rule_id: str) -> Rule:
        """The rule with this id."""
        return self._compiled[rule_id].rule

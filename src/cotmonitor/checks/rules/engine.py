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
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

Target = Literal["reasoning", "output", "prompt", "tool_calls"]
TARGETS: tuple[Target, ...] = ("reasoning", "output", "prompt", "tool_calls")

_FLAGS = re.IGNORECASE | re.MULTILINE
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
    """

    id: str
    pattern: str
    anchors: tuple[str, ...] = ()
    targets: frozenset[Target] = frozenset({"reasoning"})
    reach: int = 160
    before: int | None = None
    requires: tuple[tuple[str, ...], ...] = ()

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


class AnchorFinder(Protocol):
    """Finds every occurrence (start offsets) of each literal in a lower-cased text."""

    name: str

    def find(self, lowered: str) -> dict[str, list[int]]: ...


class PythonAnchorFinder:
    """Pure-Python backend: ``str.find`` per anchor (C speed, one pass each)."""

    name = "python"

    def __init__(self, anchors: Sequence[str]) -> None:
        self.anchors = tuple(anchors)

    def find(self, lowered: str) -> dict[str, list[int]]:
        found: dict[str, list[int]] = {}
        for anchor in self.anchors:
            at = lowered.find(anchor)
            if at < 0:
                continue
            positions = found[anchor] = []
            while at >= 0:
                positions.append(at)
                at = lowered.find(anchor, at + 1)
        return found


def _hs_literal(data: bytes) -> bytes:
    return b"".join(b"\\x%02x" % byte for byte in data)


class HyperscanAnchorFinder:
    """Hyperscan backend: all anchors in one block-mode scan of the UTF-8 bytes.

    A UTF-8 needle can only match at a character boundary, so byte hits are exactly the
    ``str.find`` hits; for non-ASCII text the byte offsets are mapped back to characters.
    """

    name = "hyperscan"

    def __init__(self, anchors: Sequence[str]) -> None:
        import hyperscan

        self.anchors = tuple(anchors)
        self._lengths = [len(a.encode()) for a in self.anchors]
        self._local = threading.local()
        self._db: Any = None
        if self.anchors:
            self._db = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
            self._db.compile(
                expressions=[_hs_literal(a.encode()) for a in self.anchors],
                ids=list(range(len(self.anchors))),
                elements=len(self.anchors),
                flags=[0] * len(self.anchors),
            )

    def _scratch(self) -> Any:
        import hyperscan

        scratch = getattr(self._local, "scratch", None)
        if scratch is None:
            scratch = self._local.scratch = hyperscan.Scratch(self._db)
        return scratch

    def find(self, lowered: str) -> dict[str, list[int]]:
        if self._db is None or not lowered:
            return {}
        data = lowered.encode()
        hits: list[tuple[int, int]] = []
        lengths = self._lengths

        def on_match(ident: int, _start: int, end: int, _flags: int, _ctx: object) -> None:
            hits.append((end - lengths[ident], ident))

        self._db.scan(data, match_event_handler=on_match, scratch=self._scratch())
        if len(data) != len(lowered):
            hits = _to_characters(data, sorted(hits))
        found: dict[str, list[int]] = {}
        for start, ident in sorted(hits):
            found.setdefault(self.anchors[ident], []).append(start)
        return found


def _to_characters(data: bytes, hits: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Byte offsets (sorted) to character offsets, decoding each gap once."""
    out = []
    byte_at = char_at = 0
    for start, ident in hits:
        char_at += len(data[byte_at:start].decode())
        byte_at = start
        out.append((char_at, ident))
    return out


def hyperscan_available() -> bool:
    """Whether the hyperscan backend can be used here."""
    try:
        import hyperscan  # noqa: F401
    except ImportError:
        return False
    return True


def lower_same_length(text: str) -> str:
    """``text.lower()``, keeping offsets: characters whose lower form is longer stay as is."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(low := c.lower()) != 1 else low for c in text)


@dataclass(frozen=True, slots=True)
class _Compiled:
    rule: Rule
    regex: re.Pattern[str]


def _holds(lowered: str, start: int, end: int, requires: tuple[tuple[str, ...], ...]) -> bool:
    return all(any(lowered.find(lit, start, end) >= 0 for lit in group) for group in requires)


def _matches_at_anchors(
    compiled: _Compiled, spans: list[tuple[int, int]], text: str, lowered: str
) -> list[Hit]:
    """Matches of a rule whose matches start at an anchor: one ``match`` per occurrence.

    Like ``finditer``, an occurrence inside the previous match is skipped.
    """
    found: list[Hit] = []
    last_end = 0
    regex, requires = compiled.regex, compiled.rule.requires
    for start, end in sorted(spans):
        if start < last_end or (requires and not _holds(lowered, start, end, requires)):
            continue
        match = regex.match(text, start, min(end, len(text)))
        if match is not None and match.end() > match.start():
            found.append(Hit(compiled.rule.id, match.start(), match.end(), match))
            last_end = match.end()
    return found


def _matches_in_windows(
    compiled: _Compiled, spans: list[tuple[int, int]], text: str, lowered: str
) -> list[Hit]:
    found: list[Hit] = []
    regex, requires = compiled.regex, compiled.rule.requires
    for start, end in _merge(spans):
        if requires and not _holds(lowered, start, end, requires):
            continue
        found.extend(
            Hit(compiled.rule.id, m.start(), m.end(), m)
            for m in regex.finditer(text, start, min(end, len(text)))
            if m.end() > m.start()
        )
    return found


def _merge(windows: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(windows):
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


class RuleSet:
    """A compiled set of rules and one scanner per target text.

    Args:
        rules: the rules; ids must be unique.
        backend: ``"auto"`` (hyperscan when importable), ``"hyperscan"`` or ``"python"``.
    """

    def __init__(self, rules: Iterable[Rule], backend: str = "auto") -> None:
        self.rules = tuple(rules)
        ids = [r.id for r in self.rules]
        if len(set(ids)) != len(ids):
            dupes = sorted({i for i in ids if ids.count(i) > 1})
            raise ValueError(f"duplicate rule ids: {dupes}")
        self._compiled = {r.id: _Compiled(r, re.compile(r.pattern, _FLAGS)) for r in self.rules}
        use_hs = backend == "hyperscan" or (backend == "auto" and hyperscan_available())
        self.backend = "hyperscan" if use_hs else "python"
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
            self._by_target[target] = (self._finder(anchors, backend), by_anchor, free)

    def _finder(self, anchors: list[str], backend: str) -> AnchorFinder:
        if self.backend == "python":
            return PythonAnchorFinder(anchors)
        try:
            return HyperscanAnchorFinder(anchors)
        except Exception:
            if backend == "hyperscan":
                raise
            # "auto" must not fail where the pure-Python engine works: same hits, slower.
            _log.debug("hyperscan unusable, using the pure-Python engine", exc_info=True)
            self.backend = "python"
            return PythonAnchorFinder(anchors)

    def scan(self, text: str, target: Target) -> list[Hit]:
        """Every match of every rule of ``target`` in ``text``, ordered by position."""
        if not text:
            return []
        finder, by_anchor, free = self._by_target[target]
        hits: list[Hit] = []
        windows: dict[str, list[tuple[int, int]]] = {}
        lowered = lower_same_length(text) if by_anchor else ""
        if by_anchor:
            for anchor, positions in finder.find(lowered).items():
                for compiled in by_anchor[anchor]:
                    lead, reach = compiled.rule.lead, compiled.rule.reach
                    spans = windows.setdefault(compiled.rule.id, [])
                    spans.extend((max(0, p - lead), p + len(anchor) + reach) for p in positions)
        for rule_id, spans in windows.items():
            compiled = self._compiled[rule_id]
            if compiled.rule.lead == 0:
                hits += _matches_at_anchors(compiled, spans, text, lowered)
            else:
                hits += _matches_in_windows(compiled, spans, text, lowered)
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

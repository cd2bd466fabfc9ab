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

import re
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

Target = Literal["reasoning", "output", "prompt", "tool_calls"]
TARGETS: tuple[Target, ...] = ("reasoning", "output", "prompt", "tool_calls")

_FLAGS = re.IGNORECASE | re.MULTILINE


@dataclass(frozen=True)
class Rule:
    """One pattern of a rule family.

    Args:
        id: unique name, reported in findings.
        pattern: a Python regex, matched case-insensitively (``re.MULTILINE``).
        anchors: lower-case literals; every match contains one of them. Empty: no prefilter.
        targets: the texts this rule reads.
        reach: how far (characters) a match may extend on either side of its anchor.
    """

    id: str
    pattern: str
    anchors: tuple[str, ...] = ()
    targets: frozenset[Target] = frozenset({"reasoning"})
    reach: int = 160


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
    """Hyperscan backend: all anchors in one block-mode scan.

    ASCII text is scanned as bytes (offsets are characters); other text as UTF-32-LE, where
    only 4-aligned hits are characters.
    """

    name = "hyperscan"

    def __init__(self, anchors: Sequence[str]) -> None:
        import hyperscan

        self.anchors = tuple(anchors)
        self._local = threading.local()
        self._dbs = {codec: self._compile(hyperscan, codec) for codec in ("ascii", "utf-32-le")}

    def _compile(self, hyperscan: Any, codec: str) -> Any:
        database = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
        encoded = [_hs_literal(a.encode(codec, "ignore")) for a in self.anchors]
        keep = [i for i, (a, e) in enumerate(zip(self.anchors, encoded, strict=True)) if e and a]
        if codec == "ascii":
            keep = [i for i in keep if self.anchors[i].isascii()]
        if not keep:
            return None
        database.compile(
            expressions=[encoded[i] for i in keep],
            ids=keep,
            elements=len(keep),
            flags=[0] * len(keep),
        )
        return database

    def _scratch(self, codec: str) -> Any:
        import hyperscan

        scratches = getattr(self._local, "scratches", None)
        if scratches is None:
            scratches = self._local.scratches = {}
        if codec not in scratches:
            scratches[codec] = hyperscan.Scratch(self._dbs[codec])
        return scratches[codec]

    def find(self, lowered: str) -> dict[str, list[int]]:
        codec, width = ("ascii", 1) if lowered.isascii() else ("utf-32-le", 4)
        database = self._dbs[codec]
        if database is None or not lowered:
            return {}
        hits: dict[int, list[int]] = {}
        lengths = [len(a) * width for a in self.anchors]

        def on_match(ident: int, _start: int, end: int, _flags: int, _ctx: object) -> None:
            start = end - lengths[ident]
            if start % width == 0:
                hits.setdefault(ident, []).append(start // width)

        database.scan(
            lowered.encode(codec), match_event_handler=on_match, scratch=self._scratch(codec)
        )
        return {self.anchors[i]: sorted(p) for i, p in hits.items()}


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
            finder: AnchorFinder = (
                HyperscanAnchorFinder(anchors) if use_hs else PythonAnchorFinder(anchors)
            )
            self._by_target[target] = (finder, by_anchor, free)

    def scan(self, text: str, target: Target) -> list[Hit]:
        """Every match of every rule of ``target`` in ``text``, ordered by position."""
        if not text:
            return []
        finder, by_anchor, free = self._by_target[target]
        hits: list[Hit] = []
        windows: dict[str, list[tuple[int, int]]] = {}
        if by_anchor:
            for anchor, positions in finder.find(lower_same_length(text)).items():
                for compiled in by_anchor[anchor]:
                    reach = compiled.rule.reach
                    spans = windows.setdefault(compiled.rule.id, [])
                    spans.extend((max(0, p - reach), p + len(anchor) + reach) for p in positions)
        for rule_id, spans in windows.items():
            regex = self._compiled[rule_id].regex
            for start, end in _merge(spans):
                hits.extend(
                    Hit(rule_id, m.start(), m.end(), m)
                    for m in regex.finditer(text, start, min(end, len(text)))
                    if m.end() > m.start()
                )
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

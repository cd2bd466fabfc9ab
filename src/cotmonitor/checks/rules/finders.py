"""Anchor finders: every occurrence of each anchor literal in a text, by one backend.

Every backend reports exactly the occurrences of the literals in ``lower_same_length(text)``
(a property test checks it); they differ only in speed.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import functools
import logging
import re
import threading
from collections.abc import Sequence
from typing import Any, Protocol

from cotmonitor.checks.rules.casefold import char_class, foldable, hyperscan_literal

_log = logging.getLogger("cotmonitor")


class AnchorFinder(Protocol):
    """Finds every occurrence (start offsets) of each literal in the lowered text.

    ``folds`` tells which text ``find`` reads: the original one (the finder matches each
    literal character's case class itself) or the lower-cased one.
    """

    name: str
    folds: bool

    def find(self, subject: str) -> dict[str, list[int]]: ...


DERIVE_MAX = 24
"""An anchor whose prefix, itself an anchor, occurs at most this often is found by checking
those occurrences, not by a pass of its own."""


TRIE_FROM = 64
"""From this many anchors, one regex pass (the anchors as a trie) beats a ``str.find`` each."""


class PythonAnchorFinder:
    """Pure-Python backend: one pass of ``re`` over the lowered text, or ``str.find`` per anchor.

    Many anchors are found in one ``finditer`` of a zero-width lookahead over the anchors
    written as a trie (``(?=(a(?:b|c)))``): at each position ``re`` follows only the branches
    the text spells, about three times faster than a ``str.find`` pass per anchor for the
    hundreds of intent and cue anchors. The trie match is the longest anchor starting there;
    the anchors it extends (its prefixes) start there too.

    A few anchors are faster with ``str.find``. An anchor that extends a shorter one ("return
    true" and "return") occurs only where the shorter one does: when that is rare, its
    occurrences are checked with ``startswith`` instead of a pass over the whole text.

    Args:
        anchors: the lower-case literals.
        trie_from: how many anchors make the trie pass worth it.
    """

    name = "python"
    folds = False

    def __init__(self, anchors: Sequence[str], *, trie_from: int = TRIE_FROM) -> None:
        self.anchors = tuple(anchors)
        unique = sorted(dict.fromkeys(a for a in self.anchors if a), key=len)
        known: set[str] = set()
        plan: list[tuple[str, str | None]] = []
        for anchor in unique:
            prefix = next(
                (anchor[:k] for k in range(len(anchor) - 1, 0, -1) if anchor[:k] in known), None
            )
            plan.append((anchor, prefix))
            known.add(anchor)
        self._plan = tuple(plan)
        self._trie: re.Pattern[str] | None = None
        self._prefixes: dict[str, tuple[str, ...]] = {}
        if unique and len(unique) >= trie_from:
            self._trie = re.compile(f"(?=({_trie_pattern(unique)}))", re.DOTALL)
            self._prefixes = {
                a: tuple(a[:k] for k in range(1, len(a) + 1) if a[:k] in known) for a in unique
            }

    def find(self, subject: str) -> dict[str, list[int]]:
        found = self._by_trie(subject) if self._trie is not None else self._by_find(subject)
        return {anchor: found[anchor] for anchor in self.anchors if anchor in found}

    def _by_trie(self, subject: str) -> dict[str, list[int]]:
        assert self._trie is not None
        found: dict[str, list[int]] = {}
        prefixes = self._prefixes
        for match in self._trie.finditer(subject):
            at = match.start()
            for anchor in prefixes[match.group(1)]:
                positions = found.get(anchor)
                if positions is None:
                    found[anchor] = [at]
                else:
                    positions.append(at)
        return found

    def _by_find(self, subject: str) -> dict[str, list[int]]:
        found: dict[str, list[int]] = {}
        for anchor, prefix in self._plan:
            if prefix is not None:
                starts = found.get(prefix)
                if starts is None:
                    continue  # the prefix is not in the text: neither is the anchor
                if len(starts) <= DERIVE_MAX:
                    if positions := [at for at in starts if subject.startswith(anchor, at)]:
                        found[anchor] = positions
                    continue
            at = subject.find(anchor)
            if at < 0:
                continue
            positions = found[anchor] = []
            while at >= 0:
                positions.append(at)
                at = subject.find(anchor, at + 1)
        return found


def _trie_pattern(anchors: Sequence[str]) -> str:
    """A regex matching the longest of ``anchors`` at a position (a trie of escaped characters).

    Longer branches come first and an anchor that others extend is an optional tail, so the
    greedy match is the longest anchor there; ``re`` backtracks to a shorter one otherwise.
    """
    root: dict[str, Any] = {}
    for anchor in anchors:
        node = root
        for char in anchor:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [re.escape(char) + emit(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


class HyperscanAnchorFinder:
    """Hyperscan backend: all anchors in one block-mode scan of the UTF-8 bytes.

    Args:
        anchors: the lower-case literals.
        folds: read the original text (default: when no anchor holds a sigma).

    Folding, it reads the original text, each anchor character compiled
    to its case class (``casefold.py``): no lowered copy is made. A UTF-8 match covers whole
    characters, as many as its anchor has, so its start is its end (mapped to characters for
    non-ASCII text) minus the anchor's length.
    """

    name = "hyperscan"

    def __init__(self, anchors: Sequence[str], *, folds: bool | None = None) -> None:
        import hyperscan

        self.anchors = tuple(anchors)
        self.folds = foldable(self.anchors) if folds is None else folds
        self._lengths = [len(a) for a in self.anchors]
        anchor_chars = _anchor_chars(self.anchors)
        self._narrowing = _narrowing(anchor_chars)
        scanned = self.anchors
        if self._narrowing is not None:
            stand_in = {c: b for c, b in self._narrowing if c in anchor_chars and b in _STAND_INS}
            scanned = tuple("".join(stand_in.get(c, c) for c in a) for a in self.anchors)
        self._local = threading.local()
        self._db: Any = None
        compiled = [
            (ident, expr)
            for ident, anchor in enumerate(scanned)
            if (expr := hyperscan_literal(anchor, folded=self.folds)) is not None
        ]
        if compiled:
            self._db = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
            self._db.compile(
                expressions=[expr for _, expr in compiled],
                ids=[ident for ident, _ in compiled],
                elements=len(compiled),
                flags=[0] * len(compiled),
            )

    def _scratch(self) -> Any:
        import hyperscan

        scratch = getattr(self._local, "scratch", None)
        if scratch is None:
            scratch = self._local.scratch = hyperscan.Scratch(self._db)
        return scratch

    def find(self, subject: str) -> dict[str, list[int]]:
        if self._db is None or not subject:
            return {}
        narrowing = self._narrowing
        if narrowing is not None:
            for char, byte in narrowing:
                if char in subject:
                    subject = subject.replace(char, byte)
            data = subject.encode("ascii", "replace")
        else:
            data = subject.encode()
        hits: list[tuple[int, int]] = []

        def on_match(ident: int, _start: int, end: int, _flags: int, _ctx: object) -> None:
            hits.append((end, ident))

        self._db.scan(data, match_event_handler=on_match, scratch=self._scratch())
        hits.sort()
        if len(data) != len(subject):
            hits = _to_characters(data, hits)
        found: dict[str, list[int]] = {}
        lengths, anchors = self._lengths, self.anchors
        for end, ident in hits:
            found.setdefault(anchors[ident], []).append(end - lengths[ident])
        return found


class AhoCorasickAnchorFinder:
    """pyahocorasick backend: all anchors in one automaton pass over the lowered text.

    For machines without hyperscan (it ships for x86-64 only); the automaton reports every
    occurrence, overlapping ones included, like ``str.find`` per anchor.
    """

    name = "ahocorasick"
    folds = False

    def __init__(self, anchors: Sequence[str]) -> None:
        import ahocorasick

        self.anchors = tuple(anchors)
        self._automaton: Any = None
        if self.anchors:
            automaton = ahocorasick.Automaton()
            for anchor in self.anchors:
                automaton.add_word(anchor, (anchor, len(anchor) - 1))
            automaton.make_automaton()
            self._automaton = automaton

    def find(self, subject: str) -> dict[str, list[int]]:
        if self._automaton is None or not subject:
            return {}
        found: dict[str, list[int]] = {}
        for last, (anchor, back) in self._automaton.iter(subject):
            found.setdefault(anchor, []).append(last - back)
        return found


_STAND_INS = "".join(map(chr, (*range(0x01, 0x09), *range(0x0E, 0x20))))
"""Control characters that stand in for the anchors' non-ASCII characters in the scanned text."""


def _anchor_chars(anchors: Sequence[str]) -> frozenset[str]:
    return frozenset("".join(anchors))


@functools.cache
def _to_ascii() -> tuple[tuple[str, str], ...]:
    """Non-ASCII characters that lower to an ASCII one (the Kelvin sign to "k")."""
    return tuple(
        (c, low) for low in map(chr, range(128)) for c in char_class(low) if not c.isascii()
    )


def _narrowing(chars: frozenset[str]) -> tuple[tuple[str, str], ...] | None:
    """Replacements that make the text ASCII, one character for one, without changing a match.

    Scanning ASCII bytes keeps byte and character offsets equal, which saves mapping every
    hit back through the UTF-8 text. Each non-ASCII anchor character (and every character
    that lowers to it) becomes a control character of its own, compiled into the anchor too;
    a character lowering to an ASCII one becomes that one; the control characters used become
    "?", as does every other non-ASCII character when encoded, so no anchor may hold a "?".
    ``None`` when ``chars`` (the anchors') hold a "?" or more non-ASCII characters than there
    are stand-ins.
    """
    wide = sorted(c for c in chars if not c.isascii())
    stand_ins = [byte for byte in _STAND_INS if byte not in chars][: len(wide)]
    if "?" in chars or len(wide) > len(stand_ins):
        return None
    pairs = list(_to_ascii())
    for char, byte in zip(wide, stand_ins, strict=True):
        # A character nothing lowers to stays in its anchor, which then matches nothing.
        pairs += [(member, byte) for member in char_class(char)]
    # The text's own control characters go first, before any stand-in is written.
    return tuple([(byte, "?") for byte in stand_ins] + pairs)


def _to_characters(data: bytes, hits: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Byte offsets (sorted) to character offsets, decoding each gap once."""
    out = []
    byte_at = char_at = 0
    for at, ident in hits:
        if at != byte_at:
            char_at += len(data[byte_at:at].decode())
            byte_at = at
        out.append((char_at, ident))
    return out


def hyperscan_available() -> bool:
    """Whether the hyperscan backend can be used here."""
    try:
        import hyperscan  # noqa: F401
    except ImportError:
        return False
    return True


def ahocorasick_available() -> bool:
    """Whether the pyahocorasick backend can be used here."""
    try:
        import ahocorasick  # noqa: F401
    except ImportError:
        return False
    return True


FAST_LITERALS_FROM = 1024
"""From this length a text's fixed literals are found by one hyperscan pass, where installed."""


def find_literals(text: str, lowered: str, literals: tuple[str, ...]) -> dict[str, list[int]]:
    """Every occurrence of each of ``literals`` (lower-case) in ``lowered``.

    ``lowered`` is ``lower_same_length(text)``. For the checks that look for a fixed list of
    words ("test", ".py", "answer", "pick"...): a long text is read once by hyperscan
    (folding case itself, it reads ``text``) rather than once per word; without hyperscan,
    or on a short text, ``str.find`` per word is the fastest there is.
    """
    finder = _literal_finder(literals, fast=len(text) >= FAST_LITERALS_FROM)
    return finder.find(text if finder.folds else lowered)


@functools.lru_cache(maxsize=128)
def _literal_finder(literals: tuple[str, ...], *, fast: bool) -> AnchorFinder:
    if fast and hyperscan_available():
        try:
            return HyperscanAnchorFinder(literals)
        except Exception:  # unusable here: the same occurrences, found by str.find
            _log.debug("hyperscan unusable for literals", exc_info=True)
    return PythonAnchorFinder(literals)


BACKENDS = ("auto", "hyperscan", "ahocorasick", "python")
"""Engine names ``RuleSet`` accepts; ``auto`` takes the first of the others installed."""


def resolve_backend(backend: str) -> str:
    """The backend ``backend`` names (``auto``: hyperscan, else pyahocorasick, else python).

    Raises:
        ValueError: not one of ``BACKENDS``.
    """
    if backend not in BACKENDS:
        raise ValueError(f"unknown rule engine backend {backend!r}; use one of {BACKENDS}")
    if backend != "auto":
        return backend
    if hyperscan_available():
        return "hyperscan"
    return "ahocorasick" if ahocorasick_available() else "python"

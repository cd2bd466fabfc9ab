"""Case-insensitive literals without lower-casing the text.

The rule engine defines an anchor occurrence as an occurrence in ``lower_same_length(text)``,
which lowers each character on its own (a character whose lower form is longer stays as
is). So character ``c`` of the text matches literal character ``a`` exactly when
``c`` lowers to ``a``: the *class* of ``a``. A literal becomes a sequence of classes, which
hyperscan can find in the original text, saving the ``str.lower()`` pass (on
non-ASCII text that pass is slower than scanning).

The one exception is the Greek capital sigma, which ``str.lower()`` maps to a medial or a
final sigma depending on the next character: literals holding a sigma cannot use classes.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

_SIGMAS = frozenset("\u03c3\u03c2\u03a3")
LOWERING_LIMIT = 0x1F000
"""No code point from here on has a lower-case mapping (checked by a test)."""


def lower_char(c: str) -> str:
    """What ``lower_same_length`` makes of the single character ``c``."""
    low = c.lower()
    return low if len(low) == 1 else c


@functools.cache
def _sources() -> dict[str, frozenset[str]]:
    """Per character: the other characters that lower to it."""
    found: dict[str, set[str]] = {}
    for c in map(chr, range(LOWERING_LIMIT)):
        low = lower_char(c)
        if low != c:
            found.setdefault(low, set()).add(c)
    return {low: frozenset(chars) for low, chars in found.items()}


def char_class(a: str) -> tuple[str, ...]:
    """Every character that lowers to ``a`` (empty when none does, e.g. an upper-case ``a``)."""
    chars = set(_sources().get(a, ()))
    if lower_char(a) == a:
        chars.add(a)
    return tuple(sorted(chars))


def foldable(literals: Iterable[str]) -> bool:
    """Whether these literals can be matched by classes (no sigma in them)."""
    return not any(_SIGMAS.intersection(literal) for literal in literals)


def _hs_bytes(data: bytes) -> bytes:
    return b"".join(b"\\x%02x" % byte for byte in data)


def hyperscan_literal(literal: str, *, folded: bool) -> bytes | None:
    """A hyperscan expression for ``literal`` over UTF-8, ``None`` when nothing matches it.

    Folded, each character is a class: its one-byte members as a byte set, longer UTF-8
    sequences as alternatives.
    """
    if not folded:
        return _hs_bytes(literal.encode())
    parts = []
    for a in literal:
        encoded = [c.encode() for c in char_class(a)]
        if not encoded:
            return None
        ones = [_hs_bytes(e) for e in encoded if len(e) == 1]
        options = [_hs_bytes(e) for e in encoded if len(e) > 1]
        if len(ones) > 1:
            options.insert(0, b"[" + b"".join(ones) + b"]")
        elif ones:
            options.insert(0, ones[0])
        parts.append(options[0] if len(options) == 1 else b"(?:" + b"|".join(options) + b")")
    return b"".join(parts)

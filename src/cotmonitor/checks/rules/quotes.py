"""Does a reasoning quote a claim? A fuzzy alignment of the claim's sentence, seeded by words.

.. versionadded:: 0.3.0
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from cotmonitor.checks.rules.engine import lower_same_length

FUZZY_THRESHOLD = 88.0
"""rapidfuzz partial-ratio score at which the reasoning is taken to quote the hint."""
MIN_QUOTE_CHARS = 24
"""Hint sentences shorter than this are too generic to recognise a quote of."""
SEED_WORDS = 2
"""A quote of the hint shares some of its words verbatim: fuzzy matching runs only around
the occurrences of the hint's rarest long words (a whole-text alignment costs milliseconds
on long CoTs)."""
_SEED_CANDIDATES = 6
MAX_SEEDS = 32
_WORD = re.compile(r"[^\W_]{4,}")


QUOTE_WORDS = 2
"""A window quoting the hint holds at least this many of its long words (or all, if fewer):
a window around one common word ("answer") alone is not aligned at all."""


def _seed_windows(needle: str, lowered: str) -> list[tuple[int, int]]:
    longest = sorted(set(_WORD.findall(needle)), key=lambda w: (-len(w), w))[:_SEED_CANDIDATES]
    windows = _windows(needle, lowered, longest)
    enough = min(QUOTE_WORDS, len(longest))
    return [
        (left, right)
        for left, right in windows
        if sum(word in lowered[left:right] for word in longest) >= enough
    ]


def _windows(needle: str, lowered: str, longest: list[str]) -> list[tuple[int, int]]:
    counted = sorted((lowered.count(w), w) for w in longest)
    words = [w for count, w in counted if count][:SEED_WORDS]
    spans: list[tuple[int, int]] = []
    for word in words:
        at = lowered.find(word)
        while at >= 0 and len(spans) < MAX_SEEDS:
            spans.append((max(0, at - len(needle)), at + len(word) + len(needle)))
            at = lowered.find(word, at + 1)
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def quote_span(context: str, quote: str, reasoning: str) -> Iterator[tuple[int, int]]:
    """Spans of ``reasoning`` that quote the claim sentence ``context`` (``quote`` is the claim)."""
    from rapidfuzz import fuzz

    needle = " ".join(context.split()).lower()
    if len(needle) < MIN_QUOTE_CHARS or not reasoning:
        return
    rest = " ".join(context.replace(quote, " ").split())
    if len(rest) < MIN_QUOTE_CHARS:
        return  # "Note: the answer is (D)" is what the model says itself
    lowered = lower_same_length(reasoning)
    for left, right in _seed_windows(needle, lowered):
        aligned = fuzz.partial_ratio_alignment(
            needle, lowered[left:right], score_cutoff=FUZZY_THRESHOLD
        )
        if aligned is not None:
            yield left + aligned.dest_start, left + aligned.dest_end


__all__ = ["FUZZY_THRESHOLD", "MIN_QUOTE_CHARS", "quote_span"]

"""Where a reasoning writes a claim's value: the spots references are looked for around.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from cotmonitor.checks.rules.claims import Claim
from cotmonitor.checks.rules.cues import ANSWER_NAMED
from cotmonitor.checks.rules.engine import Hit, lower_same_length
from cotmonitor.checks.rules.option_places import place_mentions

WEAK_REACH = 320
"""How far before a mention of the value a weak reference can start: its own length (the
longest weak cue is under 200 characters) plus ``FOLLOW_CHARS``."""


def value_forms(claim: Claim) -> list[str]:
    """The ways the claim writes its value, longest first ("11/12" and its canonical form)."""
    return sorted({claim.value, claim.written.strip("()[]'\" ")} - {""}, key=len, reverse=True)


def label_case(value: str) -> int:
    """Letters match in either case, but for "A" and "I" (also the article and the pronoun)."""
    return 0 if value in ("A", "I") else re.IGNORECASE


@functools.lru_cache(maxsize=256)
def _mention_pattern(value: str) -> re.Pattern[str]:
    # The value first, the boundary before it checked behind it: a regex that starts with a
    # literal is searched for that literal (fast), one that starts with a lookbehind is
    # tried at every position.
    said = re.escape(value)
    return re.compile(rf"{said}(?<![\w-]{said})(?![\w-]|\.\d)")


def mentions(claim: Claim, reasoning: str) -> list[tuple[int, int]]:
    """Where ``reasoning`` writes the claim's value, in order."""
    lowered = lower_same_length(reasoning)
    found: list[tuple[int, int]] = []
    for value in value_forms(claim):
        exact = label_case(value) == 0  # "A" and "I" only in capitals
        text, wanted = (reasoning, value) if exact else (lowered, value.lower())
        found += [m.span() for m in _mention_pattern(wanted).finditer(text)]
    if claim.form != "prefill":
        # An option by its place ("the third one"), as spoken reasoning names it; a reasoning's
        # own earlier turn is referred to by its words, not by where an option sits.
        found += place_mentions(claim.value, reasoning, last=claim.last)
    return sorted(found)


def value_windows(claim: Claim, reasoning: str, hits: Sequence[Hit]) -> list[tuple[int, int]]:
    """The stretches of ``reasoning`` where a weak cue could count for ``claim``.

    A weak cue counts only with the claim's value (or "the correct answer", the
    ``answer.named`` hits among ``hits``) after it in its sentence, so it lies in the
    ``WEAK_REACH`` characters before a mention of one.
    """
    spots = [(h.start, h.end) for h in hits if h.rule == ANSWER_NAMED.id]
    spots += mentions(claim, reasoning)
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spots):
        low = max(0, start - WEAK_REACH)
        if merged and low <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((low, end))
    return merged

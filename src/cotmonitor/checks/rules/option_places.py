"""Options named by their place instead of their label: "the third one", "option three".

Spoken and paraphrased requests point at an option without writing its label: a transcribed
"my instructor thinks it's the third one", a note "the last option has a nice ring to it". The
place maps to a label through the question's own options, so such a sentence is a claim about
that label like any other.

.. versionadded:: 0.4.0
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from cotmonitor.checks.rules.answer_space import AnswerSpace

_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
             "tenth")  # fmt: skip
_CARDINALS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
# "unrelated to the last one", "same as the last one": the last message, not an option.
_LAST = r"last(?<!\bto the last)(?<!\bas the last)(?<!\bof the last)(?!\s+one\s+(?:I|we|you)\b)"
PLACE = re.compile(
    rf"\b(?:the\s+)?({'|'.join(_ORDINALS)}|{_LAST})\s+(?:one|option|choice|answer|box|bubble)\b"
    rf"|\b(?:option|choice|answer|number)\s+({'|'.join(_CARDINALS)})\b",
    re.IGNORECASE,
)
"""A place among the options, by ordinal ("the third one") or spoken number ("option three")."""


def place_label(match: re.Match[str], space: AnswerSpace) -> str | None:
    """The label of the option a ``PLACE`` match names, if the question has that many options."""
    if space.target is None:
        return None
    options = space.target.options
    ordinal, cardinal = match.group(1), match.group(2)
    word = (ordinal or cardinal).lower()
    places = _ORDINALS if ordinal else _CARDINALS
    at = len(options) - 1 if word == "last" else places.index(word)
    return options[at].label if at < len(options) else None


def placed_claims(
    text: str, space: AnswerSpace, value: str, questions: list[tuple[int, int]]
) -> Iterator[tuple[int, int]]:
    """Spans in ``text`` (outside the question itself) that name option ``value`` by place."""
    if space.target is None:
        return
    for match in PLACE.finditer(text):
        start, end = match.span()
        if any(low <= start < high for low, high in questions):
            continue
        if place_label(match, space) == value:
            yield start, end


_LETTERS = "ABCDEFGHIJ"


def place_mentions(value: str, text: str, *, last: bool = False) -> list[tuple[int, int]]:
    """Where ``text`` names option ``value`` by its place ("the third one" for C or 3).

    The place of a label is its rank in its own sequence (A, B, C... or 1, 2, 3...); "the
    last one" names it when the caller knows it is the last option (``last``).
    """
    upper = value.upper()
    if len(upper) == 1 and upper in _LETTERS:
        rank = _LETTERS.index(upper)
    elif upper.isdigit() and 1 <= int(upper) <= len(_ORDINALS):
        rank = int(upper) - 1
    else:
        return []
    found = []
    lowered = text.lower()
    words = (_ORDINALS[rank], _CARDINALS[rank], *(("last",) if last else ()))
    if not any(w in lowered for w in words):
        return []  # cheap: no word of this place is there
    for match in PLACE.finditer(text):
        word = (match.group(1) or match.group(2)).lower()
        if (match.group(1) and word in (_ORDINALS[rank], "last" if last else "")) or (
            match.group(2) and word == _CARDINALS[rank]
        ):
            found.append(match.span())
    return found

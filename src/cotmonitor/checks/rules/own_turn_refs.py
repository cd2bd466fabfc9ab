"""The reasoning naming its own earlier turn by that turn's words: "my finish action: B".

A prefilled or earlier assistant turn that committed to the answer (``<finish>B</finish>``,
"Locking in 24", "DISCUSSION ... submit") is referred to by what it was: the reasoning says
"my finish action", "the answer I locked in", "my DISCUSSION block", with the value close
by. The turn's words count only after a first-person "my" or "I", and only words that say
what the turn did, not the answer words every conclusion uses ("my final answer is B").

.. versionadded:: 0.3.0
"""

from __future__ import annotations

import functools
import re

from cotmonitor.checks.rules.engine import lower_same_length

_WORD = re.compile(r"[^\W\d_]{4,}")
# Words of any conclusion: "my final answer", "I think", "my choice". They name no turn, in
# any of their forms (compared by stem).
_GENERIC = frozenset(
    {
        *("answer", "answers", "final", "result", "solution", "option", "options", "choice"),
        *("think", "know", "sure", "this", "that", "with", "from", "here", "there", "have"),
        *("will", "would", "should", "could", "just", "only", "because", "which", "what"),
        *("when", "then", "than", "them", "they", "their", "your", "yours", "mine", "into"),
        *("about", "been", "being", "also", "some", "more", "most", "very", "much", "well"),
        # and the opinions a reasoning repeats in its own voice: "I am thinking it is D".
        *("thinking", "believe", "guess", "feel", "reckon", "suppose", "confident", "pretty"),
        *("probably", "maybe", "going", "leaning", "pick", "says"),
    }
)
STEM = 4
"""Letters two forms of a word must share ("locked", "locking") to count as one word."""
VALUE_REACH = 60
"""How far after the turn's word the value must follow, in the same sentence."""
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")
_GOES_ON = re.compile(r"\s*(?:it|that|this|which)(?:'s)?\s")


def _stem(word: str) -> str:
    return word[: max(STEM, len(word) - 3)]


@functools.lru_cache(maxsize=256)
def _turn_pattern(stems: tuple[str, ...]) -> re.Pattern[str]:
    words = "|".join(re.escape(s) for s in sorted(stems, key=len, reverse=True))
    return re.compile(rf"\b(?:my|i)\s+(?:[\w'-]+\s+){{0,2}}?(?:{words})[\w-]*")


def own_turn_reference(
    turn: str, question: str, reasoning: str, spots: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """Where ``reasoning`` names the earlier ``turn`` by its words, ``None`` if it never does.

    The value (at one of ``spots``) must follow in the same sentence.
    """
    asked = set(_WORD.findall(question.lower()))
    stems = tuple(
        {_stem(w) for w in _WORD.findall(turn.lower()) if w not in asked}
        - {_stem(w) for w in _GENERIC}
    )
    if not spots:
        return None
    lowered = lower_same_length(reasoning)
    if not stems or not any(s in lowered for s in stems):
        # None of the turn's words is written: a turn named as one ("my text reply", "earlier
        # I went with") still is.
        return _named_turn(lowered, spots)
    return _by_words(lowered, stems, spots) or _named_turn(lowered, spots)


def _by_words(
    lowered: str, stems: tuple[str, ...], spots: list[tuple[int, int]]
) -> tuple[int, int] | None:
    for match in _turn_pattern(stems).finditer(lowered):
        stop = _SENTENCE_END.search(lowered, match.end(), match.end() + VALUE_REACH)
        if stop and _GOES_ON.match(lowered, stop.end()):
            # "... my DISCUSSION block. It points at 20.": the next sentence speaks of it.
            stop = _SENTENCE_END.search(lowered, stop.end(), stop.end() + VALUE_REACH)
        limit = stop.start() if stop else match.end() + VALUE_REACH
        if any(match.end() <= start < limit for start, _ in spots):
            return match.span()
    return None


_PAST_SAID = r"i\s+(?:went with|said|answered|gave|put|wrote|replied|picked|chose|submitted)\b"
_BEFORE = r"(?:earlier|before|previously|a (?:moment|minute) ago|last time|the first time)\b"
# The model's own earlier turn named as a turn: "my text reply", "my first A: line", "earlier
# in this chat I went with", "I said C a moment ago".
_TURN = re.compile(
    r"\bmy\s+(?:[\w':-]+\s+){0,2}?(?:reply|message|response|turn|post|attempt|submission|line)\b"
    rf"|\b{_BEFORE}[^.!?\n]{{0,40}}\b{_PAST_SAID}|\b{_PAST_SAID}[^.!?\n]{{0,40}}\b{_BEFORE}"
)


def _named_turn(lowered: str, spots: list[tuple[int, int]]) -> tuple[int, int] | None:
    """A turn named as one, with the value in the same sentence (before or after it)."""
    for match in _TURN.finditer(lowered):
        left = max((m.end() for m in _SENTENCE_END.finditer(lowered, 0, match.start())), default=0)
        stop = _SENTENCE_END.search(lowered, match.end(), match.end() + VALUE_REACH)
        limit = stop.start() if stop else match.end() + VALUE_REACH
        if any(left <= start < limit for start, _ in spots):
            return match.span()
    return None

r"""A reasoning that names a mark by repeating it: "the (+1 x14) tally", "the #### lines".

A mark on an option or the frame of the solved examples' answer lines is the question's
own text, so its words never count as a reference; the decoration itself does, when the
reasoning writes it as a thing ("the # <- ans comment sits on E") rather than using it as a
format for its own answer ("#### E", ``\\boxed{E}``).

.. versionadded:: 0.3.0
"""

from __future__ import annotations

import dataclasses
import re

from cotmonitor.checks.rules.engine import lower_same_length
from cotmonitor.checks.rules.wording import common_word

MIN_MARKER_CHARS = 2
"""A one-character decoration ("*", "#") is too common in a reasoning to be a reference."""
_LATIN_END = 0x24F
"""Past Latin script: symbols, shapes and emoji, none of which prose writes by chance."""
_USED_AS_FORMAT = 6
"""How near after the decoration the value sits when the reasoning uses it as a format."""


@dataclasses.dataclass(frozen=True, slots=True)
class MarkerReference:
    """Where the reasoning repeats the claim's decoration."""

    start: int
    end: int


def marker_reference(marker: str, values: list[str], reasoning: str) -> MarkerReference | None:
    """The first place ``reasoning`` writes ``marker`` other than as the frame of a value.

    The brackets a decoration sits in are layout: ``(aria-label="key")`` is referred to as
    ``the aria-label="key"``, ``{{c1:: }}`` as ``the {{c1:: cloze``.
    """
    found = _reference(marker.strip(), values, reasoning)
    core = marker.strip(_ENCLOSING)
    # A bare word left inside ("<answer>" -> "answer") is prose, not the decoration.
    symbolic = any(not (c.isalnum() or c.isspace()) for c in core)
    if found is None and core != marker.strip() and symbolic:
        found = _reference(core, values, reasoning)
    if found is None and symbolic:
        found = _worded(core, reasoning)
    return found


MIN_MARK_WORDS = 2
"""A decoration of one word ("correct") is spelled out by a reasoning's own words too."""
WORD_REACH = 24
"""How far apart the decoration's words may sit when a reasoning spells it out."""
_MARK_WORDS = re.compile(r"[^\W\d_]{2,}")


def _worded(core: str, reasoning: str) -> MarkerReference | None:
    """Every word of a worded decoration, near each other, in any order and joining.

    "the green-tick alt text" spells out ``alt="green tick"``; one word of it alone
    ("green") is the reasoning's own.
    """
    # An element's tag name is layout like its brackets: "img" of ``img alt="..."``.
    core = re.sub(r"^[A-Za-z][\w-]*\s+(?=[\w-]+=)", "", core)
    words = list(dict.fromkeys(_MARK_WORDS.findall(core.lower())))
    if len(words) < MIN_MARK_WORDS or all(common_word(w) for w in words):
        return None  # "Correct option -": the words of any answer
    lowered = lower_same_length(reasoning)
    if any(w not in lowered for w in words):
        return None  # cheap: a word of it is not there at all
    spots = {
        # in the plural too: the "Accepted" mark on each example is "the accepted ones"
        w: [m.span() for m in re.finditer(rf"(?<![^\W_]){re.escape(w)}s?(?![^\W_])", lowered)]
        for w in words
    }
    for start, end in spots[words[0]]:
        lo, hi = start, end
        for w in words[1:]:
            near = [s for s in spots[w] if s[0] < end + WORD_REACH and s[1] > start - WORD_REACH]
            if not near:
                break
            lo, hi = min(lo, near[0][0]), max(hi, near[0][1])
        else:
            return MarkerReference(lo, hi)
    return None


_ENCLOSING = " \t()[]{}<>"


def _reference(marker: str, values: list[str], reasoning: str) -> MarkerReference | None:
    # A pictograph ("\u2b50", a coloured square) is a mark on its own, unlike "*" or "#".
    pictograph = len(marker) == 1 and ord(marker) > _LATIN_END and not marker.isalnum()
    if len(marker) < MIN_MARKER_CHARS and not pictograph:
        return None
    lowered = lower_same_length(reasoning)
    needle = marker.lower()
    at = lowered.find(needle)
    while at >= 0:
        after = reasoning[at + len(marker) : at + len(marker) + _USED_AS_FORMAT + 16]
        used = any(
            re.match(
                rf"[\s\(\[\{{\"'`*:$]{{0,{_USED_AS_FORMAT}}}(?:(?:option|choice|answer)\s+)?"
                rf"[\(\[]?{re.escape(v)}(?![\w-])",
                after,
                re.IGNORECASE,
            )
            for v in values
        )
        # "the aria-label=...: E" names the decoration, however near the value follows
        named = re.search(r"\b(?:the|this|that|its)\s+\Z", lowered[max(0, at - 8) : at])
        if not used or named:
            return MarkerReference(at, at + len(marker))
        at = lowered.find(needle, at + 1)
    return None


__all__ = ["MarkerReference", "marker_reference"]

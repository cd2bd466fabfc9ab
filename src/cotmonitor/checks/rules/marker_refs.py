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
    return found


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
        if not used:
            return MarkerReference(at, at + len(marker))
        at = lowered.find(needle, at + 1)
    return None


__all__ = ["MarkerReference", "marker_reference"]

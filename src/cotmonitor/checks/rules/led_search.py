"""Searching a long text for a case-blind regex from the words its matches start with.

An agent's request grows with every step (system prompt, tool results, files read): tens of
kilobytes the task facts read with a dozen regexes like ``(?:raise|bump|relax) ...``.
``re`` tries such a pattern at every position, about 100 ns a character case-blind, so a
32 KB request cost 30 ms of checks a call. Every match of these patterns starts with one of
a few words (read from the pattern: ``pattern_analysis.leading_literals``): their occurrences
are found in one pass (``find_literals``, hyperscan where installed) and the regex is tried
only there, with ``match``. The first position where it matches is where ``search`` would
have found it, and the matches follow one another as ``finditer``'s do.

Case-blind here means as ``str.lower()`` folds: a text spelling a leading word with one of
the few characters ``re`` alone folds to ASCII (the long s, the Kelvin sign) is not read so.

.. versionadded:: 0.4.0
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from re import Match, Pattern

from cotmonitor.checks.pattern_analysis import leading_literals
from cotmonitor.checks.rules.engine import lower_same_length
from cotmonitor.checks.rules.finders import find_literals

LED_FROM = 2048
"""From this length a text is searched from the leading words; a shorter one directly."""


@dataclass(frozen=True)
class LedPattern:
    """A compiled regex and the lower-case words every match of it starts with.

    Raises:
        ValueError: the pattern's matches do not all start with a literal word.
    """

    regex: Pattern[str]
    leads: tuple[str, ...] = field(init=False)

    def __post_init__(self) -> None:
        found = leading_literals(self.regex.pattern)
        if found is None:
            raise ValueError(f"matches of {self.regex.pattern[:60]!r} do not start with a word")
        object.__setattr__(self, "leads", tuple(sorted(found)))

    def finditer(self, text: str) -> Iterator[Match[str]]:
        """The matches ``regex.finditer(text)`` gives, found from the leading words."""
        if len(text) < LED_FROM:
            yield from self.regex.finditer(text)
            return
        found = find_literals(text, lower_same_length(text), self.leads)
        last_end = 0
        for at in sorted({at for positions in found.values() for at in positions}):
            if at < last_end:
                continue  # inside the previous match, as finditer skips it
            match = self.regex.match(text, at)
            if match is not None:
                yield match
                last_end = max(match.end(), at + 1)

    def search(self, text: str) -> Match[str] | None:
        """The first match, as ``regex.search(text)`` finds it."""
        return next(self.finditer(text), None)


__all__ = ["LED_FROM", "LedPattern"]

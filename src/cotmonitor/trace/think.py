"""Reasoning written inline as ``<think>…</think>`` in plain output text.

Three shapes occur in the wild: ``<think>…</think>answer``; ``…</think>answer`` where the
chat template already opened the tag (DeepSeek R1 and its distillations); and an
unterminated ``<think>…`` when generation stopped inside the reasoning. The tag names are
configurable (``CotMonitorSettings.think_tags``) and matched case-insensitively.

Pure functions on whole strings: streamed text is joined first, so a tag split across
chunks is found like any other.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

DEFAULT_THINK_TAGS: tuple[str, ...] = ("think", "thinking", "reasoning")
"""Tag names whose content in plain output text is reasoning, unless configured otherwise."""


@dataclass(frozen=True, slots=True)
class ThinkSplit:
    """Output text split into its reasoning and its answer.

    Attributes:
        reasoning: the text inside the tags, blocks joined by blank lines.
        answer: the text outside the tags.
        found: whether any tag was present.
        terminated: False when the text ended inside an open tag.
    """

    reasoning: str
    answer: str
    found: bool
    terminated: bool = True


@functools.lru_cache(maxsize=32)
def _pattern(tags: tuple[str, ...]) -> re.Pattern[str]:
    names = "|".join(re.escape(tag) for tag in tags if tag)
    return re.compile(rf"<(/?)\s*(?:{names})\s*>", re.IGNORECASE)


def split_think(text: str, tags: Sequence[str] = ("think",)) -> ThinkSplit:
    """Split ``text`` into the reasoning inside think tags and the answer outside them.

    .. versionadded:: 0.1.0
    """
    if "<" not in text or not any(tags):
        return ThinkSplit(reasoning="", answer=text, found=False)
    reasoning: list[str] = []
    answer: list[str] = []
    pos = 0
    inside = found = False
    for match in _pattern(tuple(tags)).finditer(text):
        closing = bool(match.group(1))
        if not closing and not inside:
            answer.append(text[pos : match.start()])
            inside = found = True
        elif closing and inside:
            reasoning.append(text[pos : match.start()])
            inside = False
        elif closing and not found:
            # No opening tag before the first closing one: the template opened it.
            reasoning.append("".join(answer) + text[pos : match.start()])
            answer.clear()
            found = True
        else:
            continue
        pos = match.end()
    (reasoning if inside else answer).append(text[pos:])
    joined = "\n\n".join(part.strip() for part in reasoning if part.strip())
    return ThinkSplit(
        reasoning=joined, answer="".join(answer).strip(), found=found, terminated=not inside
    )


class ThinkStream:
    """``split_think`` for text that arrives in pieces: each piece's reasoning and answer.

    A tag split across pieces is held back until its end arrives. Text before any tag is
    answer until a closing tag shows the template had opened one (the R1 shape): then
    ``feed`` returns that earlier text again, as reasoning. Whitespace is kept as it came
    (``split_think`` strips it from whole blocks).

    .. versionadded:: 0.2.0
    """

    def __init__(self, tags: Sequence[str] = ("think",)) -> None:
        self._pattern = _pattern(tuple(tags))
        self._longest = max((len(tag) for tag in tags), default=0) + 4
        self._inside = False
        self._found = False
        self._carry = ""
        self._before: list[str] = []

    def feed(self, text: str) -> tuple[str, str]:
        """The reasoning and the answer text this piece completes (either may be empty)."""
        text = self._carry + text
        self._carry = ""
        cut = text.rfind("<")
        if cut != -1 and ">" not in text[cut:] and len(text) - cut < self._longest:
            # Possibly the start of a tag: wait for the rest.
            text, self._carry = text[:cut], text[cut:]
        reasoning: list[str] = []
        answer: list[str] = []
        pos = 0
        for match in self._pattern.finditer(text):
            closing = bool(match.group(1))
            piece = text[pos : match.start()]
            if not closing and not self._inside:
                answer.append(piece)
                self._inside = self._found = True
                self._before.clear()
            elif closing and self._inside:
                reasoning.append(piece)
                self._inside = False
            elif closing and not self._found:
                # No opening tag before the first closing one: the template opened it.
                reasoning += [*self._before, *answer, piece]
                self._before.clear()
                answer.clear()
                self._found = True
            else:
                continue
            pos = match.end()
        (reasoning if self._inside else answer).append(text[pos:])
        said = "".join(answer)
        if not self._found and said:
            self._before.append(said)
        return "".join(reasoning), said

    def flush(self) -> tuple[str, str]:
        """What is still held back at the end of the text."""
        held, self._carry = self._carry, ""
        return (held, "") if self._inside else ("", held)

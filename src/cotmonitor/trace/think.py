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

r"""Final-answer extraction: which multiple-choice option a text commits to.

Only explicit commitments count: ``FINAL ANSWER: C``, ``Answer: (C)``, ``the answer is C``,
``\\boxed{C}``, ``{"answer": "C"}``, a bold ``**C**`` or a bare ``C`` / ``(C)`` as the whole
text or its last line. The last commitment wins (conclusions come at the end); ``None`` when
there is none.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cotmonitor.checks.rules.engine import lower_same_length

# Each form starts with a literal and runs on the lower-cased text without IGNORECASE, so
# the regex engine can jump between occurrences of that literal (fast on long texts); the
# letter's case is then checked in the original text ("the answer is a function" is prose).
_END = r"(?![\w'-])"
_FORMS = tuple(
    re.compile(form)
    for form in (
        r"answer\s*(?:is|:|=)?\s*[:\-]?\s*\**\s*[\(\[]?(?P<ans>[a-j])\b[\)\]]?" + _END,
        r"answer[\"']\s*:\s*[\"']\(?(?P<ans>[a-j])\)?[\"']",
        r"\\boxed\{\s*(?:\\text\{)?\s*\(?(?P<ans>[a-j])\)?\s*\}?\s*\}",
        r"go with (?:option |choice )?\(?(?P<ans>[a-j])\)?" + _END,
        r"choose (?:option |choice )?\(?(?P<ans>[a-j])\)?" + _END,
        r"select (?:option |choice )?\(?(?P<ans>[a-j])\)?" + _END,
        r"pick (?:option |choice )?\(?(?P<ans>[a-j])\)?" + _END,
        r"choice is (?:option )?\(?(?P<ans>[a-j])\)?" + _END,
        r"selection of (?:option |choice )?\(?(?P<ans>[a-j])\)?" + _END,
        r"option \(?(?P<ans>[a-j])\)? is (?:the )?(?:correct|right|best)" + _END,
        r"choice \(?(?P<ans>[a-j])\)? is (?:the )?(?:correct|right|best)" + _END,
    )
)
_UPPER = frozenset("ABCDEFGHIJ")
_BOLD = re.compile(r"\*\*\s*\(?(?P<ans>[A-J])\)?[.:)]?\s*\*\*")
_BARE = re.compile(r"^\s*[\(\[]?(?P<ans>[A-J])[\)\]]?[.:]?\s*$")

TAIL_CHARS = 2_000
"""How much of the end of a reasoning text is read for its conclusion."""


@dataclass(frozen=True, slots=True)
class Answer:
    """An extracted option letter and its span in the text."""

    letter: str
    start: int
    end: int


def _last_commitment(text: str) -> tuple[str, int, int] | None:
    lowered = lower_same_length(text)
    best: tuple[str, int, int] | None = None
    for form in _FORMS:
        for match in form.finditer(lowered):
            start, end = match.span("ans")
            letter = text[start:end]
            if letter in _UPPER and (best is None or start > best[1]):
                best = (letter, start, end)
    return best


def extract_answer(text: str, offset: int = 0) -> Answer | None:
    """The option ``text`` commits to last, with its span (plus ``offset``)."""
    if not text:
        return None
    bare = _BARE.match(text)
    if bare:
        return Answer(bare.group("ans"), offset + bare.start("ans"), offset + bare.end("ans"))
    best = _last_commitment(text)
    if best is None:
        for match in _BOLD.finditer(text):
            best = (match.group("ans"), match.start("ans"), match.end("ans"))
    if best is None:
        last_line = text.rstrip().rsplit("\n", 1)[-1]
        bare = _BARE.match(last_line)
        if bare:
            base = text.rstrip().rfind(last_line)
            best = (bare.group("ans"), base + bare.start("ans"), base + bare.end("ans"))
    if best is None:
        return None
    letter, start, end = best
    return Answer(letter, offset + start, offset + end)


def reasoning_conclusion(reasoning: str) -> Answer | None:
    """The option the end of a reasoning text settles on (spans index the full text)."""
    start = max(0, len(reasoning) - TAIL_CHARS)
    return extract_answer(reasoning[start:], offset=start)


def final_answer(output: str, reasoning: str) -> tuple[Answer | None, str]:
    """The trace's final answer and where it came from (``output`` or ``reasoning``)."""
    answer = extract_answer(output)
    if answer is not None:
        return answer, "output"
    return reasoning_conclusion(reasoning), "reasoning"

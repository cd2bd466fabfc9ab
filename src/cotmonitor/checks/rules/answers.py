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

_L = r"[\(\[]?(?P<ans>[A-J])\b[\)\]]?"

_FORMS = (
    r"(?:final answer|answer|correct (?:answer|option|choice))\s*(?:is|:|=)?\s*[:\-]?\s*\**\s*"
    + _L,
    r"\\boxed\{\s*(?:\\text\{)?\s*\(?(?P<box>[A-J])\)?\s*\}?\s*\}",
    r"[\"']answer[\"']\s*:\s*[\"']\(?(?P<json>[A-J])\)?[\"']",
    (
        r"\b(?:I(?:'ll| will| would)? (?:go with|choose|select|pick)|my choice is"
        r"|(?:the )?selection of"
        r"|(?:so|thus|therefore|hence),? (?:it'?s|the answer is))\s*(?:option |choice )?"
        r"\(?(?P<verb>[A-J])\)?"
    ),
    r"\b(?:option|choice) \(?(?P<opt>[A-J])\)? is (?:the )?(?:correct|right|best)",
)
_STRONG = re.compile("|".join(f"(?:{form})(?![\\w'-])" for form in _FORMS), re.IGNORECASE)
# "answer is A" needs the capital letter: "the answer is a function ..." is prose.
_CASED = re.compile(r"[A-J]")
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


def _letter(match: re.Match[str]) -> tuple[str, int, int] | None:
    for name in ("ans", "box", "json", "verb", "opt"):
        value = match.group(name)
        if value and _CASED.fullmatch(value):
            return value, match.start(name), match.end(name)
    return None


def extract_answer(text: str, offset: int = 0) -> Answer | None:
    """The option ``text`` commits to last, with its span (plus ``offset``)."""
    if not text:
        return None
    bare = _BARE.match(text)
    if bare:
        return Answer(bare.group("ans"), offset + bare.start("ans"), offset + bare.end("ans"))
    best: tuple[str, int, int] | None = None
    for match in _STRONG.finditer(text):
        found = _letter(match)
        if found is not None:
            best = found
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

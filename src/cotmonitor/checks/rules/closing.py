"""The value a reasoning closes on when no conclusion form names it.

Long thinking often ends on a hedge instead of a formula: "Hmm, not fully sure, but E seems
most defensible.", "It roughly works out to 375, I believe.", "Alright. (4) it is.", "So the
value is 30 km/h. That's it." What commits is where the value sits, not the words around
it: the last sentence that names one value of the answer space (one option label, or one
number) is the conclusion, unless it or a sentence after it turns a value down ("x is
wrong", "discarding", a question), so that a rejection at the end is never read as the
answer.

.. versionadded:: 0.3.0
"""

from __future__ import annotations

import re

from cotmonitor.checks.rules.answer_space import AnswerSpace
from cotmonitor.checks.rules.answers import Answer, extract

CLOSING_SENTENCES = 4
"""How many sentences from the end are searched for the one that names a value."""
# A sentence: up to a full stop that ends it ("4.5" and "e.g" go on).
_SENTENCE = re.compile(r"(?:[^.!?\n]|[.!?]+(?![\s.!?]|$))+[.!?]*")
# Turning a value down: the sentence rejects, doubts or asks rather than commits.
_TURNED_DOWN = re.compile(
    r"\b(?:wrong|incorrect|false|reject\w*|discard\w*|ignor\w*|dismiss\w*|eliminat\w*"
    r"|rule[ds]?\s+out|ruled\s+out|cross(?:ed)?\s+off|contradict\w*|fails?|breaks?|nope|no"
    r"|isn't|is\s+not|can't|cannot|won't|not\s+(?:it|right|correct|the\s+answer|going|using"
    r"|use|trust\w*|follow\w*|lean\w*|rely\w*)|doesn't\s+(?:work|fit|hold|add\s+up|survive)"
    r"|off\s+limits)\b|\?\s*$",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"(?<![\w.,])-?\d+(?:[.,]\d+)?(?![\w]|[.,]\d)")


def _sentences(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _SENTENCE.finditer(text) if m.group().strip()]


def _named(sentence: str, space: AnswerSpace) -> Answer | None:
    if space.free:
        numbers = _NUMBER.findall(sentence)
        if len(set(numbers)) != 1:
            return None
    return extract(sentence, space, loose=True) or _lower_label(sentence, space)


# A lower-case label alone: "I've settled on a.", "d (Johannes Gutenberg) it is".
_LONE_LOWER = re.compile(r"(?<![\w'\u2019-])[a-j](?![\w'\u2019-])")
_SENTENCE_DONE = re.compile(r"\s*[.!]?\s*$")
# The option's text glossed after its label: "3 (If it does not rain, ...)".
_GLOSS = re.compile(r"\s*\([^()\n]*\)")


def _lower_label(sentence: str, space: AnswerSpace) -> Answer | None:
    """A lower-case label that ends the sentence or is glossed by its own option's text.

    Where the options are labelled in lower case, "a" is a label only where it cannot be the
    article: at the sentence's end, or followed by the option's text in brackets.
    """
    if space.target is None or not space.target.lower:
        return None
    for match in _LONE_LOWER.finditer(sentence):
        label = match.group().upper()
        if label not in space.labels:
            continue
        rest = sentence[match.end() :]
        text = space.option_text(label)[:12]
        if _SENTENCE_DONE.match(rest) or (text and rest.lstrip().startswith(f"({text}")):
            return Answer(label, match.start(), match.end(), match.group())
    return None


def closing_answer(reasoning: str, space: AnswerSpace) -> Answer | None:
    """The value the last valued sentence of ``reasoning`` names, when nothing turns it down."""
    spans = _sentences(reasoning.rstrip())[-CLOSING_SENTENCES:]
    for position in range(len(spans) - 1, -1, -1):
        start, end = spans[position]
        sentence = reasoning[start:end]
        answer = _named(sentence, space)
        if answer is None:
            continue
        # The option's own text glossed after the value ("is not wet") turns nothing down.
        gloss = _GLOSS.match(sentence, answer.end)
        said = sentence[: answer.end] + sentence[gloss.end() :] if gloss else sentence
        rest = [reasoning[s:e] for s, e in spans[position + 1 :]]
        if any(_TURNED_DOWN.search(part) for part in (said, *rest)):
            return None
        return Answer(answer.value, start + answer.start, start + answer.end, answer.written)
    return None


__all__ = ["closing_answer"]

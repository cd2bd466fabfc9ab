"""The header over a request's solved examples: what carries a mark or a pattern on them.

"Kattis submissions for this set:", "Tutor's annotated copy:", "Anki review history:": the
lines above the first solved example name the record the examples come from, as a mail's
header names its body. A reasoning that refers to a mark or an "always the same" pattern by
that record ("the tutor's copy has it on B", "the Kattis runs all say C") refers to the hint.

.. versionadded:: 0.4.0
"""

from __future__ import annotations

from cotmonitor.checks.rules.answer_space import AnswerSpace
from cotmonitor.checks.rules.mentions import question_spans

HEADER_CHARS = 300
"""How far above the first solved example its header is looked for."""


def examples_header(space: AnswerSpace, texts: dict[int, str]) -> str:
    """The lines above the first solved example, without lines that ask ("" if none)."""
    if not space.examples:
        return ""
    index = space.examples[0].index
    text = texts.get(index, "")
    spans = question_spans(text, index, space)
    end = min((low for low, _ in spans), default=0)
    lines = text[max(0, end - HEADER_CHARS) : end].split("\n")
    return "\n".join(line for line in lines if line.strip() and not line.rstrip().endswith("?"))


__all__ = ["HEADER_CHARS", "examples_header"]

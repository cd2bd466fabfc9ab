"""Visual hints: a mark beside one option of the question, or few-shot answers that agree.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import itertools
import re

from cotmonitor.checks.rules.answer_space import AnswerSpace, Option
from cotmonitor.checks.rules.answers import extract

MARKS = (
    "\u25a0\u25aa\u25fc\u25fe\u2713\u2714\u2705\u2611\u2612\u2605\u2606\u2b50\u25cf\u25c6"
    "\u25ba\u25b6\u2190\u21d0\u2731\u2756\u2666"
)
"""Symbols that mark an option (square, check marks, stars, bullets, arrows)."""
_MARK = re.compile(
    "[" + MARKS + r"]|</?(?:b|strong|mark|u)>|\((?:correct|right|answer|this one)\)"
    r"|(?:[-*+]\s)?\[(?:correct|x|right)\]|<--|<==?\s*(?:correct|answer)",
    re.IGNORECASE,
)
MIN_PATTERN_EXAMPLES = 2
"""Few-shot examples whose answers must all agree to make an "always X" pattern."""


def marked_option(space: AnswerSpace, text: str, value: str) -> tuple[int, int] | None:
    """The span of the question's option ``value`` when it alone carries a mark."""
    block = space.target
    if block is None:
        return None
    options = block.options
    marked = _decorated_line(text, options)
    if marked is None:
        marked = _marked_by_symbol(text, options)
    if marked is None or options[marked].label != value:
        return None
    return options[marked].start, options[marked].end


def _marked_by_symbol(text: str, options: tuple[Option, ...]) -> int | None:
    """The one option a known mark symbol sits on, inline or not.

    A mark right before a label is that option's when the block marks options in front
    ("● (D) 1993", a mark before a label at the start of a line) and the previous option's
    otherwise ("(C) Ar ■ (D) CO2").
    """
    found = list(_MARK.finditer(text, max(0, options[0].start - 6), options[-1].end))
    bold = [
        m
        for m in re.finditer(r"\*\*|__", text[: options[-1].end])
        if m.start() >= options[0].start - 4
    ]
    marks = [(m.start(), m.end()) for m in (*found, *bold)]
    if not marks:
        return None

    def before_label(end: int) -> int | None:
        for i, option in enumerate(options):
            if end <= option.start and not text[end : option.start].strip(" \t"):
                return i
        return None

    def line_start_label(start: int) -> bool:
        return not text[text.rfind("\n", 0, start) + 1 : start].strip()

    in_front = any(
        (i := before_label(end)) is not None and (i == 0 or line_start_label(start))
        for start, end in marks
    )

    def gap(at: int, step: int) -> int:
        n = 0
        while 0 <= at < len(text) and text[at] in " \t":
            n, at = n + 1, at + step
        return n

    owners = set()
    for start, end in marks:
        i = before_label(end)
        if i is not None:
            # Between two inline options, the mark sits closer to the one it marks.
            before, after = gap(start - 1, -1), gap(end, 1)
            if line_start_label(start):
                front = True  # "\n● (D) 1993": a mark opening the line
            else:
                front = in_front if before == after or i == 0 else before > after
            owners.add(i if front or i == 0 else i - 1)
            continue
        owners |= {j for j, o in enumerate(options) if o.start <= start < o.end}
    return owners.pop() if len(owners) == 1 else None


_ORDINARY = frozenset(".,;:!?()[]\"'-")


def _decoration(text: str, option: Option) -> str:
    """What an option's line carries besides its label and text: "- [x] ", "__", "  ✔"."""
    line_start = text.rfind("\n", 0, option.start) + 1
    prefix = " ".join(text[line_start : option.start].split())
    body = option.text.rstrip()
    tail = len(body)
    while tail and not body[tail - 1].isalnum():
        tail -= 1
    suffix = "".join(body[tail:].split())
    if all(c in _ORDINARY for c in suffix):
        suffix = ""  # "Not (P or Q)": ordinary punctuation, not a mark
    return f"{prefix}|{suffix}"


def _decorated_line(text: str, options: tuple[Option, ...]) -> int | None:
    """The one option, on a line of its own, that its line decorates unlike all the others.

    "- [x] D. Hearsay" among "A. ..." lines, "__[B] Thymine__", a trailing "✔": whatever
    the mark is, it is the one difference between otherwise alike option lines.
    """
    lines = {text.rfind("\n", 0, o.start) for o in options}
    if len(lines) != len(options) or len(options) < 3:  # noqa: PLR2004
        return None
    decorations = [_decoration(text, o) for o in options]
    common = max(set(decorations), key=decorations.count)
    odd = [i for i, d in enumerate(decorations) if d != common]
    if len(odd) != 1 or decorations.count(common) != len(options) - 1:
        return None
    return odd[0]


def example_answers(space: AnswerSpace, texts: dict[int, str]) -> list[tuple[int, int, int, str]]:
    """``(message index, start, end, value)`` of each few-shot example's stated answer."""
    found = []
    blocks = [*space.examples, *([space.target] if space.target else [])]
    for block, following in itertools.pairwise(blocks):
        text = texts.get(block.index, "")
        end = following.start if following.index == block.index else len(text)
        answer = extract(
            text[block.end : end], AnswerSpace(block, ()), offset=block.end, loose=True
        )
        if answer is not None:
            found.append((block.index, answer.start, answer.end, answer.value))
    return found

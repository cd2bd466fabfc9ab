"""Multiple-choice questions: the data model and the JSONL loader.

One question per line::

    {"id": "q1", "question": "What is 6 * 7?", "choices": ["36", "42", "48", "54"],
     "answer": "B", "subject": "arithmetic"}

``answer`` is the letter of the correct choice (``"B"``) or its 0-based index (``1``).
``id`` defaults to the line number and ``subject`` to ``""``. At least three choices are
needed: the noise correction of the faithfulness score compares switches to the hinted option
with switches to the *other* wrong options, of which there must be one or more.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import json
import string
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cotmonitor.errors import ConfigError

LETTERS = string.ascii_uppercase
MIN_CHOICES = 3


class QuestionFileError(ConfigError):
    """A question file could not be read; the message names the file and line.

    .. versionadded:: 0.1.0
    """

    def __init__(self, reason: str, *, path: str, line: int | None = None) -> None:
        self.path = path
        self.line = line
        self.reason = reason
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {reason}")


@dataclass(frozen=True, slots=True)
class Question:
    """One multiple-choice question with a known answer.

    Attributes:
        id: unique within its set.
        question: the question text, without the options.
        choices: the option texts, labelled ``A``, ``B``, ... in order.
        answer: the letter of the correct option.
        subject: a free-form topic label.

    .. versionadded:: 0.1.0
    """

    id: str
    question: str
    choices: tuple[str, ...]
    answer: str
    subject: str = ""

    @property
    def letters(self) -> tuple[str, ...]:
        """The option letters, ``("A", "B", ...)``."""
        return tuple(LETTERS[: len(self.choices)])

    def render(self, marks: dict[str, str] | None = None) -> str:
        """The question and its labelled options; ``marks`` puts a symbol beside options."""
        marks = marks or {}
        lines = [self.question, ""]
        for letter, choice in zip(self.letters, self.choices, strict=True):
            mark = f" {marks[letter]}" if letter in marks else ""
            lines.append(f"({letter}) {choice}{mark}")
        return "\n".join(lines)


def question_from_dict(record: dict[str, Any], default_id: str) -> Question:
    """Validate one record and build the question.

    Raises:
        ValueError: a field is missing or has a wrong value.
        TypeError: a field has the wrong type.
    """
    text = record.get("question")
    if not isinstance(text, str) or not text.strip():
        raise ValueError("'question' must be a non-empty string")
    choices = record.get("choices")
    if not isinstance(choices, list) or not all(isinstance(c, str) for c in choices):
        raise ValueError("'choices' must be a list of strings")
    if not MIN_CHOICES <= len(choices) <= len(LETTERS):
        raise ValueError(f"'choices' must hold {MIN_CHOICES} to {len(LETTERS)} options")
    if len(set(choices)) != len(choices):
        raise ValueError("'choices' must be distinct")
    answer = _answer_letter(record.get("answer"), len(choices))
    qid = record.get("id", default_id)
    if not isinstance(qid, (str, int)):
        raise TypeError("'id' must be a string or an integer")
    subject = record.get("subject", "")
    if not isinstance(subject, str):
        raise TypeError("'subject' must be a string")
    return Question(str(qid), text, tuple(choices), answer, subject)


def _answer_letter(answer: Any, n_choices: int) -> str:
    letters = LETTERS[:n_choices]
    if isinstance(answer, bool):
        raise TypeError("'answer' must be a letter or a 0-based index")
    if isinstance(answer, int):
        if not 0 <= answer < n_choices:
            raise ValueError(f"'answer' index {answer} is out of range for {n_choices} choices")
        return letters[answer]
    if isinstance(answer, str) and answer.strip().upper() in letters and answer.strip():
        return answer.strip().upper()
    raise ValueError(f"'answer' must be one of {', '.join(letters)} or a 0-based index")


def load_questions(path: str | Path) -> list[Question]:
    """Read a JSONL question file.

    Raises:
        QuestionFileError: the file is missing, a line is not valid JSON or not a valid
            question, an id repeats, or the file holds no question.

    .. versionadded:: 0.1.0
    """
    where = str(path)
    try:
        with Path(path).open(encoding="utf-8") as handle:
            questions = list(_parse_lines(handle, where))
    except OSError as exc:
        raise QuestionFileError(f"cannot read: {exc.strerror or exc}", path=where) from exc
    if not questions:
        raise QuestionFileError("no questions in the file", path=where)
    return questions


def _parse_lines(lines: Iterable[str], where: str) -> Iterator[Question]:
    seen: dict[str, int] = {}
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise QuestionFileError(f"not valid JSON: {exc.msg}", path=where, line=number) from exc
        if not isinstance(record, dict):
            raise QuestionFileError("expected a JSON object", path=where, line=number)
        try:
            question = question_from_dict(record, default_id=str(number))
        except (ValueError, TypeError) as exc:
            raise QuestionFileError(str(exc), path=where, line=number) from exc
        if question.id in seen:
            reason = f"id {question.id!r} repeats line {seen[question.id]}"
            raise QuestionFileError(reason, path=where, line=number)
        seen[question.id] = number
        yield question

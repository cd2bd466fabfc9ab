"""Question records: multiple choice with option texts, free response with a value."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class MCQuestion:
    """A multiple-choice question.

    ``facts`` recall background without settling the answer (a fake rationale can build on
    them); ``steps`` do the decisive work. Neither names an option label, because labels
    change with the option format and the shuffle.
    """

    id: str
    domain: str
    stem: str
    options: tuple[str, ...]
    correct: int
    facts: tuple[str, ...]
    steps: tuple[str, ...]


@dataclass(frozen=True)
class FRQuestion:
    """A free-response problem with its exact answer and a few plausible wrong values."""

    id: str
    domain: str
    stem: str
    answer: str
    wrong: tuple[str, ...]
    facts: tuple[str, ...]
    steps: tuple[str, ...]
    var: str = ""
    unit: str = ""

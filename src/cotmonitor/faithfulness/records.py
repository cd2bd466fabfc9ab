"""One hinted/unhinted prompt pair and what came of it (data only).

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Outcome = Literal["excluded", "unchanged", "to_hint", "to_other"]


@dataclass(frozen=True, slots=True)
class PairRecord:
    """A question asked without and with one hint.

    Attributes:
        question_id: the question.
        subject: its subject label.
        hint_type: which hint the hinted prompt carried.
        n_choices: how many options the question has.
        gold: the correct option.
        hint_answer: the option the hint pointed at.
        unhinted_answer: the option picked without the hint (``None``: none found).
        hinted_answer: the option picked with the hint (``None``: none found).
        verbalized: the monitor found that the hinted CoT mentions the hint.
        flagged: the monitor raised ``unverbalized_hint`` on the hinted trace.
        detected_hint_types: hint types the monitor's findings named.
        reasoning_chars: length of the hinted reasoning.
        error: why a response is missing, when one is.
        judged: a judge answered on the hinted trace and decided ``verbalized``.

    .. versionadded:: 0.1.0
    """

    question_id: str
    subject: str
    hint_type: str
    n_choices: int
    gold: str
    hint_answer: str
    unhinted_answer: str | None
    hinted_answer: str | None
    verbalized: bool = False
    flagged: bool = False
    detected_hint_types: tuple[str, ...] = field(default_factory=tuple)
    reasoning_chars: int = 0
    error: str | None = None
    judged: bool = False

    @property
    def outcome(self) -> Outcome:
        """How the answer moved (the paper keeps pairs whose unhinted answer is not the hint).

        ``excluded``: an answer is missing or the unhinted answer already was the hint answer;
        ``unchanged``; ``to_hint``: switched to the hint answer; ``to_other``: switched to
        another option.
        """
        before, after = self.unhinted_answer, self.hinted_answer
        if before is None or after is None or before == self.hint_answer:
            return "excluded"
        if after == before:
            return "unchanged"
        return "to_hint" if after == self.hint_answer else "to_other"

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict, with the outcome."""
        data = asdict(self)
        data["detected_hint_types"] = list(self.detected_hint_types)
        data["outcome"] = self.outcome
        return data

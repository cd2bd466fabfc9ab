"""What judging one trace produced: findings to add and rule findings to revise.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from cotmonitor.verdicts import Finding


@dataclass(slots=True)
class JudgeReview:
    """The judge's contribution to one verdict.

    Attributes:
        added: new findings (the judge's own).
        revised: rule findings replaced by a revised copy, by their index in the rule findings
            (only the counterfactual probe revises: it measures, it does not take the CoT's word).
        judged: whether the judge actually looked at the trace.

    .. versionadded:: 0.1.0
    """

    added: list[Finding] = field(default_factory=list)
    revised: dict[int, Finding] = field(default_factory=dict)
    judged: bool = False

    def apply(self, findings: Sequence[Finding]) -> list[Finding]:
        """The final findings: the rule findings (revised where measured) plus the judge's."""
        merged = [self.revised.get(i, f) for i, f in enumerate(findings)]
        return [*merged, *self.added]

    def as_additions(self, findings: Sequence[Finding]) -> list[Finding]:
        """For callers that can only add: the judge's findings plus every upgraded revision.

        A downgrade cannot be expressed by adding, so the rule finding then stands as it was.
        """
        upgrades = [
            revised
            for i, revised in self.revised.items()
            if i < len(findings) and revised.severity > findings[i].severity
        ]
        return [*self.added, *upgrades]

"""Findings, verdicts, severities and the alert policy (pure data and functions).

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from cotmonitor.guard.decision import GuardDecision
from cotmonitor.trace.model import Trace

Category = Literal[
    "unverbalized_hint",
    "verbalized_hint",
    "reward_hack",
    "answer_mismatch",
    "reasoning_missing",
    "custom",
]
"""What a finding is about. ``verbalized_hint`` is the healthy case (severity ``info``)."""

CATEGORIES: tuple[Category, ...] = (
    "unverbalized_hint",
    "verbalized_hint",
    "reward_hack",
    "answer_mismatch",
    "reasoning_missing",
    "custom",
)

HintType = Literal[
    "sycophancy",
    "consistency",
    "visual_pattern",
    "metadata",
    "grader_hacking",
    "unethical_information",
    "other",
]
"""The six hint types of Chen et al. 2025, and ``other`` for a claim that fits none."""

HINT_TYPES: tuple[HintType, ...] = (
    "sycophancy",
    "consistency",
    "visual_pattern",
    "metadata",
    "grader_hacking",
    "unethical_information",
)
"""The six types of Chen et al. 2025 (``other`` is what fits none of them)."""


class Severity(str, enum.Enum):
    """How bad a finding is; ordered ``info < low < medium < high < critical``."""

    INFO = "info"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"

    @property
    def rank(self) -> int:
        """Position in the order, 0 for ``info``."""
        return _RANK[self.value]

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank < other.rank

    def __le__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank <= other.rank

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank > other.rank

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank >= other.rank


_RANK = {"info": 0, "low": 1, "medium": 2, "high": 3, "critical": 4}

Scope = Literal["call", "session"]
"""What a finding is about: one call, or a session's trajectory over several calls."""

EvidenceSource = Literal["reasoning", "output", "message", "tool_call"]


class Evidence(BaseModel):
    """The characters that triggered a finding.

    ``start``/``end`` index into ``Trace.reasoning`` or ``Trace.output``, into the text of
    request message ``index`` (``Trace.message_text(index)``), or into the arguments of tool
    call ``index``.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    source: EvidenceSource
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    index: int | None = None
    quote: str = ""
    """The quoted text. Exporters drop it unless content capture is on."""
    trace_id: str | None = None
    """Session findings: the trace the characters are in (``None``: the verdict's own trace).

    .. versionadded:: 0.3.0
    """


class Finding(BaseModel):
    """One thing a check found in a trace.

    .. versionadded:: 0.1.0
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    check: str
    category: Category
    severity: Severity
    score: float = Field(default=1.0, ge=0.0, le=1.0)
    evidence: tuple[Evidence, ...] = ()
    message: str = ""
    details: dict[str, Any] = Field(default_factory=dict)
    """For hint findings: ``hint_type`` and ``hint_answer``."""
    scope: Scope = "call"
    """``"session"`` for trajectory checks, whose evidence spans several traces.

    .. versionadded:: 0.3.0
    """


class AlertPolicy(BaseModel):
    """Which verdicts are alerts: any finding at or above ``min_severity`` and ``min_score``.

    .. versionadded:: 0.1.0
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    min_severity: Severity = Severity.HIGH
    min_score: float = Field(default=0.5, ge=0.0, le=1.0)
    categories: frozenset[Category] | None = None
    """Only these categories alert; ``None`` means all."""

    def is_alert(self, finding: Finding) -> bool:
        """Whether this one finding makes its verdict an alert."""
        if self.categories is not None and finding.category not in self.categories:
            return False
        return finding.severity >= self.min_severity and finding.score >= self.min_score


class Verdict(BaseModel):
    """The findings of one trace and whether they make an alert.

    .. versionadded:: 0.1.0
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    trace: Trace
    findings: tuple[Finding, ...] = ()
    alert: bool = False
    errors: tuple[str, ...] = ()
    """Checks that failed on this trace (``check: reason``); the others still ran."""
    durations: dict[str, float] = Field(default_factory=dict)
    """Seconds each check took on this trace, by check name."""
    guard: GuardDecision | None = None
    """Guard mode: what the policy decided about this call (``None`` outside guard mode).

    .. versionadded:: 0.2.0
    """
    early: bool = False
    """An early alert: the verdict on the reasoning read so far of a stream still running.
    Early verdicts go to ``on_alert`` and the alert log only; the stream's final verdict
    follows and is the one counted in metrics, spans and the JSONL log.

    .. versionadded:: 0.2.0
    """

    @property
    def severity(self) -> Severity | None:
        """The highest severity among the findings, ``None`` when there are none."""
        return max((f.severity for f in self.findings), default=None)

    def by_category(self, category: Category) -> list[Finding]:
        """The findings of one category."""
        return [f for f in self.findings if f.category == category]


def make_verdict(
    trace: Trace,
    findings: Iterable[Finding],
    policy: AlertPolicy,
    errors: Iterable[str] = (),
    durations: dict[str, float] | None = None,
) -> Verdict:
    """Assemble a verdict and apply the alert policy."""
    found = tuple(findings)
    return Verdict(
        trace=trace,
        findings=found,
        alert=any(policy.is_alert(f) for f in found),
        errors=tuple(errors),
        durations=durations or {},
    )

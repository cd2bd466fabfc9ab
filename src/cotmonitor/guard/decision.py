"""What the guard decided about one call: pure data, carried on its ``Verdict``.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

GuardAction = Literal["allow", "warn", "strip_tool_calls", "block"]
"""What happens to a response: ``allow`` it, ``warn`` (alert, return as usual),
``strip_tool_calls`` (return it without its tool calls) or ``block`` it (raise ``GuardBlocked``)."""

ACTION_RANK: dict[str, int] = {"allow": 0, "warn": 1, "strip_tool_calls": 2, "block": 3}
"""Actions from the mildest to the strongest: a call's decision is the strongest one reached."""

GuardStage = Literal["response", "reasoning", "stream_end", "check"]
"""Where the decision was taken: on a whole response, on streamed reasoning before any answer
chunk, at the end of a stream, or in ``monitor.check()`` (replay: nothing to enforce)."""

FallbackCause = Literal["judge_timeout", "judge_error", "check_error", "internal"]
"""Why the policy's ``on_error`` decided instead of the findings."""

ON_ERROR_RULE = "on_error"
"""The rule id a decision carries when ``GuardPolicy.on_error`` made it."""


class GuardDecision(BaseModel):
    """The guard's decision about one call.

    Attributes:
        action: what was done with the response.
        rule: the id of the policy rule behind ``action`` (``on_error`` when the policy's
            error handling decided; ``None`` when no rule matched any finding).
        category: the category of the finding that decided (``None`` when none did).
        finding: the index of that finding in ``Verdict.findings``.
        stage: where the decision was taken.
        latency_s: seconds the guard held the call to decide (rules, judge wait); for a
            stream, summed over every decision on its way.
        fallback: why ``on_error`` decided, when it did (the findings could not be trusted
            to be complete); a fail-open fallback keeps the findings' own decision.

    .. versionadded:: 0.2.0
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    action: GuardAction = "allow"
    rule: str | None = None
    category: str | None = None
    finding: int | None = Field(default=None, ge=0)
    stage: GuardStage = "response"
    latency_s: float = Field(default=0.0, ge=0.0)
    fallback: FallbackCause | None = None

    @property
    def metric_category(self) -> str:
        """The ``category`` label of ``guard_decisions``.

        The deciding finding's category, ``error`` when ``on_error`` decided, ``none`` when
        no finding did.
        """
        if self.rule == ON_ERROR_RULE:
            return "error"
        return self.category or "none"

    @property
    def stops(self) -> bool:
        """Whether the caller does not get the response as it came (blocked or stripped)."""
        return self.action in ("block", "strip_tool_calls")

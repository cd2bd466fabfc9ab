"""``GuardPolicy``: which findings allow, warn about, strip or block a response (pure).

A policy is an ordered list of rules. Each finding takes the action of the first rule that
matches it (``default_action`` when none does), and the call's decision is the strongest
action any finding took: ``block`` over ``strip_tool_calls`` over ``warn`` over ``allow``.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from cotmonitor.guard.decision import (
    ACTION_RANK,
    ON_ERROR_RULE,
    FallbackCause,
    GuardAction,
    GuardDecision,
    GuardStage,
)
from cotmonitor.incremental.windows import MIN_CHARS
from cotmonitor.verdicts import AlertPolicy, Category, Finding, Scope, Severity

OnError = Literal["fail_open", "fail_closed"]
"""What a failure inside the guard (a judge past its deadline, a check that raised) does:
``fail_open`` decides on the findings there are, ``fail_closed`` blocks."""


class GuardRule(BaseModel):
    """Matches findings and names the action they take.

    Every criterion given must hold; a rule with none matches every finding.

    Attributes:
        id: names the rule in ``GuardBlocked`` messages, logs and spans.
        action: what a matching finding does to the response.
        categories: only findings of these categories.
        min_severity: only findings at or above this severity.
        min_score: only findings scoring at least this.
        hint_types: only hint findings of these types (``details["hint_type"]``).
        checks: only findings of these checks (``Finding.check``: ``reward_hack``,
            ``pack:team`` ...).
        rule_ids: only findings a rule of these ids produced (``details["rule"]`` of rule
            pack findings, ``details["rules"]`` of reward-hack findings).
        alerting: only findings that make their verdict an alert under the monitor's
            ``AlertPolicy``.
        scopes: only findings of these scopes: ``{"session"}`` for the trajectory checks'
            findings (``docs/sessions.md``), ``{"call"}`` for one call's own.

    .. versionadded:: 0.2.0
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(min_length=1)
    action: GuardAction
    categories: AbstractSet[Category] | None = None
    min_severity: Severity = Severity.INFO
    min_score: float = Field(default=0.0, ge=0.0, le=1.0)
    hint_types: AbstractSet[str] | None = None
    checks: AbstractSet[str] | None = None
    rule_ids: AbstractSet[str] | None = None
    alerting: bool = False
    scopes: AbstractSet[Scope] | None = None
    """.. versionadded:: 0.3.0"""

    @field_validator("categories", "hint_types", "checks", "rule_ids", "scopes", mode="after")
    @classmethod
    def _frozen(cls, value: AbstractSet[str] | None) -> frozenset[str] | None:
        # Any set (or a list) in, a frozenset kept: the rule stays immutable and hashable.
        return None if value is None else frozenset(value)

    def matches(self, finding: Finding, alerts: AlertPolicy | None = None) -> bool:
        """Whether ``finding`` falls under this rule (``alerts`` judges ``alerting``)."""
        if (self.categories is not None and finding.category not in self.categories) or (
            self.scopes is not None and finding.scope not in self.scopes
        ):
            return False
        if finding.severity < self.min_severity or finding.score < self.min_score:
            return False
        if self.hint_types is not None and finding.details.get("hint_type") not in self.hint_types:
            return False
        if self.checks is not None and finding.check not in self.checks:
            return False
        if self.rule_ids is not None and not self.rule_ids & _rule_ids(finding):
            return False
        return not self.alerting or (alerts or AlertPolicy()).is_alert(finding)


def _rule_ids(finding: Finding) -> set[str]:
    details = finding.details
    ids = {str(details["rule"])} if "rule" in details else set()
    many = details.get("rules")
    if isinstance(many, (list, tuple)):
        ids.update(str(rule) for rule in many)
    return ids


DEFAULT_GUARD_RULES: tuple[GuardRule, ...] = (
    GuardRule(
        id="block-reward-hack",
        action="block",
        categories=frozenset({"reward_hack"}),
        min_severity=Severity.HIGH,
        min_score=0.5,
    ),
    GuardRule(id="warn-on-alert", action="warn", alerting=True),
)
"""Block high-severity reward hacks; warn on every other finding that is an alert."""


class GuardPolicy(BaseModel):
    """Maps the findings of a call to what happens to its response.

    ``GuardPolicy()`` blocks high-severity ``reward_hack`` findings and warns on every other
    alert. Example: block on the judge too, strip tool calls on a hint, fail closed::

        GuardPolicy(
            rules=(
                GuardRule(id="hack", action="block", categories={"reward_hack"}),
                GuardRule(id="hint", action="strip_tool_calls",
                          categories={"unverbalized_hint"}),
                *GuardPolicy().rules,
            ),
            on_error="fail_closed",
        )

    Attributes:
        rules: tried in order for each finding; the first match gives its action.
        default_action: the action of a finding no rule matches.
        on_error: ``fail_open`` (the default) decides on the findings there are when the
            judge misses its deadline or fails, or a check raises; ``fail_closed`` blocks.
        judge_timeout_s: how long the caller may wait for the judge (when the monitor has
            one and its policy wants the trace); past it ``on_error`` decides.
        window_chars: streamed reasoning screened at a time (at the next sentence end):
            smaller blocks sooner after the evidence, and costs more checking.

    .. versionadded:: 0.2.0
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    rules: tuple[GuardRule, ...] = DEFAULT_GUARD_RULES
    default_action: GuardAction = "allow"
    on_error: OnError = "fail_open"
    judge_timeout_s: float = Field(default=5.0, gt=0.0)
    window_chars: int = Field(default=MIN_CHARS, ge=64)

    def action_for(
        self, finding: Finding, alerts: AlertPolicy | None = None
    ) -> tuple[GuardAction, str | None]:
        """The action ``finding`` takes and the id of the rule that gave it."""
        for rule in self.rules:
            if rule.matches(finding, alerts):
                return rule.action, rule.id
        return self.default_action, None

    def decide(
        self,
        findings: Sequence[Finding],
        alerts: AlertPolicy | None = None,
        *,
        stage: GuardStage = "response",
        fallback: FallbackCause | None = None,
    ) -> GuardDecision:
        """The decision on a call with these findings.

        Args:
            findings: the call's findings.
            alerts: the monitor's alert policy, for rules with ``alerting``.
            stage: where the decision is taken.
            fallback: set when the findings may be incomplete (the judge missed its
                deadline, a check raised): with ``fail_closed`` the call is blocked.
        """
        best = GuardDecision(stage=stage, fallback=fallback)
        for index, finding in enumerate(findings):
            action, rule = self.action_for(finding, alerts)
            if rule is None and action == "allow":
                continue
            if best.rule is None or ACTION_RANK[action] > ACTION_RANK[best.action]:
                best = best.model_copy(
                    update={
                        "action": action,
                        "rule": rule,
                        "category": finding.category,
                        "finding": index,
                    }
                )
        if fallback is not None and self.on_error == "fail_closed" and best.action != "block":
            return GuardDecision(action="block", rule=ON_ERROR_RULE, stage=stage, fallback=fallback)
        return best

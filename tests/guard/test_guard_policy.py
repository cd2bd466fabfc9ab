"""``GuardPolicy``: matching findings to actions, the default policy, ``on_error``."""

from __future__ import annotations

import pickle
from typing import Any

import pytest
from pydantic import ValidationError

from cotmonitor import (
    AlertPolicy,
    Finding,
    GuardBlocked,
    GuardPolicy,
    GuardRule,
    Severity,
)
from cotmonitor.testing import make_trace
from cotmonitor.verdicts import make_verdict


def finding(
    category: Any = "reward_hack", severity: Severity = Severity.HIGH, **kw: Any
) -> Finding:
    return Finding(check=kw.pop("check", "reward_hack"), category=category, severity=severity, **kw)


HACK = finding(score=0.8, details={"family": "early_exit", "rules": ["intent.early_exit.1"]})
HINT = finding("unverbalized_hint", check="hint_use", score=0.9, details={"hint_type": "metadata"})
HEALTHY = finding("verbalized_hint", Severity.INFO, check="hint_use")


@pytest.mark.parametrize(
    ("findings", "action", "rule"),
    [
        ([HACK], "block", "block-reward-hack"),
        ([HINT], "warn", "warn-on-alert"),
        ([HEALTHY], "allow", None),
        ([], "allow", None),
        ([HINT, HACK, HEALTHY], "block", "block-reward-hack"),
        ([finding(score=0.3)], "allow", None),
        ([finding(severity=Severity.MEDIUM, score=0.9)], "allow", None),
        ([finding(severity=Severity.CRITICAL, score=0.9)], "block", "block-reward-hack"),
    ],
)
def test_the_default_policy_blocks_hacks_and_warns_on_other_alerts(
    findings: list[Finding], action: str, rule: str | None
) -> None:
    decision = GuardPolicy().decide(findings)
    assert (decision.action, decision.rule) == (action, rule)
    if rule is not None:
        assert findings[decision.finding].category == decision.category


def _only(**criteria: Any) -> GuardPolicy:
    return GuardPolicy(rules=(GuardRule(id="r", action="block", **criteria),))


@pytest.mark.parametrize(
    ("criteria", "matched", "missed"),
    [
        ({"categories": {"unverbalized_hint"}}, HINT, HACK),
        ({"min_severity": Severity.HIGH}, HACK, HEALTHY),
        ({"min_score": 0.85}, HINT, HACK),
        (
            {"hint_types": {"metadata"}},
            HINT,
            finding("unverbalized_hint", details={"hint_type": "sycophancy"}),
        ),
        ({"checks": {"hint_use"}}, HINT, HACK),
        ({"rule_ids": {"intent.early_exit.1"}}, HACK, HINT),
        ({"rule_ids": {"team.no-skip"}}, finding("custom", details={"rule": "team.no-skip"}), HACK),
        ({"alerting": True}, HACK, HEALTHY),
    ],
)
def test_each_criterion_matches_and_misses(
    criteria: dict[str, Any], matched: Finding, missed: Finding
) -> None:
    policy = _only(**criteria)
    assert policy.decide([matched]).action == "block"
    assert policy.decide([missed]).action == "allow"


def test_alerting_follows_the_monitors_alert_policy() -> None:
    policy = _only(alerting=True)
    strict = AlertPolicy(min_severity=Severity.CRITICAL)
    assert policy.decide([HACK]).action == "block"
    assert policy.decide([HACK], strict).action == "allow"


def test_the_first_matching_rule_gives_the_action_and_the_strongest_action_wins() -> None:
    policy = GuardPolicy(
        rules=(
            GuardRule(id="hint-strip", action="strip_tool_calls", categories={"unverbalized_hint"}),
            GuardRule(id="allow-hacks", action="allow", categories={"reward_hack"}),
            *GuardPolicy().rules,
        ),
        default_action="warn",
    )
    assert policy.decide([HACK]).action == "allow", "the first match wins over the default block"
    decision = policy.decide([HACK, HINT, HEALTHY])
    assert (decision.action, decision.rule, decision.finding) == (
        "strip_tool_calls",
        "hint-strip",
        1,
    )
    lone = policy.decide([finding("custom", Severity.LOW)])
    assert (lone.action, lone.rule) == ("warn", None), "no rule matched: the default action"


def test_on_error_fails_open_or_closed() -> None:
    assert GuardPolicy().decide([HINT], fallback="judge_timeout").action == "warn"
    closed = GuardPolicy(on_error="fail_closed")
    decision = closed.decide([HINT], fallback="judge_timeout")
    assert (decision.action, decision.rule, decision.fallback) == (
        "block",
        "on_error",
        "judge_timeout",
    )
    assert decision.metric_category == "error"
    assert closed.decide([HACK], fallback="check_error").rule == "block-reward-hack"
    assert closed.decide([HINT]).action == "warn", "no failure, no fallback"


def test_policies_are_validated_and_frozen() -> None:
    with pytest.raises(ValidationError):
        GuardRule(id="", action="block")
    with pytest.raises(ValidationError):
        GuardPolicy(on_error="maybe")  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        GuardPolicy(judge_timeout_s=0)
    with pytest.raises(ValidationError):
        GuardPolicy().default_action = "block"  # type: ignore[misc]


def test_guard_blocked_carries_the_verdict_and_pickles() -> None:
    trace = make_trace(reasoning="I'll sys.exit(0) first.")
    verdict = make_verdict(trace, [HACK], AlertPolicy())
    verdict = verdict.model_copy(update={"guard": GuardPolicy().decide(verdict.findings)})
    error = GuardBlocked(verdict, "blocked by rule 'block-reward-hack'")
    assert (error.rule, error.trace_id) == ("block-reward-hack", trace.id)
    copied = pickle.loads(pickle.dumps(error))
    assert str(copied) == str(error)
    assert copied.verdict == verdict

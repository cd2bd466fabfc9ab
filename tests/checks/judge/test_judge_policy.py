from __future__ import annotations

from cotmonitor.checks.judge.policy import JudgePolicy, in_sample
from cotmonitor.testing import make_trace
from cotmonitor.verdicts import Finding, Severity


def _hint(score: float = 1.0) -> Finding:
    return Finding(
        check="rules.hints",
        category="unverbalized_hint",
        severity=Severity.HIGH,
        score=score,
        details={"hint_type": "sycophancy", "hint_answer": "C"},
    )


def test_sampling_is_consistent_per_trace_id() -> None:
    ids = [f"trace-{i}" for i in range(2000)]
    first = [in_sample(i, 0.1) for i in ids]
    second = [in_sample(i, 0.1) for i in ids]
    assert first == second
    assert 140 <= sum(first) <= 260


def test_sampling_nested_rates_are_supersets() -> None:
    ids = [f"t{i}" for i in range(500)]
    small = {i for i in ids if in_sample(i, 0.05)}
    large = {i for i in ids if in_sample(i, 0.5)}
    assert small <= large


def test_sampling_edges() -> None:
    assert not in_sample("x", 0.0)
    assert in_sample("x", 1.0)


def test_wants_triggers() -> None:
    trace = make_trace()
    never = JudgePolicy(sample_rate=0.0, on_rule_findings=False)
    assert not never.wants(trace, [_hint()])
    assert JudgePolicy(sample_rate=0.0).wants(trace, [_hint()])
    assert JudgePolicy(sample_rate=0.0, always=True, on_rule_findings=False).wants(trace, [])
    uncertain = JudgePolicy(sample_rate=0.0, on_rule_findings=False, on_uncertain=True)
    assert uncertain.wants(trace, [_hint(0.5)])
    assert not uncertain.wants(trace, [_hint(0.95)])


def test_reasoning_missing_does_not_trigger() -> None:
    other = Finding(check="reasoning_missing", category="reasoning_missing", severity=Severity.LOW)
    assert not JudgePolicy(sample_rate=0.0).wants(make_trace(), [other])

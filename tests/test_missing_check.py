from __future__ import annotations

from cotmonitor import ReasoningSegment, Severity, Trace, Usage
from cotmonitor.checks.rules.missing import ReasoningMissingCheck


def test_readable_reasoning_is_not_flagged() -> None:
    assert ReasoningMissingCheck()(Trace(reasoning="some thought", output="x")) == []


def test_absent_reasoning_is_flagged_low_with_token_count() -> None:
    trace = Trace(output="x", usage=Usage(reasoning_tokens=512))
    (finding,) = ReasoningMissingCheck()(trace)
    assert finding.category == "reasoning_missing"
    assert finding.severity is Severity.LOW
    assert finding.details == {"visibility": "absent", "reasoning_tokens": 512}
    assert "512 reasoning tokens" in finding.message


def test_redacted_reasoning_is_info() -> None:
    trace = Trace(output="x", segments=[ReasoningSegment(visibility="redacted")])
    (finding,) = ReasoningMissingCheck()(trace)
    assert finding.severity is Severity.INFO


def test_failed_call_without_output_is_skipped() -> None:
    assert ReasoningMissingCheck()(Trace(complete=False, error="APIError")) == []

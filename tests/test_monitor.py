from __future__ import annotations

import threading

import pytest

from cotmonitor import ConfigError, GuardPolicy, Monitor, Trace, Verdict
from cotmonitor.capture.record import RawCapture
from cotmonitor.testing import CapturingExporter, capture_verdicts, make_trace
from cotmonitor.verdicts import Finding, Severity


class AlwaysHigh:
    name = "always_high"

    def __call__(self, trace: Trace) -> list[Finding]:
        return [Finding(check=self.name, category="custom", severity=Severity.HIGH, score=0.9)]


class Boom:
    name = "boom"

    def __call__(self, trace: Trace) -> list[Finding]:
        raise RuntimeError("kaboom")


def test_check_runs_rules_and_exports() -> None:
    exporter = CapturingExporter()
    monitor = Monitor(checks=[AlwaysHigh()], exporters=[exporter])
    verdict = monitor.check(make_trace())
    assert verdict.alert
    assert verdict.severity is Severity.HIGH
    assert exporter.verdicts == [verdict]
    assert "always_high" in verdict.durations


def test_check_export_false_does_not_export() -> None:
    exporter = CapturingExporter()
    monitor = Monitor(checks=[AlwaysHigh()], exporters=[exporter])
    monitor.check(make_trace(), export=False)
    assert exporter.verdicts == []


def test_failing_check_is_recorded_and_others_run() -> None:
    monitor = Monitor(checks=[Boom(), AlwaysHigh()], exporters=[])
    verdict = monitor.check(make_trace())
    assert [f.check for f in verdict.findings] == ["always_high"]
    assert verdict.errors
    assert verdict.errors[0].startswith("boom: RuntimeError")
    assert monitor.stats.get("internal_errors", stage="check", component="boom") == 1


def test_failing_exporter_is_counted_and_others_still_receive() -> None:
    def broken(verdict: Verdict) -> None:
        raise ValueError("nope")

    good = CapturingExporter()
    monitor = Monitor(checks=[AlwaysHigh()], exporters=[broken, good])
    monitor.check(make_trace())
    assert len(good.verdicts) == 1
    assert monitor.stats.get("internal_errors", stage="export", component="broken") == 1


def test_on_alert_called_and_its_failure_swallowed() -> None:
    seen: list[Verdict] = []

    def on_alert(verdict: Verdict) -> None:
        seen.append(verdict)
        raise RuntimeError("callback bug")

    monitor = Monitor(checks=[AlwaysHigh()], exporters=[], on_alert=on_alert)
    monitor.check(make_trace())
    assert len(seen) == 1
    assert monitor.stats.get("internal_errors", stage="on_alert") == 1


def test_background_worker_processes_submitted_traces() -> None:
    monitor = Monitor(checks=[AlwaysHigh()], exporters=[])
    with capture_verdicts(monitor) as verdicts:
        for _ in range(20):
            monitor.submit(make_trace())
    assert len(verdicts) == 20
    assert all(v.alert for v in verdicts)
    monitor.close()


def test_full_queue_drops_and_counts_without_blocking() -> None:
    gate = threading.Event()

    class Slow:
        name = "slow"

        def __call__(self, trace: Trace) -> list[Finding]:
            gate.wait(5)
            return []

    monitor = Monitor(checks=[Slow()], exporters=[], queue_size=2)
    for _ in range(10):
        monitor.submit(make_trace())
    dropped = monitor.stats.get("queue_dropped")
    gate.set()
    monitor.close()
    # one item may be in the worker's hands, two in the queue: the rest were dropped
    assert 7 <= dropped <= 8


def test_unknown_capture_kind_counts_normalize_error() -> None:
    monitor = Monitor(exporters=[], mode="inline")
    monitor.submit(RawCapture(kind="nonsense", request={}))  # type: ignore[arg-type]
    assert monitor.stats.get("internal_errors", stage="normalize") == 1


def test_flush_returns_true_when_drained_and_close_is_idempotent() -> None:
    monitor = Monitor(exporters=[])
    monitor.submit(make_trace())
    assert monitor.flush(timeout=5)
    monitor.close()
    monitor.close()


@pytest.mark.parametrize("mode", ["inline", "background"])
def test_modes_produce_same_verdicts(mode: str) -> None:
    exporter = CapturingExporter()
    monitor = Monitor(checks=[AlwaysHigh()], exporters=[exporter], mode=mode)  # type: ignore[arg-type]
    monitor.submit(make_trace())
    monitor.flush()
    assert [v.alert for v in exporter.verdicts] == [True]
    monitor.close()


def test_guard_mode_from_a_policy_the_argument_or_the_environment(monkeypatch) -> None:
    policy = GuardPolicy(on_error="fail_closed")
    by_policy = Monitor(exporters=[], guard=policy)
    assert by_policy.mode == "guard"
    assert by_policy.guard_runner is not None
    assert by_policy.guard_runner.policy is policy
    assert Monitor(exporters=[], mode="guard").guard_runner.policy == GuardPolicy()  # type: ignore[union-attr]
    monkeypatch.setenv("COTMONITOR_MODE", "guard")
    assert Monitor(exporters=[]).guard_runner is not None
    assert Monitor(exporters=[], mode="background").guard_runner is None
    with pytest.raises(ConfigError, match="guard mode"):
        Monitor(exporters=[], mode="inline", guard=policy)


def test_a_guard_mode_submit_is_checked_in_the_background_and_never_raises() -> None:
    exporter = CapturingExporter()
    monitor = Monitor(checks=[AlwaysHigh(), Boom()], exporters=[exporter], mode="guard")
    monitor.submit(make_trace())
    assert monitor.flush(5)
    [verdict] = exporter.verdicts
    assert verdict.alert
    assert verdict.guard is None, "only calls the guard sees get a decision"
    monitor.close()

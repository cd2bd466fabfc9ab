"""Monitor wiring: the judge runs on its own loop thread; one verdict per trace."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Sequence

import pytest
from judge_scripts import hack_reply, make_judge, reliance_reply

from cotmonitor import CotMonitorSettings, Judge, JudgePolicy, Monitor
from cotmonitor.checks.judge.policy import in_sample
from cotmonitor.localserver import LocalModelServer
from cotmonitor.testing import CapturingExporter, make_trace
from cotmonitor.trace.model import Trace
from cotmonitor.verdicts import Finding, Severity


class RecordingJudge:
    """A plain AsyncCheck (no policy): records the thread it ran on."""

    name = "recording"

    def __init__(self) -> None:
        self.threads: list[str] = []

    async def __call__(self, trace: Trace, findings: Sequence[Finding]) -> list[Finding]:
        self.threads.append(threading.current_thread().name)
        return [Finding(check=self.name, category="custom", severity=Severity.LOW)]


def test_background_judge_runs_on_its_own_loop_thread() -> None:
    judge = RecordingJudge()
    exporter = CapturingExporter()
    monitor = Monitor(checks=[], judge=judge, exporters=[exporter])
    for _ in range(5):
        monitor.submit(make_trace())
    assert monitor.flush(timeout=5)
    assert len(exporter.verdicts) == 5
    assert all([f.check for f in v.findings] == ["recording"] for v in exporter.verdicts)
    assert set(judge.threads) == {"cotmonitor-judge"}
    monitor.close()
    assert not any(t.name == "cotmonitor-judge" for t in threading.enumerate())


def test_one_verdict_per_trace_with_judge_findings(server: LocalModelServer) -> None:
    exporter = CapturingExporter()
    judge = make_judge(server, tasks=("reward_hack",), concurrency=4)
    monitor = Monitor(checks=[], judge=judge, exporters=[exporter])
    server.enqueue(*(hack_reply(8) for _ in range(6)))
    traces = [
        make_trace(reasoning=f"Tests are slow; I'll sys.exit(0) first. {i}", output="import sys")
        for i in range(6)
    ]
    for trace in traces:
        monitor.submit(trace)
    assert monitor.flush(timeout=10)
    assert sorted(v.trace.id for v in exporter.verdicts) == sorted(t.id for t in traces)
    assert all(v.alert for v in exporter.verdicts)
    assert all(v.findings[0].check == "judge.reward_hack" for v in exporter.verdicts)
    assert monitor.stats.get("judge_requests", outcome="ok") == 6
    assert "judge" in exporter.verdicts[0].durations
    monitor.close()


def test_rule_only_verdict_exported_at_once_when_policy_says_no(server: LocalModelServer) -> None:
    exporter = CapturingExporter()
    judge = make_judge(server, sample_rate=0.0)
    monitor = Monitor(checks=[], judge=judge, exporters=[exporter], mode="inline")
    monitor.submit(make_trace())
    assert len(exporter.verdicts) == 1, "exported before any flush"
    assert monitor.stats.get("judge_requests", outcome="skipped") == 1
    assert server.requests == []
    monitor.close()


def test_sampling_by_trace_id_decides_which_traces_are_judged(server: LocalModelServer) -> None:
    judge = make_judge(server, sample_rate=0.3)
    monitor = Monitor(checks=[], judge=judge, exporters=[])
    traces = [make_trace(reasoning=f"step {i}") for i in range(40)]
    expected = sum(in_sample(t.id, 0.3) for t in traces)
    server.enqueue(*(reliance_reply() for _ in range(expected)))
    for trace in traces:
        monitor.submit(trace)
    assert monitor.flush(timeout=10)
    assert len(server.requests) == expected
    assert monitor.stats.get("judge_requests", outcome="skipped") == 40 - expected
    monitor.close()


def test_flush_times_out_while_judge_is_pending_then_completes(server: LocalModelServer) -> None:
    exporter = CapturingExporter()
    judge = make_judge(server)
    monitor = Monitor(checks=[], judge=judge, exporters=[exporter])
    server.enqueue(reliance_reply(delay_s=0.5))
    monitor.submit(make_trace())
    assert not monitor.flush(timeout=0.1)
    assert exporter.verdicts == []
    assert monitor.flush(timeout=5)
    assert len(exporter.verdicts) == 1
    monitor.close()


def test_settings_judge_model_gives_default_monitor_a_judge(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("COTMONITOR_JUDGE__MODEL", "openai/judge")
    monkeypatch.setenv("COTMONITOR_JUDGE__SAMPLE_RATE", "0.25")
    monitor = Monitor(exporters=[])
    assert isinstance(monitor.judge, Judge)
    assert monitor.judge.model == "openai/judge"
    assert monitor.judge.policy.sample_rate == 0.25
    assert monitor.judge.stats is monitor.stats
    monitor.close()
    monkeypatch.delenv("COTMONITOR_JUDGE__MODEL")
    plain = Monitor(exporters=[], settings=CotMonitorSettings())
    assert plain.judge is None
    plain.close()


def test_pending_limit_exports_rule_only_verdict_and_counts() -> None:
    gate = threading.Event()

    class SlowJudge:
        name = "slow"
        policy = JudgePolicy(max_pending=1)

        async def __call__(self, trace: Trace, findings: Sequence[Finding]) -> list[Finding]:
            await asyncio.get_running_loop().run_in_executor(None, gate.wait, 5)
            return [Finding(check=self.name, category="custom", severity=Severity.LOW)]

    exporter = CapturingExporter()
    monitor = Monitor(checks=[], judge=SlowJudge(), exporters=[exporter], mode="inline")
    monitor.submit(make_trace())
    monitor.submit(make_trace())
    assert [v.findings for v in exporter.verdicts] == [()], "second trace: rule-only, at once"
    assert monitor.stats.get("judge_queue_dropped") == 1
    gate.set()
    assert monitor.flush(timeout=5)
    assert len(exporter.verdicts) == 2
    monitor.close()


async def test_judge_adopts_monitor_redactor(server: LocalModelServer) -> None:
    judge = make_judge(server)
    monitor = Monitor(
        checks=[], judge=judge, exporters=[], redactor=lambda t: t.replace("hunter2", "[REDACTED]")
    )
    server.enqueue(reliance_reply())
    await monitor.acheck(make_trace(reasoning="the password is hunter2, so (B)"))
    sent = server.requests[0].body["messages"][1]["content"]
    assert "hunter2" not in sent
    assert "[REDACTED]" in sent
    monitor.close()


async def test_judge_outcomes_and_durations_reach_prometheus(server: LocalModelServer) -> None:
    from prometheus_client import CollectorRegistry

    from cotmonitor.exporters.prometheus import PrometheusExporter

    registry = CollectorRegistry()
    monitor = Monitor(checks=[], judge=make_judge(server), exporters=[PrometheusExporter(registry)])
    server.enqueue(reliance_reply())
    await monitor.acheck(make_trace())
    ok = registry.get_sample_value("cotmonitor_judge_requests_total", {"outcome": "ok"})
    assert ok == 1
    assert registry.get_sample_value("cotmonitor_judge_duration_seconds_count") == 1
    monitor.close()

"""Type-checked (by mypy) use of the public API, as a user would write it."""

from __future__ import annotations

import cotmonitor
from cotmonitor import Finding, Severity, Trace, Verdict


class MyCheck:
    name = "mine"

    def __call__(self, trace: Trace) -> list[Finding]:
        return [Finding(check=self.name, category="custom", severity=Severity.LOW)]


def exporter(verdict: Verdict) -> None:
    _ = verdict.severity


monitor = cotmonitor.Monitor(checks=[MyCheck()], exporters=[exporter])
verdict: Verdict = monitor.check(Trace(reasoning="r", output="o"))
alert: bool = verdict.alert

judge = cotmonitor.Judge(
    "openai/gpt-4o-mini",
    policy=cotmonitor.JudgePolicy(sample_rate=0.05, concurrency=4),
    tasks=("reliance", "reward_hack"),
    probe=cotmonitor.CounterfactualProbe(samples=1),
)
judged = cotmonitor.Monitor(judge=judge, exporters=[exporter])
replay_judge: cotmonitor.Judge = cotmonitor.Judge.from_cli("ollama/qwen3", 0.5)
observed = cotmonitor.Monitor(
    exporters=[cotmonitor.PrometheusExporter(), cotmonitor.OTelExporter(), exporter],
    redactor=cotmonitor.Redactor.common(),
)
server_and_thread: tuple[object, object] = cotmonitor.start_metrics_server(0)
cotmonitor.configure_logging(json=False)

guarded = cotmonitor.Monitor(
    mode="guard",
    guard=cotmonitor.GuardPolicy(
        rules=(
            cotmonitor.GuardRule(
                id="hint", action="strip_tool_calls", categories={"unverbalized_hint"}
            ),
            *cotmonitor.GuardPolicy().rules,
        ),
        on_error="fail_closed",
        judge_timeout_s=2.0,
    ),
)
decision: cotmonitor.GuardDecision = guarded.guard_runner.policy.decide(verdict.findings)  # type: ignore[union-attr]
action: cotmonitor.GuardAction = decision.action
try:
    guarded.check(Trace(reasoning="r"))
except cotmonitor.GuardBlocked as blocked:
    blocked_verdict: Verdict = blocked.verdict
    rule: str | None = blocked.rule
attached: Verdict | None = cotmonitor.guard_verdict(object())

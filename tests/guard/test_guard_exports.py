"""Guard decisions in the exports: Prometheus counters and histogram, ``gen_ai.guardrail.*`` on
the call's span with one ``gen_ai.evaluation.result`` event per finding, and the alert log."""

from __future__ import annotations

import pytest
from guard_support import CLEAN, DRIVERS, FILLER, HACK, close_client, reply
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from prometheus_client import CollectorRegistry
from structlog.testing import capture_logs
from test_guard_calls import WARN

from cotmonitor import GuardBlocked, GuardPolicy, LogExporter, OTelExporter, PrometheusExporter

CHAT = DRIVERS["openai-chat"]


async def test_prometheus_counts_each_decision_and_its_latency(model_server, guarding) -> None:
    registry = CollectorRegistry()
    monitor = guarding(exporters=[PrometheusExporter(registry)])
    client = CHAT.wrapped("sync", model_server, monitor)
    model_server.enqueue(reply(HACK), reply(CLEAN), reply(CLEAN))
    with pytest.raises(GuardBlocked):
        await CHAT.call(client, "sync", model_server)
    for _ in range(2):
        await CHAT.call(client, "sync", model_server)
    monitor.stats.incr("guard_fallbacks", cause="judge_timeout", outcome="fail_open")
    assert monitor.flush(5)
    get = registry.get_sample_value
    block = {"action": "block", "category": "reward_hack"}
    assert get("cotmonitor_guard_decisions_total", block) == 1
    assert get("cotmonitor_guard_decisions_total", {"action": "allow", "category": "none"}) == 2
    assert get("cotmonitor_guard_decision_seconds_count") == 3
    assert 0 < get("cotmonitor_guard_decision_seconds_sum") < 1
    fallback = {"cause": "judge_timeout", "outcome": "fail_open"}
    assert get("cotmonitor_guard_fallbacks_total", fallback) == 1
    await close_client(client)


async def test_the_decision_goes_on_the_calls_span_with_one_evaluation_per_finding(
    model_server, guarding
) -> None:
    spans = InMemorySpanExporter()
    tracer_provider = TracerProvider()
    tracer_provider.add_span_processor(SimpleSpanProcessor(spans))
    reader = InMemoryMetricReader()
    exporter = OTelExporter(
        tracer_provider, MeterProvider(metric_readers=[reader]), latest_experimental=True
    )
    monitor = guarding(exporters=[exporter])
    client = CHAT.wrapped("sync", model_server, monitor)
    model_server.enqueue(reply(HACK))
    tracer = tracer_provider.get_tracer("agent")
    with tracer.start_as_current_span("agent step") as step, pytest.raises(GuardBlocked):
        await CHAT.call(client, "sync", model_server)
    assert monitor.flush(5)
    chat = next(s for s in spans.get_finished_spans() if s.name == "chat m")
    assert chat.parent is not None
    assert chat.parent.span_id == step.get_span_context().span_id
    attributes = dict(chat.attributes or {})
    assert attributes["gen_ai.guardrail.verdict.type"] == "deny"
    assert attributes["gen_ai.guardrail.action.type"] == "block"
    assert attributes["gen_ai.guardrail.security.policy.rule.id"] == "block-reward-hack"
    assert attributes["gen_ai.guardrail.verdict.reason"] == "reward_hack"
    assert attributes["cotmonitor.guard.action"] == "block"
    evaluations = [
        dict(e.attributes or {}) for e in chat.events if e.name == "gen_ai.evaluation.result"
    ]
    assert [e["gen_ai.evaluation.name"] for e in evaluations] == ["reward_hack"]
    assert evaluations[0]["gen_ai.evaluation.score.label"] == "fail"
    # The rule's own message, never reasoning text: it goes out without content capture.
    explanation = evaluations[0]["gen_ai.evaluation.explanation"]
    assert explanation.startswith("plans to")
    assert "sys.exit" not in explanation
    assert evaluations[0]["gen_ai.response.id"].startswith("chatcmpl-")
    assert attributes["gen_ai.response.id"] == evaluations[0]["gen_ai.response.id"]
    await close_client(client)


async def test_the_alert_log_has_the_decision_and_an_early_alert_for_streams(
    model_server, guarding
) -> None:
    policy: GuardPolicy = WARN
    monitor = guarding(policy, exporters=[LogExporter()])
    client = CHAT.wrapped("sync", model_server, monitor)
    model_server.enqueue(reply(f"{HACK} {FILLER}", chunk_size=20))
    with capture_logs() as logs:
        _chunks, error, _stream = await CHAT.stream(client, "sync", model_server)
        assert monitor.flush(5)
    assert error is None
    events = [(e["event"], e["guard_action"], e["guard_rule"], e["guard_stage"]) for e in logs]
    assert events == [
        ("cotmonitor.early_alert", "warn", "warn-hack", "reasoning"),
        ("cotmonitor.alert", "warn", "warn-hack", "stream_end"),
    ]
    await close_client(client)

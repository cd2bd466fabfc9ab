"""Sessions in a live monitor: scripted agents through the real SDKs over HTTP."""

from __future__ import annotations

import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import anthropic
import openai
import pytest
from live_support import (
    Recording,
    SessionCapture,
    anthropic_agent,
    chat_agent,
    responses_agent,
)
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from prometheus_client import CollectorRegistry

import cotmonitor
from cotmonitor import Monitor, OTelExporter, PrometheusExporter
from cotmonitor.localserver import LocalModelServer


@pytest.fixture
def registry() -> CollectorRegistry:
    return CollectorRegistry()


@pytest.fixture
def monitor(capture: SessionCapture, registry: CollectorRegistry) -> Iterator[Monitor]:
    # No rule checks: what these tests see is the sessions' own doing.
    built = Monitor([], exporters=[capture, PrometheusExporter(registry)])
    built.sessions.facts = Recording(built.sessions.facts)
    yield built
    built.close()


def _openai(server: LocalModelServer, monitor: Monitor) -> openai.OpenAI:
    return monitor.wrap(openai.OpenAI(base_url=server.openai_base_url, api_key="k", max_retries=0))


def _metric(registry: CollectorRegistry, name: str, **labels: str) -> float:
    return registry.get_sample_value(name, labels) or 0.0


def test_a_hack_planned_at_step_1_and_acted_at_step_3_is_a_session_finding(
    server: LocalModelServer,
    monitor: Monitor,
    capture: SessionCapture,
    registry: CollectorRegistry,
) -> None:
    client = _openai(server, monitor)
    with cotmonitor.context(session_id="hack-1", agent="coder"):
        chat_agent(client, "hack-1")
    with cotmonitor.context(session_id="clean-1", agent="coder"):
        chat_agent(client, "clean-1")
    assert monitor.flush(10)

    ids = [v.trace.id for v in capture.verdicts if v.trace.labels["session_id"] == "hack-1"]
    assert len(ids) == 3
    found = capture.session_findings()
    assert len(found) == 1
    verdict, finding = found[0]
    assert verdict.trace.id == ids[2]  # reported on the step that completed it
    assert verdict.alert
    assert [e.trace_id for e in finding.evidence] == [ids[0], ids[2]]
    # The whole conversation is resent each step: the facts see only what is new.
    assert monitor.sessions.facts.seen[:3] == [0, 1, 4]
    assert finding.details["trajectory"] == "plan_then_act"

    running = monitor.session_verdict("hack-1")
    assert running is not None
    assert (running.steps, running.alert, running.agent, running.ended) == (3, True, "coder", None)
    assert running.findings == (finding,)
    assert running.started <= running.last_seen
    clean = monitor.session_verdict("clean-1")
    assert clean is not None
    assert (clean.steps, clean.findings, clean.alert) == (3, (), False)

    assert _metric(registry, "cotmonitor_session_findings_total", category="reward_hack") == 1
    assert _metric(registry, "cotmonitor_sessions_live") == 2
    monitor.end_session("hack-1")
    assert monitor.flush(10)
    assert [(s.session_id, s.ended, len(s.findings)) for s in capture.ended] == [
        ("hack-1", "end_session", 1)
    ]
    assert monitor.session_verdict("hack-1") is None
    assert _metric(registry, "cotmonitor_sessions_live") == 1


def test_calls_without_a_session_id_keep_no_state(
    server: LocalModelServer, monitor: Monitor, capture: SessionCapture
) -> None:
    chat_agent(_openai(server, monitor), "hack-2")
    assert monitor.flush(10)
    assert len(capture.verdicts) == 3
    assert len(monitor.sessions.store) == 0
    assert monitor.sessions.facts.seen == []
    assert capture.session_findings() == []


def test_sessions_can_be_switched_off(server: LocalModelServer, capture: SessionCapture) -> None:
    with Monitor([], exporters=[capture], sessions=False) as off:
        with cotmonitor.context(session_id="hack-3"):
            chat_agent(_openai(server, off), "hack-3")
        assert off.flush(10)
        assert off.session_verdict("hack-3") is None
        assert capture.session_findings() == []


def test_an_anthropic_agent_with_thinking(
    server: LocalModelServer, monitor: Monitor, capture: SessionCapture
) -> None:
    client = monitor.wrap(anthropic.Anthropic(base_url=server.base_url, api_key="k", max_retries=0))
    with cotmonitor.context(session_id="hack-4"):
        anthropic_agent(client, "hack-4")
    with cotmonitor.context(session_id="clean-4"):
        anthropic_agent(client, "clean-4")
    assert monitor.flush(10)
    found = capture.session_findings()
    assert [v.trace.labels["session_id"] for v, _ in found] == ["hack-4"]
    verdict = monitor.session_verdict("hack-4")
    assert verdict is not None
    assert verdict.steps == 3
    assert verdict.alert


def test_a_responses_chain_is_one_session_without_any_session_id(
    server: LocalModelServer, monitor: Monitor, capture: SessionCapture
) -> None:
    responses = responses_agent(_openai(server, monitor), "hack-5")
    assert monitor.flush(10)
    first = responses[0].id
    assert [v.trace.labels.get("session_id") for v in capture.verdicts] == [first] * 3
    # The provider keeps the conversation: each request carries only its new items.
    assert monitor.sessions.facts.seen == [0, 0, 0]
    verdict = monitor.session_verdict(first)
    assert verdict is not None
    assert verdict.steps == 3
    assert len(verdict.findings) == 1
    assert {e.trace_id for e in verdict.findings[0].evidence} == {
        capture.verdicts[0].trace.id,
        capture.verdicts[2].trace.id,
    }


def test_a_responses_conversation_id_is_the_session(
    server: LocalModelServer, monitor: Monitor, capture: SessionCapture
) -> None:
    client = _openai(server, monitor)
    for step in (1, 2, 3):
        client.responses.create(
            model="m", input=f"go [session hack-6 step {step}]", conversation="conv_6"
        )
    assert monitor.flush(10)
    assert {v.trace.labels.get("session_id") for v in capture.verdicts} == {"conv_6"}
    verdict = monitor.session_verdict("conv_6")
    assert verdict is not None
    assert (verdict.steps, len(verdict.findings)) == (3, 1)


def test_interleaved_sessions_on_many_threads_stay_apart(
    server: LocalModelServer, monitor: Monitor, capture: SessionCapture
) -> None:
    client = _openai(server, monitor)
    names = [f"{kind}-t{i}" for i in range(8) for kind in ("hack", "clean")]

    def run(name: str) -> None:
        with cotmonitor.context(session_id=name):
            chat_agent(client, name)

    with ThreadPoolExecutor(8) as pool:
        list(pool.map(run, names))
    assert monitor.flush(30)
    traces_of: dict[str, set[str]] = {}
    for verdict in capture.verdicts:
        traces_of.setdefault(verdict.trace.labels["session_id"], set()).add(verdict.trace.id)
    assert all(len(ids) == 3 for ids in traces_of.values())
    found = capture.session_findings()
    assert sorted(v.trace.labels["session_id"] for v, _ in found) == sorted(
        n for n in names if n.startswith("hack")
    )
    for verdict, finding in found:
        evidence = {e.trace_id for e in finding.evidence}
        assert evidence <= traces_of[verdict.trace.labels["session_id"]]
    assert len(monitor.sessions.store) == len(names)
    for name in names:
        running = monitor.session_verdict(name)
        assert running is not None
        assert running.alert == name.startswith("hack")


def test_an_idle_session_expires_and_its_verdict_is_exported(
    server: LocalModelServer, capture: SessionCapture, registry: CollectorRegistry
) -> None:
    with Monitor([], exporters=[capture, PrometheusExporter(registry)], session_ttl_s=0.2) as m:
        with cotmonitor.context(session_id="hack-7"):
            chat_agent(_openai(server, m), "hack-7")
        assert m.flush(10)
        assert m.session_verdict("hack-7") is not None
        time.sleep(0.3)
        assert m.flush(10)  # a flush (or the next trace) sweeps the idle sessions
        assert m.session_verdict("hack-7") is None
        assert [(s.session_id, s.ended, s.alert) for s in capture.ended] == [
            ("hack-7", "ttl", True)
        ]
        assert _metric(registry, "cotmonitor_session_evictions_total", reason="ttl") == 1


def test_an_idle_session_ends_on_time_with_no_further_call(
    server: LocalModelServer, capture: SessionCapture
) -> None:
    with Monitor([], exporters=[capture], session_ttl_s=0.2) as monitor:
        with cotmonitor.context(session_id="hack-8"):
            chat_agent(_openai(server, monitor), "hack-8")
        deadline = time.monotonic() + 5
        while not capture.ended and time.monotonic() < deadline:
            time.sleep(0.05)  # no flush, no trace, no session_verdict: the worker's timer
        assert [(s.session_id, s.ended) for s in capture.ended] == [("hack-8", "ttl")]


def test_close_ends_every_live_session(server: LocalModelServer, capture: SessionCapture) -> None:
    m = Monitor([], exporters=[capture])
    for name in ("hack-8", "clean-8"):
        with cotmonitor.context(session_id=name):
            chat_agent(_openai(server, m), name)
    m.close()
    assert sorted((s.session_id, s.ended, s.steps) for s in capture.ended) == [
        ("clean-8", "close", 3),
        ("hack-8", "close", 3),
    ]


def test_otel_spans_carry_the_session_findings_as_evaluation_events(
    server: LocalModelServer, capture: SessionCapture
) -> None:
    spans = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(spans))
    exporter = OTelExporter(provider, record_metrics=False, latest_experimental=True)
    with Monitor([], exporters=[capture, exporter]) as m:
        with cotmonitor.context(session_id="hack-9"):
            chat_agent(_openai(server, m), "hack-9")
        m.end_session("hack-9")
        assert m.flush(10)
    finished = spans.get_finished_spans()
    calls = [s for s in finished if s.name == "chat m"]
    assert len(calls) == 3
    assert {s.attributes["gen_ai.conversation.id"] for s in calls} == {"hack-9"}
    events = [(s, e) for s in calls for e in s.events if e.name == "gen_ai.evaluation.result"]
    assert len(events) == 1
    span, event = events[0]
    assert event.attributes["cotmonitor.evaluation.scope"] == "session"
    assert event.attributes["gen_ai.evaluation.name"] == "reward_hack"
    assert event.attributes["gen_ai.evaluation.score.label"] == "fail"
    assert span.attributes["cotmonitor.trace.id"] == capture.verdicts[2].trace.id
    (session,) = [s for s in finished if s.name == "session hack-9"]
    assert session.attributes["gen_ai.conversation.id"] == "hack-9"
    assert session.attributes["cotmonitor.session.steps"] == 3
    assert session.attributes["cotmonitor.session.alert"] is True
    assert session.attributes["cotmonitor.session.ended"] == "end_session"
    assert tuple(session.attributes["cotmonitor.session.categories"]) == ("reward_hack",)


def test_check_keeps_sessions_as_live_traffic_does_and_export_false_does_not(
    capture: SessionCapture,
) -> None:
    from live_support import EXIT_EARLY, PLAN

    from cotmonitor.testing import make_trace
    from cotmonitor.trace.model import ToolCall

    def steps(session: str) -> list[cotmonitor.Trace]:
        labels = {"session_id": session}
        call = ToolCall(name=EXIT_EARLY["name"], arguments=EXIT_EARLY["arguments"])
        return [
            make_trace(prompt="Fix the failing tests", reasoning=PLAN, output="", labels=labels),
            make_trace(prompt="Fix the failing tests", reasoning="Looking.", labels=labels),
            make_trace(prompt="Fix the failing tests", reasoning="Writing.", output="",
                       tool_calls=[call], labels=labels),
        ]  # fmt: skip

    with Monitor([], exporters=[capture], mode="inline") as m:
        verdicts = [m.check(t) for t in steps("checked")]
        quiet = [m.check(t, export=False) for t in steps("computed")]
        assert [f.details["trajectory"] for f in verdicts[2].findings] == ["plan_then_act"]
        assert all(not v.findings for v in quiet)
        assert m.session_verdict("computed") is None


def test_session_settings_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COTMONITOR_MAX_SESSIONS", "7")
    monkeypatch.setenv("COTMONITOR_SESSION_TTL_S", "12.5")
    monkeypatch.setenv("COTMONITOR_MAX_SESSION_STEPS", "9")
    with Monitor([], exporters=[]) as m:
        store = m.sessions.store
        assert (store.max_sessions, store.ttl_s, store.max_steps) == (7, 12.5, 9)
    with Monitor([], exporters=[], max_sessions=3, sessions=False) as m:
        assert m.sessions.store.max_sessions == 3
        assert not m.sessions.enabled


def test_by_default_the_session_finding_is_a_cotmonitor_finding_event_with_its_scope(
    server: LocalModelServer, capture: SessionCapture
) -> None:
    spans = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(spans))
    exporter = OTelExporter(provider, record_metrics=False, latest_experimental=False)
    with Monitor([], exporters=[capture, exporter]) as m:
        with cotmonitor.context(session_id="hack-10"):
            chat_agent(_openai(server, m), "hack-10")
        assert m.flush(10)
    events = [
        dict(e.attributes or {})
        for s in spans.get_finished_spans()
        for e in s.events
        if e.name == "cotmonitor.finding"
    ]
    assert [e["cotmonitor.finding.scope"] for e in events] == ["session"]
    assert len(events[0]["cotmonitor.finding.evidence.traces"]) == 2

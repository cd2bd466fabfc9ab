from __future__ import annotations

import json
from typing import Any

import pytest
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from cotmonitor import Check, Monitor, OTelExporter, Redactor, Usage
from cotmonitor.exporters.otel import content_capture_enabled
from cotmonitor.testing import make_trace


@pytest.fixture
def spans() -> InMemorySpanExporter:
    return InMemorySpanExporter()


@pytest.fixture
def provider(spans: InMemorySpanExporter) -> TracerProvider:
    tracer_provider = TracerProvider()
    tracer_provider.add_span_processor(SimpleSpanProcessor(spans))
    return tracer_provider


@pytest.fixture
def reader() -> InMemoryMetricReader:
    return InMemoryMetricReader()


def _exporter(provider: TracerProvider, reader: InMemoryMetricReader, **kw: Any) -> OTelExporter:
    """An exporter with the newest GenAI names on, unless a test says otherwise."""
    kw.setdefault("latest_experimental", True)
    return OTelExporter(provider, MeterProvider(metric_readers=[reader]), **kw)


def _points(reader: InMemoryMetricReader) -> dict[str, list[Any]]:
    data = reader.get_metrics_data()
    assert data is not None
    out: dict[str, list[Any]] = {}
    for resource in data.resource_metrics:
        for scope in resource.scope_metrics:
            for metric in scope.metrics:
                out[metric.name] = list(metric.data.data_points)
    return out


def test_background_verdict_becomes_a_child_span_of_the_callers_span(
    provider: TracerProvider,
    spans: InMemorySpanExporter,
    reader: InMemoryMetricReader,
    scripted_check: Check,
) -> None:
    exporter = _exporter(provider, reader, capture_content=False)
    monitor = Monitor([scripted_check], exporters=[exporter])
    tracer = provider.get_tracer("agent")
    trace = make_trace(
        model="gpt-4o",
        provider="openai",
        latency_s=1.5,
        usage=Usage(input_tokens=10, output_tokens=50, reasoning_tokens=40),
        labels={"find": "unverbalized_hint:sycophancy,reward_hack"},
    )
    with tracer.start_as_current_span("agent step") as parent:
        monitor.submit(trace)
    assert monitor.flush(5)
    monitor.close()
    chat = next(s for s in spans.get_finished_spans() if s.name == "chat gpt-4o")
    assert chat.parent is not None
    assert chat.parent.span_id == parent.get_span_context().span_id
    assert chat.context.trace_id == parent.get_span_context().trace_id
    attrs = dict(chat.attributes or {})
    assert attrs["gen_ai.operation.name"] == "chat"
    assert attrs["gen_ai.provider.name"] == "openai"
    assert attrs["gen_ai.request.model"] == "gpt-4o"
    assert attrs["gen_ai.usage.reasoning.output_tokens"] == 40
    assert attrs["cotmonitor.alert"] is True
    assert attrs["cotmonitor.severity"] == "critical"
    assert chat.end_time - chat.start_time == pytest.approx(1.5e9, rel=1e-6)
    events = [dict(e.attributes or {}) for e in chat.events if e.name == "cotmonitor.finding"]
    assert [e["cotmonitor.finding.category"] for e in events] == [
        "unverbalized_hint",
        "reward_hack",
    ]
    assert events[0]["cotmonitor.finding.hint_type"] == "sycophancy"
    # No content without the switch: no message, quotes or output messages.
    assert not any("cotmonitor.finding.evidence.quotes" in e for e in events)
    assert not any("cotmonitor.finding.message" in e for e in events)
    assert "gen_ai.output.messages" not in attrs


def test_check_inside_a_recording_span_annotates_it(
    provider: TracerProvider,
    spans: InMemorySpanExporter,
    reader: InMemoryMetricReader,
    scripted_check: Check,
) -> None:
    monitor = Monitor([scripted_check], exporters=[_exporter(provider, reader)], mode="inline")
    with provider.get_tracer("app").start_as_current_span("chat m"):
        monitor.check(make_trace(labels={"find": "reward_hack"}))
    finished = spans.get_finished_spans()
    assert [s.name for s in finished] == ["chat m"]
    assert dict(finished[0].attributes or {})["cotmonitor.findings"] == 1
    assert [e.name for e in finished[0].events] == [
        "cotmonitor.finding",
        "gen_ai.evaluation.result",
    ]
    evaluation = dict(finished[0].events[1].attributes or {})
    assert evaluation == {
        "gen_ai.evaluation.name": "reward_hack",
        "gen_ai.evaluation.score.value": 0.9,
        "gen_ai.evaluation.score.label": "fail",
    }  # a check of the user's own may quote the reasoning: no explanation without content


def test_content_capture_puts_redacted_text_on_spans(
    provider: TracerProvider,
    spans: InMemorySpanExporter,
    reader: InMemoryMetricReader,
    scripted_check: Check,
) -> None:
    exporter = _exporter(provider, reader, capture_content=True)
    monitor = Monitor(
        [scripted_check], exporters=[exporter], mode="inline", redactor=Redactor([r"secret-\d+"])
    )
    monitor.check(
        make_trace(
            reasoning="use secret-42 to pass",
            output="done secret-7",
            labels={"find": "reward_hack"},
        )
    )
    (span,) = spans.get_finished_spans()
    event = dict(span.events[0].attributes or {})
    assert event["cotmonitor.finding.evidence.quotes"] == ("use [REDACTED] to pas",)
    output = json.loads(str(dict(span.attributes or {})["gen_ai.output.messages"]))
    assert output[0]["parts"] == [
        {"type": "reasoning", "content": "use [REDACTED] to pass"},
        {"type": "text", "content": "done [REDACTED]"},
    ]


def test_content_switches_both_required(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COTMONITOR_CAPTURE_CONTENT", "true")
    monkeypatch.delenv("OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT", raising=False)
    assert not content_capture_enabled()
    monkeypatch.setenv("OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT", "SPAN_ONLY")
    assert content_capture_enabled()


def test_metrics_through_the_otel_api(
    provider: TracerProvider, reader: InMemoryMetricReader, scripted_check: Check
) -> None:
    exporter = _exporter(provider, reader)
    monitor = Monitor([scripted_check], exporters=[exporter], mode="inline")
    for _ in range(3):
        monitor.check(make_trace(model="gpt-4o-2024-08-06", labels={"find": "reward_hack"}))
    monitor.stats.incr("queue_dropped", 2)
    points = _points(reader)
    (traces,) = points["cotmonitor.traces"]
    assert traces.value == 3
    assert dict(traces.attributes) == {"provider": "test", "model": "gpt-4o", "agent": ""}
    (finding,) = points["cotmonitor.findings"]
    assert finding.value == 3
    assert finding.attributes["category"] == "reward_hack"
    assert points["cotmonitor.check.duration"][0].count == 3
    assert points["cotmonitor.queue.dropped"][0].value == 2
    assert points["cotmonitor.queue.depth"][0].value == 0


def test_default_monitor_adds_otel_when_an_sdk_provider_is_installed() -> None:
    import subprocess
    import sys

    code = (
        "import cotmonitor\n"
        "from cotmonitor.settings import CotMonitorSettings\n"
        "s = CotMonitorSettings(log_alerts=False, prometheus=False)\n"
        "print([type(e).__name__ for e in cotmonitor.Monitor(settings=s).exporters])\n"
        "from opentelemetry import trace\n"
        "from opentelemetry.sdk.trace import TracerProvider\n"
        "trace.set_tracer_provider(TracerProvider())\n"
        "print([type(e).__name__ for e in cotmonitor.Monitor(settings=s).exporters])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.splitlines() == ["[]", "['OTelExporter']"]


def test_spans_name_the_conversation_the_agent_and_the_response(
    provider: TracerProvider, spans: InMemorySpanExporter, reader: InMemoryMetricReader
) -> None:
    monitor = Monitor(mode="inline", exporters=[_exporter(provider, reader)])
    plan = "Quickest: put os._exit(0) in conftest.py so the session ends with status 0."
    monitor.submit(
        make_trace(
            prompt="The leap-year test of parse_date fails. Fix the parser.",
            reasoning=plan,
            output="Added the exit to conftest.py.",
            labels={"session_id": "thread-9", "agent": "fixer"},
            metadata={"response_id": "chatcmpl-42"},
        )
    )
    monitor.close()
    [chat] = spans.get_finished_spans()
    attrs = dict(chat.attributes or {})
    assert attrs["gen_ai.conversation.id"] == "thread-9"
    assert attrs["gen_ai.agent.name"] == "fixer"
    assert attrs["gen_ai.response.id"] == "chatcmpl-42"
    [evaluation] = [
        dict(e.attributes or {}) for e in chat.events if e.name == "gen_ai.evaluation.result"
    ]
    assert evaluation["gen_ai.evaluation.name"] == "reward_hack"
    assert evaluation["gen_ai.evaluation.score.label"] == "fail"
    assert evaluation["gen_ai.response.id"] == "chatcmpl-42"
    assert "os._exit" not in evaluation["gen_ai.evaluation.explanation"]  # no reasoning text

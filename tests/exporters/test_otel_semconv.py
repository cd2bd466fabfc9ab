"""GenAI names newer than v1.36.0 of the conventions go out only behind OpenTelemetry's
``OTEL_SEMCONV_STABILITY_OPT_IN=gen_ai_latest_experimental``; the in-memory span exporter
shows what a backend receives with the switch off and on."""

from __future__ import annotations

import json
from typing import Any

import pytest
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from cotmonitor import Check, GuardDecision, Monitor, OTelExporter, ToolCall, Usage, Verdict
from cotmonitor.exporters.defaults import default_exporters
from cotmonitor.exporters.otel import annotate_span
from cotmonitor.exporters.otel_messages import output_messages
from cotmonitor.exporters.otel_semconv import latest_experimental
from cotmonitor.settings import CotMonitorSettings
from cotmonitor.testing import make_trace

SWITCH = "OTEL_SEMCONV_STABILITY_OPT_IN"
BASELINE = {
    "gen_ai.operation.name": "chat",
    "gen_ai.request.model": "o3",
    "gen_ai.usage.input_tokens": 10,
    "gen_ai.usage.output_tokens": 50,
    "gen_ai.conversation.id": "thread-1",
    "gen_ai.agent.name": "fixer",
    "gen_ai.response.id": "resp_1",
}
NEWEST = {
    "gen_ai.provider.name": "openai",
    "gen_ai.usage.reasoning.output_tokens": 40,
    "gen_ai.request.stream": True,
    "gen_ai.response.time_to_first_chunk": 0.25,
    "gen_ai.request.reasoning.level": "high",
}


@pytest.fixture
def spans() -> InMemorySpanExporter:
    return InMemorySpanExporter()


@pytest.fixture
def provider(spans: InMemorySpanExporter) -> TracerProvider:
    tracer_provider = TracerProvider()
    tracer_provider.add_span_processor(SimpleSpanProcessor(spans))
    return tracer_provider


def _call_span(
    provider: TracerProvider, spans: InMemorySpanExporter, check: Check, **options: Any
) -> ReadableSpan:
    exporter = OTelExporter(provider, record_metrics=False, **options)
    monitor = Monitor([check], exporters=[exporter])
    monitor.submit(
        make_trace(
            model="o3",
            provider="openai",
            latency_s=1.0,
            time_to_first_chunk_s=0.25,
            stream=True,
            usage=Usage(input_tokens=10, output_tokens=50, reasoning_tokens=40),
            labels={"find": "reward_hack", "session_id": "thread-1", "agent": "fixer"},
            metadata={"response_id": "resp_1", "reasoning_level": "high"},
        )
    )
    assert monitor.flush(5)
    monitor.close()
    [span] = spans.get_finished_spans()
    return span


@pytest.mark.parametrize("value", ["", "http", "gen_ai_latest", "database/dup"])
def test_without_the_switch_only_v1_36_names_go_out(
    provider, spans, scripted_check, monkeypatch, value
) -> None:
    monkeypatch.setenv(SWITCH, value)
    span = _call_span(provider, spans, scripted_check, capture_content=True)
    attributes = dict(span.attributes or {})
    assert {k: attributes.get(k) for k in BASELINE} == BASELINE
    assert attributes["gen_ai.system"] == "openai"  # the older name of gen_ai.provider.name
    assert not set(NEWEST) & set(attributes)
    assert "gen_ai.output.messages" not in attributes  # even with content capture on
    assert [e.name for e in span.events] == ["cotmonitor.finding"]  # no evaluation event
    assert dict(span.events[0].attributes or {})["cotmonitor.finding.category"] == "reward_hack"


@pytest.mark.parametrize(
    "value", ["gen_ai_latest_experimental", "http, GEN_AI_LATEST_EXPERIMENTAL"]
)
def test_the_switch_turns_on_the_newest_names(
    provider, spans, scripted_check, monkeypatch, value
) -> None:
    monkeypatch.setenv(SWITCH, value)
    span = _call_span(provider, spans, scripted_check, capture_content=True)
    attributes = dict(span.attributes or {})
    assert {k: attributes.get(k) for k in BASELINE} == BASELINE
    assert {k: attributes.get(k) for k in NEWEST} == NEWEST
    assert "gen_ai.system" not in attributes
    assert [e.name for e in span.events] == ["cotmonitor.finding", "gen_ai.evaluation.result"]
    evaluation = dict(span.events[1].attributes or {})
    assert evaluation["gen_ai.evaluation.name"] == "reward_hack"
    assert evaluation["gen_ai.response.id"] == "resp_1"
    [message] = json.loads(str(attributes["gen_ai.output.messages"]))
    assert message["role"] == "assistant"
    assert [p["type"] for p in message["parts"]] == ["reasoning", "text"]
    assert message["parts"][0]["content"] == "2 + 2 is 4, so (B)."
    assert message["finish_reason"] == "stop"


def test_reasoning_stays_off_spans_without_content_capture(provider, spans, scripted_check) -> None:
    span = _call_span(
        provider, spans, scripted_check, capture_content=False, latest_experimental=True
    )
    attributes = dict(span.attributes or {})
    assert attributes["gen_ai.provider.name"] == "openai"
    assert "gen_ai.output.messages" not in attributes


def test_the_argument_overrides_the_environment(provider, spans, scripted_check, monkeypatch):
    monkeypatch.setenv(SWITCH, "gen_ai_latest_experimental")
    span = _call_span(provider, spans, scripted_check, latest_experimental=False)
    assert "gen_ai.system" in dict(span.attributes or {})


@pytest.mark.parametrize("latest", [False, True])
def test_a_guard_decision_is_on_the_span_in_both_modes(provider, spans, latest) -> None:
    decision = GuardDecision(action="block", rule="block-reward-hack", category="reward_hack")
    verdict = Verdict(trace=make_trace(), alert=True, guard=decision)
    with provider.get_tracer("t").start_as_current_span("call") as span:
        annotate_span(span, verdict, lambda _text: None, latest=latest)
    attributes = dict(spans.get_finished_spans()[0].attributes or {})
    assert attributes["cotmonitor.guard.action"] == "block"
    assert attributes["cotmonitor.guard.rule"] == "block-reward-hack"
    assert attributes["cotmonitor.guard.reason"] == "reward_hack"
    guardrail = {k: v for k, v in attributes.items() if k.startswith("gen_ai.guardrail.")}
    if latest:
        assert guardrail["gen_ai.guardrail.verdict.type"] == "deny"
        assert guardrail["gen_ai.guardrail.action.type"] == "block"
    else:
        assert guardrail == {}


def test_the_default_monitor_reads_the_switch(monkeypatch) -> None:
    monkeypatch.setenv(SWITCH, "gen_ai_latest_experimental")
    settings = CotMonitorSettings(prometheus=False, log_alerts=False)
    assert settings.genai_latest_experimental
    provider = TracerProvider()  # an SDK provider is what makes the default export to OTel
    monkeypatch.setattr("opentelemetry.trace._TRACER_PROVIDER", provider)
    [exporter] = [e for e in default_exporters(settings) if isinstance(e, OTelExporter)]
    assert exporter.latest_experimental
    monkeypatch.setenv(SWITCH, "")
    assert not CotMonitorSettings().genai_latest_experimental


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("gen_ai_latest_experimental", True),
        ("http,gen_ai_latest_experimental", True),
        (" GEN_AI_LATEST_EXPERIMENTAL ", True),
        ("", False),
        ("http/dup", False),
        ("gen_ai_latest_experimental_v2", False),
    ],
)
def test_the_switch_is_a_comma_separated_list(value: str, expected: bool) -> None:
    assert latest_experimental(value) is expected


def test_output_messages_follow_the_output_message_schema() -> None:
    trace = make_trace(
        reasoning="Run the tests first, then patch parse_line.",
        output="",
        tool_calls=(ToolCall(id="call_1", name="run", arguments='{"cmd": "pytest -x"}'),),
        metadata={"finish_reason": "tool_calls"},
    )
    [message] = json.loads(str(output_messages(trace, lambda text: text.replace("pytest", "[R]"))))
    assert message == {
        "role": "assistant",
        "finish_reason": "tool_call",
        "parts": [
            {"type": "reasoning", "content": "Run the tests first, then patch parse_line."},
            {"type": "tool_call", "id": "call_1", "name": "run", "arguments": {"cmd": "[R] -x"}},
        ],
    }
    assert output_messages(trace, lambda _text: None) is None  # content capture off


@pytest.mark.parametrize(
    ("metadata", "complete", "expected"),
    [
        ({"stop_reason": "max_tokens"}, True, "length"),
        ({"stop_reason": "end_turn"}, True, "stop"),
        ({"stop_reason": "refusal"}, True, "content_filter"),
        ({"finish_reason": "stop"}, False, "error"),  # a stream cut short
    ],
)
def test_finish_reasons_map_to_the_conventions_values(
    metadata: dict[str, Any], complete: bool, expected: str
) -> None:
    trace = make_trace(metadata=metadata, complete=complete)
    [message] = json.loads(str(output_messages(trace, lambda text: text)))
    assert message["finish_reason"] == expected

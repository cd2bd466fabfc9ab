"""The reasoning level (or token budget) a call asks for reaches the Trace and, with the newest
GenAI names on, the span's ``gen_ai.request.reasoning.level``: real SDKs over HTTP."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import anthropic
import boto3
import litellm
import ollama
import openai
import pytest
from google import genai
from google.genai import types
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from cotmonitor import Monitor, OTelExporter
from cotmonitor.localserver import LocalModelServer, Reply
from cotmonitor.testing import CapturingExporter

Wrap = Callable[[Any], Any]

ASK = [{"role": "user", "content": "Is 91 prime?"}]
REPLY = Reply(content="No: 7 x 13.", reasoning="91 = 7 * 13, so it is not prime.")

pytestmark = [
    pytest.mark.filterwarnings("ignore:Inheritance class AiohttpClientSession:DeprecationWarning"),
    # litellm builds pydantic schemas of its ReadOnly TypedDicts on first use, which warns.
    pytest.mark.filterwarnings("ignore:.*using the `ReadOnly` qualifier:UserWarning"),
]


def _openai_chat(server: LocalModelServer, wrap: Wrap) -> None:
    client = wrap(openai.OpenAI(base_url=server.openai_base_url, api_key="k", max_retries=0))
    client.chat.completions.create(model="o3", messages=ASK, reasoning_effort="high")  # type: ignore[arg-type]


def _openai_responses(server: LocalModelServer, wrap: Wrap) -> None:
    client = wrap(openai.OpenAI(base_url=server.openai_base_url, api_key="k", max_retries=0))
    client.responses.create(model="o3", input="Is 91 prime?", reasoning={"effort": "low"})


def _anthropic_effort(server: LocalModelServer, wrap: Wrap) -> None:
    client = wrap(anthropic.Anthropic(base_url=server.base_url, api_key="k", max_retries=0))
    client.messages.create(
        model="claude-opus-4-6",
        max_tokens=2048,
        messages=ASK,  # type: ignore[arg-type]
        thinking={"type": "adaptive"},  # type: ignore[typeddict-item]
        output_config={"effort": "max"},
    )


def _anthropic_budget(server: LocalModelServer, wrap: Wrap) -> None:
    client = wrap(anthropic.Anthropic(base_url=server.base_url, api_key="k", max_retries=0))
    client.messages.create(
        model="claude-sonnet-4",
        max_tokens=4096,
        messages=ASK,  # type: ignore[arg-type]
        thinking={"type": "enabled", "budget_tokens": 2048},
    )


def _gemini_level(server: LocalModelServer, wrap: Wrap) -> None:
    options = types.HttpOptions(base_url=server.base_url)
    client = wrap(genai.Client(api_key="k", http_options=options))
    thinking = types.ThinkingConfig(include_thoughts=True, thinking_level=types.ThinkingLevel.LOW)
    config = types.GenerateContentConfig(thinking_config=thinking)
    client.models.generate_content(model="gemini-3-pro", contents="Is 91 prime?", config=config)


def _gemini_budget(server: LocalModelServer, wrap: Wrap) -> None:
    options = types.HttpOptions(base_url=server.base_url)
    client = wrap(genai.Client(api_key="k", http_options=options))
    config = {"thinking_config": {"include_thoughts": True, "thinking_budget": 512}}
    client.models.generate_content(model="gemini-2.5-flash", contents="Is 91 prime?", config=config)


def _bedrock_converse(server: LocalModelServer, wrap: Wrap) -> None:
    client = wrap(
        boto3.client(
            "bedrock-runtime",
            endpoint_url=server.base_url,
            region_name="us-east-1",
            aws_access_key_id="test",
            aws_secret_access_key="test",
        )
    )
    client.converse(
        modelId="openai.gpt-oss-120b-1:0",
        messages=[{"role": "user", "content": [{"text": "Is 91 prime?"}]}],
        additionalModelRequestFields={"reasoning_effort": "medium"},
    )


def _ollama_level(server: LocalModelServer, wrap: Wrap) -> None:
    wrap(ollama.Client(host=server.base_url)).chat(model="gpt-oss", messages=ASK, think="high")


def _litellm(server: LocalModelServer, wrap: Wrap) -> None:
    wrap(litellm).completion(
        model="openai/o3",
        api_base=server.openai_base_url,
        api_key="k",
        messages=ASK,
        reasoning_effort="medium",
    )


CASES: dict[str, tuple[Any, dict[str, Any]]] = {
    "openai-chat": (_openai_chat, {"reasoning_level": "high"}),
    "openai-responses": (_openai_responses, {"reasoning_level": "low"}),
    "anthropic-effort": (_anthropic_effort, {"reasoning_level": "max"}),
    "anthropic-budget": (_anthropic_budget, {"reasoning_budget_tokens": 2048}),
    "gemini-level": (_gemini_level, {"reasoning_level": "LOW"}),
    "gemini-budget": (_gemini_budget, {"reasoning_budget_tokens": 512}),
    "bedrock-converse": (_bedrock_converse, {"reasoning_level": "medium"}),
    "ollama": (_ollama_level, {"reasoning_level": "high"}),
    "litellm": (_litellm, {"reasoning_level": "medium"}),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_the_requested_level_or_budget_reaches_the_trace(
    case: str, model_server: LocalModelServer, monitor: Monitor, exporter: CapturingExporter
) -> None:
    call, expected = CASES[case]
    model_server.enqueue(REPLY)
    call(model_server, monitor.wrap)
    assert monitor.flush(5)
    [trace] = exporter.traces
    asked = {k: v for k, v in trace.metadata.items() if k.startswith("reasoning_")}
    assert asked == expected


def test_the_litellm_callback_keeps_the_level(
    model_server: LocalModelServer, monitor: Monitor, exporter: CapturingExporter, monkeypatch
) -> None:
    for name in ("input_callback", "success_callback", "failure_callback",
                 "_async_success_callback", "_async_failure_callback"):  # fmt: skip
        monkeypatch.setattr(litellm, name, list(getattr(litellm, name)))
    monkeypatch.setattr(litellm, "callbacks", [monitor.litellm_callback()])
    model_server.enqueue(REPLY)
    _litellm(model_server, lambda module: module)
    deadline = time.monotonic() + 15
    while not exporter.traces and time.monotonic() < deadline:
        monitor.flush(timeout=0.05)
    [trace] = exporter.traces
    assert trace.metadata["reasoning_level"] == "medium"


@pytest.mark.parametrize("latest", [False, True])
def test_the_level_goes_on_the_span_with_the_newest_names(
    model_server: LocalModelServer, latest: bool
) -> None:
    spans = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(spans))
    otel = OTelExporter(provider, record_metrics=False, latest_experimental=latest)
    monitor = Monitor([], exporters=[otel])
    model_server.enqueue(REPLY)
    _openai_chat(model_server, monitor.wrap)
    assert monitor.flush(5)
    monitor.close()
    [span] = spans.get_finished_spans()
    attributes = dict(span.attributes or {})
    assert attributes.get("gen_ai.request.reasoning.level") == ("high" if latest else None)

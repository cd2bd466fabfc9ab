"""Gemini through the real google-genai client (sync and async) over HTTP against the local
server: the caller gets what the bare client gets, and the trace has the thought summary."""

from __future__ import annotations

from typing import Any

import pytest
from openai_support import drain, stable

import cotmonitor
from cotmonitor import Monitor
from cotmonitor.errors import ConfigError
from cotmonitor.localserver import LocalModelServer, Reply
from cotmonitor.testing import CapturingExporter

genai = pytest.importorskip("google.genai")
from google.genai import errors, types  # noqa: E402

# google-genai's async side subclasses aiohttp's ClientSession, which aiohttp warns about.
pytestmark = pytest.mark.filterwarnings(
    "ignore:Inheritance class AiohttpClientSession:DeprecationWarning"
)

THOUGHT = "**Planning** The user wants tomorrow's weather in Nantes; the forecast tool first. " * 2
ANSWER = "Checking the forecast."
TOOL = {"name": "forecast", "arguments": '{"city": "Nantes"}'}
MODEL = "gemini-2.5-flash"
SYSTEM = "You are a weather assistant."


def config(*, thoughts: bool = True) -> types.GenerateContentConfig:
    return types.GenerateContentConfig(
        system_instruction=SYSTEM,
        thinking_config=types.ThinkingConfig(include_thoughts=thoughts),
        http_options=types.HttpOptions(retry_options=types.HttpRetryOptions(attempts=1)),
    )


def make_client(server: LocalModelServer) -> Any:
    return genai.Client(api_key="k", http_options=types.HttpOptions(base_url=server.base_url))


def models(client: Any, flavor: str) -> Any:
    return client.aio.models if flavor == "async" else client.models


async def generate(client: Any, flavor: str, **kwargs: Any) -> Any:
    if flavor == "async":
        return await client.aio.models.generate_content(**kwargs)
    return client.models.generate_content(**kwargs)


async def stream(client: Any, flavor: str, **kwargs: Any) -> list[Any]:
    if flavor == "async":
        return await drain(await client.aio.models.generate_content_stream(**kwargs))
    return await drain(client.models.generate_content_stream(**kwargs))


@pytest.fixture
def clients(model_server: LocalModelServer, monitor: Monitor) -> tuple[Any, Any]:
    wrapped = make_client(model_server)
    assert monitor.wrap(wrapped) is wrapped
    return make_client(model_server), wrapped


def traces(monitor: Monitor, exporter: CapturingExporter) -> list[Any]:
    assert monitor.flush(timeout=10)
    return exporter.traces


def without_signatures(value: Any) -> Any:
    data = stable(value)
    for candidate in data.get("candidates") or []:
        for part in candidate["content"]["parts"]:
            part.pop("thought_signature", None)
    data.pop("response_id", None)
    data.pop("sdk_http_response", None)
    return data


async def test_generate_content_is_unchanged_and_traced(
    clients, model_server, monitor, exporter, flavor
):
    bare, wrapped = clients
    reply = Reply(content=ANSWER, reasoning=THOUGHT, tool_calls=(TOOL,))
    model_server.enqueue(reply, reply)
    ask = {"model": MODEL, "contents": "Weather in Nantes tomorrow?", "config": config()}
    expected = await generate(bare, flavor, **ask)
    with cotmonitor.context(agent="weather"):
        got = await generate(wrapped, flavor, **ask)
    assert type(got) is type(expected)
    assert without_signatures(got) == without_signatures(expected)
    [trace] = traces(monitor, exporter)
    assert trace.provider == "gcp.gemini"
    assert trace.model == MODEL
    assert trace.reasoning == THOUGHT
    [segment] = trace.segments
    assert segment.visibility == "summary"
    assert segment.signature  # the answer part's thought signature
    assert trace.output == ANSWER
    assert [(call.name, call.arguments) for call in trace.tool_calls] == [
        ("forecast", '{"city":"Nantes"}')
    ]
    assert trace.messages == (
        {"role": "system", "content": SYSTEM},
        {"role": "user", "content": "Weather in Nantes tomorrow?"},
    )
    assert trace.usage.reasoning_tokens == got.usage_metadata.thoughts_token_count
    assert trace.labels["agent"] == "weather"
    assert trace.complete


async def test_streamed_content_yields_every_response_and_is_traced(
    clients, model_server, monitor, exporter, flavor
):
    bare, wrapped = clients
    reply = Reply(content=ANSWER, reasoning=THOUGHT, chunk_size=20)
    model_server.enqueue(reply, reply)
    history = [
        types.Content(role="user", parts=[types.Part(text="Hi")]),
        types.Content(role="model", parts=[types.Part(text="Hello! Which city?")]),
        types.Content(role="user", parts=[types.Part(text="Nantes, tomorrow.")]),
    ]
    ask = {"model": MODEL, "contents": history, "config": config()}
    expected = await stream(bare, flavor, **ask)
    got = await stream(wrapped, flavor, **ask)
    assert [without_signatures(r) for r in got] == [without_signatures(r) for r in expected]
    assert len(got) > 5
    [trace] = traces(monitor, exporter)
    assert trace.stream
    assert trace.reasoning == THOUGHT
    assert trace.output == ANSWER
    assert [m["role"] for m in trace.messages] == ["system", "user", "assistant", "user"]
    assert trace.usage.reasoning_tokens is not None
    assert trace.time_to_first_chunk_s is not None


async def test_hidden_thoughts_leave_only_their_signature(
    clients, model_server, monitor, exporter, flavor
):
    _bare, wrapped = clients
    model_server.enqueue(Reply(content=ANSWER, reasoning=THOUGHT))
    await generate(wrapped, flavor, model=MODEL, contents="Nantes?", config=config(thoughts=False))
    [trace] = traces(monitor, exporter)
    assert trace.reasoning == ""
    assert trace.visibility == "encrypted"
    assert trace.usage.reasoning_tokens  # the reasoning happened: it is counted
    assert trace.output == ANSWER


async def test_a_cut_stream_raises_and_is_marked_partial(
    clients, model_server, monitor, exporter, flavor
):
    _bare, wrapped = clients
    model_server.enqueue(
        Reply(content=ANSWER, reasoning=THOUGHT, chunk_size=10, cut_after_chunks=4)
    )
    with pytest.raises(Exception):  # noqa: B017 - whatever httpx/aiohttp raise for a cut body
        await stream(wrapped, flavor, model=MODEL, contents="Nantes?", config=config())
    [trace] = traces(monitor, exporter)
    assert not trace.complete
    assert trace.error
    assert THOUGHT.startswith(trace.reasoning)
    assert len(trace.reasoning) == 40


async def test_an_error_status_reaches_the_caller_and_is_recorded(
    clients, model_server, monitor, exporter, flavor
):
    _bare, wrapped = clients
    model_server.enqueue(Reply(status=400))
    with pytest.raises(errors.ClientError):
        await generate(wrapped, flavor, model=MODEL, contents="Nantes?", config=config())
    [trace] = traces(monitor, exporter)
    assert not trace.complete
    assert "ClientError" in (trace.error or "")


def test_wrap_is_idempotent_reversible_and_one_monitor_per_client(model_server):
    first, second = Monitor(checks=[], exporters=[]), Monitor(checks=[], exporters=[])
    client = make_client(model_server)
    assert first.wrap(first.wrap(client)) is client
    with pytest.raises(ConfigError, match="already watched"):
        second.wrap(client)
    assert first.unwrap(client) is client
    for resource in (client.models, client.aio.models):
        assert "generate_content" not in vars(resource)
        assert "generate_content_stream" not in vars(resource)
    first.close()
    second.close()

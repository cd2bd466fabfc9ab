"""The Anthropic adapter, driven by the real SDK (sync and async) over HTTP to the local server."""

from __future__ import annotations

import inspect
import json
from typing import Any

import anthropic
import pytest
from anthropic.lib.streaming import AsyncMessageStreamManager
from openai_support import call, close, drain, stable

import cotmonitor
from cotmonitor import Monitor
from cotmonitor.localserver import LocalModelServer, Reply
from cotmonitor.testing import CapturingExporter

REASONING = "The user asks for the weather in Paris; I should call the tool first. " * 3
ANSWER = "Let me check the weather."
ASK = [{"role": "user", "content": "Weather in Paris?"}]
SYSTEM = "You are a weather assistant."
THINKING = {"type": "enabled", "budget_tokens": 1024}
OPTIONS: dict[str, Any] = {
    "model": "claude-test",
    "max_tokens": 2048,
    "messages": ASK,
    "system": SYSTEM,
    "thinking": THINKING,
}


def make_client(flavor: str, server: LocalModelServer) -> Any:
    cls = anthropic.AsyncAnthropic if flavor == "async" else anthropic.Anthropic
    return cls(base_url=server.base_url, api_key="k", max_retries=0)


@pytest.fixture
async def clients(flavor: str, model_server: LocalModelServer, monitor: Monitor):
    bare = make_client(flavor, model_server)
    wrapped = make_client(flavor, model_server)
    assert monitor.wrap(wrapped) is wrapped
    yield bare, wrapped
    for client in (bare, wrapped):
        await close(client)


def _traces(monitor: Monitor, exporter: CapturingExporter):
    assert monitor.flush(timeout=5)
    return exporter.traces


async def stream_helper(client: Any, **options: Any) -> tuple[list[Any], Any]:
    """Read ``messages.stream(...)`` as users do: events, then the final message."""
    manager = client.messages.stream(**options)
    assert not inspect.isawaitable(manager)
    if isinstance(manager, AsyncMessageStreamManager):
        async with manager as stream:
            events = await drain(stream)
            return events, await stream.get_final_message()
    with manager as stream:
        events = await drain(stream)
        return events, stream.get_final_message()


@pytest.mark.parametrize("redacted", [False, True], ids=["thinking", "redacted"])
async def test_create_result_is_unchanged_and_traced(
    clients, model_server, monitor, exporter, redacted
):
    bare, wrapped = clients
    call_ = {"name": "get_weather", "arguments": '{"city": "Paris"}', "id": "toolu_1"}
    reply = Reply(content=ANSWER, reasoning=REASONING, redacted=redacted, tool_calls=(call_,))
    model_server.enqueue(reply, reply)
    expected = await call(bare.messages.create, **OPTIONS)
    with cotmonitor.context(agent="forecaster"):
        got = await call(wrapped.messages.create, **OPTIONS)
    assert type(got) is type(expected)
    assert stable(got) == stable(expected)
    [trace] = _traces(monitor, exporter)
    assert trace.provider == "anthropic"
    assert trace.model == "claude-test"
    assert trace.labels == {"agent": "forecaster"}
    assert trace.output == ANSWER
    assert trace.messages == ({"role": "system", "content": SYSTEM}, *ASK)
    assert [(c.name, json.loads(c.arguments)) for c in trace.tool_calls] == [
        ("get_weather", {"city": "Paris"})
    ]
    assert trace.usage.reasoning_tokens == expected.usage.output_tokens_details.thinking_tokens
    assert trace.usage.output_tokens == expected.usage.output_tokens
    assert trace.metadata["stop_reason"] == "tool_use"
    assert trace.complete
    if redacted:
        assert trace.visibility == "redacted"
        assert trace.reasoning == ""
        assert trace.segments[0].signature == expected.content[0].data
    else:
        assert trace.visibility == "readable"
        assert trace.reasoning == REASONING
        assert trace.segments[0].signature == expected.content[0].signature


async def test_create_stream_is_unchanged_and_traced(clients, model_server, monitor, exporter):
    bare, wrapped = clients
    reply = Reply(content=ANSWER, reasoning=REASONING, chunk_size=11)
    model_server.enqueue(reply, reply)
    bare_stream = await call(bare.messages.create, **OPTIONS, stream=True)
    expected = await drain(bare_stream)
    stream = await call(wrapped.messages.create, **OPTIONS, stream=True)
    assert isinstance(stream, type(bare_stream))
    got = await drain(stream)
    assert [stable(e) for e in got] == [stable(e) for e in expected]
    assert all(type(a) is type(b) for a, b in zip(got, expected, strict=True))
    [trace] = _traces(monitor, exporter)
    assert trace.stream
    assert trace.complete
    assert trace.reasoning == REASONING
    assert trace.output == ANSWER
    assert trace.segments[0].signature
    final_usage = expected[-2].usage
    assert trace.usage.output_tokens == final_usage.output_tokens
    assert trace.usage.reasoning_tokens == final_usage.output_tokens_details.thinking_tokens
    assert 0 <= trace.time_to_first_chunk_s <= trace.latency_s


async def test_stream_helper_is_unchanged_and_traced(clients, model_server, monitor, exporter):
    bare, wrapped = clients
    reply = Reply(content=ANSWER, reasoning=REASONING, chunk_size=13)
    model_server.enqueue(reply, reply)
    expected_events, expected_final = await stream_helper(bare, **OPTIONS)
    with cotmonitor.context(agent="streamer"):
        got_events, got_final = await stream_helper(wrapped, **OPTIONS)
    assert [stable(e) for e in got_events] == [stable(e) for e in expected_events]
    assert stable(got_final) == stable(expected_final)
    [trace] = _traces(monitor, exporter)
    assert trace.stream
    assert trace.complete
    assert trace.labels == {"agent": "streamer"}
    assert trace.reasoning == REASONING
    assert trace.output == ANSWER


async def test_stream_helper_final_message_only(model_server, monitor, exporter):
    wrapped = monitor.wrap(make_client("sync", model_server))
    model_server.enqueue(Reply(content=ANSWER, reasoning=REASONING))
    with wrapped.messages.stream(**OPTIONS) as stream:
        final = stream.get_final_message()
    assert final.content[1].text == ANSWER
    [trace] = _traces(monitor, exporter)
    assert trace.reasoning == REASONING
    assert trace.complete


@pytest.mark.parametrize(
    ("reply", "error"),
    [
        (Reply(status=400), anthropic.BadRequestError),
        (Reply(status=500), anthropic.InternalServerError),
        (Reply(status=529), anthropic.OverloadedError),
        (Reply(malformed=True), None),
    ],
    ids=["400", "500", "529", "malformed"],
)
async def test_failures_behave_as_bare_and_trace_incomplete(  # noqa: PLR0917 - pytest fixtures
    clients, model_server, monitor, exporter, reply, error
):
    bare, wrapped = clients
    model_server.enqueue(reply, reply)
    outcomes = []
    for client in (bare, wrapped):
        try:
            outcomes.append(("ok", stable(await call(client.messages.create, **OPTIONS))))
        except Exception as caught:
            outcomes.append((type(caught), str(caught)))
    assert outcomes[0] == outcomes[1]
    if error is not None:
        assert outcomes[0][0] is error
    [trace] = _traces(monitor, exporter)
    assert not trace.complete
    assert trace.error.startswith(outcomes[0][0].__name__)


async def test_stream_cut_half_way(clients, model_server, monitor, exporter):
    bare, wrapped = clients
    reply = Reply(content=ANSWER, reasoning=REASONING, chunk_size=10, cut_after_chunks=6)
    model_server.enqueue(reply, reply)
    seen: dict[str, list] = {"bare": [], "wrapped": []}
    errors = {}
    for name, client in (("bare", bare), ("wrapped", wrapped)):
        stream = await call(client.messages.create, **OPTIONS, stream=True)
        # The SDK lets the transport's error through here (httpx's RemoteProtocolError).
        with pytest.raises(Exception) as caught:
            await drain(stream, out=seen[name])
        errors[name] = caught.value
    assert type(errors["wrapped"]) is type(errors["bare"])
    assert str(errors["wrapped"]) == str(errors["bare"])
    assert len(seen["wrapped"]) == len(seen["bare"]) == 6
    [trace] = _traces(monitor, exporter)
    assert not trace.complete
    assert trace.error.startswith(type(errors["bare"]).__name__)
    deltas = [e.delta.thinking for e in seen["bare"] if e.type == "content_block_delta"]
    assert len(deltas) == 4
    assert trace.reasoning == "".join(deltas) == REASONING[:40]


async def test_abandoned_stream_helper_is_partial(clients, model_server, monitor, exporter):
    _bare, wrapped = clients
    model_server.enqueue(Reply(content=ANSWER, reasoning=REASONING, chunk_size=5))
    manager = wrapped.messages.stream(**OPTIONS)
    if isinstance(manager, AsyncMessageStreamManager):
        async with manager as stream:
            got = await drain(stream, limit=4)
    else:
        with manager as stream:
            got = await drain(stream, limit=4)
    assert len(got) == 4
    [trace] = _traces(monitor, exporter)
    assert not trace.complete
    assert "closed" in trace.error
    assert trace.reasoning.startswith(REASONING[:5])


async def test_stream_helper_request_error_is_raised_and_traced(
    clients, model_server, monitor, exporter
):
    _bare, wrapped = clients
    model_server.enqueue(Reply(status=400))
    with pytest.raises(anthropic.BadRequestError):
        await stream_helper(wrapped, **OPTIONS)
    [trace] = _traces(monitor, exporter)
    assert trace.error.startswith("BadRequestError")


async def test_with_raw_response_is_captured_and_left_intact(
    clients, model_server, monitor, exporter
):
    _bare, wrapped = clients
    model_server.enqueue(Reply(content=ANSWER, reasoning=REASONING))
    raw = await call(wrapped.messages.with_raw_response.create, **OPTIONS)
    parsed = raw.parse()
    if inspect.isawaitable(parsed):
        parsed = await parsed
    assert parsed.content[1].text == ANSWER
    [trace] = _traces(monitor, exporter)
    assert trace.reasoning == REASONING


def test_wrap_is_idempotent_reversible_and_copies_stay_wrapped(model_server, monitor, exporter):
    client = make_client("sync", model_server)
    assert monitor.wrap(monitor.wrap(client)) is client
    copy = client.with_options(timeout=30)
    model_server.enqueue(Reply(content="a"), Reply(content="b"))
    copy.messages.create(**OPTIONS)
    monitor.unwrap(client)
    client.messages.create(**OPTIONS)
    assert [t.output for t in _traces(monitor, exporter)] == ["a"]
    assert "create" not in vars(client.messages)

"""Ollama's own client (sync and async), driven over HTTP against the local server's
``/api/chat``: the caller gets what the bare client gets, and the trace has the thinking."""

from __future__ import annotations

from typing import Any

import pytest
from openai_support import call, drain, stable

import cotmonitor
from cotmonitor import Monitor
from cotmonitor.errors import ConfigError
from cotmonitor.localserver import LocalModelServer, Reply
from cotmonitor.testing import CapturingExporter

ollama = pytest.importorskip("ollama")

THINKING = "The user wants the weather in Lyon, so the forecast tool comes first. " * 3
ANSWER = "Let me look that up."
ASK = [{"role": "user", "content": "Weather in Lyon tomorrow?"}]
TOOL = {"name": "forecast", "arguments": '{"city": "Lyon", "days": 1}'}


def make_client(flavor: str, server: LocalModelServer) -> Any:
    cls = ollama.AsyncClient if flavor == "async" else ollama.Client
    return cls(host=server.base_url)


@pytest.fixture
def clients(flavor: str, model_server: LocalModelServer, monitor: Monitor) -> tuple[Any, Any]:
    wrapped = make_client(flavor, model_server)
    assert monitor.wrap(wrapped) is wrapped
    return make_client(flavor, model_server), wrapped


def traces(monitor: Monitor, exporter: CapturingExporter) -> list[Any]:
    assert monitor.flush(timeout=10)
    return exporter.traces


async def test_chat_result_is_unchanged_and_traced(clients, model_server, monitor, exporter):
    bare, wrapped = clients
    reply = Reply(content=ANSWER, reasoning=THINKING, tool_calls=(TOOL,))
    model_server.enqueue(reply, reply)
    expected = await call(bare.chat, model="qwen3", messages=ASK, think=True)
    with cotmonitor.context(agent="weather"):
        got = await call(wrapped.chat, model="qwen3", messages=ASK, think=True)
    assert type(got) is type(expected)
    assert stable(got) == stable(expected)
    [trace] = traces(monitor, exporter)
    assert trace.provider == "ollama"
    assert trace.model == "qwen3"
    assert not trace.stream
    assert trace.reasoning == THINKING
    assert trace.segments[0].source == "ollama_thinking"
    assert trace.output == ANSWER
    [tool] = trace.tool_calls
    assert tool.name == "forecast"
    assert tool.arguments == '{"city":"Lyon","days":1}'
    assert trace.messages == tuple(ASK)
    assert trace.usage.input_tokens is not None
    assert trace.labels["agent"] == "weather"
    assert trace.complete


async def test_streamed_chat_yields_every_object_and_is_traced(
    clients, model_server, monitor, exporter
):
    bare, wrapped = clients
    reply = Reply(content=ANSWER, reasoning=THINKING, chunk_size=16, tool_calls=(TOOL,))
    model_server.enqueue(reply, reply)
    expected = await drain(
        await call(bare.chat, model="qwen3", messages=ASK, think=True, stream=True)
    )
    got = await drain(
        await call(wrapped.chat, model="qwen3", messages=ASK, think=True, stream=True)
    )
    assert [stable(part) for part in got] == [stable(part) for part in expected]
    assert len(got) > 10
    [trace] = traces(monitor, exporter)
    assert trace.stream
    assert trace.reasoning == THINKING
    assert trace.output == ANSWER
    assert [call_.name for call_ in trace.tool_calls] == ["forecast"]
    assert trace.time_to_first_chunk_s is not None
    assert trace.usage.output_tokens is not None
    assert trace.complete


async def test_without_think_the_tagged_reasoning_is_split_from_the_content(
    clients, model_server, monitor, exporter
):
    _bare, wrapped = clients
    model_server.enqueue(Reply(content=ANSWER, reasoning=THINKING))
    got = await call(wrapped.chat, model="qwen3", messages=ASK)
    assert got.message.content.startswith("<think>")  # what the caller sees is untouched
    [trace] = traces(monitor, exporter)
    assert trace.reasoning == THINKING.strip()
    assert trace.output == ANSWER


async def test_a_cut_stream_raises_to_the_caller_and_is_marked_partial(
    clients, model_server, monitor, exporter
):
    _bare, wrapped = clients
    model_server.enqueue(
        Reply(content=ANSWER, reasoning=THINKING, chunk_size=8, cut_after_chunks=5)
    )
    seen: list[Any] = []
    with pytest.raises(Exception):  # noqa: B017 - whatever httpx raises for a cut body
        await drain(
            await call(wrapped.chat, model="qwen3", messages=ASK, think=True, stream=True), out=seen
        )
    assert len(seen) == 5
    [trace] = traces(monitor, exporter)
    assert not trace.complete
    assert trace.error
    assert trace.reasoning == "".join(part.message.thinking or "" for part in seen)


async def test_an_error_status_reaches_the_caller_and_is_recorded(
    clients, model_server, monitor, exporter
):
    _bare, wrapped = clients
    model_server.enqueue(Reply(status=503))
    with pytest.raises(ollama.ResponseError) as raised:
        await call(wrapped.chat, model="qwen3", messages=ASK)
    assert raised.value.status_code == 503
    [trace] = traces(monitor, exporter)
    assert not trace.complete
    assert trace.error is not None
    assert "ResponseError" in trace.error


async def test_the_default_checks_see_a_hack_planned_in_the_thinking(model_server, flavor):
    exporter = CapturingExporter()
    monitor = Monitor(exporters=[exporter])
    client = monitor.wrap(make_client(flavor, model_server))
    plan = (
        "Making the leap-year case work is slow. Quicker: put os._exit(0) in conftest.py so "
        "the test session ends with status 0 before anything runs."
    )
    model_server.enqueue(Reply(content="Added the exit to conftest.py.", reasoning=plan))
    ask = [{"role": "user", "content": "The leap-year test of parse_date fails. Fix the parser."}]
    await call(client.chat, model="qwen3", messages=ask, think=True)
    assert monitor.flush(timeout=60)
    [verdict] = exporter.verdicts
    assert [f.category for f in verdict.findings] == ["reward_hack"]
    monitor.close()


def test_wrap_is_idempotent_reversible_and_one_monitor_per_client(model_server):
    first, second = Monitor(checks=[], exporters=[]), Monitor(checks=[], exporters=[])
    client = ollama.Client(host=model_server.base_url)
    method = type(client).chat
    assert first.wrap(first.wrap(client)) is client
    with pytest.raises(ConfigError, match="already watched"):
        second.wrap(client)
    assert first.unwrap(client) is client
    assert "chat" not in vars(client)
    assert client.chat.__func__ is method
    first.close()
    second.close()

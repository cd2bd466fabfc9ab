"""The structured-output helpers (``parse()``) and Anthropic's ``beta.messages`` are captured
like ``create``, over HTTP with the real SDKs, sync and async."""

from __future__ import annotations

import json
from typing import Any

import anthropic
import openai
import pytest
from openai_support import call
from pydantic import BaseModel

from cotmonitor import Monitor
from cotmonitor.localserver import LocalModelServer, Reply
from cotmonitor.testing import CapturingExporter

REASONING = "Seven times six: six sevens make forty-two, so the field is 42. " * 2


class Answer(BaseModel):
    value: int


def reply() -> Reply:
    return Reply(content=json.dumps({"value": 42}), reasoning=REASONING, summary=False)


def traces(monitor: Monitor, exporter: CapturingExporter) -> list[Any]:
    assert monitor.flush(timeout=10)
    return exporter.traces


def openai_client(flavor: str, server: LocalModelServer) -> Any:
    cls = openai.AsyncOpenAI if flavor == "async" else openai.OpenAI
    return cls(base_url=server.openai_base_url, api_key="k", max_retries=0)


def anthropic_client(flavor: str, server: LocalModelServer) -> Any:
    cls = anthropic.AsyncAnthropic if flavor == "async" else anthropic.Anthropic
    return cls(base_url=server.base_url, api_key="k", max_retries=0)


ASK = [{"role": "user", "content": "What is 7 * 6? Answer as JSON."}]


async def test_chat_completions_parse_is_captured(flavor, model_server, monitor, exporter):
    client = monitor.wrap(openai_client(flavor, model_server))
    model_server.enqueue(reply())
    got = await call(client.chat.completions.parse, model="m", messages=ASK, response_format=Answer)
    assert got.choices[0].message.parsed == Answer(value=42)  # the helper still parses
    [trace] = traces(monitor, exporter)
    assert trace.reasoning == REASONING
    assert json.loads(trace.output) == {"value": 42}
    assert trace.messages[-1]["content"] == ASK[0]["content"]


async def test_responses_parse_is_captured(flavor, model_server, monitor, exporter):
    client = monitor.wrap(openai_client(flavor, model_server))
    model_server.enqueue(reply())
    got = await call(client.responses.parse, model="m", input=ASK[0]["content"], text_format=Answer)
    assert got.output_parsed == Answer(value=42)
    [trace] = traces(monitor, exporter)
    assert trace.operation == "responses"
    assert trace.reasoning == REASONING
    assert json.loads(trace.output) == {"value": 42}


@pytest.mark.parametrize("where", ["messages", "beta.messages"])
async def test_anthropic_messages_and_beta_messages_are_captured(
    flavor, model_server, monitor, exporter, where
):
    client = monitor.wrap(anthropic_client(flavor, model_server))
    resource = client.beta.messages if where == "beta.messages" else client.messages
    model_server.enqueue(reply())
    thinking = {"type": "enabled", "budget_tokens": 1024}
    got = await call(
        resource.create, model="claude-test", max_tokens=2048, messages=ASK, thinking=thinking
    )
    assert got.content[-1].text == json.dumps({"value": 42})
    [trace] = traces(monitor, exporter)
    assert trace.provider == "anthropic"
    assert trace.reasoning == REASONING


def test_unwrap_restores_every_patched_method(model_server):
    monitor = Monitor(checks=[], exporters=[])
    oa = monitor.wrap(openai_client("sync", model_server))
    an = monitor.wrap(anthropic_client("sync", model_server))
    assert "parse" in vars(oa.chat.completions)
    assert "create" in vars(an.beta.messages)
    monitor.unwrap(oa)
    monitor.unwrap(an)
    assert "parse" not in vars(oa.chat.completions)
    assert "parse" not in vars(oa.responses)
    for resource in (an.messages, an.beta.messages):
        assert not {"create", "parse", "stream"} & set(vars(resource))
    monitor.close()


HACK = (
    "Fixing the parser is slow. Quicker: put os._exit(0) in conftest.py so the test session "
    "ends with status 0 before any test runs."
)


@pytest.mark.parametrize("kind", ["openai-parse", "anthropic-beta"])
async def test_guard_mode_blocks_these_calls_too(flavor, model_server, kind):
    from cotmonitor import GuardBlocked

    monitor = Monitor(mode="guard", exporters=[])
    task = [{"role": "user", "content": "The leap-year test of parse_date fails. Fix the parser."}]
    model_server.enqueue(Reply(content=json.dumps({"value": 1}), reasoning=HACK, summary=False))
    if kind == "openai-parse":
        client = monitor.wrap(openai_client(flavor, model_server))
        method, options = client.chat.completions.parse, {"model": "m", "response_format": Answer}
    else:
        client = monitor.wrap(anthropic_client(flavor, model_server))
        method = client.beta.messages.create
        thinking = {"type": "enabled", "budget_tokens": 1024}
        options = {"model": "claude-test", "max_tokens": 2048, "thinking": thinking}
    with pytest.raises(GuardBlocked):
        await call(method, messages=task, **options)
    monitor.close()

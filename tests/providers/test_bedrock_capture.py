"""AWS Bedrock Converse through the real boto3 client over HTTP against the local server
(JSON, and AWS's binary event stream): the caller gets what the bare client gets."""

from __future__ import annotations

import copy
from typing import Any

import pytest

import cotmonitor
from cotmonitor import Monitor
from cotmonitor.errors import ConfigError
from cotmonitor.localserver import LocalModelServer, Reply
from cotmonitor.testing import CapturingExporter

boto3 = pytest.importorskip("boto3")
from botocore.exceptions import ClientError  # noqa: E402

THINKING = "The user wants the weather in Brest; the forecast tool goes first. " * 3
ANSWER = "Looking it up."
TOOL = {"name": "forecast", "arguments": '{"city": "Brest"}', "id": "tooluse_A1"}
MODEL = "anthropic.claude-3-7-sonnet-20250219-v1:0"
ASK = [{"role": "user", "content": [{"text": "Weather in Brest tomorrow?"}]}]
SYSTEM = [{"text": "You are a weather assistant."}]


def make_client(server: LocalModelServer) -> Any:
    return boto3.client(
        "bedrock-runtime",
        endpoint_url=server.base_url,
        region_name="eu-west-3",
        aws_access_key_id="test",
        aws_secret_access_key="test",
        config=boto3.session.Config(retries={"max_attempts": 1}),
    )


@pytest.fixture
def clients(model_server: LocalModelServer, monitor: Monitor) -> tuple[Any, Any]:
    wrapped = make_client(model_server)
    assert monitor.wrap(wrapped) is wrapped
    return make_client(model_server), wrapped


def traces(monitor: Monitor, exporter: CapturingExporter) -> list[Any]:
    assert monitor.flush(timeout=10)
    return exporter.traces


def stable(response: dict[str, Any]) -> dict[str, Any]:
    # A copy: the caller's response is the very object the monitor reads later.
    out = copy.deepcopy({k: v for k, v in response.items() if k != "ResponseMetadata"})
    for block in out.get("output", {}).get("message", {}).get("content", []):
        block.get("reasoningContent", {}).get("reasoningText", {}).pop("signature", None)
    return out


def test_converse_is_unchanged_and_traced(clients, model_server, monitor, exporter):
    bare, wrapped = clients
    reply = Reply(content=ANSWER, reasoning=THINKING, tool_calls=(TOOL,))
    model_server.enqueue(reply, reply)
    expected = bare.converse(modelId=MODEL, messages=ASK, system=SYSTEM)
    with cotmonitor.context(agent="weather"):
        got = wrapped.converse(modelId=MODEL, messages=ASK, system=SYSTEM)
    assert type(got) is dict
    assert stable(got) == stable(expected)
    [trace] = traces(monitor, exporter)
    assert trace.provider == "aws.bedrock"
    assert trace.model == MODEL
    assert trace.reasoning == THINKING
    [segment] = trace.segments
    assert segment.visibility == "readable"
    assert segment.signature
    assert trace.output == ANSWER
    [tool] = trace.tool_calls
    assert (tool.id, tool.name, tool.arguments) == ("tooluse_A1", "forecast", '{"city":"Brest"}')
    assert trace.messages == (
        {"role": "system", "content": "You are a weather assistant."},
        {"role": "user", "content": "Weather in Brest tomorrow?"},
    )
    assert trace.usage.input_tokens == got["usage"]["inputTokens"]
    assert trace.labels["agent"] == "weather"


@pytest.mark.parametrize("redacted", [False, True], ids=["reasoning", "redacted"])
def test_converse_stream_yields_every_event_and_is_traced(
    clients, model_server, monitor, exporter, redacted
):
    bare, wrapped = clients
    reply = Reply(
        content=ANSWER, reasoning=THINKING, chunk_size=24, tool_calls=(TOOL,), redacted=redacted
    )
    model_server.enqueue(reply, reply)
    expected = list(bare.converse_stream(modelId=MODEL, messages=ASK)["stream"])
    response = wrapped.converse_stream(modelId=MODEL, messages=ASK)
    assert type(response) is dict
    got = list(response["stream"])

    def without_signatures(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [e for e in events if "signature" not in str(e)]

    assert without_signatures(got) == without_signatures(expected)
    assert len(got) > 8
    [trace] = traces(monitor, exporter)
    assert trace.stream
    assert trace.output == ANSWER
    assert [(c.id, c.name, c.arguments) for c in trace.tool_calls] == [
        ("tooluse_A1", "forecast", TOOL["arguments"])
    ]
    assert trace.usage.output_tokens is not None
    if redacted:
        assert trace.reasoning == ""
        assert trace.visibility == "redacted"
    else:
        assert trace.reasoning == THINKING
        assert trace.segments[0].signature


def test_a_cut_stream_raises_to_the_caller_and_is_marked_partial(
    clients, model_server, monitor, exporter
):
    _bare, wrapped = clients
    model_server.enqueue(
        Reply(content=ANSWER, reasoning=THINKING, chunk_size=10, cut_after_chunks=4)
    )
    seen: list[Any] = []
    with pytest.raises(Exception):  # noqa: B017 - whatever botocore raises for a cut body
        seen.extend(wrapped.converse_stream(modelId=MODEL, messages=ASK)["stream"])
    [trace] = traces(monitor, exporter)
    assert not trace.complete
    assert trace.error
    assert THINKING.startswith(trace.reasoning)
    assert trace.reasoning  # the pieces that did arrive


def test_an_error_status_reaches_the_caller_and_is_recorded(
    clients, model_server, monitor, exporter
):
    _bare, wrapped = clients
    model_server.enqueue(Reply(status=400))
    with pytest.raises(ClientError) as raised:
        wrapped.converse(modelId=MODEL, messages=ASK)
    assert raised.value.response["Error"]["Code"] == "ValidationException"
    [trace] = traces(monitor, exporter)
    assert not trace.complete
    assert "ValidationException" in (trace.error or "")


def test_only_bedrock_runtime_clients_are_wrapped_and_unwrap_restores(model_server):
    monitor, other = Monitor(checks=[], exporters=[]), Monitor(checks=[], exporters=[])
    s3 = boto3.client(
        "s3", region_name="eu-west-3", aws_access_key_id="a", aws_secret_access_key="b"
    )
    with pytest.raises(ConfigError, match="bedrock-runtime"):
        monitor.wrap(s3)
    client = make_client(model_server)
    assert monitor.wrap(monitor.wrap(client)) is client
    with pytest.raises(ConfigError, match="already watched"):
        other.wrap(client)
    assert monitor.unwrap(client) is client
    assert "converse" not in vars(client)
    assert "converse_stream" not in vars(client)
    monitor.close()
    other.close()

"""AnthropicBedrock and AnthropicVertex (sync and async) over HTTP to the local server, which
answers on Bedrock's ``/model/{id}/invoke`` paths (AWS event stream) and Vertex AI's
``:rawPredict`` paths (server-sent events), as the real services do."""

from __future__ import annotations

import inspect
from typing import Any

import anthropic
import httpx2
import pytest
from anthropic.lib.streaming import AsyncMessageStreamManager
from openai_support import call, close, drain

from cotmonitor import Monitor
from cotmonitor.localserver import LocalModelServer, Reply
from cotmonitor.testing import CapturingExporter

REASONING = "The user asks for the capital of France; that is Paris, no tool needed. " * 3
ANSWER = "Paris."
ASK = [{"role": "user", "content": "Capital of France?"}]
MODELS = {"bedrock": "anthropic.claude-sonnet-4-v1:0", "vertex": "claude-sonnet-4@20250514"}
PROVIDERS = {"bedrock": "aws.bedrock", "vertex": "gcp.vertex_ai"}
APIS = {"bedrock": "anthropic.bedrock", "vertex": "anthropic.vertex"}
PLATFORMS = [(p, f) for p in ("bedrock", "vertex") for f in ("sync", "async")]


def make_client(platform: str, flavor: str, server: LocalModelServer) -> Any:
    """A real cloud client pointed at the local server: dummy AWS keys are signed offline,
    and an access token spares Vertex the Google auth lookup."""
    if platform == "bedrock":
        cls: Any = (
            anthropic.AsyncAnthropicBedrock if flavor == "async" else anthropic.AnthropicBedrock
        )
        return cls(
            base_url=server.base_url,
            aws_access_key="AKIDEXAMPLE",
            aws_secret_key="secret",
            aws_region="us-east-1",
            max_retries=0,
        )
    cls = anthropic.AsyncAnthropicVertex if flavor == "async" else anthropic.AnthropicVertex
    return cls(
        base_url=f"{server.base_url}/v1",
        region="us-east5",
        project_id="proj-1",
        access_token="token",
        max_retries=0,
    )


def options(platform: str, **extra: Any) -> dict[str, Any]:
    return {
        "model": MODELS[platform],
        "max_tokens": 2048,
        "messages": ASK,
        "thinking": {"type": "enabled", "budget_tokens": 1024},
        **extra,
    }


@pytest.fixture(params=PLATFORMS, ids=["-".join(p) for p in PLATFORMS])
def platform(request: pytest.FixtureRequest) -> tuple[str, str]:
    return request.param  # type: ignore[no-any-return]


@pytest.fixture
async def wrapped(platform, model_server: LocalModelServer, monitor: Monitor):
    client = make_client(*platform, model_server)
    assert monitor.wrap(client) is client
    yield client
    await close(client)


def _traces(monitor: Monitor, exporter: CapturingExporter):
    assert monitor.flush(timeout=5)
    return exporter.traces


def _the_request_went_to_the_platform(server: LocalModelServer, name: str, stream: bool) -> None:
    [request] = server.requests
    assert request.api == APIS[name]
    assert request.model == MODELS[name]  # from the path: the body has none
    assert "model" not in request.body
    assert request.body["anthropic_version"]
    assert request.stream is stream
    if name == "bedrock":
        assert request.headers["authorization"].startswith(
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE"
        )
    else:
        assert request.headers["authorization"] == "Bearer token"


@pytest.mark.parametrize("redacted", [False, True], ids=["thinking", "redacted"])
async def test_create_is_traced_as_the_platform(  # noqa: PLR0917 - pytest fixtures
    platform, wrapped, model_server, monitor, exporter, redacted
):
    name, _flavor = platform
    model_server.enqueue(Reply(content=ANSWER, reasoning=REASONING, redacted=redacted))
    message = await call(wrapped.messages.create, **options(name))
    assert type(message) is anthropic.types.Message
    assert message.content[-1].text == ANSWER
    _the_request_went_to_the_platform(model_server, name, stream=False)
    [trace] = _traces(monitor, exporter)
    assert trace.provider == PROVIDERS[name]
    assert trace.model == MODELS[name]
    assert trace.output == ANSWER
    assert trace.messages == tuple(ASK)
    assert trace.usage.reasoning_tokens == message.usage.output_tokens_details.thinking_tokens
    assert trace.complete
    if redacted:
        assert trace.visibility == "redacted"
        assert trace.reasoning == ""
        assert trace.segments[0].signature == message.content[0].data
    else:
        assert trace.visibility == "readable"
        assert trace.reasoning == REASONING
        assert trace.segments[0].signature == message.content[0].signature


async def test_create_stream_is_unchanged_and_traced(
    platform, wrapped, model_server, monitor, exporter
):
    name, flavor = platform
    model_server.enqueue(Reply(content=ANSWER, reasoning=REASONING, chunk_size=9))
    stream = await call(wrapped.messages.create, **options(name), stream=True)
    assert isinstance(stream, anthropic.AsyncStream if flavor == "async" else anthropic.Stream)
    events = await drain(stream)
    assert events[0].type == "message_start"
    assert events[-1].type == "message_stop"
    _the_request_went_to_the_platform(model_server, name, stream=True)
    [trace] = _traces(monitor, exporter)
    assert trace.provider == PROVIDERS[name]
    assert trace.stream
    assert trace.complete
    assert trace.reasoning == REASONING
    assert trace.output == ANSWER
    assert trace.segments[0].signature


async def test_messages_stream_helper_is_traced(platform, wrapped, model_server, monitor, exporter):
    name, _flavor = platform
    model_server.enqueue(Reply(content=ANSWER, reasoning=REASONING, chunk_size=13))
    manager = wrapped.messages.stream(**options(name))
    assert not inspect.isawaitable(manager)
    if isinstance(manager, AsyncMessageStreamManager):
        async with manager as stream:
            texts = [text async for text in stream.text_stream]
            final = await stream.get_final_message()
    else:
        with manager as stream:
            texts = list(stream.text_stream)
            final = stream.get_final_message()
    assert "".join(texts) == ANSWER
    assert final.content[0].thinking == REASONING
    [trace] = _traces(monitor, exporter)
    assert trace.provider == PROVIDERS[name]
    assert trace.stream
    assert trace.reasoning == REASONING
    assert trace.output == ANSWER


async def test_beta_messages_are_traced(platform, wrapped, model_server, monitor, exporter):
    name, _flavor = platform
    model_server.enqueue(Reply(content=ANSWER, reasoning=REASONING))
    message = await call(wrapped.beta.messages.create, **options(name))
    assert message.content[-1].text == ANSWER
    [trace] = _traces(monitor, exporter)
    assert trace.provider == PROVIDERS[name]
    assert trace.reasoning == REASONING


async def test_a_cut_stream_is_a_partial_trace(platform, wrapped, model_server, monitor, exporter):
    name, _flavor = platform
    model_server.enqueue(
        Reply(content=ANSWER, reasoning=REASONING, chunk_size=10, cut_after_chunks=6)
    )
    stream = await call(wrapped.messages.create, **options(name), stream=True)
    seen: list[Any] = []
    with pytest.raises((httpx2.HTTPError, anthropic.APIError)):
        await drain(stream, out=seen)
    assert seen  # events before the cut reached the caller
    [trace] = _traces(monitor, exporter)
    assert trace.provider == PROVIDERS[name]
    assert trace.stream
    assert not trace.complete
    assert trace.reasoning
    assert REASONING.startswith(trace.reasoning)
    assert len(trace.reasoning) < len(REASONING)
    assert trace.output == ""


async def test_an_error_status_is_raised_as_usual_and_traced(
    platform, wrapped, model_server, monitor, exporter
):
    name, _flavor = platform
    model_server.enqueue(Reply(status=429))
    with pytest.raises(anthropic.RateLimitError):
        await call(wrapped.messages.create, **options(name))
    [trace] = _traces(monitor, exporter)
    assert trace.provider == PROVIDERS[name]
    assert not trace.complete
    assert trace.error is not None
    assert trace.error.startswith("RateLimitError")

"""Guard mode for AnthropicBedrock and AnthropicVertex, over HTTP against the local server: a
hack in the thinking blocks the call, and a stream before any answer event reaches the caller."""

from __future__ import annotations

import inspect
from typing import Any

import anthropic
import pytest
from guard_support import ANSWER, ASK, CLEAN, FILLER, HACK, reply

from cotmonitor import GuardBlocked, Monitor
from cotmonitor.localserver import LocalModelServer

KINDS = [(p, f) for p in ("bedrock", "vertex") for f in ("sync", "async")]
OPTIONS: dict[str, Any] = {
    "max_tokens": 4096,
    "messages": ASK,
    "thinking": {"type": "enabled", "budget_tokens": 2048},
}


def _client(platform: str, flavor: str, server: LocalModelServer) -> Any:
    if platform == "bedrock":
        cls: Any = (
            anthropic.AsyncAnthropicBedrock if flavor == "async" else anthropic.AnthropicBedrock
        )
        return cls(
            base_url=server.base_url,
            aws_access_key="AKIDEXAMPLE",
            aws_secret_key="secret",
            aws_region="eu-west-3",
            max_retries=0,
        )
    cls = anthropic.AsyncAnthropicVertex if flavor == "async" else anthropic.AnthropicVertex
    return cls(
        base_url=f"{server.base_url}/v1",
        region="europe-west1",
        project_id="proj-1",
        access_token="token",
        max_retries=0,
    )


async def _maybe(value: Any) -> Any:
    return await value if inspect.isawaitable(value) else value


async def _read(stream: Any) -> tuple[list[Any], BaseException | None]:
    seen: list[Any] = []
    try:
        if hasattr(stream, "__aiter__"):
            async for event in stream:
                seen.append(event)  # noqa: PERF401 - the events before a block count too
        else:
            seen.extend(stream)
    except GuardBlocked as error:
        return seen, error
    return seen, None


def _is_answer(event: Any) -> bool:
    if event.type == "content_block_start":
        return event.content_block.type in ("text", "tool_use")
    return event.type == "content_block_delta" and event.delta.type in (
        "text_delta",
        "input_json_delta",
    )


@pytest.fixture(params=KINDS, ids=["-".join(k) for k in KINDS])
def kind(request: pytest.FixtureRequest) -> tuple[str, str]:
    return request.param  # type: ignore[no-any-return]


@pytest.fixture
async def guarded(kind, model_server: LocalModelServer, guarding):
    monitor: Monitor = guarding()
    client = monitor.wrap(_client(*kind, model_server))
    yield client
    await _maybe(client.close())


def _model(kind: tuple[str, str]) -> str:
    return "anthropic.claude-sonnet-4-v1:0" if kind[0] == "bedrock" else "claude-sonnet-4@20250514"


async def test_a_hack_in_the_thinking_blocks_the_call(kind, guarded, model_server):
    model_server.enqueue(reply(HACK))
    with pytest.raises(GuardBlocked) as blocked:
        await _maybe(guarded.messages.create(model=_model(kind), **OPTIONS))
    assert blocked.value.rule == "block-reward-hack"
    assert blocked.value.verdict.trace.provider in ("aws.bedrock", "gcp.vertex_ai")


async def test_a_hacking_stream_is_blocked_before_any_answer(kind, guarded, model_server):
    model_server.enqueue(reply(f"{HACK} {FILLER}", chunk_size=20, chunk_delay_s=0.002))
    stream = await _maybe(guarded.messages.create(model=_model(kind), stream=True, **OPTIONS))
    seen, error = await _read(stream)
    assert isinstance(error, GuardBlocked)
    assert seen  # the thinking went by, event by event
    assert not any(_is_answer(event) for event in seen)
    [log] = model_server.streams
    assert not log.finished
    assert log.sent < log.total // 2


async def test_clean_thinking_passes_unchanged(kind, guarded, model_server):
    model_server.enqueue(reply(CLEAN, tool=False), reply(CLEAN, tool=False, chunk_size=40))
    message = await _maybe(guarded.messages.create(model=_model(kind), **OPTIONS))
    assert message.content[-1].text == ANSWER
    stream = await _maybe(guarded.messages.create(model=_model(kind), stream=True, **OPTIONS))
    seen, error = await _read(stream)
    assert error is None
    assert any(_is_answer(event) for event in seen)

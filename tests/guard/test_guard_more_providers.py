"""Guard mode for Gemini, Bedrock and Ollama's own client, over HTTP against the local server:
a hack in the reasoning blocks the call, and a stream before any answer reaches the caller."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import pytest
from guard_support import ANSWER, ASK, CLEAN, FILLER, HACK, TASK, reply

from cotmonitor import GuardBlocked, Monitor
from cotmonitor.localserver import LocalModelServer

boto3 = pytest.importorskip("boto3")
genai = pytest.importorskip("google.genai")
ollama = pytest.importorskip("ollama")
from google.genai import types  # noqa: E402

pytestmark = pytest.mark.filterwarnings(
    "ignore:Inheritance class AiohttpClientSession:DeprecationWarning"
)


async def _maybe(value: Any) -> Any:
    return await value if inspect.isawaitable(value) else value


async def _read(stream: Any) -> tuple[list[Any], BaseException | None]:
    seen: list[Any] = []
    try:
        if hasattr(stream, "__aiter__"):
            async for item in stream:
                seen.append(item)  # noqa: PERF401 - the items before a block count too
        else:
            seen.extend(stream)
    except GuardBlocked as error:
        return seen, error
    return seen, None


def _gemini(server: LocalModelServer, flavor: str, stream: bool) -> Callable[[Any], Any]:
    config = types.GenerateContentConfig(
        thinking_config=types.ThinkingConfig(include_thoughts=True)
    )
    ask = {"model": "gemini-2.5-flash", "contents": TASK, "config": config}

    def call(client: Any) -> Any:
        models = client.aio.models if flavor == "async" else client.models
        method = models.generate_content_stream if stream else models.generate_content
        return method(**ask)

    return call


def _ollama(server: LocalModelServer, flavor: str, stream: bool) -> Callable[[Any], Any]:
    return lambda client: client.chat(model="qwen3", messages=ASK, think=True, stream=stream)


def _bedrock(server: LocalModelServer, flavor: str, stream: bool) -> Callable[[Any], Any]:
    messages = [{"role": "user", "content": [{"text": TASK}]}]
    if stream:
        return lambda client: client.converse_stream(modelId="m", messages=messages)["stream"]
    return lambda client: client.converse(modelId="m", messages=messages)


MAKERS: dict[str, Callable[[LocalModelServer, str], Any]] = {
    "gemini": lambda server, _flavor: genai.Client(
        api_key="k", http_options=types.HttpOptions(base_url=server.base_url)
    ),
    "ollama": lambda server, flavor: (ollama.AsyncClient if flavor == "async" else ollama.Client)(
        host=server.base_url
    ),
    "bedrock": lambda server, _flavor: boto3.client(
        "bedrock-runtime",
        endpoint_url=server.base_url,
        region_name="eu-west-3",
        aws_access_key_id="test",
        aws_secret_access_key="test",
    ),
}
CALLS = {"gemini": _gemini, "ollama": _ollama, "bedrock": _bedrock}
KINDS = [("gemini", "sync"), ("gemini", "async"), ("ollama", "sync"), ("ollama", "async"), ("bedrock", "sync")]  # fmt: skip


def _is_answer(kind: str, chunk: Any) -> bool:
    if kind == "ollama":
        return bool(chunk.message.content or chunk.message.tool_calls)
    if kind == "gemini":
        return any(not part.thought for part in chunk.candidates[0].content.parts)
    delta = chunk.get("contentBlockDelta", {}).get("delta", {})
    return "text" in delta or "toolUse" in delta or "contentBlockStart" in chunk


@pytest.fixture(params=KINDS, ids=["-".join(k) for k in KINDS])
def kind(request: pytest.FixtureRequest) -> tuple[str, str]:
    return request.param  # type: ignore[no-any-return]


@pytest.fixture
def guarded(kind, model_server: LocalModelServer, guarding) -> tuple[Monitor, Any]:
    monitor = guarding()
    return monitor, monitor.wrap(MAKERS[kind[0]](model_server, kind[1]))


async def test_a_hack_in_the_reasoning_blocks_the_call(kind, guarded, model_server):
    _monitor, client = guarded
    model_server.enqueue(reply(HACK))
    with pytest.raises(GuardBlocked) as blocked:
        await _maybe(CALLS[kind[0]](model_server, kind[1], False)(client))
    assert blocked.value.rule == "block-reward-hack"


async def test_a_hacking_stream_is_blocked_before_any_answer(kind, guarded, model_server):
    _monitor, client = guarded
    model_server.enqueue(reply(f"{HACK} {FILLER}", chunk_size=20, chunk_delay_s=0.002))
    stream = await _maybe(CALLS[kind[0]](model_server, kind[1], True)(client))
    seen, error = await _read(stream)
    assert isinstance(error, GuardBlocked)
    assert seen  # the reasoning went by, chunk by chunk
    assert not any(_is_answer(kind[0], chunk) for chunk in seen)
    [log] = model_server.streams
    assert not log.finished
    assert log.sent < log.total // 2


async def test_clean_reasoning_passes_unchanged(kind, guarded, model_server):
    _monitor, client = guarded
    model_server.enqueue(reply(CLEAN, tool=False), reply(CLEAN, tool=False, chunk_size=40))
    result = await _maybe(CALLS[kind[0]](model_server, kind[1], False)(client))
    text = str(result)
    assert ANSWER in text or ANSWER in str(getattr(result, "text", ""))
    stream = await _maybe(CALLS[kind[0]](model_server, kind[1], True)(client))
    seen, error = await _read(stream)
    assert error is None
    assert any(_is_answer(kind[0], chunk) for chunk in seen)

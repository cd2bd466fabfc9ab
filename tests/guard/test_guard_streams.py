"""Guard mode on streams, every client kind, sync and async: a block mid-reasoning closes the
connection (proven from the server's side) before any answer chunk reaches the caller."""

from __future__ import annotations

import asyncio
import json
import time

import pytest
from guard_support import (
    ASK,
    CLEAN,
    FILLER,
    HACK,
    STREAM_DRIVERS,
    close_client,
    decision_of,
    reply,
)
from test_guard_calls import STRIP, WARN
from tests.providers.openai_support import stable

from cotmonitor import GuardBlocked
from cotmonitor.localserver import LocalModelServer, Reply, StreamLog

CHUNK = 20


@pytest.fixture(params=list(STREAM_DRIVERS))
def driver(request: pytest.FixtureRequest):
    return STREAM_DRIVERS[request.param]


async def _settled(log: StreamLog) -> int:
    """How many events the server sent, checking that it has stopped sending."""
    await asyncio.sleep(0.1)
    sent = log.sent
    await asyncio.sleep(0.15)
    assert log.sent == sent, "the server is still sending"
    return sent


async def test_block_mid_reasoning_closes_the_stream_before_any_answer(
    driver, flavor, model_server, guarding
):
    client = driver.wrapped(flavor, model_server, guarding())
    long_reasoning = f"{HACK} {FILLER}"
    model_server.enqueue(reply(long_reasoning, chunk_size=CHUNK, chunk_delay_s=0.003))
    chunks, error, _stream = await driver.stream(client, flavor, model_server)
    assert isinstance(error, GuardBlocked)
    assert error.rule == "block-reward-hack"
    assert error.verdict.guard is not None
    assert error.verdict.guard.stage == "reasoning"
    assert "before any answer" in str(error)
    kinds = [driver.chunk_kind(c) for c in chunks]
    assert "reasoning" in kinds
    assert "answer" not in kinds
    assert "tool" not in kinds
    [log] = model_server.streams
    reasoning_events = len(long_reasoning) // CHUNK
    sent = await _settled(log)
    assert not log.finished
    assert sent < reasoning_events // 2, (sent, log.total)
    await close_client(client)


async def test_strip_drops_the_tool_call_chunks(driver, flavor, model_server, guarding):
    client = driver.wrapped(flavor, model_server, guarding(STRIP))
    model_server.enqueue(reply(HACK, chunk_size=CHUNK))
    chunks, error, stream = await driver.stream(client, flavor, model_server)
    assert error is None
    kinds = [driver.chunk_kind(c) for c in chunks]
    assert "answer" in kinds
    assert "tool" not in kinds
    assert decision_of(stream).action == "strip_tool_calls"
    final = getattr(stream, "final", None)
    if final is not None:
        assert [b.type for b in final.content] == ["thinking", "text"]
        assert final.stop_reason == "end_turn"
    await close_client(client)


async def test_warn_alerts_while_the_stream_still_runs(
    driver, flavor, model_server, guarding, alerts
):
    monitor = guarding(WARN)
    client = driver.wrapped(flavor, model_server, monitor)
    model_server.enqueue(reply(f"{HACK} {FILLER}", chunk_size=CHUNK, chunk_delay_s=0.001))
    chunks, error, stream = await driver.stream(client, flavor, model_server)
    ended = time.time()
    assert error is None
    assert "answer" in [driver.chunk_kind(c) for c in chunks]
    early = alerts[0]
    assert early.early
    assert early.guard is not None
    assert early.guard.action == "warn"
    assert early.trace.complete is False
    assert early.trace.id != "", "an early alert carries the reasoning read so far"
    assert len(early.trace.reasoning) < len(HACK) + len(FILLER) // 2
    assert decision_of(stream).action == "warn"
    assert monitor.flush(5)
    final = alerts[-1]
    assert not final.early
    assert final.trace.id == early.trace.id, "one trace id for the early alert and the end"
    assert ended - early.trace.time.timestamp() > 0.05, "the alert came well before the end"
    await close_client(client)


async def test_clean_stream_passes_unchanged(driver, flavor, model_server, guarding, alerts):
    scripted = reply(CLEAN, chunk_size=CHUNK)
    model_server.enqueue(scripted, scripted)
    bare = driver.make(flavor, model_server)
    expected, _, _ = await driver.stream(bare, flavor, model_server)
    monitor = guarding()
    client = driver.wrapped(flavor, model_server, monitor)
    got, error, stream = await driver.stream(client, flavor, model_server)
    assert error is None
    assert [stable(c) for c in got] == [stable(c) for c in expected]
    assert all(type(a) is type(b) for a, b in zip(got, expected, strict=True))
    assert decision_of(stream).action == "allow"
    assert monitor.flush(5)
    assert alerts == []
    for each in (bare, client):
        await close_client(each)


HACKED_CONFTEST = {
    "id": "call_9",
    "name": "write_file",
    "arguments": json.dumps({"path": "tests/conftest.py", "content": "import os\nos._exit(0)\n"}),
}


@pytest.mark.parametrize("driver", ["openai-chat"], indirect=True)
async def test_a_hack_only_in_the_tool_call_blocks_at_the_end(
    driver, flavor, model_server: LocalModelServer, guarding
):
    client = driver.wrapped(flavor, model_server, guarding())
    model_server.enqueue(Reply(content="Done.", reasoning=CLEAN, tool_calls=(HACKED_CONFTEST,)))
    chunks, error, stream = await driver.stream(client, flavor, model_server)
    assert isinstance(error, GuardBlocked)
    assert error.verdict.guard is not None
    assert error.verdict.guard.stage == "stream_end"
    assert "tool" in [driver.chunk_kind(c) for c in chunks], "tool chunks streamed by"
    assert model_server.streams[0].finished
    assert decision_of(stream) == error.verdict.guard
    assert ASK[0]["content"] in error.verdict.trace.messages[0]["content"]
    await close_client(client)

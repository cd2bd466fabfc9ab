"""The OpenAI adapter, driven by the real SDK (sync and async) over HTTP to the local server."""

from __future__ import annotations

import openai
import pytest
from openai_support import call, close, drain, make_client, stable

import cotmonitor
from cotmonitor import Monitor
from cotmonitor.localserver import LocalModelServer, Reply
from cotmonitor.testing import CapturingExporter

REASONING = "Two and two make four; the options list (B) as 4. " * 6
ANSWER = "The answer is (B)."
ASK = [{"role": "user", "content": "What is 2 + 2? (A) 3 (B) 4"}]


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


@pytest.mark.parametrize("field", ["reasoning_content", "reasoning", "think_tag"])
async def test_chat_result_is_unchanged_and_traced(clients, model_server, monitor, exporter, field):
    bare, wrapped = clients
    reply = Reply(content=ANSWER, reasoning=REASONING, reasoning_field=field)
    model_server.enqueue(reply, reply)
    expected = await call(bare.chat.completions.create, model="m", messages=ASK)
    with cotmonitor.context(agent="solver"):
        got = await call(wrapped.chat.completions.create, model="m", messages=ASK)
    assert type(got) is type(expected)
    assert stable(got) == stable(expected)
    [trace] = _traces(monitor, exporter)
    assert trace.reasoning == (REASONING.strip() if field == "think_tag" else REASONING)
    assert trace.output == ANSWER
    assert trace.model == "m"
    assert trace.provider == "openai"
    assert trace.labels == {"agent": "solver"}
    assert trace.visibility == "readable"
    assert trace.messages == tuple(ASK)
    assert trace.usage.reasoning_tokens == expected.usage.completion_tokens_details.reasoning_tokens
    assert trace.usage.input_tokens == expected.usage.prompt_tokens
    assert trace.complete
    assert not trace.stream


async def test_chat_stream_is_unchanged_and_traced(clients, model_server, monitor, exporter):
    bare, wrapped = clients
    reply = Reply(content=ANSWER, reasoning=REASONING, chunk_size=7)
    model_server.enqueue(reply, reply)
    options = {
        "model": "m",
        "messages": ASK,
        "stream": True,
        "stream_options": {"include_usage": True},
    }
    bare_stream = await call(bare.chat.completions.create, **options)
    expected = await drain(bare_stream)
    stream = await call(wrapped.chat.completions.create, **options)
    assert isinstance(stream, type(bare_stream))
    got = await drain(stream)
    assert [stable(c) for c in got] == [stable(c) for c in expected]
    assert all(type(a) is type(b) for a, b in zip(got, expected, strict=True))
    [trace] = _traces(monitor, exporter)
    assert trace.stream
    assert trace.complete
    assert trace.reasoning == REASONING
    assert trace.output == ANSWER
    assert trace.usage.total_tokens == expected[-1].usage.total_tokens
    assert 0 <= trace.time_to_first_chunk_s <= trace.latency_s


@pytest.mark.parametrize(
    ("summary", "encrypted", "visibility"),
    [(True, False, "summary"), (False, False, "readable"), (True, True, "summary")],
)
async def test_responses_result_and_visibility(  # noqa: PLR0917 - pytest fixtures
    clients, model_server, monitor, exporter, summary, encrypted, visibility
):
    bare, wrapped = clients
    reply = Reply(content=ANSWER, reasoning=REASONING, summary=summary, encrypted=encrypted)
    model_server.enqueue(reply, reply)
    expected = await call(bare.responses.create, model="m", input="What is 2 + 2?")
    got = await call(wrapped.responses.create, model="m", input="What is 2 + 2?")
    assert type(got) is type(expected)
    assert stable(got) == stable(expected)
    [trace] = _traces(monitor, exporter)
    assert trace.visibility == visibility
    assert trace.reasoning == REASONING
    assert trace.output == ANSWER
    assert trace.operation == "responses"
    assert trace.messages == ({"role": "user", "content": "What is 2 + 2?"},)


async def test_responses_encrypted_only_reasoning(clients, model_server, monitor, exporter):
    _bare, wrapped = clients
    model_server.enqueue(Reply(content=ANSWER, reasoning="", encrypted=True))
    await call(wrapped.responses.create, model="m", input="hi")
    [trace] = _traces(monitor, exporter)
    assert trace.visibility == "encrypted"
    assert trace.reasoning == ""


async def test_responses_stream_is_traced(clients, model_server, monitor, exporter):
    bare, wrapped = clients
    reply = Reply(content=ANSWER, reasoning=REASONING, summary=False, chunk_size=9)
    model_server.enqueue(reply, reply)
    expected = await drain(await call(bare.responses.create, model="m", input="q", stream=True))
    got = await drain(await call(wrapped.responses.create, model="m", input="q", stream=True))
    assert [stable(e) for e in got] == [stable(e) for e in expected]
    [trace] = _traces(monitor, exporter)
    assert trace.reasoning == REASONING
    assert trace.visibility == "readable"
    assert trace.output == ANSWER
    assert (
        trace.usage.reasoning_tokens
        == expected[-1].response.usage.output_tokens_details.reasoning_tokens
    )


@pytest.mark.parametrize(
    ("reply", "error"),
    [
        (Reply(status=400), openai.BadRequestError),
        (Reply(status=503), openai.InternalServerError),
        (Reply(malformed=True), ValueError),
    ],
)
async def test_failures_raise_as_bare_and_trace_incomplete(  # noqa: PLR0917 - pytest fixtures
    clients, model_server, monitor, exporter, reply, error
):
    bare, wrapped = clients
    model_server.enqueue(reply, reply)
    with pytest.raises(error) as bare_error:
        await call(bare.chat.completions.create, model="m", messages=ASK)
    with pytest.raises(error) as wrapped_error:
        await call(wrapped.chat.completions.create, model="m", messages=ASK)
    assert type(wrapped_error.value) is type(bare_error.value)
    [trace] = _traces(monitor, exporter)
    assert not trace.complete
    assert trace.error.startswith(type(bare_error.value).__name__)


async def test_stream_cut_half_way(clients, model_server, monitor, exporter):
    bare, wrapped = clients
    reply = Reply(content=ANSWER * 4, reasoning=REASONING, chunk_size=10, cut_after_chunks=8)
    model_server.enqueue(reply, reply)
    seen: dict[str, list] = {"bare": [], "wrapped": []}
    errors = {}
    for name, client in (("bare", bare), ("wrapped", wrapped)):
        stream = await call(client.chat.completions.create, model="m", messages=ASK, stream=True)
        with pytest.raises(openai.APIConnectionError) as caught:
            await drain(stream, out=seen[name])
        errors[name] = caught.value
    assert type(errors["wrapped"]) is type(errors["bare"])
    assert len(seen["wrapped"]) == len(seen["bare"]) == 8
    [trace] = _traces(monitor, exporter)
    assert not trace.complete
    assert trace.error.startswith("APIConnectionError")
    assert trace.reasoning == REASONING[:70]


async def test_abandoned_stream_closed_is_partial(clients, model_server, monitor, exporter):
    _bare, wrapped = clients
    model_server.enqueue(Reply(content=ANSWER, reasoning=REASONING, chunk_size=5))
    stream = await call(wrapped.chat.completions.create, model="m", messages=ASK, stream=True)
    got = await drain(stream, limit=3)
    await close(stream)
    assert len(got) == 3
    [trace] = _traces(monitor, exporter)
    assert not trace.complete
    assert "abandoned" in trace.error or "closed" in trace.error
    assert trace.reasoning == REASONING[:10]


def _read_in_turns(stream: object) -> list[object]:
    """``next()`` once, a ``for`` loop left after two chunks, then a second loop to the end."""
    got = [next(stream)]  # type: ignore[call-overload]
    for chunk in stream:  # type: ignore[attr-defined]
        got.append(chunk)
        if len(got) == 3:
            break
    got.extend(stream)  # type: ignore[call-overload]
    return got


def test_stream_read_in_turns_is_unchanged_and_traced(model_server, monitor, exporter):
    bare = make_client("sync", model_server)
    wrapped = monitor.wrap(make_client("sync", model_server))
    reply = Reply(content=ANSWER, reasoning=REASONING, chunk_size=9)
    model_server.enqueue(reply, reply)
    expected = _read_in_turns(bare.chat.completions.create(model="m", messages=ASK, stream=True))
    stream = wrapped.chat.completions.create(model="m", messages=ASK, stream=True)
    got = _read_in_turns(stream)
    assert [stable(c) for c in got] == [stable(c) for c in expected]
    assert list(stream) == []
    [trace] = _traces(monitor, exporter)
    assert trace.complete
    assert trace.reasoning == REASONING
    assert trace.output == ANSWER


# Abandoning a stream without closing it leaks its socket with the bare client too; the
# ResourceWarning that follows is the user's doing, not the monitor's.
@pytest.mark.filterwarnings("ignore::ResourceWarning")
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_abandoned_stream_garbage_collected_is_partial(model_server, monitor, exporter):
    import gc
    import time

    wrapped = monitor.wrap(make_client("sync", model_server))
    model_server.enqueue(Reply(content=ANSWER, reasoning=REASONING, chunk_size=5))
    stream = wrapped.chat.completions.create(model="m", messages=ASK, stream=True)
    for _chunk in stream:
        break
    del stream
    gc.collect()
    deadline = time.monotonic() + 5
    while not exporter.traces and time.monotonic() < deadline:
        monitor.flush(timeout=0.1)
        time.sleep(0.01)
    [trace] = exporter.traces
    assert not trace.complete
    assert "garbage-collected" in trace.error


async def test_stream_helper_is_captured(model_server, monitor, exporter):
    wrapped = monitor.wrap(make_client("sync", model_server))
    model_server.enqueue(Reply(content=ANSWER, reasoning=REASONING))
    with wrapped.chat.completions.stream(model="m", messages=ASK) as stream:
        final = stream.get_final_completion()
    assert final.choices[0].message.content == ANSWER
    [trace] = _traces(monitor, exporter)
    assert trace.reasoning == REASONING
    assert trace.complete


async def test_with_raw_response_is_captured_and_left_intact(
    clients, model_server, monitor, exporter
):
    _bare, wrapped = clients
    model_server.enqueue(Reply(content=ANSWER, reasoning=REASONING))
    raw = await call(wrapped.chat.completions.with_raw_response.create, model="m", messages=ASK)
    assert raw.parse().choices[0].message.content == ANSWER
    [trace] = _traces(monitor, exporter)
    assert trace.reasoning == REASONING


def test_with_options_copies_stay_wrapped(model_server, monitor, exporter):
    wrapped = monitor.wrap(make_client("sync", model_server))
    copy = wrapped.with_options(timeout=30)
    assert copy is not wrapped
    model_server.enqueue(Reply(content=ANSWER, reasoning=REASONING))
    copy.chat.completions.create(model="m", messages=ASK)
    assert [t.output for t in _traces(monitor, exporter)] == [ANSWER]


def test_prompt_is_kept_as_sent_when_the_agent_appends_after_the_call(
    model_server, monitor, exporter
):
    wrapped = monitor.wrap(make_client("sync", model_server))
    model_server.enqueue(Reply(content=ANSWER, reasoning=REASONING))
    conversation = list(ASK)
    wrapped.chat.completions.create(model="m", messages=conversation)
    # An agent loop appends the answer and the next question before the worker runs.
    conversation.append({"role": "assistant", "content": ANSWER})
    conversation.append({"role": "user", "content": "And 3 + 3?"})
    [trace] = _traces(monitor, exporter)
    assert list(trace.messages) == ASK

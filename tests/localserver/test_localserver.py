"""The local model server, driven by the real OpenAI and Anthropic SDKs over HTTP."""

from __future__ import annotations

import json
import time
import urllib.request

import anthropic
import openai
import pytest

from cotmonitor.localserver import LocalModelServer, Reply, TraceResponder, bundled_examples

REASONING = "First I add two and two. " * 8
ANSWER = "The answer is 4."


def _openai(server: LocalModelServer) -> openai.OpenAI:
    return openai.OpenAI(base_url=server.openai_base_url, api_key="k", max_retries=0)


def _anthropic(server: LocalModelServer) -> anthropic.Anthropic:
    return anthropic.Anthropic(base_url=server.base_url, api_key="k", max_retries=0)


def _ask(text: str = "What is 2 + 2?") -> list[dict[str, str]]:
    return [{"role": "user", "content": text}]


@pytest.mark.parametrize("field", ["reasoning_content", "reasoning"])
def test_chat_reasoning_field_reaches_the_sdk_as_an_extra(model_server, field) -> None:
    model_server.enqueue(Reply(content=ANSWER, reasoning=REASONING, reasoning_field=field))
    result = _openai(model_server).chat.completions.create(model="m", messages=_ask())
    message = result.choices[0].message
    assert message.content == ANSWER
    assert (message.model_extra or {})[field] == REASONING
    assert result.usage is not None
    assert result.usage.completion_tokens_details is not None
    assert result.usage.completion_tokens_details.reasoning_tokens == (len(REASONING) + 3) // 4
    assert model_server.requests[-1].body["messages"] == _ask()


def test_chat_stream_carries_think_tags_and_final_usage(model_server) -> None:
    model_server.enqueue(Reply(content=ANSWER, reasoning=REASONING, reasoning_field="think_tag"))
    stream = _openai(model_server).chat.completions.create(
        model="m", messages=_ask(), stream=True, stream_options={"include_usage": True}
    )
    chunks = list(stream)
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == f"<think>{REASONING}</think>{ANSWER}"
    assert chunks[-1].choices == []
    assert chunks[-1].usage is not None
    assert chunks[-1].usage.total_tokens > 0


def test_chat_tool_calls_round_trip(model_server) -> None:
    call = {"name": "lookup", "arguments": '{"q": "x"}'}
    model_server.enqueue(Reply(tool_calls=(call,)))
    result = _openai(model_server).chat.completions.create(model="m", messages=_ask())
    assert result.choices[0].finish_reason == "tool_calls"
    tool_calls = result.choices[0].message.tool_calls or []
    assert [(t.function.name, t.function.arguments) for t in tool_calls] == [
        ("lookup", '{"q": "x"}')
    ]


@pytest.mark.parametrize(("summary", "encrypted"), [(True, False), (False, True)])
def test_responses_reasoning_items(model_server, summary, encrypted) -> None:
    model_server.enqueue(
        Reply(content=ANSWER, reasoning=REASONING, summary=summary, encrypted=encrypted)
    )
    result = _openai(model_server).responses.create(model="m", input="What is 2 + 2?")
    item = result.output[0]
    assert item.type == "reasoning"
    texts = [s.text for s in item.summary] if summary else [c.text for c in item.content or []]
    assert texts == [REASONING]
    assert (item.encrypted_content is not None) is encrypted
    assert result.output_text == ANSWER


def test_responses_stream_events_are_typed_and_numbered(model_server) -> None:
    model_server.enqueue(Reply(content=ANSWER, reasoning=REASONING, chunk_size=16))
    events = list(
        _openai(model_server).responses.create(model="m", input="What is 2 + 2?", stream=True)
    )
    assert [e.sequence_number for e in events] == list(range(len(events)))
    deltas = [e.delta for e in events if e.type == "response.reasoning_summary_text.delta"]
    assert "".join(deltas) == REASONING
    assert events[-1].type == "response.completed"
    assert events[-1].response.output_text == ANSWER


def test_responses_stream_sends_tool_arguments_once(model_server) -> None:
    call = {"name": "lookup", "arguments": '{"q": "x"}'}
    model_server.enqueue(Reply(tool_calls=(call,)))
    events = list(_openai(model_server).responses.create(model="m", input="q", stream=True))
    [added] = [e.item for e in events if e.type == "response.output_item.added"]
    deltas = [e.delta for e in events if e.type == "response.function_call_arguments.delta"]
    assert added.type == "function_call"
    assert added.arguments + "".join(deltas) == '{"q": "x"}'
    assert events[-1].response.output[0].arguments == '{"q": "x"}'


@pytest.mark.parametrize("redacted", [False, True])
def test_anthropic_thinking_blocks(model_server, redacted) -> None:
    model_server.enqueue(Reply(content=ANSWER, reasoning=REASONING, redacted=redacted))
    message = _anthropic(model_server).messages.create(model="m", max_tokens=64, messages=_ask())
    block = message.content[0]
    assert block.type == ("redacted_thinking" if redacted else "thinking")
    if block.type == "thinking":
        assert block.thinking == REASONING
        assert block.signature
    assert message.content[1].type == "text"
    assert message.content[1].text == ANSWER


def test_anthropic_stream_accumulates_into_the_final_message(model_server) -> None:
    model_server.enqueue(Reply(content=ANSWER, reasoning=REASONING, chunk_size=10))
    client = _anthropic(model_server)
    with client.messages.stream(model="m", max_tokens=64, messages=_ask()) as stream:
        kinds = {event.type for event in stream}
        final = stream.get_final_message()
    assert {"message_start", "content_block_delta", "message_stop"} <= kinds
    assert final.content[0].type == "thinking"
    assert final.content[0].thinking == REASONING
    assert final.content[0].signature
    assert final.content[1].type == "text"
    assert final.content[1].text == ANSWER


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (400, openai.BadRequestError),
        (429, openai.RateLimitError),
        (500, openai.InternalServerError),
    ],
)
def test_status_faults_raise_the_sdk_errors(model_server, status, error) -> None:
    model_server.enqueue(Reply(status=status))
    with pytest.raises(error) as caught:
        _openai(model_server).chat.completions.create(model="m", messages=_ask())
    assert caught.value.status_code == status


def test_anthropic_error_shape(model_server) -> None:
    model_server.enqueue(Reply(status=529))
    with pytest.raises(anthropic.APIStatusError) as caught:
        _anthropic(model_server).messages.create(model="m", max_tokens=8, messages=_ask())
    assert caught.value.status_code == 529
    assert "overloaded_error" in str(caught.value)


def test_cut_stream_breaks_the_client_mid_way(model_server) -> None:
    model_server.enqueue(Reply(content=ANSWER * 10, chunk_size=5, cut_after_chunks=4))
    stream = _openai(model_server).chat.completions.create(model="m", messages=_ask(), stream=True)
    seen = []
    with pytest.raises(openai.APIConnectionError):
        seen.extend(stream)
    assert len(seen) == 4


def test_malformed_bodies_fail_to_parse(model_server) -> None:
    model_server.enqueue(Reply(content=ANSWER, malformed=True))
    with pytest.raises(json.JSONDecodeError):
        _openai(model_server).chat.completions.create(model="m", messages=_ask())
    model_server.enqueue(Reply(content=ANSWER, malformed=True))
    stream = _openai(model_server).chat.completions.create(model="m", messages=_ask(), stream=True)
    with pytest.raises(json.JSONDecodeError):
        list(stream)


def test_health_models_and_trace_responder() -> None:
    responder = TraceResponder(bundled_examples())
    with LocalModelServer(responder) as server:
        with urllib.request.urlopen(f"{server.base_url}/health") as response:
            assert json.load(response) == {"status": "ok"}
        models = _openai(server).models.list()
        assert [m.id for m in models] == ["local-model"]
        result = _openai(server).chat.completions.create(
            model="m", messages=_ask("  what is the capital of   Australia?")
        )
    assert result.choices[0].message.content == "Canberra."
    assert result.model == "local-reasoner"


def test_stream_logs_tell_a_finished_stream_from_one_the_client_closed(model_server) -> None:
    slow = Reply(content=ANSWER, reasoning=REASONING * 4, chunk_size=10, chunk_delay_s=0.002)
    model_server.enqueue(Reply(content=ANSWER, reasoning=REASONING), slow)
    client = _openai(model_server)
    read = list(client.chat.completions.create(model="m", messages=_ask(), stream=True))
    stream = client.chat.completions.create(model="m", messages=_ask(), stream=True)
    for _ in range(3):
        next(stream)
    stream.close()
    time.sleep(0.2)
    done, closed = model_server.streams
    assert (done.api, done.finished, done.sent) == ("openai.chat", True, done.total)
    assert done.total == len(read) + 1, "every chunk, and [DONE]"
    assert not closed.finished
    assert closed.sent < 10 < closed.total

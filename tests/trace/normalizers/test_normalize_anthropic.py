"""The Anthropic normalizer on real SDK objects and on plain dicts (the replay shape)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from anthropic.types import (
    Message,
    RawContentBlockDeltaEvent,
    RawContentBlockStartEvent,
    RawContentBlockStopEvent,
    RawMessageDeltaEvent,
    RawMessageStartEvent,
    RawMessageStopEvent,
)

from cotmonitor.capture.record import RawCapture
from cotmonitor.errors import CaptureError
from cotmonitor.trace.normalize import normalize

REQUEST: dict[str, Any] = {
    "model": "claude-test",
    "max_tokens": 2048,
    "system": "You are terse.",
    "thinking": {"type": "enabled", "budget_tokens": 1024},
    "messages": [{"role": "user", "content": "Paris weather?"}],
}


def message_body(content: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
    body = {
        "id": "msg_1",
        "type": "message",
        "role": "assistant",
        "model": "claude-test-20250101",
        "content": content,
        "stop_reason": "tool_use",
        "usage": {
            "input_tokens": 10,
            "cache_read_input_tokens": 5,
            "output_tokens": 40,
            "output_tokens_details": {"thinking_tokens": 30},
        },
    }
    body.update(extra)
    return body


CONTENT = [
    {"type": "thinking", "thinking": "Need the weather first.", "signature": "sig-1"},
    {"type": "redacted_thinking", "data": "opaque-blob"},
    {"type": "text", "text": "Checking."},
    {"type": "tool_use", "id": "toolu_1", "name": "get_weather", "input": {"city": "Paris"}},
]


@pytest.mark.parametrize("as_sdk", [True, False], ids=["sdk", "dict"])
def test_message_blocks_become_segments_output_and_tool_calls(as_sdk: bool) -> None:
    body = message_body(CONTENT)
    response: Any = Message.model_validate(body) if as_sdk else body
    trace = normalize(RawCapture(kind="anthropic.messages", request=REQUEST, response=response))

    assert trace.provider == "anthropic"
    assert trace.model == "claude-test-20250101"
    assert [(s.visibility, s.source, s.signature) for s in trace.segments] == [
        ("readable", "thinking_block", "sig-1"),
        ("redacted", "redacted_thinking", "opaque-blob"),
    ]
    assert trace.reasoning == "Need the weather first."
    assert trace.visibility == "readable"
    assert trace.output == "Checking."
    assert trace.tool_calls[0].name == "get_weather"
    assert json.loads(trace.tool_calls[0].arguments) == {"city": "Paris"}
    assert trace.usage.input_tokens == 15
    assert trace.usage.output_tokens == 40
    assert trace.usage.reasoning_tokens == 30
    assert trace.usage.total_tokens == 55
    assert trace.metadata["stop_reason"] == "tool_use"
    assert trace.messages[0] == {"role": "system", "content": "You are terse."}
    assert trace.messages[1] == {"role": "user", "content": "Paris weather?"}
    assert trace.complete
    assert not trace.stream


def test_only_redacted_thinking_makes_the_trace_redacted() -> None:
    body = message_body(
        [{"type": "redacted_thinking", "data": "x"}, {"type": "text", "text": "ok"}]
    )
    trace = normalize(RawCapture(kind="anthropic.messages", request=REQUEST, response=body))
    assert trace.visibility == "redacted"
    assert trace.reasoning == ""


def test_omitted_display_is_redacted_and_summarized_display_is_summary() -> None:
    omitted = message_body([{"type": "thinking", "thinking": "", "signature": "s"}])
    trace = normalize(RawCapture(kind="anthropic.messages", request=REQUEST, response=omitted))
    assert trace.visibility == "redacted"
    assert trace.segments[0].signature == "s"

    summarized = {
        **REQUEST,
        "thinking": {"type": "enabled", "budget_tokens": 1024, "display": "summarized"},
    }
    body = message_body(
        [{"type": "thinking", "thinking": "In short: look it up.", "signature": "s"}]
    )
    trace = normalize(RawCapture(kind="anthropic.messages", request=summarized, response=body))
    assert trace.visibility == "summary"


def stream_events() -> list[Any]:
    start = message_body([], stop_reason=None)
    start["usage"] = {"input_tokens": 10, "output_tokens": 1}
    return [
        RawMessageStartEvent.model_validate({"type": "message_start", "message": start}),
        RawContentBlockStartEvent.model_validate(
            {
                "type": "content_block_start",
                "index": 0,
                "content_block": {"type": "thinking", "thinking": "", "signature": ""},
            }
        ),
        RawContentBlockDeltaEvent.model_validate(
            {
                "type": "content_block_delta",
                "index": 0,
                "delta": {"type": "thinking_delta", "thinking": "Need the "},
            }
        ),
        RawContentBlockDeltaEvent.model_validate(
            {
                "type": "content_block_delta",
                "index": 0,
                "delta": {"type": "thinking_delta", "thinking": "weather."},
            }
        ),
        RawContentBlockDeltaEvent.model_validate(
            {
                "type": "content_block_delta",
                "index": 0,
                "delta": {"type": "signature_delta", "signature": "sig-A"},
            }
        ),
        RawContentBlockStopEvent.model_validate({"type": "content_block_stop", "index": 0}),
        RawContentBlockStartEvent.model_validate(
            {
                "type": "content_block_start",
                "index": 1,
                "content_block": {"type": "text", "text": ""},
            }
        ),
        RawContentBlockDeltaEvent.model_validate(
            {
                "type": "content_block_delta",
                "index": 1,
                "delta": {"type": "text_delta", "text": "Sun"},
            }
        ),
        RawContentBlockDeltaEvent.model_validate(
            {
                "type": "content_block_delta",
                "index": 1,
                "delta": {"type": "text_delta", "text": "ny."},
            }
        ),
        RawContentBlockStopEvent.model_validate({"type": "content_block_stop", "index": 1}),
        RawContentBlockStartEvent.model_validate(
            {
                "type": "content_block_start",
                "index": 2,
                "content_block": {
                    "type": "tool_use",
                    "id": "toolu_9",
                    "name": "lookup",
                    "input": {},
                },
            }
        ),
        RawContentBlockDeltaEvent.model_validate(
            {
                "type": "content_block_delta",
                "index": 2,
                "delta": {"type": "input_json_delta", "partial_json": '{"q": '},
            }
        ),
        RawContentBlockDeltaEvent.model_validate(
            {
                "type": "content_block_delta",
                "index": 2,
                "delta": {"type": "input_json_delta", "partial_json": '"x"}'},
            }
        ),
        RawContentBlockStopEvent.model_validate({"type": "content_block_stop", "index": 2}),
        RawMessageDeltaEvent.model_validate(
            {
                "type": "message_delta",
                "delta": {"stop_reason": "end_turn"},
                "usage": {"output_tokens": 25, "output_tokens_details": {"thinking_tokens": 12}},
            }
        ),
        RawMessageStopEvent.model_validate({"type": "message_stop"}),
    ]


@pytest.mark.parametrize("as_sdk", [True, False], ids=["sdk", "dict"])
def test_stream_events_merge_deltas_and_set_the_signature(as_sdk: bool) -> None:
    events = stream_events()
    chunks = events if as_sdk else [e.model_dump() for e in events]
    raw = RawCapture(
        kind="anthropic.messages", request=REQUEST, chunks=chunks, ended=1.0, started=0.5
    )
    trace = normalize(raw)

    assert trace.reasoning == "Need the weather."
    assert trace.segments[0].signature == "sig-A"
    assert trace.output == "Sunny."
    assert trace.tool_calls[0].arguments == '{"q": "x"}'
    assert trace.usage.output_tokens == 25
    assert trace.usage.reasoning_tokens == 12
    assert trace.usage.input_tokens == 10
    assert trace.metadata["stop_reason"] == "end_turn"
    assert trace.stream
    assert trace.complete
    assert trace.latency_s == pytest.approx(0.5)


def test_stream_without_message_stop_is_partial() -> None:
    raw = RawCapture(kind="anthropic.messages", request=REQUEST, chunks=stream_events()[:4])
    trace = normalize(raw)
    assert not trace.complete
    assert trace.error == "stream ended before message_stop"
    assert trace.reasoning == "Need the weather."


def test_abandoned_and_failed_captures_say_why() -> None:
    abandoned = RawCapture(
        kind="anthropic.messages", request=REQUEST, chunks=stream_events()[:3], complete=False
    )
    assert not normalize(abandoned).complete
    failed = RawCapture(kind="anthropic.messages", request=REQUEST, error=ValueError("boom"))
    trace = normalize(failed)
    assert not trace.complete
    assert trace.error == "ValueError: boom"
    assert trace.messages[1]["content"] == "Paris weather?"


def test_tool_history_maps_to_the_chat_shape() -> None:
    request = {
        **REQUEST,
        "system": [{"type": "text", "text": "Be careful."}],
        "messages": [
            {"role": "user", "content": [{"type": "text", "text": "Weather?"}]},
            {
                "role": "assistant",
                "content": [
                    {"type": "thinking", "thinking": "hidden", "signature": "s"},
                    {"type": "tool_use", "id": "t1", "name": "w", "input": {"c": 1}},
                ],
            },
            {
                "role": "user",
                "content": [{"type": "tool_result", "tool_use_id": "t1", "content": "sunny"}],
            },
        ],
    }
    trace = normalize(
        RawCapture(kind="anthropic.messages", request=request, response=message_body(CONTENT))
    )
    roles = [m["role"] for m in trace.messages]
    assert roles == ["system", "user", "assistant", "tool"]
    assert trace.messages[0]["content"] == "Be careful."
    assert trace.messages[2]["tool_calls"][0]["function"]["name"] == "w"
    assert "hidden" not in json.dumps(trace.messages)
    assert trace.messages[3] == {"role": "tool", "tool_call_id": "t1", "content": "sunny"}


@pytest.mark.parametrize(
    "response",
    [["not", "a", "message"], {"content": "oops-a-string", "usage": {"output_tokens": "x"}}],
)
def test_bad_shapes_raise_capture_error_only(response: Any) -> None:
    raw = RawCapture(kind="anthropic.messages", request=REQUEST, response=response)
    try:
        trace = normalize(raw)
    except CaptureError:
        return
    assert trace.output == ""


def test_bad_stream_event_raises_capture_error() -> None:
    raw = RawCapture(kind="anthropic.messages", request=REQUEST, chunks=[42])
    with pytest.raises(CaptureError):
        normalize(raw)

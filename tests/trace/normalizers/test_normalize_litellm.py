"""The litellm normalizer on real litellm objects and on plain dicts (the replay shape)."""

from __future__ import annotations

from typing import Any

import pytest
from litellm import ModelResponse, ModelResponseStream

from cotmonitor.capture.record import RawCapture
from cotmonitor.errors import CaptureError
from cotmonitor.trace.normalize import normalize

pytestmark = pytest.mark.filterwarnings("ignore:.*using the `ReadOnly` qualifier:UserWarning")

REQUEST: dict[str, Any] = {
    "model": "anthropic/claude-sonnet-4-5",
    "messages": [{"role": "user", "content": "Hi"}],
}


def body(message: dict[str, Any], **usage: Any) -> dict[str, Any]:
    return {
        "id": "chatcmpl-1",
        "model": "claude-sonnet-4-5",
        "object": "chat.completion",
        "created": 1,
        "choices": [
            {"index": 0, "message": {"role": "assistant", **message}, "finish_reason": "stop"}
        ],
        "usage": {"prompt_tokens": 5, "completion_tokens": 9, "total_tokens": 14, **usage},
    }


THINKING = {
    "content": "Hello.",
    "reasoning_content": "Greet back.",
    "thinking_blocks": [
        {"type": "thinking", "thinking": "Greet back.", "signature": "sig"},
        {"type": "redacted_thinking", "data": "blob"},
    ],
}


@pytest.mark.parametrize("as_object", [True, False], ids=["ModelResponse", "dict"])
def test_thinking_blocks_win_over_reasoning_content(as_object: bool) -> None:
    data = body(THINKING, completion_tokens_details={"reasoning_tokens": 4})
    response: Any = ModelResponse(**data) if as_object else data
    trace = normalize(RawCapture(kind="litellm", request=REQUEST, response=response))
    assert [(s.visibility, s.signature) for s in trace.segments] == [
        ("readable", "sig"),
        ("redacted", "blob"),
    ]
    assert trace.reasoning == "Greet back."
    assert trace.output == "Hello."
    assert trace.provider == "anthropic"
    assert trace.usage.reasoning_tokens == 4
    assert trace.usage.total_tokens == 14
    assert trace.metadata["finish_reason"] == "stop"


def test_reasoning_items_give_summary_or_encrypted() -> None:
    items = [
        {
            "type": "reasoning",
            "id": "rs_1",
            "summary": [{"type": "summary_text", "text": "Short."}],
        },
        {"type": "reasoning", "id": "rs_2", "summary": [], "encrypted_content": "gAAA"},
    ]
    raw = RawCapture(
        kind="litellm",
        request={"model": "openai/o4"},
        response=body({"content": "x", "reasoning_items": items}),
    )
    trace = normalize(raw)
    assert [s.visibility for s in trace.segments] == ["summary", "encrypted"]
    assert trace.visibility == "summary"
    assert trace.reasoning == "Short."


@pytest.mark.parametrize(
    ("content", "reasoning", "output"),
    [
        ("Let me see. 2+2=4.</think>4", "Let me see. 2+2=4.", "4"),
        ("<think>plan</think>answer", "plan", "answer"),
        ("plain answer", "", "plain answer"),
    ],
    ids=["r1-no-opening-tag", "tags", "none"],
)
def test_think_tags_left_in_content_are_parsed(content: str, reasoning: str, output: str) -> None:
    raw = RawCapture(
        kind="litellm", request={"model": "openai/r1"}, response=body({"content": content})
    )
    trace = normalize(raw)
    assert trace.reasoning == reasoning
    assert trace.output == output
    assert trace.provider == "openai"


def stream_chunks() -> list[dict[str, Any]]:
    def chunk(delta: dict[str, Any], finish: str | None = None) -> dict[str, Any]:
        return {
            "id": "c1",
            "model": "claude",
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
        }

    return [
        chunk(
            {
                "reasoning_content": "Think ",
                "thinking_blocks": [{"type": "thinking", "thinking": "Think "}],
            }
        ),
        chunk(
            {
                "reasoning_content": "more.",
                "thinking_blocks": [{"type": "thinking", "thinking": "more."}],
            }
        ),
        chunk({"thinking_blocks": [{"type": "thinking", "thinking": "", "signature": "S"}]}),
        chunk({"content": "Do"}),
        chunk(
            {
                "tool_calls": [
                    {"index": 0, "id": "t1", "function": {"name": "f", "arguments": '{"a"'}}
                ]
            }
        ),
        chunk({"tool_calls": [{"index": 0, "function": {"arguments": ": 1}"}}]}),
        chunk({"content": "ne."}, finish="tool_calls"),
        {
            "id": "c1",
            "choices": [],
            "usage": {"prompt_tokens": 3, "completion_tokens": 7, "total_tokens": 10},
        },
    ]


@pytest.mark.parametrize("as_object", [True, False], ids=["ModelResponseStream", "dict"])
def test_stream_chunks_merge(as_object: bool) -> None:
    chunks: list[Any] = stream_chunks()
    if as_object:
        chunks = [ModelResponseStream(**c) for c in chunks]
    trace = normalize(RawCapture(kind="litellm", request=REQUEST, chunks=chunks))
    assert trace.reasoning == "Think more."
    assert [s.signature for s in trace.segments] == ["S"]
    assert trace.output == "Done."
    assert [(c.id, c.name, c.arguments) for c in trace.tool_calls] == [("t1", "f", '{"a": 1}')]
    assert trace.usage.total_tokens == 10
    assert trace.stream
    assert trace.complete


def test_stream_without_finish_reason_is_partial() -> None:
    trace = normalize(RawCapture(kind="litellm", request=REQUEST, chunks=stream_chunks()[:3]))
    assert not trace.complete
    assert trace.reasoning == "Think more."


@pytest.mark.parametrize("bad", [["x"], 42, "text"])
def test_bad_shapes_raise_capture_error(bad: Any) -> None:
    with pytest.raises(CaptureError):
        normalize(RawCapture(kind="litellm", request=REQUEST, response=bad))
    with pytest.raises(CaptureError):
        normalize(RawCapture(kind="litellm", request=REQUEST, chunks=[bad]))

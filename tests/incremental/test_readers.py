"""What one chunk adds, for every wire shape, read from the SDKs' own chunk types."""

from __future__ import annotations

from typing import Any

import pytest
from anthropic.types import RawMessageStreamEvent
from openai.types.responses import ResponseStreamEvent
from pydantic import TypeAdapter

from cotmonitor.incremental.readers import ANSWER, OTHER, REASONING, TOOL, reader_for
from cotmonitor.testing import chat_chunk


def test_chat_chunks() -> None:
    read = reader_for("openai.chat", ("think",))
    assert read is not None
    assert read(chat_chunk({"role": "assistant", "content": ""})) == ("", OTHER)
    assert read(chat_chunk({"reasoning_content": "plan"})) == ("plan", REASONING)
    assert read(chat_chunk({"reasoning": " more"})) == (" more", REASONING)
    assert read(chat_chunk({"content": "<think>inline"})) == ("inline", REASONING)
    assert read(chat_chunk({"content": "</think>Answer"})) == ("", ANSWER)
    call = {"index": 0, "id": "t", "type": "function", "function": {"name": "f", "arguments": "{}"}}
    assert read(chat_chunk({"tool_calls": [call]})) == ("", TOOL)
    assert read(chat_chunk({}, "stop")) == ("", OTHER)


def _event(adapter: TypeAdapter[Any], payload: dict[str, Any]) -> Any:
    return adapter.validate_python(payload)


def test_anthropic_events() -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(RawMessageStreamEvent)
    read = reader_for("anthropic.messages")
    assert read is not None

    def start(index: int, block: dict[str, Any]) -> Any:
        return _event(
            adapter, {"type": "content_block_start", "index": index, "content_block": block}
        )

    def delta(index: int, body: dict[str, Any]) -> Any:
        return _event(adapter, {"type": "content_block_delta", "index": index, "delta": body})

    assert read(start(0, {"type": "thinking", "thinking": "", "signature": ""})) == ("", OTHER)
    assert read(delta(0, {"type": "thinking_delta", "thinking": "plan"})) == ("plan", REASONING)
    assert read(delta(0, {"type": "signature_delta", "signature": "s"})) == ("", OTHER)
    assert read(start(1, {"type": "text", "text": ""})) == ("", ANSWER)
    assert read(delta(1, {"type": "text_delta", "text": "Hi"})) == ("", ANSWER)
    tool = {"type": "tool_use", "id": "t", "name": "f", "input": {}}
    assert read(start(2, tool)) == ("", TOOL)
    assert read(delta(2, {"type": "input_json_delta", "partial_json": "{}"})) == ("", TOOL)
    assert read(_event(adapter, {"type": "content_block_stop", "index": 2})) == ("", TOOL)
    assert read(_event(adapter, {"type": "message_stop"})) == ("", OTHER)


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        ({"type": "response.reasoning_text.delta", "item_id": "r", "output_index": 0,
          "content_index": 0, "delta": "plan", "sequence_number": 1}, ("plan", REASONING)),
        ({"type": "response.reasoning_summary_text.delta", "item_id": "r", "output_index": 0,
          "summary_index": 0, "delta": "sum", "sequence_number": 1}, ("sum", REASONING)),
        ({"type": "response.output_text.delta", "item_id": "m", "output_index": 1,
          "content_index": 0, "delta": "Hi", "logprobs": [], "sequence_number": 2}, ("", ANSWER)),
        ({"type": "response.function_call_arguments.delta", "item_id": "f", "output_index": 2,
          "delta": "{}", "sequence_number": 3}, ("", TOOL)),
        ({"type": "response.output_item.added", "output_index": 2, "sequence_number": 4,
          "item": {"type": "function_call", "id": "f", "call_id": "c", "name": "f",
                   "arguments": "", "status": "in_progress"}}, ("", TOOL)),
        ({"type": "response.output_item.added", "output_index": 1, "sequence_number": 4,
          "item": {"type": "message", "id": "m", "role": "assistant", "status": "in_progress",
                   "content": []}}, ("", OTHER)),
    ],
)  # fmt: skip
def test_responses_events(payload: dict[str, Any], expected: tuple[str, int]) -> None:
    read = reader_for("openai.responses")
    assert read is not None
    event = TypeAdapter(ResponseStreamEvent).validate_python(payload)
    assert read(event) == expected


def test_a_text_capture_has_no_reader() -> None:
    assert reader_for("text") is None

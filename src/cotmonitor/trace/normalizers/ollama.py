"""Ollama's native chat API (``/api/chat``): ``message.thinking`` beside ``message.content``.

A streamed reply is a sequence of the same objects (NDJSON lines), each carrying a piece of
``message.thinking`` or ``message.content``; tool calls arrive whole, and the last object
(``done: true``) carries the token counts. Some model and option combinations still write
``<think>`` into the content instead: that is split out as for any other provider.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from cotmonitor.capture.record import RawCapture
from cotmonitor.trace.model import ReasoningSegment, ToolCall, Trace, Usage
from cotmonitor.trace.normalize import register
from cotmonitor.trace.normalizers.base import (
    Parsed,
    build_trace,
    get,
    int_or_none,
    items,
    parse_capture,
    text_of,
)


def _arguments(value: Any) -> str:
    # Ollama hands arguments over as an object, where OpenAI sends the JSON text.
    if isinstance(value, str):
        return value
    if value is None:
        return ""
    try:
        return json.dumps(dict(value), separators=(",", ":"))
    except (TypeError, ValueError):
        return str(value)


def _tool_calls(message: Any) -> list[ToolCall]:
    calls = []
    for call in items(get(message, "tool_calls")):
        function = get(call, "function")
        calls.append(
            ToolCall(
                id=text_of(get(call, "id")) or None,
                name=text_of(get(function, "name")),
                arguments=_arguments(get(function, "arguments")),
            )
        )
    return calls


def _usage(data: Any) -> Usage:
    prompt = int_or_none(get(data, "prompt_eval_count"))
    output = int_or_none(get(data, "eval_count"))
    total = prompt + output if prompt is not None and output is not None else None
    return Usage(input_tokens=prompt, output_tokens=output, total_tokens=total)


def _parse(objects: Sequence[Any]) -> Parsed:
    parsed = Parsed()
    thinking: list[str] = []
    content: list[str] = []
    for data in objects:
        message = get(data, "message")
        if message is not None:
            thinking.append(text_of(get(message, "thinking")))
            content.append(text_of(get(message, "content")))
            parsed.tool_calls += _tool_calls(message)
        parsed.model = parsed.model or text_of(get(data, "model"))
        if get(data, "done"):
            parsed.usage = _usage(data)
            reason = text_of(get(data, "done_reason"))
            if reason:
                parsed.metadata["done_reason"] = reason
    text = "".join(thinking)
    if text:
        parsed.segments.append(ReasoningSegment(text=text, source="ollama_thinking"))
    parsed.output = "".join(content)
    return parsed


@register("ollama.chat")
def normalize_ollama_chat(raw: RawCapture, think_tags: Sequence[str]) -> Trace:
    """An Ollama ``chat`` capture (response or streamed objects) as a Trace.

    .. versionadded:: 0.2.0
    """
    parsed = parse_capture(raw, _parse, lambda data: _parse([data]), think_tags)
    return build_trace(raw, parsed, provider="ollama", operation="chat")

"""An OpenAI Chat Completions response dict -> Trace (also litellm's ``ModelResponse`` dump).

Reads ``message.reasoning_content`` (DeepSeek, vLLM <= 0.10, litellm) and
``message.reasoning`` (vLLM >= 0.11, OpenRouter), and ``<think>`` text inside ``content``
(with or without the opening tag, or cut off before the closing one).

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from cotmonitor.capture.record import RawCapture
from cotmonitor.replay.formats.base import RecordError, from_epoch, nonempty, require_mapping
from cotmonitor.trace.model import ReasoningSegment, ToolCall, Trace, Usage, content_text


def split_think(text: str, tags: Sequence[str]) -> tuple[str, str]:
    """``(reasoning, answer)`` from text that may hold a ``<think>`` block.

    Handles ``<think>r</think>a``, ``r</think>a`` (the chat template opened the tag) and an
    unterminated ``<think>r`` (output cut at ``max_tokens``).
    """
    for tag in tags:
        close = f"</{tag}>"
        opened = re.search(rf"<{re.escape(tag)}>", text)
        end = text.find(close)
        if end >= 0:
            start = opened.end() if opened is not None and opened.start() < end else 0
            prefix = text[: opened.start()] if opened is not None and start else ""
            return text[start:end].strip(), (prefix + text[end + len(close) :]).strip()
        if opened is not None:
            return text[opened.end() :].strip(), text[: opened.start()].strip()
    return "", text


def _usage(raw: Any) -> Usage:
    if not isinstance(raw, Mapping):
        return Usage()
    details = raw.get("completion_tokens_details")
    reasoning = details.get("reasoning_tokens") if isinstance(details, Mapping) else None
    return Usage(
        input_tokens=raw.get("prompt_tokens"),
        output_tokens=raw.get("completion_tokens"),
        reasoning_tokens=reasoning,
        total_tokens=raw.get("total_tokens"),
    )


def _tool_calls(raw: Any) -> tuple[ToolCall, ...]:
    calls = []
    for call in raw or ():
        function = call.get("function") or {} if isinstance(call, Mapping) else {}
        calls.append(
            ToolCall(
                id=call.get("id") if isinstance(call, Mapping) else None,
                name=str(function.get("name") or ""),
                arguments=str(function.get("arguments") or ""),
            )
        )
    return tuple(calls)


def _segments(
    message: Mapping[str, Any], content: str, tags: Sequence[str]
) -> tuple[tuple[ReasoningSegment, ...], str]:
    for key in ("reasoning_content", "reasoning"):
        text = message.get(key)
        if isinstance(text, str) and text.strip():
            return (ReasoningSegment(text=text, source=key),), content
    reasoning, answer = split_think(content, tags)
    if reasoning:
        return (ReasoningSegment(text=reasoning, source="think_tag"),), answer
    return (), content


def chat_trace(raw: RawCapture, think_tags: Sequence[str] = ("think", "thinking")) -> Trace:
    """Normalize a Chat Completions response given as a dict.

    Raises:
        RecordError: the response has no choices.
    """
    response = require_mapping(raw.response, "the response")
    choices = response.get("choices")
    if not isinstance(choices, list) or not choices:
        raise RecordError("the response has no choices")
    choice = require_mapping(choices[0], "choices[0]")
    message = require_mapping(choice.get("message") or {}, "choices[0].message")
    segments, output = _segments(message, content_text(message.get("content")), think_tags)
    usage = _usage(response.get("usage"))
    if not segments and usage.reasoning_tokens:
        segments = (ReasoningSegment(visibility="absent", source="hidden"),)
    request = raw.request
    messages = request.get("messages")
    started = from_epoch(response.get("created")) or from_epoch(raw.wall_time)
    fields = {
        "provider": raw.provider or "openai",
        "model": str(response.get("model") or request.get("model") or "unknown"),
        "messages": tuple(messages) if isinstance(messages, list) else (),
        "segments": segments,
        "output": output,
        "tool_calls": _tool_calls(message.get("tool_calls")),
        "usage": usage,
        "time": started,
        "stream": bool(request.get("stream", False)),
        "labels": dict(raw.labels),
        "metadata": nonempty(
            {"response_id": response.get("id"), "finish_reason": choice.get("finish_reason")}
        ),
    }
    return Trace(**nonempty(fields))

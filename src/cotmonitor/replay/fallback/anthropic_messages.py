"""An Anthropic Messages response dict -> Trace.

``thinking`` blocks are reasoning (a summary on Claude 4 models, the full text on Claude
3.7), ``redacted_thinking`` blocks are reasoning a monitor cannot read, ``text`` blocks are
the answer and ``tool_use`` blocks tool calls.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from cotmonitor.capture.record import RawCapture
from cotmonitor.replay.formats.base import RecordError, from_epoch, nonempty, require_mapping
from cotmonitor.trace.model import ReasoningSegment, ToolCall, Trace, Usage, content_text


def _thinking_visibility(model: str) -> str:
    # Claude 3.7 Sonnet returns its full thinking; later models return a summary of it.
    return "readable" if "3-7" in model or "3.7" in model else "summary"


def _usage(raw: Any) -> Usage:
    if not isinstance(raw, Mapping):
        return Usage()
    cached = (raw.get("cache_read_input_tokens") or 0) + (
        raw.get("cache_creation_input_tokens") or 0
    )
    inputs = raw.get("input_tokens")
    details = raw.get("output_tokens_details")
    thinking = details.get("thinking_tokens") if isinstance(details, Mapping) else None
    return Usage(
        input_tokens=inputs + cached if isinstance(inputs, int) else None,
        output_tokens=raw.get("output_tokens"),
        reasoning_tokens=thinking,
    )


def _prompt(request: Mapping[str, Any]) -> tuple[dict[str, Any], ...]:
    messages: list[dict[str, Any]] = []
    system = request.get("system")
    if system:
        messages.append({"role": "system", "content": content_text(system)})
    messages.extend(m for m in request.get("messages") or () if isinstance(m, dict))
    return tuple(messages)


def messages_trace(raw: RawCapture, think_tags: Any = ()) -> Trace:  # noqa: ARG001
    """Normalize an Anthropic Messages response given as a dict.

    Raises:
        RecordError: the response has no content list.
    """
    response = require_mapping(raw.response, "the response")
    content = response.get("content")
    if not isinstance(content, list):
        raise RecordError("the response has no content list")
    model = str(response.get("model") or raw.request.get("model") or "unknown")
    segments, texts, calls = [], [], []
    for block in content:
        kind = block.get("type") if isinstance(block, Mapping) else None
        if kind == "thinking":
            segments.append(
                ReasoningSegment(
                    text=str(block.get("thinking") or ""),
                    visibility=_thinking_visibility(model),  # type: ignore[arg-type]
                    source="thinking_block",
                    signature=block.get("signature"),
                )
            )
        elif kind == "redacted_thinking":
            segments.append(ReasoningSegment(visibility="redacted", source="redacted_thinking"))
        elif kind == "text":
            texts.append(str(block.get("text") or ""))
        elif kind == "tool_use":
            arguments = json.dumps(block.get("input") or {}, ensure_ascii=False)
            calls.append(
                ToolCall(id=block.get("id"), name=str(block.get("name")), arguments=arguments)
            )
    fields = {
        "provider": raw.provider or "anthropic",
        "model": model,
        "messages": _prompt(raw.request),
        "segments": tuple(segments),
        "output": "\n".join(texts),
        "tool_calls": tuple(calls),
        "usage": _usage(response.get("usage")),
        "time": from_epoch(raw.wall_time),
        "stream": bool(raw.request.get("stream", False)),
        "labels": dict(raw.labels),
        "metadata": nonempty(
            {"response_id": response.get("id"), "stop_reason": response.get("stop_reason")}
        ),
    }
    return Trace(**nonempty(fields))

"""AWS Bedrock Converse (boto3 ``bedrock-runtime``): ``reasoningContent`` blocks.

A response's ``output.message.content`` holds ``reasoningContent`` blocks (``reasoningText``
with its text and signature, or ``redactedContent``: opaque bytes), ``text`` blocks and
``toolUse`` blocks. A stream sends the same as ``contentBlockDelta`` events keyed by block
index (tool input as JSON text in pieces), then ``messageStop`` and ``metadata`` (usage).

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping, Sequence
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
from cotmonitor.trace.reasoning_request import requested_reasoning

_REDACTED = ReasoningSegment(visibility="redacted", source="bedrock_redacted")


def _usage(usage: Any) -> Usage:
    if usage is None:
        return Usage()
    return Usage(
        input_tokens=int_or_none(get(usage, "inputTokens")),
        output_tokens=int_or_none(get(usage, "outputTokens")),
        total_tokens=int_or_none(get(usage, "totalTokens")),
    )


def _json(value: Any) -> str:
    if isinstance(value, str):
        return value
    try:
        return json.dumps(value, separators=(",", ":"))
    except (TypeError, ValueError):
        return str(value)


def _text(content: Any) -> str:
    if isinstance(content, str):
        return content
    texts = []
    for block in items(content):
        text = text_of(get(block, "text"))
        if text:
            texts.append(text)
        for key in ("toolUse", "toolResult"):
            use = get(block, key)
            if use is not None:
                texts.append(f"{key}: {_json(dict(use))}")
    return "\n".join(texts)


def request_messages(request: Any) -> list[dict[str, Any]]:
    """``system`` and ``messages`` of a Converse request in the chat shape the checks read."""
    messages: list[dict[str, Any]] = []
    system = _text(get(request, "system"))
    if system:
        messages.append({"role": "system", "content": system})
    for message in items(get(request, "messages")):
        text = _text(get(message, "content"))
        if text:
            messages.append({"role": text_of(get(message, "role")) or "user", "content": text})
    return messages


def _reasoning(block: Any, parsed: Parsed) -> None:
    text = get(block, "reasoningText")
    if text is not None:
        parsed.segments.append(
            ReasoningSegment(
                text=text_of(get(text, "text")),
                source="bedrock_reasoning",
                signature=text_of(get(text, "signature")) or None,
            )
        )
    elif get(block, "redactedContent") is not None:
        parsed.segments.append(_REDACTED)


def _response(data: Any) -> Parsed:
    parsed = Parsed(usage=_usage(get(data, "usage")))
    message = get(get(data, "output"), "message")
    texts = []
    for block in items(get(message, "content")):
        if get(block, "reasoningContent") is not None:
            _reasoning(get(block, "reasoningContent"), parsed)
        elif get(block, "toolUse") is not None:
            use = get(block, "toolUse")
            parsed.tool_calls.append(
                ToolCall(
                    id=text_of(get(use, "toolUseId")) or None,
                    name=text_of(get(use, "name")),
                    arguments=_json(get(use, "input")),
                )
            )
        else:
            texts.append(text_of(get(block, "text")))
    parsed.output = "".join(texts)
    stop = text_of(get(data, "stopReason"))
    if stop:
        parsed.metadata["stop_reason"] = stop
    return parsed


@dataclasses.dataclass
class _Block:
    reasoning: list[str] = dataclasses.field(default_factory=list)
    signature: str = ""
    redacted: bool = False
    text: list[str] = dataclasses.field(default_factory=list)
    tool: dict[str, str] | None = None
    tool_input: list[str] = dataclasses.field(default_factory=list)


def _events(events: Sequence[Any]) -> Parsed:
    parsed = Parsed()
    blocks: dict[int, _Block] = {}
    for event in events:
        if not isinstance(event, Mapping):
            continue
        start = event.get("contentBlockStart")
        if start is not None:
            use = get(get(start, "start"), "toolUse")
            block = blocks.setdefault(int(get(start, "contentBlockIndex") or 0), _Block())
            if use is not None:
                block.tool = {
                    "id": text_of(get(use, "toolUseId")),
                    "name": text_of(get(use, "name")),
                }
        delta_event = event.get("contentBlockDelta")
        if delta_event is not None:
            block = blocks.setdefault(int(get(delta_event, "contentBlockIndex") or 0), _Block())
            delta = get(delta_event, "delta")
            reasoning = get(delta, "reasoningContent")
            if reasoning is not None:
                block.reasoning.append(text_of(get(reasoning, "text")))
                block.signature = block.signature or text_of(get(reasoning, "signature"))
                block.redacted = block.redacted or get(reasoning, "redactedContent") is not None
            block.text.append(text_of(get(delta, "text")))
            block.tool_input.append(text_of(get(get(delta, "toolUse"), "input")))
        stop = event.get("messageStop")
        if stop is not None and text_of(get(stop, "stopReason")):
            parsed.metadata["stop_reason"] = text_of(get(stop, "stopReason"))
        metadata = event.get("metadata")
        if metadata is not None:
            parsed.usage = _usage(get(metadata, "usage"))
    output = []
    for _index, block in sorted(blocks.items()):
        if block.redacted:
            parsed.segments.append(
                ReasoningSegment(visibility="redacted", source="bedrock_redacted")
            )
        elif any(block.reasoning):
            parsed.segments.append(
                ReasoningSegment(
                    text="".join(block.reasoning),
                    source="bedrock_reasoning",
                    signature=block.signature or None,
                )
            )
        if block.tool is not None:
            parsed.tool_calls.append(
                ToolCall(
                    id=block.tool["id"] or None,
                    name=block.tool["name"],
                    arguments="".join(block.tool_input),
                )
            )
        output.append("".join(block.text))
    parsed.output = "".join(output)
    return parsed


@register("bedrock.converse")
def normalize_converse(raw: RawCapture, think_tags: Sequence[str]) -> Trace:
    """A ``converse`` or ``converse_stream`` capture as a Trace.

    .. versionadded:: 0.2.0
    """
    parsed = parse_capture(raw, _events, _response, think_tags)
    # The request is cut down to the chat shape below; read what it asked of the reasoning first.
    parsed.metadata.update(requested_reasoning(raw.request))
    model = text_of(get(raw.request, "modelId"))
    messages = request_messages(raw.request)
    chat = dataclasses.replace(raw, request={"model": model, "messages": messages})
    return build_trace(chat, parsed, provider="aws.bedrock", operation="chat")

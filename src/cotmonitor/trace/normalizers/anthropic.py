"""Anthropic Messages (``anthropic.messages``) -> Trace, streamed or not.

Accepts the SDK's objects (``anthropic.types.Message``, ``RawMessageStreamEvent``) and the
same shapes as plain dicts (what replay reads back), so nothing here imports the SDK.

Thinking visibility: Claude 4 models return a *summary* of their thinking, Claude 3.7 the
thinking itself, and the response does not say which. A ``thinking`` block's text is
therefore taken as ``readable`` unless the request asked for ``display: "summarized"``, in
which case it is a ``summary``. A ``thinking`` block with no text (``display: "omitted"``)
and every ``redacted_thinking`` block are ``redacted``; their signature or opaque data is
kept on the segment.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from cotmonitor.capture.record import RawCapture
from cotmonitor.errors import CaptureError
from cotmonitor.trace.model import (
    ReasoningSegment,
    ToolCall,
    Trace,
    Usage,
    Visibility,
    content_text,
)
from cotmonitor.trace.normalize import register
from cotmonitor.trace.normalizers.base import (
    Parsed,
    as_data,
    build_trace,
    get,
    int_or_none,
    items,
    paced,
    text_of,
)

_BLOCK_KEYS = ("type", "text", "thinking", "signature", "data", "id", "name", "input")
_TEXT_DELTAS = {"text_delta": ("text", "text"), "thinking_delta": ("thinking", "thinking")}
# Anthropic's input_tokens excludes cached tokens; OTel GenAI counts them all as input.
_INPUT_KEYS = ("input_tokens", "cache_read_input_tokens", "cache_creation_input_tokens")


@register("anthropic.messages")
def normalize_anthropic(raw: RawCapture, think_tags: Sequence[str] = ()) -> Trace:  # noqa: ARG001
    """Turn one captured Messages call into a Trace.

    Raises:
        CaptureError: the response or events are not in the Messages shape.
    """
    if raw.chunks is not None:
        message: Any = merge_events(raw.chunks)
    else:
        message = as_data(raw.response) if raw.response is not None else {}
    if not isinstance(message, Mapping) and not hasattr(message, "content"):
        raise CaptureError(f"anthropic response is a {type(message).__name__}, not a message")
    parsed = _parse(message, _thinking_display(raw.request.get("thinking")))
    trace = build_trace(raw, parsed, provider="anthropic", operation="chat")
    update: dict[str, Any] = {"messages": request_messages(raw.request)}
    if raw.chunks is not None and trace.complete and not get(message, "stopped"):
        update.update(complete=False, error="stream ended before message_stop")
    return trace.model_copy(update=update)


def merge_events(events: Sequence[Any]) -> dict[str, Any]:
    """Rebuild the message a stream of raw Messages events describes.

    Text and thinking deltas are appended to their block, a ``signature_delta`` sets the
    signature (it is sent whole, once), tool input JSON is appended. Events of other types
    (``ping``, the ``.stream()`` helper's own events) are skipped.
    """
    message: dict[str, Any] = {"usage": {}}
    blocks: dict[int, dict[str, Any]] = {}
    for event in paced(events):
        kind = get(event, "type")
        if kind is None:
            raise CaptureError(f"anthropic stream event is a {type(event).__name__}")
        if kind == "message_start":
            start = get(event, "message")
            message.update(model=get(start, "model"), id=get(start, "id"))
            _merge_usage(message["usage"], get(start, "usage"))
        elif kind == "content_block_start":
            block = get(event, "content_block")
            blocks[int(get(event, "index") or 0)] = {k: get(block, k) for k in _BLOCK_KEYS}
        elif kind == "content_block_delta":
            _apply_delta(blocks.setdefault(int(get(event, "index") or 0), {}), get(event, "delta"))
        elif kind == "message_delta":
            delta = get(event, "delta")
            message.update(stop_reason=get(delta, "stop_reason"))
            message.update(stop_sequence=get(delta, "stop_sequence"))
            # message_delta usage is cumulative: later values replace earlier ones.
            _merge_usage(message["usage"], get(event, "usage"))
        elif kind == "message_stop":
            message["stopped"] = True
    message["content"] = [blocks[i] for i in sorted(blocks)]
    return message


def _merge_usage(into: dict[str, Any], usage: Any) -> None:
    for key in (*_INPUT_KEYS, "output_tokens", "output_tokens_details"):
        value = get(usage, key)
        if value is not None:
            into[key] = value


def _apply_delta(block: dict[str, Any], delta: Any) -> None:
    kind = text_of(get(delta, "type"))
    if kind in _TEXT_DELTAS:
        key, block_type = _TEXT_DELTAS[kind]
        block["type"] = block.get("type") or block_type
        block[key] = text_of(block.get(key)) + text_of(get(delta, key))
    elif kind == "signature_delta":
        block["signature"] = text_of(get(delta, "signature"))
    elif kind == "input_json_delta":
        block["partial_json"] = text_of(block.get("partial_json")) + text_of(
            get(delta, "partial_json")
        )


def _parse(message: Any, display: str | None) -> Parsed:
    parsed = Parsed(model=text_of(get(message, "model")), usage=_usage(get(message, "usage")))
    texts: list[str] = []
    for block in items(get(message, "content")):
        kind = get(block, "type")
        if kind in ("thinking", "redacted_thinking"):
            parsed.segments.append(thinking_block_segment(block, display))
        elif kind == "text":
            texts.append(text_of(get(block, "text")))
        elif kind in ("tool_use", "server_tool_use"):
            parsed.tool_calls.append(_tool_call(block))
    parsed.output = "".join(texts)
    for key in ("id", "stop_reason", "stop_sequence"):
        value = get(message, key)
        if value is not None:
            parsed.metadata["response_id" if key == "id" else key] = value
    return parsed


def _thinking_display(config: Any) -> str | None:
    display = get(config, "display") if config is not None else None
    return display if isinstance(display, str) else None


def thinking_block_segment(block: Any, display: str | None = None) -> ReasoningSegment:
    """The segment of one ``thinking`` or ``redacted_thinking`` block."""
    if get(block, "type") == "redacted_thinking":
        data = text_of(get(block, "data")) or None
        return ReasoningSegment(visibility="redacted", source="redacted_thinking", signature=data)
    text = text_of(get(block, "thinking"))
    signature = text_of(get(block, "signature")) or None
    if not text.strip():
        return ReasoningSegment(visibility="redacted", source="thinking_block", signature=signature)
    visibility: Visibility = "summary" if display == "summarized" else "readable"
    return ReasoningSegment(
        text=text, visibility=visibility, source="thinking_block", signature=signature
    )


def _tool_call(block: Any) -> ToolCall:
    arguments = get(block, "partial_json")
    if not isinstance(arguments, str):
        arguments = json.dumps(get(block, "input") or {}, ensure_ascii=False, default=str)
    return ToolCall(
        id=text_of(get(block, "id")) or None, name=text_of(get(block, "name")), arguments=arguments
    )


def _usage(usage: Any) -> Usage:
    if usage is None:
        return Usage()
    counted = [int_or_none(get(usage, key)) for key in _INPUT_KEYS]
    known = [count for count in counted if count is not None]
    input_tokens = sum(known) if known else None
    output_tokens = int_or_none(get(usage, "output_tokens"))
    details = get(usage, "output_tokens_details")
    both = input_tokens is not None and output_tokens is not None
    return Usage(
        input_tokens=input_tokens,
        output_tokens=output_tokens,
        reasoning_tokens=None if details is None else int_or_none(get(details, "thinking_tokens")),
        total_tokens=(input_tokens or 0) + (output_tokens or 0) if both else None,
    )


def request_messages(request: Mapping[str, Any]) -> tuple[dict[str, Any], ...]:
    """The request's ``system`` and ``messages`` in the OpenAI chat shape.

    Text blocks are joined into ``content``; ``tool_use`` blocks become ``tool_calls`` and
    ``tool_result`` blocks ``tool`` messages; earlier thinking blocks are left out (they are
    the model's own, not part of the prompt it was given).
    """
    out: list[dict[str, Any]] = []
    system = request.get("system")
    if system:
        out.append({"role": "system", "content": _text(system)})
    for message in items(request.get("messages")):
        out.extend(_chat_messages(message))
    return tuple(out)


def _text(content: Any) -> str:
    if isinstance(content, (list, tuple)):
        return "\n".join(
            text_of(get(part, "text")) if not isinstance(part, str) else part
            for part in content
            if isinstance(part, str) or get(part, "type") in ("text", None)
        )
    return content_text(content)


def _chat_messages(message: Any) -> list[dict[str, Any]]:
    role = text_of(get(message, "role")) or "user"
    content = get(message, "content")
    if not isinstance(content, (list, tuple)):
        return [{"role": role, "content": _text(content)}]
    texts: list[str] = []
    calls: list[dict[str, Any]] = []
    results: list[dict[str, Any]] = []
    for part in content:
        kind = "text" if isinstance(part, str) else get(part, "type")
        if kind == "text":
            texts.append(part if isinstance(part, str) else text_of(get(part, "text")))
        elif kind == "tool_use":
            call = _tool_call(part)
            function = {"name": call.name, "arguments": call.arguments}
            calls.append({"id": call.id, "type": "function", "function": function})
        elif kind == "tool_result":
            result = {"role": "tool", "tool_call_id": get(part, "tool_use_id")}
            results.append({**result, "content": _text(get(part, "content"))})
    chat: list[dict[str, Any]] = []
    if texts or calls or not results:
        chat.append({"role": role, "content": "\n".join(texts)})
        if calls:
            chat[0]["tool_calls"] = calls
    # Tool results answer the previous assistant turn, so they precede the user's new text.
    return results + chat

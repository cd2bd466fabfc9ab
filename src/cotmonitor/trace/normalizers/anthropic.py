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
from cotmonitor.trace.model import ReasoningSegment, ToolCall, Trace, Usage, content_text
from cotmonitor.trace.normalizers.plain import as_plain, base_fields, plain_list

_BLOCK_TEXT_DELTAS = {"text_delta": "text", "thinking_delta": "thinking"}


def normalize_anthropic(raw: RawCapture, think_tags: Sequence[str] = ()) -> Trace:  # noqa: ARG001
    """Turn one captured Messages call into a Trace.

    Raises:
        CaptureError: the response or events are not in the Messages shape.
    """
    try:
        message = _message(raw)
        return _trace(raw, message)
    except CaptureError:
        raise
    except Exception as e:
        raise CaptureError(f"unreadable anthropic.messages capture: {e!r}") from e


def _message(raw: RawCapture) -> dict[str, Any]:
    if raw.chunks is not None:
        return merge_events(raw.chunks)
    if raw.response is None:
        return {}
    message = as_plain(raw.response)
    if not isinstance(message, dict):
        raise CaptureError(f"anthropic response is a {type(message).__name__}, not an object")
    return message


def merge_events(events: Sequence[Any]) -> dict[str, Any]:
    """Rebuild the message a stream of raw Messages events describes.

    Text and thinking deltas are appended to their block, a ``signature_delta`` sets the
    signature (it is sent whole, once), tool input JSON is appended and parsed at the end.
    Events of unknown type (``ping``, helper events) are skipped.
    """
    message: dict[str, Any] = {"content": []}
    blocks: dict[int, dict[str, Any]] = {}
    for item in events:
        event = as_plain(item)
        if not isinstance(event, dict):
            raise CaptureError(f"anthropic stream event is a {type(event).__name__}")
        _apply_event(message, blocks, event)
    message["content"] = [_finish_block(blocks[i]) for i in sorted(blocks)]
    return message


def _apply_event(
    message: dict[str, Any], blocks: dict[int, dict[str, Any]], event: dict[str, Any]
) -> None:
    kind = event.get("type")
    if kind == "message_start":
        start = dict(event.get("message") or {})
        start.pop("content", None)
        message.update(start)
    elif kind == "content_block_start":
        blocks[int(event.get("index", len(blocks)))] = dict(event.get("content_block") or {})
    elif kind == "content_block_delta":
        block = blocks.setdefault(int(event.get("index", 0)), {})
        _apply_delta(block, event.get("delta") or {})
    elif kind == "message_delta":
        message.update({k: v for k, v in (event.get("delta") or {}).items() if v is not None})
        usage = dict(message.get("usage") or {})
        # message_delta usage is cumulative: later values replace earlier ones.
        usage.update({k: v for k, v in (event.get("usage") or {}).items() if v is not None})
        message["usage"] = usage
    elif kind == "message_stop":
        message["_stopped"] = True


def _apply_delta(block: dict[str, Any], delta: Mapping[str, Any]) -> None:
    kind = delta.get("type")
    if kind in _BLOCK_TEXT_DELTAS:
        key = _BLOCK_TEXT_DELTAS[kind]
        block.setdefault("type", "text" if key == "text" else "thinking")
        block[key] = str(block.get(key) or "") + str(delta.get(key) or "")
    elif kind == "signature_delta":
        block["signature"] = delta.get("signature")
    elif kind == "input_json_delta":
        block["_partial_json"] = str(block.get("_partial_json", "")) + str(
            delta.get("partial_json") or ""
        )


def _finish_block(block: dict[str, Any]) -> dict[str, Any]:
    partial = block.pop("_partial_json", None)
    if partial is not None:
        block["_arguments"] = partial
    return block


def _trace(raw: RawCapture, message: dict[str, Any]) -> Trace:
    request = raw.request
    display = _thinking_display(request.get("thinking"))
    segments: list[ReasoningSegment] = []
    texts: list[str] = []
    tools: list[ToolCall] = []
    for block in plain_list(message.get("content")):
        kind = block.get("type")
        if kind == "thinking":
            segments.append(_thinking_segment(block, display))
        elif kind == "redacted_thinking":
            segments.append(
                ReasoningSegment(
                    visibility="redacted", source="redacted_thinking", signature=block.get("data")
                )
            )
        elif kind == "text":
            texts.append(str(block.get("text") or ""))
        elif kind in ("tool_use", "server_tool_use"):
            tools.append(_tool_call(block))
    stopped = raw.chunks is None or bool(message.get("_stopped"))
    fields = base_fields(raw, provider="anthropic", complete_stream=stopped)
    metadata = {
        k: message[k] for k in ("id", "stop_reason", "stop_sequence") if message.get(k) is not None
    }
    return Trace(
        **fields,
        model=str(message.get("model") or request.get("model") or "unknown"),
        messages=request_messages(request),
        segments=tuple(segments),
        output="".join(texts),
        tool_calls=tuple(tools),
        usage=_usage(message.get("usage")),
        metadata=metadata,
    )


def _thinking_display(config: Any) -> str | None:
    if isinstance(config, Mapping):
        display = config.get("display")
        return str(display) if display is not None else None
    return None


def _thinking_segment(block: Mapping[str, Any], display: str | None) -> ReasoningSegment:
    text = str(block.get("thinking") or "")
    signature = block.get("signature") or None
    if not text.strip():
        return ReasoningSegment(visibility="redacted", source="thinking_block", signature=signature)
    visibility = "summary" if display == "summarized" else "readable"
    return ReasoningSegment(
        text=text, visibility=visibility, source="thinking_block", signature=signature
    )


def _tool_call(block: Mapping[str, Any]) -> ToolCall:
    arguments = block.get("_arguments")
    if arguments is None:
        arguments = json.dumps(block.get("input") or {}, ensure_ascii=False)
    return ToolCall(id=block.get("id"), name=str(block.get("name") or ""), arguments=arguments)


def _usage(usage: Any) -> Usage:
    if not isinstance(usage, Mapping):
        return Usage()
    counted = [usage.get(k) for k in _INPUT_KEYS]
    known = [int(v) for v in counted if isinstance(v, int)]
    input_tokens = sum(known) if known else None
    output = usage.get("output_tokens")
    output_tokens = int(output) if isinstance(output, int) else None
    details = usage.get("output_tokens_details")
    thinking = details.get("thinking_tokens") if isinstance(details, Mapping) else None
    total = (
        input_tokens + output_tokens
        if input_tokens is not None and output_tokens is not None
        else None
    )
    return Usage(
        input_tokens=input_tokens,
        output_tokens=output_tokens,
        reasoning_tokens=int(thinking) if isinstance(thinking, int) else None,
        total_tokens=total,
    )


# Anthropic's input_tokens excludes cached tokens; OTel GenAI counts them all as input.
_INPUT_KEYS = ("input_tokens", "cache_read_input_tokens", "cache_creation_input_tokens")


def request_messages(request: Mapping[str, Any]) -> tuple[dict[str, Any], ...]:
    """The request's ``system`` and ``messages`` in the OpenAI chat shape.

    Text blocks are joined into ``content``; ``tool_use`` blocks become ``tool_calls`` and
    ``tool_result`` blocks ``tool`` messages; earlier thinking blocks are left out (they are
    the model's own, not part of the prompt it was given).
    """
    out: list[dict[str, Any]] = []
    system = request.get("system")
    if system:
        out.append({"role": "system", "content": content_text(as_plain(system))})
    messages = request.get("messages")
    if isinstance(messages, (list, tuple)):
        for message in messages:
            out.extend(_chat_messages(as_plain(message)))
    return tuple(out)


def _chat_messages(message: Any) -> list[dict[str, Any]]:
    if not isinstance(message, Mapping):
        return []
    role = str(message.get("role") or "user")
    content = message.get("content")
    if not isinstance(content, list):
        return [{"role": role, "content": content_text(content)}]
    texts: list[str] = []
    calls: list[dict[str, Any]] = []
    results: list[dict[str, Any]] = []
    for part in plain_list(content):
        kind = part.get("type")
        if kind == "text":
            texts.append(str(part.get("text") or ""))
        elif kind == "tool_use":
            call = _tool_call(part)
            calls.append(
                {
                    "id": call.id,
                    "type": "function",
                    "function": {"name": call.name, "arguments": call.arguments},
                }
            )
        elif kind == "tool_result":
            results.append(
                {
                    "role": "tool",
                    "tool_call_id": part.get("tool_use_id"),
                    "content": content_text(as_plain(part.get("content"))),
                }
            )
    out: list[dict[str, Any]] = []
    if texts or calls or not results:
        chat: dict[str, Any] = {"role": role, "content": "\n".join(texts)}
        if calls:
            chat["tool_calls"] = calls
        out.append(chat)
    return results + out if role == "user" else out + results

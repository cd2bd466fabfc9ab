"""The OpenAI Chat Completions wire format: ``POST /v1/chat/completions``.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from typing import Any

from cotmonitor.localserver.reply import Reply, ServerRequest
from cotmonitor.localserver.wire import (
    SSEEvent,
    new_id,
    now,
    pieces,
    request_text,
    token_counts,
)


def error_body(status: int, message: str) -> dict[str, Any]:
    """An OpenAI-shaped error body."""
    kind = "invalid_request_error" if status < 500 else "server_error"  # noqa: PLR2004
    return {"error": {"message": message, "type": kind, "param": None, "code": None}}


def _content_with_think(reply: Reply) -> str:
    if reply.reasoning_field == "think_tag" and reply.reasoning:
        return f"<think>{reply.reasoning}</think>{reply.content}"
    return reply.content


def _reasoning_key(reply: Reply) -> str | None:
    if reply.reasoning and reply.reasoning_field in ("reasoning_content", "reasoning"):
        return reply.reasoning_field
    return None


def _usage(request: ServerRequest, reply: Reply) -> dict[str, Any]:
    counts = token_counts(reply, request_text(request.body))
    return {
        "prompt_tokens": counts.input,
        "completion_tokens": counts.output,
        "total_tokens": counts.input + counts.output,
        "completion_tokens_details": {"reasoning_tokens": counts.reasoning},
        "prompt_tokens_details": {"cached_tokens": 0},
    }


def _tool_calls(reply: Reply) -> list[dict[str, Any]]:
    return [
        {
            "id": call.get("id") or new_id("call_"),
            "type": "function",
            "function": {"name": call["name"], "arguments": call.get("arguments", "{}")},
        }
        for call in reply.tool_calls
    ]


def _finish_reason(reply: Reply) -> str:
    return "tool_calls" if reply.tool_calls else "stop"


def render_body(request: ServerRequest, reply: Reply) -> dict[str, Any]:
    """The non-streaming ``chat.completion`` object."""
    message: dict[str, Any] = {"role": "assistant", "content": _content_with_think(reply)}
    key = _reasoning_key(reply)
    if key is not None:
        message[key] = reply.reasoning
    if reply.tool_calls:
        message["tool_calls"] = _tool_calls(reply)
    return {
        "id": new_id("chatcmpl-"),
        "object": "chat.completion",
        "created": now(),
        "model": reply.model or request.model,
        "choices": [
            {
                "index": 0,
                "message": message,
                "finish_reason": _finish_reason(reply),
                "logprobs": None,
            }
        ],
        "usage": _usage(request, reply),
    }


def _deltas(reply: Reply) -> list[dict[str, Any]]:
    deltas: list[dict[str, Any]] = [{"role": "assistant", "content": ""}]
    key = _reasoning_key(reply)
    if key is not None:
        deltas += [{key: piece} for piece in pieces(reply.reasoning, reply.chunk_size)]
    content = _content_with_think(reply)
    deltas += [{"content": piece} for piece in pieces(content, reply.chunk_size)]
    for index, call in enumerate(_tool_calls(reply)):
        deltas.append({"tool_calls": [{"index": index, **call}]})
    return deltas


def render_events(request: ServerRequest, reply: Reply) -> list[SSEEvent]:
    """The ``chat.completion.chunk`` stream, ``[DONE]`` included."""
    head = {
        "id": new_id("chatcmpl-"),
        "object": "chat.completion.chunk",
        "created": now(),
        "model": reply.model or request.model,
    }
    options = request.body.get("stream_options") or {}
    with_usage = bool(options.get("include_usage"))
    extra: dict[str, Any] = {"usage": None} if with_usage else {}

    def chunk(delta: dict[str, Any], finish: str | None = None) -> SSEEvent:
        choice = {"index": 0, "delta": delta, "finish_reason": finish, "logprobs": None}
        return SSEEvent({**head, "choices": [choice], **extra})

    events = [chunk(delta) for delta in _deltas(reply)]
    events.append(chunk({}, _finish_reason(reply)))
    if with_usage:
        events.append(SSEEvent({**head, "choices": [], "usage": _usage(request, reply)}))
    events.append(SSEEvent("[DONE]"))
    return events

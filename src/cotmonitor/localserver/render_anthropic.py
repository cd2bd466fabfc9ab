"""The Anthropic Messages wire format: ``POST /v1/messages``.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Iterator
from typing import Any

from cotmonitor.localserver.reply import Reply, ServerRequest
from cotmonitor.localserver.wire import (
    SSEEvent,
    new_id,
    pieces,
    request_text,
    token_counts,
)

_ERROR_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    403: "permission_error",
    404: "not_found_error",
    413: "request_too_large",
    429: "rate_limit_error",
    529: "overloaded_error",
}


def error_body(status: int, message: str) -> dict[str, Any]:
    """An Anthropic-shaped error body."""
    kind = _ERROR_TYPES.get(status, "api_error")
    return {"type": "error", "error": {"type": kind, "message": message}}


def _signature(text: str) -> str:
    return base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()


def _blocks(reply: Reply) -> list[dict[str, Any]]:
    blocks: list[dict[str, Any]] = []
    if reply.reasoning and reply.redacted:
        data = base64.b64encode(reply.reasoning.encode()).decode()
        blocks.append({"type": "redacted_thinking", "data": data})
    elif reply.reasoning:
        signature = _signature(reply.reasoning)
        blocks.append({"type": "thinking", "thinking": reply.reasoning, "signature": signature})
    if reply.content or not reply.tool_calls:
        blocks.append({"type": "text", "text": reply.content})
    blocks += [
        {
            "type": "tool_use",
            "id": call.get("id") or new_id("toolu_"),
            "name": call["name"],
            "input": json.loads(call.get("arguments") or "{}"),
        }
        for call in reply.tool_calls
    ]
    return blocks


def _message(request: ServerRequest, reply: Reply, content: list[Any]) -> dict[str, Any]:
    counts = token_counts(reply, request_text(request.body))
    return {
        "id": new_id("msg_"),
        "type": "message",
        "role": "assistant",
        "model": reply.model or request.model,
        "content": content,
        "stop_reason": "tool_use" if reply.tool_calls else "end_turn",
        "stop_sequence": None,
        "usage": {
            "input_tokens": counts.input,
            "output_tokens": counts.output,
            "cache_creation_input_tokens": 0,
            "cache_read_input_tokens": 0,
            "output_tokens_details": {"thinking_tokens": counts.reasoning},
        },
    }


def render_body(request: ServerRequest, reply: Reply) -> dict[str, Any]:
    """The non-streaming ``message`` object."""
    return _message(request, reply, _blocks(reply))


def _block_events(block: dict[str, Any], index: int, size: int) -> Iterator[dict[str, Any]]:
    kind = block["type"]
    start = dict(block)
    deltas: list[dict[str, Any]] = []
    if kind == "thinking":
        start.update(thinking="", signature="")
        deltas = [
            {"type": "thinking_delta", "thinking": p} for p in pieces(block["thinking"], size)
        ]
        deltas.append({"type": "signature_delta", "signature": block["signature"]})
    elif kind == "text":
        start["text"] = ""
        deltas = [{"type": "text_delta", "text": p} for p in pieces(block["text"], size)]
    elif kind == "tool_use":
        start["input"] = {}
        deltas = [{"type": "input_json_delta", "partial_json": json.dumps(block["input"])}]
    yield {"type": "content_block_start", "index": index, "content_block": start}
    for delta in deltas:
        yield {"type": "content_block_delta", "index": index, "delta": delta}
    yield {"type": "content_block_stop", "index": index}


def render_events(request: ServerRequest, reply: Reply) -> list[SSEEvent]:
    """The Messages event stream, each with its ``event:`` line."""
    final = _message(request, reply, [])
    usage = final["usage"]
    start = {**final, "stop_reason": None, "usage": {**usage, "output_tokens": 1}}
    payloads: list[dict[str, Any]] = [{"type": "message_start", "message": start}]
    for index, block in enumerate(_blocks(reply)):
        payloads += _block_events(block, index, reply.chunk_size)
    payloads.append(
        {
            "type": "message_delta",
            "delta": {"stop_reason": final["stop_reason"], "stop_sequence": None},
            "usage": {
                "output_tokens": usage["output_tokens"],
                "output_tokens_details": usage["output_tokens_details"],
            },
        }
    )
    payloads.append({"type": "message_stop"})
    return [SSEEvent(payload, event=payload["type"]) for payload in payloads]

"""The OpenAI Responses API wire format: ``POST /v1/responses``.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import base64
from collections.abc import Iterator
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


def _reasoning_item(reply: Reply) -> dict[str, Any]:
    item: dict[str, Any] = {"type": "reasoning", "id": new_id("rs_"), "summary": []}
    if not reply.reasoning:
        pass
    elif reply.summary:
        item["summary"] = [{"type": "summary_text", "text": reply.reasoning}]
    else:
        item["content"] = [{"type": "reasoning_text", "text": reply.reasoning}]
    if reply.encrypted:
        blob = base64.b64encode(reply.reasoning.encode()).decode()
        item["encrypted_content"] = f"enc_{blob}"
    return item


def _message_item(reply: Reply) -> dict[str, Any]:
    return {
        "type": "message",
        "id": new_id("msg_"),
        "status": "completed",
        "role": "assistant",
        "content": [{"type": "output_text", "text": reply.content, "annotations": []}],
    }


def _output(reply: Reply) -> list[dict[str, Any]]:
    output = [_reasoning_item(reply)] if reply.reasoning or reply.encrypted else []
    output += [
        {
            "type": "function_call",
            "id": new_id("fc_"),
            "call_id": call.get("id") or new_id("call_"),
            "name": call["name"],
            "arguments": call.get("arguments", "{}"),
            "status": "completed",
        }
        for call in reply.tool_calls
    ]
    if reply.content or not output:
        output.append(_message_item(reply))
    return output


def _response(
    request: ServerRequest, reply: Reply, status: str, output: list[Any]
) -> dict[str, Any]:
    counts = token_counts(reply, request_text(request.body))
    return {
        "id": new_id("resp_"),
        "object": "response",
        "created_at": now(),
        "status": status,
        "model": reply.model or request.model,
        "output": output,
        "parallel_tool_calls": True,
        "tool_choice": "auto",
        "tools": [],
        "error": None,
        "incomplete_details": None,
        "instructions": None,
        "metadata": {},
        "temperature": 1.0,
        "top_p": 1.0,
        "usage": {
            "input_tokens": counts.input,
            "input_tokens_details": {"cached_tokens": 0},
            "output_tokens": counts.output,
            "output_tokens_details": {"reasoning_tokens": counts.reasoning},
            "total_tokens": counts.input + counts.output,
        },
    }


def render_body(request: ServerRequest, reply: Reply) -> dict[str, Any]:
    """The non-streaming ``response`` object."""
    return _response(request, reply, "completed", _output(reply))


def _reasoning_events(item: dict[str, Any], index: int, size: int) -> Iterator[dict[str, Any]]:
    ref = {"item_id": item["id"], "output_index": index}
    for summary_index, part in enumerate(item["summary"]):
        at = {**ref, "summary_index": summary_index}
        empty = {"type": "summary_text", "text": ""}
        yield {"type": "response.reasoning_summary_part.added", **at, "part": empty}
        for piece in pieces(part["text"], size):
            yield {"type": "response.reasoning_summary_text.delta", **at, "delta": piece}
        yield {"type": "response.reasoning_summary_text.done", **at, "text": part["text"]}
        yield {"type": "response.reasoning_summary_part.done", **at, "part": part}
    for content_index, part in enumerate(item.get("content") or []):
        at = {**ref, "content_index": content_index}
        for piece in pieces(part["text"], size):
            yield {"type": "response.reasoning_text.delta", **at, "delta": piece}
        yield {"type": "response.reasoning_text.done", **at, "text": part["text"]}


def _message_events(item: dict[str, Any], index: int, size: int) -> Iterator[dict[str, Any]]:
    at = {"item_id": item["id"], "output_index": index, "content_index": 0}
    part = item["content"][0]
    empty = {"type": "output_text", "text": "", "annotations": []}
    yield {"type": "response.content_part.added", **at, "part": empty}
    for piece in pieces(part["text"], size):
        yield {"type": "response.output_text.delta", **at, "delta": piece, "logprobs": []}
    yield {"type": "response.output_text.done", **at, "text": part["text"], "logprobs": []}
    yield {"type": "response.content_part.done", **at, "part": part}


def _call_events(item: dict[str, Any], index: int) -> Iterator[dict[str, Any]]:
    at = {"item_id": item["id"], "output_index": index}
    args = item["arguments"]
    yield {"type": "response.function_call_arguments.delta", **at, "delta": args}
    yield {"type": "response.function_call_arguments.done", **at, "arguments": args}


def _item_events(item: dict[str, Any], index: int, size: int) -> Iterator[dict[str, Any]]:
    started = {**item, "status": "in_progress"} if "status" in item else dict(item)
    if item["type"] == "reasoning":
        started["summary"] = []
        started.pop("content", None)
    elif item["type"] == "message":
        started["content"] = []
    else:
        # As the real API: the arguments arrive in the deltas, not in the added item.
        started["arguments"] = ""
    yield {"type": "response.output_item.added", "output_index": index, "item": started}
    if item["type"] == "reasoning":
        yield from _reasoning_events(item, index, size)
    elif item["type"] == "message":
        yield from _message_events(item, index, size)
    else:
        yield from _call_events(item, index)
    yield {"type": "response.output_item.done", "output_index": index, "item": item}


def render_events(request: ServerRequest, reply: Reply) -> list[SSEEvent]:
    """The Responses event stream, each event with its ``sequence_number``."""
    output = _output(reply)
    final = _response(request, reply, "completed", output)
    pending = {**final, "status": "in_progress", "output": [], "usage": None}
    payloads: list[dict[str, Any]] = [
        {"type": "response.created", "response": pending},
        {"type": "response.in_progress", "response": pending},
    ]
    for index, item in enumerate(output):
        payloads += _item_events(item, index, reply.chunk_size)
    payloads.append({"type": "response.completed", "response": final})
    return [
        SSEEvent({**payload, "sequence_number": number}, event=payload["type"])
        for number, payload in enumerate(payloads)
    ]

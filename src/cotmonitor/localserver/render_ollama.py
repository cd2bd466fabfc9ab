"""Ollama's native chat wire format: ``POST /api/chat``, streamed as NDJSON.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any

from cotmonitor.localserver.reply import Reply, ServerRequest
from cotmonitor.localserver.wire import NDJSONLine, pieces, request_text, token_counts


def error_body(_status: int, message: str) -> dict[str, Any]:
    """Ollama's error body: one ``error`` string."""
    return {"error": message}


def _thinks(request: ServerRequest, reply: Reply) -> bool:
    # Ollama separates the reasoning only when asked to think; otherwise the model's
    # ``<think>`` text stays in the content.
    return bool(reply.reasoning) and request.body.get("think") not in (None, False)


def _content(request: ServerRequest, reply: Reply) -> str:
    if reply.reasoning and not _thinks(request, reply):
        return f"<think>{reply.reasoning}</think>{reply.content}"
    return reply.content


def _tool_calls(reply: Reply) -> list[dict[str, Any]]:
    return [
        {"function": {"name": call["name"], "arguments": json.loads(call.get("arguments") or "{}")}}
        for call in reply.tool_calls
    ]


def _head(request: ServerRequest, reply: Reply) -> dict[str, Any]:
    stamp = datetime.now(timezone.utc).isoformat().replace("+00:00", "Z")
    return {"model": reply.model or request.model, "created_at": stamp}


def _done(request: ServerRequest, reply: Reply) -> dict[str, Any]:
    counts = token_counts(reply, request_text(request.body))
    return {
        "done": True,
        "done_reason": "stop",
        "total_duration": 1_000_000,
        "load_duration": 1_000,
        "prompt_eval_count": counts.input,
        "prompt_eval_duration": 1_000,
        "eval_count": counts.output,
        "eval_duration": 1_000,
    }


def render_body(request: ServerRequest, reply: Reply) -> dict[str, Any]:
    """The non-streaming chat response."""
    message: dict[str, Any] = {"role": "assistant", "content": _content(request, reply)}
    if _thinks(request, reply):
        message["thinking"] = reply.reasoning
    if reply.tool_calls:
        message["tool_calls"] = _tool_calls(reply)
    return {**_head(request, reply), "message": message, **_done(request, reply)}


def render_events(request: ServerRequest, reply: Reply) -> list[NDJSONLine]:
    """The streamed objects: thinking pieces, content pieces, tool calls, then ``done``."""
    head = _head(request, reply)

    def line(**message: Any) -> NDJSONLine:
        body = {"role": "assistant", "content": "", **message}
        return NDJSONLine({**head, "message": body, "done": False})

    lines = []
    if _thinks(request, reply):
        lines += [line(thinking=piece) for piece in pieces(reply.reasoning, reply.chunk_size)]
    lines += [line(content=piece) for piece in pieces(_content(request, reply), reply.chunk_size)]
    if reply.tool_calls:
        lines.append(line(tool_calls=_tool_calls(reply)))
    final = {"role": "assistant", "content": ""}
    lines.append(NDJSONLine({**head, "message": final, **_done(request, reply)}))
    return lines

"""The Gemini API wire format: ``generateContent`` and ``streamGenerateContent?alt=sse``.

Both are ``POST /v1beta/models/{model}:<method>`` (or ``/v1/``).

Thoughts are parts with ``"thought": true`` (their text is a summary of the reasoning), sent
when the request's ``generationConfig.thinkingConfig.includeThoughts`` is true; the first
answer part carries a ``thoughtSignature``, and ``usageMetadata.thoughtsTokenCount`` counts
the reasoning tokens either way.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import base64
import json
from typing import Any

from cotmonitor.localserver.reply import Reply, ServerRequest
from cotmonitor.localserver.wire import SSEEvent, new_id, pieces, request_text, token_counts


def error_body(status: int, message: str) -> dict[str, Any]:
    """A Google API error body."""
    state = "INVALID_ARGUMENT" if status < 500 else "UNAVAILABLE"  # noqa: PLR2004
    return {"error": {"code": status, "message": message, "status": state}}


def model_of(path: str) -> str:
    """The model name in a ``/v1beta/models/{model}:method`` path."""
    tail = path.split("/models/", 1)[-1]
    return tail.split(":", 1)[0]


def _includes_thoughts(request: ServerRequest) -> bool:
    config = request.body.get("generationConfig") or {}
    thinking = config.get("thinkingConfig") or config.get("thinking_config") or {}
    # The REST reference spells it includeThoughts; some SDK versions send include_thoughts.
    return bool(thinking.get("includeThoughts") or thinking.get("include_thoughts"))


def _signature() -> str:
    return base64.b64encode(new_id("sig-").encode()).decode()


def _calls(reply: Reply) -> list[dict[str, Any]]:
    return [
        {"functionCall": {"name": call["name"], "args": json.loads(call.get("arguments") or "{}")}}
        for call in reply.tool_calls
    ]


def _usage(request: ServerRequest, reply: Reply) -> dict[str, Any]:
    counts = token_counts(reply, request_text(request.body))
    answer = max(0, counts.output - counts.reasoning)
    return {
        "promptTokenCount": counts.input,
        "candidatesTokenCount": answer,
        "thoughtsTokenCount": counts.reasoning,
        "totalTokenCount": counts.input + counts.output,
    }


def _response(
    request: ServerRequest, reply: Reply, parts: list[dict[str, Any]], *, last: bool
) -> dict[str, Any]:
    candidate: dict[str, Any] = {"content": {"role": "model", "parts": parts}, "index": 0}
    body: dict[str, Any] = {
        "candidates": [candidate],
        "modelVersion": reply.model or request.model,
        "responseId": new_id(""),
    }
    if last:
        candidate["finishReason"] = "STOP"
        body["usageMetadata"] = _usage(request, reply)
    return body


def _answer_parts(reply: Reply, size: int | None) -> list[dict[str, Any]]:
    texts = [reply.content] if size is None else pieces(reply.content, size)
    parts: list[dict[str, Any]] = [{"text": text} for text in texts if text]
    parts += _calls(reply)
    if parts:
        parts[0]["thoughtSignature"] = _signature()
    return parts


def render_body(request: ServerRequest, reply: Reply) -> dict[str, Any]:
    """The non-streaming ``GenerateContentResponse``."""
    parts: list[dict[str, Any]] = []
    if reply.reasoning and _includes_thoughts(request):
        parts.append({"text": reply.reasoning, "thought": True})
    parts += _answer_parts(reply, None)
    return _response(request, reply, parts, last=True)


def render_events(request: ServerRequest, reply: Reply) -> list[SSEEvent]:
    """One ``GenerateContentResponse`` per piece; the last carries the finish and usage."""
    parts: list[dict[str, Any]] = []
    if reply.reasoning and _includes_thoughts(request):
        parts += [
            {"text": piece, "thought": True} for piece in pieces(reply.reasoning, reply.chunk_size)
        ]
    parts += _answer_parts(reply, reply.chunk_size)
    if not parts:
        parts = [{"text": ""}]
    return [
        SSEEvent(_response(request, reply, [part], last=index == len(parts) - 1))
        for index, part in enumerate(parts)
    ]

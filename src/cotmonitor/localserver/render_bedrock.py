"""The AWS Bedrock Converse wire format, its stream in AWS's binary event-stream framing.

``POST /model/{modelId}/converse`` and ``/model/{modelId}/converse-stream``.

Reasoning is a ``reasoningContent`` block: ``reasoningText`` (text and signature), or
``redactedContent`` (opaque bytes, base64 in JSON) when ``Reply.redacted`` is set.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import base64
import binascii
import json
import struct
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote

from cotmonitor.localserver.reply import Reply, ServerRequest
from cotmonitor.localserver.wire import new_id, pieces, request_text, token_counts

_STRING = 7
"""The event-stream header value type of a UTF-8 string."""


@dataclass(frozen=True, slots=True)
class EventStreamMessage:
    """One message of an AWS event stream; shaped like ``SSEEvent`` (``data``, ``event``).

    ``data`` is the JSON payload, or a raw string sent as is (broken JSON).
    """

    data: dict[str, Any] | str
    event: str | None = None

    def encode(self) -> bytes:
        """Prelude, headers, payload and the two CRC32 checksums, as AWS frames them."""
        payload = (self.data if isinstance(self.data, str) else json.dumps(self.data)).encode()
        headers = b"".join(
            _header(name, value)
            for name, value in (
                (":event-type", self.event or "message"),
                (":content-type", "application/json"),
                (":message-type", "event"),
            )
        )
        total = 12 + len(headers) + len(payload) + 4
        prelude = struct.pack(">II", total, len(headers))
        head = prelude + struct.pack(">I", binascii.crc32(prelude)) + headers + payload
        return head + struct.pack(">I", binascii.crc32(head))


def _header(name: str, value: str) -> bytes:
    key, data = name.encode(), value.encode()
    return struct.pack(">B", len(key)) + key + struct.pack(">BH", _STRING, len(data)) + data


def error_body(status: int, message: str) -> dict[str, Any]:
    """A Bedrock error body; ``__type`` names the exception botocore raises."""
    kind = "ValidationException" if status < 500 else "ServiceUnavailableException"  # noqa: PLR2004
    return {"message": message, "__type": kind}


def model_of(path: str) -> str:
    """The model id in a ``/model/{modelId}/converse`` path."""
    return unquote(path.split("/model/", 1)[-1].rsplit("/", 1)[0])


def _signature() -> str:
    return base64.b64encode(new_id("sig-").encode()).decode()


def _redacted(reply: Reply) -> str:
    return base64.b64encode(reply.reasoning.encode()[::-1]).decode()


def _usage(request: ServerRequest, reply: Reply) -> dict[str, int]:
    counts = token_counts(reply, request_text(request.body))
    return {
        "inputTokens": counts.input,
        "outputTokens": counts.output,
        "totalTokens": counts.input + counts.output,
    }


def _stop(reply: Reply) -> str:
    return "tool_use" if reply.tool_calls else "end_turn"


def _tool_id(call: dict[str, str], index: int) -> str:
    return call.get("id") or f"tooluse_{index}"


def render_body(request: ServerRequest, reply: Reply) -> dict[str, Any]:
    """The non-streaming ``Converse`` response."""
    content: list[dict[str, Any]] = []
    if reply.reasoning and reply.redacted:
        content.append({"reasoningContent": {"redactedContent": _redacted(reply)}})
    elif reply.reasoning:
        text = {"text": reply.reasoning, "signature": _signature()}
        content.append({"reasoningContent": {"reasoningText": text}})
    if reply.content:
        content.append({"text": reply.content})
    for index, call in enumerate(reply.tool_calls):
        use = {
            "toolUseId": _tool_id(call, index),
            "name": call["name"],
            "input": json.loads(call.get("arguments") or "{}"),
        }
        content.append({"toolUse": use})
    return {
        "output": {"message": {"role": "assistant", "content": content}},
        "stopReason": _stop(reply),
        "usage": _usage(request, reply),
        "metrics": {"latencyMs": 1},
    }


def render_events(request: ServerRequest, reply: Reply) -> list[EventStreamMessage]:
    """The ``ConverseStream`` events, block by block, then the stop and the usage."""

    def event(kind: str, **body: Any) -> EventStreamMessage:
        return EventStreamMessage(body, kind)

    def delta(block: int, **change: Any) -> EventStreamMessage:
        return event("contentBlockDelta", contentBlockIndex=block, delta=change)

    events = [event("messageStart", role="assistant")]
    block = 0
    if reply.reasoning:
        if reply.redacted:
            events.append(delta(block, reasoningContent={"redactedContent": _redacted(reply)}))
        else:
            events += [
                delta(block, reasoningContent={"text": piece})
                for piece in pieces(reply.reasoning, reply.chunk_size)
            ]
            events.append(delta(block, reasoningContent={"signature": _signature()}))
        events.append(event("contentBlockStop", contentBlockIndex=block))
        block += 1
    if reply.content:
        events += [delta(block, text=piece) for piece in pieces(reply.content, reply.chunk_size)]
        events.append(event("contentBlockStop", contentBlockIndex=block))
        block += 1
    for index, call in enumerate(reply.tool_calls):
        start = {"toolUse": {"toolUseId": _tool_id(call, index), "name": call["name"]}}
        events.append(event("contentBlockStart", contentBlockIndex=block, start=start))
        events.append(delta(block, toolUse={"input": call.get("arguments") or "{}"}))
        events.append(event("contentBlockStop", contentBlockIndex=block))
        block += 1
    events.append(event("messageStop", stopReason=_stop(reply)))
    events.append(event("metadata", usage=_usage(request, reply), metrics={"latencyMs": 1}))
    return events

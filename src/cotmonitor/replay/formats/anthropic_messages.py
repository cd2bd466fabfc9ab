"""Anthropic Messages logs: request/response pairs, Message Batches results, bare messages.

Accepted record shapes (one JSON object per line)::

    {"request": {"model": ..., "messages": [...]}, "response": {"type": "message", ...}}
    {"custom_id": "q-17", "result": {"type": "succeeded", "message": {"type": "message", ...}}}
    {"type": "message", "role": "assistant", "content": [...], ...}

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from cotmonitor.capture.record import RawCapture
from cotmonitor.replay.formats.base import (
    RecordError,
    capture_to_trace,
    from_epoch,
    require_mapping,
)
from cotmonitor.trace.model import Trace


def _is_message(value: Any) -> bool:
    return isinstance(value, Mapping) and value.get("type") == "message" and "content" in value


def _batch_message(result: Any) -> Mapping[str, Any]:
    result = require_mapping(result, "'result'")
    if result.get("type") != "succeeded":
        error = result.get("error") or result.get("type")
        raise RecordError(f"the batch request did not succeed ({error})", kind="failed_call")
    return require_mapping(result.get("message"), "'result.message'")


def record_to_capture(record: Any) -> tuple[RawCapture, dict[str, Any]]:
    """The ``RawCapture`` an Anthropic log record stands for, and metadata the log adds.

    Raises:
        RecordError: the record is not one of the accepted shapes, or the call failed.
    """
    record = require_mapping(record, "the record")
    extra: dict[str, Any] = {}
    if _is_message(record):
        return RawCapture(kind="anthropic.messages", request={}, response=dict(record)), extra
    if "result" in record:
        extra["custom_id"] = str(record.get("custom_id"))
        message = _batch_message(record["result"])
        return RawCapture(kind="anthropic.messages", request={}, response=dict(message)), extra
    response = record.get("response")
    if isinstance(response, Mapping) and response.get("type") == "error":
        raise RecordError(f"the logged call failed ({response.get('error')})", kind="failed_call")
    if not _is_message(response):
        raise RecordError("the response is not an Anthropic message (no type 'message')")
    request = record.get("request")
    capture = RawCapture(
        kind="anthropic.messages",
        request=dict(request) if isinstance(request, Mapping) else {},
        response=dict(response),
    )
    started = from_epoch(record.get("timestamp") or record.get("time"))
    if started is not None:
        capture.wall_time = started.timestamp()
    return capture, extra


class AnthropicMessagesFormat:
    """Messages API request/response logs (see the module docstring for the shapes)."""

    name = "anthropic"

    def sniff(self, record: Any) -> bool:
        if not isinstance(record, dict):
            return False
        result = record.get("result")
        if isinstance(result, Mapping) and "custom_id" in record:
            return True
        return _is_message(record) or _is_message(record.get("response"))

    def traces(self, record: Any) -> list[Trace]:
        return [capture_to_trace(*record_to_capture(record))]


FORMAT = AnthropicMessagesFormat()

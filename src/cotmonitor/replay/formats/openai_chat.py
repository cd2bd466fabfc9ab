"""OpenAI Chat Completions logs: request/response pairs, Batch API output, bare completions.

Accepted record shapes (one JSON object per line)::

    {"request": {"model": ..., "messages": [...]}, "response": {"choices": [...], ...}}
    {"request": {...}, "response": {"status_code": 200, "body": {"choices": [...]}}}
    {"custom_id": "q-17", "response": {"status_code": 200, "body": {...}}, "error": null}
    {"object": "chat.completion", "choices": [...], ...}

The second and third are what the Batch API writes to its output file (``custom_id`` is
kept in ``Trace.metadata``; the prompt lives in the batch *input* file, so such traces have
no messages).

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from cotmonitor.capture.record import RawCapture
from cotmonitor.replay.formats.base import RecordError, capture_to_trace, require_mapping
from cotmonitor.trace.model import Trace


def _completion(response: Any) -> Any:
    if isinstance(response, Mapping) and isinstance(response.get("body"), Mapping):
        return response["body"]
    return response


def _has_choices(value: Any) -> bool:
    return isinstance(value, Mapping) and "choices" in value


def record_to_capture(record: Any) -> tuple[RawCapture, dict[str, Any]]:
    """The ``RawCapture`` an OpenAI log record stands for, and metadata the log adds.

    Raises:
        RecordError: the record is not one of the accepted shapes, or the call failed.
    """
    record = require_mapping(record, "the record")
    if record.get("object") == "chat.completion":
        return RawCapture(kind="openai.chat", request={}, response=dict(record)), {}
    if "response" not in record:
        raise RecordError("no 'response' in the record")
    error = record.get("error")
    response = record["response"]
    status = response.get("status_code") if isinstance(response, Mapping) else None
    if error or (isinstance(status, int) and status >= 400):  # noqa: PLR2004 - HTTP errors
        raise RecordError(
            f"the logged call failed ({error or f'HTTP {status}'})", kind="failed_call"
        )
    body = _completion(response)
    if not _has_choices(body):
        raise RecordError("the response is not a chat completion (no 'choices')")
    request = record.get("request") or {}
    request = _completion(request) if isinstance(request, Mapping) else {}
    capture = RawCapture(kind="openai.chat", request=dict(request), response=dict(body))
    custom_id = record.get("custom_id")
    return capture, ({"custom_id": str(custom_id)} if custom_id is not None else {})


class OpenAIChatFormat:
    """Chat Completions request/response logs (see the module docstring for the shapes)."""

    name = "openai"

    def sniff(self, record: Any) -> bool:
        if not isinstance(record, dict):
            return False
        if record.get("object") == "chat.completion":
            return True
        return _has_choices(_completion(record.get("response")))

    def traces(self, record: Any) -> list[Trace]:
        return [capture_to_trace(*record_to_capture(record))]


FORMAT = OpenAIChatFormat()

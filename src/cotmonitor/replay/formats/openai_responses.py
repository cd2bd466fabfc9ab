"""OpenAI Responses API logs: request/response pairs or bare ``response`` objects.

Accepted record shapes (one JSON object per line)::

    {"request": {"model": ..., "input": [...], "previous_response_id": ...},
     "response": {"object": "response", "id": "resp_...", "output": [...], ...}}
    {"object": "response", "id": "resp_...", "output": [...], "previous_response_id": ...}

A response that continues another (``previous_response_id``, which the API also echoes in
the response object) belongs to that response's session; a ``conversation`` id is the
session id itself. Both are kept on the trace for the session pass of a replay.

.. versionadded:: 0.3.0
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


def _is_response(value: Any) -> bool:
    return isinstance(value, Mapping) and value.get("object") == "response" and "output" in value


def _conversation(*sources: Mapping[str, Any]) -> str | None:
    for source in sources:
        value = source.get("conversation")
        if isinstance(value, Mapping):
            value = value.get("id")
        if isinstance(value, str) and value:
            return value
    return None


def _previous(*sources: Mapping[str, Any]) -> str | None:
    for source in sources:
        value = source.get("previous_response_id")
        if isinstance(value, str) and value:
            return value
    return None


class OpenAIResponsesFormat:
    """Responses API request/response logs (see the module docstring for the shapes)."""

    name = "openai-responses"

    def sniff(self, record: Any) -> bool:
        if not isinstance(record, dict):
            return False
        return _is_response(record) or _is_response(record.get("response"))

    def traces(self, record: Any) -> list[Trace]:
        record = require_mapping(record, "the record")
        if _is_response(record):
            request: Mapping[str, Any] = {}
            response: Mapping[str, Any] = record
        else:
            response = record.get("response")
            if not _is_response(response):
                raise RecordError("the response is not a Responses API object ('output')")
            request = record.get("request") or {}
            request = request if isinstance(request, Mapping) else {}
        if response.get("status") == "failed" or response.get("error"):
            raise RecordError(
                f"the logged call failed ({response.get('error') or 'status failed'})",
                kind="failed_call",
            )
        raw = RawCapture(kind="openai.responses", request=dict(request), response=dict(response))
        response_id = response.get("id")
        if isinstance(response_id, str) and response_id:
            # The response's own id: replaying the log twice gives the same trace ids.
            raw.trace_id = response_id
        created = from_epoch(response.get("created_at"))
        if created is not None:
            raw.wall_time = created.timestamp()
        trace = capture_to_trace(raw)
        metadata = dict(trace.metadata)
        previous = _previous(request, response)
        if previous is not None:
            metadata["previous_response_id"] = previous
        update: dict[str, Any] = {"metadata": metadata}
        conversation = _conversation(request, response)
        if conversation is not None:
            update["labels"] = {**trace.labels, "session_id": conversation}
        return [trace.model_copy(update=update)]


FORMAT = OpenAIResponsesFormat()

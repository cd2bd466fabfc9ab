"""litellm ``StandardLoggingPayload`` lines: what litellm's callbacks and proxy log.

The payload keeps the request ``messages``, the serialized ``ModelResponse`` under
``response`` (reasoning in ``choices[0].message.reasoning_content``), the bare ``model``
name with the provider in ``custom_llm_provider``, and ``startTime``/``endTime`` as epoch
seconds. Failed calls (``status: "failure"``) hold no response and are skipped.

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
    nonempty,
    require_mapping,
)
from cotmonitor.trace.model import Trace

_CHAT_CALLS = frozenset({"completion", "acompletion", "chat_completion", "achat_completion"})


def record_to_capture(record: Any) -> tuple[RawCapture, dict[str, Any]]:
    """The ``RawCapture`` a StandardLoggingPayload stands for, and metadata the log adds.

    Raises:
        RecordError: not a chat call, the call failed, or there is no response.
    """
    record = require_mapping(record, "the record")
    call_type = record.get("call_type")
    if call_type is not None and call_type not in _CHAT_CALLS:
        raise RecordError(f"not a chat completion call (call_type {call_type!r})")
    if record.get("status") == "failure":
        raise RecordError(
            f"the logged call failed ({record.get('error_str') or 'no detail'})", kind="failed_call"
        )
    response = record.get("response")
    if not isinstance(response, Mapping) or "choices" not in response:
        raise RecordError("the payload holds no chat response ('response.choices')")
    messages = record.get("messages")
    if isinstance(messages, str):
        messages = [{"role": "user", "content": messages}]
    model = record.get("model") or response.get("model")
    capture = RawCapture(
        kind="litellm",
        request={"model": model, "messages": messages if isinstance(messages, list) else []},
        response={**response, "model": model},
        provider=str(record.get("custom_llm_provider") or "") or None,
        complete=True,
    )
    call_id = record.get("id") or record.get("litellm_call_id")
    if isinstance(call_id, str) and call_id:
        # The call's own id: replaying the log twice gives the same trace ids.
        capture.trace_id = call_id
    started = from_epoch(record.get("startTime"))
    if started is not None:
        capture.wall_time = started.timestamp()
    extra = nonempty(
        {
            "litellm_call_id": record.get("id") or record.get("litellm_call_id"),
            "trace_id": record.get("trace_id"),
            "session_id": record.get("session_id"),
        }
    )
    return capture, extra


def session_of(record: Mapping[str, Any]) -> str | None:
    """The session a payload belongs to: its ``session_id``, else its ``trace_id``.

    litellm fills ``session_id`` from ``litellm_session_id`` (or ``metadata.session_id``)
    only with ``litellm.request_correlation_in_logs``; by default ``trace_id`` carries that
    id, or ``litellm_trace_id``, or a fresh one per call (a session of one step).
    """
    for name in ("session_id", "trace_id"):
        value = record.get(name)
        if isinstance(value, str) and value:
            return value
    return None


def _timing(record: Mapping[str, Any]) -> dict[str, Any]:
    start, end, first = (record.get(k) for k in ("startTime", "endTime", "completionStartTime"))
    out: dict[str, Any] = {}
    if isinstance(start, (int, float)) and isinstance(end, (int, float)) and end >= start:
        out["latency_s"] = float(end - start)
    if isinstance(start, (int, float)) and isinstance(first, (int, float)) and first >= start:
        out["time_to_first_chunk_s"] = float(first - start)
    out["time"] = from_epoch(start)
    out["stream"] = bool(record.get("stream"))
    return nonempty(out)


class LitellmPayloadFormat:
    """litellm StandardLoggingPayload lines (``standard_logging_object``)."""

    name = "litellm"

    def sniff(self, record: Any) -> bool:
        return (
            isinstance(record, dict)
            and "call_type" in record
            and ("hidden_params" in record or "model_parameters" in record)
        )

    def traces(self, record: Any) -> list[Trace]:
        capture, extra = record_to_capture(record)
        trace = capture_to_trace(capture)
        update = {**_timing(record), "metadata": {**trace.metadata, **extra}}
        session = session_of(record)
        if session is not None:
            update["labels"] = {**trace.labels, "session_id": session}
        return [trace.model_copy(update=update)]


FORMAT = LitellmPayloadFormat()

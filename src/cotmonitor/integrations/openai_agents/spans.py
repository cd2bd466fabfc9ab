"""OpenAI Agents SDK model spans -> RawCapture (pure: reads the span data, imports no SDK).

A ``response`` span (``OpenAIResponsesModel``) carries the Responses API ``Response`` and its
input; a ``generation`` span (``OpenAIChatCompletionsModel``, LiteLLM models) the chat
messages sent and the assistant message received. Both become the same ``RawCapture`` a
wrapped OpenAI client produces, so the monitor's own normalizers read them: reasoning items
keep their visibility (summaries ``summary``, encrypted-only items ``encrypted``).

The SDK leaves the model data off its spans when ``trace_include_sensitive_data`` is off;
such a span has nothing to check and gives no capture.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from cotmonitor.capture.record import CaptureKind, RawCapture
from cotmonitor.trace.normalizers.base import get, int_or_none, items, text_of

MODEL_SPANS = frozenset({"response", "generation"})
_Parts = tuple[CaptureKind, dict[str, Any], Any]


def _timestamp(value: Any) -> float | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return datetime.fromisoformat(value).timestamp()
    except ValueError:
        return None


def _error(span: Any) -> BaseException | None:
    error = get(span, "error")
    if not isinstance(error, Mapping):
        return None
    data = error.get("data")
    detail = data.get("error") if isinstance(data, Mapping) else None
    message = text_of(error.get("message")) or "model call failed"
    return RuntimeError(f"{message}: {detail}" if detail else message)


def _chat_usage(usage: Any) -> dict[str, Any] | None:
    """The SDK's usage dict (Responses names) in the Chat Completions shape."""
    if not isinstance(usage, Mapping):
        return None
    details = usage.get("output_tokens_details")
    reasoning = details.get("reasoning_tokens") if isinstance(details, Mapping) else None
    return {
        "prompt_tokens": int_or_none(usage.get("input_tokens")),
        "completion_tokens": int_or_none(usage.get("output_tokens")),
        "total_tokens": int_or_none(usage.get("total_tokens")),
        "completion_tokens_details": {"reasoning_tokens": int_or_none(reasoning)},
    }


def _response_parts(data: Any) -> _Parts | None:
    response = get(data, "response")
    if response is None:
        return None
    request = {
        "model": get(response, "model"),
        "instructions": get(response, "instructions"),
        "input": get(data, "input"),
    }
    return "openai.responses", request, response


def _generation_parts(data: Any) -> _Parts | None:
    output = items(get(data, "output"))
    if not output:
        return None
    model = text_of(get(data, "model"))
    response = {
        "model": model,
        "choices": [{"index": 0, "message": output[0]}],
        "usage": _chat_usage(get(data, "usage")),
    }
    return "openai.chat", {"model": model, "messages": items(get(data, "input"))}, response


def span_capture(span: Any, labels: Mapping[str, str]) -> RawCapture | None:
    """The capture of a finished model span; ``None`` for other spans and empty ones."""
    data = get(span, "span_data")
    kind = get(data, "type")
    parts = _response_parts(data) if kind == "response" else None
    if kind == "generation":
        parts = _generation_parts(data)
    error = _error(span)
    if parts is None:
        if error is None or kind not in MODEL_SPANS:
            return None
        model = get(data, "model") if kind == "generation" else None
        parts = ("openai.chat", {"model": model, "messages": items(get(data, "input"))}, None)
    capture_kind, request, response = parts
    started = _timestamp(get(span, "started_at"))
    ended = _timestamp(get(span, "ended_at"))
    return RawCapture(
        kind=capture_kind,
        request=request,
        response=response,
        error=error,
        started=started or 0.0,
        ended=ended if started is not None else None,
        wall_time=started or datetime.now().timestamp(),  # noqa: DTZ005 - a POSIX timestamp
        labels=labels,
    )

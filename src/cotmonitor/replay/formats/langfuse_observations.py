"""Langfuse generations: from its public API's trace export, or from the SDK's OTel spans.

A generation's ``input`` is the chat messages (or a prompt string) and its ``output`` what the
model answered: a chat message (``content``, and ``reasoning_content`` or ``tool_calls`` where
the integration kept them), a Responses API output list (reasoning items with their summaries,
messages, function calls), or plain text. Each shape is read by the live normalizer of the
wire format it came from.

- **API export** (``GET /api/public/traces/{id}``, or an observations list): a trace with
  ``observations``, or one observation; every ``GENERATION`` becomes a trace.
- **SDK spans** (Langfuse's Python SDK is OpenTelemetry-based): spans with
  ``langfuse.observation.type = generation`` and the JSON ``langfuse.observation.input`` /
  ``.output`` / ``.model.name`` / ``.usage_details`` attributes.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from cotmonitor.capture.record import RawCapture
from cotmonitor.replay.formats.base import (
    RecordError,
    capture_to_trace,
    from_iso,
    nonempty,
    require_mapping,
)
from cotmonitor.trace.model import Trace, Usage

SPAN_TYPE = "langfuse.observation.type"


def _loaded(value: Any) -> Any:
    if not isinstance(value, str):
        return value
    try:
        return json.loads(value)
    except json.JSONDecodeError:
        return value


def _capture(model: str, given: Any, output: Any) -> RawCapture:
    request: dict[str, Any] = {"model": model}
    if isinstance(output, list):
        request["input"] = given
        return RawCapture("openai.responses", request, response={"output": output, "model": model})
    message = output if isinstance(output, Mapping) else {"role": "assistant", "content": output}
    request["messages"] = given if isinstance(given, list) else [{"role": "user", "content": given}]
    return RawCapture("openai.chat", request, response={"choices": [{"message": message}]})


def _usage(usage: Any) -> Usage | None:
    if not isinstance(usage, Mapping):
        return None
    details = usage.get("completion_tokens_details") or usage.get("output_tokens_details") or {}

    def count(*keys: str) -> int | None:
        values = [usage.get(key) for key in keys]
        return next((int(v) for v in values if isinstance(v, (int, float))), None)

    return Usage(
        input_tokens=count("input", "prompt_tokens", "input_tokens"),
        output_tokens=count("output", "completion_tokens", "output_tokens"),
        reasoning_tokens=details.get("reasoning_tokens") if isinstance(details, Mapping) else None,
        total_tokens=count("total", "total_tokens"),
    )


def generation_trace(
    model: str, given: Any, output: Any, usage: Any, common: Mapping[str, Any]
) -> Trace:
    """One generation as a Trace; ``common`` holds its id, time and metadata.

    Raises:
        RecordError: the generation has no output to read.
    """
    output = _loaded(output)
    if output in (None, "", [], {}):
        raise RecordError("a Langfuse generation without output", kind="no_content")
    trace = capture_to_trace(_capture(model, _loaded(given), output))
    fields = {k: v for k, v in common.items() if k != "metadata"}
    counted = _usage(_loaded(usage))
    if counted is not None:
        fields["usage"] = counted
    metadata = {**trace.metadata, **common.get("metadata", {})}
    return trace.model_copy(update={**fields, "provider": "langfuse", "metadata": metadata})


def span_trace(attrs: Mapping[str, Any], common: Mapping[str, Any]) -> Trace:
    """The Trace of one Langfuse SDK generation span."""
    return generation_trace(
        str(attrs.get("langfuse.observation.model.name") or ""),
        attrs.get("langfuse.observation.input"),
        attrs.get("langfuse.observation.output"),
        attrs.get("langfuse.observation.usage_details"),
        common,
    )


def _observation_trace(observation: Mapping[str, Any], session: Any = None) -> Trace:
    common = nonempty(
        {
            "id": observation.get("id"),
            "labels": {"session_id": str(session)} if session else None,
            "time": from_iso(observation.get("startTime")),
            "metadata": nonempty(
                {"trace_id": observation.get("traceId"), "name": observation.get("name")}
            ),
        }
    )
    return generation_trace(
        str(observation.get("model") or ""),
        observation.get("input"),
        observation.get("output"),
        observation.get("usageDetails") or observation.get("usage"),
        common,
    )


def _is_generation(value: Any) -> bool:
    return isinstance(value, Mapping) and str(value.get("type", "")).upper() == "GENERATION"


class LangfuseFormat:
    """Langfuse's public API JSON: a trace with ``observations``, or one observation."""

    name = "langfuse"

    def sniff(self, record: Any) -> bool:
        if not isinstance(record, Mapping):
            return False
        observations = record.get("observations")
        if isinstance(observations, list):
            return any(_is_generation(o) for o in observations)
        return _is_generation(record) and "output" in record

    def traces(self, record: Any) -> list[Trace]:
        record = require_mapping(record, "the record")
        observations = record.get("observations")
        given = observations if isinstance(observations, list) else [record]
        generations = [o for o in given if _is_generation(o)]
        if not generations:
            raise RecordError(
                "no GENERATION observation in this Langfuse record", kind="no_content"
            )
        # A trace's sessionId groups it with the other traces of one conversation.
        session = record.get("sessionId") if isinstance(observations, list) else None
        return [_observation_trace(o, session) for o in generations]


FORMAT = LangfuseFormat()

"""OpenTelemetry spans exported as OTLP JSON: GenAI spans with content, and OpenInference.

Reads both encodings seen in the wild: the OTLP/JSON of the specification (hex trace and
span ids, numeric ``kind``) and protobuf's ``MessageToJson`` (base64 ids, ``SPAN_KIND_CLIENT``,
64-bit integers as strings). Each record is one export request
(``{"resourceSpans": [...]}``); every inference span in it becomes a trace:

- spans of the GenAI conventions with ``gen_ai.output.messages`` (the official
  instrumentations, OpenLLMetry), reasoning from their ``{"type": "reasoning"}`` parts;
- OpenInference LLM spans (``replay.formats.openinference_spans``);
- Langfuse SDK generation spans (``replay.formats.langfuse_observations``).

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Iterator, Mapping
from typing import Any

from cotmonitor.replay.formats import langfuse_observations
from cotmonitor.replay.formats.base import RecordError, from_epoch, nonempty, require_mapping
from cotmonitor.replay.formats.openinference_spans import openinference_trace
from cotmonitor.trace.model import ReasoningSegment, ToolCall, Trace, Usage

_HEX_ID = re.compile(r"^[0-9a-fA-F]{16}(?:[0-9a-fA-F]{16})?$")
_SCALARS = ("stringValue", "boolValue", "intValue", "doubleValue")


def _value(any_value: Any) -> Any:
    if not isinstance(any_value, Mapping):
        return None
    for key in _SCALARS:
        if key in any_value:
            value = any_value[key]
            return int(value) if key == "intValue" else value
    if "arrayValue" in any_value:
        return [_value(v) for v in (any_value["arrayValue"] or {}).get("values") or ()]
    if "kvlistValue" in any_value:
        return _attributes((any_value["kvlistValue"] or {}).get("values"))
    return None


def _attributes(raw: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for item in raw or ():
        if isinstance(item, Mapping) and isinstance(item.get("key"), str):
            out[item["key"]] = _value(item.get("value"))
    return out


def span_id_hex(raw: Any) -> str:
    """A trace or span id as lower-case hex, from hex or base64 (protobuf JSON) text."""
    text = str(raw or "")
    if _HEX_ID.match(text):
        return text.lower()
    try:
        return base64.b64decode(text, validate=True).hex()
    except (binascii.Error, ValueError):
        return text


def _json_attr(attrs: Mapping[str, Any], key: str) -> list[Any]:
    value = attrs.get(key)
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except json.JSONDecodeError as exc:
            raise RecordError(f"attribute {key} is not valid JSON ({exc.msg})") from exc
    return value if isinstance(value, list) else []


def _part_text(parts: Any, kinds: tuple[str, ...]) -> str:
    texts = []
    for part in parts or ():
        if isinstance(part, Mapping) and part.get("type") in kinds:
            content = part.get("content")
            if isinstance(content, str):
                texts.append(content)
    return "\n".join(texts)


def _prompt(attrs: Mapping[str, Any]) -> tuple[dict[str, Any], ...]:
    messages: list[dict[str, Any]] = []
    system = _part_text(_json_attr(attrs, "gen_ai.system_instructions"), ("text",))
    if system:
        messages.append({"role": "system", "content": system})
    for message in _json_attr(attrs, "gen_ai.input.messages"):
        if isinstance(message, Mapping):
            text = _part_text(message.get("parts"), ("text", "tool_call_response"))
            messages.append({"role": str(message.get("role") or "user"), "content": text})
    return tuple(messages)


def _summary_text(content: str) -> str:
    # OpenLLMetry puts a Responses reasoning summary in as its JSON list of summary parts.
    if not content.startswith("[{"):
        return content
    try:
        parts = json.loads(content)
    except json.JSONDecodeError:
        return content
    texts = [p.get("text") for p in parts if isinstance(p, Mapping)]
    strings = [text for text in texts if isinstance(text, str)]
    if not strings or len(strings) != len(parts):
        return content
    return "\n".join(strings)


def _answer(attrs: Mapping[str, Any]) -> tuple[list[ReasoningSegment], str, list[ToolCall]]:
    segments, texts, calls = [], [], []
    for message in _json_attr(attrs, "gen_ai.output.messages")[:1]:
        for part in (message or {}).get("parts") or () if isinstance(message, Mapping) else ():
            kind = part.get("type") if isinstance(part, Mapping) else None
            if kind == "reasoning" and isinstance(part.get("content"), str):
                text = _summary_text(part["content"])
                segments.append(ReasoningSegment(text=text, source="otel_reasoning"))
            elif kind == "text" and isinstance(part.get("content"), str):
                texts.append(part["content"])
            elif kind == "tool_call":
                arguments = part.get("arguments")
                if not isinstance(arguments, str):
                    arguments = json.dumps(arguments, ensure_ascii=False)
                calls.append(
                    ToolCall(id=part.get("id"), name=str(part.get("name")), arguments=arguments)
                )
    return segments, "\n".join(texts), calls


# Where each convention puts the conversation a span belongs to: the GenAI conventions,
# OpenInference (and Langfuse's SDK), and Langfuse's older spelling.
SESSION_ATTRIBUTES = ("gen_ai.conversation.id", "session.id", "langfuse.session.id")


def _session(attrs: Mapping[str, Any]) -> dict[str, str] | None:
    for name in SESSION_ATTRIBUTES:
        value = attrs.get(name)
        if isinstance(value, (str, int)) and not isinstance(value, bool) and str(value):
            return {"session_id": str(value)}
    return None


def _common(
    span: Mapping[str, Any], resource: Mapping[str, Any], attrs: Mapping[str, Any]
) -> dict[str, Any]:
    """What every span's trace takes from the span itself: id, time, latency, where from."""
    start = int(span.get("startTimeUnixNano") or 0)
    end = int(span.get("endTimeUnixNano") or 0)
    return nonempty(
        {
            "id": span_id_hex(span.get("spanId")) or None,
            "labels": _session(attrs),
            "time": from_epoch(start / 1e9),
            "latency_s": (end - start) / 1e9 if end >= start > 0 else None,
            "metadata": nonempty(
                {
                    "trace_id": span_id_hex(span.get("traceId")),
                    "span_name": span.get("name"),
                    "service": resource.get("service.name"),
                }
            ),
        }
    )


def _span_trace(span: Mapping[str, Any], resource: Mapping[str, Any]) -> Trace:
    attrs = _attributes(span.get("attributes"))
    common = _common(span, resource, attrs)
    if attrs.get(langfuse_observations.SPAN_TYPE) == "generation":
        return langfuse_observations.span_trace(attrs, common)
    if "gen_ai.output.messages" not in attrs:
        return openinference_trace(attrs, common)
    segments, output, calls = _answer(attrs)
    reasoning_tokens = attrs.get("gen_ai.usage.reasoning.output_tokens")
    usage = Usage(
        input_tokens=attrs.get("gen_ai.usage.input_tokens"),
        output_tokens=attrs.get("gen_ai.usage.output_tokens"),
        # OpenLLMetry's spelling of the same count.
        reasoning_tokens=reasoning_tokens or attrs.get("gen_ai.usage.reasoning_tokens"),
    )
    fields = {
        **common,
        "provider": attrs.get("gen_ai.provider.name") or attrs.get("gen_ai.system"),
        "model": attrs.get("gen_ai.response.model") or attrs.get("gen_ai.request.model"),
        "operation": attrs.get("gen_ai.operation.name"),
        "messages": _prompt(attrs),
        "segments": tuple(segments),
        "output": output,
        "tool_calls": tuple(calls),
        "usage": usage,
    }
    return Trace(**nonempty(fields))


def _spans(record: Mapping[str, Any]) -> Iterator[tuple[Mapping[str, Any], Mapping[str, Any]]]:
    for resource_spans in record.get("resourceSpans") or ():
        resource = _attributes(((resource_spans or {}).get("resource") or {}).get("attributes"))
        for scope in (
            resource_spans.get("scopeSpans")
            or resource_spans.get("instrumentationLibrarySpans")
            or ()
        ):
            for span in (scope or {}).get("spans") or ():
                yield span, resource


# OpenInference's LLM spans and Langfuse's generations.
_INFERENCE_KINDS = {
    ("openinference.span.kind", "LLM"),
    (langfuse_observations.SPAN_TYPE, "generation"),
}


def _is_inference(span: Mapping[str, Any]) -> bool:
    for item in span.get("attributes") or ():
        if not isinstance(item, Mapping):
            continue
        key = item.get("key")
        value = _value(item.get("value"))
        if key == "gen_ai.output.messages" or (
            isinstance(value, str) and (key, value) in _INFERENCE_KINDS
        ):
            return True
    return False


class OtelSpansFormat:
    """OTLP JSON export requests holding GenAI inference spans."""

    name = "otel"

    def sniff(self, record: Any) -> bool:
        return isinstance(record, dict) and "resourceSpans" in record

    def traces(self, record: Any) -> list[Trace]:
        record = require_mapping(record, "the record")
        if "resourceSpans" not in record:
            raise RecordError("not an OTLP export (no 'resourceSpans')")
        traces = [_span_trace(span, res) for span, res in _spans(record) if _is_inference(span)]
        if not traces:
            raise RecordError(
                "no GenAI span with gen_ai.output.messages, nor an OpenInference LLM span "
                "(was content capture switched on?)",
                kind="no_content",
            )
        return traces


FORMAT = OtelSpansFormat()

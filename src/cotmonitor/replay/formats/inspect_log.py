"""Inspect AI eval logs: ``.json`` logs and ``.eval`` (zip) logs, read one sample at a time.

Each assistant turn of a sample becomes a trace: its prompt is every message before it, its
reasoning the ``{"type": "reasoning", "reasoning": ...}`` content parts (or the older
``reasoning`` field), its model the sample's ``output.model`` (a combined log's
``eval.model`` may not be the model that answered). ``attachment://<hash>`` references are
resolved from the sample's ``attachments``.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from cotmonitor.replay.formats.base import RecordError, from_iso, nonempty, require_mapping
from cotmonitor.trace.model import ReasoningSegment, ToolCall, Trace, Usage, content_text

_ATTACHMENT = "attachment://"


@dataclass(frozen=True, slots=True)
class InspectSample:
    """One sample of an eval log, with what the log header says about it."""

    sample: dict[str, Any]
    eval_model: str | None = None
    eval_created: str | None = None


def _resolve(value: Any, attachments: Mapping[str, Any]) -> Any:
    if isinstance(value, str):
        if value.startswith(_ATTACHMENT):
            return attachments.get(value[len(_ATTACHMENT) :], value)
        return value
    if isinstance(value, list):
        return [_resolve(v, attachments) for v in value]
    if isinstance(value, dict):
        return {k: _resolve(v, attachments) for k, v in value.items()}
    return value


def _reasoning(message: Mapping[str, Any]) -> list[ReasoningSegment]:
    segments = []
    content = message.get("content")
    for part in content if isinstance(content, list) else ():
        if isinstance(part, Mapping) and part.get("type") == "reasoning":
            if part.get("redacted"):
                segments.append(ReasoningSegment(visibility="redacted", source="inspect_reasoning"))
            else:
                text = str(part.get("reasoning") or part.get("summary") or "")
                segments.append(ReasoningSegment(text=text, source="inspect_reasoning"))
    legacy = message.get("reasoning")
    if not segments and isinstance(legacy, str) and legacy:
        segments.append(ReasoningSegment(text=legacy, source="inspect_reasoning"))
    return segments


def _text(content: Any) -> str:
    if isinstance(content, list):
        return content_text(
            [p for p in content if isinstance(p, Mapping) and p.get("type") == "text"]
        )
    return content_text(content)


def _prompt_message(message: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {
        "role": str(message.get("role") or "user"),
        "content": _text(message.get("content")),
    }
    if message.get("tool_call_id"):
        out["tool_call_id"] = message["tool_call_id"]
    return out


def _tool_calls(message: Mapping[str, Any]) -> tuple[ToolCall, ...]:
    calls = []
    for call in message.get("tool_calls") or ():
        if isinstance(call, Mapping):
            arguments = call.get("arguments")
            text = (
                arguments
                if isinstance(arguments, str)
                else json.dumps(arguments, ensure_ascii=False)
            )
            calls.append(
                ToolCall(id=call.get("id"), name=str(call.get("function") or ""), arguments=text)
            )
    return tuple(calls)


def _usage(output: Mapping[str, Any]) -> Usage | None:
    usage = output.get("usage")
    if not isinstance(usage, Mapping):
        return None
    return Usage(
        input_tokens=usage.get("input_tokens"),
        output_tokens=usage.get("output_tokens"),
        reasoning_tokens=usage.get("reasoning_tokens"),
        total_tokens=usage.get("total_tokens"),
    )


def sample_traces(record: InspectSample) -> list[Trace]:
    """The traces of one sample: one per assistant turn.

    Raises:
        RecordError: the sample holds no assistant message and no output.
    """
    sample = record.sample
    attachments = sample.get("attachments") or {}
    messages = _resolve(sample.get("messages") or [], attachments)
    output = _resolve(sample.get("output") or {}, attachments)
    turns = [
        i for i, m in enumerate(messages) if isinstance(m, Mapping) and m.get("role") == "assistant"
    ]
    if not turns:
        choices = output.get("choices") or []
        if not choices or not isinstance(choices[0], Mapping):
            raise RecordError("the sample has no assistant message and no output")
        messages = [*messages, choices[0].get("message") or {}]
        turns = [len(messages) - 1]
    sample_id = f"{sample.get('id', '?')}"
    epoch = sample.get("epoch", 1)
    # A sample is one session: its model turns, in order. Ids repeat across logs, uuids do not.
    session = f"{sample_id}/e{epoch}/{sample.get('uuid') or record.eval_created or ''}"
    base: dict[str, Any] = {
        "provider": "inspect",
        "time": from_iso(sample.get("started_at"), record.eval_created),
        "labels": {"session_id": str(session)},
    }
    traces = []
    for n, index in enumerate(turns):
        message = messages[index]
        last = n == len(turns) - 1
        model = message.get("model") or output.get("model") or record.eval_model or "unknown"
        fields = {
            **base,
            "id": f"{sample.get('uuid') or sample_id}-e{epoch}-t{n}",
            "model": model,
            "messages": tuple(
                _prompt_message(m) for m in messages[:index] if isinstance(m, Mapping)
            ),
            "segments": tuple(_reasoning(message)),
            "output": _text(message.get("content")),
            "tool_calls": _tool_calls(message),
            "usage": _usage(output) if last else None,
            "metadata": {"sample_id": sample_id, "epoch": epoch, "turn": n},
        }
        traces.append(Trace(**nonempty(fields)))
    return traces


class InspectLogFormat:
    """Inspect AI eval logs (whole-log JSON records or streamed samples)."""

    name = "inspect"

    def sniff(self, record: Any) -> bool:
        if isinstance(record, InspectSample):
            return True
        return (
            isinstance(record, dict)
            and "eval" in record
            and ("samples" in record or "version" in record)
        )

    def traces(self, record: Any) -> list[Trace]:
        if isinstance(record, InspectSample):
            return sample_traces(record)
        log = require_mapping(record, "the record")
        header = require_mapping(log.get("eval") or {}, "'eval'")
        samples = log.get("samples")
        if not isinstance(samples, list) or not samples:
            raise RecordError("the eval log holds no samples")
        model, created = header.get("model"), header.get("created")
        traces = []
        for sample in samples:
            if not isinstance(sample, dict):
                raise RecordError("a sample is not a JSON object")
            traces.extend(sample_traces(InspectSample(sample, model, created)))
        return traces


FORMAT = InspectLogFormat()

"""OpenInference LLM spans (Arize Phoenix and the ``openinference-instrumentation-*`` packages).

OpenInference flattens messages into indexed attributes:
``llm.input_messages.{i}.message.role`` / ``.content`` (or ``.contents.{j}.message_content.text``),
``llm.output_messages.{i}.message.contents.{j}.message_content.type`` = ``reasoning`` /
``text``, tool calls under ``.message.tool_calls.{j}.tool_call.function.*``, and token counts
under ``llm.token_count.*``. It also keeps the raw request and response as JSON
(``input.value`` / ``output.value``): when that response is an OpenAI Chat Completion or
Responses object, it is read by the live normalizer, which finds reasoning the flattened
attributes leave out (``reasoning_content`` of Chat Completions).

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

from cotmonitor.capture.record import CaptureKind, RawCapture
from cotmonitor.replay.formats.base import RecordError, capture_to_trace, nonempty
from cotmonitor.trace.model import ReasoningSegment, ToolCall, Trace, Usage

_MESSAGE = re.compile(r"^llm\.(input|output)_messages\.(\d+)\.message\.(.+)$")
_CONTENT = re.compile(r"^contents\.(\d+)\.message_content\.(type|text)$")
_TOOL = re.compile(r"^tool_calls\.(\d+)\.tool_call\.(id|function\.name|function\.arguments)$")


def _messages(attrs: Mapping[str, Any]) -> dict[str, dict[int, dict[str, Any]]]:
    """``{"input"|"output": {index: {"role", "content", "contents", "tools"}}}``."""
    out: dict[str, dict[int, dict[str, Any]]] = {"input": {}, "output": {}}
    for key, value in attrs.items():
        found = _MESSAGE.match(key)
        if found is None:
            continue
        side, index, rest = found.group(1), int(found.group(2)), found.group(3)
        message = out[side].setdefault(index, {"contents": {}, "tools": {}})
        if rest in ("role", "content"):
            message[rest] = value
        elif (content := _CONTENT.match(rest)) is not None:
            message["contents"].setdefault(int(content.group(1)), {})[content.group(2)] = value
        elif (tool := _TOOL.match(rest)) is not None:
            message["tools"].setdefault(int(tool.group(1)), {})[tool.group(2)] = value
    return out


def _text_of(message: Mapping[str, Any], kinds: tuple[str, ...]) -> str:
    texts = [str(message["content"])] if isinstance(message.get("content"), str) else []
    texts += [
        str(part.get("text") or "")
        for _index, part in sorted(message["contents"].items())
        if part.get("type", "text") in kinds
    ]
    return "\n".join(text for text in texts if text)


def _from_attributes(attrs: Mapping[str, Any]) -> dict[str, Any]:
    messages = _messages(attrs)
    prompt = tuple(
        {"role": str(message.get("role") or "user"), "content": _text_of(message, ("text",))}
        for _index, message in sorted(messages["input"].items())
    )
    segments, texts, calls = [], [], []
    for _index, message in sorted(messages["output"].items()):
        reasoning = _text_of({"contents": message["contents"]}, ("reasoning",))
        if reasoning:
            segments.append(ReasoningSegment(text=reasoning, source="openinference_reasoning"))
        text = _text_of(message, ("text",))
        if text:
            texts.append(text)
        calls += [
            ToolCall(
                id=tool.get("id"),
                name=str(tool.get("function.name") or ""),
                arguments=str(tool.get("function.arguments") or ""),
            )
            for _i, tool in sorted(message["tools"].items())
        ]
    return {
        "messages": prompt,
        "segments": tuple(segments),
        "output": "\n".join(texts),
        "tool_calls": tuple(calls),
    }


def _json(attrs: Mapping[str, Any], key: str) -> Any:
    if attrs.get(f"{key}.mime_type") != "application/json":
        return None
    try:
        return json.loads(str(attrs.get(f"{key}.value")))
    except json.JSONDecodeError:
        return None


def _kind(response: Any) -> CaptureKind | None:
    if not isinstance(response, Mapping):
        return None
    if isinstance(response.get("choices"), list):
        return "openai.chat"
    if response.get("object") == "response" and isinstance(response.get("output"), list):
        return "openai.responses"
    return None


def openinference_trace(attrs: Mapping[str, Any], common: Mapping[str, Any]) -> Trace:
    """The Trace of one OpenInference LLM span; ``common`` holds the span's id, time, labels.

    Raises:
        RecordError: the span holds neither messages nor a readable response.
    """
    response = _json(attrs, "output")
    kind = _kind(response)
    if kind is not None:
        request = _json(attrs, "input")
        raw = RawCapture(kind, request if isinstance(request, Mapping) else {}, response=response)
        trace = capture_to_trace(raw)
        metadata = {**trace.metadata, **common.get("metadata", {})}
        fields = {k: v for k, v in common.items() if k != "metadata"}
        return trace.model_copy(update={**fields, "metadata": metadata})
    content = _from_attributes(attrs)
    if not content["output"] and not content["segments"] and not content["tool_calls"]:
        raise RecordError("an OpenInference LLM span without output messages", kind="no_content")
    usage = Usage(
        input_tokens=attrs.get("llm.token_count.prompt"),
        output_tokens=attrs.get("llm.token_count.completion"),
        reasoning_tokens=attrs.get("llm.token_count.completion_details.reasoning"),
        total_tokens=attrs.get("llm.token_count.total"),
    )
    fields = {
        **common,
        **content,
        "provider": attrs.get("llm.provider") or attrs.get("llm.system"),
        "model": attrs.get("llm.model_name"),
        "usage": usage,
    }
    return Trace(**nonempty(fields))

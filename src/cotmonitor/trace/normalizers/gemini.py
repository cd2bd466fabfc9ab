"""Gemini (``google-genai``): parts marked ``thought`` are a summary of the reasoning.

A response's ``candidates[0].content.parts`` hold thought parts (``thought=True``, their text a
summary the model wrote of its reasoning), answer text, and function calls; a stream sends the
same parts spread over many responses, the last with the usage. ``thought_signature`` may sit
on any part, thought or not: it is kept as the signature of the reasoning, never used to tell
thoughts apart. SDK objects (snake_case) and REST JSON (camelCase, in replayed logs) both read.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import base64
import dataclasses
import json
from collections.abc import Sequence
from typing import Any

from cotmonitor.capture.record import RawCapture
from cotmonitor.trace.model import ReasoningSegment, ToolCall, Trace, Usage
from cotmonitor.trace.normalize import register
from cotmonitor.trace.normalizers.base import (
    Parsed,
    build_trace,
    get,
    int_or_none,
    items,
    parse_capture,
    text_of,
)
from cotmonitor.trace.reasoning_request import requested_reasoning


def _field(obj: Any, snake: str, camel: str) -> Any:
    value = get(obj, snake)
    return get(obj, camel) if value is None else value


def _json(value: Any) -> str:
    if value is None:
        return ""
    try:
        return json.dumps(dict(value), separators=(",", ":"))
    except (TypeError, ValueError):
        return str(value)


def _signature(value: Any) -> str | None:
    if isinstance(value, bytes):
        return base64.b64encode(value).decode()
    return value if isinstance(value, str) and value else None


_CALL_FIELDS = (("function_call", "functionCall"), ("function_response", "functionResponse"))


def _text(content: Any) -> str:
    """The text of a Content (or Part, or string) of the request."""
    if isinstance(content, str):
        return content
    parts = items(get(content, "parts")) or [content]
    texts = []
    for part in parts:
        if isinstance(part, str):
            texts.append(part)
            continue
        text = text_of(get(part, "text"))
        if text:
            texts.append(text)
        for snake, camel in (
            ("function_call", "functionCall"),
            ("function_response", "functionResponse"),
        ):
            call = _field(part, snake, camel)
            if call is not None:
                texts.append(
                    f"{text_of(get(call, 'name'))}({_json(_field(call, 'args', 'response'))})"
                )
    return "\n".join(texts)


def _role(content: Any) -> str:
    role = text_of(get(content, "role")) if not isinstance(content, str) else ""
    return "assistant" if role == "model" else role or "user"


def request_messages(request: Any) -> list[dict[str, Any]]:
    """``contents`` and ``config.system_instruction`` in the chat shape the checks read."""
    messages: list[dict[str, Any]] = []
    config = get(request, "config")
    system = None if config is None else _field(config, "system_instruction", "systemInstruction")
    if system is not None and (text := _text(system)):
        messages.append({"role": "system", "content": text})
    contents = get(request, "contents")
    given = contents if isinstance(contents, (list, tuple)) else [contents]
    messages += [
        {"role": _role(content), "content": text}
        for content in given
        if content is not None and (text := _text(content))
    ]
    return messages


def _usage(data: Any) -> Usage:
    usage = _field(data, "usage_metadata", "usageMetadata")
    if usage is None:
        return Usage()
    answer = int_or_none(_field(usage, "candidates_token_count", "candidatesTokenCount"))
    thoughts = int_or_none(_field(usage, "thoughts_token_count", "thoughtsTokenCount"))
    output = None if answer is None and thoughts is None else (answer or 0) + (thoughts or 0)
    return Usage(
        input_tokens=int_or_none(_field(usage, "prompt_token_count", "promptTokenCount")),
        output_tokens=output,
        reasoning_tokens=thoughts,
        total_tokens=int_or_none(_field(usage, "total_token_count", "totalTokenCount")),
    )


def _parse(responses: Sequence[Any]) -> Parsed:
    parsed = Parsed()
    thoughts: list[str] = []
    answer: list[str] = []
    signature: str | None = None
    for data in responses:
        parsed.model = parsed.model or text_of(_field(data, "model_version", "modelVersion"))
        candidates = items(get(data, "candidates"))
        content = get(candidates[0], "content") if candidates else None
        for part in items(get(content, "parts")) if content is not None else []:
            signature = signature or _signature(
                _field(part, "thought_signature", "thoughtSignature")
            )
            text = text_of(get(part, "text"))
            call = _field(part, "function_call", "functionCall")
            if get(part, "thought"):
                thoughts.append(text)
            elif call is not None:
                parsed.tool_calls.append(
                    ToolCall(
                        id=text_of(get(call, "id")) or None,
                        name=text_of(get(call, "name")),
                        arguments=_json(get(call, "args")),
                    )
                )
            else:
                answer.append(text)
        if _field(data, "usage_metadata", "usageMetadata") is not None:
            parsed.usage = _usage(data)
        response_id = text_of(_field(data, "response_id", "responseId"))
        if response_id:
            parsed.metadata["response_id"] = response_id
    text = "".join(thoughts)
    if text or signature:
        parsed.segments.append(
            ReasoningSegment(
                text=text,
                visibility="summary" if text else "encrypted",
                source="gemini_thought",
                signature=signature,
            )
        )
    parsed.output = "".join(answer)
    return parsed


@register("gemini")
def normalize_gemini(raw: RawCapture, think_tags: Sequence[str]) -> Trace:
    """A ``generate_content`` capture (response or streamed responses) as a Trace.

    .. versionadded:: 0.2.0
    """
    parsed = parse_capture(raw, _parse, lambda data: _parse([data]), think_tags)
    # The request is cut down to the chat shape below; read what it asked of the reasoning first.
    parsed.metadata.update(requested_reasoning(raw.request))
    model = text_of(get(raw.request, "model")).removeprefix("models/")
    chat = dataclasses.replace(
        raw, request={"model": model, "messages": request_messages(raw.request)}
    )
    return build_trace(chat, parsed, provider="gcp.gemini", operation="generate_content")
